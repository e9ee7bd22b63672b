"""Speakers the desk meets every day: roles, trailing sources, ranks, and whom "he" or "she" continues.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from claims import EngineConfig, extract_claims
from claims.analyze import attribution


def _sources(text: str) -> list[str | None]:
    return [c.attribution for c in extract_claims(text)]


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("A spokesperson for the ministry said 30 people had died in the floods.", "A spokesperson for the ministry"),
        ("The head of the UN agency said 30 people had died in the floods.", "The head of the UN agency"),
        ("Thirty people died in the floods, state-run Xinhua news agency reported.", "state-run Xinhua news agency"),
        ("Thirty people died in the floods, according to the state-run Tanjug agency.", "the state-run Tanjug agency"),
        ("Thirty people died in the floods, according to court records.", "court records"),
        ("Thirty guards slept on duty, according to court documents.", "court documents"),
        ("A woman was found in the car with 30 grams of heroin, said Lt. Matt Harris.", "Matt Harris"),
        ('Untreated, the disease kills 30 percent of patients, says WHO.', "WHO"),
        ('Sen. Ana Ruiz, D-Calif., called the 30 percent cut "a crisis of trust".', "Ana Ruiz"),
        ('"We missed 30 checks," Thomas Reed allegedly told a supervisor.', "Thomas Reed"),
        # the source at the end speaks for all that comes before it, other verbs included
        ('He called her a liar and said, "you will pay $30,000," the prosecutor\'s office said.',
         "the prosecutor's office"),
        ("Kahn said 30 tanks had crossed, the ministry said in a statement on Monday.", "the ministry"),
    ],
)
def test_desk_sources(sentence: str, source: str) -> None:
    assert attribution(sentence, EngineConfig.default())[0] == source


def test_he_opening_a_sentence_continues_the_subject_before_it() -> None:
    text = (
        "Tim Ward testified on Tuesday. Ward was the third witness who heard President Lena Marsh's call "
        "with Ivan Petrenko. He said 30 officials had listened to the call."
    )
    assert _sources(text)[-1] == "Tim Ward"


def test_he_later_in_the_sentence_continues_its_subject() -> None:
    text = (
        "Tim Ward said he had raised concerns in 2019.\n\n"
        "Ward did refer to his earlier testimony, in which he said 12 firms had bid for the contract."
    )
    assert _sources(text)[-1] == "Tim Ward"


def test_he_later_in_the_sentence_stays_unresolved_with_a_man_named_between() -> None:
    text = (
        "Tim Ward said he had raised concerns in 2019.\n\n"
        "Ward met John Carter after he said 12 firms had bid for the contract."
    )
    assert _sources(text)[-1] is None


def test_a_subject_of_the_other_gender_does_not_take_she_from_the_speaker() -> None:
    text = (
        "Maria Lopez said 30 families had been evicted.\n\n"
        "Mr Bello visited the estate on Monday. She said 12 of the families had been rehoused."
    )
    assert _sources(text)[-1] == "Maria Lopez"


def test_she_said_after_a_speaker_teaches_her_gender() -> None:
    text = (
        "Kathleen Hawk Sawyer, the prisons director, spoke to the committee on Tuesday.\n\n"
        "Hawk Sawyer said she could not comment on the 30 cases under review.\n\n"
        '"We have found 12 more instances of falsified records," she said.'
    )
    assert _sources(text)[-1] == "Kathleen Hawk Sawyer"


def test_a_hyphenated_first_name_gives_the_gender() -> None:
    text = (
        "Deputy prosecutor Eva-Marie Lund said the evidence was not strong enough after 30 interviews.\n\n"
        "She added that an appeal could be made within 3 weeks."
    )
    assert _sources(text)[-1] == "Eva-Marie Lund"
