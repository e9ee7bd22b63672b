"""Sources that are documents, or named around them: "according to" whatever follows, a report's
author ("a report by X", "said a report from X", "The figures, released by X, showed"), and a source
with what makes it one after it ("analysts who have done the calculations say")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.source_words import (
    AFTER_SOURCE,
    AUXILIARIES,
    DETERMINERS,
    DOCUMENTS,
    HEAD_PREPOSITIONS,
    JOINERS,
    STRIP_SUFFIXES,
    bare,
    ends_clause,
    is_name,
    lower_word,
)

if TYPE_CHECKING:
    from claims.source_phrase import _Phrase as Phrase


# where the phrase after "according to" ends: a clause of its own, or how the source was come by
_SUBJECTS = frozenset({"it", "they", "he", "she", "we"})
_PHRASE_ENDS = frozenset(
    "who which that whose when while as after before since because if but corroborated verified confirmed "
    "provided shared cited quoted seen obtained published released issued compiled received collected "
    "presented prepared submitted produced commissioned filed tabled laid".split()
)

_OBJECT_PRONOUNS = frozenset("him her them it us me you this these those".split())


def cut_short(tokens: list[str], inside: list[bool], end: int) -> bool:
    """Whether a phrase read up to tokens[end] stopped inside a noun phrase ("the state | website")."""
    if end >= len(tokens) or inside[end] or ends_clause(tokens[end - 1]):
        return False
    word = bare(tokens[end]).removesuffix("'s").removesuffix("’s")  # "the Congolese prime | minister's office"
    low = word.lower()
    return (
        word.isalpha() and word.islower() and not low.endswith("ly") and low not in _PHRASE_ENDS
        and low not in HEAD_PREPOSITIONS and low not in JOINERS and low not in AFTER_SOURCE
        and low not in AUXILIARIES and low not in {"or", "by", "from", "with", "about"}
        and low not in DOCUMENT_PARTICIPLES  # "a statement | carried by the Qatar News Agency": its author follows
    )


def according_to_phrase(tokens: list[str], inside: list[bool], index: int) -> str | None:
    """Whatever noun phrase follows "according to", when no list knows its head: "according to the
    state's finances website", "According to eyewitness accounts corroborated by video footage"."""
    words: list[str] = []
    for k in range(index, min(len(tokens), index + 8)):
        token = tokens[k]
        low = lower_word(token)
        if inside[k] or low in _PHRASE_ENDS or (low in HEAD_PREPOSITIONS | _SUBJECTS and words):
            break  # (not "figures it filed with…": the figures, then who gave them)
        words.append(bare(token))
        if ends_clause(token):
            break
    else:
        if len(words) == 8:
            return None  # a phrase this long is not a source's name
    if not words or lower_word(words[0]) in _OBJECT_PRONOUNS or words[0][:1].isdigit():
        return None
    if all(lower_word(w) in DETERMINERS for w in words):
        return None
    return " ".join(words)


def after_according_to(tokens: list[str], i: int) -> bool:
    """Whether tokens[i] ends the phrase after "according to" ("according to court records")."""
    for k in range(i - 1, max(0, i - 6), -1):
        if ends_clause(tokens[k]):
            return False
        if lower_word(tokens[k]) == "to" and lower_word(tokens[k - 1]) == "according":
            return True
    return False


DOCUMENT_PARTICIPLES = frozenset(
    "received compiled published released issued obtained collected gathered seen carried declared announced "
    "certified displayed posted shown presented filed submitted".split()
)
# how figures stand in a document that is their source: "figures cited in the majority opinion"
_CARRIED = frozenset("cited quoted contained included given published set out".split())
# (figures, not a work: "a study published in BMJ Case Reports" is the study's, in the journal)
_FIGURE_WORDS = frozenset("figures data statistics numbers estimates".split())
# how a news outlet came by a document: whoever saw it did not write it
_ACCESSED = frozenset("seen obtained reviewed viewed".split())
# how a document was put before others: "figures presented by Kessler", "data shared by the ministry"
_SHOWN = frozenset("presented shared provided prepared submitted produced commissioned".split())


def author_of_document(source: str, tokens: list[str], index: int, phrase: Phrase) -> str:
    """ "according to a statement from the health ministry" -> "the health ministry"."""
    words = source.split()
    for k, word in enumerate(words[:-2]):
        by = next((j for j in range(k + 1, min(k + 4, len(words) - 1)) if words[j].lower() in {"by", "from"}), None)
        if word.lower() in DOCUMENTS and by is not None and all(
            w.lower() in DOCUMENT_PARTICIPLES or w.lower() in _SHOWN for w in words[k + 1 : by]
        ):
            return " ".join(words[by + 1 :])  # "figures presented by Kessler", "an analysis by the finance division"
    at = index + len(words)
    if (
        words[-1].lower() in _FIGURE_WORDS and at + 2 < len(tokens) and lower_word(tokens[at]) in _CARRIED
        and lower_word(tokens[at + 1]) == "in" and not ends_clause(tokens[at])
        and (container := phrase.after(at + 2) or according_to_phrase(tokens, phrase.inside, at + 2))
    ):
        return container  # "according to figures cited in the majority opinion": the opinion's
    if words[-1].lower() in DOCUMENTS and (site := _site_owner(tokens, at)):
        return site  # "according to a statement on the group's website": the group's
    if (rest := _relative_author(words)) and at < len(tokens) and lower_word(tokens[at]) in _GAVE:
        return rest  # "according to a document Matthesen prepared for her lawyers": Matthesen's
    if at + 2 < len(tokens) and lower_word(tokens[at]) in _ACCESSED and lower_word(tokens[at + 1]) == "by":
        owner = document_owner(source)  # "a police report seen by the Nation": the police's, the paper saw it
        # ("a committee summary obtained by The Washington Post": no one's document, told by whoever saw it; both
        # go out, the document and who has it)
        seer = phrase.after(at + 2)
        return owner if owner != source or not seer else f"{source} {bare(tokens[at])} by {seer}"
    if (
        words[-1].lower() in DOCUMENTS and at + 2 < len(tokens) and lower_word(tokens[at]) in {"filed", "lodged"}
        and lower_word(tokens[at + 1]) == "with" and (keeper := phrase.after(at + 2))
    ):
        return keeper  # "campaign finance reports filed with the Nebraska Accountability and Disclosure Commission"
    if at + 2 < len(tokens) and lower_word(tokens[at]) in DOCUMENT_PARTICIPLES | _SHOWN:
        # "according to reports received by Amnesty", "provisional results released Tuesday night by the
        # electoral commission"
        by = next((k for k in range(at + 1, min(at + 5, len(tokens))) if lower_word(tokens[k]) == "by"), None)
        if by is not None and not any(ends_clause(t) for t in tokens[at : by]):
            at = by
    if words[-1].lower() in DOCUMENTS and at + 2 < len(tokens) and lower_word(tokens[at]) == "of":
        # "a breakdown of the roll-call vote published by the Parliament": who published it, not what it is of
        by = next((k for k in range(at + 2, min(at + 8, len(tokens) - 1)) if lower_word(tokens[k]) == "by"), None)
        if by is not None and not any(ends_clause(t) for t in tokens[at:by]):
            author = phrase.after(by + 1)
            # ("an analysis of hospital records by the Guardian": by a name, with or without "published")
            named = author is not None and any(is_name(w) for w in author.split())
            if author and (lower_word(tokens[by - 1]) in DOCUMENT_PARTICIPLES or named):
                return author
    of_owned = lower_word(tokens[at]) == "of" and document_owner(source) != source if at < len(tokens) else False
    if words[-1].lower() in DOCUMENTS and at + 1 < len(tokens) and lower_word(tokens[at]) in {"from", "by", "of"}:
        if of_owned:
            return document_owner(source)  # "an AFP analysis of data from the ISW": AFP's analysis, not the data's
        if not ends_clause(tokens[at - 1]):
            # ("an analysis by the council's finance division": a phrase read to its end when no name is read)
            author = phrase.after(at + 1) or according_to_phrase(tokens, phrase.inside, at + 1)
            if author and cut_short(tokens, phrase.inside, at + 1 + len(author.split())):
                # "a tally by the Geneva-based | monitoring group Border Watch": read on to its end
                author = according_to_phrase(tokens, phrase.inside, at + 1) or author
            if author:
                return author
    if words[-1].lower() in DOCUMENTS and at + 1 < len(tokens) and lower_word(tokens[at]) == "in":
        journal = phrase.after(at + 1) if not ends_clause(tokens[at - 1]) else None
        if journal and any(is_name(w) for w in journal.split()):
            return f"{source} in {journal}"  # "a new study in the New England Journal of Medicine"
    if words[-1].lower() in DOCUMENTS and not ends_clause(tokens[at - 1]) and at + 2 < len(tokens):
        # "according to figures the department provided to Congress": the author of a relative clause
        verb = next((k for k in range(at + 1, min(at + 5, len(tokens))) if lower_word(tokens[k]) in _GAVE), None)
        # ("figures it filed": "it", the sentence's subject, for the caller to read)
        opens = lower_word(tokens[at]) in {"the", "its", "it", "they"} or is_name(tokens[at])
        if verb is not None and opens and not any(ends_clause(t) for t in tokens[at:verb]):
            return " ".join(bare(t) for t in tokens[at:verb])
    return document_owner(source)


def _site_owner(tokens: list[str], at: int) -> str | None:
    """Whose site or account a document was put on: "on the group's website", "on its X account"."""
    if at + 2 >= len(tokens) or lower_word(tokens[at]) not in {"on", "posted"}:
        return None
    for k in range(at + 1, min(len(tokens), at + 5)):
        if bare(tokens[k]).endswith(STRIP_SUFFIXES) and k + 1 < len(tokens) and (
            lower_word(tokens[k + 1]) in _SITES or (k + 2 < len(tokens) and lower_word(tokens[k + 2]) in _SITES)
        ):
            owner = " ".join(bare(t) for t in tokens[at + 1 : k + 1])
            return owner[: -2] if owner.endswith(STRIP_SUFFIXES) else owner
        if ends_clause(tokens[k]):
            return None
    return None


_SITES = frozenset("website site page account channel feed".split())


def _relative_author(words: list[str]) -> str | None:
    """The names read on past a document's word, the subject of a relative clause: "a document | Matthesen"."""
    k = next((k for k, w in enumerate(words[:-1]) if w.lower() in DOCUMENTS), None)
    rest = words[k + 1 :] if k is not None else []
    names = rest[1:] if rest and rest[0].lower() == "the" else rest  # ("figures the Health Ministry released")
    return " ".join(rest) if names and len(names) <= 5 and all(is_name(w) for w in names) else None


def document_owner(source: str) -> str:
    """Whose document a source names before it: "a Commission estimate" -> "Commission", "police figures"
    -> "police", "BOK data" -> "BOK"; any other source as it is."""
    words = source.split()
    if len(words) < 2 or words[-1].lower() not in DOCUMENTS:
        return source
    owners = words[1:-1] if words[0].lower() in {"a", "an", "the"} else words[:-1]
    if owners and all(is_name(w) for w in owners):
        return " ".join(owners)  # "a Commission estimate", "an IMF forecast", "UKHSA data"
    if len(owners) == 1 and owners[0] in _OWNING_NOUNS:
        return owners[0]  # "police figures"
    return source


# bodies named by a common noun that own figures: "police figures", "government data"
_OWNING_NOUNS = frozenset("police government army military ministry treasury council".split())


# verbs of a relative clause that say who gave a document: "figures the department provided"
_GAVE = _SHOWN | frozenset("released published issued compiled gave supplied sent filed".split())


def authored_apposition(tokens: list[str], comma_at: int, inside: list[bool], phrase: Phrase) -> str | None:
    """The author named in a document's apposition: "The report, by the Pew Research Center, found",
    "The figures, released by the Office for National Statistics on Wednesday, showed"."""
    for k in range(comma_at - 1, max(0, comma_at - 16), -1):
        if inside[k]:
            return None
        if tokens[k].endswith(","):
            if lower_word(tokens[k]) not in DOCUMENTS or not phrase.left_edge_ok(max(0, k - 2)):
                return None
            segment = [lower_word(t) for t in tokens[k + 1 : comma_at + 1]]
            if "by" not in segment[:2] or not (segment[0] == "by" or segment[0] in DOCUMENT_PARTICIPLES):
                return None
            return phrase.after(k + 2 + segment.index("by"))
    return None


def postmodified_source(tokens: list[str], inside: list[bool], end: int, phrase: Phrase) -> str | None:
    """A source followed by what makes it one, with no commas: "analysts who have done the calculations
    say", "Court papers obtained by our correspondent on Monday showed"."""
    for k in range(end - 1, max(0, end - 20), -1):  # (a clause may run long: "who spoke on condition of…")
        if inside[k] or ends_clause(tokens[k]):
            return None
        low = lower_word(tokens[k])
        relative = low == "who" or (low == "that" and lower_word(tokens[k - 1]) in DOCUMENTS)
        participle = low.endswith("ed") and k + 1 < len(tokens) and (
            lower_word(tokens[k + 1]) == "by"
            or (low in DOCUMENT_PARTICIPLES and lower_word(tokens[k + 1]) in {"on", "in", "last", "this", "earlier"})
        )  # "Court papers obtained by our reporter showed", "A World Bank report published on Monday estimates"
        if relative and k + 1 < end and (lower_word(tokens[k + 1]) in phrase.nouns or is_name(tokens[k + 1])):
            return None  # "The mayor, who police said was shot, died": the clause has its own speaker, not the mayor
        if relative or participle:
            name = phrase.before(k)
            head = name.split()[-1].lower() if name else ""
            if participle and head in DOCUMENTS:
                # "A separate study published on Thursday by the Global Carbon Project estimated": its author
                by = next((j for j in range(k + 1, end - 1) if lower_word(tokens[j]) == "by"), None)
                author = phrase.after(by + 1) if by is not None else None
                if author and any(is_name(w) for w in author.split()):
                    return author
            return name if head in phrase.nouns or head in DOCUMENTS else None
    return None
