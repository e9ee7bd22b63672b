"""One sentence at a time: who said it, what type of claim it is, and how much it matters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.config import ClaimType, EngineConfig
from claims.factual import reports_the_past
from claims.model import Quantity
from claims.numbers import date_texts, find_quantities

_QUOTED = re.compile(r'"([^"]{1,2000})"|“([^”]{1,2000})”')
_TOKEN = re.compile(r"\S+")
_WORDS = re.compile(r"[a-z][a-z'’-]*")
_INITIALS = re.compile(r"(?:\b[A-Z]\.)+$")
_JOINERS = frozenset({"of", "for", "the", "and", "de", "del", "da", "al", "bin", "von", "van", "der", "la", "le"})
_PRONOUNS = frozenset({"he", "she"})
_DURATIONS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades".split()
)
# the word before a verb that makes it a plan, a wish or a noun rather than something that happened
_NOT_DONE = re.compile(
    r"(?:to|will|would|shall|should|can|could|may|might|must|cannot|gonna|wanna|be|a|an|the|tax|budget|spending|pay|"
    r"let's|.+['’](?:ll|d))$"
)
# capitalised at the start of a sentence, yet never a source's name: "What I've said", "We said"
_NOT_NAMES = frozenset(
    "i i've i'd i'm i'll we we've we'd you you've they they've it it's what well so and but as if when this "
    "that there here now then yes no anybody somebody nobody everybody everyone someone let's".split()
)
_GROUP_NOUNS = frozenset(
    "officials official police witnesses residents activists analysts experts authorities sources doctors "
    "researchers scientists economists investigators prosecutors spokesman spokeswoman spokesperson "
    "ministry government army military observers medics rescuers lawmakers diplomats".split()
)
_ACCORDING_TO = re.compile(r"\baccording to ((?:[\w.'’-]+\s?){1,10})", re.IGNORECASE)
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


def _strip_punct(token: str) -> str:
    return token.strip(",;:\"“”‘’'()[]")


def _is_name_token(token: str) -> bool:
    """A word that can be part of a name: capitalised ("Peskov", "al-Bab") or initials ("U.S.", "UN")."""
    word = _strip_punct(token)
    if not word or word.lower().replace("’", "'") in _NOT_NAMES:
        return False
    letters = word.replace(".", "")
    initials = len(letters) >= 2 and letters.isupper() and letters.isalpha()
    capitalised = (word[0].isupper() or word.startswith("al-")) and not word.isupper()
    return capitalised or initials


def _name_before(tokens: list[str], end: int) -> str | None:
    """The run of capitalised words just before tokens[end]: "Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"."""
    start = end
    while start > 0:
        token = tokens[start - 1]
        if token.endswith((",", ";", ":")):
            break  # a clause boundary ends the name
        if _is_name_token(token) or (token.lower() in _JOINERS and start != end):
            start -= 1
            continue
        break
    while start < end and tokens[start].lower() in _JOINERS:
        start += 1
    if start == end:
        return None
    return " ".join(_strip_punct(t) for t in tokens[start:end])


def _group_before(tokens: list[str], end: int) -> str | None:
    """ "a doctor said", "the health ministry said", "officials said": a source named by what it is."""
    if end < 1 or _strip_punct(tokens[end - 1]).lower() not in _GROUP_NOUNS:
        return None
    start = end - 1
    # keep up to two plain modifiers ("health", "defence") and the article before them
    while (
        start > 0
        and end - start < 3
        and tokens[start - 1].isalpha()
        and tokens[start - 1].islower()
        and tokens[start - 1] not in {"a", "an", "the"}
    ):
        start -= 1
    if start > 0 and tokens[start - 1].lower() in {"a", "an", "the"}:
        start -= 1
    return " ".join(_strip_punct(t) for t in tokens[start:end])


def _named_source(sentence: str, config: EngineConfig) -> tuple[str | None, bool]:
    """Who a reporting verb attributes the sentence to, and whether that is a pronoun to resolve."""
    if config.reporting_verbs.isdisjoint(_WORDS.findall(sentence.lower())):
        return None, False  # most sentences have no reporting verb: skip the token walk
    tokens = _TOKEN.findall(sentence)
    for i, token in enumerate(tokens):
        word = _strip_punct(token).lower()
        if word not in config.reporting_verbs or word == "saying":
            continue
        if i > 0 and _strip_punct(token)[:1].isupper():
            continue  # "the United States", "Gulf States": a name, not a verb of saying
        end = i
        while end > 0 and tokens[end - 1].lower() in {"has", "have", "had", "also", "later", "then", "previously"}:
            end -= 1
        if end > 0 and tokens[end - 1].lower() in _PRONOUNS:
            return tokens[end - 1].lower(), True
        name = _name_before(tokens, end) if end > 0 and not tokens[end - 1].endswith(",") else None
        if name and name.lower() not in {"it", "this", "that", "the"}:
            return name, False
        group = _group_before(tokens, end)
        if group:
            return group, False
        # "…," said Wissam Zarqa. (only after a quotation or a comma: "who says America's…" names nobody)
        after_a_break = i > 0 and tokens[i - 1].endswith((",", '"', "”", "'", "’"))
        if after_a_break and i + 1 < len(tokens) and word in {"said", "says", "told"}:
            after = _name_after(tokens, i + 1)
            if after:
                return after, False
    return None, False


def _name_after(tokens: list[str], start: int) -> str | None:
    end = start
    while end < len(tokens) and (_is_name_token(tokens[end]) or (end > start and tokens[end].lower() in _JOINERS)):
        end += 1
        if tokens[end - 1].endswith((",", ".", ";")):
            break
    while end > start and tokens[end - 1].lower() in _JOINERS:
        end -= 1
    name = " ".join(_strip_punct(t) for t in tokens[start:end])
    if name.endswith(".") and not _INITIALS.search(name):
        name = name[:-1]  # the sentence's full stop, not an initial ("U.S.")
    return name or None


def _quote_speaker(sentence: str, config: EngineConfig) -> tuple[str | None, bool]:
    """The speaker named right after a quotation: '"…," Fares Shehabi told', '"…," he added', '"…," said X'."""
    match = _QUOTED.search(sentence)
    if not match:
        return None, False
    tokens = _TOKEN.findall(sentence[match.end() :].lstrip(" ,"))
    if not tokens:
        return None, False
    first = _strip_punct(tokens[0]).lower()
    if first in _PRONOUNS:
        return first, True
    if first in config.reporting_verbs:
        return _name_after(tokens, 1), False
    name = _name_after(tokens, 0)
    return name, False


def quoted_words(sentence: str) -> int:
    """How many words stand inside direct quotation marks."""
    return sum(len((m.group(1) or m.group(2) or "").split()) for m in _QUOTED.finditer(sentence))


def is_quote(sentence: str) -> bool:
    """A direct quotation of some length, not a scare-quoted phrase ("systematic obstruction")."""
    words = quoted_words(sentence)
    return words >= 4 and (sentence.lstrip().startswith(('"', "“")) or words * 2 >= len(sentence.split()))


def attribution(sentence: str, config: EngineConfig, last_speaker: str | None = None) -> tuple[str | None, bool]:
    """Who the sentence is attributed to, resolving "he added" to `last_speaker`.

    Returns the source and whether it names a person (so it can stand for a later "he").
    """
    source, pronoun = _quote_speaker(sentence, config) if is_quote(sentence) else (None, False)
    if source is None and not pronoun:
        source, pronoun = _named_source(sentence, config)
    if pronoun:
        return last_speaker, bool(last_speaker)
    if source is None:
        match = _ACCORDING_TO.search(sentence)
        if match:
            source = match.group(1).strip().rstrip(".,;")
            return source, False
        return None, False
    source, titled = _without_title(source, config)
    if last_speaker and " " not in source and last_speaker.endswith(" " + source):
        source = last_speaker  # "Peskov said" after "Dmitry Peskov said"
    person = titled or (" " in source and source[0].isupper() and source.lower().split()[0] not in {"a", "an", "the"})
    return source, person


def _without_title(name: str, config: EngineConfig) -> tuple[str, bool]:
    """ "Interior Minister Karim Osei" -> ("Karim Osei", True): the person, not the office."""
    words = name.split()
    last_title = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in config.titles), default=-1)
    if 0 <= last_title < len(words) - 1:
        return " ".join(words[last_title + 1 :]), True
    return name, False


def _done(rule_words: frozenset[str], tokens: list[str]) -> bool:
    """Whether one of `rule_words` stands as something done, not planned or named ("will cut", "a cut")."""
    return any(token in rule_words and (i == 0 or not _NOT_DONE.match(tokens[i - 1])) for i, token in enumerate(tokens))


def _units_hold(rule: ClaimType, quantities: tuple[Quantity, ...]) -> bool:
    return bool(rule.units) and any(
        q.unit in rule.units or ("*" in rule.units and q.unit != "percent") for q in quantities
    )


def _rule_holds(
    rule: ClaimType, sentence: str, tokens: list[str], quantities: tuple[Quantity, ...], source: str | None
) -> bool:
    if _units_hold(rule, quantities):
        return True
    if rule.words and not rule.words.isdisjoint(tokens) and (not rule.done or _done(rule.words, tokens)):
        return True
    if rule.patterns and any(p.search(sentence) for p in rule.patterns):
        return True
    if rule.quote and is_quote(sentence):
        return True
    return rule.attributed and source is not None


def claim_type(
    sentence: str, config: EngineConfig, quantities: tuple[Quantity, ...], source: str | None
) -> ClaimType | None:
    """The first configured type whose rule holds for the sentence."""
    tokens = _WORDS.findall(sentence.lower())
    # a span of time ("after four days of fighting") is context: the sentence takes the type of what
    # happened, and is a quantity for its durations only when no other rule holds
    figures = tuple(q for q in quantities if q.unit not in _DURATIONS)
    durations = quantities if len(figures) < len(quantities) else ()
    fallback = None
    for rule in config.types:
        if _rule_holds(rule, sentence, tokens, figures, source):
            return rule
        if fallback is None and _units_hold(rule, durations):
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
    words = re.findall(r"[a-z']+", sentence.lower())
    score = rule.weight if rule else 0.3
    score += min(0.1, 0.05 * len(quantities)) + (0.05 if dates else 0.0) + (0.05 if source else 0.0)
    score += 0.05 if len(_PROPER_NAMES.findall(sentence)) >= 2 else 0.0
    hedges = _hedge_count(words, config)
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


def analyze(sentence: str, config: EngineConfig, last_speaker: str | None = None, details: bool = True) -> Analysis:
    """Everything the engine knows of one sentence (`details=False` leaves out the named actors)."""
    quantities = find_quantities(sentence)
    source, person = attribution(sentence, config, last_speaker)
    rule = claim_type(sentence, config, quantities, source)
    dates = date_texts(sentence) if rule else ()
    actors = _actors(sentence) if details else ()
    score = check_worthiness(sentence, rule, quantities, source, dates, actors, config)
    return Analysis(rule.name if rule else None, score, quantities, source, dates, actors, person)
