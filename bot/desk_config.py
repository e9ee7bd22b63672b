"""Reading the desk's settings (`workflow:` in bot/defaults.yaml) into `bot.config.WorkflowConfig`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from bot.config import WorkflowConfig, _finite, _int, _seconds
from claims import ConfigError


def workflow_config(raw: Mapping[str, Any], source: str) -> WorkflowConfig:
    """Raises ConfigError naming the key when a value is wrong."""

    def pairs(key: str, number: bool) -> tuple[tuple[str, Any], ...]:
        value = raw.get(key) or {}
        if not isinstance(value, Mapping) or (number and not all(_finite(v) for v in value.values())):
            raise ConfigError(f"{source}: workflow.{key} must map names to {'numbers' if number else 'deadlines'}")
        return tuple((str(k), float(v) if number else str(v)) for k, v in value.items())

    try:
        ZoneInfo(str(raw.get("timezone", "UTC")))
    except (LookupError, ValueError):
        raise ConfigError(f"{source}: workflow.timezone {raw.get('timezone')!r} is not a known time zone") from None
    emoji = raw.get("take_emoji") or ["raising_hand", "🙋"]
    return WorkflowConfig(
        take_emoji=tuple(str(e).strip(":") for e in (emoji if isinstance(emoji, list) else [emoji])),
        sign_off=_int(raw.get("sign_off", 1), "workflow.sign_off", source),
        timezone=str(raw.get("timezone", "UTC")),
        default_due=pairs("default_due", number=False),
        remind_before_minutes=_seconds(raw.get("remind_before_minutes", 30), "workflow.remind_before_minutes", source),
        stale_minutes=_seconds(raw.get("stale_minutes", 60), "workflow.stale_minutes", source),
        check_first=_int(raw.get("check_first", 3), "workflow.check_first", source, low=0),
        type_weights=pairs("type_weights", number=True),
        beat=pairs("beat", number=True),
    )
