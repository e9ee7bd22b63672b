"""Who said it: the source of each sentence of an article, read from the shapes of news copy.

The sentence's own words name a source or a pronoun (claims/source_phrase.py); the article's context
(claims/speakers.py) says whom a pronoun stands for; here a quotation that runs over several
sentences keeps one speaker, and a document stands for whoever issued it. When in doubt: nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.config import EngineConfig
from claims.source_phrase import TWO_VOICES, Found, bare_office, find_source, is_person, without_title
from claims.source_words import (
    DETERMINERS,
    DOCUMENTS,
    MONTHS,
    NOT_NAMES,
    OPEN_QUOTES,
    TIME_WORDS,
    agent_noun,
    quoted_mask,
)
from claims.speakers import BODY_RUN, Speakers, is_bare_kind, opens_with_pronoun

__all__ = ["Sourced", "article_sources", "find_source", "is_person", "quoted_mask", "without_title"]


@dataclass(frozen=True, slots=True)
class Sourced:
    """A sentence's source in its article: who, whether a person, and whether it is quoted speech."""

    source: str | None
    person: bool
    speech: bool  # a direct quotation, or a sentence of one that runs over several sentences
    said: bool = False  # the source is named by a verb of saying, not by "according to"
    quotation: int = -1  # the first sentence of the quotation the sentence belongs to (its own when none)
    written: str | None = None  # the sentence's own words for a source read as someone named earlier


def article_sources(sentences: list[tuple[str, int]], config: EngineConfig) -> list[Sourced]:
    """The source of each sentence of an article, in reading order.

    `sentences` are (text, paragraph number). A quotation that runs over several sentences of a
    paragraph takes its speaker from whichever of them names one; a quotation that follows a
    speaker's quotation in the same paragraph, naming nobody, is theirs too; pronouns resolve with
    the article's context (`Speakers.resolve`).
    """
    found: list[Found] = []
    quoting: list[bool] = []  # whether the sentence is (part of) a direct quotation
    quotes: list[str] = []  # the quoted words of each sentence
    group_of: list[int] = []
    open_quote = False
    previous_block = None
    for index, (text, block) in enumerate(sentences):
        continued = open_quote
        if block != previous_block:
            # a quotation that runs into the next paragraph reopens it with a quotation mark
            continued = open_quote and _starts_with_quote(text)
            open_quote = False
        starts_open = open_quote
        found.append(find_source(text, config, starts_open))
        spans, open_quote = quoted_mask(text, starts_open)
        quoting.append(bool(spans))
        quotes.append(" ".join(text[a:b] for a, b in spans))
        group_of.append(group_of[-1] if continued and index else index)
        previous_block = block
    _split_retagged(found, sentences, group_of)
    # a quotation over several sentences: one speaker for all of them
    named: dict[int, tuple[int, Found]] = {}  # a quotation's group -> the sentence that names its speaker
    for index, item in enumerate(found):
        if (item.source or item.pronoun) and group_of[index] not in named:
            named[group_of[index]] = (index, item)
    speakers = Speakers(config)
    results: list[Sourced] = []
    for index, (text, block) in enumerate(sentences):
        speakers.learn(text, index, block)
        item = found[index]
        own = item
        grouped = group_of[index] != index or (index + 1 < len(sentences) and group_of[index + 1] == index)
        naming = index
        if not (item.source or item.pronoun):
            naming, item = named.get(group_of[index], (index, item))
        speech = grouped  # a sentence of a quotation that runs over several sentences
        if naming < index and results[naming].source and not (
            results[naming].person and _named_in(results[naming].source or "", quotes[index])
        ):
            # the quotation's speaker, as read where they were named ('…said that China "must deal. Or else."')
            results.append(Sourced(results[naming].source, results[naming].person, True, True))
            _still_speaking(speakers, results[-1], index, text)
            continue
        if (
            not (item.source or item.pronoun) and quoting[index] and index > 0
            and (sentences[index - 1][1] == block or group_of[index] == group_of[index - 1])
            and quoting[index - 1] and _starts_with_quote(text) and results[-1].source
        ):
            carried: str | None = results[-1].source
            if carried and results[-1].person and _named_in(carried, quotes[index]):
                carried = None  # '"…," Peskov said. "Haddad lied."': Haddad's name in the words is not the speaker
            results.append(Sourced(carried, carried is not None and results[-1].person, True, True))
            _still_speaking(speakers, results[-1], index, text)
            continue
        opened_at = group_of[index]
        if (
            not (item.source or item.pronoun) and opened_at < index and opened_at not in named
            and results[opened_at].source and results[opened_at].person
            and not _named_in(results[opened_at].source or "", quotes[index])
        ):
            # '"This was not a military target. This was a home for 200 families."': the quotation's later
            # sentences are its first sentence's speaker's
            results.append(Sourced(results[opened_at].source, True, True, True))
            _still_speaking(speakers, results[-1], index, text)
            continue
        last = _quotation_speaker(results, group_of, index)
        if (
            not (item.source or item.pronoun) and index > 0 and sentences[index - 1][1] != block
            and _starts_with_quote(text)
            and (_starts_with_quote(sentences[index - 1][0]) or _left_open(sentences[index - 1][0], quoting[index - 1]))
            and last.person and last.said
            and _quotes_alone(found, sentences, index, block) and not _named_in(last.source or "", quotes[index])
        ):
            # a paragraph that is nothing but a quotation, right after a paragraph that quoted someone: theirs
            # (also when that paragraph's quotation ran on, unclosed, into this one)
            results.append(Sourced(last.source, True, True, True))
            _still_speaking(speakers, results[-1], index, text)
            continue
        if item.pronoun:
            # "The package will arrive in May, he said.": a closing tag, no one else named, reads as an opening one
            opens = opens_with_pronoun(text) or (
                _CLOSING_TAG.search(text) is not None and not _NAMED.search(text.split(",")[0][1:])
            )
            at = index
            if group_of[index] < index and _starts_with_quote(sentences[group_of[index]][0]):
                # '"Measles is not mild. One in five will need care," she said.': the tag speaks for the
                # quotation from its first sentence, and is read from there
                at, opens = group_of[index], True
            relative = _PRONOUN_IN_CLAUSE.search(text) if not opens and item.pronoun == "n" else None
            if relative:
                # "The VFW praised the raise, which it said would put $2,300…": the one the sentence is about
                name = _clause_subject(text, config)
            elif opens and speakers.in_dialogue(at, text):
                name = None
            else:
                name = (
                    speakers.by_subject(item.pronoun, at, text, opens) or speakers.resolve(item.pronoun, at, opens)
                    or speakers.just_spoke(item.pronoun, at, text, opens)
                    or speakers.sole_subject(item.pronoun, at)
                    or speakers.sole_fitting_speaker(item.pronoun, at)
                    or speakers.sole_person_in_view(item.pronoun, at)
                )
            if name and _named_in(name, quotes[index]):
                name = None  # '"Haddad is lying," he said.': whoever "he" is, not Haddad
            if name and opens:
                speakers.continue_with(index, name)
            if name and item.pronoun in {"n", "p"}:
                # "In a statement, it said… It said Russian forces had lost 1,200": the body speaks on
                (speakers.bodies if item.pronoun == "n" else speakers.groups).append((index, name))
            if name is None and item.pronoun == "p":
                # '"We have no further comment," they said.': a body speaking as "we" (anywhere in its quotation)
                words = " ".join(q for at, q in enumerate(quotes) if group_of[at] == group_of[index])
                name = speakers.body_that_spoke(index) if _WE.search(words) else None
            if name is None and item.pronoun in {"m", "f"}:
                speakers.voices.append(index)
            # "he said", resolved or not, is reported speech
            results.append(Sourced(name, name is not None and item.pronoun in {"m", "f"}, speech, True))
            continue
        if item.source is None:
            if item.voiced:
                speakers.voices.append(index)
            # two speakers in doubt still make reported speech
            results.append(Sourced(None, False, False, item.verb_at >= 0))
            continue
        if TWO_VOICES in item.source:
            results.append(_two_voices(item.source, speakers, config, index, text))
            continue
        name, titled = _as_named(item.source, speakers, config)
        lead, _, team = name.partition(" and ")
        if team and " " not in lead and lead[:1].isupper():
            name = f"{speakers.full_name(lead)} and {team}"  # "Paganini and his team": Lucas Paganini's
        person = titled or is_person(name, config)
        if item is not own and person and _named_in(name, quotes[index]):
            # a quotation's later sentence that names its speaker's name in the third person: in doubt
            results.append(Sourced(None, False, speech, True))
            continue
        owned = _OWNED_BY_PRONOUN.match(name)
        if owned and (owner := _pronoun_owner(speakers, owned.group(1).lower(), index, text)):
            name = f"{owner}'s {owned.group(2)}"  # "Former minister Tom Reed was charged. His lawyer said…"
        as_written = name
        holder = speakers.holder(name, index)
        demonym = speakers.person_of_demonym(name, index)
        if holder:
            name, person = holder, True
        elif demonym is not None:
            if not demonym:  # "the Italian" with two people in view: in doubt
                results.append(Sourced(None, False, speech, item.verb_at >= 0))
                continue
            name, person = demonym, True  # "the Italian added": the one person who spoke
        elif (body := speakers.organisation(name, index)) is not None:
            name = body  # "CNBC reported… The news organization, citing a source, reported"
        elif (owner := _document_owner(name)) and (body := speakers.organisation(owner, index)) is not None:
            name = body  # "The Ministry of Finance said… , the ministry's data showed": the ministry's
        elif owner and owner.split()[1].islower():
            # "according to the bank's estimates" with two banks in view: whose estimates, in doubt
            results.append(Sourced(None, False, speech, item.verb_at >= 0))
            continue
        elif (voice := _voice_of_kind(name)) and (body := speakers.organisation(f"the {voice[0]}", index)):
            name = f"{body} {voice[1]}"  # "WeWork… A company spokesperson said": WeWork's spokesperson
        elif speakers.unresolved_kind(name, index):
            # "the company" with two companies in view, "the barrister" after several people: in doubt,
            # the claim's own words say it
            speakers.record(name, False, index, text)  # (someone spoke: a "she said" next is not past them)
            results.append(Sourced(None, False, speech, item.verb_at >= 0))
            continue
        elif _described_body(name, config) and (acting := speakers.acting_body(index - 1)):
            name = acting  # "The Observatory lowered the signal… The weather forecaster said": the body just named
        elif (earlier := speakers.earlier_voice(name, index)) is not None:
            name = earlier  # "A senior official in the party… told POLITICO… the official said": the same one
        elif _bare_voice(name) and (body := speakers.organisation("the organisation", index)) is not None:
            name = f"{body} {name.split()[-1]}"  # "The NCSC said… A spokesperson said": the NCSC's
        elif (
            is_bare_kind(name) or ((voice := _voice_of_kind(name)) and is_bare_kind(f"the {voice[0]}"))
            or _bare_voice(name)
        ):
            # "the company said", "a company spokesperson said" with no company in view it could stand
            # for: a kind names no one a checker could call; the claim's own words say it (someone spoke:
            # a "he said" next is not past them, and an "it said" has no body to go to)
            speakers.voices.append(index)
            results.append(Sourced(None, False, speech, item.verb_at >= 0))
            continue
        elif bare_office(name, config) and (
            speakers.offices.get(name.lower().split()[1]) or speakers.person_spoke_within(index)
        ):
            # "the president", and the article names a president we cannot be sure of, or someone just
            # spoke who may hold the office ("Finance minister HS Nagaraj said… the minister said"): in doubt
            results.append(Sourced(None, False, speech, item.verb_at >= 0))
            continue
        elif (
            (document := _document(name)) and results and results[-1].source
            and re.search(rf"\b(?:in|issued|released|published) (?:a|an|its|their|his|her) (?:\w+ )?{document}\b",
                          sentences[index - 1][0])
        ):
            # "…, the military said in a statement." then "…, the statement said." (not "citing a statement from…")
            name, person = results[-1].source, results[-1].person
        elif document and (issuer := _issuer(sentences[index - 1][0] if index else "", document)):
            name, person = issuer, False  # "Big Machine Records issued a statement… The statement claimed…"
        elif document and (
            publisher := _publisher([text for text, _ in sentences[max(0, index - 3) : index]], document)
        ):
            name, person = publisher, False  # "According to a report in the Argus Leader… The report says…"
        elif document and (reporter := _speaker_of_document(results, [t for t, _ in sentences], index, document)):
            # "In its latest situation report, the agency said… According to the report,": the report's body
            name, person = reporter.source or name, reporter.person
        elif document and (owner := _sole_owner_of(document, [t for t, _ in sentences[:index]])):
            name, person = owner, False  # "Election Commission data showed… (four sentences on) the data showed"
        elif document in _ISSUED or document in _FIGURES:
            # "the statement said", "according to the data" with no issuer in view: a document names no one a
            # checker could call (a study or a report is a work a checker can look up, and stands)
            speakers.voices.append(index)
            results.append(Sourced(None, False, speech, item.verb_at >= 0))
            continue
        speakers.record(name, person, index, text)
        # (not a voice of a body named for it: "A company spokesperson" is "WeWork spokesperson" already)
        written = as_written if name != as_written and _DESCRIBED.match(as_written) and not (
            _VOICE_WORDS.search(as_written) or _document(as_written)
        ) else None
        results.append(Sourced(name, person, speech, item.verb_at >= 0, written=written))
    # a body goes out with the initials the article bracketed after its name, however it was reached ("it said")
    # a source the sentence describes ("the statistics bureau said") goes out in its words, then whom they
    # were read as: "the statistics bureau (Australian Bureau of Statistics)"
    return [
        replace(r, source=_as_described(r.written, _with_initials(r, speakers)), quotation=group_of[index])
        for index, r in enumerate(_tagged_later(results, group_of, named))
    ]


def _with_initials(result: Sourced, speakers: Speakers) -> str | None:
    if not result.source or result.person:
        return result.source
    return _initials_alone(speakers.with_initials(result.source))


# a source told by what it is, not by name: "the statistics bureau", "the minister", "a senior official"
_DESCRIBED = re.compile(r"(?:[Tt]he|[Aa]n?)\s[a-z]")
_VOICE_WORDS = re.compile(r"(?i)\bspokes(?:man|woman|person|people|men|women)\b|\brepresentative\b")


def _as_described(written: str | None, source: str | None) -> str | None:
    if not written or not source or written.lower() in source.lower():
        return source
    return f"{written} ({source})"


def _initials_alone(source: str) -> str:
    """ "The UKHSA" -> "UKHSA", "An IMF" (forecast) -> "IMF": initials are a name, which goes without its article."""
    m = _ARTICLE_INITIALS.fullmatch(source)
    return m.group(1) if m else source


_ARTICLE_INITIALS = re.compile(r"(?:[Tt]he|An?)\s+([A-Z][A-Z0-9&+-]*[A-Z0-9+])")


def _split_retagged(found: list[Found], sentences: list[tuple[str, int]], group_of: list[int]) -> None:
    """A quotation left open at a paragraph's end goes on in the next only if that paragraph's quotation
    names no speaker of its own: 'Lund said: "We will not back down. ¶ "Exports rose 4%," Berg replied.' is
    Berg's from the paragraph's start."""
    for index in range(1, len(sentences)):
        block = sentences[index][1]
        if group_of[index] == index or sentences[index - 1][1] == block:
            continue  # not the first sentence of a paragraph that continues a quotation
        group = group_of[index]
        same = [k for k in range(index, len(sentences)) if sentences[k][1] == block and group_of[k] == group]
        if any(found[k].source or found[k].pronoun for k in same):
            for k in same:
                group_of[k] = index


def _tagged_later(results: list[Sourced], group_of: list[int], named: dict[int, tuple[int, Found]]) -> list[Sourced]:
    """A quotation's earlier sentences take the speaker its closing "she said" was resolved to, which is
    known only once the reading got there: '"Measles is not mild. One in five…," she said.'"""
    for index, result in enumerate(results):
        tagged_at, tag = named.get(group_of[index], (index, Found()))
        tagged = results[tagged_at]
        if result.source is None and tagged_at > index and tag.pronoun and tagged.source and tagged.person:
            results[index] = Sourced(tagged.source, True, True, True)
    return results


def _quotation_speaker(results: list[Sourced], group_of: list[int], index: int) -> Sourced:
    """What the sentence before `index` was sourced to, or, when it was a later sentence of a quotation
    that named nobody, what the quotation's first sentence was."""
    at = index - 1
    while at > 0 and results[at].source is None and group_of[at] == group_of[at - 1]:
        at -= 1
    return results[at] if at >= 0 else Sourced(None, False, False)


def _still_speaking(speakers: Speakers, carried: Sourced, index: int, text: str) -> None:
    """A person whose quotation goes on in this sentence spoke in it: a "she said" next is still them."""
    if carried.source and carried.person:
        speakers.record(carried.source, True, index, text)


def _quotes_alone(found: list[Found], sentences: list[tuple[str, int]], index: int, block: int) -> bool:
    """Whether no sentence of this paragraph names a source of its own (the quotation's speaker is not
    named further on: '"We will win." "We always do," said Berg.' is Berg's)."""
    for at in range(index, len(sentences)):
        if sentences[at][1] != block:
            return True
        if found[at].source or found[at].pronoun or found[at].voiced:
            return False
    return True


def _named_in(name: str, quoted: str) -> bool:
    """Whether the person's surname stands in the quoted words: they are spoken of, not speaking."""
    surname = name.split()[-1] if name else ""
    return bool(surname) and re.search(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", quoted) is not None


_VOICES = frozenset("spokesperson spokesman spokeswoman official officials representative representatives".split())


def _bare_voice(name: str) -> bool:
    """ "A spokesperson", "the spokeswoman": someone speaking for a body or a person the phrase does not name."""
    words = name.lower().split()
    return len(words) == 2 and words[0] in {"a", "an", "the"} and words[1] in _VOICES - {"official", "officials"}


def _voice_of_kind(name: str) -> tuple[str, str] | None:
    """ "A company spokesperson" -> ("company", "spokesperson"): someone speaking for a body told by its kind."""
    words = name.lower().split()
    if words and words[0] in {"a", "an", "the"}:
        words = words[1:]
    if len(words) == 4 and words[0] in _VOICES and words[1:3] == ["for", "the"]:
        return words[3], words[0]  # "A spokesman for the company"
    return (words[0], words[1]) if len(words) == 2 and words[1] in _VOICES else None


def _publisher(before: list[str], document: str) -> str | None:
    """Who published the report the sentences before spoke of: "according to a report in the Argus Leader",
    "industry sources cited by Taiwanese publication DigiTimes" (the latest one named)."""
    names: list[str] = []
    for sentence in before:
        for m in _PUBLISHED_IN.finditer(sentence):
            if m.group("doc") == document or m.group("doc") is None:
                names.append(m.group("name").strip())
        for m in _CITED_BY.finditer(sentence):
            runs = re.findall(r"(?:[A-Z][\w&.'’-]*\s?)+", m.group(1))
            if runs:
                names.append(runs[-1].strip().rstrip("."))  # "cited by Taiwanese publication DigiTimes": DigiTimes
    names = [n for n in names if n.split()[0] not in {"The", "A", "An"}] or names
    return names[-1] if names and len(set(names)) == 1 else None


_PUBLISHED_IN = re.compile(
    r"\b(?:(?:a|an|the)\s(?:new\s|recent\s)?(?P<doc>report|study|survey|analysis|story)\s"
    r"(?:(?:published|released|issued|compiled)\s(?:(?:in|on|last)\s\w+\s)?)?(?:in|by|from)"
    r")\s(?:the\s)?(?P<name>[A-Z][\w&.'’-]*(?:\s(?:(?:of|for|and|on|the)\s)*[A-Z][\w&.'’-]*){0,6})"
)
_CITED_BY = re.compile(r"\bcited by((?:\s[\w&.'’-]+){1,6}?)(?=[,.;]|$)")


def _issuer(sentence: str, document: str) -> str | None:
    """Who the sentence says issued the document: "On Monday, Big Machine Records issued a statement"."""
    m = re.search(
        rf"\b((?:[A-Z][\w&.'’-]*\s){{0,4}}[A-Z][\w&.'’-]*)\s(?:issued|released|published|put out|sent)\s"
        rf"(?:a|an)\s(?:\w+\s)?{document}\b",
        sentence,
    )
    if m is None or m.group(1).split()[0] in {"On", "In", "The", "A", "An", "Last", "This"}:
        return None if m is None else " ".join(m.group(1).split()[1:]) or None
    return m.group(1)


# documents a body issues in its own name (not studies and reports, which are sources of their own)
_ISSUED = frozenset("statement statements release notice notification circular memo memorandum letter bulletin "
                    "communique filing".split())


# a source owned by a he or a she: "His lawyer", "Her office", "their spokesman"
_OWNED_BY_PRONOUN = re.compile(r"(his|her|His|Her)\s+([a-z][a-z -]*)$")


def _pronoun_owner(speakers: Speakers, word: str, index: int, text: str) -> str | None:
    """Whom "his" or "her" opening a sentence stands for, by the rules a "he" or "she" there is read by."""
    pronoun = "m" if word == "his" else "f"
    closing = not text.lstrip("\"“‘' ").lower().startswith(word)
    return (
        (closing and _subject_owner(speakers, pronoun, index, text, word))
        or speakers.by_subject(pronoun, index, text, True) or speakers.resolve(pronoun, index, True)
        or speakers.sole_subject(pronoun, index) or speakers.sole_fitting_speaker(pronoun, index)
    )


# an "it" that speaks inside a clause about something the sentence names: "which it said would…"
_PRONOUN_IN_CLAUSE = re.compile(r"\bwhich\s+it\s+(?:had\s+|has\s+)?[a-z]+\b")
# the name a sentence opens with: "The Veterans of Foreign Wars, by contrast, praised…"
_OPENING_NAME_RUN = re.compile(rf"\W*(?:The\s+)?({BODY_RUN})[,\s]")


def _clause_subject(text: str, config: EngineConfig) -> str | None:
    """Whom an "it" speaking inside a clause stands for: the body the sentence opens with; nobody when the
    sentence opens with no such name (a "he" or "she" there is read by the subject rules as before)."""
    m = _OPENING_NAME_RUN.match(text)
    first = m.group(1).split()[0].lower() if m else ""
    if m is None or first in NOT_NAMES or first in DETERMINERS or is_person(m.group(1), config):
        return None
    return m.group(1)


def _subject_owner(speakers: Speakers, pronoun: str, index: int, text: str, word: str) -> str | None:
    """ "John Smith was released on bail, his lawyer said": the sentence's own subject, of that gender, with
    nobody named between it and the "his" (not "Smith met Tom Reed, his lawyer said")."""
    subject = speakers.subjects[index] if index < len(speakers.subjects) else None
    if not subject or speakers.gender(subject) != pronoun:
        return None
    surname = subject.split()[-1]
    at, owned = text.find(surname), text.lower().rfind(f" {word} ")
    if at < 0 or owned < at:
        return None
    # a name between the subject and "his": someone else it may stand for (a day or a month is nobody)
    between = _CAPITALISED.findall(text, at + len(surname), owned)
    return None if any(w.lower() not in MONTHS and w.lower() not in TIME_WORDS for w in between) else subject


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _as_named(source: str, speakers: Speakers, config: EngineConfig) -> tuple[str, bool]:
    """The source as the article names it: without its title, in full, its initials spelled out; and
    whether a title said it is a person."""
    name, titled = without_title(source, config)
    return speakers.spelled_out(speakers.full_name(name)), titled


def _two_voices(source: str, speakers: Speakers, config: EngineConfig, index: int, text: str) -> Sourced:
    """Both sources of a sentence whose clauses have one each, each named as the article names it; in
    doubt (none) when either is a kind or a description that resolves to no one."""
    named: list[str] = []
    for part in source.split(TWO_VOICES):
        name, titled = _as_named(part, speakers, config)
        body = speakers.organisation(name, index)
        name = body or name
        person = titled or is_person(name, config)
        proper = [w for w in name.split() if w[:1].isupper() and w.lower() not in config.speaker_nouns]
        if is_bare_kind(name) or _bare_voice(name) or not proper:
            # ("Police said…, but Broussard said…": "Police" may be any force; in doubt, as one of two)
            speakers.voices.append(index)
            return Sourced(None, False, False, True)
        named.append(name)
        speakers.record(name, person, index, text)
    return Sourced(TWO_VOICES.join(named), False, False, True)


def _speaker_of_document(results: list[Sourced], texts: list[str], index: int, document: str) -> Sourced | None:
    """The source of the latest of the last three sentences that spoke of a document of this kind as its
    source's own ("its latest situation report", "said in a statement"), when that source was a body."""
    own = re.compile(
        rf"\b(?:its|their|in a|in an|issued a|released a|published a)\s(?:[\w-]+\s){{0,3}}?{document}\b"
        rf"|\b{document}\s(?:from|by)\s"  # "The annual rental market report from CMHC showed"
        # "Election Commission data showed"
        rf"|\b(?-i:[A-Z])[\w.&'’-]*\s{document}\s(?:showed|shows|released|published)\b"
    )
    for at in range(index - 1, max(-1, index - 4), -1):
        if own.search(texts[at]) and results[at].source and not results[at].person:
            return results[at]
    return None


_FIGURES = frozenset({"data", "figures", "statistics", "numbers", "results", "tally", "count"})


def _described_body(name: str, config: EngineConfig) -> bool:
    """ "The weather forecaster", "the state broadcaster": a body told by what it does, no name and no office."""
    words = name.split()
    return (
        len(words) == 3 and words[0].lower() == "the" and all(w.islower() for w in words[1:])
        and agent_noun(words[-1]) and words[-1] not in config.titles and words[-1] not in config.speaker_nouns
    )


def _sole_owner_of(document: str, texts: list[str]) -> str | None:
    """The one body the article has named as the owner of a document of this kind ("Election Commission data")."""
    pattern = re.compile(rf"((?:(?-i:[A-Z])[\w.&'’-]*\s){{1,4}}){document}\b", re.IGNORECASE)
    owners = {
        m.group(1).strip().removeprefix("The ").removesuffix("'s").removesuffix("’s")
        for text in texts for m in pattern.finditer(text)
    }
    owners = {owner for owner in owners if owner and owner.lower() not in {"the", "a", "an", "its", "their"}}
    return owners.pop() if len(owners) == 1 else None


def _document(name: str) -> str | None:
    """ "the statement" -> "statement": a document that speaks for whoever issued it."""
    words = name.lower().split()
    if len(words) == 3 and words[0] == "the" and name.split()[1].islower() and words[2] in DOCUMENTS:
        return words[2]  # "the election data"
    if len(words) == 1 and words[0] in DOCUMENTS:
        return words[0]  # "according to data tabled in Parliament"
    # ("a statement said": one no one is named as issuing)
    return words[1] if len(words) == 2 and words[0] in {"the", "a", "an"} and words[1] in DOCUMENTS else None


def _left_open(text: str, quoted: bool) -> bool:
    """Whether a quotation runs on past the sentence's end (the paragraph's close is left open when the
    same speaker's quotation goes on in the next paragraph): its last quotation mark opens one, or it
    has none and stands inside a quotation."""
    marks = [c for c in text if c in "“”\""]
    if not marks:
        return quoted
    return marks[-1] == "“" or (marks[-1] == '"' and len(marks) % 2 == 1)


def _starts_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in OPEN_QUOTES


# (or set in the middle of what was said: "Turnout was 86.3%, she said, the lowest since 1924.")
_CLOSING_TAG = re.compile(r",[\"”’']?\s+(?:he|she)\s+(?:said|says|added|told [a-z]+)(?:\.?\s*$|,\s)")
_NAMED = re.compile(r"\b[A-Z][a-z]+\s[A-Z][a-z]+")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


_OWNED_DOCUMENT = re.compile(r"(?i)^(the \w+)['’]s (?:[\w-]+ ){0,2}(\w+)$")


def _document_owner(name: str) -> str | None:
    """ "the ministry" of "the ministry's data", "the bank's latest estimates": whose document it is."""
    m = _OWNED_DOCUMENT.match(name)
    return m.group(1) if m and m.group(2).lower() in DOCUMENTS else None
