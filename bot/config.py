"""The bot's settings: packaged defaults overlaid by a newsroom's config.yaml, validated at start."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.config_file import read_config_file
from claims import ConfigError, EngineConfig

_STATUS_ORDER = ("verified", "false", "disputed", "checking", "needs_source", "not_a_claim")


@dataclass(frozen=True, slots=True)
class FetchConfig:
    timeout_seconds: float
    max_bytes: int
    max_redirects: int
    allow_private_addresses: bool
    user_agent: str
    # a page's main text is read only from pages of at most this many elements (tags)
    max_elements: int = 20000
    # a fetched page is reused for this long (per workspace, under the addresses fetched)
    cache_hours: float = 24.0


@dataclass(frozen=True, slots=True)
class SlackConfig:
    channels: tuple[str, ...]
    min_article_chars: int
    post_interval_seconds: float
    posting_lease_seconds: float
    resume_interval_seconds: float
    api_timeout_seconds: float
    edit_interval_seconds: float
    edits_per_minute: int


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    watch_channels: bool
    min_article_chars: int
    edit_interval_seconds: float
    resume_interval_seconds: float


@dataclass(frozen=True, slots=True)
class WorkflowConfig:
    """The desk's workflow (bot/core/desk.py; `workflow:` in bot/defaults.yaml says what each is)."""

    take_emoji: tuple[str, ...] = ("raising_hand", "🙋")
    sign_off: int = 1
    timezone: str = "UTC"
    default_due: tuple[tuple[str, str], ...] = ()  # (channel, "17:00" or "2h")
    remind_before_minutes: float = 30.0
    stale_minutes: float = 60.0
    check_first: int = 3
    type_weights: tuple[tuple[str, float], ...] = (("casualties", 1.0), ("control", 0.8), ("vote", 0.8))
    beat: tuple[tuple[str, float], ...] = ()  # (word, weight)


@dataclass(frozen=True, slots=True)
class ArchiveConfig:
    """Published fact-checks (bot/core/published.py, bot/archive/): links to import, the fact-check API."""

    link_max_bytes: int = 500_000_000
    link_timeout_seconds: float = 300.0
    lookup_url: str = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
    lookup_seconds: float = 2.0
    lookup_cache_hours: float = 168.0
    lookup_max_claims: int = 10
    # from CLAIMCHECK_FACTCHECK_API_KEY only; never shown
    api_key: str = field(default="", repr=False)


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
    archive: ArchiveConfig = ArchiveConfig()
    workflow: WorkflowConfig = WorkflowConfig()
    # a checklist shows at most this many claims (the most check-worthy), each at most this long
    max_claims: int = 200
    max_claim_chars: int = 1000
    # the engine reads at most this much of one article (its time grows with the text, not the claims kept)
    max_article_chars: int = 150_000

    def status_for_emoji(self, emoji: str) -> str | None:
        """The status a reaction sets (`white_check_mark`, `:x:` or `✅`), None for other emoji."""
        name = without_skin_tone(emoji.strip().strip(":"))
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


_SKIN_TONES = dict.fromkeys(range(0x1F3FB, 0x1F400))  # the five Fitzpatrick modifiers, removed


def without_skin_tone(emoji: str) -> str:
    """The emoji whatever skin tone it was given: Slack's `raising_hand::skin-tone-3`, Discord's 🙋🏽."""
    return emoji.split("::")[0].translate(_SKIN_TONES)


def _defaults() -> dict[str, Any]:
    loaded = yaml.safe_load(resources.files("bot").joinpath("defaults.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _overlay(base: dict[str, Any], extra: Mapping[str, Any], source: str, prefix: str = "") -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key not in base:
            raise ConfigError(f"{source}: unknown key {prefix}{key}")
        if isinstance(base[key], dict) and key not in {"claims", "statuses", "default_due", "beat", "type_weights"}:
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
        if not path.exists():
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
        loaded = read_config_file(file) or {}
        if not isinstance(loaded, Mapping):
            raise ConfigError(f"{file}: the top level must be a mapping of settings")
        data = _overlay(data, loaded, source)
    return _build(data, source, environ)


def _shown(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _finite(value: Any) -> bool:
    """A real number: not a boolean, a string, .inf, .nan, or an integer too large for a float."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return abs(value) < 1e15 and math.isfinite(value)


def _int(value: Any, key: str, source: str, low: int = 1) -> int:
    """A count or a size, from `low` to 10^9 (a read of input.max_bytes + 1 allocates that much at once)."""
    if not _finite(value) or not low <= value <= 1_000_000_000:
        raise ConfigError(f"{source}: {key} must be a number from {low} to 1,000,000,000, not {_shown(value)}")
    return int(value)


def _seconds(value: Any, key: str, source: str, positive: bool = False) -> float:
    """A duration: a finite number of seconds (minutes, hours for some keys), above 0 when `positive`, and at
    most 10,000,000 (timers and dates overflow past about 10^9 seconds: a typo must not crash the bot later)."""
    if not _finite(value) or value < 0 or (positive and value == 0) or value > 10_000_000:
        need = "more than 0" if positive else "0 or more"
        raise ConfigError(f"{source}: {key} must be a number ({need}, at most 10,000,000), not {_shown(value)}")
    return float(value)


def _bool(value: Any, key: str, source: str) -> bool:
    """true or false, written as YAML booleans: the string 'false' is not taken for true."""
    if not isinstance(value, bool):
        raise ConfigError(f"{source}: {key} must be true or false (without quotes), not {_shown(value)}")
    return value


def _ratio(value: Any, key: str, source: str) -> float:
    if not _finite(value) or not 0 <= value <= 100:
        raise ConfigError(f"{source}: {key} must be a number from 0 to 100, not {_shown(value)}")
    return float(value)


def _line(value: Any, key: str, source: str) -> str:
    """A text sent in a header or shown on one line: no line breaks (a header could be forged with them)."""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ConfigError(f"{source}: {key} must be a text, not {_shown(value)}")
    text = str(value)
    if any(ch in text for ch in "\r\n\x00") or len(text) > 500:
        raise ConfigError(f"{source}: {key} must be one line of at most 500 characters, without line breaks")
    return text


def _texts(value: Any, key: str, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ConfigError(f"{source}: {key} must be a list, like [a, b], not {_shown(value)}")
    return tuple(_line(item, key, source) for item in value)


def _statuses(raw: Any, source: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{source}: statuses must map each status to a list of emoji")
    unknown = set(raw) - set(_STATUS_ORDER)
    if unknown:
        raise ConfigError(
            f"{source}: unknown status {sorted(unknown)[0]!r} under statuses (known: {', '.join(_STATUS_ORDER)})"
        )
    return tuple(
        (name, tuple(e.strip(":") for e in _texts(raw.get(name, []), f"statuses.{name}", source)))
        for name in _STATUS_ORDER
    )


def _archive(raw: Mapping[str, Any], source: str, environ: Mapping[str, str]) -> ArchiveConfig:
    url = environ.get("CLAIMCHECK_FACTCHECK_API_URL") or str(raw["lookup_url"])
    return ArchiveConfig(
        link_max_bytes=_int(raw["link_max_mb"], "archive.link_max_mb", source) * 1_000_000,
        link_timeout_seconds=_seconds(raw["link_timeout_seconds"], "archive.link_timeout_seconds", source),
        lookup_url=url,
        lookup_seconds=_seconds(raw["lookup_seconds"], "archive.lookup_seconds", source),
        lookup_cache_hours=_seconds(raw["lookup_cache_hours"], "archive.lookup_cache_hours", source),
        lookup_max_claims=_int(raw["lookup_max_claims"], "archive.lookup_max_claims", source, low=0),
        api_key=environ.get("CLAIMCHECK_FACTCHECK_API_KEY", "").strip(),
    )


def _build(data: Mapping[str, Any], source: str, environ: Mapping[str, str]) -> AppConfig:
    from bot.desk_config import workflow_config  # the desk's settings are read in a module of their own

    fetch = data["fetch"]
    allow_private = (
        _bool(fetch["allow_private_addresses"], "fetch.allow_private_addresses", source)
        or environ.get("CLAIMCHECK_ALLOW_PRIVATE_URLS") == "1"
    )
    url = data["database"]["url"]
    if url is not None and not isinstance(url, str):
        raise ConfigError(f"{source}: database.url must be a text (a database URL), not {_shown(url)}")
    claims_section = data.get("claims") or {}
    if not isinstance(claims_section, Mapping):
        raise ConfigError(f"{source}: claims must be a mapping")
    return AppConfig(
        database_url=environ.get("CLAIMCHECK_DATABASE_URL") or (url or ""),
        max_input_bytes=_int(data["input"]["max_bytes"], "input.max_bytes", source),
        max_claims=_int(data["input"]["max_claims"], "input.max_claims", source),
        max_claim_chars=_int(data["input"]["max_claim_chars"], "input.max_claim_chars", source, low=80),
        max_article_chars=_int(data["input"]["max_article_chars"], "input.max_article_chars", source, low=1000),
        fetch=FetchConfig(
            timeout_seconds=_seconds(fetch["timeout_seconds"], "fetch.timeout_seconds", source, positive=True),
            max_bytes=_int(fetch["max_bytes"], "fetch.max_bytes", source),
            max_redirects=_int(fetch["max_redirects"], "fetch.max_redirects", source, low=0),
            allow_private_addresses=allow_private,
            user_agent=_line(fetch["user_agent"], "fetch.user_agent", source),
            max_elements=_int(fetch["max_elements"], "fetch.max_elements", source),
            cache_hours=_seconds(fetch["cache_hours"], "fetch.cache_hours", source),
        ),
        statuses=_statuses(data["statuses"], source),
        archive=_archive(data["archive"], source, environ),
        memory_match_ratio=_ratio(data["memory"]["match_ratio"], "memory.match_ratio", source),
        slack=SlackConfig(
            channels=_texts(data["slack"]["channels"], "slack.channels", source),
            min_article_chars=_int(data["slack"]["min_article_chars"], "slack.min_article_chars", source),
            post_interval_seconds=_seconds(
                data["slack"]["post_interval_seconds"], "slack.post_interval_seconds", source
            ),
            posting_lease_seconds=_seconds(
                data["slack"]["posting_lease_seconds"], "slack.posting_lease_seconds", source, positive=True
            ),
            resume_interval_seconds=_seconds(
                data["slack"]["resume_interval_seconds"], "slack.resume_interval_seconds", source, positive=True
            ),
            api_timeout_seconds=_seconds(
                data["slack"]["api_timeout_seconds"], "slack.api_timeout_seconds", source, positive=True
            ),
            edit_interval_seconds=_seconds(
                data["slack"]["edit_interval_seconds"], "slack.edit_interval_seconds", source
            ),
            edits_per_minute=_int(data["slack"]["edits_per_minute"], "slack.edits_per_minute", source),
        ),
        discord=DiscordConfig(
            watch_channels=_bool(data["discord"]["watch_channels"], "discord.watch_channels", source),
            min_article_chars=_int(data["discord"]["min_article_chars"], "discord.min_article_chars", source),
            edit_interval_seconds=_seconds(
                data["discord"]["edit_interval_seconds"], "discord.edit_interval_seconds", source
            ),
            resume_interval_seconds=_seconds(
                data["discord"]["resume_interval_seconds"], "discord.resume_interval_seconds", source
            ),
        ),
        engine=EngineConfig.from_mapping(claims_section, source),
        source=source,
        workflow=workflow_config(data.get("workflow") or {}, source),
    )

