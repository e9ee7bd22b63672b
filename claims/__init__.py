"""claimcheck's claim engine: article text in, typed, deduplicated checkable claims out.

Pure: no chat, network or database code is imported here. The reading functions load on first use:
a command that only matches claims or reads settings need not compile the engine's patterns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claims.config import ClaimType, EngineConfig
from claims.errors import ClaimCheckError, ConfigError, InputError
from claims.model import Article, Claim, Quantity, Verdict
from claims.text import check_text, decode_article

if TYPE_CHECKING:
    from claims.extract import classify_sentence, extract_article, extract_claims

_READING = ("classify_sentence", "extract_article", "extract_claims")

__all__ = [
    "Article",
    "Claim",
    "ClaimCheckError",
    "ClaimType",
    "ConfigError",
    "EngineConfig",
    "InputError",
    "Quantity",
    "Verdict",
    "check_text",
    "classify_sentence",
    "decode_article",
    "extract_article",
    "extract_claims",
]


def __getattr__(name: str) -> Any:
    if name in _READING:
        from claims import extract

        return getattr(extract, name)
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
