"""From pasted text to the spans of article sentences: page furniture and the teaser tail removed.

What is furniture is read from the text's own structure: line length, terminal punctuation, title
case, repetition, and the furniture phrases in config. Nothing here knows any one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

import punkt

from claims.config import EngineConfig
from claims.factual import reports_the_past
from claims.first_names import MEN, WOMEN
from claims.source_words import DETERMINERS, NOT_NAMES

_TERMINAL = tuple(".!?\"”’'")
# what a pasted line may trail after its last word: spaces, no-break spaces, mis-decoded ones ("Â")
_JUNK = " \t\u00a0\u200b\u200c\u200d\ufeffÂ"
_EXCLAIMED = ('!"', '?"', "!”", "?”", "!'", "?'", "!’", "?’")
_LIST_ITEM = re.compile(r"^(?:[-•*·▪◦–—]|\d{1,2}[.)])\s+\S")
# inside a line: where one sentence ends and the next begins ("…said. The…", "…2016.Credit", "…said.“We")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s+[\"“‘']?[A-Z0-9])|[.!?](?=[A-Z][a-z])")
# no space after a full stop: "in 2016.Credit", "were killed.The" (not "U.S.Army", "Inc.Com", "e.g.")
_MISSING_SPACE = re.compile(r"(?<=[a-z0-9%)\]]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z0-9]{2}[.!?][\"”’])(?=[A-Z])")
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
    continues: bool = False  # the rest of the previous line's last sentence, cut by a furniture line


@dataclass(frozen=True, slots=True)
class Layout:
    """The article as the engine sees it: a title and the spans of body text to split."""

    title: Line | None
    blocks: tuple[Line, ...]


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """The words of a line (cached while one text is read: a line is looked at by several rules)."""
    return tuple(_WORD.findall(text))


def ends_a_sentence(text: str) -> bool:
    """Whether a line ends as prose does: a full stop, a question mark, a colon, before any closing quote.

    A bare closing quote does not ("…Max grounding: 'It is not good for competitors'" is a headline).
    """
    stripped = text.rstrip(_JUNK)
    bare = stripped.rstrip("\"”’')")
    return bare.endswith((".", "!", "?", ":", "…")) or (bare != stripped and bare.endswith(","))


def is_list_item(text: str) -> bool:
    """ "- Exports fell 4%", "• 200 homes lost power", "2) Prices rose": a point of a list."""
    return _LIST_ITEM.match(text) is not None


def is_headline(text: str) -> bool:
    """Title case and no closing punctuation: a headline, a teaser or a section title."""
    stripped = text.strip()
    words = [w for w in _words(stripped) if w[0].isalpha()]
    question = stripped.rstrip("\"”’'").endswith("?")
    if len(words) < 3 or (stripped.endswith(_TERMINAL[:3]) and not question):
        return False
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    capitalised = sum(1 for w in major if w[0].isupper())
    if question:
        # "Did Pelosi Divert $2.4 Billion from Social Security?": a question in title case is a headline
        return len(major) >= 4 and capitalised == len(major)
    return bool(major) and capitalised / len(major) >= 0.75


def _is_doubled(text: str) -> bool:
    """ "Send in e-mailSend in e-mail": a button label pasted twice."""
    half, odd = divmod(len(text), 2)
    return not odd and half >= 3 and text[:half] == text[half:]


# where a teaser's headline runs into its summary with no space: "…Title RunDenny Hamlin's…", "…(This Morning)Some…"
_GLUED = re.compile(r"(?<=[a-z0-9)’'?!])(?=[A-Z](?:[a-z]+\s|\s))")


_NAME_PREFIX_END = re.compile(r"\b(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|O['’])$")


def _is_glued_teaser(text: str) -> bool:
    """ "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's run was foiled.": a related story's headline
    pasted onto its summary. The piece before the join reads as a headline ("McDonald's" does not)."""
    for m in _GLUED.finditer(text, 0, 200):
        head = text[: m.start()].rstrip("?!")  # "Is Violence In Sports On The Rise?Violence is…"
        if _NAME_PREFIX_END.search(head):
            continue  # "Sarah Mac|Killop", "Pauline Mc|Donald", "Danny De|Vito": one name
        # (a headline of four words or more: "Shares in Black|Rock fell", "Polling by You|Gov found" are names)
        lower = _lower_major_words(head)
        # (a headline of two sentences is all capitals: "There's No Place Like A Cider Mill. Here's A Look")
        if len(_words(head)) >= 4 and is_headline(head) and (lower == 0 or (lower == 1 and not _sentence_ends(head))):
            return True  # not "NASA said the five companies — Blue Origin, …, Space|X and…": a name in camel case
    return False


def _lower_major_words(text: str) -> int:
    return sum(1 for w in _words(text) if w[0].isalpha() and w.lower() not in _MINOR_WORDS and w[0].islower())


_ONE_BLOCK_WORDS = 60
# longer than any paragraph: text that lost its line breaks
_WHOLE_PAGE_WORDS = 200


def _is_furniture(text: str, config: EngineConfig) -> bool:
    lowered = text.lower()
    word_count = len(_words(text))
    if _is_doubled(text) or _is_glued_teaser(text):
        return True
    # consent banners, "list 1 of 4" markers: furniture at any length. A long line of several sentences may
    # be text pasted without line breaks: it is a banner when its first sentence is furniture; otherwise
    # `is_furniture_sentence` drops its furniture sentences one by one
    if word_count > _ONE_BLOCK_WORDS:
        ends = _sentence_ends(text)
        if len(ends) >= 2 and word_count > _WHOLE_PAGE_WORDS:
            # a whole page pasted without line breaks: its furniture sentences are dropped one by one
            # (`is_furniture_sentence`), never the line with the article in it
            return False
        if len(ends) >= 2:
            lowered = lowered[: ends[0]]  # a block of boilerplate is known by its first sentence
    elif _ASKED_FOR_COMMENT.search(lowered):
        ends = _sentence_ends(text)
        if ends and ends[0] < len(text.rstrip()) - 1:
            # "A committee said a strike killed 19 people. It blamed the RSF, which did not respond to a request
            # for comment.", "The Pentagon did not respond to a request for comment. A spokeswoman said earlier…":
            # the silence goes by itself (`is_furniture_sentence`), the rest stays
            if _ASKED_FOR_COMMENT.search(lowered[: ends[0]]):
                return False
            lowered = lowered[: ends[0]]
    if any(p.search(lowered) for p in config.furniture_patterns):
        return True
    if word_count <= config.furniture_max_words and any(p in lowered for p in config.furniture_phrases):
        return True
    # a call to action ("Click the icon to follow topics:") introduces a widget, not text
    return text.endswith(":") and word_count <= 10


_ASKED_FOR_COMMENT = re.compile(r"\bfor (?:a )?comment\b")
_MENU_GAPS = re.compile(r"\s{2,}|\s*[|•·]\s*")


def _is_menu(text: str) -> bool:
    """ "Sport | Football | Transfers | Live", "Home  News  Election 2025  Politics": a site's menu, three
    items or more of a few words each (a headline's site suffix has a longer headline before it)."""
    items = [item for item in _MENU_GAPS.split(text.strip()) if item]
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items) and not ends_a_sentence(text)


def _is_data_line(text: str) -> bool:
    """ "FTSE 100 8,142.33 -0.31%", "GBP/USD 1.2714 +0.22%": a ticker's line, mostly figures, no sentence."""
    tokens = text.split()
    if len(tokens) > 8:
        return False
    figures = sum(1 for t in tokens if any(c.isdigit() for c in t))
    return figures >= 2 and figures * 2 >= len(tokens) and not ends_a_sentence(text)


def is_furniture_sentence(sentence: str, config: EngineConfig) -> bool:
    """A sentence that one of the any-length furniture patterns matches (a banner inside a long line), or
    a headline run into the text ('3 Hospitalized After Wrong-Way Crash in North Richland Hills "Hands!'):
    six or more major words, nearly all capitalised, as prose never has."""
    lowered = sentence.lower()
    return any(p.search(lowered) for p in config.furniture_patterns) or _headline_run_in(sentence)


def _headline_run_in(sentence: str) -> bool:
    tokens = sentence.split()
    capitalised = sum(1 for w in tokens if w[:1].isupper())
    if capitalised < 6 or capitalised < 0.5 * len(tokens):
        return False  # (most sentences: far from a headline's capitals, known without reading their words)
    words = [w for w in _words(sentence) if w[0].isalpha() and w.lower() not in _MINOR_WORDS]
    if len(words) < 6:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.9 * len(words)


def classify_line(text: str, config: EngineConfig) -> LineKind:
    if _is_furniture(text, config) or _is_data_line(text) or _is_menu(text):
        return LineKind.FURNITURE
    if is_headline(text):
        return LineKind.HEADLINE
    words = len(_words(text))
    # a line that does not end as a sentence does (a teaser, a subhead, a dateline, a menu) is not
    # article prose, unless it is a point of a list
    # (but a paragraph of 30 words or more that only lost its full stop is prose)
    if 3 <= words < 30 and not ends_a_sentence(text) and not is_list_item(text):
        return LineKind.HEADLINE
    if words >= 30 and not ends_a_sentence(text) and text.rstrip().endswith(("…", "...", ":")):
        return LineKind.HEADLINE  # a teaser cut short, or a heading that introduces what follows
    if words < 4:
        return LineKind.SHORT
    return LineKind.PROSE


_CREDIT_WORD = re.compile(r"[A-Z][\w'’.&-]*,?|/|\||via|and|for|of|&")


def _credit_pieces(text: str, config: EngineConfig) -> list[tuple[int, int]]:
    """Spans of `text` that are not a photo credit ("…on December 3, 2016.Credit: George Ourfalian, AFP").

    A credit ends its line; when the line goes on (text pasted without line breaks), the credit is
    its run of names, and the next sentence starts at the last capitalised word before lower case.
    """
    for marker in config.credit_markers:
        at = text.find(marker)
        if at < 0:
            continue
        before = (0, at) if text[:at].strip() else None
        tokens = list(re.finditer(r"\S+", text[at + len(marker) :]))
        resume = None
        for i, token in enumerate(tokens):
            if _CREDIT_WORD.fullmatch(token.group(0)):
                continue
            # the next sentence starts at the capitalised word before lower case or a figure
            # ("…, AFP Syrian government forces…", "…, Reuters About 4,000…"), or at the figure itself
            back = 1 if i >= 2 and tokens[i - 1].group(0)[:1].isupper() else 0
            resume = at + len(marker) + tokens[i - back].start()
            break
        pieces = [before] if before else []
        if resume is not None:
            pieces.extend(_credit_pieces_from(text, resume, config))
        return pieces
    return [(0, len(text))]


def _credit_pieces_from(text: str, start: int, config: EngineConfig) -> list[tuple[int, int]]:
    return [(start + a, start + b) for a, b in _credit_pieces(text[start:], config)]


def _prose_end(text: str) -> int:
    """Where a line's prose ends: before an unpunctuated tail ("…in June 2021. Never Israel: A Boycott")."""
    if ends_a_sentence(text) or is_list_item(text):
        return len(text)
    last = None
    for m in _SENTENCE_END.finditer(text):
        last = m
    if last is None or len(_words(text[: last.end()])) < 4:
        return len(text)
    return last.end()


def split_lines(text: str, config: EngineConfig) -> list[Line]:
    _words.cache_clear()  # the cache serves one text; a benchmark repeating a text gains nothing from it
    lines: list[Line] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        for a, b in _credit_pieces(body, config):
            piece = body[a:b]
            stripped = piece.strip()
            if not stripped:
                continue
            start = offset + a + piece.index(stripped[0])
            kind = classify_line(stripped, config)
            if kind is LineKind.PROSE and _is_credited_caption(body, a, b):
                kind = LineKind.HEADLINE  # a photo's caption, read as its credit says, like a title: no claim
            if kind is LineKind.HEADLINE and len(_sentence_ends(stripped)) >= 1:
                cut = _prose_end(stripped)
                if cut < len(stripped):
                    # a paragraph whose last piece is a headline (text pasted without line breaks)
                    lines.append(Line(start, start + cut, stripped[:cut], LineKind.PROSE))
                    tail = stripped[cut:].lstrip()
                    tail_start = start + len(stripped) - len(tail)
                    lines.append(Line(tail_start, tail_start + len(tail), tail, classify_line(tail, config)))
                    continue
            lines.append(Line(start, start + len(stripped), stripped, kind))
        offset += len(raw)
    lines = _teasers_and_captions(_mend_cut_sentences(_caption_twins(_listed_after_prompt(lines))))
    return _quote_intros(lines, config)


def _quote_intros(lines: list[Line], config: EngineConfig) -> list[Line]:
    """ "The minister told reporters:" / "\u201cWe have 300 cases…\u201d": a line that introduces the quotation
    on the next line is one sentence with it, so the quotation keeps its speaker (a short line ending in a
    colon is otherwise a widget's prompt)."""
    joined = list(lines)
    for i in range(len(lines) - 1):
        intro, quote = lines[i], lines[i + 1]
        if not (intro.text.endswith(":") and quote.text[:1] in _OPENING_QUOTES and quote.kind is LineKind.PROSE):
            continue
        words = [w.strip(",:").lower() for w in intro.text.split()]
        if len(words) < 2 or config.reporting_verbs.isdisjoint(words) or _OTHER_STORIES.search(intro.text):
            continue
        joined[i] = Line(intro.start, intro.end, intro.text, LineKind.PROSE, intro.continues)
        joined[i + 1] = Line(quote.start, quote.end, quote.text, quote.kind, continues=True)
    return joined


_OPENING_QUOTES = "\"\u201c"


# prompts that introduce other stories
_OTHER_STORIES = re.compile(
    r"(?i)(?:read more|related(?: stories| articles| coverage| links)?|more on this(?: story)?|see also|also read|"
    r"read also|more from [\w ]+|recommended(?: for you)?|you may also like|most read|more stories|top stories|"
    r"most popular|most viewed|most shared|popular(?: now| stories)?|read next|don.t miss|must read|editor.s picks|"
    r"trending(?: now)?|latest(?: news)?|more in [\w ./&-]{2,30}|more (?:from|on) [\w ./&-]{2,30})\s*:?$"
)


def _listed_after_prompt(lines: list[Line]) -> list[Line]:
    """The points under a prompt ("Read more:", "RELATED", "More in N.Y. / Region") are other stories'
    headlines: "* Two arrested after 'senseless' South Auckland attack"."""
    marked = list(lines)
    for i, line in enumerate(lines):
        if not _OTHER_STORIES.match(line.text.strip()):
            continue  # (not "Key points:", whose points are this story's)
        j = i + 1
        while j < len(lines) and is_list_item(lines[j].text):
            j += 1
        for k in range(i + 1, j):
            marked[k] = replace(lines[k], kind=LineKind.FURNITURE)
    return marked


def _is_credited_caption(body: str, start: int, end: int) -> bool:
    """The piece opens its line, is one short sentence, and a credit follows it on the same line
    ("…on March 12, 2025.Credit: Mira Solberg, AFP"). Text pasted without line breaks puts the article
    before its credits too, but as many sentences, not one."""
    piece = body[start:end].strip()
    return (
        start == 0
        and end < len(body.rstrip())
        and len(_words(piece)) <= 40
        and len(_sentence_ends(piece.rstrip(_JUNK)[:-1])) == 0
    )


def _caption_twins(lines: list[Line]) -> list[Line]:
    """A page often shows a caption twice, once bare and once with its credit: the bare one right
    above its credited twin is the same caption."""
    twins = list(lines)
    for i in range(len(lines) - 1):
        line, credited = lines[i], lines[i + 1]
        if line.kind is LineKind.PROSE and credited.kind is LineKind.HEADLINE and line.text == credited.text:
            twins[i] = Line(line.start, line.end, line.text, LineKind.HEADLINE, line.continues)
    return twins


# a photo credit on its own line: "Natalie Park | Bloomberg | Getty Images", "AP Photo/Jane Doe"
_NAME_WORDS = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4}"
_CREDIT_LINE = re.compile(rf"^{_NAME_WORDS}(?:\s?[|/]\s?{_NAME_WORDS})+$")


_RANK = re.compile(r"^\d{1,2}\.?$")
_STAMP = re.compile(
    r"^(?:\d{1,3}\s?(?:[smhd]|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago|\d{1,2}:\d{2}(?::\d{2})?|just now)$",
    re.IGNORECASE,
)


def _teasers_and_captions(lines: list[Line]) -> list[Line]:
    """A one-sentence line between two headlines is a teaser's summary; a line above a credit, a caption."""
    # (the first line is never a credit: "Port Strike Enters Second Week | Example Times" is a title)
    kinds = [LineKind.FURNITURE if i and _CREDIT_LINE.match(ln.text) else ln.kind for i, ln in enumerate(lines)]
    for i, line in enumerate(lines):
        if kinds[i] is not LineKind.PROSE:
            continue
        # (a teaser's headline may stand above its date and section, "12 November 2019" / "Fact Check", and
        # "Read More" may stand below its summary)
        before = _kind_across_labels(kinds, lines, i, -1)
        after = lines[i + 1] if i + 1 < len(lines) else None
        labels = i + 1
        while (
            labels < min(len(lines) - 1, i + 4) and kinds[labels] in {LineKind.SHORT, LineKind.FURNITURE}
            and not lines[labels].text.endswith(":")  # ("More:" opens a list of other stories after the text)
        ):
            labels += 1
        if labels > i + 1 and kinds[labels] is LineKind.HEADLINE:
            after = lines[labels]  # "…summary." / "Read More" / "Most Popular" / "Next story's headline"
        # (one sentence, or two where "U.S." looks like the end of one)
        single = len(_words(line.text)) <= 35 and len(_sentence_ends(line.text.rstrip(_JUNK)[:-1])) <= 1
        # (a teaser's summary sits between its headline and the next one, or its time: "11H ago", "01:09")
        stamped = after is not None and _STAMP.match(after.text) is not None and len(_words(line.text)) <= 60
        # (prose on both sides, "…said." / "Subhead" / "One paragraph." / "Related headline" / "More prose.", is the
        # article's own subhead and paragraph)
        inside = 0 < i - 1 and kinds[i - 2] is LineKind.PROSE and i + 2 < len(lines) and kinds[i + 2] is LineKind.PROSE
        # (nor is the lede right under the text's first line, its title)
        closes = after is not None and after.kind is LineKind.HEADLINE and single and not inside and i >= 2
        teaser = before is LineKind.HEADLINE and (closes or stamped)
        # (a caption is a sentence or so; a paragraph above a credit line is the article's own)
        caption = after is not None and _CREDIT_LINE.match(after.text) is not None and _reads_as_caption(line.text)
        # "3" / "For years, people pinned dollar bills… Why they took them down" / "4": a ranked list of stories
        # (a headline's own tail may follow the summary before the next rank: "…bar. Why they took them down")
        later = lines[i + 2] if after is not None and after.kind is LineKind.HEADLINE and i + 2 < len(lines) else after
        ranked = i > 0 and _RANK.match(lines[i - 1].text) is not None and (later is None or _RANK.match(later.text))
        if teaser or caption or ranked:
            kinds[i] = LineKind.HEADLINE
    return [
        ln if ln.kind is k else Line(ln.start, ln.end, ln.text, k, ln.continues)
        for ln, k in zip(lines, kinds, strict=True)
    ]


_DATE_LINE = re.compile(
    r"^(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$"
)


def _kind_across_labels(kinds: list[LineKind], lines: list[Line], i: int, step: int) -> LineKind | None:
    """The kind of the line before line i, looking past a date and a label or two ("12 November 2019" /
    "Fact Check"); without a date among them, the line right before ("Claim" is no teaser's label)."""
    at = i + step
    dated = False
    for _ in range(3):
        if not 0 <= at < len(lines):
            break
        date = _DATE_LINE.match(lines[at].text.strip()) is not None and kinds[at] is not LineKind.PROSE
        if not (date or kinds[at] is LineKind.SHORT):
            break
        dated = dated or date
        at += step
    if dated and 0 <= at < len(lines):
        return kinds[at]
    return kinds[i + step] if 0 <= i + step < len(lines) else None


def _reads_as_caption(text: str) -> bool:
    """Whether a line above a photo credit is the photo's caption: a sentence or so ("Sheikh Mohammed …
    passes a Boeing Co. 787-10 … on Monday, Nov. 13, 2017."), not a paragraph telling what happened
    ("The plant opened in 1957 and employed 2,000 people. When Norvik announced…")."""
    if len(_words(text)) > 60:
        return False
    ends = [end for end in _sentence_ends(text.rstrip(_JUNK)[:-1]) if not _ABBREVIATED.search(text, 0, end)]
    return not ends or not reports_the_past(text[: ends[0]])


# a full stop after an abbreviation or an initial ("Co.", "Nov.", "U.S."), no sentence's end
_ABBREVIATED = re.compile(r"(?:\b[A-Za-z]{1,3}|\b(?:[A-Za-z]\.)+[A-Za-z]?)[.]['\"”’]?$")


def _mend_cut_sentences(lines: list[Line]) -> list[Line]:
    """ "The minister said the" / "Advertisement" / "plan would cost $3bn.": both halves are prose."""
    mended = list(lines)
    for i, line in enumerate(lines):
        if line.kind is not LineKind.HEADLINE or is_headline(line.text):
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind is LineKind.FURNITURE and j - i <= 3:
            j += 1
        if j < len(lines) and lines[j].text[:1].islower() and ends_a_sentence(lines[j].text):
            nxt = lines[j]
            mended[i] = Line(line.start, line.end, line.text, LineKind.PROSE)
            mended[j] = Line(nxt.start, nxt.end, nxt.text, LineKind.PROSE)
    return mended


def _sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _SENTENCE_END.finditer(text)]


# a readers' comments section begins: what follows is readers', not the article's
_COMMENTS_HEADER = re.compile(
    r"^\s*(?:(?:top|reader|readers['’]?|latest|most recent|\d+)\s+)?comments?(?:\s*\(\d+\))?\s*$"
    r"|^\s*(?:join|start) the (?:conversation|discussion)\b|^\s*(?:show|view|load|read) (?:all )?\d*\s*comments\b"
    r"|^\s*comments are closed\b|^\s*commenting (?:for|on) this (?:story|article) is (?:now )?closed\b"
    r"|^\s*(?:leave|post|add) a comment\b|^\s*disclaimer & comment rules\b",
    re.IGNORECASE,
)


def _comments_start(lines: list[Line]) -> int:
    """Index of the line that opens a readers' comments section after the article's text (len(lines) when
    there is none): comments are claims of readers, with numbers in them, never the article's."""
    prose = 0
    for i, line in enumerate(lines):
        if prose >= 3 and _COMMENTS_HEADER.match(line.text):
            return i
        prose += line.kind is LineKind.PROSE
    return len(lines)


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


_SITE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s+::\s+")


# a site's sections before a headline: "News / India / ", "Business|", "World › Europe › "
_SECTIONS_BEFORE = re.compile(r"(?:[A-Z][\w&'’-]*(?:\s[\w&'’-]+){0,2}\s*(?:\||/|›|»|>)\s*)+(?=[A-Z0-9\"“‘'])")


def _without_site(line: Line) -> Line:
    """ "Sudan's army retakes the city | Sudan war News | Al Jazeera" -> the headline alone; so is
    "News / India / Odisha train collision: 27 dead" and "Business|Founder of Lumora Health convicted"."""
    section = _SECTIONS_BEFORE.match(line.text)
    if section and len(_words(line.text[section.end() :])) >= 4:
        start = line.start + section.end()
        line = Line(start, line.end, line.text[section.end() :], line.kind)
    parts = _SITE_SEPARATORS.split(line.text)
    if len(parts) < 2:
        return line
    head = parts[0]
    rest = parts[1:]
    # the site's name and its section are short; a headline with a dash in it goes on longer
    if len(_words(head)) < 3 or any(len(_words(p)) > 5 for p in rest):
        return line
    return Line(line.start, line.start + len(head), head, line.kind)


def _title(lines: list[Line], config: EngineConfig) -> Line | None:
    """The headline: of the lines that read as one before the article's prose begins, the first that shares
    its words with the lede (a pasted page's "Support the Guardian" or "The Japan Times" comes before it and
    shares none); the first of them where none does."""
    candidates: list[Line] = []
    lede: Line | None = None
    for line in lines[:80]:
        if line.kind is LineKind.PROSE and not (candidates and is_furniture_sentence(line.text, config)):
            lede = line  # (a consent banner long enough to read as prose is no lede)
            break
        if line.kind is LineKind.HEADLINE and len(_words(line.text)) <= 40:
            candidates.append(line)
    if not candidates:
        return None
    told = _content_words(lede.text) if lede is not None else set()
    fitting = [line for line in candidates if len(candidates) > 1 and _tells_the_lede(line.text, told)]
    # (a trending link, "Uttarakhand Election Results", is shorter than the headline it stands above)
    headline = next((line for line in fitting if len(_words(line.text)) >= 4), fitting[0] if fitting else None)
    return _without_site(headline or candidates[0])


def _tells_the_lede(text: str, told: set[str]) -> bool:
    if _TWO_SENTENCES.search(text):
        return False  # a caption: "Trump asked voters for a big win. He didn't get it.Credit…"
    words = _content_words(text)
    shared = len(words & told)
    return shared >= 2 and shared >= 0.3 * len(words)


_TWO_SENTENCES = re.compile(r"[a-z][.!?]\s*[A-Z]")


def _content_words(text: str) -> set[str]:
    """The longer words of a line, by their first five letters ("fired" and "fire", "claims" and "claimed")."""
    return {w.lower()[:5].rstrip("ed") or w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{3,}", text)}


_CANNOT_END = re.compile(r"\b(?:and|or|of|the|a|an|to|between|from|with|by|for|than|that)$")
_LINE_GOES_ON = re.compile(r"(?:,|\b(?:and|or|but|of|the|a|an|to|about|in|on|at|for|with|by|from|than|as|that|some))$")


def _halves_around_furniture(lines: list[Line]) -> list[Line]:
    """ "…at least one employer lost about" / "ADVERTISEMENT" / "$11,000 in wages…": a line that stops mid-
    sentence before a furniture line, and goes on after it, is the first half of a sentence, not a headline."""
    out = list(lines)
    for i in range(len(out) - 2):
        first, between, rest = out[i], out[i + 1], out[i + 2]
        if (
            first.kind is LineKind.HEADLINE and between.kind in {LineKind.FURNITURE, LineKind.SHORT}
            and rest.kind is LineKind.PROSE and _LINE_GOES_ON.search(first.text.rstrip())
            and len(_words(first.text)) >= 6
            and (
                not rest.text[:1].isupper()
                or (_CANNOT_END.search(first.text.rstrip()) and len(_words(first.text)) >= 8)
            )
        ):
            out[i] = Line(first.start, first.end, first.text, LineKind.PROSE, first.continues)
    return out


def _joined(kept: list[Line]) -> list[Line]:
    """ "…said the" / "Advertisement" / "plan would…": the second half continues the first's sentence."""
    blocks: list[Line] = []
    for line in kept:
        if blocks and not ends_a_sentence(blocks[-1].text) and (
            line.text[:1].islower() or (_LINE_GOES_ON.search(blocks[-1].text.rstrip()) and not line.text[:1].isupper())
            # ("…between March 2019 and" / "ADVERTISEMENT" / "November 2023, and…": a long line stopped on a word no
            # sentence ends on goes on, whatever the case of the next)
            or (_CANNOT_END.search(blocks[-1].text.rstrip()) and len(_words(blocks[-1].text)) >= 8)
        ):
            line = Line(line.start, line.end, line.text, line.kind, continues=True)
        blocks.append(line)
    return blocks


# a byline and a wire dateline run into the text (a paste whose newlines became spaces): "… stalls By
# Daniel Whitcombe and Aiko Tanaka SAN FRANCISCO, Feb 6 (Reuters) - Lumora said…"
_RUN_IN_BYLINE = re.compile(
    r"(?<=[a-z0-9.!?'’\"”)])(?P<before>\s)By(?:\s[A-Z][\w.'’-]+){1,3}(?:(?:,|\sand)\s[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})*"
    r"\s(?=[A-Z]{2}[A-Z.'’ /-]{1,40}(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s(?:\([A-Za-z ]{2,30}\)\s)?[-–—])"
)
_RUN_IN_DATELINE = re.compile(
    r"(?<=\s)[A-Z]{2}[A-Z.'’ /-]{1,40}(?:,\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?\s(?:\([A-Za-z ]{2,30}\)\s)?[-–—](?P<after>\s)"
)


# a wire dateline with its agency, run into the line before: " LONDON, March 12 (Reuters) - "
_RUN_IN_WIRE_DATELINE = re.compile(
    r"(?<=[a-z0-9])\s[A-Z]{2}[A-Z.'’ /-]{1,40},\s[A-Z][a-z]{2,8}\.?\s\d{1,2}\s"
    r"\((?:Reuters|AP|AFP|Bloomberg|dpa|PA)\)\s[-–—]\s"
)


def break_run_in_lines(text: str) -> str:
    """The text with a byline and a dateline that ran into it set on lines of their own, each space that
    joined them turned into a newline (so every offset stays the same)."""
    m = _RUN_IN_BYLINE.search(text[:3000])
    if m is None:
        wire = _RUN_IN_WIRE_DATELINE.search(text[:3000])
        if wire is None:
            return text
        cuts = [wire.start(), wire.end() - 1]  # "…as profit slumps LONDON, March 12 (Reuters) - British…"
        return _newlines_at(text, cuts)
    dateline = _RUN_IN_DATELINE.match(text, m.end())
    cuts = [m.start("before"), m.end() - 1]
    if dateline:
        cuts.append(dateline.start("after"))
    return _newlines_at(text, cuts)


def _newlines_at(text: str, cuts: list[int]) -> str:
    chars = list(text)
    for at in cuts:
        if chars[at] == " ":
            chars[at] = "\n"
    return "".join(chars)


def layout(text: str, config: EngineConfig) -> Layout:
    """Find the title, drop furniture and the tail, keep the body lines in order."""
    lines = split_lines(text, config)
    title = _title(lines, config)
    start = 0
    if title is not None:
        start = next(i for i, ln in enumerate(lines) if ln.start <= title.start < max(ln.end, ln.start + 1)) + 1
    body = lines[start:]
    body = body[: _tail_start(body)]
    body = body[: _comments_start(body)]
    body = _halves_around_furniture(body)
    ranked = _ranked_headlines(body)
    kept = [
        ln
        for i, ln in enumerate(body)
        if i not in ranked and (
            ln.kind is LineKind.PROSE
            or (ln.kind is LineKind.SHORT and ln.text.endswith(_TERMINAL[:3]))
            or (ln.kind is not LineKind.FURNITURE and is_list_item(ln.text) and len(_words(ln.text)) >= 4)
        )
    ]
    return Layout(title=title, blocks=tuple(_joined(kept)))


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")


def _ranked_headlines(lines: list[Line]) -> set[int]:
    """Lines of a numbered list of other stories ("1. Chancellor rules out VAT rise" / "2. …"): two or more
    numbered lines in a row, none of them ending as a sentence does, and no line ending in a colon
    introducing them ("The plan has three parts:" opens the article's own list)."""
    ranked: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and _NUMBERED.match(line.text) and not ends_a_sentence(line.text):
            run.append(i)
            continue
        if len(run) >= 2 and not (run[0] > 0 and lines[run[0] - 1].text.rstrip().endswith(":")):
            ranked.update(run)
        run = []
    return ranked


@lru_cache(maxsize=8)
def _tokenizer(abbreviations: frozenset[str]) -> punkt.PunktSentenceTokenizer:
    # the package caches its tokenizer: stack our abbreviations on a copy, never on the shared model
    base = punkt.tokenizer_for("english", prefixes=True)
    extra = punkt.PunktParameters()
    extra.abbrev_types.update(abbreviations)
    extra.abbrev_types.update(f"{party}-{state}" for party in "dri" for state in _STATES)
    return punkt.PunktSentenceTokenizer(base.params.merged_with(extra), line_breaks="always")


# US states as a lawmaker's tag abbreviates them ("Rep. Jamie Raskin (D-Md.) said"): the full stop of
# "D-Md." ends no sentence (as a word alone, "Mass." or "Ill." may)
_STATES = (
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev n.h n.j "
    "n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo".split()
)


_STAMP_BEFORE = re.compile(r"\((?:published|updated|posted|last updated)\b[^()]{0,60}\)\s*", re.IGNORECASE)


def sentence_spans(text: str, start: int, end: int, config: EngineConfig) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as absolute (start, end) spans, whitespace trimmed.

    A full stop with no space after it ("…in 2016.Credit", "…the blast.Rescuers") ends a sentence too.
    """
    cuts = [m.start() for m in _MISSING_SPACE.finditer(text, start, end)]  # finditer's offsets are the text's
    spans: list[tuple[int, int]] = []
    for a, b in zip([start, *cuts], [*cuts, end], strict=True):
        for span in _punkt_spans(text, a, b, config):
            stamp = _STAMP_BEFORE.match(text, span[0], span[1])
            if stamp:
                # "(Published Monday, Nov. 18, 2019) The suspect said…": the time stamp is no part of the claim
                if stamp.end() >= span[1]:
                    continue
                span = (stamp.end(), span[1])
            # '"We got her!"' / 'officers shouted.': a quotation's own "!" or "?" did not end the sentence
            if spans and text[spans[-1][0] : spans[-1][1]].endswith(_EXCLAIMED) and (
                text[span[0]].islower() or _TAG_ALONE.fullmatch(text, span[0], span[1])
            ):
                # ('"…to deepen his borewell?" | Mr. Selvan asked.': the tag is the question's)
                spans[-1] = (spans[-1][0], span[1])
            elif spans and (
                _INITIALS_ALONE.fullmatch(text, spans[-1][0], spans[-1][1])
                or (_INITIALS_END.search(text, spans[-1][0], spans[-1][1]) and (
                    _INSTITUTION.match(text, span[0]) or _NAME_GOES_ON.match(text, span[0])
                ))
            ):
                # "The U.N. | Personal Envoy for Sudan said", "upheld by the 5th U.S. | Circuit Court of Appeals",
                # "according to the B.C. | Wildfire Service": initials that begin a name, no sentence's end
                spans[-1] = (spans[-1][0], span[1])
            elif spans and _INITIALS_THEN_MORE.search(text, spans[-1][0], spans[-1][1]) and (
                _LOWER_GOES_ON.match(text, span[0])
            ):
                # "in northeastern B.C. | expanded overnight", "approved B.C. | 's request": a place's initials
                # inside the sentence
                spans[-1] = (spans[-1][0], span[1])
            elif spans and (
                _initials_in_a_name(text, spans[-1], span[0], config)
                or _initials_after_a_title(text, spans[-1], span[0], config)
            ):
                spans[-1] = (spans[-1][0], span[1])  # "before George R.R. | Martin wrote": one name
            elif spans and _CLOCK_END.search(text, spans[-1][0], spans[-1][1]) and _CLOCK_GOES_ON.match(text, span[0]):
                spans[-1] = (spans[-1][0], span[1])  # "landfall at 11 p.m. | ET near Cedar Key": one sentence
            else:
                spans.extend(piece for part in _split_after_clock(text, span) for piece in _split_after_tag(text, part))
    return spans


# a speech tag that is a sentence of its own after a quoted question or cry: "Mr. Selvan asked."
_TAG_ALONE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s){1,4}(?:said|says|asked|asks|added|adds|shouted|replied|wondered|demanded)"
    r"(?:\s[a-z]+){0,2}\.$"
)
# a speech tag that ends on an abbreviation, then the speaker's next quotation: '…," said Rep. Joe Abernathy,
# D-N.C. "I'm not going…"', '…," he said in a video posted to X. "Nine unelected…"'
_TAG_THEN_QUOTE = re.compile(
    r"[\"”],?\s+(?:(?:he|she|they|it)\s+)?(?:said|says|told|added|wrote)\b[^\"“”]{0,80}?\.\s+(?=[\"“][A-Z])"
)


def _split_after_tag(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A span cut where a quotation's speech tag ends and the speaker's next quotation opens."""
    if text.count("\"", span[0], span[1]) + text.count("“", span[0], span[1]) < 2:
        return [span]
    m = _TAG_THEN_QUOTE.search(text, span[0], span[1])
    if m is None:
        return [span]
    return [(span[0], m.end() - 1), *_split_after_tag(text, (m.end(), span[1]))]


def _initials_in_a_name(text: str, before: tuple[int, int], start: int, config: EngineConfig) -> bool:
    """ "George R.R." | "Martin wrote…": a first name and initials end the span, a surname opens the next."""
    m = _FIRST_NAME_INITIALS.search(text, before[0], before[1])
    if m is None or not _SURNAME_OPENS.match(text, start):
        return False
    first = m.group(1).lower()
    return first in config.female_names or first in config.male_names or first in WOMEN or first in MEN


def _initials_after_a_title(text: str, before: tuple[int, int], start: int, config: EngineConfig) -> bool:
    """ "party general secretary T.M." | "Abdul Salam said", "Chief Minister K.R." | "Sasidharan conceded",
    'said P.' | "Rajeevan Nair": initials after an office or a verb of saying open a name, no sentence's end."""
    m = _TITLE_INITIALS.search(text, before[0], before[1])
    if m is None or not _SURNAME_OPENS.match(text, start):
        return False
    word = m.group(1).lower()
    opening = text[start : start + 20].split()[0].strip(",’'").lower() if text[start : start + 20].split() else ""
    if opening in NOT_NAMES or opening in DETERMINERS:
        return False  # ("… with the U.N. | The talks…": a new sentence)
    return word in config.titles or word in {"said", "says", "told"} or m.group(1).islower()


_TITLE_INITIALS = re.compile(r"\s([A-Za-z]+)\s(?:[A-Z]\.){1,3}$")
_INITIALS_THEN_MORE = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,3}$")
_LOWER_GOES_ON = re.compile(r"[a-z0-9]|['’]s\b")
_FIRST_NAME_INITIALS = re.compile(r"\b([A-Z][a-z]+)\s(?:[A-Z]\.){1,3}$")
_SURNAME_OPENS = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?[\s,’']")


# a span of a word or two and initials: "The U.N.", "the U.S." cut from the name they begin
_INITIALS_ALONE = re.compile(r"(?:\S+\s){0,2}(?:[A-Z]\.){2,}")
# (a country's initials, or any after "the": "the U.S.", "the B.C.")
_INITIALS_END = re.compile(r"\b(?:U\.S|U\.N|U\.K|E\.U)\.$|\b[Tt]he\s(?:[A-Z]\.){2,3}$")
# a name of two capitalised words or more, after the initials: "the U.N. Integrated Office in Haiti"
_NAME_GOES_ON = re.compile(
    r"(?!(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|There|His|Her|Their|Its|Our|"
    r"After|Before|When|While|As|If|Some|Many|Last|Next|On)\b)[A-Z][a-z]+(?:\s(?:of|for)\b|\s[A-Z][a-z]+)"
)
# the words of an institution's name that go on after a country's initials
_INSTITUTION = re.compile(
    r"(?:Circuit|Court|Courts|Chamber|Army|Navy|Air Force|Marine|Marines|Coast Guard|Senate|House|Supreme|District|"
    r"Department|Attorney|Embassy|Secretary|Treasury|Census|Centers|Geological|Border|Customs|Postal|Secret|"
    r"Special|Space|Central|Federal|National|Capitol|Trade|Agency|Office|Institute|Bureau|Commission|Ambassador|"
    r"Envoy|Mission|Security Council|General Assembly|Human Rights|Secretary-General|High Commissioner|Forces|"
    r"Military|Open|Food and Drug|Environmental|Justice|Energy|Labor|Labour|Health|Defense|Defence|Navy's|"
    r"Army's|Chamber's)\b"
)
# a time of day that closes a span, and the words that carry such a time on in its sentence
_CLOCK_END = re.compile(r"\b[ap]\.m\.$")
_TIME_GOES_ON = (
    r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|IST|AEST|AEDT|JST|Eastern|Central|"
    r"Pacific|Mountain|Atlantic|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|"
    r"Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|"
    r"October|November|December|on|in|at|and|to|or|local|tomorrow|today|tonight)\b"
)
_CLOCK_GOES_ON = re.compile(_TIME_GOES_ON)
# "by 5 p.m. Southern California Edison said…": a full stop of a time that also ends its sentence
_CLOCK_THEN_SENTENCE = re.compile(rf"\b[ap]\.m\.\s+(?!{_TIME_GOES_ON})(?=[A-Z][a-z]+\s+[A-Z]?[a-z])")


def _split_after_clock(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A span cut after a time of day that ends its sentence, where the tokenizer read on past it."""
    if ".m. " not in text[span[0] : span[1]]:
        return [span]  # (most spans hold no time of day: read without the pattern)
    pieces: list[tuple[int, int]] = []
    start = span[0]
    for m in _CLOCK_THEN_SENTENCE.finditer(text, span[0], span[1]):
        cut = m.start() + len(m.group(0).rstrip())
        pieces.append((start, cut))
        start = m.end()
    pieces.append((start, span[1]))
    return pieces


def _punkt_spans(text: str, start: int, end: int, config: EngineConfig) -> list[tuple[int, int]]:
    spans = []
    for s, e in _tokenizer(config.abbreviations).span_tokenize(text[start:end]):
        piece = text[start + s : start + e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if e - s - lead - trail > 0:
            spans.append((start + s + lead, start + e - trail))
    return spans
