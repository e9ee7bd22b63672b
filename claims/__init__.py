"""claimcheck's claim engine: article text in, typed, deduplicated checkable claims out.

Pure: no chat, network or database code is imported here.
"""

from claims.config import ClaimType, EngineConfig
from claims.errors import ClaimCheckError, ConfigError, InputError
from claims.extract import classify_sentence, extract_article, extract_claims
from claims.model import Article, Claim, Quantity, Verdict
from claims.text import check_text, decode_article

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
