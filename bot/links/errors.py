"""The one error of link reading: a sentence for the person who pasted the link."""

from __future__ import annotations

from claims import ClaimCheckError


class FetchError(ClaimCheckError):
    """A link could not be fetched; the message is one sentence for the person who pasted it."""
