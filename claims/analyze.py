"""One sentence at a time: what type of claim it is and how much it matters (its source: claims.attribution)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.attribution import find_source, is_person, without_title
from claims.config import ClaimType, EngineConfig
from claims.factual import reports_the_past, without_the_month_may
from claims.model import TIME_SPANS, Quantity
from claims.numbers import date_texts, find_quantities
from claims.source_words import SUBORDINATORS

_QUOTED = re.compile(r'"([^"]{1,2000})"|“([^”]{1,2000})”')
_WORDS = re.compile(r"[a-z][a-z'’-]*")
# spans of time and ages ("after four days of fighting", "a 16-year-old boy"): context, not the claim
# every way of writing an age reads as one of these units (numbers.keep)
_AGES = frozenset(["years old", "months old", "weeks old", "days old"])
# the size of what a sentence names ("the 193-member General Assembly", "a three-judge panel"): context too
_SIZES = frozenset("member judge nation country page point storey story lane bed room seat man woman person".split())
_DURATIONS = TIME_SPANS | _AGES | _SIZES
# the word before a verb that makes it a plan, a wish, a condition, a denial or a noun's description rather
# than something that happened ("if convicted", "never signed", "the second elected governor")
_NOT_DONE = re.compile(
    r"(?:to|will|would|shall|should|can|could|may|might|must|cannot|gonna|wanna|be|a|an|the|tax|budget|spending|pay|"
    r"if|unless|whether|not|never|first|second|third|newly|democratically|popularly|"
    r"let's|.+['’](?:ll|d))$"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|we're|we've|let's|you|your|you're)\b")
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’.-]*(?:\s(?:of\s|the\s|al-)?[A-Z][\w'’.-]*)*")
_PROPER_NAMES = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
_DATE_WORDS = frozenset(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday I".split()
)


@dataclass(frozen=True, slots=True)
class Analysis:
    type: str | None
    score: float
    quantities: tuple[Quantity, ...]
    attribution: str | None
    dates: tuple[str, ...]
    actors: tuple[str, ...]
    speaker_is_person: bool
    empty_speech: bool = False  # a quotation that asserts nothing checkable ("Forgive us")


def quoted_words(sentence: str) -> int:
    """How many words stand inside direct quotation marks."""
    return sum(len((m.group(1) or m.group(2) or "").split()) for m in _QUOTED.finditer(sentence))


_INTRODUCED_QUOTE = re.compile(r"[:,]\s*[\"“]")


def is_quote(sentence: str) -> bool:
    """A direct quotation of some length: it opens the sentence, or a colon or comma introduces it
    ('X said: "…"'). Quoted words as the object of a verb ('urged an "end to the violence"') and
    scare quotes ("systematic obstruction") make a statement, not a quote."""
    words = quoted_words(sentence)
    if words < 4:
        return False
    if sentence.lstrip().startswith(('"', "“")):
        return True
    return words * 2 >= len(sentence.split()) and _INTRODUCED_QUOTE.search(sentence) is not None


def attribution(sentence: str, config: EngineConfig, last_speaker: str | None = None) -> tuple[str | None, bool]:
    """Who the sentence is attributed to, a pronoun ("he added") standing for `last_speaker`.

    Returns the source and whether it names a person (so it can stand for a later "he").
    Within an article, `extract_article` resolves pronouns with more care (gender, distance).
    """
    source, person, _ = _attribution(sentence, config, last_speaker)
    return source, person


def _attribution(sentence: str, config: EngineConfig, last_speaker: str | None) -> tuple[str | None, bool, bool]:
    found = find_source(sentence, config)
    if found.pronoun:
        return last_speaker, bool(last_speaker), last_speaker is not None
    if found.source is None:
        return None, False, found.verb_at >= 0  # two speakers in doubt: reported speech all the same
    return (*name_source(found.source, config, last_speaker), found.verb_at >= 0)


def name_source(source: str, config: EngineConfig, last_speaker: str | None = None) -> tuple[str, bool]:
    """The source as the checklist shows it: the person without their office, a surname made whole."""
    name, titled = without_title(source, config)
    if last_speaker and " " not in name and last_speaker.endswith(" " + name):
        name = last_speaker  # "Peskov said" after "Dmitry Peskov said"
    return name, titled or is_person(name, config)


def _done(rule_words: frozenset[str], tokens: list[str]) -> bool:
    """Whether one of `rule_words` stands as something done, not planned or named ("will cut", "a cut")."""
    return any(token in rule_words and (i == 0 or not _NOT_DONE.match(tokens[i - 1])) for i, token in enumerate(tokens))


def _stray(quantity: Quantity) -> bool:
    """A number spelled out below ten, or a bare digit below ten with nothing counted: "one country, two
    systems", "two people familiar with the matter" make no quantity claim (a count of the dead does)."""
    small = quantity.value < 10 and not quantity.unit.isupper()  # money ("$5", unit USD) is never stray
    spelled = not any(ch.isdigit() for ch in quantity.text.split()[0]) if quantity.text else True
    return small and (spelled or not quantity.unit)  # "two F-16 jets": the model's digits count nothing


_WRITTEN_PERCENT = re.compile(r"%|per\s?cent|pct|(?<=\d)\s?pc\b", re.IGNORECASE)


def _unit_of_rule(quantity: Quantity) -> str:
    """The unit a type's rule reads: a share told as a fraction ("more than half of the districts",
    "two-thirds of the electorate") is a quantity; a percentage is one a percent is written for."""
    if quantity.unit == "percent" and not _WRITTEN_PERCENT.search(quantity.text):
        return "share"
    return quantity.unit


def _units_hold(rule: ClaimType, quantities: tuple[Quantity, ...], small_count: bool = False) -> bool:
    """Whether a figure of one of the rule's units is in the sentence (`small_count`: a spelled small
    number counts as a figure too)."""
    if not rule.units:
        return False
    for quantity in quantities:
        unit = _unit_of_rule(quantity)
        if unit in rule.units or ("*" in rule.units and unit != "percent" and (small_count or not _stray(quantity))):
            return True
    return False


# a span of time that is the figure a claim states, not its context: a sentence, a term, a limit
# ("punishable by up to five years", "a maximum sentence of five years"), not "after four days of fighting"
_MEASURED_SPAN = re.compile(
    r"\b(?:up to|sentences? of|terms? of|maximum of|minimum of|at least|at most|no more than)\s+(?:[a-z]+\s)?"
    r"(?:years?|months?|weeks?|days?|hours?|decades?)\b",
    re.IGNORECASE,
)


def _rule_holds(
    rule: ClaimType,
    sentence: str,
    tokens: list[str],
    quantities: tuple[Quantity, ...],
    source: str | None,
    speech: bool = False,
    said: bool = False,
) -> bool:
    if _units_hold(rule, quantities):
        return True
    if rule.words and not rule.words.isdisjoint(tokens) and (not rule.done or _done(rule.words, tokens)):
        return True
    if rule.patterns and any(p.search(sentence) for p in rule.patterns):
        return True
    if rule.quote and (speech or is_quote(sentence)):
        return True
    return rule.attributed and (source is not None or said)


# how far from somewhere a place lies ("the village of Novoserhiivka, about 15 kilometers southwest of
# Pokrovsk", "60 km (37 miles) to the south"): where, not what is claimed
_LOCATING = re.compile(
    r"(?i)\)?(?:\s*(?:\(\d[\d,.]*\s*(?:miles|mi|km|kilometers|kilometres)\)\s*))?\s*(?:to the\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|"
    r"from|outside|away|inland|offshore)\b"
)
_DISTANCES = frozenset("km kilometers kilometres miles mi".split())


def _where_it_lies(quantity: Quantity, sentence: str) -> bool:
    """Whether a distance only says where a place lies."""
    if not quantity.unit or quantity.unit.split()[0] not in _DISTANCES:
        return False
    at = sentence.find(quantity.text)
    return at >= 0 and _LOCATING.match(sentence, at + len(quantity.text)) is not None


def claim_type(
    sentence: str,
    config: EngineConfig,
    quantities: tuple[Quantity, ...],
    source: str | None,
    speech: bool = False,
    said: bool = False,
) -> ClaimType | None:
    """The first configured type whose rule holds for the sentence.

    A sentence that reports what someone said (`said`) skips the types marked `unsourced_only`:
    reported speech is a quote or a statement before it is an event.
    """
    tokens = _WORDS.findall(sentence.lower())
    # a span of time ("after four days of fighting") is context: the sentence takes the type of what
    # happened, and is a quantity for its durations only when no other rule holds
    # a duration is context (below); a stray small number is no figure to count (`_units_hold`)
    figures = tuple(q for q in quantities if q.unit not in _DURATIONS and not _where_it_lies(q, sentence))
    # an age ("Assange, 47,", "aged 18 to 25") describes someone: it never makes the claim a quantity
    durations = tuple(q for q in quantities if q.unit not in _AGES) if len(figures) < len(quantities) else ()
    measured = bool(durations) and _MEASURED_SPAN.search(sentence) is not None
    fallback = None
    for rule in config.types:
        if said and rule.unsourced_only:
            continue
        if _rule_holds(rule, sentence, tokens, figures, source, speech, said):
            return rule
        if fallback is None and _units_hold(rule, durations, small_count=measured):
            fallback = rule
    return fallback


def _actors(sentence: str) -> tuple[str, ...]:
    names = []
    for m in _CAPITALISED.finditer(sentence):
        name = m.group(0).rstrip(".,")
        if name not in _DATE_WORDS and len(name) > 1:
            names.append(name)
    return tuple(dict.fromkeys(names))[:8]


def _hedge_count(words: list[str], config: EngineConfig) -> int:
    return sum(1 for w in words if w in config.hedges)


def check_worthiness(
    sentence: str,
    rule: ClaimType | None,
    quantities: tuple[Quantity, ...],
    source: str | None,
    dates: tuple[str, ...],
    actors: tuple[str, ...],
    config: EngineConfig,
) -> float:
    """0 to 1: how much an editor should care that this sentence is true.

    Typed, sourced, specific claims score high; questions, opinion, first-person talk and unsourced
    predictions score low.
    """
    words = re.findall(r"[a-z']+", without_the_month_may(sentence).lower())
    score = rule.weight if rule else 0.3
    score += min(0.1, 0.05 * len(quantities)) + (0.05 if dates else 0.0) + (0.05 if source else 0.0)
    score += 0.05 if len(_PROPER_NAMES.findall(sentence)) >= 2 else 0.0
    hedges = _hedge_count(words, config)
    if source:
        hedges -= words.count("would")  # "She said the party would talk to everyone": reported "will", no doubt
    score -= min(0.45, (0.05 if source else 0.15) * hedges)
    score -= min(0.3, 0.1 * sum(1 for w in words if w in config.opinion_words))
    # a plain statement about money, jobs, health or the law weighs more; a wish about them does not
    if hedges == 0 and not config.topic_words.isdisjoint(words):
        score += 0.2
    if sentence.rstrip().rstrip('"”’').endswith("?"):
        score -= 0.4
    # "I think we should" is talk; "I voted against it" is a record someone can check
    if _FIRST_PERSON.search(sentence) and not quoted_words(sentence) and not reports_the_past(sentence):
        score -= 0.2
    if len(words) < 8:
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 3)


def analyze(
    sentence: str,
    config: EngineConfig,
    last_speaker: str | None = None,
    details: bool = True,
    resolved: tuple[str | None, bool, bool] | None = None,
    speech: bool = False,
) -> Analysis:
    """Everything the engine knows of one sentence (`details=False` leaves out the named actors).

    `resolved` is the sentence's source, whether it is a person and whether the sentence reports
    their words (a verb of saying, not "according to"), when the article's context has already
    found them; otherwise they are read from the sentence alone. `speech` says the sentence is
    part of a direct quotation that runs over several sentences.
    """
    quantities = find_quantities(sentence)
    source, person, said = resolved if resolved is not None else _attribution(sentence, config, last_speaker)
    quoting = speech or is_quote(sentence) or sentence.lstrip().startswith(('"', "“"))
    if quoting and asserts_nothing(_spoken(sentence, speech), config):
        return Analysis(None, 0.0, quantities, source, (), (), person, empty_speech=True)
    rule = claim_type(sentence, config, quantities, source, speech, said)
    dates = date_texts(sentence) if rule else ()
    actors = _actors(sentence) if details else ()
    # reported speech whose speaker stays in doubt ("he said" after two men) is still someone's claim
    sourced = source if source is not None or not said else "someone"
    score = check_worthiness(sentence, rule, quantities, sourced, dates, actors, config)
    return Analysis(rule.name if rule else None, score, quantities, source, dates, actors, person)


def _spoken(sentence: str, speech: bool) -> str:
    """The words spoken: inside the quotation marks, or, in a sentence of a quotation that runs over
    several sentences, before its closing mark ('Got her!" an officer said.') or after its opening one."""
    quoted = [m.group(1) or m.group(2) or "" for m in _QUOTED.finditer(sentence)]
    if quoted:
        return " ".join(quoted)
    if speech:
        closing = max(sentence.rfind('"'), sentence.rfind("”"))
        if closing > 0:
            return sentence[:closing]
        opening = max(sentence.find('"'), sentence.find("“"))
        if opening >= 0:
            return sentence[opening + 1 :]
    return sentence


_SPOKEN_WORDS = re.compile(r"[A-Za-z][a-z'’]*")
_ANY_DIGIT = re.compile(r"\d")


def asserts_nothing(spoken: str, config: EngineConfig) -> bool:
    """Whether quoted words assert nothing a checker could rate: a plea, thanks, a feeling.

    "Forgive us", "I know what this means", "We are heartbroken": no figure, no name after the
    first word, nothing reported as done, and a plea or a first-person state of mind.
    """
    words = _SPOKEN_WORDS.findall(spoken)
    if not words or _ANY_DIGIT.search(spoken) or len(words) > 14:
        return False
    if any(w[0].isupper() and len(w) > 1 and w not in {"I'm", "I’m", "I've", "I’ve"} for w in words[1:]):
        return False
    lowered = [w.lower().replace("’", "'") for w in words]
    # a cry ("Got her!"), a condition ("If they don't, that's it"), a bare answer ("That's correct",
    # "No further comment"), or
    cry = "!" in spoken and len(words) <= 4
    # (a short one: "If the water does not drain within two weeks, the crop is finished" forecasts)
    condition = lowered[0] in {"if", "unless"} and len(words) <= 8
    answer = (len(words) <= 3 and lowered[0] in _ANSWERS) or ("comment" in lowered and "no" in lowered)
    # words to the one spoken to ("You are going to be OK", "We get that you are concerned")
    # (not a judge's finding told to the one sentenced: "You abused a position of trust")
    addressed = len(words) <= 12 and not _ADDRESSED.isdisjoint(lowered) and not _YOU_DID.search(spoken)
    if cry or condition or answer or addressed:
        return True
    if reports_the_past(spoken) and not config.empty_quote_feelings.intersection(lowered):
        return False
    plea = lowered[0] in config.empty_quote_pleas
    padded = [*lowered, "", ""]
    # (the state of mind of the main clause: not "faster than we expect", "if we feel")
    mind = any(
        word in {"i", "we", "i'm", "we're"} and not config.empty_quote_feelings.isdisjoint(padded[i + 1 : i + 3])
        and (i == 0 or lowered[i - 1] not in _SUBORDINATORS)
        for i, word in enumerate(lowered)
    )
    return plea or mind


# what the one spoken to did: "You abused a position of trust", "because of what you did"
_YOU_DID = re.compile(
    r"\b[Yy]ou\s+(?:did|took|stole|lied|knew|caused|abused|betrayed|broke|killed|[a-z]+(?<!e)ed)\b(?<!concerned)"
)
_SUBORDINATORS = SUBORDINATORS | {"than", "what", "that", "how", "once"}
_ADDRESSED = frozenset({"you", "you're", "your", "you've", "you'll", "you'd"})
_ANSWERS = frozenset({"that's", "that", "yes", "no", "correct", "right", "exactly", "absolutely", "true", "sure", "ok"})
