"""The engine's entry points: an article in, its checkable claims out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from rapidfuzz import fuzz

from claims.analyze import analyze
from claims.attribution import article_sources
from claims.config import EngineConfig
from claims.factual import factuality, reports_the_past, tells_a_deed, tells_a_plan, tells_an_ongoing_happening
from claims.model import Article, Claim, Verdict
from claims.numbers import date_texts, in_local_currency, local_currencies, tells_a_time
from claims.segment import break_run_in_lines, is_furniture_sentence, layout, sentence_spans

# Fuzzy duplicate checks look back this far, plus at the article's head (title, standfirst,
# captions): enough for repeated captions and a standfirst the body repeats, and linear in length.
_LOOKBACK = 40
_HEAD = 12
_DATED = 0.05
# a quoted question and its tag: '"So you have not fixed it?" Schiff asked.'
_ASKED = re.compile(r"\?[\"”’']\s+[^?!]{0,60}\basked\b[^.?!]{0,40}\.?\s*$")
_NORMALISE = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_NORMALISE)).strip().casefold()


def _figures(claim: Claim) -> set[tuple[float, str]]:
    return {(q.value, q.unit) for q in claim.quantities}


def _is_duplicate(text: str, claim: Claim, kept: list[tuple[str, Claim]], ratio: float) -> int | None:
    """Index in `kept` of a claim that says the same, if any.

    Alike wording with different figures ("5 killed in A", "6 killed in B") is two claims.
    """
    words = set(text.split())
    if len(words) < 4:
        return None
    if len(kept) <= _HEAD + _LOOKBACK:
        candidates = list(range(len(kept)))
    else:
        candidates = [*range(_HEAD), *range(len(kept) - _LOOKBACK, len(kept))]
    for index in candidates:
        other, earlier = kept[index]
        other_words = set(other.split())
        # two texts that share few words cannot reach the cutoff: skip the costlier fuzzy score
        if len(other_words) < 4 or len(words & other_words) < 0.5 * min(len(words), len(other_words)):
            continue
        if not fuzz.token_set_ratio(text, other, score_cutoff=ratio):
            continue
        if claim.quantities and earlier.quantities and _figures(claim) != _figures(earlier):
            continue
        return index
    return None


def _as_plain_fact(sentence: str, score: float, reported: bool, config: EngineConfig) -> tuple[str, float] | None:
    """The type and check-worthiness of a sentence no type's rule holds for, when it reads plainly as a fact
    (None when it does not): a deed in the simple past is an event, listed from its own threshold, as is a
    happening under way; a dated report of the past ("were mixed in early trading Tuesday") is a little more
    checkable (a caption's present, "Queen Elizabeth attends a ceremony in June 2021", is not)."""
    has_date = bool(date_texts(sentence))
    dated = (has_date or tells_a_time(sentence)) and reports_the_past(sentence)
    plain = factuality(sentence, config) + (_DATED if dated else 0.0)
    deed = bool(config.plain_deed_type) and not reported and tells_a_deed(sentence, config)
    ongoing = not reported and plain >= config.plain_ongoing_min and tells_an_ongoing_happening(sentence)
    planned = tells_a_plan(sentence, has_date)
    if plain < config.plain_fact_min and not (deed and plain >= config.plain_deed_min) and not ongoing and not planned:
        return None
    # as check-worthy as the sentence is plain: a plain fact is listed at least at the threshold
    blended = min(1.0, round(0.5 * score + 0.5 * plain, 3))
    kind = config.plain_deed_type if deed and config.plain_deed_type else config.plain_fact_type
    return (kind, max(score, blended, config.min_score)) if kind else None


# a page's label glued to the sentence after it when line breaks were lost: "Advertisement The army said…"
_LEADING_LABEL = re.compile(
    r"(?:Advertisement|ADVERTISEMENT|Advertising|Sponsored|Story continues below(?: advertisement)?|"
    r"Continue reading(?: the main story)?|Scroll to continue(?: with content)?)\s+(?=[\"“A-Z])"
)


def _past_label(text: str, start: int, end: int) -> int:
    """Where a sentence begins once a page's label glued before it is set aside."""
    m = _LEADING_LABEL.match(text, start, end)
    return m.end() if m and m.end() < end else start


def extract_article(text: str, config: EngineConfig | None = None) -> Article:
    """The title and the checkable claims of a pasted article.

    Args:
        text: the article as pasted: page furniture, captions and teasers may be in it.
        config: engine settings; the packaged defaults when None.

    Returns:
        An `Article` whose claims are in reading order, each claim's `text` equal to
        `text[claim.start:claim.end]`.
    """
    config = config or EngineConfig.default()
    original = text
    text = break_run_in_lines(text)
    page = layout(text, config)
    spans: list[tuple[int, int, int]] = []
    for number, block in enumerate(page.blocks):
        pieces = sentence_spans(text, block.start, block.end, config)
        if block.continues and spans and pieces:
            # the sentence a furniture line cut in two is one claim, furniture and all, as offsets demand
            first_start, _, first_block = spans.pop()
            pieces[0] = (first_start, pieces[0][1])
            number = first_block
        spans.extend((_past_label(text, s, e), e, number) for s, e in pieces)
    sources = article_sources([(text[s:e], number) for s, e, number in spans], config)
    kept: list[tuple[str, Claim]] = []
    shared = {money.reads for money in config.local_money}
    local: dict[str, str] | None = None  # read once, when a figure's currency may be the local one
    quotation_of: dict[int, tuple[int, int]] = {}  # a claim's start -> its paragraph and its quotation
    for (start, end, paragraph), source in zip(spans, sources, strict=True):
        sentence = text[start:end]
        found = analyze(sentence, config, resolved=(source.source, source.person, source.said), speech=source.speech)
        kind, score = found.type, found.score
        if (kind is None or score < config.min_score) and config.plain_fact_type and not found.empty_speech:
            # no type's rule holds, yet the sentence may read plainly as a fact someone could check
            reported = found.attribution is not None or source.said or source.speech
            kind, score = _as_plain_fact(sentence, found.score, reported, config) or (kind, score)
        if kind is None or score < config.min_score or len(sentence.split()) < config.min_words:
            continue
        if (found.attribution is None and sentence.rstrip(" \"”’'").endswith("?")) or _ASKED.search(sentence):
            continue  # a question asks; it claims nothing (a teaser, a reader's prompt, a lawmaker's question)
        if is_furniture_sentence(sentence, config):
            continue  # furniture inside a line: text pasted without line breaks
        quantities = found.quantities
        if any(q.unit in shared for q in quantities):
            local = local_currencies(original, config) if local is None else local
            quantities = in_local_currency(quantities, local)
        quotation_of[start] = (paragraph, source.quotation)
        claim = Claim(
            original[start:end],
            kind,
            start,
            end,
            score,
            quantities,
            found.attribution,
            found.dates,
            found.actors,
        )
        normal = _normalised(sentence)
        twin = _is_duplicate(normal, claim, kept, config.duplicate_ratio)
        if twin is None:
            kept.append((normal, claim))
        elif len(normal) > len(kept[twin][0]):
            kept[twin] = (normal, claim)  # the fuller wording (the body's, not the standfirst's) stays
        elif kept[twin][1].attribution is None and claim.attribution is not None:
            # a highlight above the article repeats a sentence whose source only the body's context gives
            kept[twin] = (kept[twin][0], replace(kept[twin][1], attribution=claim.attribution))
    claims = _one_per_quotation(sorted((c for _, c in kept), key=lambda c: c.start), original, quotation_of, config)
    return Article(title=page.title.text if page.title else None, claims=tuple(claims))


def _one_per_quotation(
    claims: list[Claim], original: str, quotation_of: dict[int, tuple[int, int]], config: EngineConfig
) -> list[Claim]:
    """Claims of one quotation that runs over several sentences of a paragraph, as one claim: the quotation is
    what a checker checks against its speaker ('"We will not give up Sake. We will fight for every metre,"
    said Ruzi.'). Which sentences are one quotation, attribution has already read (`Sourced.quotation`)."""
    quoting = {rule.name for rule in config.types if rule.quote}
    plain = {config.plain_fact_type, config.plain_deed_type, *(r.name for r in config.types if r.attributed)}
    merged: list[Claim] = []
    for claim in claims:
        last = merged[-1] if merged else None
        if last is not None and quotation_of[last.start] == quotation_of[claim.start] and _same_speaker(
            last.attribution, claim.attribution
        ):
            merged[-1] = _joined(last, claim, original, quoting, plain)
        else:
            merged.append(claim)
    return merged


def _same_speaker(first: str | None, second: str | None) -> bool:
    """Whether two sentences' sources can be one speaker: one unknown, or one name the end of the other
    ("T. Senthamarai Selvan", then "Mr. Selvan asked")."""
    if first is None or second is None or first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    return f" {longer}".endswith(f" {shorter}")


def _joined(first: Claim, second: Claim, text: str, quoting: set[str], plain: set[str | None]) -> Claim:
    # a quotation is a quote; else the first type that says more than a plain statement or deed does
    kinds = [first.type, second.type]
    kind = next((k for k in kinds if k in quoting), None) or next((k for k in kinds if k not in plain), first.type)
    return Claim(
        text[first.start : second.end],
        kind,
        first.start,
        second.end,
        max(first.score, second.score),
        first.quantities + tuple(q for q in second.quantities if q not in first.quantities),
        max((first.attribution or "", second.attribution or ""), key=len) or None,
        first.dates + tuple(d for d in second.dates if d not in first.dates),
        first.actors + tuple(a for a in second.actors if a not in first.actors),
    )


def extract_claims(text: str, config: EngineConfig | None = None) -> list[Claim]:
    """The checkable claims of an article, in reading order.

    >>> [c.type for c in extract_claims("Turkey said one soldier was killed and six injured in a car bombing.")]
    ['casualties']
    """
    return list(extract_article(text, config).claims)


def classify_sentence(sentence: str, config: EngineConfig | None = None) -> Verdict:
    """Whether one sentence holds a checkable claim, how check-worthy it is, and its type."""
    config = config or EngineConfig.default()
    cleaned = unicodedata.normalize("NFC", sentence).strip()
    found = analyze(cleaned, config, details=False)
    factual = factuality(cleaned, config)
    typed = found.type is not None and found.score >= config.min_score
    is_claim = (typed or factual >= config.min_factuality) and len(cleaned.split()) >= config.min_words
    # check-worthiness weighs what the claim is about (its type, figures, source) and how plainly
    # it states a fact, equally
    score = round(0.5 * found.score + 0.5 * factual, 3)
    return Verdict(claim=is_claim, score=score, type=found.type if is_claim else None)
