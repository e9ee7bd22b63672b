"""Each claim type, figure and source on sentences written for these tests."""

from __future__ import annotations

import pytest

from claims import EngineConfig, classify_sentence, extract_claims
from claims.analyze import attribution
from claims.factual import factuality, reports_the_past
from claims.numbers import find_quantities, parse_number


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Officials said 40 percent of the city's water network was destroyed in the floods.", "percentage"),
        # a share told as a fraction is a quantity; a percentage is one a percent is written for
        ("Three-quarters of the district's schools remain closed, the ministry said.", "quantity"),
        ("Police said two officers were killed and 14 wounded when the convoy was ambushed on Monday.", "casualties"),
        ("The earthquake left at least 312 dead and 1,200 injured across the province.", "casualties"),
        ("The General Assembly voted 141 to 5 to condemn the annexation.", "vote"),
        ("The United States vetoed a draft resolution calling for a ceasefire.", "vote"),
        ('"We have no plans to raise taxes this year," Finance Minister Rosa Lind told reporters.', "quote"),
        ("The company reported a loss of $2.8 billion for the third quarter.", "quantity"),
        ("Carmakers sold 30,154 new cars in March, the trade association said.", "quantity"),
        ("Government troops recaptured the town of Kherba on Sunday after a week of fighting.", "control"),
        ("Rebels now control most of the northern province, according to local monitors.", "control"),
        ("Militants attacked a police station in the capital overnight.", "event"),
        ("The group claimed responsibility for the bombing in a statement.", "event"),
        ("The health ministry said vaccination rates among children had improved.", "statement"),
    ],
)
def test_type_of_a_realistic_sentence(sentence: str, kind: str) -> None:
    claims = extract_claims(sentence)
    assert [c.type for c in claims] == [kind]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkey said one soldier was killed and six injured in a car bombing.", [(1, "killed"), (6, "injured")]),
        ("The deal is worth $2.8 billion.", [(2.8e9, "USD")]),
        ("Registrations reached 17.3 million new vehicles.", [(17.3e6, "new vehicles")]),
        ("The rebels want a five-day truce.", [(5, "day")]),
        ("The bank raised rates by a quarter-point to 2.6 per cent.", [(0.25, "percentage points"), (2.6, "percent")]),
        ("Unemployment fell to 3.9% in 2019.", [(3.9, "percent")]),
        ("The storm killed at least 12 people.", [(12, "killed")]),
        ("The mayor spoke on December 3, 2016 at 10 a.m.", []),
        # digits that name a thing count nothing
        ("COVID-19 vaccines reached the island, as did two F-16 jets.", [(2, "jets")]),
        ("Article 5 and #COVID-19 rules, see https://t.co/a1b2c3 or call @desk24 at 9:30", []),
        ("The clinic gave 4,200 COVID-19 vaccines.", [(4200, "covid-19 vaccines")]),
        # a date after a count is not the count's unit
        ("Admissions rose to 640 in March.", [(640, "")]),
        ("Thirteen members voted in favour and two million people watched.", [(13, "members"), (2e6, "people")]),
        # years and decades are dates, not counts
        ("Prices doubled between the '70s and '96, as in the 1980s.", []),
    ],
)
def test_figures_carry_value_and_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "word, value",
    [("six", 6), ("twenty-five", 25), ("30,154", 30154), ("2.6", 2.6), ("ninety nine", 99), ("soldier", None)],
)
def test_number_words(word: str, value: float | None) -> None:
    assert parse_number(word) == value


def test_he_added_resolves_to_the_last_named_speaker() -> None:
    text = (
        "Interior Minister Karim Osei said 3,000 police officers would be deployed. "
        '"We are ready for any disturbance," Osei told the state broadcaster. '
        '"Nobody will be allowed to block the roads," he added.'
    )
    claims = extract_claims(text)
    assert [c.attribution for c in claims] == ["Karim Osei", "Karim Osei", "Karim Osei"]


def test_scare_quotes_do_not_make_a_quote() -> None:
    claims = extract_claims('Germany has accused Hungary of "deliberate delay" over the aid package.')
    assert claims[0].type == "statement"
    assert claims[0].attribution == "Germany"


@pytest.mark.parametrize(
    "sentence",
    [
        "What will happen to the families who stayed behind?",
        "I think this is the best plan we have ever had.",
        "Thank you all so much for coming tonight.",
        "Some residents fear what may happen if the army takes control.",
    ],
)
def test_opinion_questions_and_hedges_are_not_claims(sentence: str) -> None:
    assert extract_claims(sentence) == []
    assert classify_sentence(sentence).score < 0.5


def test_classify_contract_fields() -> None:
    verdict = classify_sentence("The ministry said 14 people were killed in the attack on Tuesday.")
    assert verdict.claim and verdict.type == "casualties" and 0.5 <= verdict.score <= 1.0


def test_a_speakers_record_is_a_claim_but_their_wishes_are_not() -> None:
    record = classify_sentence("I voted against the pension cut in the spring session.")
    wish = classify_sentence("I think we should cut the council's budget.")
    assert record.claim and record.score >= 0.5
    assert not wish.claim and wish.score < 0.5


def test_a_plain_statement_about_a_measurable_subject_weighs_more() -> None:
    about_money = classify_sentence("The council spent less on road repairs than the year before.")
    about_weather = classify_sentence("The evening was calmer than the night before.")
    assert about_money.score > about_weather.score


@pytest.mark.parametrize(
    "sentence",
    ["Drinking hot water kills the virus in your throat.", "The new vaccine is safe for children under five."],
)
def test_present_tense_claims_of_cause_and_safety_are_claims(sentence: str) -> None:
    assert classify_sentence(sentence).claim


def test_have_got_is_possession_or_duty_not_a_past_event() -> None:
    duty = classify_sentence("We have got to fix the roads in this county before the winter comes.")
    record = classify_sentence("We got the roads in this county fixed before the winter came.")
    assert record.claim and not duty.claim
    assert duty.score < record.score


@pytest.mark.parametrize(
    "sentence",
    [
        "The next president of the United States will have to decide how the troops come home.",
        "Officials in several Gulf States are weighing a new tariff on steel imports.",
    ],
)
def test_a_name_that_ends_in_a_verb_of_saying_is_not_a_source(sentence: str) -> None:
    assert attribution(sentence, EngineConfig.default())[0] is None


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("What I've said is that the plant must be stored safely.", None),
        ("We said that the tax would fall on every household.", None),
        ("Anybody who says the country has stood still has not been travelling.", None),
        ('"The bridge will reopen in May," said Lena Brandt.', "Lena Brandt"),
        ("The clinic was shelled overnight, said Wissam Zarqa, a doctor.", "Wissam Zarqa"),
    ],
)
def test_speakers_are_names_not_pronouns_or_sentence_openers(sentence: str, source: str | None) -> None:
    assert attribution(sentence, EngineConfig.default())[0] == source


# each type reads the sense of its words, not the words alone: (sentence, type, whether it has that type)
_SENSE_NOT_WORD = [
    ("The government now controls the Old City and the main market.", "control", True),
    ("Militia fighters took control of the airport on Friday morning.", "control", True),
    ("The valley has been under rebel control since the spring of last year.", "control", True),
    ("Kurdish forces control most of the border strip east of the river.", "control", True),
    ("Our plan will control the cost of prescriptions for every family.", "control", False),
    ("The senator has always been against price controls on fuel.", "control", False),
    ("The council voted seven to two to close the library branch.", "vote", True),
    ("She was elected mayor of the town for a second time in 2019.", "vote", True),
    ("The ruling party won 40 seats in the regional election.", "vote", True),
    ("The opposition boycotted the election in the capital last spring.", "vote", True),
    ("This election is about the kind of country we leave our children.", "vote", False),
    ("I am asking every one of you for your vote next week, and thank you.", "vote", False),
    ("The regional government cut the school budget in March.", "event", True),
    ("Protesters burned two police vans outside the parliament building.", "event", True),
    ("We will cut the school budget and hand the money back to families.", "event", False),
    ("Her plan is a tax cut for families who earn less than the average wage.", "event", False),
]


@pytest.mark.parametrize("sentence, kind, expected", _SENSE_NOT_WORD)
def test_control_vote_and_event_read_the_sense_not_the_word(sentence: str, kind: str, expected: bool) -> None:
    """Territory held, not 'price controls'; votes cast, not 'this election'; things done, not plans."""
    assert (classify_sentence(sentence).type == kind) is expected


def test_factuality_is_rounded_so_a_sum_of_cues_meets_its_threshold() -> None:
    # 0.3 + 0.25 + ... - 0.05 summed in floating point fell a hair short of 0.5
    sentence = "And as you know, the education cost has gone up uh - tremendously."
    assert factuality(sentence, EngineConfig.default()) == 0.5
    assert classify_sentence(sentence).claim


def test_perfect_tense_with_a_contracted_has() -> None:
    config = EngineConfig.default()
    assert reports_the_past("She's been the mayor of this town for a decade.")
    assert factuality("These families have all left the valley.", config) > factuality(
        "These families all leave the valley.", config
    )


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Government troops recaptured the town of Kherba after four days of heavy fighting.", "control"),
        ("Police arrested the former minister at his home after a two-week search.", "event"),
        ("The siege of the old port lasted 40 days in all.", "quantity"),
        ("The ferry company carried 30,154 passengers in three weeks.", "quantity"),
    ],
)
def test_a_span_of_time_is_context_not_the_claim(sentence: str, kind: str) -> None:
    assert classify_sentence(sentence).type == kind


@pytest.mark.parametrize(
    "text, expected",
    [
        # a manner of speaking and a stretch of time are no shares
        ("I am 100% confident that the bridge will open on time.", []),
        ("Sales slowed in the second half of last year.", []),
        ("Half of the voters stayed at home.", [(50, "percent")]),
        # the count is of what follows a country's initials
        ("Some 200 U.S. military personnel remain at the base.", [(200, "military personnel")]),
        # currencies named with their country
        ("The listing would raise at least 88 billion Hong Kong dollars.", [(88e9, "HKD")]),
        ("The shares were priced at HK$176 each.", [(176, "HKD")]),
        # "a total of" before the dead; a span of time before "that killed" is not the toll
        ("Two crashes in less than five months that killed a total of 346 people grounded the jet.",
         [(2, "crashes"), (5, "months"), (346, "killed")]),
        ("The rebels freed two Western hostages on Monday.", [(2, "hostages")]),
        # a word's make-up is no figure; a baby's age is an age
        ("The envoy called the text one-sided and the plan a two-pronged attack.", []),
        # a vote's two sides are votes; how far the count has got is no share to check
        ("The resolution passed by a vote of 141 to 9 on Thursday.", [(141, "votes"), (9, "votes")]),
        ("With 99.8% of the vote counted, the PP took 35 seats.", [(99.8, "percent counted"), (35, "seats")]),
        ("A 14-month-old boy was among 40 people treated.", [(14, "months old"), (40, "people")]),
        # two kinds of the counted, then their fate; the arrested are no toll
        ("About 94 people were arrested and 19 police officers and gendarmes were injured.",
         [(94, "people"), (19, "injured")]),
        # a toll whose subject runs long before it rises
        ("The death toll from a magnitude 6.8 earthquake that struck eastern Turkey early on Wednesday rose to 412.",
         [(6.8, "magnitude"), (412, "killed")]),
        # "every one of these deaths" is each of them, no toll of one
        ('"Every one of these deaths was preventable," she said.', []),
    ],
)
def test_figures_read_as_a_checker_reads_them(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing said it is committed to the one country, two systems formula for the territory.",
        "The attorney general is investigating the company, according to two people familiar with the matter.",
    ],
)
def test_a_stray_small_number_does_not_make_a_quantity(sentence: str) -> None:
    assert classify_sentence(sentence).type != "quantity"


def test_a_quotation_over_several_sentences_is_one_quote_with_the_figures_of_all() -> None:
    text = (
        'Ana Duarte, the port director, said: "The United States does not support forced relocations of the '
        'dock workers. We have asked for 300 more inspectors."\n\n'
        '"We lost 40 people in one night. The road to the city is closed," Mayor Lena Park said. The army said 12 '
        "soldiers were wounded."
    )
    claims = extract_claims(text)
    assert [c.type for c in claims] == ["quote", "quote", "casualties"]
    assert [(q.value, q.unit) for q in claims[0].quantities] == [(300.0, "inspectors")]
    assert claims[1].text == '"We lost 40 people in one night. The road to the city is closed," Mayor Lena Park said.'
    assert [c.attribution for c in claims] == ["Ana Duarte", "Lena Park", "The army"]


@pytest.mark.parametrize(
    "text, kept",
    [
        ('"Forgive us," she told the families gathered outside the court.', False),
        ('"I know what this means," said Ana Duarte, the port director.', False),
        ('"We are heartbroken," the family said in a statement.', False),
        ('"We will not accept any truce," Fares Haddad told reporters.', True),
        ('"We lost 40 people in one night," the mayor said.', True),
        # a loss told is a deed ("we lost our home"), not a feeling ("we are lost")
        ('"We lost our home in the flood," said resident Mary Cole.', True),
        # a state of mind inside a clause ("than we expect") is not what the quotation asserts
        ('"If the labor market deteriorates faster than we expect, we have room to respond," Governor Michele '
         'Bullock said.', True),
    ],
)
def test_a_quotation_that_asserts_nothing_checkable_is_not_a_claim(text: str, kept: bool) -> None:
    assert bool(extract_claims(text)) is kept


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ('"We have no plans to raise taxes this year," Finance Minister Rosa Lind told reporters.', "quote"),
        ('Finance Minister Rosa Lind told reporters: "We have no plans to raise taxes this year."', "quote"),
        ('The EU has urged an "end to the violence and for all sides to return to the talks".', "statement"),
    ],
)
def test_a_quote_is_quoted_speech_not_quoted_words_as_an_object(sentence: str, kind: str) -> None:
    assert [c.type for c in extract_claims(sentence)] == [kind]


def test_a_newsroom_without_the_statement_type_still_starts_and_lists_no_plain_facts() -> None:
    config = EngineConfig.from_mapping({"types": [{"name": "quantity", "weight": 0.8, "units": ["*"]}]})
    assert config.plain_fact_type is None
    plain = "The mayor has led the regional transport board since March 2018 after years in office."
    assert extract_claims(plain, config) == []
    assert [c.type for c in extract_claims(plain)] == ["statement"]


def test_a_misspelt_key_in_a_section_stops_start_up_naming_it() -> None:
    from claims import ConfigError

    with pytest.raises(ConfigError, match="claims.attribution.pronoun_windw"):
        EngineConfig.from_mapping({"attribution": {"pronoun_windw": 2}})
    assert EngineConfig.from_mapping({"attribution": {"pronoun_window": 2}}).pronoun_window == 2


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("The rebels swapped two Western hostages for three of their commanders on Monday.", "event"),
        ("Rebels moved into the valley held by government troops since 2016.", "control"),
        ("The army released the fighters held by its military police since March.", "event"),
    ],
)
def test_deeds_and_land_held_read_by_their_sense(sentence: str, kind: str) -> None:
    assert classify_sentence(sentence).type == kind


def test_how_many_died_is_no_toll_of_the_count_before_it() -> None:
    quantities = find_quantities("The two governments gave different accounts of how many people had died.")
    assert all(q.unit != "killed" for q in quantities)


def test_an_age_is_context_not_a_figure() -> None:
    assert find_quantities("Participants aged 18 to 25 used cannabis more often.")[0].value != 18
    assert classify_sentence("A 16-year-old boy from the village was arrested by police on Friday.").type == "event"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a model between a count and its noun: the count is of the noun
        ("The carrier ordered 50 Airbus A350-900 jets worth $16 billion.", (50, "a350-900 jets")),
        ("The air force bought 12 F-16 fighters from the United States.", (12, "f-16 fighters")),
        # a model number after a spelled count is no figure
        ("The maker confirmed five 787 Dreamliner sales this week.", (5, "sales")),
        # an age in apposition is context, not a count
        ("Tomas Reyes, 55, of Lakeview, pleaded guilty to fraud.", (55, "years old")),
    ],
)
def test_models_and_ages_do_not_make_the_count(sentence: str, expected: tuple[float, str]) -> None:
    assert (expected[0], expected[1]) in [(q.value, q.unit) for q in find_quantities(sentence)]


def test_an_age_alone_makes_no_quantity_claim() -> None:
    claims = extract_claims("Tomas Reyes, 55, of Lakeview, pleaded guilty to threatening a judge, prosecutors said.")
    assert [c.type for c in claims] != ["quantity"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a group is a count of the group's noun; a spelled "one of" is someone, not a count
        ("The rebels freed two hostages for three of their commanders.", [(2, "hostages"), (3, "commanders")]),
        ("Ten of the 18 guards who were on duty slept.", [(10, "guards"), (18, "guards")]),
        ("A nurse tried to save one of the wounded demonstrators.", []),
        # words that describe the noun stand between a spelled count and it
        ("Two federal prison officers were charged on Monday.", [(2, "officers")]),
        ("Two bus drivers were hurt in the crash.", [(2, "injured")]),
        # the toll: where the dead were counted, the deaths of, the sixth death; not a clause of its own
        ("At least 106 protesters in 21 cities have been killed.", [(106, "killed")]),
        ("Officials reported the deaths of at least four members of the security forces.", [(4, "killed")]),
        ("The county reported a 6th fatality linked to the virus.", [(6, "killed")]),
        ("Three weeks before he died, the prisoner was found in his cell.", [(3, "weeks")]),
        # the two ends of a range share their unit and scale
        ("Farm purchases of $40-50 billion a year were promised.", [(40e9, "USD"), (50e9, "USD")]),
        ("Between 2 and 3 million people were displaced.", [(2e6, "people displaced"), (3e6, "people displaced")]),
        ("Turnout fell by between 5 and 10 percent.", [(5, "percent"), (10, "percent")]),
        ("The index rose 4% to 1,200.", [(4, "percent"), (1200, "")]),
        # lakhs and crores, rupees written Rs
        ("He said he had paid Rs 24 lakh to an agent and Rs 1.5 crore in all.", [(2.4e6, "INR"), (1.5e7, "INR")]),
        # a number to call is no figure
        ("A neighbour called 911 at once.", []),
    ],
)
def test_parts_ranges_tolls_and_scales(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # a share told as a fraction is a quantity; a percentage is written with a percent
        ("The strike closed more than half of the state's school districts on Tuesday.", "quantity"),
        ("Turnout fell to 45 percent in the second round.", "percentage"),
        # an age describes someone: no quantity claim
        ("The US wants Britain to extradite Assange, 47, over the leaked documents.", "statement"),
        ("Among people aged between 18 to 25-years-old, the rates of use didn't change.", "statement"),
    ],
)
def test_fractions_and_ages_type(sentence: str, kind: str) -> None:
    assert [c.type for c in extract_claims(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # "the territory" names a place; land counts when it is won, lost or held
        ("Hong Kong lost out on the listing because the territory would not accept its structure.", "event"),
        ("Vietnam, which has clashed with Beijing, is a vocal critic of China's sweeping territorial claims.",
         "statement"),
        ("The rebels gained territory in the north of the province last week.", "control"),
        # a resolution is a vote's when a body adopts, vetoes or votes on it
        ("Analysts attributed the 2% rally in bank stocks to the court's ruling on the Essar Steel resolution.",
         "percentage"),
        ("The Security Council adopted a resolution demanding a ceasefire.", "vote"),
        # the women elected to Congress are who they are; someone elected is a vote
        ("Omar is one of the first two Muslim women elected to Congress.", "statement"),
        ("Parliament elected Amara Diallo as speaker on Monday.", "vote"),
        # appointments and people found are deeds; "if convicted" is a condition
        ("Mayer was named chairman of the international division in March 2018.", "event"),
        ("Three weeks before he died, the prisoner had been found in his cell with bruises.", "event"),
        ("He now faces a maximum sentence of 175 years in prison if convicted of all charges.", "quantity"),
        # a plain deed in the simple past is an event; a state, a denial or a report is a statement
        ("The fight broke out on Tuesday afternoon on a BART train pulling into a station in Hayward.", "event"),
        ("After the death, Barr reassigned the warden at the New York detention center in August.", "event"),
        ("Court papers obtained on Monday showed that the suit was filed by Mahmud Magaji in 2018.", "statement"),
        # a deed in a clause that describes a noun does not make the sentence an event
        ("The deal represents a much-needed boost for the city's bourse, which has been hit by months of protests.",
         "statement"),
        ("The city's bourse has been hit by months of protests since June.", "event"),
        # addresses and case numbers are no figures
        ("Officers arrested Christopher Battin, 33, who resides at 2134 Caldwell Place, on Friday.", "event"),
    ],
)
def test_types_read_the_sense_of_places_votes_deeds_and_labels(sentence: str, kind: str) -> None:
    assert [c.type for c in extract_claims(sentence)] == [kind]


def test_a_possessive_age_is_an_age() -> None:
    assert [(q.value, q.unit) for q in find_quantities("Barr ordered inquiries into the 66-year-old's death.")] == [
        (66.0, "years old")
    ]


def test_counts_read_past_model_names_and_stop_at_the_next_count() -> None:
    def figures(sentence: str) -> list[tuple[float, str]]:
        return [(q.value, q.unit) for q in find_quantities(sentence)]

    assert figures("Workers installed the four RS-25 engines.") == [(4.0, "engines")]
    assert figures("He had four points, 10 assists and five rebounds.") == [
        (4.0, "points"), (10.0, "assists"), (5.0, "rebounds")
    ]
    assert figures("He has at least 10 assists in six consecutive games.") == [(10.0, "assists"), (6.0, "games")]
    assert figures("James has five triple-doubles this season.") == [(5.0, "triple-doubles")]
    assert figures("Seven of LeBron's assists came on baskets by Davis.") == [(7.0, "assists")]
    assert figures("He allegedly met the 17-year-old in London.") == [(17.0, "years old")]


@pytest.mark.parametrize(
    "text, kept",
    [
        # a cry, a condition, words to the one spoken to, a bare answer assert nothing
        ('Officers broke down the door. "Got her!" an officer said.', False),
        ('The president said China "is going to have to make a deal. If they don\'t, that\'s it."', True),
        ('"You are going to be OK," an officer told the girl.', False),
        ('"That\'s correct," Volker said.', False),
        ('"We have no further comment," the company said.', False),
        ('"We want a ceasefire," the envoy told reporters.', False),
        # a claim inside a quotation stays
        ('"We have found the two missing climbers alive!" rescuers told the radio station.', True),
    ],
)
def test_quoted_words_that_assert_nothing(text: str, kept: bool) -> None:
    claims = extract_claims(text)
    assert bool(claims) is kept
    if "If they" in text:
        assert not any("If they" in c.text for c in claims)


def test_the_month_may_is_no_hedge() -> None:
    config = EngineConfig.default()
    sentence = "Swedish prosecutors decided to reopen the investigation in May after he was arrested by police."
    assert factuality(sentence, config) > factuality(sentence.replace("in May", "soon"), config) - 0.01
    assert [c.type for c in extract_claims(sentence)] == ["event"]


def test_a_modal_in_a_describing_clause_does_not_hedge_the_deed() -> None:
    sentence = ("The strikes began in March and were set off by a bill that would have let the state cut pensions "
                "for retired teachers.")
    assert [c.type for c in extract_claims(sentence)] == ["event"]


@pytest.mark.parametrize(
    "sentence, listed",
    [
        ("Harbour Holdings will hand back the port contract at the end of 2025.", True),
        ("The Transit Authority will close the Elm Street station on Saturday.", True),
        ("Harbour Holdings will likely win the contract in 2025.", False),  # a forecast
        ("Harbour Holdings will do better.", False),  # no date: a hope
        # what will be done and when, as a named person says it or not
        ("Job cuts will be announced later this week, said The We Company's chair Marcelo Claure.", True),
        ("Schools in the district will be closed on Monday.", True),
        ("Prices will be higher next year.", False),
    ],
)
def test_a_named_body_s_dated_plan_is_a_claim(sentence: str, listed: bool) -> None:
    assert bool(extract_claims(sentence)) is listed


@pytest.mark.parametrize(
    "sentence, listed",
    [
        ("The ceasefire took effect at midnight.", ["event"]),  # a deed and its hour
        ("Fighting continued on Tuesday.", []),  # "continued" says nothing here: no one's words
    ],
)
def test_a_deed_at_an_hour_and_continued_without_words(sentence: str, listed: list[str]) -> None:
    claims = extract_claims(sentence)
    assert [c.type for c in claims] == listed and all(c.attribution is None for c in claims)


def test_ground_held_is_control() -> None:
    assert [c.type for c in extract_claims("Rebels retained the airport after 3 days of fighting.")] == ["control"]
    assert [c.type for c in extract_claims("The party held a meeting in the capital on Monday.")] != ["control"]


@pytest.mark.parametrize(
    "sentence, kind",
    [
        # a span of time that is the figure stated (a sentence, a limit), spelled or not
        ("The conspiracy charge is punishable by up to five years in prison.", "quantity"),
        ("Each of the charges carries a maximum sentence of five years.", "quantity"),
        # a deed with a thing left undone beside it is still a deed; a thing left undone alone is not
        ("Earlier that night, a Glen Park police sergeant searched the same motel room but did not find the boy.",
         "event"),
        ("Among people aged between 18 to 25-years-old, the rates of use didn't change.", "statement"),
        # a dated fact is specific enough to list
        ("The major Asian market indexes were mixed in early trading Tuesday after CNBC reported on the talks.",
         "statement"),
    ],
)
def test_limits_undone_deeds_and_dated_facts(sentence: str, kind: str) -> None:
    assert [c.type for c in extract_claims(sentence)] == [kind]


def test_naira_written_n_with_a_scale_or_thousands() -> None:
    found = find_quantities("They want N500m in damages, a fine of N2.5bn and N50,000 in costs; staff wore N95 masks.")
    assert [(q.value, q.unit) for q in found] == [(5e8, "NGN"), (2.5e9, "NGN"), (5e4, "NGN")]


@pytest.mark.parametrize(
    "sentence, figures",
    [
        # pounds in words: a weight unless a scale or a sum no body weighs says sterling
        ("At his last check-up he weighed in at 243 pounds.", [(243.0, "pounds")]),
        ("The probe found 5,200 pounds of water vapour leaving the moon each second.", [(5200.0, "pounds")]),
        ("The club paid 5 million pounds for the striker.", [(5e6, "GBP")]),
        ("The court fined him 2,000 pounds.", [(2000.0, "GBP")]),
        # what is counted, past the words that describe it
        ("The mayor has made more than 1,300 false or misleading claims in office.", [(1300.0, "claims")]),
        ("The merger joins 263 regional daily newspapers.", [(263.0, "regional daily newspapers")]),
        ("The coach left after five-and-a-half years in charge.", [(5.5, "years")]),
        ("It asked for 300 more inspectors and 40 additional doctors.", [(300.0, "inspectors"), (40.0, "doctors")]),
        ("Ottawa sent 200 Canadian Armed Forces members.", [(200.0, "members")]),
        ("Russia fired 142 Shahed-type attack drones.", [(142.0, "attack drones")]),
        ("The CDC has recorded 412 measles cases in 19 states.", [(412.0, "measles cases"), (19.0, "states")]),
        # a toll's counts by place carry its unit; a count with a verb of its own does not
        ("The strikes killed at least 41 people in Iran and nine in Israel.", [(41.0, "killed"), (9.0, "killed")]),
        # a part of a counted whole: the part is the toll
        ("Three of the vessel's 23 crew were killed in the strike.", [(3.0, "killed")]),
        ("1,140 soldiers were killed or wounded in the fighting.", [(1140.0, "killed or injured")]),
        ("Police said two of the 12 officers were wounded.", [(2.0, "injured")]),
        ("41 of the dead were in Khyber Pakhtunkhwa, 23 in Punjab and nine in Sindh.",
         [(41.0, "killed"), (23.0, "killed"), (9.0, "killed")]),
        ("Police said 12 people were killed in Gaza, and 40 in the West Bank were arrested.",
         [(12.0, "killed"), (40.0, "")]),
        # a vote's sides, and points apart from percent
        ("The resolution passed with 12 in favour, one against and two abstentions.",
         [(12.0, "in favour"), (1.0, "against"), (2.0, "abstentions")]),
        ("Unemployment rose 1.6 percentage points to 5.2 percent.", [(1.6, "percentage points"), (5.2, "percent")]),
        # a financial year and a clock time are no figures
        ("The council approved a 4.99% rise in council tax for 2025-26.", [(4.99, "percent")]),
        # an index named by a number is no figure
        ("The S&P 500 rose 1.2 percent.", [(1.2, "percent")]),
        # a magnitude and a year are no tolls
        ("A magnitude 7.1 earthquake killed more than 1,500 people.", [(7.1, "magnitude"), (1500.0, "killed")]),
        ("Storms in 2019 killed 150 people.", [(150.0, "killed")]),
        # the toll follows a verb in the active voice; the count before it did the killing
        ("Two airstrikes killed 40 people in the city.", [(2.0, "airstrikes"), (40.0, "killed")]),
        ("Four days of rain have killed at least 87 people.", [(4.0, "days"), (87.0, "killed")]),
        ("Four days of rain have killed dozens of people.", [(4.0, "days")]),
        ("Three soldiers killed in the ambush were buried on Monday.", [(3.0, "killed")]),
    ],
)
def test_weights_halves_and_what_a_count_counts(sentence: str, figures: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == figures


@pytest.mark.parametrize(
    "sentence, listed",
    [
        # a happening under way is checkable as it stands
        ("He is currently serving a prison term in Britain for skipping bail.", True),
        ("Two former governors are moving into the race for the nomination.", True),
        # talk to or about oneself is not
        ("We are working hard on the problem every day.", False),
    ],
)
def test_a_happening_under_way_is_a_plain_fact(sentence: str, listed: bool) -> None:
    assert bool(extract_claims(sentence)) is listed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("About 1.5m people were displaced.", [(1.5e6, "people")]),
        ("He won the 100m final.", [(100, "")]),
        ("A million doses arrived on Monday.", [(1e6, "doses")]),
        ("Inflation rose to 7pc in June.", [(7, "percent")]),
        ("The death toll from the quake now stands at more than 2,000.", [(2000, "killed")]),
        ("The death toll rose to 45.", [(45, "killed")]),
        ("They built a toll road of 12 miles.", [(12, "miles")]),
        # a disaster's bare "toll" is its dead; an age after a name ends with the sentence too
        ("The toll from the quake has risen to 2,300, officials said.", [(2300, "killed")]),
        ('"We saw the flames," said resident Tom Reed, 61.', [(61, "years old")]),
        # a status that makes a count a count of cases
        ("Seven health workers have been infected, and two of them have died.", [(7, "health workers infected"),
                                                                                  (2, "killed")]),
        ("The floods displaced 40,000 people.", [(40000, "people")]),
        # a toll with a manner, in a relative clause, after "all"
        ("Two Israeli soldiers were lightly wounded by shrapnel, the military said.", [(2, "injured")]),
        ("Rescue teams are still searching for at least 150 people who are missing.", [(150, "missing")]),
        ("A helicopter crashed in Mohmand district, killing all five crew members.", [(5, "killed")]),
        # ages beside a toll are no toll: the group's count is
        ("Two men aged 54 and 61 were killed when a drone hit a farm.", [(2, "killed")]),
        ("A woman of 47 was wounded in the attack.", [(47, "years old")]),
        ("The rules allow children as young as 12 to be held.", [(12, "years old")]),
        ("A man, 61, was killed.", [(61, "years old")]),
        ("Four people lost their lives in the blaze.", [(4, "killed")]),
        ("The attack claimed at least 30 lives.", [(30, "killed")]),
    ],
)
def test_scales_shares_and_tolls_as_news_writes_them(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "sentence, kind, expected",
    [
        ("The bill passed the House 220-212 on Thursday.", "vote", [(220, ""), (212, "")]),
        # a tally before a comma; a tally told by its sides
        ("The House approved the measure 218 to 214, largely along party lines.", "vote", [(218, ""), (214, "")]),
        ("The motion was carried with 67 in favour and 12 against.", "vote", [(67, "in favour"), (12, "against")]),
        ("The amendment failed 49 to 66 in the state Senate.", "vote", [(49, ""), (66, "")]),
        # a court's tally, with initials inside the court's name
        ("The ruling was upheld by the 5th U.S. Circuit Court of Appeals in a 2-1 vote.", "vote", [(2, "vote"),
                                                                                                (1, "vote")]),
        ("A magnitude 6.4 earthquake struck the region on Monday.", "quantity", [(6.4, "magnitude")]),
        ("The jury found him guilty of all charges on Friday.", "event", []),
        ("The company cut 1,200 jobs last year.", "quantity", [(1200, "jobs")]),
        ("The storm left 200,000 homes without power.", "quantity", [(200000, "homes")]),
        # a plural noun is the whole unit; a word that describes it goes with it
        ("About 2.5 million people remain without power after the storm.", "quantity", [(2.5e6, "people")]),
    ],
)
def test_tallies_magnitudes_verdicts_and_units_before_a_date(
    sentence: str, kind: str, expected: list[tuple[float, str]]
) -> None:
    claims = extract_claims(sentence)
    assert [c.type for c in claims] == [kind]
    assert [(q.value, q.unit) for q in claims[0].quantities] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's pound, in a story with no sterling in it; Britain's pounds stay sterling
        ("The Sudanese pound traded at about 2,600 pounds to the dollar on Wednesday, traders said.",
         [(2600, "SDG")]),
        ("Britain pledged 10 million pounds to Sudan, where the Sudanese pound has collapsed.", [(1e7, "GBP")]),
        ("Egypt paid 5 billion Egyptian pounds for the wheat.", [(5e9, "EGP")]),
        # a scale written onto the figure before a currency's word
        ("The government has promised 10bn Turkish lira (£210m) in emergency aid.", [(1e10, "TRY"), (2.1e8, "GBP")]),
        ("It spent 5m euros and 3bn dollars on the bridge.", [(5e6, "EUR"), (3e9, "USD")]),
    ],
)
def test_pounds_of_other_countries_and_scales_before_a_currency_word(
    text: str, expected: list[tuple[float, str]]
) -> None:
    claims = extract_claims(text)
    assert [(q.value, q.unit) for q in claims[0].quantities] == [(float(v), u) for v, u in expected]


def test_currencies_by_word_code_and_sign() -> None:
    text = "It paid 5 million pesos, 2 billion rand, ₩3 trillion, 300 shekels and 3 million CHF; we try 5 times."
    assert [(q.value, q.unit) for q in find_quantities(text)] == [
        (5e6, "PESOS"), (2e9, "ZAR"), (3e12, "KRW"), (300, "ILS"), (3e6, "CHF"), (5, "times")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a toll denied is no toll: what is counted stays
        ("The company said none of its roughly 4,500 workers had been hurt.", [(4500, "workers")]),
        ("No one among the 300 passengers was injured, the airline said.", [(300, "passengers")]),
        ("No one was hurt in the blast.", [(0, "injured")]),  # (a toll of none is a figure to check)
        # a spelled number with its units is one number
        ("Forty-one MPs voted against the plan.", [(41, "mps")]),
        # rupees written against the figure
        ("Compensation of Rs2 million for each family and Rs500,000 for each injured person.",
         [(2_000_000, "INR"), (500_000, "INR")]),
        # a date's day is no count
        ("More heavy rain was expected until August 21.", []),
        ("Around 60 people were still missing.", [(60, "missing")]),
    ],
)
def test_denied_tolls_spelled_numbers_rupees_and_days(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Support for the party fell by 4 percentage points in a month.",
        "Inflation rose to 3.2pc in May, the statistics office said.",
    ],
)
def test_points_and_pc_are_percentages(sentence: str) -> None:
    assert [c.type for c in extract_claims(sentence)] == ["percentage"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The Fed raised rates by a quarter of a percentage point to 5.5%.", 0.25),
        ("The bank raised rates by three-quarters of a percentage point.", 0.75),
        ("The central bank cut its main rate by half a percentage point.", 0.5),
    ],
)
def test_fractions_of_a_point_are_points(text: str, value: float) -> None:
    assert (value, "percentage points") in [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ice shell may be 3.5km thick in places.", [(3.5, "km")]),
        ("The plant will add 1.2GW of capacity.", [(1.2, "GW")]),
        ("The bill must be paid by Sept 30.", []),
        ("Talks resume on Feb 6, officials said.", []),
    ],
)
def test_units_against_the_number_and_short_months(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Harlow Vale beat Kestrel Park 3-1 on Saturday.", []),
        ("The council voted 7-2 to approve the plan.", [(7, "votes"), (2, "votes")]),
        ("Police seized 40g of cannabis.", [(40, "g")]),
        ("Lumora had 88.6 million subscribers, down from 89.9 million three months earlier.",
         [(88_600_000, "subscribers"), (89_900_000, ""), (3, "months")]),
    ],
)
def test_scores_grams_and_a_count_that_is_no_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Granollers and Lopez defeated Karen Khachanov and Andrey Rublev 6-4, 7-6 (5) to seal the victory.", "event"),
        ("The motion was defeated 210 to 190 after a four-hour debate.", "vote"),
    ],
)
def test_a_match_won_is_no_vote_and_a_motion_defeated_is(sentence: str, kind: str) -> None:
    assert [c.type for c in extract_claims(sentence)] == [kind]


def test_the_number_killed_risen_to_is_a_toll() -> None:
    found = find_quantities("The number of people killed in the floods has risen to 23, the agency said.")
    assert [(q.value, q.unit) for q in found] == [(23, "killed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Meridan's army said 15 of its soldiers had died and 41 were wounded.", [(15, "killed"), (41, "injured")]),
        ("Turnout among voters aged 18 to 24 fell to 44 percent.", [(24, "years old"), (44, "percent")]),
    ],
)
def test_a_part_that_had_died_and_a_verb_that_is_no_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # some of the dead, told as a count of them
        ("The group said 41 of the dead were killed when shells struck the camp.", [(41, "killed")]),
        ("A nurse says eight of the dead were children under 10.", [(8, "killed"), (10, "years old")]),
        # but not "one of the wounded" on its own
        ("One of the wounded died later in hospital.", []),
        # ages are ages; a capitalised count opens a partitive
        ("Two children, aged 7 and 12, were among the wounded.", [(2, "injured"), (12, "years old")]),
        ("Three journalists were among the dead.", [(3, "killed")]),
        ("He won 1,412 votes against his brother's 980.", [(1412, "votes against"), (980, "")]),
        ("Seventeen of 24 economists expected a cut.", [(17, "economists"), (24, "economists")]),
        ("The ministry sent 40,000 rapid diagnostic test kits.", [(40000, "rapid diagnostic test kits")]),
        ("He spent almost half a million pounds on the campaign.", [(500000, "pounds")]),
        ("The group expects revenue of between SKr34bn and SKr36bn.", [(34e9, "SEK"), (36e9, "SEK")]),
        ("Thirteen of the council's 15 members voted in favour.", [(13, "members"), (15, "members")]),
    ],
)
def test_parts_of_a_toll_ages_and_partitives(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister presented a Sh4.29 trillion budget.", (4.29e12, "KES")),
        ("Each pupil gets KSh 1,500 a term.", (1500, "KES")),
        ("The government approved the release of N1.2 billion.", (1.2e9, "NGN")),
        ("He placed a Tk 8,46,300 crore budget in parliament.", (8.463e12, "BDT")),
        ("Household loans increased by 4.3 trillion won.", (4.3e12, "KRW")),
        ("Chip exports rose to NT$612.3 billion in October.", (612.3e9, "TWD")),
        ("The maximum fine rises to Rp 10 billion.", (1e10, "IDR")),
        ("The ministry released P2.1 billion for repairs.", (2.1e9, "PHP")),
        ("Each family will receive P10,000 in cash aid.", (10000, "PHP")),
        ("The state fund paid out RM50 million.", (5e7, "MYR")),
        ("Owners face fines of up to RO500 for a first offence.", (500, "OMR")),
        ("The fine is Dh4,770.", (4770, "AED")),
        ("The fee is AED 4,770 a year.", (4770, "AED")),
        ("Nominal GDP rose to \u20b948.6 lakh crore in the quarter.", (4.86e13, "INR")),
        ("The campaign was given RM12.5mil.", (12.5e6, "MYR")),
    ],
)
def test_money_in_the_region_s_own_signs(sentence: str, expected: tuple[float, str]) -> None:
    assert expected in [(q.value, q.unit) for q in find_quantities(sentence)]


def test_won_the_verb_is_no_money() -> None:
    assert [(q.value, q.unit) for q in find_quantities("The party won 12 seats.")] == [(12.0, "seats")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four people, two of them teenagers, were killed overnight.", (4, "killed")),
        ("At least 27 people, including nine police personnel, were injured in the violence.", (27, "injured")),
        ("The assembly voted 124 in favor and eight against.", (124, "in favor")),
    ],
)
def test_a_toll_around_an_aside_and_a_tally_as_spelled(sentence: str, expected: tuple[float, str]) -> None:
    assert expected in [(q.value, q.unit) for q in find_quantities(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The contract was worth R2.1 billion.", (2.1e9, "ZAR")),
        ("At least 61 migrants drowned off the coast.", (61, "killed")),
    ],
)
def test_rand_and_the_drowned(sentence: str, expected: tuple[float, str]) -> None:
    assert expected in [(q.value, q.unit) for q in find_quantities(sentence)]


@pytest.mark.parametrize("sentence", ["The R2 road was closed for 3 hours.", "Jeers drowned out 3 speakers."])
def test_a_road_and_a_noise_are_no_money_or_toll(sentence: str) -> None:
    assert all(q.unit not in {"ZAR", "killed"} for q in find_quantities(sentence))


def _currencies(article: str) -> list[str]:
    return [q.unit for claim in extract_claims(article) for q in claim.quantities if q.value >= 1000]


def test_a_bare_dollar_sign_in_a_story_set_in_australia_is_the_australian_dollar() -> None:
    article = (
        "SYDNEY - The Reserve Bank of Australia held rates on Tuesday. Treasurer Jim Chalmers said the budget "
        "would deliver a $9.3 billion surplus. Queensland will spend $2 billion on roads, the state said."
    )
    assert _currencies(article) == ["AUD", "AUD"]


def test_a_story_that_writes_the_australian_dollar_by_its_sign_keeps_the_bare_sign_for_the_us_dollar() -> None:
    article = (
        "SYDNEY - Australia's miner BHP said it would spend A$3 billion on a new plant in Queensland. "
        "The company also agreed to buy a Chilean copper mine for $2.5 billion, it said."
    )
    assert _currencies(article) == ["AUD", "USD"]


def test_a_us_story_that_names_an_australian_city_once_keeps_the_us_dollar() -> None:
    article = (
        "WASHINGTON - The U.S. Treasury said the deficit widened to $1.8 trillion. The United States also paid "
        "$40 million to settle a claim brought by a firm from Sydney, the Treasury said."
    )
    assert _currencies(article) == ["USD", "USD"]


def test_rupees_in_a_story_set_in_pakistan_are_pakistani_and_in_india_indian() -> None:
    pakistan = "ISLAMABAD - Pakistan's cabinet approved Rs 1.2 trillion for defence, the Karachi-based paper said."
    india = "NEW DELHI - India's cabinet approved Rs 6.2 lakh crore for defence, the Indian finance ministry said."
    assert _currencies(pakistan) == ["PKR"]
    assert _currencies(india) == ["INR"]


def test_the_size_of_what_a_sentence_names_does_not_make_it_a_quantity() -> None:
    claims = extract_claims("Lind said Britain would now take the text to the 193-member General Assembly.")
    assert [c.type for c in claims] == ["statement"]


def test_m_after_a_figure_before_a_described_plural_is_millions() -> None:
    assert [(q.value, q.unit) for q in find_quantities("About 4.1m valid votes had been counted.")] == [
        (4100000.0, "valid votes")
    ]


def test_currencies_named_by_their_own_word() -> None:
    sentence = "It paid 14.6 billion cedis, 12 billion reais and 500 million Argentine pesos."
    units = [q.unit for q in find_quantities(sentence)]
    assert units == ["GHS", "BRL", "ARS"]


def test_rand_written_with_a_hyphen_before_its_scale() -> None:
    assert [(q.value, q.unit) for q in find_quantities("The province reallocated R28-million from its budget.")] == [
        (28000000.0, "ZAR")
    ]


@pytest.mark.parametrize(
    "sentence, toll",
    [
        ("Nine children, all under the age of five, have died of measles since January.", (9.0, "killed")),
        ("At least eight migrants, including two children, died early on Thursday.", (8.0, "killed")),
    ],
)
def test_a_toll_told_around_an_aside_with_died(sentence: str, toll: tuple[float, str]) -> None:
    assert (find_quantities(sentence)[0].value, find_quantities(sentence)[0].unit) == toll
    assert extract_claims(sentence)[0].type == "casualties"


def test_an_age_limit_after_a_group_is_an_age_not_a_count() -> None:
    assert [(q.value, q.unit) for q in find_quantities("All accounts of users under 16 are now private.")] == [
        (16.0, "years old")
    ]


@pytest.mark.parametrize(
    "sentence, figures",
    [
        ("The bill was approved by 81 votes to one.", [(81.0, "votes"), (1.0, "votes")]),
        ("The bill passed with 128 lawmakers voting in favor and 110 against.",
         [(128.0, "lawmakers"), (110.0, "lawmakers")]),
        ("He said 38 trains had been cancelled and 24 diverted.", [(38.0, "trains"), (24.0, "trains")]),
        ("The plane carried 81 passengers and six crew.", [(81.0, "passengers"), (6.0, "crew")]),
        ("Police arrested 12 men and 3 women.", [(12.0, "men"), (3.0, "women")]),
    ],
)
def test_the_second_count_of_a_pair_takes_the_noun_left_out(
    sentence: str, figures: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == figures


def test_a_toll_with_a_long_description_of_who_died() -> None:
    sentence = "All 87 people on board a domestic passenger flight in southwest China were killed, state media said."
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == [(87.0, "killed")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # ground seized, with a number in the sentence: control, not a quantity
        ("Rebels seized Bara on Monday after 3 days of fighting.", "control"),
        ("The RSF was driven out of the capital Khartoum in March.", "control"),
        # goods and people seized are not ground
        ("Troops seized 2 tonnes of cocaine.", "quantity"),
        ("Police will seize his remaining assets, worth \u00a31.1m.", "quantity"),
        # how far away a place lies is where, not what someone claims
        ("The army said it still controlled the road to El Obeid, about 60 km (37 miles) to the south.", "statement"),
    ],
)
def test_ground_taken_and_where_it_lies(sentence: str, kind: str) -> None:
    assert [c.type for c in extract_claims(sentence)] == [kind]


def test_would_in_reported_speech_is_no_hedge() -> None:
    text = (
        "ANC spokesperson Nokuthula Mabena said the party had lost the city. She said the ANC would talk to "
        "everyone except those who want to sell off the metro, but would not say whether the party would approach "
        "the EFF."
    )
    assert len(extract_claims(text)) == 2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # thousands set apart by spaces, as South African and SI style writes them
        ("Of the 612 437 registered voters, just over 256 000 cast a ballot.", [(612437, "registered voters"),
                                                                               (256000, "cast")]),
        ("Some 256 000 South Africans voted.", [(256000, "south africans")]),
        # a count before a model's number, a day before a count, a year before a distance: apart
        ("Its fleet of roughly 400 737 Max jets was grounded.", [(400, "737 jets")]),
        ("On May 5 150 people were killed.", [(150, "killed")]),
        # a percentage written with hyphens
        ("Markets saw a 20-per-cent chance of a cut.", [(20, "percent")]),
        # a rate against another currency is one figure, not a side of a vote
        ("The yen strengthened to 151.20 against the dollar.", [(151.2, "")]),
        # the injured as people carried are no count of the injured
        ("Helicopters had flown 48 sorties to carry the injured to Kabul.", [(48, "sorties")]),
        ("No deaths have been reported.", [(0, "killed")]),
        ("Police said no one was hurt in the blast.", [(0, "injured")]),
        ("He said there was no evidence of fraud.", []),
        # both ends of a range written in words
        ("His clinic was seeing three to four suspected cases a day.", [(3, "cases"), (4, "cases")]),
        ("The operation would take between five and seven days.", [(5, "days"), (7, "days")]),
        # a speed, not a distance
        ("Winds of 25 to 30 miles per hour hit the coast.", [(25, "miles per hour"), (30, "miles per hour")]),
        # a model's letters and number are no money
        ("The SR71 jet and the KD5 unit flew.", []),
        ("Fewer than one in five eligible seniors had taken up the vaccine.", [(20, "percent")]),
        ("Measles kills 1 in 1,000 children.", [(0.1, "percent")]),
        ("He scored 3 in 5 games.", [(3, ""), (5, "games")]),
    ],
)
def test_figures_as_news_writes_them(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in find_quantities(sentence)] == expected
