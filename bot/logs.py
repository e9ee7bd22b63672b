"""Logging for long-running bots: plain or one JSON object per line, with secrets masked."""

from __future__ import annotations

import json
import logging
import re
from datetime import UTC, datetime

# Slack tokens and signing-secret-like hex strings, Discord bot tokens: masked wherever they appear
_SECRETS = re.compile(
    r"xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|\b[a-f0-9]{32}\b|"
    r"\b[MN][A-Za-z\d]{23,25}\.[\w-]{6}\.[\w-]{27,}\b"
)


def mask(text: str) -> str:
    return _SECRETS.sub("[secret]", text)


class MaskSecrets(logging.Filter):
    """Defence in depth: no log line carries a token, whatever a library chose to log."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__  # the type only: a traceback may quote article text
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str = "WARNING", fmt: str = "text") -> None:
    """Root logging to standard error: `fmt` "json" for log collectors, "text" for people."""
    handler = logging.StreamHandler()
    handler.addFilter(MaskSecrets())
    if fmt == "json":
        handler.setFormatter(JsonLines())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper() if level.upper() in logging.getLevelNamesMapping() else "WARNING")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # it narrates every plugin it loads
