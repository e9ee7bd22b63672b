"""The claim engine's output: frozen, plain data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# units that are spans of time ("after four days of fighting", "a 72-hour pause"): a claim's context, the
# figure it is about only when it is a quantity
TIME_SPANS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades".split()
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure in a claim: `value` carries its multiplier ("$2.8 billion" -> 2.8e9, unit "USD")."""

    value: float
    unit: str
    text: str


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable claim: `text` is exactly `article[start:end]`."""

    text: str
    type: str
    start: int
    end: int
    score: float
    quantities: tuple[Quantity, ...] = ()
    attribution: str | None = None
    dates: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The claim as JSON-ready data (the extract contract's claim object, without `id`)."""
        data = asdict(self)
        data["quantities"] = [asdict(q) for q in self.quantities]
        data["dates"] = list(self.dates)
        data["actors"] = list(self.actors)
        return data


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the classifier says of one sentence (the classify contract)."""

    claim: bool
    score: float
    type: str | None


@dataclass(frozen=True, slots=True)
class Article:
    """An article after cleaning: its title and the claims found in it."""

    title: str | None
    claims: tuple[Claim, ...] = field(default_factory=tuple)
