"""What claim matching reads of a fact-check (`ReviewText`), and the words it compares: links, @handles,
hashtags and a leading 'RT' cleaned away, lowercase words, stopwords and a light stemmer. Pure, cheap
and free of numpy, so that reading an archive does not load the matcher."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["NAME", "STOPWORDS", "WORD", "ReviewText", "clean", "signed", "stem", "words"]


@dataclass(frozen=True)
class ReviewText:
    """The texts of one published fact-check that matching reads, and what an editor is shown."""

    id: str
    claim: str
    headline: str = ""
    description: str = ""
    rating: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None

    def fields(self) -> tuple[str, str, str]:
        """The texts matching reads: the claim, the headline and the description."""
        return self.claim, self.headline, self.description


_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|\b\S+\.(?:com|org|net|ly|co)/\S*", re.I)
NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w']*(?:[A-Z]|[a-z]{2})[\w']*")
_HANDLE = re.compile(r"@(\w+)")
# a tweet's signature as an embedded tweet shows it, "— Jane Doe (@JaneDoe) March 4, 2020": the handle
# after the name says the name again (and would count it twice), the name and the date stay
_SIGNED = re.compile(r"\(@\w+\)(?=\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})")
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])")
_RT = re.compile(r"^\s*RT\b:?", re.M)
WORD = re.compile(r"\w+")
# how an embedded tweet ends: "— Jane Doe (@JaneDoe) March 4, 2020"
_SIGNATURE = re.compile(r"\s[—–]\s*([^—–]{0,100}\(@\w+\)\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\s*$")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before being
    below between both but by can can't could couldn't did didn't do does doesn't doing don't down during
    each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's
    hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's
    me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over
    own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs
    them themselves then there there's these they they'd they'll they're they've this those through to too
    under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
    where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've
    your yours yourself yourselves just also will says said say s t via rt amp don didn doesn isn wasn aren
    weren won couldn shouldn wouldn hasn haven hadn ll ve re d m""".split()
)




def clean(text: str) -> str:
    """`text` without links, '#' or a leading 'RT', hashtags and @handles split into words (the handle of a
    tweet's signature, which repeats its author's name, left out)."""
    # cheap tests first: most fact-check texts are plain ASCII without links, and the archive is large
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    if "/" in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _SIGNED.sub(" ", text)
        text = _HANDLE.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    if "#" in text:
        text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    if "RT" in text:
        text = _RT.sub(" ", text)
    return text


def signed(text: str) -> tuple[str, str]:
    """`text` and, apart, the signature an embedded tweet ends with (its author and date; "" if none)."""
    found = _SIGNATURE.search(text) if "(@" in text else None
    return (text[: found.start()], found.group(1)) if found else (text, "")


def words(text: str) -> list[str]:
    """The lowercase words (runs of letters and digits) of `text` after `clean`."""
    return WORD.findall(clean(text).lower())


def stem(word: str) -> str:
    """A light suffix stripper (plural, -ing, -ed), so that 'vaccines' meets 'vaccine'."""
    if len(word) <= 3 or word[0].isdigit():
        return word
    last = word[-1]  # most words end in none of s, g, d: one comparison each, for the whole archive's words
    if last == "s":
        if word.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        if word.endswith("sses"):
            return word[:-2]
        if not word.endswith(("ss", "us", "is")):
            word = word[:-1]
            last = word[-1]
    if last == "g" and word.endswith("ing") and len(word) >= 6:
        return word[:-3]
    if last == "d" and word.endswith("ed") and len(word) >= 5:
        return word[:-2]
    return word
