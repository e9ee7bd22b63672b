"""From pasted text to the spans of article sentences: page furniture and the teaser tail removed.

What is furniture is read from the text's own structure: line length, terminal punctuation, title
case, repetition, and the furniture phrases in config. Nothing here knows any one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

import punkt

from claims.config import EngineConfig

_TERMINAL = tuple(".!?\"”’'")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\d,.]*")
_MINOR_WORDS = frozenset(
    "a an the and or but nor for of in on at to by with from as vs via into over up out is its it's".split()
)


class LineKind(Enum):
    PROSE = "prose"
    HEADLINE = "headline"
    FURNITURE = "furniture"
    SHORT = "short"


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    kind: LineKind


@dataclass(frozen=True, slots=True)
class Layout:
    """The article as the engine sees it: a title and the spans of body text to split."""

    title: Line | None
    blocks: tuple[Line, ...]


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_headline(text: str) -> bool:
    """Title case and no closing punctuation: a headline, a teaser or a section title."""
    stripped = text.strip()
    words = [w for w in _words(stripped) if w[0].isalpha()]
    if len(words) < 3 or stripped.endswith(_TERMINAL[:3]):
        return False
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    capitalised = sum(1 for w in major if w[0].isupper())
    return bool(major) and capitalised / len(major) >= 0.75


def _is_doubled(text: str) -> bool:
    """ "Send in e-mailSend in e-mail": a button label pasted twice."""
    half, odd = divmod(len(text), 2)
    return not odd and half >= 3 and text[:half] == text[half:]


def _is_furniture(text: str, config: EngineConfig) -> bool:
    lowered = text.lower()
    word_count = len(_words(text))
    if _is_doubled(text):
        return True
    if word_count <= config.furniture_max_words and any(p in lowered for p in config.furniture_phrases):
        return True
    # a call to action ("Click the icon to follow topics:") introduces a widget, not text
    return text.endswith(":") and word_count <= 10


def classify_line(text: str, config: EngineConfig) -> LineKind:
    if _is_furniture(text, config):
        return LineKind.FURNITURE
    if is_headline(text):
        return LineKind.HEADLINE
    if len(_words(text)) < 4:
        return LineKind.SHORT
    return LineKind.PROSE


def _cut_credit(text: str, config: EngineConfig) -> str:
    """A caption with its credit glued on: keep the caption, drop "Credit: …"."""
    for marker in config.credit_markers:
        at = text.find(marker)
        if at > 0:
            return text[:at].rstrip()
        if at == 0:
            return ""
    return text


def split_lines(text: str, config: EngineConfig) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        body = _cut_credit(raw.rstrip("\r\n"), config)
        stripped = body.strip()
        if stripped:
            start = offset + body.index(stripped[0])
            lines.append(Line(start, start + len(stripped), stripped, classify_line(stripped, config)))
        offset += len(raw)
    return lines


def _tail_start(lines: list[Line]) -> int:
    """Index of the first line after the article's end (len(lines) when nothing trails).

    Walking back from the end, the tail is furniture, headlines, short lines, and captions: a prose
    line that sits between a headline after it and a tail-like line before it (teaser blocks).
    """
    tail_like = {LineKind.FURNITURE, LineKind.HEADLINE, LineKind.SHORT}
    cut = len(lines)
    headlines = 0
    while cut > 0:
        line = lines[cut - 1]
        if line.kind in tail_like:
            headlines += line.kind is LineKind.HEADLINE
            cut -= 1
            continue
        follows_headline = cut < len(lines) and lines[cut].kind is LineKind.HEADLINE
        before_tail_like = cut >= 2 and lines[cut - 2].kind in tail_like
        if follows_headline and before_tail_like and len(_words(line.text)) <= 45:
            cut -= 1
            continue
        break
    # a lone closing headline (a section title, "Related coverage") with no furniture is not a tail
    kinds = {ln.kind for ln in lines[cut:]}
    if headlines == 0 and LineKind.FURNITURE not in kinds:
        return len(lines)
    return cut


def layout(text: str, config: EngineConfig) -> Layout:
    """Find the title, drop furniture and the tail, keep the body lines in order."""
    lines = split_lines(text, config)
    title = lines[0] if lines and lines[0].kind is LineKind.HEADLINE else None
    body = lines[1:] if title else lines
    body = body[: _tail_start(body)]
    kept = [
        ln
        for ln in body
        if ln.kind is LineKind.PROSE or (ln.kind is LineKind.SHORT and ln.text.endswith(_TERMINAL[:3]))
    ]
    return Layout(title=title, blocks=tuple(kept))


@lru_cache(maxsize=8)
def _tokenizer(abbreviations: frozenset[str]) -> punkt.PunktSentenceTokenizer:
    # the package caches its tokenizer: stack our abbreviations on a copy, never on the shared model
    base = punkt.tokenizer_for("english", prefixes=True)
    extra = punkt.PunktParameters()
    extra.abbrev_types.update(abbreviations)
    return punkt.PunktSentenceTokenizer(base.params.merged_with(extra), line_breaks="always")


def sentence_spans(text: str, start: int, end: int, config: EngineConfig) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as absolute (start, end) spans, whitespace trimmed."""
    spans = []
    for s, e in _tokenizer(config.abbreviations).span_tokenize(text[start:end]):
        piece = text[start + s : start + e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if e - s - lead - trail > 0:
            spans.append((start + s + lead, start + e - trail))
    return spans
