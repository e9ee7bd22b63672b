"""Published fact-checks on the checklist: each claim matched against the archive (and, if a key is set,
the fact-check API), the closest review above the matcher's threshold kept in the claim's memory note.

The index over the archive is built once per process and rebuilt when the archive changes (an import
in this process rebuilds it at once; one in another process is noticed at the next checklist and
rebuilt in the background while the old index answers). The API is asked only about claims the
archive has no match for, all at once, and whatever has not answered within `lookup_seconds` is left
out: a slow, failing or rate-limited API never holds up a checklist.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any

from bot.store import Review
from claims import Claim, ClaimCheckError
from claims.numbers import find_quantities

if TYPE_CHECKING:  # the matcher (numpy) loads only when the archive holds something
    from bot.store import Store
    from claims.match import MatchIndex, ReviewText

log = logging.getLogger("claimcheck.published")

# the fact-check API's search: a claim's text in, reviews out (raises LookupFailed or RateLimited)
Lookup = Callable[[str], list[Review]]


class LookupFailed(ClaimCheckError):
    """The fact-check API did not answer usefully; the lookup is skipped."""


class RateLimited(LookupFailed):
    def __init__(self, retry_after: float) -> None:
        super().__init__(f"The fact-check API asks to wait {retry_after:g} seconds.")
        self.retry_after = retry_after


def as_review_text(review: Review) -> ReviewText:
    """A stored review as the matcher indexes it."""
    from claims.match import ReviewText

    return ReviewText(
        id=review.key,
        claim=review.claim,
        headline=review.headline or "",
        description=review.description or "",
        rating=review.rating,
        publisher=review.publisher,
        date=review.published,
        url=review.url,
    )


def published_note(claim: Claim | str, review: Review, score: float) -> dict[str, Any]:
    """What the checklist keeps of a match: who rated what when, and whether the figures differ."""
    quantities = claim.quantities if isinstance(claim, Claim) else find_quantities(claim)
    figures_now = sorted((round(q.value, 6), q.unit) for q in quantities)
    reviewed = find_quantities(review.claim) if figures_now else ()  # only a claim with figures can differ
    figures_then = sorted((round(q.value, 6), q.unit) for q in reviewed)
    return {
        "key": review.key,
        "url": review.url,
        "publisher": review.publisher,
        "date": review.published,
        "rating": review.rating,
        "headline": review.headline,
        "claim": review.claim,
        "score": round(score, 3),
        "figures_differ": bool(figures_now and figures_then and figures_now != figures_then),
        "reviewed_figures": [q.text for q in reviewed],
    }


class PublishedChecks:
    """The archive's matcher for one process (built by `create_app`, kept by the workflow)."""

    def __init__(
        self,
        store: Store,
        threshold: float | None = None,
        lookup: Lookup | None = None,
        lookup_seconds: float = 2.0,
        lookup_cache_seconds: float = 7 * 86400,
        lookup_max_claims: int = 10,
    ) -> None:
        self.store = store
        self._threshold = threshold
        self.lookup = lookup
        self.lookup_seconds = lookup_seconds
        self.lookup_cache_seconds = lookup_cache_seconds
        self.lookup_max_claims = lookup_max_claims
        self._index: MatchIndex | None = None
        self._revision: tuple[int, int] = (0, 0)
        self._lock = threading.Lock()
        self._first_build = threading.Lock()
        self._rebuilding = False
        self._pool: ThreadPoolExecutor | None = None
        self._quiet_until = 0.0

    @property
    def threshold(self) -> float:
        """The matcher's documented threshold (claims/match.py) unless one was given."""
        if self._threshold is None:
            from claims.match import MATCH_THRESHOLD

            self._threshold = MATCH_THRESHOLD
        return self._threshold

    # -- the index -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the index from the archive now (after an import in this process)."""
        from claims.match import MatchIndex, ReviewText

        revision = self.store.archive.revision()
        index = None
        if revision[0]:
            index = MatchIndex.build(
                ReviewText(str(i), r.claim, r.headline or "", r.description or "")
                for i, r in self.store.archive.reviews()
            )
        with self._lock:
            self._index, self._revision = index, revision

    def _rebuild_in_background(self) -> None:
        try:
            self.refresh()
        except Exception:  # noqa: BLE001 - the old index keeps answering; the next checklist tries again
            log.warning("rebuilding the archive index failed", exc_info=True)
        finally:
            self._rebuilding = False

    def current(self) -> MatchIndex | None:
        """The index, fresh: built now the first time, rebuilt in the background when the archive changed."""
        revision = self.store.archive.revision()
        if revision == self._revision:
            return self._index
        if self._index is None:
            with self._first_build:  # two checklists at start-up build it once
                if self._index is None:
                    self.refresh()
            return self._index
        with self._lock:
            start, self._rebuilding = not self._rebuilding, True
        if start:
            threading.Thread(target=self._rebuild_in_background, name="archive-index", daemon=True).start()
        return self._index

    def search(self, text: str, k: int = 5) -> list[tuple[Review, float]]:
        """The `k` published fact-checks closest to `text`, best first, with their scores."""
        index = self.current()
        if index is None:
            return []
        found = index.search(text, k)
        reviews = self.store.archive.by_ids(int(m.id) for m in found)
        return [(reviews[int(m.id)], m.score) for m in found if int(m.id) in reviews]

    # -- notes for a checklist -----------------------------------------------------------------
    def notes(self, found: Sequence[Claim]) -> list[dict[str, Any] | None]:
        """For each claim, the closest published fact-check above the threshold, as a note (or None)."""
        out: list[dict[str, Any] | None] = [None] * len(found)
        index = self.current()
        if index is not None:
            best = [index.search(claim.text, 1) for claim in found]
            reviews = self.store.archive.by_ids(int(m[0].id) for m in best if m and m[0].score >= self.threshold)
            for i, matches in enumerate(best):
                if matches and int(matches[0].id) in reviews:
                    out[i] = published_note(found[i], reviews[int(matches[0].id)], matches[0].score)
        if self.lookup is not None:
            missing = [i for i, note in enumerate(out) if note is None][: self.lookup_max_claims]
            for i, note in self._looked_up(found, missing).items():
                out[i] = note
        return out

    def _looked_up(self, found: Sequence[Claim], which: list[int]) -> dict[int, dict[str, Any]]:
        if not which or time.monotonic() < self._quiet_until:
            return {}
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="factcheck-api")
        futures: dict[Future[list[Review]], int] = {self._pool.submit(self._ask, found[i].text): i for i in which}
        done, _late = wait(futures, timeout=self.lookup_seconds)  # the late ones finish and fill the cache
        notes: dict[int, dict[str, Any]] = {}
        for future in done:
            if future.exception() is not None:
                continue
            claim = found[futures[future]]
            reviews = future.result()
            if not reviews:
                continue
            from claims.match import MatchIndex

            match = MatchIndex.build(as_review_text(r) for r in reviews).search(claim.text, 1)
            if match and match[0].score >= self.threshold:
                by_key = {r.key: r for r in reviews}
                notes[futures[future]] = published_note(claim, by_key[match[0].id], match[0].score)
        return notes

    def _ask(self, text: str) -> list[Review]:
        """The API's reviews for one claim, from the store's cache when asked before."""
        assert self.lookup is not None
        query = hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest()
        cached = self.store.archive.cached_lookup(query, self.lookup_cache_seconds)
        if cached is not None:
            kept = self.store.archive.by_keys(cached)
            return [kept[k] for k in cached if k in kept]
        if time.monotonic() < self._quiet_until:
            return []
        try:
            reviews = self.lookup(text)
        except RateLimited as exc:
            self._quiet_until = time.monotonic() + exc.retry_after
            log.warning("the fact-check API is rate limiting; lookups pause for %g seconds", exc.retry_after)
            raise
        except LookupFailed as exc:
            log.warning("a fact-check API lookup failed: %s", exc)
            raise
        self.store.archive.save_lookup(query, reviews)
        return reviews


def merge(memory: list[dict[str, Any] | None], published: list[dict[str, Any] | None]) -> list[dict[str, Any] | None]:
    """Claim memory notes with each claim's published fact-check added under "published"."""
    return [
        ({**(own or {}), "published": match} if match else own) for own, match in zip(memory, published, strict=True)
    ]


def published_line(match: dict[str, Any] | None) -> str | None:
    """ "Checked before by Snopes (2021-03-02): rated False - 'headline' (link)"; figures that differ flagged."""
    if not match:
        return None
    line = f"Checked before by {match.get('publisher') or 'a fact-checker'}"
    if match.get("date"):
        line += f" ({match['date']})"
    if match.get("rating"):
        line += f": rated {match['rating']}"
    title = str(match.get("headline") or match.get("claim") or "")
    if title:
        line += f" - '{title if len(title) <= 100 else title[:99].rstrip() + '…'}'"
    if match.get("url"):
        line += f" ({match['url']})"
    if match.get("figures_differ"):
        line += "; figures differ, reviewed: " + ", ".join(match.get("reviewed_figures") or [])
    return line


def claimreview_fields(workspace: str, checklist_id: int, number: int, memory: dict[str, Any] | None) -> dict[str, Any]:
    """What the newsroom's ClaimReview export adds: an identifier of its own (so that importing it back
    keeps one review per claim), and the published fact-check the claim matched, as a citation."""
    fields: dict[str, Any] = {"identifier": f"claimcheck:{workspace}:{checklist_id}:{number}"}
    match = (memory or {}).get("published")
    if match:
        cited: dict[str, Any] = {"@type": "ClaimReview", "claimReviewed": match.get("claim")}
        if match.get("url"):
            cited["url"] = match["url"]
        if match.get("publisher"):
            cited["author"] = {"@type": "Organization", "name": match["publisher"]}
        if match.get("date"):
            cited["datePublished"] = match["date"]
        if match.get("rating"):
            cited["reviewRating"] = {"@type": "Rating", "alternateName": match["rating"]}
        fields["citation"] = cited
    return fields
