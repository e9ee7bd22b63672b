"""Is a sentence a checkable statement of fact at all? Cues of tense, figures, names and modality.

The weights are set by hand from what a checker looks for; they are not learned from any data set.
"""

from __future__ import annotations

import re

from claims.config import EngineConfig

_IRREGULAR_PAST = (
    "was were had did went said made took gave got came saw knew told found left became began brought bought "
    "built caught chose drew drove fell felt fought flew grew held hit kept led lost meant met paid ran rose "
    "sent sold shot spent stood struck taught threw won wrote cut put set let quit spread sank broke stole "
    "voted passed signed didn't didn wasn't wasn weren't weren hadn't hadn"
).split()
_PAST_WORDS = frozenset(_IRREGULAR_PAST)
_NOT_PAST = frozenset(
    "need needed feed seed speed indeed bed red shed hundred breed greed proceed exceed succeed "
    "shred sled wed fled".split()
)
_PERFECT = re.compile(
    r"\b(?:has|have|had|'ve|’ve)\s(?:(?:not|never|already|also|just|all|ever|always|since|long)\s)?"
    r"(?:been|[a-z]+ed|done|made|taken|given|gone|seen|grown|won|lost|paid|spent|cut|put|left|run|risen|fallen)\b"
    r"|['’]s\s(?:(?:not|never|already|also|just|always)\s)?been\b",
    re.IGNORECASE,
)
# a figure standing on its own: not the digits inside "COVID-19", "B117" or a link
_FIGURE = re.compile(r"(?<![\w/.-])\d")
_LINKS_AND_HANDLES = re.compile(r"https?://\S+|www\.\S+|[@#]\w+")
_PROMOTION = re.compile(
    r"\b(?:check out|learn more|find out|read more|listen|tune in|watch|join us|join our|"
    r"visit|register|sign up|follow us|click|podcast|episode|webinar|live stream|livestream|"
    r"thrilled|honou?red|excited|grateful|congrat\w*)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten hundred thousand million billion trillion "
    "dozen half third quarter percent twice double triple".split()
)
_PROPER = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+")
_MODALS = frozenset("will would shall should must might could can may gonna ought wanna let's".split())
_MODAL_PHRASES = re.compile(
    r"'ll\b|’ll\b|\bgoing to\b|\b(?:need|needs|have|has|want|wants|got) to\b|\bgotta\b", re.IGNORECASE
)
# "we've got a problem", "you've got to act": present possession or obligation, not a past event
_HAVE_GOT = re.compile(r"(?:\b(?:have|has)|['’]ve|['’]s)\s+got\b|\bgot\s+to\b", re.IGNORECASE)
_OPINION_LEAD = re.compile(
    r"\bI\s(?:think|believe|feel|hope|want|wish|guess|suppose|bet|love|like)\b|"
    r"\bin my (?:view|opinion)\b|\bwe (?:need|must|should|want)\b",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"^(?:let's|let us|look|think|imagine|remember|please|join|vote|tell|stop|go|"
    r"give|thank|don't)\b",
    re.IGNORECASE,
)
_COPULA = re.compile(r"\b(?:is|are|isn't|aren't|has|have|remains|costs|owns|employs|holds)\b", re.IGNORECASE)


def _has_past_tense(lowered_words: list[str]) -> bool:
    if not _PAST_WORDS.isdisjoint(lowered_words):
        return True
    return any(w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST for w in lowered_words)


def _past_and_perfect(sentence: str, lowered_words: list[str]) -> tuple[bool, bool]:
    """Whether the sentence has a past-tense verb ("voted") and a perfect one ("has cut")."""
    if "got" in lowered_words:
        sentence = _HAVE_GOT.sub(" has ", sentence)
        lowered_words = re.findall(r"[a-z']+", sentence.lower())
    return _has_past_tense(lowered_words), _PERFECT.search(sentence) is not None


def reports_the_past(sentence: str) -> bool:
    """Whether the sentence tells of something done: a past or perfect verb ("voted", "has cut")."""
    return any(_past_and_perfect(sentence, re.findall(r"[a-z']+", sentence.lower())))


# "in May", "since May 2019": the month, not the modal (capitalised after the sentence's first word)
_MONTH_MAY = re.compile(r"(?<=[\w,;:)]\s)May\b")


def without_the_month_may(sentence: str) -> str:
    """The sentence with the month May taken out, so that it is not read as a hedge or a modal."""
    return _MONTH_MAY.sub("", sentence) if "May" in sentence else sentence


# words that open a clause inside the sentence: what follows them describes, it does not hedge the main verb
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whom|whose|where|when|whether|if|because|although|though|while)\b")


def _main_clause(text: str) -> str:
    """The sentence up to its first subordinate clause, when a verb in the past comes before that clause
    ("The protests began in June and were sparked by legislation | that would have meant…")."""
    m = _SUBORDINATE.search(text, 1)
    if m is None:
        return text
    head = text[: m.start()]
    return head if _has_past_tense(re.findall(r"[a-z']+", head.lower())) else text


def factuality(sentence: str, config: EngineConfig) -> float:
    """0 to 1: how much `sentence` reads as a statement of fact someone could check."""
    text = without_the_month_may(_LINKS_AND_HANDLES.sub(" ", sentence).strip())
    words = re.findall(r"[A-Za-z']+", text)
    if not words:
        return 0.0
    lowered = [w.lower() for w in words]
    score = 0.3
    past, perfect = _past_and_perfect(text, lowered)
    if past:
        score += 0.25
    if perfect:
        score += 0.15
    if _FIGURE.search(text) or not _NUMBER_WORDS.isdisjoint(lowered):
        score += 0.25
    if _PROPER.search(text):
        score += 0.1
    if _COPULA.search(text):
        score += 0.05
    # (a modal in a clause that only describes something, "legislation that would have meant…", hedges less)
    modals = sum(1 for w in lowered if w in _MODALS) + len(_MODAL_PHRASES.findall(text))
    if modals:
        main = _main_clause(text)
        if main is not text:
            modals = sum(1 for w in re.findall(r"[a-z']+", main.lower()) if w in _MODALS)
            modals += len(_MODAL_PHRASES.findall(main))
    score -= min(0.3, 0.15 * modals)
    if _OPINION_LEAD.search(text):
        score -= 0.2
    score -= min(0.3, 0.1 * sum(1 for w in lowered if w in config.opinion_words))
    # "garlic prevents the flu", "the vaccine is safe": present tense, yet a claim a checker rates
    if not config.effect_words.isdisjoint(lowered):
        score += 0.2
    if text.rstrip("\"”’' ").endswith("?"):
        score -= 0.5
    if _IMPERATIVE.search(text):
        score -= 0.2
    if _PROMOTION.search(text):
        score -= 0.2
    if len(words) < 6:
        score -= 0.25
    # rounded, as check-worthiness is: 0.3 + 0.25 - 0.05 must meet a threshold of 0.5
    return round(max(0.0, min(1.0, score)), 3)


# a present or perfect verb, a modal, a contraction of "is": the sentence tells a state or a plan, not a deed
_NOT_SIMPLE_PAST = re.compile(
    r"\b(?:is|are|am|isn't|aren't|has|have|remains|remain|says|say|seems|means|can|will|would|could|may|might|"
    r"should|must|shall)\b|\b(?:it|that|there|he|she|what|who|which)['’]s\b|['’]re\b",
    re.IGNORECASE,
)
# "was", "had", "did not": no deed on their own ("searched the room but did not find the girl" has one)
_NEGATIONS = frozenset({"not", "never", "didn't", "wasn't", "weren't", "hadn't", "didn", "wasn", "weren", "hadn"})
_BARE_PAST = frozenset({"was", "were", "had", "did", "didn't", "didn", "wasn't", "wasn", "weren't", "weren", "hadn't",
                        "hadn", "not", "never"})


def tells_a_deed(sentence: str, config: EngineConfig) -> bool:
    """Whether the sentence tells something done in the simple past ("Barr reassigned the warden"):
    not a state ("has slowed", "is located"), not a thing left undone ("did not change"), and not
    someone's words (a verb of saying or a quotation makes it a statement)."""
    sentence = without_the_month_may(sentence)
    if '"' in sentence or "“" in sentence:
        return False
    main = _main_clause(sentence)
    if _PERFECT.search(main) or _NOT_SIMPLE_PAST.search(main):
        return False
    words = re.findall(r"[a-z']+", sentence.lower().replace("’", "'"))
    if not config.reporting_verbs.isdisjoint(words) or "declined" in words:
        return False
    # a verb right after a negation is a thing left undone ("did not change", "never signed")
    done = [w for i, w in enumerate(words) if w not in _BARE_PAST and (i == 0 or words[i - 1] not in _NEGATIONS)]
    return _has_past_tense(done)


# "He is currently serving a prison term", "Patrick and Bloomberg are moving into the race"
_ONGOING = re.compile(r"\b(?:is|are)\s+(?:[a-z]+ly\s+)?(?!going\b|being\b)[a-z]{3,}ing\b")
_TALK = re.compile(r"\b(?:I|we|you|my|our|your|us)\b|\?", re.IGNORECASE)


def tells_an_ongoing_happening(sentence: str) -> bool:
    """Whether the sentence tells of something under way in the present progressive, with no first or
    second person and no question: a state of affairs someone can check, as a deed is."""
    return _ONGOING.search(sentence) is not None and _TALK.search(sentence) is None


# a named subject and "will": "NASA will launch the probe in May", "The U.S. will keep its base"
_PLAN = re.compile(
    r"^(?:The\s)?(?:[A-Z][\w.’'&-]*\s){1,4}will\s(?!(?:likely|probably|possibly|perhaps|have|need|want|be\s(?:able|"
    r"likely|unlikely|hard|difficult|easy|interesting|good|great|bad))\b)[a-z]{3,}\b"
)


# what will be done, and when: "Job cuts will be announced later this week", "Schools will be closed on Monday"
_SCHEDULED = re.compile(r"^(?:[A-Z][\w'’-]*)(?:\s[a-z][\w'’-]*){0,3}\swill\sbe\s(?:[a-z]+ly\s)?[a-z]{3,}ed\b")


def tells_a_plan(sentence: str, dated: bool) -> bool:
    """Whether the sentence tells what a named person or body will do, or what will be done, and when
    ("Fortress will give up the contract at the end of 2021", "Job cuts will be announced later this
    week"): a plan on record, checkable as a deed is; without a date it is a forecast."""
    planned = _PLAN.match(sentence) is not None or _SCHEDULED.match(sentence) is not None
    return dated and planned and _SPEAKING.search(sentence) is None


# the first or second person, or a question: someone talking, not a plan on record ("The We Company" is a name)
_SPEAKING = re.compile(r"(?:^|[\"“‘]\s?)(?:We|You|My|Our|I)\b|\b(?:I|we|you|my|our|your|us)\b|\?")
