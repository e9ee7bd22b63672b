"""Who a sentence says spoke: the source phrase before or after its verb, read from the sentence alone.

A source stands before its verb ("Kremlin spokesman Dmitry Peskov said"), after it ('"…," said Lena
Brandt'), at the end of the sentence ("…, the United Nations has said."), across an apposition, a
relative clause or an adverbial ("Danny Kruger, who led the opposition to the bill, said"), or after
"according to". Pronouns are only marked here; claims/speakers.py resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims import first_names
from claims.config import EngineConfig
from claims.source_documents import (
    DOCUMENT_PARTICIPLES,
    according_to_phrase,
    after_according_to,
    author_of_document,
    authored_apposition,
    cut_short,
    document_owner,
    postmodified_source,
)
from claims.source_words import (
    ABBREVIATIONS,
    AFTER_SOURCE,
    APPOSITION_STARTS,
    AUXILIARIES,
    COUNT_WORDS,
    DETERMINERS,
    DOCUMENTS,
    HEAD_PREPOSITIONS,
    INITIALS,
    INVERTING,
    JOINERS,
    KIN,
    MONTHS,
    NOT_NAMES,
    OPENERS,
    PRONOUNS,
    STRIP_SUFFIXES,
    SUBORDINATORS,
    TIME_WORDS,
    TOKEN,
    agent_noun,
    bare,
    empty_main_clause,
    ends_clause,
    is_name,
    is_outlet,
    lower_word,
    quoted_mask,
    split_tokens,
)


@dataclass(frozen=True, slots=True)
class Found:
    """What one sentence says of its source, before the article's context is used."""

    source: str | None = None
    pronoun: str | None = None  # "m", "f" or "p" when the source is he, she or they
    verb_at: int = -1
    voiced: bool = False  # a verb of saying whose source could not be read ("A resident of the estate said")


class _Phrase:
    """Reads the noun phrase that names a source, walking left or right from a verb."""

    def __init__(self, tokens: list[str], inside: list[bool], config: EngineConfig) -> None:
        self.tokens = tokens
        self.inside = inside
        self.config = config
        self.nouns = config.source_heads
        self.titles = config.titles
        self.verbs = config.reporting_verbs

    def head(self, word: str) -> bool:
        """Whether a lower-case word can head a source: a listed speaker noun or a trade by its ending."""
        return word in self.nouns or agent_noun(word)

    def _modifier(self, token: str) -> bool:
        word = bare(token)
        if word.endswith(STRIP_SUFFIXES):
            word = word[:-2]  # "Bolivia's public defender's office"
        if _SIZE_MODIFIER.fullmatch(word):
            return True  # "The 15-nation bloc", "the 193-member assembly"
        return (
            word.replace("-", "").isalpha() and word.islower() and len(word) > 1 and word not in NOT_NAMES
            and word not in OPENERS and word not in SUBORDINATORS
            and word not in JOINERS and word not in AUXILIARIES and word not in INVERTING
            and word not in _FINITE  # "A diplomat said peacekeepers had counted": "said" describes no one
            and word not in _TOLL_VERBS  # ("said the result put Labor in its strongest position": a verb)
            and word not in _LINKING  # "The Prime Minister spoke to Odisha Chief Minister X": no describing word
            and word not in _WHERE_OR_WHEN  # "said outside court:": where, not who
        )

    def _role_then_name(self, at: int) -> bool:
        """Whether a role and a name follow a body's name: "Fenz West Coast | district manager Craig Hollis"."""
        for k in (at, at + 1):
            if k + 1 < len(self.tokens) and self.head(lower_word(self.tokens[k])) and is_name(self.tokens[k + 1]):
                return not any(ends_clause(t) for t in self.tokens[at : k + 1])
        return False

    def _body_named(self, at: int) -> bool:
        """Whether the name just before tokens[at] is a body's ("The Ministry of Health | in Gaza says")."""
        run = self.tokens[max(0, at - 4) : at]
        return is_name(self.tokens[at - 1]) and any(is_name(t) and self.head(lower_word(t)) for t in run)

    def _owned(self, determiner: int) -> bool:
        """Whether the phrase at tokens[determiner] belongs to a noun before it: "a spokesperson for the…",
        "the CDC and the WHO"."""
        joiner, owner = self.tokens[determiner - 1], self.tokens[determiner - 2]
        if lower_word(joiner) in {"by", "from"} and lower_word(owner) in DOCUMENTS and not ends_clause(owner):
            return not self.inside[determiner - 2]  # "a recent report by the International Energy Agency"
        if lower_word(joiner) in {"at", "with"} and not ends_clause(owner) and not self.inside[determiner - 2]:
            # "a senior official at the department", "Rescue workers with the White Helmets", "Analysts at a bank"
            return self.head(lower_word(owner)) and (owner.islower() or determiner == 2)
        return (
            lower_word(joiner) in {"of", "for", "and"} and not ends_clause(owner) and not self.inside[determiner - 2]
            and (self.head(lower_word(owner)) or is_name(owner))
        )

    def _the_name(self, at: int, end: int) -> bool:
        """ "the UDF" after "leaders in": a name with its article (not "the party", a kind)."""
        return (
            at + 1 < end and lower_word(self.tokens[at]) == "the" and not ends_clause(self.tokens[at])
            and is_name(self.tokens[at + 1])
        )

    def before(self, end: int) -> str | None:
        """The source phrase that ends with tokens[end - 1] ("the UN human rights chief"), if any."""
        return self.before_at(end)[1]

    def before_at(self, end: int) -> tuple[int, str | None]:
        """`before`, with the index where the phrase starts."""
        start, name = self._plain_before_at(end)
        if name is None and (bracketed := self._name_with_initials(end)) is not None:
            return bracketed
        if name is not None and " and " in name and start > 0:
            return self._whole_list(start, name)
        return start, name

    def _whole_list(self, start: int, name: str) -> tuple[int, str]:
        """ "France, Poland, Austria and Ireland have signalled": the list from its first name, not its last two."""
        tokens = self.tokens
        k = start - 1
        while k >= 0 and tokens[k].endswith(",") and is_name(tokens[k]) and not self.inside[k]:
            k -= 1
        if k == start - 1 or not (k < 0 or lower_word(tokens[k]) in OPENERS):
            return start, name
        listed = [bare(t) for t in tokens[k + 1 : start]]
        return k + 1, ", ".join([*listed, name])

    def _plain_before_at(self, end: int) -> tuple[int, str | None]:
        placed = self._one_of_a_place(end)
        if placed is not None:
            return placed, " ".join(bare(t) for t in self.tokens[placed:end])
        tokens, nouns = self.tokens, self.nouns
        opening = next((k for k in range(end - 1, max(0, end - 6), -1) if tokens[k].startswith("(")), None)
        if opening and tokens[end - 1].rstrip(",.;:").endswith(")") and is_name(tokens[opening - 1]):
            end = opening  # "Senator Ahmed Musa Lawan (PDP, Bauchi South) said": the name before its tag
        start = self._lower_case_office(end)
        has_head = has_name = last_modifier = False
        modifiers = 0
        while start > 0:
            i = start - 1
            token = tokens[i]
            if self.inside[i] or (i < end - 1 and ends_clause(token)):
                break
            low = lower_word(token)
            right = tokens[i + 1] if i + 1 < end else ""
            if i == end - 1 and _parenthetical(token) and i > 0 and is_name(tokens[i - 1]):
                start = i  # "the Copernicus Climate Change Service (C3S) said": the name before its initials
                continue
            if is_name(token) and not (i == 0 and low in OPENERS):
                has_name = True
            elif token in NAME_PARTICLES and _particle_in_name(tokens, i, end):
                has_name = True  # "Lieke van den Berg said", '"…," van den Berg said'
            elif (
                low.isalpha() and low.islower() and i >= 2 and lower_word(tokens[i - 1]) == "of" and has_name
                and is_name(right) and self.head(lower_word(tokens[i - 2])) and not ends_clause(tokens[i - 1])
            ):
                last_modifier = False
                start = i - 1  # "minister of state Khalid al-Mansoori": the "of" part of a title
                continue
            elif self.head(low) and not (i > 0 and lower_word(tokens[i - 1]) == "to" and low not in nouns):
                has_head = True  # (not "continues to insist": a verb after "to" is no trade)
            elif low in {"at", "with"} and lower_word(right) in DETERMINERS and i > 0 and (
                tokens[i - 1].islower() or i == 1  # ("Analysts at the bank": capitalised as the sentence opens)
            ) and (
                self.head(lower_word(tokens[i - 1]))
            ):
                pass  # "a senior official at the department said", "rescue workers with the White Helmets said"
            elif _joins_name(low, tokens[i - 1] if i else "") and right and (
                is_name(right) or lower_word(right) == "the"
            ) and i > 0 and (
                is_name(tokens[i - 1]) or self.head(lower_word(tokens[i - 1]))
                or lower_word(tokens[i - 1]) in {"of", "for"}
            ):
                pass
            elif (low in HEAD_PREPOSITIONS or (low == "by" and i > 0 and lower_word(tokens[i - 1]) in DOCUMENTS)) and (
                right and (is_name(right) or self._the_name(i + 1, end)) and i > 0
                and (self.head(lower_word(tokens[i - 1])) or self._body_named(i))
            ):
                pass  # "officials in Kabul said", "China's ambassador to Britain Liu Xiaming said"
            elif (
                low in {"by", "from"} and i > 0 and lower_word(tokens[i - 1]) in DOCUMENTS
                and (lower_word(right) == "the" or is_name(right))
            ):
                pass  # "a recent report by the International Energy Agency stated", "The report from CMHC showed"
            elif (
                low in {"of", "at"} and i > 1 and (is_name(right) or lower_word(right) == "the")
                and is_name(tokens[i - 1]) and is_name(tokens[i - 2]) and not ends_clause(tokens[i - 1])
            ):
                pass  # "Jonas Berg at Skagen Research said", "Supt Cheryl Yip of the force's crime bureau said"
            elif modifiers < 3 and self._modifier(token) and (
                self.head(lower_word(right)) or last_modifier or ("-" in token and is_name(right))
                or (is_name(right) and i + 2 < end and self.head(lower_word(tokens[i + 2])))  # "a senior US official"
                # "the force's Commercial Crime Bureau"
                or (token.endswith(STRIP_SUFFIXES) and is_name(right) and token[:1].islower())
                # "the paramilitary Rapid Support Forces": what the named body is, after its article
                or (is_name(right) and i > 0 and lower_word(tokens[i - 1]) == "the" and _ADJECTIVE.search(low)
                    and not ends_clause(token))
            ):
                modifiers += 1  # "local officials", "Republican state schools Superintendent X", "state-run Xinhua"
                last_modifier = True
                start = i
                continue
            elif low.isdigit() and i > 0 and is_name(tokens[i - 1]) and not ends_clause(tokens[i - 1]):
                has_name = True  # "Rescue 1122 spokesman Bilal Faizi": a number inside a name
            elif _ORDINAL.fullmatch(low) and has_name and is_name(right):
                pass  # "The 65th Mechanized Brigade said": a unit's number opens its name
            elif (low in COUNT_WORDS or low.isdigit()) and (has_head or has_name):
                start = i  # "Two people", "30 soldiers", "One Washington-based trade expert"
                break
            elif low in {"his", "her", "their"} and has_head and i + 1 < end and lower_word(
                tokens[i + 1]
            ) in _KIN_HEADS:
                start = i  # "his mother said", "Her colleague Angela Furtado said": whose they are, and their name
                break
            elif (low in DETERMINERS or (low in {"its", "their"} and has_name)) and (has_head or has_name):
                start = i  # ("Its State Committee for National Security said": the body, whoever's it is)
                if i > 1 and lower_word(tokens[i - 1]) == "of" and lower_word(tokens[i - 2]) in COUNT_WORDS:
                    start = i - 2  # "two of the sources said": some of those the article spoke of
                    break
                if i > 1 and self._owned(i):
                    continue  # "a spokesperson for the ministry", "the head of the UN agency"
                if i > 1 and has_name and self._the_name(i, end) and (
                    lower_word(tokens[i - 1]) in HEAD_PREPOSITIONS and not ends_clause(tokens[i - 1])
                    and self.head(lower_word(tokens[i - 2]))
                ):
                    continue  # "Senior leaders in the UDF said": the leaders, of the named body
                break
            else:
                break
            last_modifier = False
            start = i
        if start >= end or not (has_head or has_name) or not self.left_edge_ok(start):
            return end, None
        start = self._author_start(start, end)
        while start < end and lower_word(tokens[start]) in JOINERS - {"the"} and not is_name(tokens[start]) and not (
            tokens[start] in NAME_PARTICLES and _particle_in_name(tokens, start, end)
        ):
            start += 1  # "of the ministry" -> "the ministry", but "Al Jazeera" keeps its "Al", "van den Berg" its "van"
        words = [bare(t) for t in tokens[start:end] if not _parenthetical(t)]  # not "(Labour)"
        if not any(is_name(w) or self.head(w.lower()) for w in words):
            return end, None
        if len(words) >= 3 and words[0].lower() in {"a", "an"} and _PLURAL_HEAD.fullmatch(words[-1]) and (
            not words[-1].endswith("is")  # ("A CBO analysis said": one analysis)
        ):
            # "the coast guard, a policy rights groups say has pushed…": "a policy" is what they speak of,
            # in a clause about it; whose the rest of the sentence is, is in doubt
            return end, None
        return start, " ".join(words)

    def _name_with_initials(self, end: int) -> tuple[int, str] | None:
        """ "The Coordinator of Government Activities in the Territories (COGAT) said": a name that its own
        initials close is read whole, its "of" and "in" included (a long name no head word ends)."""
        tokens = self.tokens
        last = end - 1
        if last < 2 or self.inside[last] or not _BRACKETED_INITIALS.fullmatch(tokens[last].rstrip(",")):
            return None
        start = last
        while start > 0 and last - start < 10 and not self.inside[start - 1] and (
            not ends_clause(tokens[start - 1]) and (is_name(tokens[start - 1]) or tokens[start - 1] in _NAME_JOINERS)
        ):
            start -= 1
        while start < last and (tokens[start] in _NAME_JOINERS or tokens[start].endswith(STRIP_SUFFIXES)):
            start += 1  # ("Israel's Coordinator…": the body, not its country)
        words = tokens[start:last]
        initials = bare(tokens[last]).strip("()")
        if len(words) < 3 or sum(1 for w in words if w[:1].isupper()) < len(initials) - 1:
            return None  # (a name long enough to be what its initials spell; shorter ones the reader below reads)
        if start > 0 and lower_word(tokens[start - 1]) == "the":
            start -= 1
        return start, " ".join([*(bare(t) for t in tokens[start:last]), tokens[last].rstrip(",.;:")])

    def _one_of_a_place(self, end: int) -> int | None:
        """Where "a resident of the camp", "one worker at the Abu Shouk clinic" begins: an unnamed person
        told by the place they belong to, which no name or office of the phrase reader's lists ends."""
        tokens = self.tokens
        for k in range(end - 3, max(0, end - 7), -1):
            low = lower_word(tokens[k])
            if low not in {"of", "from", "in", "at"}:
                continue
            tail = tokens[k + 1 : end]
            if lower_word(tail[0]) != "the" or not bare(tail[-1]).isalpha() or not bare(tail[-1]).islower():
                return None
            if any(ends_clause(t) or self.inside[n] for n, t in enumerate(tokens[k - 2 : end], start=k - 2)):
                return None
            if k >= 2 and lower_word(tokens[k - 1]) in _PEOPLE_OF_PLACES and lower_word(tokens[k - 2]) in {
                "a", "an", "one", "two", "three", "several", "some",
            }:
                return k - 2
            return None
        return None

    def _lower_case_office(self, end: int) -> int:
        """Where the walk left starts: before "of health" in "the ministry of health said", written in lower case
        (a capitalised "Ministry of Health" is a name and walks by itself)."""
        tokens, k = self.tokens, end
        while k > 0 and end - k < 4 and not self.inside[k - 1] and tokens[k - 1].isalpha() and tokens[k - 1].islower():
            if tokens[k - 1] in {"of", "the"} or tokens[k - 1] in NOT_NAMES or tokens[k - 1] in self.verbs:
                break
            k -= 1
        if k < end and k > 1 and tokens[k - 1] == "the":
            k -= 1  # "the ministry of the interior"
        if k == end or k < 2 or tokens[k - 1] != "of" or tokens[k] == "and" or tokens[end - 1] == "and":
            return end
        institution = tokens[k - 2]
        return k - 1 if lower_word(institution) in _INSTITUTIONS and not ends_clause(institution) else end

    def _author_start(self, start: int, end: int) -> int:
        """Where the author begins in "a recent report by the IEA" (the report is theirs): after "by"."""
        for k in range(start, end - 1):
            if lower_word(self.tokens[k]) in DOCUMENTS and lower_word(self.tokens[k + 1]) in {"by", "from"}:
                return k + 2
        return start

    def left_edge_ok(self, start: int) -> bool:
        """Whether a source may start at tokens[start]: at a clause's edge, not inside another phrase.

        "This comes after police said…" is the one subordinate clause that is the sentence's claim.
        """
        if start == 0:
            return True
        if empty_main_clause([lower_word(t) for t in self.tokens[:start]]):
            return True
        previous = self.tokens[start - 1]
        if previous.endswith((",", ";", ":", "—", "–", "(", '"', "“", "”", "'", ".")) or previous in {"-", "—", "–"}:
            return True
        if start <= 6 and is_name(self.tokens[start]) and self._office_opens(start):
            return True  # "Director of public health Lisa Hart said": the office opens the sentence
        low = lower_word(previous)
        if low in _CONCESSIVE:
            return True  # "…, though Dempsey noted there is no evidence": a clause of its own, with its speaker
        if _AGED.fullmatch(low):
            return True  # "52-year-old Lorna Baggay said": an age before the name
        return low in OPENERS or (low.endswith("ly") and low.isalpha() and low not in self.nouns and len(low) > 4)

    def _office_opens(self, start: int) -> bool:
        """Whether the words before tokens[start] are an office that opens the sentence ("Cabinet member for
        finance", "Chief executive of the trust"): an office word first, then no verb and no clause break."""
        words = [lower_word(t) for t in self.tokens[:start]]
        first = words[0] if words else ""
        return (
            (first in self.titles or self.head(first)) and self.tokens[0][:1].isupper()
            and not any(ends_clause(t) for t in self.tokens[:start])
            and not any(w in _FINITE or w in self.verbs for w in words)
        )

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
            low = lower_word(token)
            if low in _FINITE or (token.startswith("(") and end > start):
                break  # "said the cuts would hurt families": what was said, never who; a bracket after a name
            if end == start and (
                low in DETERMINERS or low in COUNT_WORDS
                or (
                    low in {"his", "her", "their"} and end + 1 < len(tokens)
                    and lower_word(tokens[end + 1]) in _KIN_HEADS
                )
            ):
                kinds.append("det")  # "the ministry", "two people familiar with the matter", "her mother"
            elif (is_name(token) and low not in OPENERS) or (
                token in NAME_PARTICLES and _particle_in_name(tokens, end, len(tokens)) and "name" in kinds
            ):
                kinds.append("name")  # ("said Lieke van den Berg")
            elif self.head(low) or (low in DOCUMENTS and kinds):
                kinds.append("head")  # "the ministry", "court documents"
            elif (
                _joins_name(low, tokens[end - 1]) and kinds and end + 1 < len(tokens) and not ends_clause(token)
                and (is_name(tokens[end + 1]) or lower_word(tokens[end + 1]) == "the")
                # (not "figures prepared by the ETB for the Department": initials are a whole name)
                and not (bare(tokens[end - 1]).isupper() and lower_word(tokens[end + 1]) == "the")
            ):
                kinds.append("join")
            elif ("name" not in kinds or tokens[end - 1].endswith(STRIP_SUFFIXES) or self._role_then_name(end)) and (
                self._modifier(token) or (low.endswith("ly") and low.isalpha() and "name" in kinds)
            ):
                kinds.append("mod")  # "the ministry's senior adviser", "The We Company's recently named chair"
            else:
                break
            end += 1
            # ("according to a tally by the U.S. Chamber of Commerce": initials that begin a name go on)
            initials = _DOTTED_INITIALS.fullmatch(token) is not None and end < len(tokens) and is_name(tokens[end])
            if ends_clause(token) or (token.endswith(".") and lower_word(token) not in ABBREVIATIONS and not initials):
                break  # "said Lt. Matt Harris." goes on after "Lt."
        while kinds and kinds[-1] not in {"name", "head"}:
            kinds.pop()
        if not kinds:
            return None
        last = start + len(kinds) - 1
        close = _after_bracket(tokens, last)  # "said council member Denise Whitlock (D-Ward 4), who chairs…"
        if closing and not ends_clause(tokens[close]) and close + 1 < len(tokens):
            if lower_word(tokens[close + 1]) not in AFTER_SOURCE or _verb_follows(tokens, close + 1):
                return None  # "…, said officials in the area had ignored it": what was said, not who

        return " ".join(bare(t) for t in tokens[start : last + 1] if not _parenthetical(t))


# people told by the place they belong to: "a resident of the camp", "a worker at the clinic"
_PEOPLE_OF_PLACES = frozenset(
    "resident residents worker workers nurse nurses doctor doctors teacher teachers member members volunteer "
    "volunteers survivor survivors villager villagers official officials employee employees guard guards "
    "shopkeeper trader traders farmer farmers student students patient patients".split()
)
# the small words inside Dutch, German, French, Spanish and Portuguese surnames: "van den Berg", "da Silva"
NAME_PARTICLES = frozenset("van von de der den da di du ter ten dos das del della le la".split())


def _particle_in_name(tokens: list[str], i: int, end: int) -> bool:
    """Whether the particle at tokens[i] stands inside a surname: more particles, then a name, before `end`."""
    k = i + 1
    while k < end and tokens[k] in NAME_PARTICLES:
        k += 1
    return k < end and is_name(tokens[k]) and not ends_clause(tokens[k - 1])


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _after_bracket(tokens: list[str], last: int) -> int:
    """The last token of a short bracket right after tokens[last] ("(D-Ward 4),", "(C3S)"), else `last`."""
    if last + 1 < len(tokens) and tokens[last + 1].startswith("("):
        for k in range(last + 1, min(last + 5, len(tokens))):
            if ")" in tokens[k]:
                return k
    return last


_LINKING = frozenset("to in at of for from with by on into onto about over under than as".split())


# bodies whose names go on with "on": "the Commission on Human Rights", "the Committee on Foreign Affairs"
_ON_BODIES = frozenset("commission committee council panel conference subcommittee board institute office".split())


def _joins_name(low: str, before: str) -> bool:
    """Whether a lower-case word inside a name joins its parts ("of", "for", "on" after "Commission")."""
    return low in JOINERS or (low == "on" and is_name(before) and lower_word(before) in _ON_BODIES)


_SIZE_MODIFIER = re.compile(
    r"(?:[\d,]+|one|two|three|four|five|six|seven|nine|eleven|fifteen)-"
    r"(?:nation|member|country|state|strong|seat|party|judge|justice)"
)
_BRACKETED_INITIALS = re.compile(r"\([A-Z][A-Z0-9&]{1,7}\)")
_NAME_JOINERS = frozenset({"of", "for", "and", "on", "the", "in", "&"})


def _parenthetical(token: str) -> bool:
    """A word in brackets of its own beside a name: "(Labour)", "(UKHSA)"."""
    return token.startswith("(") and token.rstrip(",.;:").endswith(")")


# clauses of reason and condition: "because it counted", "if they said"
_REASONS = frozenset("because since although though whereas unless if".split())
# bodies named in lower case by what they are and what they see to: "the ministry of foreign affairs"
_INSTITUTIONS = frozenset(
    "ministry department office bureau directorate agency commission council board institute authority service".split()
)
_ADJECTIVE = re.compile(r"(?:ary|ist|ant|ent|ic|al|ive|ese|ish|ian|ous)$")
_WHERE_OR_WHEN = frozenset(
    "outside inside after before during near behind beside afterwards later earlier then again today yesterday "
    "tonight".split()
)
_FINITE = frozenset("had has have was were is are will would could should can may might must did does do".split())


def _second_clause(tokens: list[str], start: int) -> bool:
    """Whether the phrase at tokens[start] opens a second clause: "…, but the government said"."""
    return (
        start >= 2 and lower_word(tokens[start - 1]) in {"but", "and", "while", "whereas", "yet", "though", "although"}
        and tokens[start - 2].endswith(",") and len(tokens[: start - 1]) >= 5
    )


def _verb_follows(tokens: list[str], start: int) -> bool:
    """Whether a finite verb stands in the clause from tokens[start] on ("in the area had ignored")."""
    for token in tokens[start : start + 8]:
        if lower_word(token) in _FINITE:
            return True
        if ends_clause(token):
            return False
    return False


# a lawmaker's party and state in apposition: "R-Neb.,", "D-Calif.,", "I-Vt.,"
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*,")


def _apposition_start(tokens: list[str], comma_at: int, inside: list[bool], nouns: frozenset[str]) -> int | None:
    """Where the apposition or clause that ends at tokens[comma_at] (with a comma) begins, if it is one.

    "Danny Kruger, who led the opposition to the bill, said": the clause starts after "Kruger,".
    """
    crossed_quote = False
    for k in range(comma_at - 1, max(-1, comma_at - 40), -1):
        if inside[k]:
            crossed_quote = True  # "Tiina Mets, who has called the rise "an attack", said": words it quotes
            continue
        if tokens[k].endswith(","):
            segment = [lower_word(t) for t in tokens[k + 1 : comma_at + 1]]
            first = segment[0] if segment else ""
            if crossed_quote and first not in _RELATIVES:
                return None
            if (
                first in APPOSITION_STARTS or first.isdigit() or not TIME_WORDS.isdisjoint(segment)
                or _FOR_ONES_PART.fullmatch(" ".join(segment)) is not None
                or first.endswith(STRIP_SUFFIXES)
                or (segment and segment[-1] in nouns and len(segment) <= 6)
                or not nouns.isdisjoint(segment[:2])  # "X, chairman of the Joint Chiefs, said"
                # "Mariko Fujii, senior auto analyst at Aoba Securities, said": a role after two modifiers
                or (len(segment) >= 4 and segment[2] in nouns and segment[3] in {"at", "for", "of", "with"})
                or first.split("-")[-1] in nouns  # "Dr Tom Ashworth, vice-president of the college, said"
                # "Senator X, Fianna Fáil's director of elections, said": an owner's name, then the role
                or _owner_then_role(segment, nouns)
                or (len(segment) == 1 and _PARTY_TAG.fullmatch(tokens[comma_at]) is not None)  # "Sen. X, R-Neb., said"
                or (len(segment) == 1 and bare(tokens[comma_at]).rstrip(".") in _POST_NOMINALS)  # "Abara, M.D., said"
                or (first == "for" and len(segment) <= 3)  # "Imran Sadiq KC, for Corcoran, said": a barrister's side
                # "HS Nagaraj, replying to a three-day debate, said": what they were doing as they spoke
                or (first.endswith("ing") and first.isalpha() and first not in {"including", "according"})
                # ", operations coordinator for SOS Humanity,"
                or (len(segment) >= 2 and agent_noun(segment[1]) and segment[0].isalpha())
                # "Julien Castagné, more cautiously, said", "Syrian state television, meanwhile, blamed"
                or (len(segment) <= 3 and (segment[-1] in _ASIDES or _manner(segment[-1])))
            ):
                return k
            return None
        if tokens[k].endswith((";", ":", '"', "”")):
            return None
    return None


def _owner_then_role(segment: list[str], nouns: frozenset[str]) -> bool:
    """ "fianna fáil's director of elections": an owner's name, then the role, at an apposition's start."""
    return any(segment[k] in nouns and segment[k - 1].endswith(STRIP_SUFFIXES) for k in range(1, min(4, len(segment))))


_RELATIVES = frozenset({"who", "whose", "which"})
_FOR_ONES_PART = re.compile(r"for (?:its|their|his|her|our|my) part,?")  # "Russia's ministry, for its part, said"
# a role that serves or faces someone else: "a spokesman for", "an aide to", "lawyers representing"
_FORECAST = re.compile(
    r"\b(?:growth|sales|revenue|profits?|earnings|inflation|demand|recession|rates?|prices|outlook|risks?|"
    r"output|deficit|losses|margins?|rise|fall|decline|increase)\b"
)
_KIN_HEADS = KIN | frozenset(
    "family parents lawyer lawyers partner cousin fiancee fiance colleague friend neighbour neighbor deputy aide "
    "boss spokesperson spokesman spokeswoman office campaign team attorney attorneys".split()
)
_BODY_KINDS = frozenset(
    "watchdog regulator agency company firm group body charity union ministry department bank broadcaster "
    "newspaper organisation organization authority manufacturer maker drugmaker carmaker automaker retailer "
    "lender insurer airline carrier operator developer publisher label institute bureau service".split()
)
_FOR_SOMEONE = frozenset("for to against representing with close about addressed behalf".split())
_FRONTING = frozenset("in on at after before during speaking writing asked".split())


_SERVED_PEOPLE = frozenset(
    "minister president chancellor mayor governor secretary premier king queen prince princess ceo chairman chair "
    "chairwoman chairperson leader director chief executive head founder owner candidate senator judge family "
    "client star singer player coach manager boss commissioner".split()
)


def _served_is_named(tokens: list[str], start: int, end: int) -> bool:
    """Whether the one a role serves is already named in it, so the name after the role is the role's own:
    "The barrister representing Shaw, Helen Ogundipe," (Shaw is served), "A spokesman for the council, Liam
    Byrne," (a council is no person); not "A spokeswoman for the minister, John O'Dowd," (the minister may be him)."""
    for k in range(start, end - 1):
        if lower_word(tokens[k]) in _FOR_SOMEONE:
            served = tokens[k + 1 : end]
            if served and is_name(served[0]) and lower_word(served[0]) not in DETERMINERS:
                return True
            # a body or a portfolio ("the council", "elective care") is no person the name could be; a
            # person's role ("the minister", "the chief executive") may be
            head = lower_word(served[-1]) if served else ""
            return bool(head) and head not in _SERVED_PEOPLE and not head.endswith(("er", "or", "ist", "ant", "ent"))
    return False


def _serves_someone(tokens: list[str], k: int) -> bool:
    """Whether the comma-bounded phrase just before tokens[k] names whom something serves or is sent to
    ("…, handed to the prime minister, Keir Starmer,"), not a fronted scene ("In a letter to the
    president in May, Zippy Duvall said")."""
    j = k - 1
    while j > 0 and not tokens[j - 1].endswith(","):
        j -= 1
    if j == 0 and lower_word(tokens[0]) in _FRONTING:
        return False
    return not _FOR_SOMEONE.isdisjoint(lower_word(t) for t in tokens[j:k])
# what "shows" a finding: "NHS figures show", "state records show"
_SHOWING = frozenset(
    "figures data records statistics polls results studies documents numbers estimates surveys tests images "
    "photos videos footage accounts filings".split()
)


def _relative_subject(tokens: list[str], i: int) -> bool:
    """Whether the verb at tokens[i] is said by the one its clause is about: "Mets, who has called…"."""
    k = i - 1
    while k > 0 and lower_word(tokens[k]) in AUXILIARIES | {"has", "have", "had", "also", "repeatedly"}:
        k -= 1
    return k >= 0 and lower_word(tokens[k]) in {"who", "which"}


def _named_apposition(tokens: list[str], comma_at: int, inside: list[bool], phrase: _Phrase) -> str | None:
    """ "The ambassador, John Harris, said": the name between the commas, after a role; "Another analyst,
    Sarah Whitcombe of Peel Hunt, said": the person, not where they work."""
    if tokens[comma_at].endswith("),"):
        # "His party colleague, Folake Adesanya-Bello (APC, Ogun Central), said": the name before its tag
        opening = next((j for j in range(comma_at, max(0, comma_at - 5), -1) if tokens[j].startswith("(")), 0)
        comma_at = opening - 1 if opening > 1 and is_name(tokens[opening - 1]) else comma_at
    k = comma_at
    while k > 0 and comma_at - k < 4 and not ends_clause(tokens[k - 1]) and (
        is_name(tokens[k - 1]) or (tokens[k - 1][:1].isupper() and k > 1 and tokens[k - 2] == "The")
    ):
        k -= 1  # ("The We Company": a capitalised word of a name after its "The")
    if k > 2 and lower_word(tokens[k - 1]) in {"of", "at", "from"} and is_name(tokens[k - 2]):
        comma_at = k - 2  # the person's name ends before "of Peel Hunt"
        k = comma_at
        while k > 0 and comma_at - k < 3 and is_name(tokens[k - 1]) and not ends_clause(tokens[k - 1]):
            k -= 1
    if k == comma_at and not is_name(tokens[k]):
        return None
    if k > 1 and lower_word(tokens[k - 1]) == "the" and tokens[k - 2].endswith(","):
        k -= 1  # "The UN's weather and climate agency, the WMO, said", "Its parent, The We Company, said"
        before = _name_run_before(tokens, k - 1, inside)
        if before and is_person(without_title(before, phrase.config)[0], phrase.config):
            return None  # "Sen. Rebecca Cole, the Oklahoma Republican, said": what the person is, not who
    words = [bare(t) for t in tokens[k : comma_at + 1]]
    # a role of the name's own inside the commas: "The African Union's mediator, former Togolese official
    # Yao Agbeko, said"
    if 0 < k and len(words) >= 2 and not tokens[k - 1].endswith(",") and phrase.head(lower_word(tokens[k - 1])):
        lead = k - 1
        while lead > 0 and k - lead < 5 and not tokens[lead - 1].endswith(",") and not inside[lead - 1]:
            lead -= 1
        k = lead if tokens[lead - 1].endswith(",") else k
    if k == 0 or not tokens[k - 1].endswith(",") or inside[k - 1] or not is_name(tokens[comma_at]):
        return None
    # the role before the name, from the clause's start: "The ambassador," / "The envoy of the other side,"
    start = k - 1
    while start > 0 and k - start < 12 and not ends_clause(tokens[start - 1]) and not inside[start - 1]:
        start -= 1
    role = {part for t in tokens[start:k] for part in lower_word(t).split("-")}  # "The vice-chair,"
    if not role.isdisjoint(_FOR_SOMEONE) and not _served_is_named(tokens, start, k):
        # "A spokeswoman for the minister, John O'Dowd, said", "The letter, addressed to the chancellor,
        # Rachel Reeves, said": the name is whom the role serves or the text is sent to, not who speaks
        return None
    # ", UNHCR,"; "The watchdog, Ofcom,": one word names a body its kind introduced
    acronym = len(words) == 1 and len(words[0]) >= 3 and words[0].isalpha() and (
        words[0].isupper() or not role.isdisjoint(_BODY_KINDS)
    )
    if acronym and not role.isdisjoint(_FOR_SOMEONE):
        return None  # "Taras Melnychuk, a spokesperson for the military intelligence agency, HUR, told": the agency
    # ("One of them, Abdoulaye Haroun, said": one of a group the article spoke of, then named)
    one_of = [lower_word(t) for t in tokens[start : start + 2]] == ["one", "of"]
    # ("His wife, Susan, said": a kin word, then a first name)
    kin = (
        len(words) == 1 and k - start <= 3 and lower_word(tokens[k - 1]) in _KIN_HEADS and words[0][1:].islower()
        and lower_word(tokens[start]) in {"his", "her", "their", "my", "our"}
    )
    if (len(words) < 2 and not acronym and not kin) or not phrase.left_edge_ok(start) or not (
        one_of or any(phrase.head(w) for w in role)
    ):
        return None
    return " ".join(words)


def find_source(sentence: str, config: EngineConfig, open_quote: bool = False) -> Found:
    """The source a sentence names, from its structure alone (pronouns are left to resolve).

    `open_quote` says the sentence continues a quotation opened in the sentence before it.
    """
    found = _find_source(sentence, config, open_quote)
    owned = _ITS_BODY_SAID.search(sentence) if found.source is None else None
    if owned and (owner := _OPENING_OWNER.match(sentence)):
        # "China will halt exports…, its commerce ministry said": the ministry of the sentence's subject
        verb_at = len(TOKEN.findall(sentence[: owned.end(1)]))
        return Found(source=f"{owner.group(1)}'s {owned.group(1)}", verb_at=verb_at)
    owned_document = _ITS_DOCUMENT.match(sentence) if found.source is None and found.verb_at >= 0 else None
    if owned_document and found.pronoun is None:
        # "Its figures put the number of dead at 131": the figures of the body "it" stands for, read as "It put"
        return Found(pronoun="n" if owned_document.group(1).lower() == "its" else "p", verb_at=found.verb_at)
    team = found.source is not None and found.source.split()[-1].lower() in _TEAMS
    if team or (found.source is None and found.voiced and found.pronoun is None):
        led = _LED_BY.search(sentence)
        if led and (not team or (found.source or "") in sentence[: led.start() + len(led.group(0))]):
            # "a research group led by Herbert's colleague Noam Cohen found": its leader, by name
            return Found(source=without_title(led.group(1), config)[0], verb_at=found.verb_at)
    return found


# a document of a body a pronoun stands for, opening the sentence: "Its figures put…", "Their latest count showed…"
_ITS_DOCUMENT = re.compile(
    r"\W*(Its|Their)\s+(?:own\s+|latest\s+|new\s+|initial\s+|final\s+|preliminary\s+)?"
    r"(?:figures|data|report|statement|estimates?|count|tally|survey|analysis|study|records)\s+[a-z]+"
)
# a body the subject owns, speaking at the sentence's end: ", its commerce ministry said on Thursday."
_ITS_BODY_SAID = re.compile(
    r",\s+its\s+((?:[a-z]+\s+){0,2}(?:ministry|department|office|spokesperson|spokesman|spokeswoman|embassy|"
    r"military|army|government|foreign ministry|central bank|agency|regulator))\s+(?:said|says|announced|reported)\b"
)
# the name a sentence opens with, as its subject: "China will…", "The European Union has…"
_OPENING_OWNER = re.compile(
    r"(?:The\s+)?(?:[A-Z][a-z]+(?:ing|ed)\s)?((?:[A-Z][\w'’-]+\s){0,3}[A-Z][\w'’-]+)\s"
    r"(?:will|has|had|is|was|would|[a-z]+ed|[a-z]+s|sent|put|cut|set|hit|won|lost|began|took|gave|made|struck)\b"
)
# a hearing that was told what the sentence says: "…, Southwark Crown Court heard.", "…, the inquest heard."
_HEARING_HEARD = re.compile(
    r",\s+((?:the\s+|an\s+|a\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?i:court|inquest|tribunal|hearing|trial|jury|"
    r"jurors|inquiry|committee|commission|panel|MPs|senators|lawmakers))\s+(?:was\s+|were\s+|had\s+)?heard[.\s\"”'’]*$"
)


# groups that a named person leads, and the leader's name after "led by" (a role or an owner may come first)
_TEAMS = frozenset("group team lab laboratory researchers scientists consortium".split())
_LED_BY = re.compile(
    r"\b(?:group|team|lab|laboratory|researchers|scientists|consortium),?\s+(?:led|headed|run)\s+by\s+"
    r"(?:[\w’'-]+\s+){0,3}?((?:[A-Z][\w’'.-]+\s){1,3}[A-Z][\w’'-]+)"
)


def _find_source(sentence: str, config: EngineConfig, open_quote: bool) -> Found:
    sentence = sentence.replace(" -- ", " \u2014  ")  # a dash typed as two hyphens ("BERLIN -- The agency says")
    lowered = sentence.lower()
    heard = _HEARING_HEARD.search(sentence) if lowered.rstrip(" .\"”'’").endswith(" heard") else None
    if heard:
        # "…a fund that did not exist, Southwark Crown Court heard": what the hearing was told, not the
        # subject's own words
        return Found(source=heard.group(1), verb_at=len(TOKEN.findall(sentence[: heard.end(1)])))
    verdict = _VERDICT.search(sentence) if ":" in sentence else None
    if verdict:
        # "Ms Echeverría's verdict is blunt: "The easy part of disinflation is over."": her words
        return Found(source=verdict.group("name"), verb_at=len(TOKEN.findall(sentence[: verdict.end("name")])))
    poll = _POLL.match(sentence) if "poll" in lowered or "survey" in lowered else None
    if poll and (poll.group("by") or poll.group("name")):
        # "An Ipsos poll for the Evening Standard put Labour on 41%": the pollster's finding
        verb_at = len(TOKEN.findall(sentence[: poll.end()])) - 1
        return Found(source=poll.group("by") or poll.group("name"), verb_at=verb_at)
    words = re.findall(r"[a-z]+", lowered)
    has_verb = (
        not config.reporting_verbs.isdisjoint(words) or _RULED.search(lowered)
        or _PROGRESSIVE.search(lowered) or _TOLL_GIVEN.search(lowered) or not _SAYING_PARTICIPLES.isdisjoint(words)
    )
    if not has_verb and "according to" not in lowered:
        return Found()
    quoted, _ = quoted_mask(sentence, open_quote)
    tokens, inside = split_tokens(sentence, quoted)
    phrase = _Phrase(tokens, inside, config)
    first: Found | None = None
    voiced = False
    unread_at = -1  # the first verb of saying whose source could not be read
    for i, token in enumerate(tokens):
        if inside[i]:
            continue
        low = lower_word(token)
        if (low in _TOLL_VERBS and _TOLL_OBJECT.match(" ".join(tokens[i + 1 : i + 7]).lower())) or (
            low in _ESTIMATE_VERBS and _ESTIMATE_OBJECT.match(" ".join(tokens[i + 1 : i + 11]).lower())
        ):
            low = "said"  # "The governor put the death toll at 14", "Rescuers raised the number of wounded to 63"
        if low == "saying" and i > 1 and not inside[i - 1]:
            start, absolute = phrase.before_at(i)
            if absolute and start > 0 and tokens[start - 1].endswith(","):
                # "Rebels were pushed out of Karsa, the army saying 40 fighters were killed"
                first = first or Found(source=absolute, verb_at=i)
            continue
        if low.endswith("ing") and _progressive(tokens, i, config):
            i -= 1  # "Health authorities are reporting a sixth death": the source stands before "are"
        elif low == "saying" or (low not in config.reporting_verbs and not (
            low in _RULING and i + 1 < len(tokens)
            and lower_word(tokens[i + 1]) in ({"that"} if low.startswith("h") else {"out"} if low == "points" else {
                "out", "that"
            })
        ) and not (low in {"ruled", "rules"} and i == len(tokens) - 1 and tokens[i - 1] != tokens[0])):
            continue  # (", a coroner has ruled.": a closing ruling is a voice)
        if i > 0 and bare(token)[:1].isupper():
            continue  # "the United States", "Gulf States": a name, not a verb of saying
        if i > 0 and lower_word(tokens[i - 1]) in DETERMINERS:
            continue  # "An estimated 4,300 civilians", "the reported deaths": a word describing a noun
        noun_like = low in _NOUN_LIKE_VERBS or low == "disputes"
        if noun_like and i + 1 < len(tokens) and lower_word(tokens[i + 1]) in _FINITE | _TOLL_VERBS | _SHOWING_VERBS:
            # "Similar claims have been made", "Disputes were settled", "Initial estimates put the damage at":
            # a noun, the subject of its own verb
            continue
        if low == "states" and not (i + 1 == len(tokens) or lower_word(tokens[i + 1]) == "that" or token[-1] in ",.:;"):
            continue  # "allows member states to opt out": the nations; "the report states that…" is a voice
        if low == "states" and i > 0 and bare(tokens[i - 1])[:1].isupper() and not bare(tokens[i - 1]).isupper() and (
            i + 1 == len(tokens) or lower_word(tokens[i + 1]) != "that"
        ):
            continue  # "criticism from allies and Arab states.": the nations
        if i > 0 and low.endswith("s") and (
            tokens[i - 1].endswith(STRIP_SUFFIXES) or lower_word(tokens[i - 1]) in {"his", "her", "their", "its", "our"}
        ):
            continue  # "the NYAG's questions include", "their claims": a noun owned by someone
        if (
            low.endswith("s") and i == len(tokens) - 1 and i > 0 and tokens[i - 1].isalpha() and tokens[i - 1].islower()
            and not phrase.head(lower_word(tokens[i - 1])) and lower_word(tokens[i - 1]) not in PRONOUNS
        ):
            continue  # "…raised concerns about wildfire claims.": a noun closing the sentence, no voice
        if low == "added" and i > 0 and lower_word(tokens[i - 1]) == "value":
            continue  # "Gross value added (GVA) rose 7.2 per cent": a measure, not a voice
        if low in {"think", "thinks"} and i + 1 < len(tokens) and lower_word(tokens[i + 1]) in {"tank", "tanks"}:
            continue  # "a London-based think tank": a body, not a verb
        if low == "sees" and not _FORECAST.search(" ".join(tokens[i + 1 : i + 8]).lower()):
            continue  # "Dr Yousif sees 150 patients a day": a deed; "Home Depot sees sales growth of 1.8%"
        if low == "show" and lower_word(tokens[i - 1]) not in _SHOWING and not _shown_from(tokens, i):
            continue  # "his weekly YouTube show": a noun; but "NHS figures show", "data from the CFTC show"
        if low in {"showed", "shows"} and i + 1 < len(tokens) and lower_word(tokens[i + 1]) in _SHOWN_FEELINGS:
            continue  # "Corcoran showed no reaction", "she shows little emotion": a deed, no finding
        if low == "continued" and not _continues_speech(tokens, inside, i):
            continue  # "Fighting continued on Tuesday": going on, not speaking
        if low in {"agreed", "agrees", "agree"} and i + 1 < len(tokens) and lower_word(tokens[i + 1]) in _AGREED_TO | {
            "their", "its", "his", "her", "a", "an", "the", "terms", "new"
        }:
            # "Kyrgyzstan and Tajikistan agreed to a ceasefire", "the fund agreed by governments": a deed
            continue
        if low in _DEED_VERBS and _deed_object(tokens, i + 1, _DEED_VERBS[low]):
            continue  # "The family claimed Ford's body", "Beauvillier added his seventh": a deed, no voice
        if low in {"added", "adds"} and _counted_object(tokens, i + 1):
            continue  # "employers added 139,000 jobs": a deed; but "he added 12 people were hurt" is a voice
        if after_according_to(tokens, i):
            continue  # "according to court records": a noun, not a verb of saying
        if low in {"told", "informed", "asked"} and i > 0 and lower_word(tokens[i - 1]) in _BE_PASSIVE:
            continue  # "Staff were told at a meeting…": the ones told, not who told them
        if low in {"advised", "represented", "counselled"} and i > 0 and lower_word(tokens[i - 1]) in _BE_PASSIVE:
            continue  # "Vestra was advised by Goldman Sachs and ING": a deal's advisers, no voice
        if i > 0 and lower_word(tokens[i - 1]) in _BE_PASSIVE and not (
            i + 1 < len(tokens) and lower_word(tokens[i + 1]) == "by"
        ):
            continue  # "Larvae were found in 6 per cent of homes": what was found, not who found it
        voiced = True
        two_before = " ".join(lower_word(t) for t in tokens[max(0, i - 2) : i])
        if i > 0 and (lower_word(tokens[i - 1]) in _REMAINDERS or two_before in _REMAINDERS):
            continue  # "54 percent oppose it, 31% support it and the rest said they did not know": the surveyed
        found: Found | None = None
        if low in _QUOTING:
            quoted_one = _quoted_as_saying(tokens, inside, i, phrase)
            found = Found(source=quoted_one, verb_at=i) if quoted_one else None
            if found is None and i + 1 < len(tokens) and _quotes_someone(tokens, inside, i, phrase):
                continue  # "Kahn quoted Berg, who said…": the words are not the quoter's
        if found is None and first is None:
            found = _passive_agent(tokens, inside, i, phrase)
        if found is None:
            found = _source_of_verb(tokens, inside, i, phrase)
        if found is not None and low in _WELCOMING and not (found.pronoun or _names_someone(found.source)):
            continue  # "Small investors have welcomed the listing": a crowd's reaction, not a named voice's
        if found is None:
            # a verb of saying whose source could not be read ("which a group has said", not "Thirty states")
            perfect = lower_word(tokens[i - 1]) in {"has", "have", "had"}
            if (low in {"said", "told"} or perfect) and not _relative_subject(tokens, i):
                unread_at = unread_at if unread_at >= 0 else i
            if first is not None and first.source and low in {"said", "told"} and first.verb_at >= 0 and lower_word(
                tokens[first.verb_at]
            ) in _STANCES and lower_word(tokens[i - 1]) not in {"and", "but"}:  # (not "X welcomed it but said…")
                return Found(verb_at=first.verb_at, voiced=True)  # "Airbus expects…, its rival Boeing said"
            if first is not None and first.source and i > first.verb_at + 3 and low in _PLAIN_SAYING and any(
                _second_clause(tokens, k) and lower_word(tokens[k - 1]) != "and" and lower_word(tokens[k]) != "that"
                for k in range(first.verb_at + 2, i)
            ) and lower_word(tokens[i - 1]) not in _NEGATIONS:
                # "Rwanda has denied arming the M23, but a report by a UN group of experts… estimated that
                # 3,000 troops…": a second voice the sentence names but we could not read; in doubt
                return Found(verb_at=first.verb_at, voiced=True)
            if first is not None and first.source and (unread_at >= 0 or i > first.verb_at + 3) and (
                _subordinate_before(tokens, i)
            ):
                # "Rwanda denies it, although a UN group of experts said 4,000 of its troops…", "Ministers said
                # the NHS was turning a corner, though the NAO found that the list rose": two voices
                return Found(verb_at=first.verb_at, voiced=True)
            continue
        if first is None and found.source and 0 <= unread_at and _source_before(tokens, unread_at, found.source):
            # "Rwanda, which a U.N. group of experts has said has 4,000 troops there, denies it": someone
            # spoke inside the clause about the subject, and the figure may be theirs; in doubt
            return Found(verb_at=i, voiced=True)
        if first is None:
            first = found
        elif (
            found.pronoun and first.source and first.source.split()[-1].lower() in DOCUMENTS
            and tokens[i - 2].endswith(",") and not inside[i - 2]
        ):
            return found  # "The party's own tally showed it ahead in five seats, she said.": what she reports
        elif found.voiced and not found.source and not found.pronoun:
            return Found(verb_at=first.verb_at, voiced=True)  # "Kahn said nothing, but Berg said…": in doubt
        elif (
            found.pronoun in {"m", "f"} and first.source and first.verb_at >= 0
            and lower_word(tokens[first.verb_at]) in _TALLIED | _STANCES and i >= 2 and tokens[i - 2].endswith(",")
            and not is_person(first.source, config)
        ):
            return found  # "Punjab recorded 5,120 farm fires this season, she said.": hers, not Punjab's
        elif _another_speaker(first, found):
            if found.source and _after_opening_concession(tokens, inside, first.verb_at, i):
                return found  # "Although the family suggested murder, Hawk Sawyer told lawmakers…": the main clause's
            if (
                first.verb_at >= 0 and _reported_within(tokens, inside, first.verb_at, i, found)
                and not _trailing(tokens, inside, i, found.source or "")
            ):
                return first  # "He said his predecessor, Fiona Hill, had dubbed it…": what he reports
            expects = lower_word(tokens[first.verb_at]) in _STANCES | _TALLIED if first.verb_at >= 0 else False
            # ("Initial estimates put the damage at…, the agriculture ministry said": whose estimates they are)
            expects = expects or _ownerless_document(first.source or "", opening=True)
            # ("Maria Lopez denied the charges, her lawyer said": the one who speaks for the subject tells it all)
            expects = expects or bool(found.source and _OWN_VOICE.match(found.source))
            if (first.source is None or expects) and found.source and _trailing(tokens, inside, i, found.source):
                # "He called her a traitor and said, '…,' the prosecutor's office said.": the whole
                # sentence is what the last source reported; but "Police said…, local media reported."
                # names two sources, and the claim is in doubt. "The retailer sees sales rising, the
                # company said": what someone expects, told by the source at the end
                return found
            if _two_clauses_two_voices(tokens, inside, first, found, i):
                # "The army said it retook the bridge, while the RSF said it still held the crossing": each
                # clause has its own source, and the claim both; both are named, in the sentence's order
                return Found(source=f"{first.source}{TWO_VOICES}{found.source}", verb_at=first.verb_at)
            # "Kahn said nothing, but Berg said 30 tanks crossed": two speakers, one claim; in doubt
            return Found(verb_at=first.verb_at, voiced=True)
    speech = first is not None and lower_word(tokens[first.verb_at]) in _SPEECH
    if first is not None and first.source and (
        # ("Some board members argued…, according to two people familiar with the discussions": what the
        # informed tell of a crowd; but "the ministry said…, according to the BBC" stays the ministry's)
        (not is_name(first.source.split()[0]) and not (speech and first.source.split()[0].lower() in DETERMINERS))
        or (
            first.source.split()[0].istitle()
            and first.verb_at <= len(first.source.split()) + 2
            and (first.source.split()[0].lower() not in NOT_NAMES or first.source.split()[0].lower() in DETERMINERS)
            and (not is_person(first.source, config) or not _first_name(first.source.split()[0], config))
            and not speech
        )
    ):
        # (a name of a person's shape whose first word is no first name is a place: "Counties Manukau")
        # ("The United States has recorded 19 disasters, according to NOAA": where it happened; but "The
        # minister said…, according to the BBC" is the minister's, relayed)
        according = _trailing_according_to(tokens, inside, first.verb_at, phrase)
        according = document_owner(according) if according else None
        owned = bool(according) and _ownerless_document(according or "") and any(
            is_name(w) for w in first.source.split()
        )  # "The Treasury expects…, according to the budget estimates": the Treasury's own
        if according and not owned:
            # "Employers announced 12,000 layoffs in March, according to the Labor Department": the count
            # is the department's
            return Found(source=according)
        if not owned and _trailing_according_to(tokens, inside, first.verb_at, phrase, read=False):
            # "Birmingham has recorded 412 cases, according to UKHSA data seen by The Independent": the
            # subject is where it happened, and the source after it could not be read; in doubt
            return Found(verb_at=first.verb_at, voiced=True)
    opening = _opening_according_to(tokens, inside, phrase)
    relayed = first is not None and first.source is not None and (
        is_person(first.source, config) or without_title(first.source, config)[1]
    ) and lower_word(tokens[first.verb_at]) in _SPEECH
    if first is not None and opening and first.verb_at > 3 and not relayed:
        # "According to the Financial Times, ministers had argued for weeks…": what the paper reports
        return Found(source=opening)
    if first is not None and first.source and first.source.lower() in _DATA_WORDS:
        author = _published_by(tokens, inside, first.verb_at, phrase)
        if author:
            return Found(source=author, verb_at=first.verb_at)  # "Data published by the Ministry of Housing showed"
    if first is not None and first.verb_at > 0 and _according_before_concession(tokens, inside, first.verb_at):
        first = None  # the main clause's source is the one "according to" names
    elif first is not None and first.source and first.verb_at > 0 and (
        (k := _according_then_and(tokens, inside, first.verb_at)) is not None
    ):
        # "…displaced 500,000 people, according to UN estimates, and the World Bank said…": each clause its own
        earlier = phrase.after(k + 2) or according_to_phrase(tokens, inside, k + 2)
        if earlier and not _relays(earlier):
            return Found(source=f"{earlier}{TWO_VOICES}{first.source}", verb_at=first.verb_at)
    if first is not None and first.source and lower_word(tokens[first.verb_at]) in {"reported", "reports"}:
        audited = _according_author(tokens, inside, first.verb_at, phrase)
        if audited and audited.split()[0].lower() not in {"a", "an"} | DOCUMENTS:
            # "PREMIUM TIMES had reported how N21 billion could not be traced, according to an audit by the
            # Office of the Auditor-General": the figure is the audit's author's
            return Found(source=audited)
    if first is not None and first.source and first.verb_at >= 0 and (
        (k := _closing_according_to(tokens, inside, first.verb_at)) is not None
    ) and any(lower_word(t) in {"where", "which"} and tokens[n - 1].endswith(",") for n, t in enumerate(
        tokens[first.verb_at + 1 : k], start=first.verb_at + 1
    )):
        # "Al-Sayani warned…, where more than 57,000 Palestinians have been killed, according to the Gaza Ministry
        # of Health": the speaker's words, and a figure in the clause about the place from another source
        according = _trailing_according_to(tokens, inside, first.verb_at, phrase)
        if according and not _relays(according) and according != first.source:
            return Found(source=f"{first.source}{TWO_VOICES}{according}", verb_at=first.verb_at)
    if first is not None:
        return first
    saying = _saying_after_comma(tokens, inside)
    if saying is not None and not any(lower_word(t) in SUBORDINATORS for t in tokens[1:saying]):
        # (not "The council approved it after Mayor Reed backed it, saying…": whose words, in doubt)
        subject = _opening_subject(tokens, inside, phrase, saying)
        if subject:
            return Found(source=subject, verb_at=saying)  # "X decided to weigh in on Monday, saying that…"
        opener = lower_word(tokens[0])
        if opener in PRONOUNS and tokens[0][:1].isupper() and not inside[0]:
            return Found(pronoun=PRONOUNS[opener], verb_at=saying)  # "He declined to give a timetable but said"
    match = re.search(r"\baccording to\s", sentence, re.IGNORECASE)
    if match:
        index = len(TOKEN.findall(sentence[: match.end()]))
        if index < len(tokens) and lower_word(tokens[index]) in _OBJECT_PRONOUNS and not inside[index] and (
            ends_clause(tokens[index]) or index == len(tokens) - 1  # (not "according to her lawyer")
        ):
            # "According to him, the DVAC had wrongly valued the house": the one he stands for
            return Found(pronoun=_OBJECT_PRONOUNS[lower_word(tokens[index])], verb_at=index - 2)
        if index < len(tokens) and not inside[index]:
            source = phrase.after(index)
            owner_only = source is not None and source.endswith(STRIP_SUFFIXES)  # "according to the UN's | human…"
            if owner_only or not voiced and (source is None or cut_short(tokens, inside, index + len(source.split()))):
                # (beside a verb of saying whose source could not be read, another source is in doubt)
                source = according_to_phrase(tokens, inside, index) or source
            if source and source.split()[-1].lower() in _INSTITUTIONS:
                source = _office_of(tokens, inside, index + len(source.split()), source)
            if source:
                citer = _cited_by(tokens, index + len(source.split()))
                if citer:
                    return Found(source=citer)  # "according to industry sources cited by publication DigiTimes"
                role = source[0].islower() or source.split()[-1][:1].islower()
                named = _name_after_role(tokens, inside, index + len(source.split())) if role else None
                if named:
                    return Found(source=named)  # "according to the city's mayor, Ihor Bondarenko."
                author = author_of_document(source, tokens, index, phrase)
                if lower_word(author.split()[0]) in _SUBJECT_OWNS:
                    # "according to its latest annual report", "according to figures it filed": the subject's
                    subject = _opening_subject(tokens, inside, phrase, index)
                    return Found(source=subject) if subject else Found(voiced=True)
                return Found(source=author)
            if lower_word(tokens[index]) in DOCUMENTS and not ends_clause(tokens[index]):
                # "according to reports received by Amnesty": the author, never "reports" alone
                word = bare(tokens[index])
                author = author_of_document(word, tokens, index, phrase)
                if author != word:
                    return Found(source=author)
    return Found(verb_at=unread_at, voiced=voiced)  # (a verb of saying whose source could not be read: someone spoke)


def _office_of(tokens: list[str], inside: list[bool], at: int, source: str) -> str:
    """ "the office" + "of the chief electoral officer,": whose office, read to the clause's end (six words at most)."""
    if at + 1 >= len(tokens) or lower_word(tokens[at]) != "of" or ends_clause(tokens[at - 1]):
        return source
    for k in range(at + 1, min(len(tokens), at + 7)):
        if inside[k] or lower_word(tokens[k]) in _PHRASE_BREAKS:
            return source
        if ends_clause(tokens[k]):
            return " ".join([source, *(bare(t) for t in tokens[at : k + 1])])
    return source


_PHRASE_BREAKS = frozenset("who which that said says told and or but".split())


def _ownerless_document(source: str, opening: bool = False) -> bool:
    """ "the budget estimates", "official results": a document that names no one who issued it (`opening`:
    its first word may be capitalised only because it opens the sentence: "Initial estimates")."""
    words = source.split()
    if not words or words[-1].lower() not in DOCUMENTS:
        return False
    return all(w.islower() for w in (words[1:] if opening else words))


# verbs of welcoming and condemning: speech when someone named, a title or an office does it
_WELCOMING = frozenset(
    "welcomed welcomes hailed hails praised praises denounced denounces slammed slams lamented laments decried "
    "decries".split()
)


def _names_someone(source: str | None) -> bool:
    """ "Sudan's envoy", "Omer Hassan", "the ministry": a source with a name or an office, not "small investors"."""
    if not source:
        return False
    words = source.split()
    crowd = _PLURAL_HEAD.fullmatch(words[-1].lower()) is not None and all(w.islower() for w in words[1:])
    return not crowd  # (its first word may be capitalised only because it opens the sentence)


# the words that give a document to the sentence's subject: "its latest annual report", "figures it filed"
_SUBJECT_OWNS = frozenset({"its", "it", "their", "they"})
_OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "p"}


_AGREED_TO = frozenset({"to", "on", "by"})
_SHOWING_VERBS = frozenset("show showed shows suggest suggested suggests indicate indicated indicates".split())


def _according_then_and(tokens: list[str], inside: list[bool], verb_at: int) -> int | None:
    """Where an "according to" stands that a ", and" closes before the source of the verb at tokens[verb_at]."""
    at = next((k for k in range(verb_at) if lower_word(tokens[k]) == "according" and not inside[k]), -1)
    if at < 0 or at + 2 >= verb_at or lower_word(tokens[at + 1]) != "to":
        return None
    joined = any(
        tokens[k - 1].endswith(",") and lower_word(tokens[k]) == "and" for k in range(at + 3, verb_at)
    )
    return at if joined else None


def _according_before_concession(tokens: list[str], inside: list[bool], verb_at: int) -> bool:
    """Whether "according to" stands before a clause of contrast whose verb is the sentence's only one: "The war
    has killed 40,000 people, according to U.N. figures, though aid groups say the toll is higher"."""
    at = next((k for k in range(verb_at) if lower_word(tokens[k]) == "according" and not inside[k]), -1)
    if at >= 0 and any(lower_word(t) in _CONCESSIVE for t in tokens[at + 2 : verb_at]):
        return True
    # "…, according to its own figures, but net reserves remain negative, say analysts": the closing voice
    # speaks for the clause after "but" only
    inverted = verb_at > 0 and tokens[verb_at - 1].endswith(",") and lower_word(tokens[verb_at]) in INVERTING
    return at >= 0 and inverted and any(
        lower_word(tokens[k]) == "but" and tokens[k - 1].endswith(",") for k in range(at + 2, verb_at)
    )


# someone's judgement, then their quoted words after a colon: "Ms Echeverría's verdict is blunt: "…""
_VERDICT = re.compile(
    r"(?:^|[.!?]\s+)(?P<name>(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’-]*)['’]s\s+(?:[a-z]+\s+){0,2}?"
    r"(?:verdict|view|assessment|message|response|answer|advice|warning|conclusion|reply|diagnosis|explanation)"
    r"\s+(?:is|was)\b[^:\"“”]{0,30}:\s*[\"“]"
)
# a poll named by its pollster, and what it puts: "An exit poll for ZDF by Forschungsgruppe Wahlen puts the
# CDU on 31%", "A YouGov survey showed"
_POLL = re.compile(
    r"\s*(?:An?|The)\s+(?:(?:19|20)\d\d\s+)?(?:(?P<name>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2})\s+)?(?:[a-z]+\s+){0,2}"
    r"(?:poll|survey)\b[^.;:\"“”]{0,80}?(?:\bby\s+(?:the\s+)?(?P<by>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})[^.;:\"“”]{0,40}?)?"
    r"\s(?:puts?|showed|shows|found|finds|gave|gives|suggests|suggested)\b"
)
# verbs of expecting and judging, not of telling: their subject is what a trailing source speaks of
_STANCES = frozenset(
    "sees expects believes estimates forecasts predicts projects anticipates welcomed welcomes hailed praised "
    # commitments, told by whoever reports them: "The government has promised 10bn lira…, the ministry said"
    "promised promises pledged pledges vowed vows".split()
)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were) [a-z]+ing\b")
_BE = frozenset({"is", "are", "was", "were"})


# participles that report speech when "that" follows them: ", adding that", ", concluding that"
# a place or a body that counted what happened there: "Kenya has recorded 87 deaths…, the ministry said"
_TALLIED = frozenset("recorded registered logged".split())
_ORDINAL = re.compile(r"\d{1,4}(?:st|nd|rd|th)")
def _manner(word: str) -> bool:
    return word.endswith("ly") and len(word) > 4 and word.isalpha()


_ASIDES = frozenset("meanwhile however though too instead also likewise separately nonetheless".split())
_PLAIN_SAYING = frozenset("said says told estimated estimates reported found warned stated".split())
_NEGATIONS = frozenset("not never didn't doesn't don't wouldn't couldn't didn’t doesn’t don’t".split())
_BAR_LETTERS = frozenset({"SAN", "QC", "KC", "SC"})  # senior advocates' and counsels' letters after a name
_SAYING_PARTICIPLES = frozenset(
    "adding noting arguing concluding warning insisting claiming stressing explaining acknowledging "
    "conceding admitting confirming ruling finding declaring asserting alleging stating promising vowing pledging "
    "telling writing".split()
)
# a second verb of saying joined to the subject's first ("Boeing is bidding, and confirmed that")
_JOINED_SAYING = frozenset(
    "said told confirmed added warned insisted acknowledged admitted denied argued announced revealed noted "
    "stressed says tells confirms adds warns insists acknowledges admits denies argues announces notes".split()
)


_BE_PASSIVE = frozenset({"is", "are", "was", "were", "been", "being"})
# verbs that give a toll (or a damage bill) as a report when its count is their object
_TOLL_VERBS = frozenset(
    "put puts raised raises revised lowered updated placed places pegged pegs measured gave gives give".split()
)
_TOLL_GIVEN = re.compile(
    rf"\b(?:{'|'.join(sorted(_TOLL_VERBS))}) (?:the|its|their|his|her|initial|total|it at|an?) "
)
_TOLL_OBJECT = re.compile(
    r"(?:the|its|their|his|her|initial|total|an?)\s(?:[\w-]+\s)?(?:toll|number of (?:dead|deaths|wounded|"
    r"injured|people killed|casualties|victims)|casualty figures?|damage|losses|cost|magnitude)\b"
    r"|it at (?:magnitude )?\d"  # "The survey measured it at 6.9"
)
# "put the strike rate among primary school teachers at 27%", "put the Paris march at 58,700": an estimate
_ESTIMATE_VERBS = frozenset("put puts pegged pegs".split())
_ESTIMATE_OBJECT = re.compile(
    r"(?:the|its|their)\s(?:[\w’'-]+\s){1,6}?at\s(?:about\s|around\s|nearly\s|just\s|some\s)?[$€£]?\d[\d,.]*"
    r"(?!\s?(?:am|pm|a\.m|p\.m|o['’]clock)\b)"
)
_PLURAL_HEAD = re.compile(r"[a-z]+[^s\W]s")
_SHOWN_FEELINGS = frozenset("no little emotion remorse signs any restraint up off support respect".split())
_DEEDS_IN_PROGRESS = frozenset({"recalling", "recording", "documenting", "counting", "posting", "calling"})
_SPEECH = frozenset("said says told tells added adds warned warns stated insisted claimed claims argued wrote".split())
# verbs whose object is what the speaker holds to be so: "…, though Dempsey noted there's no evidence"
_REPORTING = _SPEECH | frozenset(
    "say noted notes cited cites countered counters maintained maintains contended contends acknowledged "
    "acknowledges conceded concedes admitted admits explained explains".split()
)


def _figure_before(tokens: list[str], inside: list[bool], start: int, verbs: frozenset[str]) -> bool:
    """Whether the clause before a second clause's source holds a figure of its own, told by no one:
    "Unemployment has risen to 5.1%, and the Bank said the market was loosening" (not the Bank's)."""
    opening = next((k + 1 for k in range(start - 1, -1, -1) if tokens[k] in {"-", "—", "–"}), 0)  # a dateline
    before = [(k, t) for k, t in enumerate(tokens[opening:start], opening) if not inside[k]]
    return any(any(c.isdigit() for c in t) for _, t in before) and not any(lower_word(t) in verbs for _, t in before)


def _reports_content(tokens: list[str], inside: list[bool], verb: int) -> bool:
    """Whether the verb at tokens[verb] reports what its speaker holds: a verb of saying and words after it."""
    return lower_word(tokens[verb]) in _REPORTING and len(tokens) - verb > 4 and not inside[verb]


# passives whose agent found, showed or asked something but reports nothing ("was told by Bolton": the
# subject heard it; "was found by hikers")
_NOT_REPORTED_BY = frozenset({"found", "shown", "recorded", "called", "told", "asked", "informed", "quoted", "cited"})


def _passive_agent(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> Found | None:
    """The agent of a verb of saying in the passive: "The figure was disputed by the army", "A photo of the
    meeting was denied by Andrew" (not "was found by hikers": finding a thing is no report)."""
    if not (0 < i and i + 2 < len(tokens) and lower_word(tokens[i - 1]) in _BE_PASSIVE):
        return None
    if lower_word(tokens[i + 1]) != "by" or inside[i + 2] or lower_word(tokens[i]) in _NOT_REPORTED_BY:
        return None
    if any(lower_word(t) in {"whose", "which", "who", "that"} for t in tokens[max(0, i - 6) : i]):
        return None  # "Lady Harwood, whose judgment was agreed by Lord Benfield, said": a clause about her
    agent = phrase.after(i + 2)
    return Found(source=agent, verb_at=i) if agent else None


def _saying_after_comma(tokens: list[str], inside: list[bool]) -> int | None:
    """Where the subject's own words begin outside quotations, said while doing the rest: ", saying",
    ", adding that", "…, and confirmed that"."""
    for i in range(1, len(tokens) - 1):
        if inside[i] or inside[i - 1]:
            continue
        low, follower = lower_word(tokens[i]), lower_word(tokens[i + 1])
        after_comma = tokens[i - 1].endswith(",")
        if low == "saying" and after_comma:
            return i
        if low in _SAYING_PARTICIPLES and after_comma and (follower == "that" or _that_soon(tokens, inside, i + 1)):
            return i  # ", ruling by a 6-3 majority that…"
        if low in _JOINED_SAYING and lower_word(tokens[i - 1]) in {"and", "but"} and i > 1 and (
            tokens[i - 2].endswith(",") or _one_plain_clause(tokens[: i - 1])
            or _plain_after_aside(tokens, inside, i - 1)
        ):
            return i  # "…, and confirmed that", "Judge Penrose remanded both men and said"
    return None


def _that_soon(tokens: list[str], inside: list[bool], start: int) -> bool:
    """Whether "that" comes within a few words, in the same clause: "ruling by a 6-3 majority that"."""
    for k in range(start, min(len(tokens), start + 6)):
        if inside[k]:
            return False
        if lower_word(tokens[k]) == "that":
            return True
        if ends_clause(tokens[k]):
            return False
    return False


def _plain_after_aside(tokens: list[str], inside: list[bool], end: int) -> bool:
    """Whether tokens[:end] are a subject, a "who…" aside about it, then one plain clause (what it quotes aside):
    "Kavita Rawat, who led the party's campaign, accepted the verdict"."""
    comma = next((k for k in range(end) if tokens[k].endswith(",") and not inside[k]), None)
    if comma is None or comma + 1 >= end or lower_word(tokens[comma + 1]) not in {"who", "which"}:
        return False
    close = next((k for k in range(comma + 1, end) if tokens[k].endswith(",") and not inside[k]), None)
    rest = [t for k, t in enumerate(tokens[:end]) if close is not None and k > close and not inside[k]]
    return bool(rest) and _one_plain_clause(rest)


def _one_plain_clause(tokens: list[str]) -> bool:
    """Whether words hold one clause with no comma, relative or quotation in it: "Judge Caroline Penrose
    remanded both men in custody" (not "Smith met Jones, who resigned")."""
    return not any(
        # (in lower case: "WHO" is a body)
        ends_clause(t) or bare(t) in {"who", "which", "that", "whom", "whose"} or t[:1] in "\"“”" for t in tokens
    )


# verbs that open a verb phrase: "Kowalczyk did not concede, saying…"
_MODALS = frozenset("did does do will would could can may might must should".split())


def _opening_subject(tokens: list[str], inside: list[bool], phrase: _Phrase, before: int) -> str | None:
    """The source phrase a sentence opens with ("Browns DL Sheldon Richardson, however, decided…", "The
    ministry issued…"): the longest one from its first word, holding a source's noun or two names."""
    start = 0
    dash = next((k for k in range(min(before, 8)) if tokens[k] in {"-", "–", "—", "--"}), -1)
    if dash > 0 and bare(tokens[0]).isupper():
        start = dash + 1  # "BRASILIA, Nov 5 (Reuters) - Brazil's central bank held…, saying": after the dateline
    while start < before and lower_word(tokens[start]) in OPENERS:
        start += 1
    if start < before and lower_word(tokens[start]) in {"in", "at", "during", "after", "before", "on"}:
        # "In a short ruling, the trial judge, Justice Halima Abdulkadir, declined…": after the scene
        comma = next((c for c in range(start, min(before, start + 6)) if tokens[c].endswith(",")), -1)
        start = comma + 1 if comma >= 0 and not any(inside[start : comma + 1]) else start
    best = None
    for j in range(start + 1, min(before, start + 9)):
        if inside[j - 1]:
            break
        at, name = phrase.before_at(j)
        if name is not None and at == start:
            best = name
        if ends_clause(tokens[j - 1]):
            break
    if best is None:
        return None
    words = best.split()
    deed = next((k for k in range(1, len(words)) if is_name(words[k - 1]) and _past_tense(words[k])), None)
    if deed is not None and deed + 1 < len(words):
        words = words[:deed]  # "Chief minister Mahendra Singh Negi thanked voters and said": the one who thanked
        best = " ".join(words)
    after_role = start + len(words)
    if after_role < before and tokens[after_role - 1].endswith(","):
        named, named_after = _named_after_opening_role(tokens, inside, phrase, after_role, before)
        if named_after:
            return named
    nouns = sum(1 for w in words if lower_word(w) in phrase.nouns)
    names = sum(1 for w in words if is_name(w))
    if nouns or names >= 2:
        return best
    # one name that a verb follows at once is the subject ("Boeing is bidding, and confirmed that")
    after = start + len(words)
    if after + 1 < before and re.fullmatch(r"\d{1,3},", tokens[after]):
        after += 1  # "Kowalczyk, 61, did not concede": past the age
    next_word = lower_word(tokens[after]) if after < before else ""
    verb = next_word in _BE | AUXILIARIES | _MODALS or next_word.endswith("ed")
    # ("Parlo, which is owned by Brightlane Media, has…": a clause about the subject, then its verb)
    verb = verb or (tokens[after - 1].endswith(",") and next_word in {"which", "who"})
    # ("The WHO released…": one name after its article)
    lone = words[1:] if len(words) == 2 and lower_word(words[0]) == "the" else words
    single = names == 1 and len(lone) == 1 and lower_word(lone[0]) not in MONTHS | TIME_WORDS | NOT_NAMES
    return best if single and verb else None


def _past_tense(word: str) -> bool:
    """A lower-case word in "-ed" right after a name: the name's verb ("Negi thanked voters"), not a describing word."""
    return word.islower() and word.isalpha() and word.endswith("ed") and len(word) > 4


def _named_after_opening_role(
    tokens: list[str], inside: list[bool], phrase: _Phrase, after_role: int, before: int
) -> tuple[str | None, bool]:
    """The name in the apposition after an opening role, and whether one stands there: "Counsel for the second
    defendant, Mrs Folake Ajayi, aligned herself…" (the name may be the counsel's or the client's: in doubt,
    None), "counsel for the former governor, Mr Kayode Adebanjo (SAN)," (the counsel, by a barrister's letters)."""
    closing = next((c for c in range(after_role, min(before, after_role + 6)) if tokens[c].endswith(",")), -1)
    if closing <= after_role:
        return None, False
    named = _named_apposition(tokens, closing, inside, phrase)
    if named:
        return named, True
    between = [bare(t) for t in tokens[after_role : closing + 1]]
    if not is_name(between[-1]) or any(inside[after_role : closing + 1]):
        return None, False
    if {w.strip("()") for w in between} & _BAR_LETTERS:
        return " ".join(w for w in between if w.strip("()") not in _BAR_LETTERS and w not in {"Mr", "Mrs", "Ms"}), True
    return None, True


def _continues_speech(tokens: list[str], inside: list[bool], i: int) -> bool:
    """ '"…," he continued.' or "He continued that…": "continued" said of words, after or before them."""
    after_quote = i > 0 and (tokens[i - 1].endswith(('"', "”")) or (i > 1 and tokens[i - 2].endswith(('"', "”"))))
    before_words = i + 1 < len(tokens) and (inside[i + 1] or lower_word(tokens[i + 1]) in {"that", "saying"})
    return after_quote or before_words


def _progressive(tokens: list[str], i: int, config: EngineConfig) -> bool:
    """"are reporting", "is warning", "were saying": a verb of saying in the progressive."""
    word = lower_word(tokens[i])
    if i == 0 or not word.endswith("ing") or lower_word(tokens[i - 1]) not in _BE or ends_clause(tokens[i - 1]):
        return False
    stem = word[:-3]
    if word in _DEEDS_IN_PROGRESS:
        return False  # "A drugmaker is recalling 40,000 bottles": a deed, not a report
    return word in {"saying", "telling"} or stem + "ed" in config.reporting_verbs or stem + "s" in config.reporting_verbs


def _trailing(tokens: list[str], inside: list[bool], verb: int, source: str) -> bool:
    """Whether "source verb" closes the sentence after a comma or a quotation: '…, the ministry said.'.

    After the source and its verb, only when or where it was said may follow ("in a statement on
    Monday"), never what was said.
    """
    words = source.split()
    if _edge_before(tokens, inside, verb, words):
        rest_at = verb + 1
    elif verb > 0 and tokens[verb - 1].endswith((",", '"', "”")) and _words_at(tokens, verb + 1, words):
        rest_at = verb + 1 + len(words)  # '…," said the ministry.'
    else:
        return False
    rest = tokens[rest_at:]
    cut = next((k for k, t in enumerate(rest[:-1]) if t.endswith(",")), None)
    if cut is not None and lower_word(rest[cut + 1]) in {"with", "including", "amid"}:
        rest = rest[: cut + 1]  # '…, the ministry said in a statement, with 120,000ha flooded': an aside after it
    quoted = any(inside[rest_at : rest_at + len(rest)])
    return len(rest) <= 8 and not quoted and {lower_word(t) for t in rest}.isdisjoint({"that", "saying"})


def _edge_before(tokens: list[str], inside: list[bool], verb: int, words: list[str]) -> bool:
    """Whether the source's words stand right after a comma or a closing quote, up to the verb."""
    for start in range(verb - len(words), max(-1, verb - len(words) - 4), -1):
        if start < 1 or not _words_at(tokens, start, words):
            continue
        between = tokens[start + len(words) : verb]
        edge = tokens[start - 1]
        return all(lower_word(t) in AUXILIARIES for t in between) and (
            edge.endswith(",") or (edge.endswith(('"', "”")) and not inside[start])
        )
    return False


def _words_at(tokens: list[str], start: int, words: list[str]) -> bool:
    return [bare(t) for t in tokens[start : start + len(words)]] == words


def _quotes_someone(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> bool:
    """ "quoted Berg", "cited Mr Kahn": a verb of quoting whose object is a named person or body."""
    if inside[i + 1] or lower_word(tokens[i + 1]) in DETERMINERS:
        return False
    name = phrase.after(i + 1)
    return bool(name) and is_name(tokens[i + 1])


_AGED = re.compile(r"\d{1,3}-years?-old")
_CONCESSIVE = frozenset({"although", "though", "while", "whereas"})


def _after_opening_concession(tokens: list[str], inside: list[bool], first_verb: int, verb: int) -> bool:
    """Whether the verb at tokens[verb] is the main clause's, after a clause of contrast that opens the
    sentence and holds the verb at tokens[first_verb]: "Although X suggested…, Y said…"."""
    return (
        lower_word(tokens[0]) in _CONCESSIVE and 0 < first_verb < verb
        and any(tokens[k].endswith(",") and not inside[k] for k in range(first_verb, verb))
    )


def _subordinate_before(tokens: list[str], i: int) -> bool:
    """Whether a clause of contrast ("although…", "while…") opens within the six words before tokens[i]."""
    return any(lower_word(t) in _CONCESSIVE for t in tokens[max(0, i - 7) : i])


def _opening_according_to(tokens: list[str], inside: list[bool], phrase: _Phrase) -> str | None:
    """The source of an "According to X," that opens the sentence."""
    if len(tokens) < 4 or lower_word(tokens[0]) != "according" or lower_word(tokens[1]) != "to" or inside[2]:
        return None
    source = phrase.after(2)
    after_document = lower_word(tokens[2 + len(source.split())]) if source and 2 + len(source.split()) < len(tokens) else ""
    if (
        source and source.split()[-1].lower() in DOCUMENTS and not tokens[1 + len(source.split())].endswith(",")
        and (after_document in {"from", "by"} or after_document in DOCUMENT_PARTICIPLES)
    ):
        # "According to data from the Commission for Air Quality Management (CAQM), Punjab recorded…"
        author = author_of_document(source, tokens, 2, phrase)
        end = 2 + len(author.split()) + len(source.split()) + 1
        if author != source and end < len(tokens) and any(t.endswith(",") for t in tokens[end - 1 : end + 1]):
            return author
    if not source:
        return None
    at, words = 2, 0
    while at < len(tokens) and (words < len(source.split()) or _parenthetical(tokens[at])):
        words += 0 if _parenthetical(tokens[at]) else 1
        at += 1  # "According to the Nigeria Centre for Disease Control (NCDC), …": past its initials
    return source if tokens[at - 1].endswith(",") else None


def _according_author(tokens: list[str], inside: list[bool], verb_at: int, phrase: _Phrase) -> str | None:
    """The author of the document a closing ", according to an audit by X" names, when it names one by "by"."""
    k = _closing_according_to(tokens, inside, verb_at)
    if k is None or k + 4 >= len(tokens):
        return None
    document = lower_word(tokens[k + 3]) if lower_word(tokens[k + 2]) in {"a", "an", "the"} else ""
    if document in DOCUMENTS and lower_word(tokens[k + 4]) == "by" and not inside[k + 4]:
        return phrase.after(k + 5)
    return None


def _closing_according_to(tokens: list[str], inside: list[bool], verb_at: int) -> int | None:
    """Where a closing ", according to" after the verb at tokens[verb_at] begins, if the sentence has one."""
    for k in range(max(verb_at, 0) + 1, len(tokens) - 2):
        if (
            tokens[k - 1].endswith(",") and lower_word(tokens[k]) == "according" and lower_word(tokens[k + 1]) == "to"
            and not inside[k]
        ):
            return k
    return None


def _trailing_according_to(
    tokens: list[str], inside: list[bool], verb_at: int, phrase: _Phrase, read: bool = True
) -> str | None:
    """The source of a closing ", according to X." after the verb at tokens[verb_at], if the sentence has one
    (without `read`: "according to" itself, whether or not its source can be read)."""
    k = _closing_according_to(tokens, inside, verb_at)
    if k is None:
        return None
    if not read:
        return "according to"
    # ("according to two people familiar with the discussions": the people, and what makes them a source)
    source = phrase.after(k + 2, closing=True) or _informed_according_to(tokens, inside, k + 2)
    # ("according to an analysis by the council's finance division": the division)
    return author_of_document(source, tokens, k + 2, phrase) if source else None



_REMAINDERS = frozenset({"the rest", "the remainder", "others", "the others", "most", "many", "some"})
_MEDIA_WORDS = frozenset("media television tv radio newspaper press".split())


def _relays(name: str) -> bool:
    """Whether a source after "according to" relays the speaker's words: an outlet ("the BBC") or the media
    ("state media")."""
    return is_outlet(name) or any(lower_word(w) in _MEDIA_WORDS for w in name.split())


def _informed_according_to(tokens: list[str], inside: list[bool], start: int) -> str | None:
    """An unnamed informed source after "according to": "two people familiar with the discussions"."""
    source = according_to_phrase(tokens, inside, start)
    words = source.lower().split() if source else []
    return source if any((a, b) in _INFORMED for a, b in zip(words, words[1:], strict=False)) else None


def _in_relative_clause(tokens: list[str], start: int) -> bool:
    """Whether the source starting at tokens[start] stands in a "which …" clause, after a list of names
    that may open it ("which Congo, the United States and U.N. experts say")."""
    k = start - 1
    while k >= 0 and start - k <= 8:
        low = lower_word(tokens[k])
        if low in {"which", "who", "whom"}:
            return True
        if not (is_name(tokens[k]) or low in {"and", "the", "of"}):
            return False
        k -= 1
    return False


def _source_before(tokens: list[str], i: int, source: str) -> bool:
    """Whether a source stands before tokens[i] ("Rwanda, which a group has said…": before "said")."""
    return source.split()[0] in {bare(t) for t in tokens[:i]}


def _reported_within(tokens: list[str], inside: list[bool], said_at: int, verb_at: int, second: Found) -> bool:
    """Whether a second source and its verb stand inside what the first verb reports: "He said his
    predecessor, Fiona Hill, had dubbed it…" (no "but", "while" or new clause between them, and the
    second source before its verb)."""
    content = said_at + 1 < len(tokens) and lower_word(tokens[said_at + 1]) == "that"
    if lower_word(tokens[said_at]) not in {"said", "says", "told", "tells", "testified", "added"} and not content:
        return False  # (any verb that opens a "that" clause: "The institute estimated that 964,000 people…")
    between = tokens[said_at + 1 : verb_at]
    if not between or not second.source or second.source.split()[0] not in {bare(t) for t in between}:
        return False
    return not any(
        (ends_clause(t) and not t.endswith(",")) or lower_word(t) in _CLAUSE_BREAKS or inside[said_at + 1 + k]
        for k, t in enumerate(between)
    )


_CLAUSE_BREAKS = frozenset("but while whereas although though however and yet".split())


# how one claim names the two sources of a sentence whose clauses each have their own
TWO_VOICES = "; "
_CLAUSE_JOINS = frozenset({"while", "whereas", "but", "and", "though", "although"})


def _two_clauses_two_voices(tokens: list[str], inside: list[bool], first: Found, second: Found, verb: int) -> bool:
    """Whether two sources each open their own main clause, the second after ", while", ", but", "; ":
    "India said it was sending 45 rescuers, while the United Nations said its agencies were ready"."""
    if not (first.source and second.source) or first.pronoun or second.pronoun or first.verb_at < 0:
        return False
    at = verb - len(second.source.split())  # where the second source starts, at most
    joins = [k for k in range(first.verb_at + 1, verb) if not inside[k] and (
        tokens[k].endswith(";") or (lower_word(tokens[k]) in _CLAUSE_JOINS and tokens[k - 1].endswith(",")))]
    return bool(joins) and at - joins[-1] <= 3


def _another_speaker(first: Found, second: Found) -> bool:
    """Whether a second verb of saying in the sentence names someone other than the first's source."""
    if second.source is None:
        return False  # '"…," Amin said, "…," he added.'
    if first.source is None:
        return True
    a, b = lower_word(first.source), lower_word(second.source)
    return a not in b and b not in a


# "has ruled out", "the court ruled that": verdicts and denials; "ruled the country" is a deed
# a court's finding: "ruled that", "ruled out", "the judge held that"
# (and "points out that", where "points" alone is a score's)
_RULING = frozenset({"ruled", "rules", "rule", "held", "holds", "points"})
_RULED = re.compile(r"\b(?:rul(?:ed|es|e) (?:out|that)|h(?:eld|olds) that|points out)\b|\brul(?:ed|es)\W*$")
_QUOTING = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})


def _quoted_as_saying(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> str | None:
    """ "State media quoted Kahn as saying…": the words are Kahn's, not the outlet's."""
    if i + 1 >= len(tokens) or inside[i + 1]:
        return None
    name = phrase.after(i + 1)
    if not name:
        return None
    at = i + 1 + len(name.split())
    if at + 1 < len(tokens) and lower_word(tokens[at]) == "as" and lower_word(tokens[at + 1]) in {"saying", "having", "telling"}:
        return name
    return None


_NOT_AFTER = frozenset(
    "to not who which that will would could may might should must can did does do never n't".split()
)


def _source_of_verb(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> Found | None:
    """The source of the verb of saying at tokens[i]: before it, or after it when it follows a quote."""
    found = _speaker_of_verb(tokens, inside, i, phrase)
    if found is not None and i + 1 < len(tokens) and lower_word(tokens[i + 1]) in {"responsibility", "credit"}:
        # "the group claimed responsibility": the group's claim, yet a deed rather than words
        return Found(source=found.source) if found.source else None
    return found


def _deed_object(tokens: list[str], start: int, objects: frozenset[str]) -> bool:
    """Whether a determiner or an owner, at most two words, then a noun the verb takes as a deed follow."""
    for k in range(start, min(len(tokens), start + 4)):
        word = lower_word(tokens[k])
        if k == start and not (word in _OWNERS_AND_ARTICLES or tokens[k].endswith(STRIP_SUFFIXES)):
            return False
        if word in objects or _ORDINAL.fullmatch(word):
            return True
        if ends_clause(tokens[k]):
            return False
    return False


def _shown_from(tokens: list[str], i: int) -> bool:
    """Whether "show" at tokens[i] closes "data from <a body>": "…, data from the Commodity Futures Trading
    Commission show"."""
    for k in range(i - 2, max(0, i - 9), -1):
        if ends_clause(tokens[k]):
            return False
        if lower_word(tokens[k]) in {"from", "by"} and lower_word(tokens[k - 1]) in _SHOWING:
            return all(is_name(t) or lower_word(t) in {"the", "of", "and", "for"} for t in tokens[k + 1 : i])
    return False


def _counted_object(tokens: list[str], start: int) -> bool:
    """Whether a figure follows, and no verb of its own before the clause ends: "added 139,000 jobs"."""
    if start >= len(tokens) or not re.fullmatch(r"\$?[\d,.]+[%a-z]*,?", tokens[start]):
        return False
    for k in range(start, min(len(tokens), start + 6)):
        if lower_word(tokens[k]) in _FINITE or lower_word(tokens[k]) in {"would", "will", "could"}:
            return False
        if ends_clause(tokens[k]):
            return True
    return k == len(tokens) - 1


_OWNERS_AND_ARTICLES = frozenset("the a an his her their its our another".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")
# verbs of saying that also name deeds, by what they are done to: one claims a body or a title, adds a goal
_DEED_VERBS = {
    "claimed": frozenset("body bodies remains title titles crown trophy medal seat seats prize".split()),
    "added": frozenset(
        "goal goals assist assists try tries touchdown touchdowns point points run runs wicket wickets basket "
        "baskets century".split()
    ),
    # a result posted, not a post online: "Oil posted its biggest gain in six weeks"
    "posted": frozenset(
        "gain gains loss losses profit profits rise rises fall falls decline declines drop drops increase increases "
        "record revenue revenues growth deficit surplus jump jumps advance advances slump".split()
    ),
}


def _between_source_and_verb(token: str, nouns: frozenset[str]) -> bool:
    """An auxiliary or an adverb that may stand between a source and its verb: "has also", "allegedly".

    Not a noun that ends like an adverb: "the Smith family said", "the National Assembly said".
    """
    if ends_clause(token):
        return False
    word = lower_word(token)
    if word in AUXILIARIES or word in _BETWEEN_WORDS:
        return True  # ("Tanabe now expects", "the ministry also said")
    return (
        bare(token) == word and word.endswith("ly") and word.isalpha() and len(word) > 5 and word not in NOT_NAMES
        and word not in nouns and word not in _LY_NOUNS
    )


_BETWEEN_WORDS = frozenset(
    "now also still already later then again further previously earlier instead sometimes".split()
)
# nouns that end like adverbs
_LY_NOUNS = frozenset("family assembly supply monopoly rally anomaly butterfly homily".split())


# one who speaks for the person or body the pronoun stands for: "her lawyer", "his spokesman", "its spokeswoman"
_OWN_VOICE = re.compile(
    r"(?i)(?:his|her|its|their)\s(?:lawyers?|attorneys?|spokes(?:man|woman|person|people|men|women)|representatives?|"
    r"office|aides?|agent|publicist|press secretary|legal team|counsel)$"
)


def _speaker_of_verb(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> Found | None:
    end = i
    while end > 0 and _between_source_and_verb(tokens[end - 1], phrase.nouns):
        end -= 1
    # "Clark in October revealed", "the minister on Tuesday said": when, between source and verb
    if end > 2 and lower_word(tokens[end - 2]) in {"in", "on", "last", "this", "late", "early"} and (
        lower_word(tokens[end - 1]) in TIME_WORDS or lower_word(tokens[end - 1]) in MONTHS or lower_word(tokens[end - 1]).isdigit()
    ) and not ends_clause(tokens[end - 2]) and not ends_clause(tokens[end - 1]):
        end -= 2
        while end > 0 and _between_source_and_verb(tokens[end - 1], phrase.nouns):
            end -= 1  # "Mr Samuel Audu, had in June told the court"
    if end > 5 and lower_word(tokens[end - 1]) == "who" and tokens[end - 2].endswith(",") and not inside[end - 2]:
        # "Kachingwe was flanked by the chief executive, Peter Mwale, who said 37 stations had reopened": late
        # in the sentence, the one who speaks in a clause about them (not "Smith, who said…, was jailed")
        named = _name_run_before(tokens, end - 2, inside)
        if named and end - 2 - len(named.split()) >= 4:
            run_at = end - 2 - len(named.split())  # the token before the name run
            if lower_word(tokens[run_at]) in DETERMINERS and lower_word(tokens[run_at - 1]) in _OBJECT_PREPOSITIONS:
                # "Rep. Dale Hutchins of Texas, a member of the House Freedom Caucus, who says": the man the
                # apposition is about, not the body it names
                person = _person_before_apposition(tokens, inside, run_at - 1)
                return Found(source=person, verb_at=i) if person else Found(verb_at=i, voiced=True)
            return Found(source=named, verb_at=i)
    if (
        end > 0 and lower_word(tokens[end - 1]) in _NOT_AFTER and not inside[end - 1] and not ends_clause(tokens[end - 1])
        and not bare(tokens[end - 1]).isupper()  # "the WHO says" is no "who says"
    ):
        return None  # "who said", "to say", "did not say": not the sentence's source
    informed = _informed_source(tokens, inside, end, phrase)
    if informed:
        return Found(source=informed, verb_at=i)
    if (
        end >= 4 and lower_word(tokens[end - 3]) == "and" and lower_word(tokens[end - 2]) in {"his", "her", "their"}
        and lower_word(tokens[end - 1]) in _COLLEAGUES and not any(inside[end - 3 : end])
        and not any(ends_clause(t) for t in tokens[end - 4 : end])
    ):
        lead = phrase.before(end - 3)  # "Paganini and his team reported": the lead and the people with them
        if lead:
            return Found(source=" ".join([lead, *(bare(t) for t in tokens[end - 3 : end])]), verb_at=i)
    if (
        end >= 4 and lower_word(tokens[end - 3]) in _PLACE_PREPOSITIONS and lower_word(tokens[end - 2]) == "the"
        and _modifier_word(tokens[end - 1]) and not any(inside[end - 3 : end])
        and not any(ends_clause(t) for t in tokens[end - 4 : end])
        and lower_word(tokens[end - 4]) in phrase.nouns
    ):
        # "An Associated Press journalist in the area reported", "residents near the border said"
        start, name = phrase.before_at(end - 3)
        if name and _second_clause(tokens, start):
            return Found(verb_at=i, voiced=True)  # "…21,000 a day, and traders on the route say…": in doubt
        if name:
            return Found(source=name, verb_at=i)
    if end > 0 and inside[end - 1] and tokens[end - 1].endswith(('",', "”,")):
        # "Tiina Mets, who has called the rise "an attack on pensioners", said": the clause ends on words
        # it quotes (the comma outside them); not '"We will win," said Kahn'
        name = _before_appositions(tokens, end - 1, inside, phrase)
        if name:
            return Found(source=name, verb_at=i)
    if end > 0 and not inside[end - 1] and not tokens[end - 1].endswith(('"', "”", "'", "’")):
        previous = lower_word(tokens[end - 1])
        if previous in PRONOUNS and not tokens[end - 1].endswith(","):
            if end > 1 and lower_word(tokens[end - 2]) in _REASONS:
                return None  # "…at 650, because it counted damaged homes": a reason, not the sentence's source
            return Found(pronoun=PRONOUNS[previous], verb_at=i)
        if tokens[end - 1].endswith(","):
            inverted = _inverted_source(tokens, inside, i, phrase)
            opened = _apposition_start(tokens, end - 1, inside, phrase.nouns)
            relative = opened is not None and lower_word(tokens[opened + 1]) in _RELATIVES
            if inverted and inverted.source and not relative and not _named_apposition(tokens, end - 1, inside, phrase):
                # "Untreated, the disease kills, says WHO.": not "Untreated"; but "The WMO, which will publish
                # its figures later, said preliminary data from six datasets…" is the WMO's
                return inverted
            authored = authored_apposition(tokens, end - 1, inside, phrase)
            if authored:
                return Found(source=authored, verb_at=i)  # "The figures, released by the ONS on Monday, showed"
            # "X, who led the opposition, said" / "X, two days later, said"
            named = _named_apposition(tokens, end - 1, inside, phrase)
            if named:
                return Found(source=named, verb_at=i)
            name = _before_appositions(tokens, end - 1, inside, phrase)
            if name:
                return Found(source=name, verb_at=i)
        else:
            start, name = phrase.before_at(end)
            if name and start > 1 and lower_word(tokens[start - 1]) in _PLACE_PREPOSITIONS | {"from"} and (
                not ends_clause(tokens[start - 2]) and not inside[start - 1] and not ends_clause(tokens[start - 1])
                and lower_word(tokens[start - 2]) not in DOCUMENTS  # ("The report from CMHC showed": its author)
            ):
                # "Voters interviewed in Kota Kinabalu on Saturday said": a place, not who spoke
                return Found(verb_at=i, voiced=True)
            if name and _in_relative_clause(tokens, start):
                # "The M23, which Congo, the United States and U.N. experts say is backed by Rwanda,
                # controls Goma": they speak inside a clause about the subject, not for the sentence
                return Found(verb_at=i, voiced=True)
            if name and _second_clause(tokens, start) and (
                not _reports_content(tokens, inside, i) or _figure_before(tokens, inside, start, phrase.verbs)
            ):
                # "The rebels are pushing for a truce, but the government has rejected it": the source has
                # the second clause only, and the claim is both: in doubt. But "…, but Noem cited the
                # backlash as proof that…" reports what the one voice in the sentence holds
                return Found(verb_at=i, voiced=True)
            if name is None:
                name = postmodified_source(tokens, inside, end, phrase)
                first_word = name.split()[0] if name else ""
                opened = next((k for k in range(end - 1, -1, -1) if bare(tokens[k]) == first_word), -1)
                if name and opened >= 0 and _second_clause(tokens, opened):
                    # "Ridership averaged 21,000 a day, and traders on the route say footfall is up": the
                    # traders have the second clause only
                    return Found(verb_at=i, voiced=True)
            if name is None and lower_word(tokens[i]) not in _NOUN_LIKE_VERBS:
                name = _named_kind(tokens, inside, end, phrase)  # not "Seven big questions…"
            if name:
                return Found(source=name, verb_at=i)
    return _inverted_source(tokens, inside, i, phrase)


def _named_kind(tokens: list[str], inside: list[bool], end: int, phrase: _Phrase) -> str | None:
    """"Health bosses said", "Ukraine's air force said": a name and a noun no list holds, at a clause's edge.

    After a name, one such noun; after an owner's name ("Ukraine's"), one or two.
    """
    for size in (1, 2):
        start = end - size - 1
        if start < 0 or any(inside[start:end]) or not phrase.left_edge_ok(start):
            continue
        name, nouns = tokens[start], [bare(t) for t in tokens[start + 1 : end]]
        owner = bare(name).endswith(STRIP_SUFFIXES)
        if (size == 2 and not owner) or not is_name(name) or any(ends_clause(t) for t in tokens[start : end - 1]):
            continue
        if lower_word(name) in OPENERS | DETERMINERS | _COUNTS or lower_word(name).endswith(("ly", "ing", "ed")):
            continue  # "Verified footage shows": an adjective opening the sentence, no name
        if start > 0 and is_name(tokens[start - 1]) and not ends_clause(tokens[start - 1]) and not inside[start - 1]:
            continue  # "Organizers of the Greenwood Summer Nights festival said": a longer name's tail, not a source
        if all(_plain_noun(word) for word in nouns):
            return " ".join([bare(name), *nouns])
    return None


# verbs of saying that are also plural nouns: after an unknown noun they are more likely the noun
_NOUN_LIKE_VERBS = frozenset(
    "questions claims reports records documents shows calls estimates notes comments demands promises pledges "
    "vows forecasts projects counts states findings".split()
)


_COUNTS = frozenset("one two three four five six seven eight nine ten dozens hundreds thousands millions".split())


def _plain_noun(word: str) -> bool:
    """A lower-case word that may be a noun: not a function word, an adverb, a participle or a time."""
    if not (word.isalpha() and word.islower() and len(word) > 2) or word.endswith(("ly", "ing", "ed")):
        return False
    return not (word in NOT_NAMES or word in AUXILIARIES or word in JOINERS or word in _NOT_AFTER or word in TIME_WORDS)


def _inverted_source(tokens: list[str], inside: list[bool], i: int, phrase: _Phrase) -> Found | None:
    """The source after its verb: '"…," said Wissam Zarqa.' / '…, said the ministry.'"""
    after_quote = i > 0 and tokens[i - 1].endswith(('"', "”", "'", "’"))
    after_comma = i > 0 and tokens[i - 1].endswith(",")
    if (after_quote or after_comma) and lower_word(tokens[i]) in INVERTING and i + 1 < len(tokens) and not inside[i + 1]:
        follower = lower_word(tokens[i + 1])
        if follower in PRONOUNS and after_quote:
            return Found(pronoun=PRONOUNS[follower], verb_at=i)
        name = phrase.after(i + 1, closing=True)
        # (a role, whoever owns it: "the ambassador", "China's ambassador")
        role = name is not None and name.split()[-1][:1].islower()
        named = _name_after_role(tokens, inside, i + 1 + len(name.split())) if name is not None and role else None
        if named:
            return Found(source=named, verb_at=i)  # '"…," says her mother, Claire Dawson, 44.': the mother named
        if name:
            return Found(source=name, verb_at=i)
        document = phrase.after(i + 1)
        if document and document.split()[-1].lower() in DOCUMENTS:
            author = author_of_document(document, tokens, i + 1, phrase)
            if author != document:
                return Found(source=author, verb_at=i)  # '"…," said a report from Kotak Institutional Equities.'
    return None


_DATA_WORDS = frozenset({
    "data", "figures", "statistics", "numbers", "new figures", "new data", "official figures", "official results",
    "official data", "provisional results", "preliminary results",
})


def _published_by(tokens: list[str], inside: list[bool], verb_at: int, phrase: _Phrase) -> str | None:
    """Who published the data a sentence's subject is: "Data published by the Ministry of Housing showed"."""
    for k in range(1, max(1, verb_at - 1)):
        if lower_word(tokens[k]) in {"published", "released", "compiled", "collected"} and lower_word(tokens[k + 1]) == "by":
            author = phrase.after(k + 2)
            return author if author and not inside[k + 2] else None
    return None


def _cited_by(tokens: list[str], at: int) -> str | None:
    """The name after "cited by" at tokens[at]: "cited by hit-or-miss Taiwanese publication DigiTimes."."""
    if at + 2 >= len(tokens) or lower_word(tokens[at]) != "cited" or lower_word(tokens[at + 1]) != "by":
        return None
    run: list[str] = []
    for token in tokens[at + 2 : at + 9]:
        if is_name(token):
            run.append(bare(token))
        elif run:
            run = []  # an adjective that is capitalised ("Taiwanese publication"): the name comes later
        if ends_clause(token):
            break
    return " ".join(run) or None


_HONORIFICS = frozenset("dr prof mr mrs ms mx sir dame rev".split())


def _name_after_role(tokens: list[str], inside: list[bool], at: int) -> str | None:
    """The name set off after a role that ends with a comma: "…, says her mother, Claire Dawson, 44." """
    if at < 1 or not tokens[at - 1].endswith(","):
        return None
    if at + 2 < len(tokens) and lower_word(tokens[at]).rstrip(".") in _HONORIFICS:
        at += 1  # "according to its medical director, Dr. Esther Kavira Mumbere."
    end = at
    while end < len(tokens) and end - at < 4 and is_name(tokens[end]) and not inside[end]:
        end += 1
        if ends_clause(tokens[end - 1]):
            break
    one = bare(tokens[at]).rstrip(".,") if end - at == 1 else ""
    # ("the statistics agency, IBGE", "the national statistics institute, Insee": one word names the body)
    initials = len(one) >= 2 and (one.isupper() or (one[:1].isupper() and one[1:].islower() and one.isalpha()))
    if initials and lower_word(tokens[at - 1]) in _BODY_KINDS:
        end = end if ends_clause(tokens[end - 1]) or end == len(tokens) else -1  # "the statistics agency, IBGE."
        return bare(tokens[at]).rstrip(".,") if end > 0 else None
    if end - at < 2 or (end < len(tokens) and not ends_clause(tokens[end - 1])):
        return None
    return " ".join(bare(t) for t in tokens[at:end])


# what wire copy says of an unnamed source: "people familiar with the talks", "two officials briefed on it"
_INFORMED = frozenset(
    {("familiar", "with"), ("briefed", "on"), ("close", "to"), ("knowledgeable", "about"), ("polled", "by"),
     ("aware", "of"),
     ("surveyed", "by"), ("following", "the"), ("involved", "in"), ("attending", "the"), ("monitoring", "the")}
)


def _informed_source(tokens: list[str], inside: list[bool], end: int, phrase: _Phrase) -> str | None:
    """"People familiar with Chinese trade policy said": the source and what makes it one."""
    for k in range(end - 2, max(0, end - 10), -1):
        if inside[k] or ends_clause(tokens[k]):
            return None
        if (lower_word(tokens[k]), lower_word(tokens[k + 1])) in _INFORMED and lower_word(tokens[k - 1]) in phrase.nouns:
            start, who = phrase.before_at(k)
            if who is None or any(ends_clause(t) or inside[n] for n, t in enumerate(tokens[k:end - 1], start=k)):
                return None
            return " ".join(bare(t) for t in tokens[start:end])
    return None


_COLLEAGUES = frozenset("team colleagues co-authors coauthors researchers lawyers staff aides".split())
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "inside", "outside"})


def _modifier_word(token: str) -> bool:
    word = bare(token)
    return word.isalpha() and word.islower() and word not in NOT_NAMES and word not in AUXILIARIES


def _before_appositions(tokens: list[str], comma_at: int, inside: list[bool], phrase: _Phrase) -> str | None:
    """The source before an apposition or two: "Sean Robertson, a spokesperson for X, the Y, told"."""
    opened = _apposition_start(tokens, comma_at, inside, phrase.nouns)
    if opened is None:
        return None
    known = [bare(t).rstrip(",") for t in tokens[opened + 1 : comma_at + 1]]
    known_as = len(known) >= 3 and [w.lower() for w in known[:2]] == ["known", "as"] and all(
        is_name(w) for w in known[2:]
    )
    saved = tokens[opened]
    tokens[opened] = saved[:-1]
    start, name = phrase.before_at(opened + 1)
    if known_as:
        # "The U.N. humanitarian office, known as OCHA, said": both, as the article wrote them; "The United
        # Nations peacekeeping force in southern Lebanon, known as UNIFIL, said": the name it is known by
        tokens[opened] = saved
        return f"{name} ({' '.join(known[2:])})" if name and start == 0 else " ".join(known[2:])
    informed = _informed_source(tokens, inside, opened + 1, phrase) if not name else None
    tokens[opened] = saved
    if informed:
        return informed  # "An Egyptian official familiar with the talks, who spoke on condition of anonymity, told"
    if not name or _PARTY_TAG.fullmatch(saved):
        # two appositions: "Liam Ortega, a spokesperson for the port authority, the agency that…, told"; a
        # party tag and a clause: "Sen. Dale Hutchins, R-Kan., who voted against the bill, said"
        earlier = _apposition_start(tokens, opened, inside, phrase.nouns)
        return _name_run_before(tokens, earlier, inside) if earlier is not None else None
    if lower_word(name) in PRONOUNS:
        return None
    if start >= 2 and tokens[start - 1] in {"-", "–"}:
        # "the Institute for Strategy and Policy - Myanmar, a research group, said": a name with a dash in it,
        # never the part after the dash alone
        _, left = phrase.before_at(start - 1)
        return f"{left} - {name}" if left and any(phrase.head(lower_word(w)) for w in left.split()) else None
    if start > 0 and lower_word(tokens[start - 1]) in _PLACE_PREPOSITIONS and not ends_clause(tokens[start - 1]):
        return None  # "Residents of Taman Sri Muda in Shah Alam, one of the worst-hit areas, said": not the place
    if bare(name).rstrip(".") in _POST_NOMINALS and start > 0 and tokens[start - 1].endswith(","):
        # "Senior author Michelle Abara, M.D., a professor, said": her, not her degree
        saved = tokens[start - 1]
        tokens[start - 1] = saved[:-1]
        _, holder = phrase.before_at(start)
        tokens[start - 1] = saved
        return holder
    if " " not in name and start > 0 and tokens[start - 1].endswith(",") and is_name(tokens[start - 1]):
        return None  # "on the Senate Health, Education, Labor and Pensions Committee, said": a name's list
    if start > 0 and tokens[start - 1].endswith(",") and _serves_someone(tokens, start):
        return None  # "The petition, handed to the prime minister, Keir Starmer, on Monday, said": not Starmer
    if start >= 2 and lower_word(tokens[start - 1]) in {"of", "from", "at"} and tokens[start - 2].endswith(","):
        # "Prof Carlos Ibarra, of the Southwest Planetary Institute, who was not involved, said": the person
        return _name_run_before(tokens, start - 2, inside)
    # an apposition itself ("a spokesperson for Inherent Resolve,", "president of Chapter & Verse,"): the
    # name stands before it
    if (lower_word(tokens[start]) in DETERMINERS or tokens[start].islower()) and start > 0 and tokens[
        start - 1
    ].endswith(","):
        return _name_run_before(tokens, start - 1, inside) or name
    return name


_OBJECT_PREPOSITIONS = frozenset({"of", "for", "at", "in", "from", "with", "on"})


def _person_before_apposition(tokens: list[str], inside: list[bool], within: int) -> str | None:
    """The name before the comma that opens the apposition holding tokens[within] ("Dale Hutchins of Texas,
    a member of the caucus"), when it is close by."""
    comma = next((k for k in range(within, max(0, within - 8), -1) if tokens[k].endswith(",")), -1)
    if comma < 1 or inside[comma]:
        return None
    j = comma
    if j >= 2 and is_name(tokens[j]) and lower_word(tokens[j - 1]) in {"of", "from"} and is_name(tokens[j - 2]):
        j -= 2  # ("of Texas": where they are from)
    k = j
    while k > 0 and j - k < 3 and is_name(tokens[k - 1]) and not ends_clause(tokens[k - 1]) and not inside[k - 1]:
        k -= 1
    return " ".join(bare(t) for t in tokens[k : j + 1]) if j - k >= 1 and is_name(tokens[j]) else None


def _name_run_before(tokens: list[str], comma_at: int, inside: list[bool]) -> str | None:
    """ "Sean Robertson," before an apposition: a run of two or more names right before the comma."""
    k = comma_at
    while k > 0 and comma_at - k < 4 and is_name(tokens[k - 1]) and not inside[k - 1]:
        if ends_clause(tokens[k - 1]):
            break
        k -= 1
    if not is_name(tokens[comma_at]) or inside[comma_at] or comma_at - k < 1:
        return None
    if k > 0 and not (ends_clause(tokens[k - 1]) or lower_word(tokens[k - 1]) in OPENERS | DETERMINERS):
        return None
    if _serves_someone(tokens, k):
        return None  # "The petition, handed to the prime minister, Keir Starmer, on Monday, said": not Starmer
    return " ".join(bare(t) for t in tokens[k : comma_at + 1])


def _is_office(word: str, office: frozenset[str]) -> bool:
    """An office's word: "minister", "Lt.", and a compound one: "co-founder", "Secretary-General"."""
    low = word.lower().rstrip(".")
    return (
        low in office or ("-" in low and low.split("-")[-1] in office)
        or (word[:1].isupper() and low.endswith("s") and low[:-1] in office)  # "Justices Clarence Thomas and…"
        or (word.islower() and agent_noun(low))  # "investor George Soros", "economist Jane Hale"
    )


_POST_NOMINALS = frozenset(
    "KC QC SC SAN MP MEP MSP MS AM OBE MBE CBE DBE MD M.D PhD Ph.D DPhil RN MPH DDS DVM FRCP".split()
)
# abbreviated ranks and offices before a name: "Lt. Matt Harris", "Sgt. Ana Ruiz"
_TITLE_ABBREVIATIONS = frozenset("lt sgt capt col gen sen rep gov dr prof maj cpl det insp supt cmdr adm".split())


def without_title(name: str, config: EngineConfig) -> tuple[str, bool]:
    """ "Interior Minister Karim Osei" -> ("Karim Osei", True): the person, not the office.

    "China's ambassador to Britain Liu Xiaming" -> "Liu Xiaming": after an office and its place, the
    last two names.
    """
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".") in _POST_NOMINALS:
        words = words[:-1]  # "Anna Whitfield KC", "Jo Cox MP": the person
    name = " ".join(words)
    of_at = next((k for k, w in enumerate(words) if w in {"of", "at", "from"}), -1)
    after_of = words[of_at + 1 :]
    if after_of and after_of[-1].islower() and len(after_of) >= 3:
        after_of = after_of[:-1]  # "Zoltan Berczi of the Patriots for Europe group": a named body's kind
    if of_at >= 2 and all(is_name(w) or w.lower() in JOINERS or w.endswith(STRIP_SUFFIXES) for w in after_of):
        person, _ = without_title(" ".join(words[:of_at]), config)
        if is_person(person, config):
            return person, True  # "Dr Owen Bradley of Leicester Royal Infirmary": the doctor, not the hospital
    office = config.titles | config.speaker_nouns | _TITLE_ABBREVIATIONS
    titles = [i for i, w in enumerate(words) if _is_office(w, office) and not _names_a_body(words, i, config)]
    last_title = max(titles, default=-1)
    rest = words[last_title + 1 :]
    if last_title < 0 or not rest or words[last_title].lower() in DOCUMENTS:
        return _after_owner(name, config)  # "a study in the Lancet" names no person
    if any(w.lower() in {"representing", "against"} for w in words[:last_title]):
        return name, False  # "The lawyer representing veteran investor Ada Brandt": not Brandt herself
    if words[last_title].lower() not in _MOUTHPIECES and any(
        w in {"for", "to", "of"} and k and (
            words[k - 1].lower() in _MOUTHPIECES or words[k - 1].lower().rstrip(".") not in config.titles
        )
        for k, w in enumerate(words[:last_title])
    ):
        # (but "Office of Civil Defense spokesperson Marites Lagdameo" is the spokesperson, by name)
        return name, False  # "a spokesman for President Kahn", "Rivals of Mr Kahn": not Kahn himself
    if rest[0].lower() in {"to", "of", "for", "in", "at", "from"}:
        rest = rest[1:]
        if len(rest) < 3 or words[last_title].lower().rstrip(".") not in config.titles:
            return name, False  # "The Office for National Statistics" is no office holder
        if words[last_title].lower() in _MOUTHPIECES or not is_person(" ".join(rest[-2:]), config):
            return name, False  # "a spokesperson for the South Eastern Railway": the body's voice, not a person
        rest = rest[-2:]
    named = all(is_name(w) or (w in NAME_PARTICLES and 0 < k < len(rest) - 1) for k, w in enumerate(rest))
    if named and (len(rest) >= 2 or words[last_title].lower().rstrip(".") in config.titles):
        return " ".join(rest), True  # ("President Luiz Inácio Lula da Silva": particles inside the name)
    return name, False


def _names_a_body(words: list[str], i: int, config: EngineConfig) -> bool:
    """Whether an office word is the first of a body's name: "Doctors Without Borders", "Reporters Without
    Borders", "Physicians for Human Rights" (a plural title stands before a person only in a list of them,
    before a first name: "Justices Clarence Thomas and Brett Kavanaugh")."""
    word = words[i]
    plural = word[:1].isupper() and word.endswith("s") and not word.endswith("ss") and len(word) > 3  # (not "Ms")
    # ("The charity Families Against Knife Crime": a plural before more of the name, wherever it stands)
    return plural and i + 1 < len(words) and words[i + 1][:1].isupper() and not (
        word.lower() in _PLURAL_TITLES or _first_name(words[i + 1], config)
    )


# titles that stand before a list of people: "Justices Clarence Thomas and Brett Kavanaugh"
_PLURAL_TITLES = frozenset(
    "justices judges senators reps representatives governors ministers generals drs professors commissioners "
    "councillors councilors".split()
)


def _after_owner(name: str, config: EngineConfig) -> tuple[str, bool]:
    """"Al Jazeera's Hiba Morgan" -> ("Hiba Morgan", True): a person named after whom they work for."""
    words = name.split()
    owner = max((k for k, w in enumerate(words[:-1]) if w.endswith(STRIP_SUFFIXES)), default=-1)
    rest = " ".join(words[owner + 1 :])
    if owner >= 0 and is_person(rest, config):
        return rest, True
    return name, False


# who speak for someone else: "a spokesman for President Kahn" is not Kahn
_MOUTHPIECES = frozenset(
    "spokesman spokeswoman spokesperson spokesmen spokespeople aide aides adviser advisers advisor advisors lawyer "
    "lawyers attorney attorneys".split()
)


def bare_office(name: str, config: EngineConfig) -> bool:
    """ "The president", "the minister": an office with no name, which could be anyone's."""
    words = name.lower().split()
    return len(words) == 2 and words[0] in DETERMINERS and words[1] in config.titles


def is_person(name: str, config: EngineConfig) -> bool:
    """A person's name, not an organisation's: two or three capitalised words, none an institution's."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(
            (is_name(w) and (not w.isupper() or _undotted_initials(w, at, words)))
            or (w in NAME_PARTICLES and 0 < at < len(words) - 1)  # "Lieke van den Berg"
            # "Vassily A. Nebenzia", "P. Rajeevan Nair", "T.M. Abdul Salam": initials before a surname
            or (at < len(words) - 1 and _person_initials(w))
            for at, w in enumerate(words)
        )
        and not any(w.lower() in config.speaker_nouns or w.lower() in config.titles for w in words)
        and not any(w.endswith(("'s", "’s")) for w in words)
        and words[0].lower() not in _PLACE_OPENERS
        and words[-1].lower() not in _PARTY_MEMBERS  # ("a New Mexico Democrat": what a person is)
        and (
            words[-1].lower().rstrip(".") not in _PLACE_HEADS
            or (words[-1].lower() in _SURNAME_HEADS and _first_name(words[0], config))
        )
    )  # ("Margaret Hall" and "Fiona Hill" are people; "Carnegie Hall" and "Capitol Hill" are places)


_PARTY_MEMBERS = frozenset(
    "democrat democrats republican republicans independent conservative conservatives liberal liberals socialist "
    "socialists tory tories".split()
)
_NOT_INITIALS = frozenset("UN EU US UK AU NY LA DC TV".split())


def _person_initials(word: str) -> bool:
    """Dotted initials before a surname ("T.M." of "T.M. Abdul Salam"), not a country's or a body's ("U.S.")."""
    return INITIALS.fullmatch(word) is not None and word.isupper() and word.replace(".", "") not in _NOT_INITIALS


def _undotted_initials(word: str, at: int, words: list[str]) -> bool:
    """Initials before a surname, as Indian papers write them: "M Chandrappa", "HD Kumaraswamy" (not "UN Women")."""
    return len(word) <= 2 and word.isalpha() and at < len(words) - 1 and word not in _NOT_INITIALS


# place words that are surnames too ("Margaret Hall", "Fiona Hill", "Ann Park")
_SURNAME_HEADS = frozenset("hall hill park church house bridge field wood banks rivers".split())


def _first_name(word: str, config: EngineConfig) -> bool:
    low = word.lower()
    return low in config.female_names or low in config.male_names or low in first_names.WOMEN or low in first_names.MEN


# the last word of a place's or an institution's name, never a person's: "White House", "Wall Street"
_PLACE_HEADS = frozenset(
    "house palace street square hall hill valley river sea ocean mountains city county state states island islands "
    "kingdom republic union bank airport station port bridge road avenue park center centre university college "
    "school hospital church mosque temple ministry department agency news times post journal party group "
    "corporation company inc ltd airlines airways media network council committee assembly court forces "
    "international partners capital holdings labs systems technologies productions records entertainment pictures "
    "studios motors energy brands foods pharmaceuticals therapeutics fund trust watch society command guard front "
    "movement league federation telecom communications express financial securities insurance industries "
    "solutions ventures games software electronics petroleum oil gas mining steel bureau program programme project "
    "initiative academy laboratory exchange reserve tribune herald gazette magazine club robotics aerospace dynamics "
    "aviation automotive pharma biotech networks satellites analytics logistics semiconductors healthcare "
    "devices instruments co corp llc plc gmbh ag infirmary clinic institute foundation brewery hotel museum library "
    "theatre theater stadium arena prison jail base district region province township village cathedral "
    "chapel market mall plaza building office authority service services trust unit lab community division "
    "constituency commission organisation organization alliance coalition nations conference summit forum "
    "association confederation congress parliament senate cabinet government administration army navy police "
    "agency council "
    # events: "the Second World War", "the World Cup", "the Olympic Games"
    "war wars cup olympics championship championships festival awards revolution "
    # a land's features: "the East Anatolian Fault", "the Philadelphi Corridor", "the Gaza Strip"
    "fault corridor strip crossing border canal gulf bay lake lakes desert plateau peninsula coast highway "
    "motorway boulevard camp dam strait straits channel observatory zone governorate oblast prefecture "
    "basin delta heights reef mountain mount range".split()
)
# the first word of a place's or a firm's name, never a person's: "Port Sudan", "Lake Chad", "Banco Horizonte"
_PLACE_OPENERS = frozenset("port mount lake fort cape gulf bay banco banca banque grupo groupe compagnie".split())

