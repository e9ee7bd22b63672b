"""Who said it: the source of a sentence, read from the shapes of news copy.

A source stands before its verb ("Kremlin spokesman Dmitry Peskov said"), after it ('"…," said Lena
Brandt'), at the end of the sentence ("…, the United Nations has said."), across an apposition, a
relative clause or an adverbial ("Danny Kruger, who led the opposition to the bill, said"), or after
"according to". Pronouns ("he added") resolve only to the nearest earlier speaker whose gender or
number agrees and whom no other person named since could be confused with. When in doubt: nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.config import EngineConfig

_TOKEN = re.compile(r"\S+")
_EDGE = ",;:\"“”‘’'()[]!?"
_OPEN_QUOTES = frozenset('"“')
_CLOSE_QUOTES = frozenset('"”')
# words between a source and its verb: "X has also said", "X later told", "X repeatedly warned"
_AUXILIARIES = frozenset(
    "has have had also later then previously earlier again further repeatedly recently separately publicly "
    "privately initially originally subsequently similarly already once first last officially formally "
    "explicitly specifically openly angrily bluntly flatly firmly strongly immediately simply clearly "
    "directly long since reportedly herself himself itself themselves".split()
)
# what may stand just left of a source: a clause's edge or a conjunction; never a subordinator
# ("Police arrested him after witnesses said he fled" is not the witnesses' claim)
_OPENERS = frozenset(
    "and but or nor so yet now then meanwhile also however instead still thus separately indeed".split()
)
_DETERMINERS = frozenset({"the", "a", "an"})
# a main clause that says nothing but "what follows happened": its subordinate clause is the claim
_EMPTY_MAIN_CLAUSES = [[a, b, c] for a in ("this", "it") for b in ("comes", "came") for c in ("after", "as", "amid")]
_HEAD_PREPOSITIONS = frozenset({"in", "at", "from", "to"})
# what may follow a source named after its verb: '"…," said a spokesperson when contacted'
_AFTER_SOURCE = frozenset(
    "in on at during late early last this when as while after before according adding citing referring".split()
)
# inside a name: "Secretary of State", "Observatory for Human Rights", "Ministry of the Interior"
_JOINERS = frozenset({"of", "for", "the", "and", "&", "de", "del", "da", "al", "bin", "von", "van", "der", "la", "le"})
# never a source: pronouns, sentence openers, days and months
_NOT_NAMES = frozenset(
    "i i've i'd i'm i'll we we've we'd you you've they they've it it's what well so and but as if when this "
    "that there here now then yes no anybody somebody nobody everybody everyone someone let's he she his her "
    "its their our my your these those who which whose whom whatever some many most all both each few several "
    "meanwhile however in on at by for from with after before during since while although though because "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tomorrow tonight last next this earlier later "
    "also only just even still yet not".split()
)
# the start of an apposition, a relative clause or an adverbial that sits between a source and its verb
_APPOSITION_STARTS = frozenset(
    "who whose which a an the his her its their one two three four five six seven eight nine ten however "
    "meanwhile though too also then now speaking writing in on at after before during from published released "
    "issued seen obtained based".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_TIME_WORDS = frozenset(
    "later earlier ago yesterday today tonight morning afternoon evening night week weekend month year "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# after a verb of saying, the source stands after it only in these ('"…," said X', '"…," added X')
_INVERTING = frozenset("said says added adds wrote writes continued asked explained noted".split())
# a report named as a source names its author after "by" or "from": "a statement from the ministry"
_DOCUMENTS = frozenset(
    "statement statements report reports figures data study survey estimates estimate tally count records "
    "reporting analysis documents document".split()
)
_PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n"}
_STRIP_SUFFIXES = ("'s", "’s")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
# abbreviations inside names and titles, whose dot ends no clause: "Walt Disney Co. executive Kevin Mayer"
_ABBREVIATIONS = frozenset("co inc corp ltd plc jr sr dr mr mrs ms st gen sen rep gov lt col sgt capt prof".split())


@dataclass(frozen=True, slots=True)
class Found:
    """What one sentence says of its source, before the article's context is used."""

    source: str | None = None
    pronoun: str | None = None  # "m", "f" or "p" when the source is he, she or they
    verb_at: int = -1
    voiced: bool = False  # a verb of saying whose source could not be read ("A resident of the estate said")


def _bare(token: str) -> str:
    """The word without quotes, brackets and its sentence's full stop ("U.S." keeps its dots)."""
    word = token.strip(_EDGE)
    if word.endswith(".") and not _INITIALS.fullmatch(word):
        word = word.rstrip(".").strip(_EDGE)
    return word


def _low(token: str) -> str:
    return _bare(token).lower().replace("’", "'")


_QUOTE_MARK = re.compile(r'["“”]')


def quoted_mask(sentence: str, open_at_start: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Character spans inside quotation marks, and whether a quotation is still open at the end.

    `open_at_start` continues a quotation opened in an earlier sentence of the same paragraph.
    A straight quote reads its direction from its neighbours: after a space and before a word it
    opens (a quotation that runs into a new paragraph opens again without closing: in text pasted
    without line breaks that must not turn every later quotation inside out); after a word it closes.
    """
    spans: list[tuple[int, int]] = []
    inside = open_at_start
    start = 0
    last_end = 0
    for m in _QUOTE_MARK.finditer(sentence):
        ch, i = m.group(0), m.start()
        before = sentence[i - 1] if i else " "
        after = sentence[i + 1] if i + 1 < len(sentence) else " "
        opens = ch == "“" or (ch == '"' and (before.isspace() or before in "([{—–-:") and not after.isspace())
        if opens:
            if inside and i > start:
                spans.append((start, i))  # a quotation reopened by a new paragraph's quote mark
            inside, start = True, i
        elif ch in _CLOSE_QUOTES:
            if inside:
                spans.append((start, i + 1))
            elif not spans:
                spans.append((last_end, i + 1))  # closes a quotation opened before this sentence
            inside = False
            last_end = i + 1
    if inside:
        spans.append((start, len(sentence)))
    return spans, inside


def _tokens(sentence: str, quoted: list[tuple[int, int]]) -> tuple[list[str], list[bool]]:
    if not quoted:
        tokens = _TOKEN.findall(sentence)
        return tokens, [False] * len(tokens)
    tokens, inside = [], []
    for m in _TOKEN.finditer(sentence):
        tokens.append(m.group(0))
        middle = (m.start() + m.end()) // 2
        inside.append(any(a <= middle < b for a, b in quoted))
    return tokens, inside


def _is_name(token: str) -> bool:
    """Capitalised ("Peskov", "al-Bab", "Turk's") or initials ("UN", "U.S.")."""
    word = _bare(token)
    for suffix in _STRIP_SUFFIXES:
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    if not word or word.lower().replace("’", "'") in _NOT_NAMES:
        return False
    letters = word.replace(".", "").replace("-", "")
    if len(letters) >= 2 and letters.isupper() and letters.isalpha():
        return True
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True  # a middle initial: "Sonya A. Zoghlin"
    return (word[0].isupper() or word.startswith("al-")) and word[0].isalpha() and any(c.islower() for c in word)


def _ends_clause(token: str) -> bool:
    if token.endswith((",", ";", ":", '"', "”", "!", "?")):
        return True
    # a full stop, not "U.S." or "Co."
    return token.endswith(".") and _bare(token) != token.strip(_EDGE) and _low(token) not in _ABBREVIATIONS


class _Phrase:
    """Reads the noun phrase that names a source, walking left or right from a verb."""

    def __init__(self, tokens: list[str], inside: list[bool], config: EngineConfig) -> None:
        self.tokens = tokens
        self.inside = inside
        self.nouns = config.speaker_nouns | config.titles

    def _modifier(self, token: str) -> bool:
        word = _bare(token)
        if word.endswith(_STRIP_SUFFIXES):
            word = word[:-2]  # "Bolivia's public defender's office"
        return (
            word.isalpha() and word.islower() and len(word) > 1 and word not in _NOT_NAMES and word not in _OPENERS
            and word not in _JOINERS and word not in _AUXILIARIES
        )

    def before(self, end: int) -> str | None:
        """The source phrase that ends with tokens[end - 1] ("the UN human rights chief"), if any."""
        return self.before_at(end)[1]

    def before_at(self, end: int) -> tuple[int, str | None]:
        """`before`, with the index where the phrase starts."""
        tokens, nouns = self.tokens, self.nouns
        start = end
        has_head = has_name = last_modifier = False
        modifiers = 0
        while start > 0:
            i = start - 1
            token = tokens[i]
            if self.inside[i] or (i < end - 1 and _ends_clause(token)):
                break
            low = _low(token)
            right = tokens[i + 1] if i + 1 < end else ""
            if _is_name(token) and not (i == 0 and low in _OPENERS):
                has_name = True
            elif low in self.nouns:
                has_head = True
            elif low in _JOINERS and right and (_is_name(right) or _low(right) == "the") and i > 0 and (
                _is_name(tokens[i - 1]) or _low(tokens[i - 1]) in self.nouns or _low(tokens[i - 1]) in {"of", "for"}
            ):
                pass
            elif (low in _HEAD_PREPOSITIONS or (low == "by" and i > 0 and _low(tokens[i - 1]) in _DOCUMENTS)) and (
                right and _is_name(right) and i > 0 and _low(tokens[i - 1]) in nouns
            ):
                pass  # "officials in Kabul said", "China's ambassador to Britain Liu Xiaming said"
            elif modifiers < 3 and self._modifier(token) and (_low(right) in nouns or last_modifier):
                modifiers += 1  # "local officials", "Republican state schools Superintendent X"
                last_modifier = True
                start = i
                continue
            elif low in _DETERMINERS and (has_head or has_name):
                start = i
                break
            else:
                break
            last_modifier = False
            start = i
        if start >= end or not (has_head or has_name) or not self.left_edge_ok(start):
            return end, None
        while start < end and _low(tokens[start]) in _JOINERS - {"the"}:
            start += 1
        words = [_bare(t) for t in tokens[start:end]]
        if not any(_is_name(w) or w.lower() in self.nouns for w in words):
            return end, None
        return start, " ".join(words)

    def left_edge_ok(self, start: int) -> bool:
        """Whether a source may start at tokens[start]: at a clause's edge, not inside another phrase.

        "This comes after police said…" is the one subordinate clause that is the sentence's claim.
        """
        if start == 0:
            return True
        if start == 3 and [_low(t) for t in self.tokens[:3]] in _EMPTY_MAIN_CLAUSES:
            return True
        previous = self.tokens[start - 1]
        if previous.endswith((",", ";", ":", "—", "–", "(", '"', "“", "”", "'", ".")) or previous in {"-", "—", "–"}:
            return True
        low = _low(previous)
        return low in _OPENERS or (low.endswith("ly") and low.isalpha() and low not in self.nouns and len(low) > 4)

    def after(self, start: int, closing: bool = False) -> str | None:
        """The source phrase that starts at tokens[start]: '…," said Kremlin spokesman Dmitry Peskov.'

        With `closing`, the phrase must end its clause ("…, said the ministry." but not "said the
        figures were wrong"), or be followed only by when or where it was said.
        """
        tokens = self.tokens
        end = start
        kinds: list[str] = []
        while end < len(tokens) and not self.inside[end]:
            token = tokens[end]
            low = _low(token)
            if end == start and low in _DETERMINERS:
                kinds.append("det")
            elif _is_name(token) and low not in _OPENERS:
                kinds.append("name")
            elif low in self.nouns:
                kinds.append("head")
            elif (
                low in _JOINERS and kinds and end + 1 < len(tokens) and not _ends_clause(token)
                and (_is_name(tokens[end + 1]) or _low(tokens[end + 1]) == "the")
            ):
                kinds.append("join")
            elif ("name" not in kinds or tokens[end - 1].endswith(_STRIP_SUFFIXES)) and (
                self._modifier(token) or (low.endswith("ly") and low.isalpha() and "name" in kinds)
            ):
                kinds.append("mod")  # "the ministry's senior adviser", "The We Company's recently named chair"
            else:
                break
            end += 1
            if _ends_clause(token) or token.endswith("."):
                break
        while kinds and kinds[-1] not in {"name", "head"}:
            kinds.pop()
        if not kinds:
            return None
        last = start + len(kinds) - 1
        if closing and not _ends_clause(tokens[last]) and last + 1 < len(tokens):
            if _low(tokens[last + 1]) not in _AFTER_SOURCE:
                return None
        return " ".join(_bare(t) for t in tokens[start : last + 1])


def _apposition_start(tokens: list[str], comma_at: int, inside: list[bool], nouns: frozenset[str]) -> int | None:
    """Where the apposition or clause that ends at tokens[comma_at] (with a comma) begins, if it is one.

    "Danny Kruger, who led the opposition to the bill, said": the clause starts after "Kruger,".
    """
    for k in range(comma_at - 1, max(-1, comma_at - 40), -1):
        if inside[k]:
            return None
        if tokens[k].endswith(","):
            segment = [_low(t) for t in tokens[k + 1 : comma_at + 1]]
            first = segment[0] if segment else ""
            if (
                first in _APPOSITION_STARTS or first.isdigit() or not _TIME_WORDS.isdisjoint(segment)
                or first.endswith(_STRIP_SUFFIXES)
                or (segment and segment[-1] in nouns and len(segment) <= 6)
                or not nouns.isdisjoint(segment[:2])  # "X, chairman of the Joint Chiefs, said"
            ):
                return k
            return None
        if tokens[k].endswith((";", ":", '"', "”")):
            return None
    return None


def _named_apposition(tokens: list[str], comma_at: int, inside: list[bool], phrase: _Phrase) -> str | None:
    """ "The ambassador, John Harris, said": the name between the commas, after a role."""
    k = comma_at
    while k > 0 and comma_at - k < 4 and _is_name(tokens[k - 1]) and not _ends_clause(tokens[k - 1]):
        k -= 1
    if k == comma_at and not _is_name(tokens[k]):
        return None
    if k == 0 or not tokens[k - 1].endswith(",") or inside[k - 1] or not _is_name(tokens[comma_at]):
        return None
    words = [_bare(t) for t in tokens[k : comma_at + 1]]
    # the role before the name, from the clause's start: "The ambassador," / "The envoy of the other side,"
    start = k - 1
    while start > 0 and k - start < 8 and not _ends_clause(tokens[start - 1]) and not inside[start - 1]:
        start -= 1
    role = {_low(t) for t in tokens[start:k]}
    if len(words) < 2 or not phrase.left_edge_ok(start) or role.isdisjoint(phrase.nouns):
        return None
    return " ".join(words)


def find_source(sentence: str, config: EngineConfig, open_quote: bool = False) -> Found:
    """The source a sentence names, from its structure alone (pronouns are left to resolve).

    `open_quote` says the sentence continues a quotation opened in the sentence before it.
    """
    lowered = sentence.lower()
    has_verb = not config.reporting_verbs.isdisjoint(re.findall(r"[a-z]+", lowered)) or _RULED.search(lowered)
    if not has_verb and "according to" not in lowered:
        return Found()
    quoted, _ = quoted_mask(sentence, open_quote)
    tokens, inside = _tokens(sentence, quoted)
    phrase = _Phrase(tokens, inside, config)
    first: Found | None = None
    voiced = False
    for i, token in enumerate(tokens):
        if inside[i] or _low(token) == "saying":
            continue
        if _low(token) not in config.reporting_verbs and not (
            _low(token) in _RULING and i + 1 < len(tokens) and _low(tokens[i + 1]) in {"out", "that"}
        ):
            continue
        if i > 0 and _bare(token)[:1].isupper():
            continue  # "the United States", "Gulf States": a name, not a verb of saying
        voiced = True
        found: Found | None = None
        if _low(token) in _QUOTING:
            quoted_one = _quoted_as_saying(tokens, inside, i, phrase)
            found = Found(source=quoted_one, verb_at=i) if quoted_one else None
            if found is None and i + 1 < len(tokens) and _quotes_someone(tokens, inside, i, phrase):
                continue  # "Kahn quoted Berg, who said…": the words are not the quoter's
        if found is None:
            found = _source_of_verb(tokens, inside, i, phrase)
        if found is None:
            continue
        if first is None:
            first = found
        elif _another_speaker(first, found):
            # "Kahn said nothing, but Berg said 30 tanks crossed": two speakers, one claim; in doubt
            return Found(verb_at=first.verb_at, voiced=True)
    if first is not None:
        return first
    match = re.search(r"\baccording to\s", sentence, re.IGNORECASE)
    if match:
        index = len(_TOKEN.findall(sentence[: match.end()]))
        if index < len(tokens) and not inside[index]:
            source = phrase.after(index)
            if source:
                return Found(source=_author_of_document(source, tokens, index, phrase))
    return Found(voiced=voiced)


def _quotes_someone(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> bool:
    """ "quoted Berg", "cited Mr Kahn": a verb of quoting whose object is a named person or body."""
    if inside[i + 1] or _low(tokens[i + 1]) in _DETERMINERS:
        return False
    name = phrase.after(i + 1)
    return bool(name) and _is_name(tokens[i + 1])


def _another_speaker(first: Found, second: Found) -> bool:
    """Whether a second verb of saying in the sentence names someone other than the first's source."""
    if second.source is None:
        return False  # '"…," Amin said, "…," he added.'
    if first.source is None:
        return True
    a, b = _low(first.source), _low(second.source)
    return a not in b and b not in a


# "has ruled out", "the court ruled that": verdicts and denials; "ruled the country" is a deed
_RULING = frozenset({"ruled", "rules", "rule"})
_RULED = re.compile(r"\brul(?:ed|es|e) (?:out|that)\b")
_QUOTING = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})


def _quoted_as_saying(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> str | None:
    """ "State media quoted Kahn as saying…": the words are Kahn's, not the outlet's."""
    if i + 1 >= len(tokens) or inside[i + 1]:
        return None
    name = phrase.after(i + 1)
    if not name:
        return None
    at = i + 1 + len(name.split())
    if at + 1 < len(tokens) and _low(tokens[at]) == "as" and _low(tokens[at + 1]) in {"saying", "having", "telling"}:
        return name
    return None


def _author_of_document(source: str, tokens: list[str], index: int, phrase: _Phrase) -> str:
    """ "according to a statement from the health ministry" -> "the health ministry"."""
    words = source.split()
    at = index + len(words)
    if words[-1].lower() in _DOCUMENTS and at + 1 < len(tokens) and _low(tokens[at]) in {"from", "by", "of"}:
        if not _ends_clause(tokens[at - 1]):
            author = phrase.after(at + 1)
            if author:
                return author
    return source


_NOT_AFTER = frozenset(
    "to not who which that will would could may might should must can did does do never n't".split()
)


def _source_of_verb(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> Found | None:
    """The source of the verb of saying at tokens[i]: before it, or after it when it follows a quote."""
    found = _speaker_of_verb(tokens, inside, i, phrase)
    if found is not None and i + 1 < len(tokens) and _low(tokens[i + 1]) in {"responsibility", "credit"}:
        # "the group claimed responsibility": the group's claim, yet a deed rather than words
        return Found(source=found.source) if found.source else None
    return found


def _speaker_of_verb(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> Found | None:
    end = i
    while end > 0 and _low(tokens[end - 1]) in _AUXILIARIES and not _ends_clause(tokens[end - 1]):
        end -= 1
    # "Clark in October revealed", "the minister on Tuesday said": when, between source and verb
    if end > 2 and _low(tokens[end - 2]) in {"in", "on", "last", "this", "late", "early"} and (
        _low(tokens[end - 1]) in _TIME_WORDS or _low(tokens[end - 1]) in _MONTHS or _low(tokens[end - 1]).isdigit()
    ) and not _ends_clause(tokens[end - 2]) and not _ends_clause(tokens[end - 1]):
        end -= 2
    if end > 0 and _low(tokens[end - 1]) in _NOT_AFTER and not inside[end - 1] and not _ends_clause(tokens[end - 1]):
        return None  # "who said", "to say", "did not say": not the sentence's source
    if (
        end >= 4 and _low(tokens[end - 3]) in _PLACE_PREPOSITIONS and _low(tokens[end - 2]) == "the"
        and _modifier_word(tokens[end - 1]) and not any(inside[end - 3 : end])
        and not any(_ends_clause(t) for t in tokens[end - 4 : end])
        and _low(tokens[end - 4]) in phrase.nouns
    ):
        # "An Associated Press journalist in the area reported", "residents near the border said"
        name = phrase.before(end - 3)
        if name:
            return Found(source=name, verb_at=i)
    if end > 0 and not inside[end - 1] and not tokens[end - 1].endswith(('"', "”", "'", "’")):
        previous = _low(tokens[end - 1])
        if previous in _PRONOUNS and not tokens[end - 1].endswith(","):
            return Found(pronoun=_PRONOUNS[previous], verb_at=i)
        if tokens[end - 1].endswith(","):
            # "X, who led the opposition, said" / "X, two days later, said"
            named = _named_apposition(tokens, end - 1, inside, phrase)
            if named:
                return Found(source=named, verb_at=i)
            name = _before_appositions(tokens, end - 1, inside, phrase)
            if name:
                return Found(source=name, verb_at=i)
        else:
            name = phrase.before(end)
            if name:
                return Found(source=name, verb_at=i)
    # '"…," said Wissam Zarqa.' / '…, said the ministry.'
    after_quote = i > 0 and tokens[i - 1].endswith(('"', "”", "'", "’"))
    after_comma = i > 0 and tokens[i - 1].endswith(",")
    if (after_quote or after_comma) and _low(tokens[i]) in _INVERTING and i + 1 < len(tokens) and not inside[i + 1]:
        follower = _low(tokens[i + 1])
        if follower in _PRONOUNS and after_quote:
            return Found(pronoun=_PRONOUNS[follower], verb_at=i)
        name = phrase.after(i + 1, closing=True)
        if name:
            return Found(source=name, verb_at=i)
    return None


_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "inside", "outside"})


def _modifier_word(token: str) -> bool:
    word = _bare(token)
    return word.isalpha() and word.islower() and word not in _NOT_NAMES and word not in _AUXILIARIES


def _before_appositions(tokens: list[str], comma_at: int, inside: list[bool], phrase: _Phrase) -> str | None:
    """The source before an apposition or two: "Sean Robertson, a spokesperson for X, the Y, told"."""
    opened = _apposition_start(tokens, comma_at, inside, phrase.nouns)
    if opened is None:
        return None
    saved = tokens[opened]
    tokens[opened] = saved[:-1]
    start, name = phrase.before_at(opened + 1)
    tokens[opened] = saved
    if not name:
        # two appositions: "Liam Ortega, a spokesperson for the port authority, the agency that…, told"
        earlier = _apposition_start(tokens, opened, inside, phrase.nouns)
        return _name_run_before(tokens, earlier, inside) if earlier is not None else None
    if _low(name) in _PRONOUNS:
        return None
    # an apposition itself ("a spokesperson for Inherent Resolve,"): the name stands before it
    if _low(tokens[start]) in _DETERMINERS and start > 0 and tokens[start - 1].endswith(","):
        return _name_run_before(tokens, start - 1, inside) or name
    return name


def _name_run_before(tokens: list[str], comma_at: int, inside: list[bool]) -> str | None:
    """ "Sean Robertson," before an apposition: a run of two or more names right before the comma."""
    k = comma_at
    while k > 0 and comma_at - k < 4 and _is_name(tokens[k - 1]) and not inside[k - 1]:
        if _ends_clause(tokens[k - 1]):
            break
        k -= 1
    if not _is_name(tokens[comma_at]) or inside[comma_at] or comma_at - k < 1:
        return None
    if k > 0 and not (_ends_clause(tokens[k - 1]) or _low(tokens[k - 1]) in _OPENERS | _DETERMINERS):
        return None
    return " ".join(_bare(t) for t in tokens[k : comma_at + 1])


def without_title(name: str, config: EngineConfig) -> tuple[str, bool]:
    """ "Interior Minister Karim Osei" -> ("Karim Osei", True): the person, not the office.

    "China's ambassador to Britain Liu Xiaming" -> "Liu Xiaming": after an office and its place, the
    last two names.
    """
    words = name.split()
    office = config.titles | config.speaker_nouns
    last_title = max((i for i, w in enumerate(words) if w.lower().rstrip(".") in office), default=-1)
    rest = words[last_title + 1 :]
    if last_title < 0 or not rest:
        return name, False
    if any(
        w in {"for", "to", "of"} and k and (
            words[k - 1].lower() in _MOUTHPIECES or words[k - 1].lower().rstrip(".") not in config.titles
        )
        for k, w in enumerate(words[:last_title])
    ):
        return name, False  # "a spokesman for President Kahn", "Rivals of Mr Kahn": not Kahn himself
    if rest[0].lower() in {"to", "of", "for", "in", "at", "from"}:
        rest = rest[1:]
        if len(rest) < 3:
            return name, False
        rest = rest[-2:]
    if all(_is_name(w) for w in rest) and (len(rest) >= 2 or words[last_title].lower().rstrip(".") in config.titles):
        return " ".join(rest), True
    return name, False


# who speak for someone else: "a spokesman for President Kahn" is not Kahn
_MOUTHPIECES = frozenset(
    "spokesman spokeswoman spokesperson spokesmen spokespeople aide aides adviser advisers advisor advisors lawyer "
    "lawyers attorney attorneys".split()
)


def bare_office(name: str, config: EngineConfig) -> bool:
    """ "The president", "the minister": an office with no name, which could be anyone's."""
    words = name.lower().split()
    return len(words) == 2 and words[0] in _DETERMINERS and words[1] in config.titles


def is_person(name: str, config: EngineConfig) -> bool:
    """A person's name, not an organisation's: two or three capitalised words, none an institution's."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(_is_name(w) and not w.isupper() for w in words)
        and not any(w.lower() in config.speaker_nouns or w.lower() in config.titles for w in words)
        and not any(w.endswith(("'s", "’s")) for w in words)
    )


# heads of sources that are bodies, never a "he" or a "she" ("the ministry said", "the study found")
_BODIES = frozenset(
    "ministry ministries office agency network group military army navy police government council committee court "
    "report study survey statement statements data figures observatory organisation organization union "
    "association company firm bank board commission watchdog regulator family coalition alliance party opposition "
    "administration department service services mission broadcaster newspaper daily outlet media channel operator "
    "airline manufacturer institute foundation charity ngo hospital clinic cabinet parliament senate congress "
    "assembly tribunal panel inquiry review poll pollster census estimate estimates tally records presidency "
    "monitor centre center unit team authority embassy club league federation university school firm's office's "
    "ministry's agency's government's".split()
)


@dataclass
class _Speaker:
    name: str
    gender: str | None
    sentence: int


@dataclass
class Speakers:
    """An article's context for pronouns: who spoke where, who was named, what we know of their gender."""

    config: EngineConfig
    genders: dict[str, str] = field(default_factory=dict)
    speakers: list[_Speaker] = field(default_factory=list)
    mentions: list[tuple[int, str]] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    bodies: list[tuple[int, str]] = field(default_factory=list)
    offices: dict[str, dict[str, int]] = field(default_factory=dict)
    paragraphs: list[int] = field(default_factory=list)
    # sentences where someone who could be a "he" or "she" spoke and is not a named speaker: "a police
    # official said", "a resident said" (read or not), a "he said" left unresolved
    voices: list[int] = field(default_factory=list)

    def learn(self, sentence: str, index: int, paragraph: int | None = None) -> None:
        """Genders from titles ("Mr Peskov", "Mrs Lind"), and the people this sentence names.

        A surname alone ("Morrison") is a mention of the person named in full earlier.
        """
        self.paragraphs.append(index if paragraph is None else paragraph)
        surnames = {name.split()[-1]: name for _, name in self.mentions}
        surnames.update({s.name.split()[-1]: s.name for s in self.speakers if " " in s.name})
        for word in _CAPITALISED.findall(sentence):
            if word in surnames:
                self.mentions.append((index, surnames[word]))
        for m in _LONE_SUBJECT.finditer(sentence):
            # "Putin ordered…", "In Moscow, Putin, meanwhile, ordered…": someone named by one name only
            word = m.group(1)
            for suffix in _STRIP_SUFFIXES:
                word = word.removesuffix(suffix)
            low = word.lower()
            if low in _NOT_NAMES or low in _DETERMINERS or low in _OPENERS or low in _JOINERS or low in _TIME_WORDS:
                continue
            if word not in surnames and not any(word in name.split() for _, name in self.mentions):
                self.mentions.append((index, word))
        for m in _SOMEONE.finditer(sentence):
            # "A woman who lost her home…", "The father of one of the victims…": a person with no name
            noun = m.group(1).lower()
            gender = "f" if noun in _WOMEN else "m" if noun in _MEN else None
            anonymous = f"{noun}#{index}:{m.start()}"
            if gender:
                self.genders[anonymous] = gender
            self.mentions.append((index, anonymous))
        for m in _COURTESY.finditer(sentence):
            gender = "m" if m.group(1) in {"Mr", "Mister", "Sir"} else "f"
            self.genders.setdefault(m.group(2), gender)
            self.mentions.append((index, m.group(2)))
        for m in _NAME_RUN.finditer(sentence):
            run = m.group(0)
            if any(_low(w) in _NOT_NAMES for w in run.split()):
                continue
            name, titled = without_title(run, self.config)
            if is_person(name, self.config):
                self.mentions.append((index, name))
                if titled:
                    office = run.split()[len(run.split()) - len(name.split()) - 1].lower().rstrip(".")
                    self.offices.setdefault(office, {})[name] = index

    def holder(self, source: str, index: int) -> str | None:
        """ "The president" after "President Lena Marsh": the one person the article gave that office,
        named in the last few sentences."""
        words = source.lower().split()
        holders = self.offices.get(words[1], {}) if len(words) == 2 and words[0] == "the" else {}
        if len(holders) != 1:
            return None
        name = next(iter(holders))
        last_named = max((at for at, other in self.mentions if other == name), default=-1)
        # nobody else named or heard since: "Trump said… The president said" is not Zelensky's
        others = [at for at, other in self.mentions if other != name and other.split()[-1] not in name.split()]
        others += [s.sentence for s in self.speakers if s.name != name and s.name.split()[-1] not in name.split()]
        if any(at >= last_named for at in others):
            return None
        return name if index - last_named <= self.config.pronoun_window else None

    def gender(self, name: str) -> str | None:
        words = name.split()
        for word in reversed(words):
            if word in self.genders:
                return self.genders[word]
        first = words[0].lower() if words else ""
        if first in self.config.female_names:
            return "f"
        if first in self.config.male_names:
            return "m"
        return None

    def full_name(self, source: str) -> str:
        """ "Peskov" after "Dmitry Peskov", "Liu" after "Liu Xiaming": the full name, when only one person fits.

        With two people of that name in the article ("Joe Biden", "Hunter Biden"), the surname stays.
        """
        if " " in source:
            return source
        known = {s.name for s in self.speakers if " " in s.name} | {name for _, name in self.mentions}
        fits = {name for name in known if source == name.split()[-1]}
        if not fits:
            fits = {name for name in known if source == name.split()[0]}
        return fits.pop() if len(fits) == 1 else source

    def record(self, source: str, person: bool, index: int, sentence: str) -> None:
        """Remember a speaker, for a "he said" later on."""
        if person:
            gender = self.gender(source) or _pronoun_near(sentence, source, self.config)
            if gender:
                self.genders.setdefault(source.split()[-1], gender)
            self.speakers.append(_Speaker(source, gender, index))
        elif source.lower().split()[-1] in self.config.plural_nouns or " and " in source:
            self.groups.append((index, source))
        else:
            self.bodies.append((index, source))
            head = source.split()[-1]
            if head.islower() and head.lower() not in _BODIES:
                self.voices.append(index)  # "a police official", "the housing minister": a he or a she

    def resolve(self, pronoun: str, index: int) -> str | None:
        """The speaker a pronoun stands for, or None when that is in doubt."""
        if pronoun in {"p", "n"}:
            # "they said" right after a group spoke, "it said" right after a ministry or a company did
            own = self.groups if pronoun == "p" else self.bodies
            recent = [(at, name) for at, name in own if index - at <= 1]
            others = [at for at, _ in (self.bodies if pronoun == "p" else self.groups) if index - at <= 1]
            others += [s.sentence for s in self.speakers if index - s.sentence <= 1]
            if len({name for _, name in recent}) != 1 or any(at > recent[-1][0] for at in others):
                return None
            # another of the same kind spoke just before: "Officials said… Rebels said… They said"
            if any(name != recent[-1][1] and index - at <= 2 for at, name in own):
                return None
            return recent[-1][1]
        for speaker in reversed(self.speakers):
            if index - speaker.sentence > self.config.pronoun_window:
                return None
            if any(speaker.sentence < at < index for at in self.voices):
                return None  # "Lopez said… 'Only 12,' a police official said. 'The rest left,' she added."
            gender = speaker.gender or self.gender(speaker.name)
            if gender is None:
                return None  # the nearest speaker might be meant: in doubt
            if gender != pronoun:
                continue
            surname = speaker.name.split()[-1]
            for at, name in self.mentions:
                # someone else named since, who could be the one meant; or named beside the speaker, in
                # their paragraph ("Osei and Haddad met. Haddad said… He said"); or another man (woman)
                # named just before them ("Mr Osei said… Mr Haddad said… He said")
                gender = self.gender(name)
                if surname in name or gender not in {None, pronoun}:
                    continue
                if (
                    at >= speaker.sentence or self._same_paragraph(at, speaker.sentence)
                    or (gender == pronoun and speaker.sentence - at <= 2)
                ):
                    return None
            return speaker.name
        return None

    def _same_paragraph(self, a: int, b: int) -> bool:
        return a < len(self.paragraphs) and b < len(self.paragraphs) and self.paragraphs[a] == self.paragraphs[b]


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_WOMEN = frozenset("woman girl mother wife daughter sister widow grandmother aunt niece bride businesswoman".split())
_MEN = frozenset("man boy father husband son brother widower grandfather uncle nephew groom businessman".split())
# a person the article does not name: "a woman", "the soldier", "one nurse", "another witness"
_SOMEONE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s(?:[a-z]+\s){0,2}?"
    r"(woman|girl|mother|wife|daughter|sister|widow|grandmother|aunt|niece|bride|businesswoman|man|boy|father|"
    r"husband|son|brother|widower|grandfather|uncle|nephew|groom|businessman|soldier|nurse|doctor|teacher|student|"
    r"resident|witness|survivor|farmer|worker|driver|officer|medic|volunteer|neighbour|neighbor|relative|"
    r"shopkeeper|fighter|victim|passenger|patient|refugee|villager|protester|journalist|photographer|lawyer)\b"
)
# one capitalised word as a clause's subject: at the start, or after a comma, before a lower-case word
_LONE_SUBJECT = re.compile(r"(?:^|[,;:]\s|[\"“]\s?)([A-Z][a-z][\w'’-]*)(?=,\s|\s[a-z])")
_COURTESY = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mister|Madam|Sir|Dame|Lady)\.?\s+(?:[A-Z][\w'’-]+\s+)?([A-Z][\w'’-]+)")
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,4}")


def _pronoun_near(sentence: str, source: str, config: EngineConfig) -> str | None:
    """ "Smith, who has led her party since 2019, said": a pronoun between the name and its verb."""
    quoted, _ = quoted_mask(sentence)
    outside = sentence
    for a, b in quoted:
        outside = outside[:a] + " " * (b - a) + outside[b:]
    at = outside.find(source.split()[-1])
    if at < 0:
        return None
    clause = []
    for word in re.findall(r"[a-z]+", outside[at:].lower()):
        if word in config.reporting_verbs:
            break
        clause.append(word)
    words = set(clause)
    female, male = bool(words & {"she", "her", "herself"}), bool(words & {"he", "his", "him", "himself"})
    if female != male:
        return "f" if female else "m"
    return None


@dataclass(frozen=True, slots=True)
class Sourced:
    """A sentence's source in its article: who, whether a person, and whether it is quoted speech."""

    source: str | None
    person: bool
    speech: bool  # a direct quotation, or a sentence of one that runs over several sentences
    said: bool = False  # the source is named by a verb of saying, not by "according to"


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
    # a quotation over several sentences: one speaker for all of them
    named: dict[int, Found] = {}
    for index, item in enumerate(found):
        if (item.source or item.pronoun) and group_of[index] not in named:
            named[group_of[index]] = item
    speakers = Speakers(config)
    results: list[Sourced] = []
    for index, (text, block) in enumerate(sentences):
        speakers.learn(text, index, block)
        item = found[index]
        own = item
        grouped = group_of[index] != index or (index + 1 < len(sentences) and group_of[index + 1] == index)
        if not (item.source or item.pronoun):
            item = named.get(group_of[index], item)
        speech = grouped  # a sentence of a quotation that runs over several sentences
        if (
            not (item.source or item.pronoun) and quoting[index] and index > 0 and sentences[index - 1][1] == block
            and quoting[index - 1] and _starts_with_quote(text) and results[-1].source
        ):
            carried: str | None = results[-1].source
            if carried and results[-1].person and _named_in(carried, quotes[index]):
                carried = None  # '"…," Peskov said. "Haddad lied."': Haddad's name in the words is not the speaker
            results.append(Sourced(carried, carried is not None and results[-1].person, True, True))
            continue
        if item.pronoun:
            name = speakers.resolve(item.pronoun, index)
            if name and _named_in(name, quotes[index]):
                name = None  # '"Haddad is lying," he said.': whoever "he" is, not Haddad
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
        name, titled = without_title(item.source, config)
        name = speakers.full_name(name)
        person = titled or is_person(name, config)
        if item is not own and person and _named_in(name, quotes[index]):
            # a quotation's later sentence that names its speaker's name in the third person: in doubt
            results.append(Sourced(None, False, speech, True))
            continue
        holder = speakers.holder(name, index)
        if holder:
            name, person = holder, True
        elif bare_office(name, config) and speakers.offices.get(name.lower().split()[1]):
            # "the president", and the article names a president we cannot be sure of: in doubt
            results.append(Sourced(None, False, speech, item.verb_at >= 0))
            continue
        elif (
            (document := _document(name)) and results and results[-1].source
            and re.search(rf"\b(?:in|issued|released|published) (?:a|an|its|their|his|her) (?:\w+ )?{document}\b",
                          sentences[index - 1][0])
        ):
            # "…, the military said in a statement." then "…, the statement said." (not "citing a statement from…")
            name, person = results[-1].source, results[-1].person
        speakers.record(name, person, index, text)
        results.append(Sourced(name, person, speech, item.verb_at >= 0))
    return results


def _named_in(name: str, quoted: str) -> bool:
    """Whether the person's surname stands in the quoted words: they are spoken of, not speaking."""
    surname = name.split()[-1] if name else ""
    return bool(surname) and re.search(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", quoted) is not None


def _document(name: str) -> str | None:
    """ "the statement" -> "statement": a document that speaks for whoever issued it."""
    words = name.lower().split()
    return words[1] if len(words) == 2 and words[0] == "the" and words[1] in _DOCUMENTS else None


def _starts_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in _OPEN_QUOTES
