"""The engine's settings: packaged defaults, overlaid by a newsroom's `claims:` section."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from claims.errors import ConfigError

DEFAULTS_FILE = "defaults.yaml"


@dataclass(frozen=True, slots=True)
class ClaimType:
    """One claim type and the rule that recognises it.

    Any of these rules may be set: `units` (a figure of one of these units; `*` any figure),
    `words` (any of these words), `patterns` (regular expressions), `quote` (a direct quotation) or
    `attributed` (a named source). With `done`, a word counts only as something done: not after "to",
    a modal, "be" or an article ("we will cut", "a tax cut" are not events). With `unsourced_only`,
    the type never holds for a sentence with a named source: reported speech is a quote or a statement.
    """

    name: str
    weight: float
    units: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    patterns: tuple[re.Pattern[str], ...] = ()
    quote: bool = False
    attributed: bool = False
    done: bool = False
    unsourced_only: bool = False


@dataclass(frozen=True, slots=True)
class LocalMoney:
    """A currency that news set in its country writes with a sign or word another currency owns
    (`reads`: the code the sign gives by default), and the places that tell an article is set there."""

    currency: str
    reads: str
    places: re.Pattern[str]
    # its own signs, codes and names: an article that writes one tells its "$" from the local dollar
    named: re.Pattern[str] | None = None
    # how many times the article must name the places before its sign is read as this currency
    least: int = 2


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """Every knob of the claim engine, validated once."""

    min_score: float
    min_factuality: float
    min_words: int
    duplicate_ratio: float
    abbreviations: frozenset[str]
    furniture_phrases: tuple[str, ...]
    credit_markers: tuple[str, ...]
    furniture_max_words: int
    furniture_patterns: tuple[re.Pattern[str], ...]
    reporting_verbs: frozenset[str]
    titles: frozenset[str]
    hedges: frozenset[str]
    opinion_words: frozenset[str]
    topic_words: frozenset[str]
    effect_words: frozenset[str]
    types: tuple[ClaimType, ...]
    speaker_nouns: frozenset[str] = frozenset()
    plural_nouns: frozenset[str] = frozenset()
    female_names: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    pronoun_window: int = 4
    empty_quote_pleas: frozenset[str] = frozenset()
    empty_quote_feelings: frozenset[str] = frozenset()
    plain_fact_type: str | None = None
    plain_fact_min: float = 1.0
    plain_deed_type: str | None = None
    plain_deed_min: float = 1.0
    plain_ongoing_min: float = 1.0
    # the nouns a source's phrase may end with: speaker nouns and titles, each also in the plural
    source_heads: frozenset[str] = frozenset()
    local_money: tuple[LocalMoney, ...] = ()
    # the places of each sign's usual country ("USD": the United States), by code
    money_homes: Mapping[str, re.Pattern[str]] | None = None

    @classmethod
    def default(cls) -> EngineConfig:
        """The packaged defaults (cached: building them compiles every pattern)."""
        return _default_config()

    @classmethod
    def from_mapping(cls, overrides: Mapping[str, Any] | None = None, source: str = "config.yaml") -> EngineConfig:
        """Defaults overlaid by `overrides` (the `claims:` section of a newsroom's file).

        Raises:
            ConfigError: a key is unknown or a value has the wrong shape; the message names both.
        """
        data = dict(_default_mapping())
        for key, value in (overrides or {}).items():
            if key.startswith("extra_") and key[6:] in data and isinstance(data[key[6:]], list):
                data[key[6:]] = list(data[key[6:]]) + _as_list(value, key, source)
            elif key in {"furniture", "attribution", "plain_facts", "empty_quotes", "local_money"} and isinstance(
                value, Mapping
            ):
                unknown = sorted(set(value) - set(data[key]))
                if unknown:
                    raise ConfigError(f"{source}: unknown key claims.{key}.{unknown[0]}")
                data[key] = {**data[key], **value}
            elif key in data:
                data[key] = value
            else:
                raise ConfigError(f"{source}: unknown key claims.{key}")
        return _build(data, source)


def _as_list(value: Any, key: str, source: str) -> list[Any]:
    if not isinstance(value, list):
        raise ConfigError(f"{source}: claims.{key} must be a list")
    return value


@lru_cache(maxsize=1)
def _default_mapping() -> dict[str, Any]:
    text = resources.files("claims").joinpath(DEFAULTS_FILE).read_text(encoding="utf-8")
    loaded = yaml.safe_load(text)
    assert isinstance(loaded, dict)
    return loaded


@lru_cache(maxsize=1)
def _default_config() -> EngineConfig:
    return _build(_default_mapping(), f"claims/{DEFAULTS_FILE}")


def _words(value: Any, key: str, source: str) -> frozenset[str]:
    return frozenset(str(v).lower() for v in _as_list(value, key, source))


def _plural(noun: str) -> str:
    """ "representative" -> "representatives", "deputy" -> "deputies", "chairman" -> "chairmen"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


# collective nouns whose plural names bodies, not people: "ministries said" is said of ministries
_NOT_PEOPLE = frozenset("ministry office agency network group military army navy police government council committee "
                        "court report study survey statement data census estimate tally review poll".split())


def _plurals(nouns: frozenset[str], people_only: bool = False) -> frozenset[str]:
    """The plural of every singular noun of a list ("spokesperson" aside: its plural is its own entry)."""
    return frozenset(
        _plural(noun) for noun in nouns
        if noun.isalpha() and not noun.endswith("s") and not (people_only and noun in _NOT_PEOPLE)
    )


def _with_plurals(nouns: frozenset[str]) -> frozenset[str]:
    """A source's head noun may be plural though the list names it once: "union representatives said"."""
    return nouns | _plurals(nouns)


def _plain_fact_type(data: Mapping[str, Any], source: str, key: str = "type") -> str | None:
    """The type plain facts (or plain deeds) are listed as; none when a newsroom's own types leave that one out."""
    plain = data.get("plain_facts") or {}
    name = plain.get(key)
    if name is None:
        return None
    if not isinstance(name, str):
        raise ConfigError(f"{source}: claims.plain_facts.{key} must be a type's name, not {name!r}")
    return name if name in {t.get("name") for t in data["types"] if isinstance(t, Mapping)} else None


def _patterns(value: Any, key: str, source: str) -> tuple[re.Pattern[str], ...]:
    """Patterns matched against lower-cased text (case-sensitive matching is many times faster)."""
    compiled = []
    for pattern in _as_list(value, key, source):
        try:
            compiled.append(re.compile(str(pattern)))
        except re.error as exc:
            raise ConfigError(f"{source}: claims.{key} has a bad pattern {pattern!r}: {exc}") from exc
    return tuple(compiled)


def _number(value: Any, key: str, source: str, low: float, high: float) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
        raise ConfigError(f"{source}: claims.{key} must be a number from {low} to {high}, not {value!r}")
    return float(value)


def _build(data: Mapping[str, Any], source: str) -> EngineConfig:
    furniture = data.get("furniture") or {}
    sources = data.get("attribution") or {}
    speaker_nouns = _words(sources.get("speaker_nouns", []), "attribution.speaker_nouns", source)
    titles = _words(data["titles"], "titles", source)
    return EngineConfig(
        min_score=_number(data["min_score"], "min_score", source, 0, 1),
        min_factuality=_number(data["min_factuality"], "min_factuality", source, 0, 1),
        min_words=int(_number(data["min_words"], "min_words", source, 1, 100)),
        duplicate_ratio=_number(data["duplicate_ratio"], "duplicate_ratio", source, 50, 100),
        abbreviations=_words(data["abbreviations"], "abbreviations", source),
        furniture_phrases=tuple(p.lower() for p in _as_list(furniture.get("phrases", []), "furniture.phrases", source)),
        credit_markers=tuple(_as_list(furniture.get("credit_markers", []), "furniture.credit_markers", source)),
        furniture_max_words=int(_number(furniture.get("max_words", 15), "furniture.max_words", source, 1, 200)),
        furniture_patterns=_patterns(furniture.get("patterns", []), "furniture.patterns", source),
        reporting_verbs=_words(data["reporting_verbs"], "reporting_verbs", source),
        titles=titles,
        hedges=_words(data["hedges"], "hedges", source),
        opinion_words=_words(data["opinion_words"], "opinion_words", source),
        topic_words=_words(data["topic_words"], "topic_words", source),
        effect_words=_words(data["effect_words"], "effect_words", source),
        types=tuple(_claim_type(t, i, source) for i, t in enumerate(_as_list(data["types"], "types", source))),
        speaker_nouns=speaker_nouns,
        plural_nouns=_words(sources.get("plural_nouns", []), "attribution.plural_nouns", source)
        | _plurals(speaker_nouns, people_only=True),
        female_names=_words(sources.get("female_names", []), "attribution.female_names", source),
        male_names=_words(sources.get("male_names", []), "attribution.male_names", source),
        empty_quote_pleas=_words((data.get("empty_quotes") or {}).get("pleas", []), "empty_quotes.pleas", source),
        empty_quote_feelings=_words(
            (data.get("empty_quotes") or {}).get("feelings", []), "empty_quotes.feelings", source
        ),
        plain_fact_type=_plain_fact_type(data, source),
        plain_deed_type=_plain_fact_type(data, source, "deed_type"),
        plain_deed_min=_number(data.get("plain_facts", {}).get("deed_min_factuality", 1.0),
                               "plain_facts.deed_min_factuality", source, 0, 1),
        plain_ongoing_min=_number(data.get("plain_facts", {}).get("ongoing_min_factuality", 1.0),
                                  "plain_facts.ongoing_min_factuality", source, 0, 1),
        plain_fact_min=_number(data.get("plain_facts", {}).get("min_factuality", 1.0), "plain_facts.min_factuality",
                               source, 0, 1),
        pronoun_window=int(_number(sources.get("pronoun_window", 4), "attribution.pronoun_window", source, 0, 50)),
        source_heads=_with_plurals(speaker_nouns | titles),
        local_money=tuple(_local_money(item, i, source) for i, item in enumerate(
            _as_list((data.get("local_money") or {}).get("local", []), "local_money.local", source))),
        money_homes={
            str(code): _places(places, f"local_money.home.{code}", source)
            for code, places in ((data.get("local_money") or {}).get("home") or {}).items()
        },
    )


def _places(value: Any, key: str, source: str) -> re.Pattern[str]:
    """One pattern for a list of place names, each a whole word, case as written ("US", not "us")."""
    names = sorted((str(v) for v in _as_list(value, key, source)), key=len, reverse=True)
    if not names:
        raise ConfigError(f"{source}: claims.{key} needs at least one place")
    return re.compile(r"(?<![\w.$])(?:" + "|".join(re.escape(n) for n in names) + r")(?![A-Za-z])")


def _local_money(raw: Any, index: int, source: str) -> LocalMoney:
    where = f"local_money.local[{index}]"
    if not isinstance(raw, Mapping) or not all(isinstance(raw.get(k), str) for k in ("currency", "reads")):
        raise ConfigError(f"{source}: claims.{where} needs a currency, the code it reads as, and places")
    named = _places(raw["named"], f"{where}.named", source) if raw.get("named") else None
    least = int(_number(raw.get("least", 2), f"{where}.least", source, 1, 100))
    places = _places(raw.get("places"), f"{where}.places", source)
    return LocalMoney(raw["currency"], raw["reads"], places, named, least)


def _claim_type(raw: Any, index: int, source: str) -> ClaimType:
    where = f"claims.types[{index}]"
    if not isinstance(raw, Mapping) or not isinstance(raw.get("name"), str):
        raise ConfigError(f"{source}: {where} needs a name")
    patterns = []
    for pattern in raw.get("patterns") or []:
        try:
            patterns.append(re.compile(str(pattern), re.IGNORECASE))
        except re.error as exc:
            raise ConfigError(f"{source}: {where} ({raw['name']}) has a bad pattern {pattern!r}: {exc}") from exc
    claim_type = ClaimType(
        name=raw["name"],
        weight=_number(raw.get("weight", 0.6), f"{where}.weight", source, 0, 1),
        units=tuple(str(u) for u in raw.get("units") or ()),
        words=frozenset(str(w).lower() for w in raw.get("words") or ()),
        patterns=tuple(patterns),
        quote=bool(raw.get("quote", False)),
        attributed=bool(raw.get("attributed", False)),
        done=bool(raw.get("done", False)),
        unsourced_only=bool(raw.get("unsourced_only", False)),
    )
    if not (claim_type.units or claim_type.words or claim_type.patterns or claim_type.quote or claim_type.attributed):
        raise ConfigError(f"{source}: {where} ({claim_type.name}) needs units, words, patterns, quote or attributed")
    return claim_type
