"""schema.org ClaimReview objects -> `Review`, and the JSON-LD shapes they come in (lists, @graph, DataFeed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from bot.store import Review
from claims.match_text import ReviewText

# why a record was left out (the import reports each with its count)
NO_CLAIM = "no claimReviewed"
BAD_DATE = "bad date"
NOT_CLAIMREVIEW = "not a ClaimReview"
NO_KEY = "no url or identifier"
UNREADABLE_BLOCK = "unreadable JSON-LD block"

_EARLIEST, _LATEST = date(1900, 1, 1), date(2200, 1, 1)  # a publication date outside these is a typo

# where a ClaimReview may sit inside another object (a page's WebPage or Article, an ItemList)
_INSIDE = ("mainEntity", "review", "hasPart", "itemListElement", "item")


def types_of(obj: dict[str, Any]) -> set[str]:
    """The object's @type names without a vocabulary prefix ('schema:ClaimReview', 'http://schema.org/…')."""
    raw = obj.get("@type", obj.get("type"))
    names = raw if isinstance(raw, list) else [raw]
    return {str(n).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str)}


def candidates(value: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD value that should be a ClaimReview: in lists, @graph, DataFeed elements,
    and inside the page objects that carry one; objects that are neither are yielded too (to be skipped)."""
    if isinstance(value, list):
        for element in value:
            yield from candidates(element)
        return
    if not isinstance(value, dict):
        return
    if "ClaimReview" in types_of(value):
        yield value
        return
    nested = False
    for key in ("@graph", "dataFeedElement"):
        if key in value:
            nested = True
            yield from candidates(value[key])
    for key in _INSIDE:
        inner = value.get(key)
        if isinstance(inner, (dict, list)) and _holds_claimreview(inner):
            nested = True
            yield from candidates(inner)
    if not nested:
        yield value  # an Organization, a BreadcrumbList...: counted as "not a ClaimReview"


def _holds_claimreview(value: Any, depth: int = 0) -> bool:
    if depth > 6:
        return False
    if isinstance(value, list):
        return any(_holds_claimreview(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return "ClaimReview" in types_of(value) or any(
            _holds_claimreview(value.get(k), depth + 1) for k in (*_INSIDE, "@graph", "dataFeedElement")
        )
    return False


def _text(value: Any) -> str | None:
    if type(value) is str:  # the common case first: an archive has hundreds of thousands of these
        # printable text has no whitespace but the space: without a double, leading or trailing one it
        # is already normal, and the checks cost less than splitting and joining it again
        if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
            return value or None
        return " ".join(value.split()) or None
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        stripped = " ".join(value.split())
        return stripped or None
    return None


def _name(value: Any) -> str | None:
    """The name of an Organization or Person (or the first of a list), or a plain string."""
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        return _text(value.get("name")) or _text(value.get("alternateName")) or _text(value.get("url"))
    return _text(value)


def day_of(value: Any) -> str | None:
    """An ISO date or date-time as YYYY-MM-DD; ValueError when it is not one."""
    if type(value) is str and len(value) == 10 and value[4:5] == "-":  # YYYY-MM-DD, the common case
        text: str | None = value
        try:
            day: date | None = date.fromisoformat(value)
        except ValueError:
            day = None
    else:
        text = _text(value)
        if text is None:
            return None
        try:
            day = (datetime.fromisoformat(text) if len(text) > 10 else datetime.fromisoformat(text + "T00:00")).date()
        except ValueError:
            day = None
    if day is None or not _EARLIEST <= day <= _LATEST:
        raise ValueError(text)
    return day.isoformat()


def _rating(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    if not isinstance(value, dict):
        return _text(value)
    named = _text(value.get("alternateName")) or _text(value.get("name"))
    if named:
        return named
    score, best = _text(value.get("ratingValue")), _text(value.get("bestRating"))
    return f"{score}/{best}" if score and best else score


def _identifier(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):  # a PropertyValue
        value = value.get("value")
    return _text(value)


def _is_claimreview(obj: dict[str, Any]) -> bool:
    raw = obj.get("@type", obj.get("type"))
    return raw == "ClaimReview" or "ClaimReview" in types_of(obj)  # the plain name needs no parsing


def _essentials(obj: dict[str, Any]) -> tuple[str, str, str | None, str | None] | str:
    """(key, claim, url, day published) of a ClaimReview object, or the reason it is left out."""
    if not _is_claimreview(obj):
        return NOT_CLAIMREVIEW
    claim = _text(obj.get("claimReviewed"))
    if not claim:
        return NO_CLAIM
    url = _text(obj.get("url"))
    key = _identifier(obj.get("identifier")) or url
    if not key:
        return NO_KEY
    try:
        published = day_of(obj.get("datePublished"))
    except ValueError:
        return BAD_DATE
    return key[:512], claim, url, published


def to_review_text(obj: dict[str, Any]) -> ReviewText | str:
    """What matching reads of one ClaimReview object (left out for the same reasons as `to_review`):
    the texts and the key, without the rest of a `Review` (`claimcheck match` reads 14,000 of them)."""
    found = _essentials(obj)
    if isinstance(found, str):
        return found
    key, claim, url, published = found
    headline = _text(obj.get("headline")) or _text(obj.get("name")) or ""
    return ReviewText(key, claim, headline, _text(obj.get("description")) or "", date=published, url=url)


def to_review(obj: dict[str, Any]) -> Review | str:
    """The `Review` of one ClaimReview object, or the reason it is left out."""
    found = _essentials(obj)
    if isinstance(found, str):
        return found
    key, claim, url, published = found
    item = obj.get("itemReviewed")
    claimant = _name(item.get("author")) if isinstance(item, dict) else None
    language = obj.get("inLanguage")
    return Review(
        key=key,
        claim=claim,
        url=url,
        publisher=_name(obj.get("author")) or _name(obj.get("publisher")),
        published=published,
        rating=_rating(obj.get("reviewRating")),
        headline=_text(obj.get("headline")) or _text(obj.get("name")),
        description=_text(obj.get("description")),
        claimant=claimant,
        language=(_name(language) or "")[:16] or None,
    )
