"""The bot's settings: packaged defaults overlaid by a newsroom's config.yaml, validated at start."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from claims import ConfigError, EngineConfig

_STATUS_ORDER = ("verified", "false", "disputed", "checking", "needs_source", "not_a_claim")


@dataclass(frozen=True, slots=True)
class FetchConfig:
    timeout_seconds: float
    max_bytes: int
    max_redirects: int
    allow_private_addresses: bool
    user_agent: str


@dataclass(frozen=True, slots=True)
class SlackConfig:
    channels: tuple[str, ...]
    min_article_chars: int
    post_interval_seconds: float
    posting_lease_seconds: float
    resume_interval_seconds: float
    api_timeout_seconds: float


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    watch_channels: bool
    min_article_chars: int


@dataclass(frozen=True, slots=True)
class AppConfig:
    """Everything the bot reads from configuration, in one frozen object passed down explicitly."""

    database_url: str
    max_input_bytes: int
    fetch: FetchConfig
    statuses: tuple[tuple[str, tuple[str, ...]], ...]
    memory_match_ratio: float
    slack: SlackConfig
    discord: DiscordConfig
    engine: EngineConfig
    source: str

    def status_for_emoji(self, emoji: str) -> str | None:
        """The status a reaction sets (`white_check_mark`, `:x:` or `✅`), None for other emoji."""
        name = emoji.strip().strip(":").split("::")[0]
        for status, names in self.statuses:
            if name in names or emoji.strip() in names:
                return status
        return None

    def emoji_for(self, status: str, as_name: bool = False) -> str:
        """The emoji shown for a status: its first character form, or its first name with `as_name`."""
        for name, names in self.statuses:
            if name == status:
                pick = [n for n in names if n.isascii() == as_name]
                return (pick or list(names) or [""])[0]
        return ""


def _defaults() -> dict[str, Any]:
    loaded = yaml.safe_load(resources.files("bot").joinpath("defaults.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _overlay(base: dict[str, Any], extra: Mapping[str, Any], source: str, prefix: str = "") -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key not in base:
            raise ConfigError(f"{source}: unknown key {prefix}{key}")
        if isinstance(base[key], dict) and key not in {"claims", "statuses"}:
            if not isinstance(value, Mapping):
                raise ConfigError(f"{source}: {prefix}{key} must be a mapping")
            merged[key] = _overlay(base[key], value, source, f"{prefix}{key}.")
        else:
            merged[key] = value
    return merged


def find_config_file(explicit: str | None = None) -> Path | None:
    """The newsroom's file: the one named, else $CLAIMCHECK_CONFIG, else ./config.yaml if present."""
    named = explicit or os.environ.get("CLAIMCHECK_CONFIG")
    if named:
        path = Path(named)
        if not path.is_file():
            raise ConfigError(f"{named}: no such configuration file")
        return path
    local = Path("config.yaml")
    return local if local.is_file() else None


def load_config(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> AppConfig:
    """Defaults, overlaid by the newsroom's file, overlaid by the few environment settings.

    Raises:
        ConfigError: the file is not YAML, or a key or value is wrong; the message names both.
    """
    environ = os.environ if environ is None else environ
    file = Path(path) if path else find_config_file()
    data = _defaults()
    source = "defaults"
    if file is not None:
        source = str(file)
        try:
            loaded = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ConfigError(f"{file}: cannot be read as YAML ({type(exc).__name__})") from None
        if not isinstance(loaded, Mapping):
            raise ConfigError(f"{file}: the top level must be a mapping of settings")
        data = _overlay(data, loaded, source)
    return _build(data, source, environ)


def _int(value: Any, key: str, source: str, low: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < low:
        raise ConfigError(f"{source}: {key} must be a number of at least {low}, not {value!r}")
    return int(value)


def _seconds(value: Any, key: str, source: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigError(f"{source}: {key} must be a number of seconds, not {value!r}")
    return float(value)


def _statuses(raw: Any, source: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{source}: statuses must map each status to a list of emoji")
    unknown = set(raw) - set(_STATUS_ORDER)
    if unknown:
        raise ConfigError(
            f"{source}: unknown status {sorted(unknown)[0]!r} under statuses (known: {', '.join(_STATUS_ORDER)})"
        )
    return tuple((name, tuple(str(e).strip(":") for e in raw.get(name, []))) for name in _STATUS_ORDER)


def _build(data: Mapping[str, Any], source: str, environ: Mapping[str, str]) -> AppConfig:
    fetch = data["fetch"]
    allow_private = bool(fetch["allow_private_addresses"]) or environ.get("CLAIMCHECK_ALLOW_PRIVATE_URLS") == "1"
    claims_section = data.get("claims") or {}
    if not isinstance(claims_section, Mapping):
        raise ConfigError(f"{source}: claims must be a mapping")
    return AppConfig(
        database_url=environ.get("CLAIMCHECK_DATABASE_URL") or str(data["database"]["url"] or ""),
        max_input_bytes=_int(data["input"]["max_bytes"], "input.max_bytes", source),
        fetch=FetchConfig(
            timeout_seconds=float(_int(fetch["timeout_seconds"], "fetch.timeout_seconds", source)),
            max_bytes=_int(fetch["max_bytes"], "fetch.max_bytes", source),
            max_redirects=_int(fetch["max_redirects"], "fetch.max_redirects", source, low=0),
            allow_private_addresses=allow_private,
            user_agent=str(fetch["user_agent"]),
        ),
        statuses=_statuses(data["statuses"], source),
        memory_match_ratio=float(_int(data["memory"]["match_ratio"], "memory.match_ratio", source)),
        slack=SlackConfig(
            channels=tuple(str(c) for c in data["slack"]["channels"] or ()),
            min_article_chars=_int(data["slack"]["min_article_chars"], "slack.min_article_chars", source),
            post_interval_seconds=_seconds(
                data["slack"]["post_interval_seconds"], "slack.post_interval_seconds", source
            ),
            posting_lease_seconds=_seconds(
                data["slack"]["posting_lease_seconds"], "slack.posting_lease_seconds", source
            ),
            resume_interval_seconds=_seconds(
                data["slack"]["resume_interval_seconds"], "slack.resume_interval_seconds", source
            ),
            api_timeout_seconds=_seconds(data["slack"]["api_timeout_seconds"], "slack.api_timeout_seconds", source),
        ),
        discord=DiscordConfig(
            watch_channels=bool(data["discord"]["watch_channels"]),
            min_article_chars=_int(data["discord"]["min_article_chars"], "discord.min_article_chars", source),
        ),
        engine=EngineConfig.from_mapping(claims_section, source),
        source=source,
    )
