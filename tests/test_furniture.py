"""Page furniture wherever it stands, and text pasted without line breaks.

Every page here was written for these tests, in the shapes news sites give when copied from a browser.
"""

from __future__ import annotations

import re

import pytest

from claims import extract_article, extract_claims

PAGE = """Army retakes river port after week of fighting | Conflict News | Example Times
Home
News
Business
Army retakes river port after week of fighting
The army says 40 fighters were killed as it pushed into the town from the south.
20 Nov 2024 08:00 GMT
The army retook the river port of Kessa on Tuesday after a week of street fighting, the defence ministry said.
More:
Aid convoy reaches besieged northern towns
Rebels accuse army of shelling hospital in Marn
list 1 of 3
Talks on prisoner swap stall in the capital
list 2 of 3
Farmers count losses as river floods fields
end of list
At least 12,000 people have fled the town since the fighting began, the UN refugee agency said.
Advertisement
We and our partners use cookies and similar technologies to store and access information on your device, to \
measure audiences and to personalise the ads and content you see. By clicking accept, you consent to the use of \
cookies for these purposes; you can change your choices at any time in the privacy settings.
Your browser does not support the video element.
The governor said the port would reopen to shipping within two weeks.
"""


def _texts(text: str) -> list[str]:
    return [c.text for c in extract_article(text).claims]


def test_a_sentence_case_headline_with_a_site_suffix_is_the_title_not_a_claim() -> None:
    article = extract_article(PAGE)
    assert article.title == "Army retakes river port after week of fighting"
    assert not any("retakes river port" in t for t in _texts(PAGE))


def test_teasers_markers_banners_and_prompts_are_not_claims() -> None:
    texts = " ".join(_texts(PAGE))
    for furniture in ["Aid convoy", "Rebels accuse", "list 1 of 3", "prisoner swap", "Farmers count", "cookies",
                      "browser", "08:00 GMT", "Home"]:
        assert furniture not in texts
    assert "12,000 people have fled" in texts
    assert "retook the river port of Kessa" in texts
    assert "reopen to shipping" in texts


def test_a_furniture_line_inside_a_paragraph_does_not_cut_its_sentence() -> None:
    text = (
        "The finance minister told parliament on Monday that the new bridge over the\n"
        "Advertisement\n"
        "river would cost $2.4 billion and open in 2027.\n"
    )
    claims = extract_article(text).claims
    assert len(claims) == 1
    assert claims[0].text.startswith("The finance minister") and claims[0].text.endswith("open in 2027.")
    assert [q.value for q in claims[0].quantities] == [2.4e9]


def test_a_point_of_a_list_without_a_full_stop_is_still_a_claim() -> None:
    text = "What the report found:\n- Exports fell 4 percent in the third quarter\n- 200 factories closed in 2023\n"
    texts = _texts(text)
    assert any("Exports fell 4 percent" in t for t in texts)
    assert any("200 factories closed" in t for t in texts)


FLAT_SOURCE = """Port Strike Enters Second Week as Talks Stall

Dock workers say pay offers have not kept pace with inflation.

Containers stacked at the harbour on March 4, 2024.Credit: Lena Park, Reuters

About 4,000 dock workers walked off the job on Monday, halting traffic at the country's busiest port.

The union said its members had rejected a 3 percent pay offer, well below inflation of 6.2 percent.

"We will stay out as long as it takes," union leader Tomas Berg told reporters outside the gates.

Subscribe to our newsletter:
Already a subscriber? Log in

Why Housing Prices Could Double in the Next 20 Years
"""


def test_text_without_line_breaks_still_splits_into_its_claims() -> None:
    flat = re.sub(r"\s+", " ", FLAT_SOURCE).strip()
    article = extract_article(flat)
    texts = [c.text for c in article.claims]
    assert any(t.startswith("About 4,000 dock workers") for t in texts)
    assert any("3 percent pay offer" in t and "4,000" not in t for t in texts)
    assert any(c.attribution == "Tomas Berg" for c in article.claims)
    assert not any("Housing Prices" in t or "Credit:" in t for t in texts)


def test_a_missing_space_after_a_full_stop_still_ends_the_sentence() -> None:
    texts = _texts("Police said 14 people were killed in the blast.Rescuers pulled 30 survivors from the rubble.")
    assert len(texts) == 2
    assert texts[1].startswith("Rescuers pulled 30 survivors")


def test_a_grid_of_teasers_with_summaries_and_a_captioned_photo_are_not_claims() -> None:
    text = (
        "Mayor Ana Ruiz said the city would hire 300 new bus drivers by March.\n"
        "A bus waits at the central depot on Monday, Nov. 4, 2024.\n"
        "Lena Park | Reuters | Getty Images\n"
        "The city council approved the $40 million plan by nine votes to two.\n"
        "Drivers' pay will rise 6 percent under the plan, the transport union said.\n"
        "More from Cities\n"
        "Bridge closure snarls morning traffic\n"
        "At least 40 drivers were stranded for three hours on the ring road.\n"
        "2H ago\n"
        "Flood warning issued for river towns\n"
        "Residents of 12 villages were told to move their cars to higher ground.\n"
        "5H ago\n"
    )
    texts = " ".join(_texts(text))
    assert "300 new bus drivers" in texts and "$40 million plan" in texts
    for furniture in ["central depot", "40 drivers were stranded", "12 villages"]:
        assert furniture not in texts


def test_a_sentence_that_plainly_states_a_fact_is_listed_without_a_figure_or_a_listed_word() -> None:
    texts = _texts("Ames was named head of the firm's streaming division in March 2018 after years in its deals team.")
    assert len(texts) == 1


def test_a_teaser_question_and_a_copyright_line_are_not_claims() -> None:
    text = (
        "The state holds $9.3 billion in unclaimed assets, the controller's office said.\n"
        "Is some of the state's $9.3 billion in unclaimed assets yours?\n"
        "The contents of this site are ©2024 Example Publishing Corp., a subsidiary of Example Media Group.\n"
    )
    assert _texts(text) == ["The state holds $9.3 billion in unclaimed assets, the controller's office said."]


def test_an_exclamation_inside_a_quotation_does_not_end_the_sentence() -> None:
    text = '"We have found the two missing climbers alive!" rescuers told the radio station at 4 a.m.'
    claims = extract_article(text).claims
    assert len(claims) == 1 and claims[0].attribution == "rescuers"


def test_a_sentence_after_a_missing_space_stays_inside_its_paragraph() -> None:
    text = (
        "Port reopens after storm\n"
        "The port reopened on Monday after the storm, the harbour master said.Officials said 12 ships were damaged.\n"
        "Ford Recalls 168,000 Trucks In North America Over Loose Cables\n"
        "Unions said on Tuesday that 300 dock workers would return to work.\n"
    )
    texts = [c.text for c in extract_article(text).claims]
    assert not any("Ford Recalls" in t for t in texts)
    assert "Officials said 12 ships were damaged." in texts


@pytest.mark.parametrize(
    "line",
    [
        # a related story's headline pasted onto its summary
        "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled by the tale of the tape.",
        "Is Violence In Sports On The Rise?Violence is part of the game in many sports, officials said in 2019.",
        # market-data credits and delays, disclaimers, editors' notes, teasers cut short
        "Quotes delayed at least 15 minutes.",
        "Mutual fund and ETF data provided by Lipper.",
        "Market indices are shown in real time, except for the DJIA, which is delayed by two minutes.",
        "Disclaimer: The views and investment tips expressed by experts are their own, not those of the site.",
        "This article has been adapted from its original source.",
        "This story has been shared 44,976 times.",
        "NBC 5 has edited the video to exclude graphic content and protect the identity of the victim.",
        "Two people in China have been diagnosed with the plague,...",
        "Hong Kong civilians step in to save students trapped in vi...",
        # a caption ending with its credit, a promo, a video segment's summary, a headline glued after a figure
        "Vicente Aguiar loads door trims into his truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
        "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
        "Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file",
        "Home Depot co-founder Ken Langone discusses how the American dream is lived out by 400,000 employees.",
        "Michigan To Mail Redistricting Panel Applications To 250,000The state of Michigan will mail 250,000 forms.",
        # rights, bylines, standards and region notices
        "Copyright 2019 The Associated Press. All rights reserved. This material may not be published or broadcast.",
        "Additional reporting by Reuters.",
        "The views expressed in this article are the author's own and do not reflect the editorial stance.",
        "This content is not available in your region.",
    ],
)
def test_furniture_of_any_site_is_not_a_claim(line: str) -> None:
    claim = "The port reopened on Monday after 12 ships were damaged in the storm, officials said."
    text = f"Port reopens after storm\n{claim}\n{line}\n"
    assert [c.text for c in extract_article(text).claims] == [
        "The port reopened on Monday after 12 ships were damaged in the storm, officials said."
    ]


def test_a_ranked_list_of_stories_is_not_the_article() -> None:
    text = (
        "Port reopens after storm\n"
        "The port reopened on Monday after 12 ships were damaged in the storm, officials said.\n"
        "Most read\n1\nCity council approves the new budget for 2020 after a long debate.\n2\n"
        "For years, people pinned dollar bills to the ceiling of the bar. Why they finally took them down\n3\n"
    )
    assert [c.text for c in extract_article(text).claims] == [
        "The port reopened on Monday after 12 ships were damaged in the storm, officials said."
    ]


def test_text_without_line_breaks_is_not_furniture_for_a_notice_inside_it() -> None:
    article = (
        "Health officials are reporting a sixth death linked to the virus. The outbreak has resulted in 10 human "
        "cases and 46 animal cases across six counties, the health department said on Monday. Officials said the "
        "risk continues because there has not been a sustained period of freezing temperatures this autumn. "
        "Residents were told to take precautions against mosquito bites until the first hard frost arrives. "
        "NBC 5 has edited the video to exclude graphic content. "
        "© 2019 Associated Press. All Rights Reserved. This material may not be published or broadcast."
    )
    texts = " ".join(c.text for c in extract_article(article).claims)
    assert "10 human cases" in texts
    assert "©" not in texts and "edited the video" not in texts


def test_a_teaser_closed_by_its_time_is_not_the_article() -> None:
    text = (
        "Port reopens after storm\n"
        "Dock workers returned on Monday after a week of repairs to the northern quay.\n"
        "The port reopened on Monday after 12 ships were damaged in the storm, officials said.\n"
        "More in Crime\n"
        "FBI investigating incidents at campus\n"
        "The FBI is joining the investigation into 14 incidents at the university. Security has been tightened.\n"
        "8H ago\n"
    )
    texts = [c.text for c in extract_article(text).claims]
    assert "The port reopened on Monday after 12 ships were damaged in the storm, officials said." in texts
    assert not any("FBI" in t or "Security" in t for t in texts)


def test_a_time_stamp_before_a_sentence_is_no_part_of_the_claim() -> None:
    text = (
        "The video was released on Monday by prosecutors in Texas after the trial. "
        "(Published Monday, Nov. 18, 2019) Police said 12 officers were injured in the raid."
    )
    assert "Police said 12 officers were injured in the raid." in [c.text for c in extract_article(text).claims]


def test_a_headline_run_into_text_without_line_breaks_is_not_a_claim() -> None:
    text = (
        "Police said 12 officers were injured in the raid on Monday. "
        '3 Hospitalized After Wrong-Way Crash in North Richland Hills "Hands! Show me your hands!" an officer shouted. '
        "Kim Jong Un visited Beijing in March, state media said."
    )
    texts = [c.text for c in extract_article(text).claims]
    assert not any("Hospitalized" in t for t in texts)
    assert "Kim Jong Un visited Beijing in March, state media said." in texts


def test_a_subhead_and_its_one_paragraph_inside_the_article_are_kept() -> None:
    text = (
        "Port reopens after storm\n"
        "The port reopened on Monday after 12 ships were damaged in the storm, officials said.\n"
        "Dock workers returned to the northern quay on Tuesday after a week of repairs, the union said.\n"
        "Ports plagued by understaffing\n"
        "Union representatives have long warned that staff shortages have compromised safety at the port.\n"
        "Dockers 'don't care': accidents were quietly rising before the storm in the northern harbour\n"
        "At the time of the storm, there were more than 30 staff vacancies at the port, a union official said.\n"
    )
    texts = [c.text for c in extract_article(text).claims]
    assert any(t.startswith("Union representatives have long warned") for t in texts)


def test_a_one_sentence_lede_under_the_title_is_kept_before_a_subhead() -> None:
    text = (
        "Port reopens after storm\n"
        "The port reopened on Monday after 12 ships were damaged in the storm, officials said.\n"
        "What happens next\n"
        "Dock workers returned to the northern quay on Tuesday after a week of repairs, the union said.\n"
    )
    texts = [c.text for c in extract_article(text).claims]
    assert "The port reopened on Monday after 12 ships were damaged in the storm, officials said." in texts


def test_a_caption_shown_bare_and_again_with_its_credit_is_no_claim() -> None:
    """Before: the bare copy of a credited caption was listed as claim 2, just under the headline."""
    text = (
        "Storm Cuts Power to Coastal Towns\n\n"
        "Crews worked through the night to restore lines across the county.\n\n"
        "Residents clear debris outside a church in Marlow on March 12, 2025.\n"
        "Residents clear debris outside a church in Marlow on March 12, 2025.Credit: Ana Lind, AFP\n\n"
        "The utility said 42,000 homes were still without power on Thursday morning.\n"
    )
    claims = extract_claims(text)
    assert not any("Residents clear debris" in c.text for c in claims)
    assert any("42,000 homes" in c.text for c in claims)


FACT_CHECK_PAGE = """Did the mayor cut the bus budget by 40 percent?
The city council voted on Tuesday to cut the bus budget by 12 percent, not 40 percent.
The mayor said the cut would save 3 million dollars a year.
Related Fact Checks
Did the Governor Sell the State Airport to a Foreign Buyer?
12 November 2019
Fact Check
A viral post claimed the governor sold the airport for 2 billion dollars.
Was the Bridge Closed for 30 Days After the Flood?
8 October 2019
Fact Check
The bridge reopened after nine days, the transport agency said.
Read More
Most Popular
Did the Senator Vote Against Veterans 14 Times?
"""


def test_teasers_with_their_date_and_section_under_question_headlines_are_not_claims() -> None:
    texts = " ".join(_texts(FACT_CHECK_PAGE))
    assert "voted on Tuesday" in texts and "save 3 million" in texts
    for teaser in ["viral post", "bridge reopened", "Governor Sell", "Vote Against Veterans"]:
        assert teaser not in texts


def test_a_line_asking_the_reader_to_subscribe_or_follow_is_a_promotion() -> None:
    text = (
        "The port reopened on Monday after 12 days, the harbour authority said.\n"
        "Get industry news and forward-looking insights from the 1 trusted resource. Subscribe to Port Weekly.\n"
        "Lena Ortiz's book about shipping, \"Deep Water\" (Harbor Press, 2018), is out now. Follow her on Twitter.\n"
        "The authority said 40 ships were still waiting outside.\n"
    )
    texts = " ".join(_texts(text))
    assert "reopened on Monday" in texts and "40 ships" in texts
    assert "insights" not in texts and "Deep Water" not in texts


def test_a_page_pasted_without_line_breaks_keeps_its_text_after_a_cookie_banner() -> None:
    body = " ".join(
        f"Rebels seized the town of Marun{n} on Tuesday after {n + 20} soldiers withdrew, the army said." for n in range(20)
    )
    flat = "We use cookies to personalise content and ads. By clicking accept you agree to our privacy settings. " + body
    texts = " ".join(_texts(flat + " \u00a9 2025 Example News"))
    assert "seized the town of Marun0" in texts and "Marun18" in texts
    assert "cookies" not in texts


def test_news_about_cookies_is_no_cookie_banner() -> None:
    assert _texts("The regulator fined the firm \u00a32m for setting cookies without consent.")


def test_a_camel_case_name_does_not_make_a_paragraph_a_glued_teaser() -> None:
    texts = " ".join(_texts("Shares in BlackRock fell 4% on Tuesday. Polling by YouGov found that 40% backed the plan."))
    assert "BlackRock fell 4%" in texts and "YouGov found" in texts


def test_a_numbered_list_of_other_stories_is_not_the_article_s_list() -> None:
    page = (
        "The bank raised rates by 0.25 percentage points on Thursday, the third rise this year.\n"
        "Most read\n"
        "1. Chancellor rules out VAT rise in autumn budget\n"
        "2. Storm warning for 40 counties as winds reach 80mph\n"
        "3. Poll: 61% back four-day week trial\n"
        "The governor said inflation would fall to 3 percent by 2026.\n"
        "The plan has three parts:\n"
        "1. The state will hire 400 more nurses by March\n"
        "2. Hospitals will get 30 million dollars in new funding\n"
    )
    texts = " ".join(_texts(page))
    assert "Chancellor" not in texts and "61%" not in texts and "40 counties" not in texts
    assert "400 more nurses" in texts and "30 million dollars" in texts and "3 percent by 2026" in texts


def test_a_paragraph_above_a_photo_credit_is_text_when_it_tells_what_happened() -> None:
    page = (
        "The plant opened in 1957 and employed 2,000 people. When the owner shut it in 2024, it blamed energy costs.\n"
        "Photograph: Tomasz Wrona/The Observer\n"
        "Workers leave the plant on its last day.\n"
    )
    assert "opened in 1957" in " ".join(_texts(page))


def test_a_ticker_skip_link_or_cookie_banner_is_never_the_title() -> None:
    page = (
        "Skip to content\n"
        "Cookies on the Example website\n"
        "FTSE 100 8,142.33 -0.31%\n"
        "GBP/USD 1.2714 +0.22%\n"
        "Harlow Foods shares sink 14% after second profit warning\n"
        "Shares in Harlow Foods fell 14% on Monday after the grocer cut its forecast for the second time.\n"
    )
    article = extract_article(page)
    assert article.title == "Harlow Foods shares sink 14% after second profit warning"
    assert not any("8,142" in c.text for c in article.claims)


def test_a_label_glued_before_a_sentence_is_set_aside() -> None:
    text = 'The army said 30 soldiers died. Advertisement "We lost 40 tanks at Marun," said General Omar Aziz.'
    claims = extract_claims(text)
    assert claims[-1].text.startswith('"We lost 40 tanks') and text[claims[-1].start : claims[-1].end] == claims[-1].text


def test_a_site_menu_is_never_the_title() -> None:
    page = (
        "Sport | Football | Transfers | Scores & Fixtures | Live\n"
        "Home  News  Election 2025  Politics  Business\n"
        "Kessel United sign striker for record 40m fee\n"
        "Kessel United have signed the striker for a club record fee of 40 million pounds, the club said.\n"
    )
    assert extract_article(page).title == "Kessel United sign striker for record 40m fee"


def test_a_byline_and_dateline_run_into_a_flattened_paste_are_not_the_first_claim() -> None:
    text = (
        "Streaming firm Lumora to cut 1,800 jobs as subscriber growth stalls By Daniel Whitcombe and Aiko Tanaka "
        "SAN FRANCISCO, Feb 6 (Reuters) - Lumora Inc said on Tuesday it would cut about 1,800 jobs, or 12% of "
        "its workforce."
    )
    claims = extract_claims(text)
    assert [c.text[:10] for c in claims] == ["Lumora Inc"]
    assert all(text[c.start : c.end] == c.text for c in claims)


@pytest.mark.parametrize(
    "line",
    [
        "If you have been affected by any of the issues raised, you can call Samaritans free on 116 123.",
        "Anyone with concerns can contact the charity Crimestoppers anonymously on 0800 555 111.",
    ],
)
def test_help_lines_at_a_story_s_foot_are_furniture(line: str) -> None:
    assert extract_claims(f"The council will vote on the plan in June.\n\n{line}")[-1].type == "vote"


def test_a_long_paragraph_that_lost_its_full_stop_is_still_prose() -> None:
    text = (
        "The label was criticised on Friday.\n\n"
        "On Monday, Big Machine Records issued a statement that appeared to make it possible for Swift to perform "
        "her songs at the upcoming awards after Swift publicly scolded her former label, accusing the company of "
        "blocking 6 of her earlier hits\n\n"
        "The statement was obtained by Variety."
    )
    assert any("issued a statement" in c.text for c in extract_claims(text))


def test_a_wire_dateline_run_into_a_flattened_headline_is_set_apart() -> None:
    text = (
        "Harland Foods to cut 850 jobs as profit slumps LONDON, March 12 (Reuters) - British ready-meal maker "
        "Harland Foods said on Wednesday it would cut 850 jobs after profit fell 40%."
    )
    claims = extract_claims(text)
    assert [c.text[:7] for c in claims] == ["British"]


@pytest.mark.parametrize(
    "line",
    [
        "This article was originally published by Futurism.",
        "Editor's note: This story was updated at 5:45 p.m.",
        "The governor's office didn't immediately respond to The Hill's request for comment.",
        "A rep for Braun did not immediately respond to Fox News’ request for comment.",
        "— Mike Beauvais (@MikeBeauvais) November 18, 2019",
        "Police: Oklahoma double-murder suicide was domestic-related …",
    ],
)
def test_notes_on_the_story_signatures_and_cut_teasers_are_furniture(line: str) -> None:
    claims = extract_claims(f"The council will vote on the plan in June.\n\n{line}\n\nThe vote is on 12 June.")
    assert not any(line[:20] in c.text for c in claims)


def test_contributor_print_update_and_follow_lines_are_not_claims() -> None:
    text = (
        "Kyiv was hit by 40 drones on Monday, officials said.\n\n"
        "Associated Press writer Irina Volkova in Tallinn, Estonia, contributed to this report.\n\n"
        "Some information for this report came from Reuters and The Associated Press.\n\n"
        "A version of this article appears in print on Feb. 8, 2026, Section BU, Page 1 of the New York edition.\n\n"
        "Update, February 10th, 6:30PM ET: Added a statement from the CPSC.\n\n"
        "Join more than one million Future fans by liking us on Facebook, or follow us on X.\n\n"
        "The ministry said 12 people were killed and the president contributed $4 million to the fund."
    )
    assert _texts(text) == [
        "Kyiv was hit by 40 drones on Monday, officials said.",
        "The ministry said 12 people were killed and the president contributed $4 million to the fund.",
    ]


def test_a_time_of_day_ends_a_sentence_only_where_a_new_one_starts() -> None:
    text = (
        "Shelters opened where 160 people had checked in by 5 p.m. Southern California Edison said it had shut "
        "off power to 18,000 customers.\n\n"
        "The storm made landfall at 11 p.m. ET near Cedar Key with winds of 120 mph, the hurricane center said."
    )
    assert _texts(text) == [
        "Shelters opened where 160 people had checked in by 5 p.m.",
        "Southern California Edison said it had shut off power to 18,000 customers.",
        "The storm made landfall at 11 p.m. ET near Cedar Key with winds of 120 mph, the hurricane center said.",
    ]


def test_a_prompt_to_subscribe_anywhere_in_its_line_is_not_a_claim() -> None:
    text = (
        "Apple sold 40 million phones in the quarter, the company said.\n\n"
        'You can also subscribe to this newsletter here, and get 10 stories a day.'
    )
    assert _texts(text) == ["Apple sold 40 million phones in the quarter, the company said."]


def test_a_silence_after_a_toll_in_its_paragraph_does_not_take_the_toll_with_it() -> None:
    text = (
        "A local committee said a drone strike on a market on Monday killed 19 people, among them four children. "
        "It blamed the militia, which did not respond to a request for comment."
    )
    assert _texts(text) == [
        "A local committee said a drone strike on a market on Monday killed 19 people, among them four children."
    ]


def test_a_silence_that_opens_its_paragraph_does_not_take_the_claims_after_it() -> None:
    text = (
        "The Pentagon did not immediately respond to a request for comment. A Defense Department spokeswoman, "
        "Lt. Col. Andrea Fitch, said the department expected to complete a clean audit by 2028."
    )
    assert _texts(text) == [
        "A Defense Department spokeswoman, Lt. Col. Andrea Fitch, said the department expected to complete a clean "
        "audit by 2028."
    ]


def test_where_a_writer_filed_from_and_a_request_for_comment_are_not_claims() -> None:
    text = (
        "Police said 12 people were detained on Monday.\n\n"
        "Mercer reported from Kyiv.\n\n"
        "Fox News Digital reached out to the Tennessee Department of Correction for comment.\n\n"
        "Euronews has contacted the Georgian government for comment.\n\n"
        "Police reported from the scene that 3 people died."
    )
    assert _texts(text) == [
        "Police said 12 people were detained on Monday.",
        "Police reported from the scene that 3 people died.",
    ]


def test_initials_that_begin_a_name_do_not_end_the_sentence() -> None:
    text = (
        "The U.N. Personal Envoy for Sudan, Henrik Aalvik, said 40 people died in the attack. "
        "Sanctions were imposed in the U.S. The Treasury said 12 firms were hit."
    )
    assert _texts(text) == [
        "The U.N. Personal Envoy for Sudan, Henrik Aalvik, said 40 people died in the attack.",
        "Sanctions were imposed in the U.S.",
        "The Treasury said 12 firms were hit.",
    ]


def test_points_under_a_read_more_prompt_are_other_stories() -> None:
    text = (
        "A 22-year-old woman has also been charged over the death of the 34-year-old man.\n\n"
        "Read more:\n"
        "* Family of man killed outside dairy plead for witnesses to come forward\n"
        "* Two arrested after 'senseless' attack on 3 men\n\n"
        "Detective Inspector Hana Whitcombe said more than 30 staff had worked on the case."
    )
    texts = [c.text for c in extract_claims(text)]
    assert not any("Two arrested" in t or "Family of man" in t for t in texts)
    assert any("30 staff" in t for t in texts)


def test_points_under_key_points_are_the_story_s_own() -> None:
    text = (
        "Key points:\n"
        "- Police say a man and a woman died at a property near Moyston\n"
        "- About 4,000 people have registered at relief centres\n\n"
        "Two people have died and at least 37 homes have been destroyed in the fire."
    )
    assert any("4,000 people" in c.text for c in extract_claims(text))


def test_a_lawmaker_s_state_tag_ends_no_sentence() -> None:
    claims = extract_claims("Rep. Jamie Raskin (D-Md.) said the committee had heard 12 witnesses.")
    assert [c.text for c in claims] == ["Rep. Jamie Raskin (D-Md.) said the committee had heard 12 witnesses."]


@pytest.mark.parametrize(
    "prompt",
    ["Also Read", "RELATED", "More in N.Y. / Region"],
)
def test_points_under_any_other_stories_prompt_are_not_claims(prompt: str) -> None:
    text = (
        "At least 11 people were killed in the landslide, the deputy commissioner said.\n\n"
        f"{prompt}\n"
        "- Monsoon fury: 5 killed as house collapses in Mandi\n"
        "- A Bronx Landlord Owes $3 Million in Fines. The City Wants Its Money.\n"
    )
    texts = [c.text for c in extract_claims(text)]
    assert len(texts) == 1 and "11 people" in texts[0]


@pytest.mark.parametrize(
    "line",
    [
        "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
        "Published 10:48 p.m. CT Tuesday, Feb. 11, 2025 | Updated 7:15 a.m. CT Wednesday",
        "Reach Megan Halvorsen at 319-555-0147.",
    ],
)
def test_syndication_notes_stamps_and_contact_lines_are_furniture(line: str) -> None:
    text = f"The board voted 4-3 to close Lincoln Elementary, which has 30 staff.\n\n{line}\n"
    assert all(line[:20] not in c.text for c in extract_claims(text))


_BODY = (
    "Argentina's economy grew 4.2% in 2025, the statistics bureau said on Monday.\n\n"
    "Inflation slowed to 27.4% a year, the lowest since 2018, the bureau said.\n\n"
    "The IMF approved a further $2 billion disbursement on Friday, the fund said in a statement.\n\n"
)


def test_a_readers_comments_section_after_the_article_is_not_listed() -> None:
    text = (
        _BODY + "Top Comments\n\nMalvinista_77 (#)\nMar 5th, 2026 - 11:40 am +2\n"
        "Argentina will default again within 3 years. It has defaulted 9 times since 1816, mark my words.\n\n"
        "Commenting for this story is now closed.\n"
    )
    texts = _texts(text)
    assert len(texts) == 3 and not any("default" in t for t in texts)


def test_a_comments_link_above_the_article_does_not_cut_it() -> None:
    assert len(_texts("Comments\n\n" + _BODY)) == 3


def test_data_provided_by_a_body_inside_a_sentence_is_news_not_a_market_data_credit() -> None:
    text = (
        "Claims worth Rs 2,614 crore were pending at the end of March, the committee said, citing data provided "
        "by the Department of Financial Services.\n\nMutual fund data provided by Morningstar.\n"
    )
    assert len(_texts(text)) == 1 and "2,614" in _texts(text)[0]


def test_popular_lists_view_counters_comment_rules_and_bracketed_credits_are_not_claims() -> None:
    page = (
        "Rebels seized the river port of Kessa on Monday, the army said.\n\n"
        "Rescue workers search a flattened house in Kessa on Nov. 14, 2025. (Civil Defence / Telegram)\n\n"
        "Most Popular\n"
        "- Copper exports rise 12% in third quarter\n"
        "- Capital to host 2034 trade fair draw\n\n"
        "This story has been viewed 4,318 times.\n\n"
        "Comments will be moderated. Keep comments relevant to the article. Abusive remarks will be removed."
    )
    texts = " ".join(_texts(page))
    assert "seized the river port of Kessa" in texts
    for furniture in ["flattened house", "Copper exports", "trade fair", "4,318", "Keep comments", "Abusive"]:
        assert furniture not in texts


def test_a_consent_notice_without_the_word_cookies_and_a_reading_time_are_not_claims() -> None:
    page = (
        "Time to 4 min.\n\n"
        "The quake killed at least 1,124 people, officials said.\n\n"
        "We and our 158 partners process personal data such as IP addresses to personalise content and ads."
    )
    texts = " ".join(_texts(page))
    assert "killed at least 1,124" in texts and "4 min" not in texts and "partners" not in texts


def test_a_speech_tag_ending_on_an_abbreviation_still_ends_its_sentence() -> None:
    text = (
        '"People in my district still live in 300 FEMA trailers," said Rep. Joe Abernathy, D-N.C. "I am not going to '
        'vote against 40 more trailers."'
    )
    assert [c.text[:12] for c in extract_claims(text)] == ['"People in m', '"I am not go']
    assert _texts("Jakarta Police spokesman Sr. Comr. Ade Permana said officers had arrested 214 people.") == [
        "Jakarta Police spokesman Sr. Comr. Ade Permana said officers had arrested 214 people."
    ]


@pytest.mark.parametrize("label", ["ADVERTISEMENT", "Sponsor Message"])
def test_a_sentence_cut_by_a_furniture_line_after_a_function_word_is_one_claim(label: str) -> None:
    text = (
        "Fake sick notes sold for $20 each\n\n"
        "The scheme came to light in August, the prosecution said.\n\n"
        "The notes were used by workers at 38 companies, and at least one employer lost about\n"
        f"{label}\n"
        "$11,000 in wages, the prosecutor said.\n"
    )
    claims = extract_claims(text)
    assert [c.attribution for c in claims] == ["the prosecution", "the prosecutor"]
    assert "38 companies" in claims[-1].text and "$11,000" in claims[-1].text


def test_where_two_reporters_filed_from_is_not_a_claim() -> None:
    text = (
        "Israel struck 12 targets in Lebanon on Monday, the military said.\n\n"
        "Rania Haddad reported from Beirut, and Jonathan Reiss from Jerusalem.\n"
    )
    assert _texts(text) == ["Israel struck 12 targets in Lebanon on Monday, the military said."]


def test_a_gallery_counter_and_a_court_docket_line_are_not_claims() -> None:
    text = (
        "Item 1 of 2 Ukrainian servicemen fire a howitzer towards Russian troops near Chasiv Yar.\n\n"
        "[1/2] Ukrainian servicemen fire a howitzer towards Russian troops near Chasiv Yar.\n\n"
        "Russia said it captured two villages.\n\n"
        "The case is Hartwell Restaurant Group v. Department of Labor, No. 24-557.\n"
    )
    assert _texts(text) == ["Russia said it captured two villages."]


def test_a_privacy_notice_an_acknowledgement_of_country_and_a_writer_s_biography_are_not_claims() -> None:
    text = (
        "Fire crews saved 40 homes on Monday, the CFA said.\n\n"
        "Your information is being handled in accordance with the ABC Privacy Collection Statement.\n\n"
        "ABC acknowledges the First Australians as the traditional custodians of the lands where we live.\n\n"
        "Harvey Kong joined the Post in 2021 and covers courts.\n"
    )
    assert _texts(text) == ["Fire crews saved 40 homes on Monday, the CFA said."]


def test_initials_inside_a_sentence_do_not_end_it() -> None:
    text = (
        "A wildfire in northeastern B.C. expanded overnight to 12,000 hectares, officials said. "
        "Fires have burned 1.3 million hectares in B.C. this year, according to the B.C. Wildfire Service. "
        "Okafor said Ottawa had approved B.C.'s request for 200 soldiers. "
        "Over a decade before George R.R. Martin wrote his first novel, Ford sold 40,000 copies of his. "
        "The IUML won 17 seats, its highest tally since 2011, party general secretary T.M. Abdul Salam said. "
        "The talks were held in Washington, D.C. The envoy said 40 people died."
    )
    assert _texts(text) == [
        "A wildfire in northeastern B.C. expanded overnight to 12,000 hectares, officials said.",
        "Fires have burned 1.3 million hectares in B.C. this year, according to the B.C. Wildfire Service.",
        "Okafor said Ottawa had approved B.C.'s request for 200 soldiers.",
        "Over a decade before George R.R. Martin wrote his first novel, Ford sold 40,000 copies of his.",
        "The IUML won 17 seats, its highest tally since 2011, party general secretary T.M. Abdul Salam said.",
        "The talks were held in Washington, D.C.",
        "The envoy said 40 people died.",
    ]


def test_a_pasted_page_is_named_by_the_headline_that_tells_its_lede() -> None:
    text = (
        "We use cookies to improve our service for you. You can find more information in our data protection "
        "declaration.\n"
        "Support the Guardian\n"
        "The Guardian - Back to home\n"
        "Uttarakhand Election Results\n"
        "Russia claims capture of three villages as offensive in Zaporizhzhia gathers pace\n"
        "Moscow says troops have taken 640 sq km in a month, but Kyiv insists the frontline is holding\n"
        "Russia has claimed the capture of three villages in Ukraine's Zaporizhzhia region as its forces pressed "
        "an offensive that Kyiv's commanders say is the heaviest there since 2023.\n"
    )
    article = extract_article(text)
    assert article.title == "Russia claims capture of three villages as offensive in Zaporizhzhia gathers pace"
    assert not any("cookies" in c.text for c in article.claims)


def test_a_headline_that_shares_no_words_with_the_lede_still_names_a_plain_article() -> None:
    text = "Heartbreak in the hills\n\nFloods killed 12 people in the province on Monday, officials said.\n"
    assert extract_article(text).title == "Heartbreak in the hills"


def test_a_site_s_sections_before_the_headline_are_no_part_of_the_title() -> None:
    text = (
        "News / India / Odisha train collision: 27 dead as express rams goods train\n\n"
        "At least 27 people were killed when an express train rammed a stationary goods train, officials said.\n"
    )
    assert extract_article(text).title == "Odisha train collision: 27 dead as express rams goods train"


def test_a_sentence_cut_on_and_by_an_advertisement_goes_on_in_a_capital() -> None:
    text = (
        "The court heard the case on Monday.\n"
        "Deputy Public Prosecutor Kavitha Ramasamy said Tan approved 147 invoices between March 2019 and\n"
        "ADVERTISEMENT\n"
        "November 2023, and personally signed off on most of the payments.\n"
    )
    claims = extract_claims(text)
    assert [c.attribution for c in claims] == ["Kavitha Ramasamy"]
    assert claims[0].text.endswith("signed off on most of the payments.")


def test_a_name_in_camel_case_is_no_teaser_glued_to_its_summary() -> None:
    assert [c.text for c in extract_claims("Voters backed Sarah MacKillop with 14.8% of the vote.")] == [
        "Voters backed Sarah MacKillop with 14.8% of the vote."
    ]
