"""The project's exceptions: one root, a few kinds a person can act on."""

from __future__ import annotations


class ClaimCheckError(Exception):
    """Root of every error claimcheck raises on purpose.

    The message is one sentence meant for the person who caused it; adapters show it as is.
    """


class InputError(ClaimCheckError):
    """The text or file handed in cannot be read as an article (empty, binary, too large)."""


class ConfigError(ClaimCheckError):
    """A configuration file or value is wrong; the message names the key and the file."""
