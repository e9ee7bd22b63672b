"""The Google Fact Check Tools claim search (`claims:search`), as a `Lookup` for the checklist.

The key travels in the `X-Goog-Api-Key` header, never in the URL, so that no access log, error message
or library debug line carries it. A 429 becomes `RateLimited` (honouring Retry-After), any other failure
`LookupFailed`; the checklist skips the lookup either way.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import urllib3

from bot.core.published import Lookup, LookupFailed, RateLimited
from bot.store import Review

DEFAULT_URL = "https://factchecktools.googleapis.com/v1alpha1/claims:search"


def reviews_of(answer: dict[str, Any]) -> list[Review]:
    """The claim search answer's reviews (one per claimReview of each claim)."""
    out = []
    for claim in answer.get("claims") or []:
        if not isinstance(claim, dict) or not isinstance(claim.get("text"), str) or not claim["text"].strip():
            continue
        for review in claim.get("claimReview") or []:
            if not isinstance(review, dict) or not isinstance(review.get("url"), str):
                continue
            publisher: dict[str, Any] = review["publisher"] if isinstance(review.get("publisher"), dict) else {}
            date = review.get("reviewDate")
            out.append(
                Review(
                    key=review["url"][:512],
                    claim=" ".join(claim["text"].split()),
                    url=review["url"],
                    publisher=publisher.get("name") or publisher.get("site"),
                    published=date[:10] if isinstance(date, str) and len(date) >= 10 else None,
                    rating=review.get("textualRating"),
                    headline=review.get("title"),
                    claimant=claim.get("claimant"),
                    language=(review.get("languageCode") or None),
                )
            )
    return out


def google_lookup(api_key: str, base_url: str = DEFAULT_URL, timeout: float = 5.0, page_size: int = 5) -> Lookup:
    """A `Lookup` asking the claim search API (at `base_url`) with `api_key`."""
    pool = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(connect=timeout, read=timeout))

    def lookup(text: str) -> list[Review]:
        query = urlencode({"query": text[:500], "pageSize": page_size})
        try:
            response = pool.request(
                "GET", f"{base_url}?{query}", headers={"X-Goog-Api-Key": api_key, "Accept": "application/json"}
            )
        except urllib3.exceptions.HTTPError as exc:
            raise LookupFailed(f"the fact-check API did not answer ({type(exc).__name__})") from None
        if response.status == 429:
            after = response.headers.get("Retry-After", "")
            raise RateLimited(float(after) if after.isdigit() else 60.0)
        if response.status != 200:
            raise LookupFailed(f"the fact-check API answered HTTP {response.status}")
        try:
            answer = json.loads(response.data)
        except ValueError:
            raise LookupFailed("the fact-check API's answer is not JSON") from None
        return reviews_of(answer) if isinstance(answer, dict) else []

    return lookup
