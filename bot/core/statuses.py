"""How a claim's status follows from the reactions on it: a pure function of the set of events.

The result depends on which events happened, never on the order they arrived in or how often one
was delivered: each (editor, status) pair is decided by its latest event by time, and the latest
standing reaction decides the claim. Two editors standing on different verdicts is a conflict.
A standing "taken" event (an editor took the claim) reads as checking and names its assignee; with
`sign_off` above 1, a verdict is final only when that many editors stand on it, else it awaits sign-off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.store import StatusEvent

STATUSES = ("verified", "false", "disputed", "checking", "needs_source", "not_a_claim", "taken")
VERDICTS = frozenset({"verified", "false", "disputed", "not_a_claim"})
# the verdicts a second editor must agree with when a desk asks for sign-off
SIGNED_VERDICTS = frozenset({"verified", "false", "disputed"})
REPORT_ORDER = (
    "verified",
    "false",
    "disputed",
    "checking",
    "needs_source",
    "not_a_claim",
    "unchecked",
    "conflict",
    "awaiting_sign_off",
)
LABELS = {
    "verified": "verified",
    "false": "false",
    "disputed": "disputed",
    "checking": "checking",
    "needs_source": "needs a source",
    "not_a_claim": "not a claim",
    "unchecked": "unchecked",
    "conflict": "conflict",
    "awaiting_sign_off": "awaiting sign-off",
}


@dataclass(frozen=True, slots=True)
class Derived:
    status: str
    set_by: str | None
    set_at: datetime | None
    # each editor's standing verdict when they disagree, e.g. {"dana": "verified", "lee": "false"}
    conflict: dict[str, str] | None = None
    # who has taken the claim (standing "taken" events), in the order they took it
    assignees: tuple[str, ...] = ()
    # the verdict the editors stand on and who stands on it, first setter first (sign-off)
    proposed: str | None = None
    signers: tuple[str, ...] = ()


def _rank(event: StatusEvent) -> tuple[datetime, int, str]:
    # at the same instant a removal wins: it cannot have come before the reaction it removes
    return (event.occurred_at, 1 if event.action == "removed" else 0, event.event_key)


def derive_status(events: Iterable[StatusEvent], sign_off: int = 1) -> Derived:
    """The status that the standing reactions give a claim."""
    latest: dict[tuple[str, str], StatusEvent] = {}
    for event in events:
        key = (event.who, event.status)
        if key not in latest or _rank(event) > _rank(latest[key]):
            latest[key] = event
    standing = [e for e in latest.values() if e.action == "added"]
    if not standing:
        return Derived("unchecked", None, None)

    def recency(event: StatusEvent) -> tuple[datetime, int, str]:
        return (event.occurred_at, STATUSES.index(event.status) if event.status in STATUSES else 99, event.who)

    taken = sorted((e for e in standing if e.status == "taken"), key=recency)
    assignees = tuple(e.who for e in taken)
    decider = max(standing, key=recency)
    per_editor: dict[str, StatusEvent] = {}
    for event in standing:
        if event.status in VERDICTS and (
            event.who not in per_editor or recency(event) > recency(per_editor[event.who])
        ):
            per_editor[event.who] = event
    verdicts = {e.status for e in per_editor.values()}
    if len(verdicts) > 1:
        return Derived(
            "conflict",
            decider.who,
            decider.occurred_at,
            {who: e.status for who, e in sorted(per_editor.items())},
            assignees=assignees,
        )
    status = "checking" if decider.status == "taken" else decider.status
    if status not in SIGNED_VERDICTS:
        return Derived(status, decider.who, decider.occurred_at, assignees=assignees)
    # every editor standing on a verdict stands on this one; the first to set it proposed it
    signed = sorted(per_editor.values(), key=recency)
    signers = tuple(e.who for e in signed)
    if len(signers) < sign_off:
        return Derived("awaiting_sign_off", signed[0].who, signed[0].occurred_at, None, assignees, status, signers)
    return Derived(status, decider.who, decider.occurred_at, None, assignees, status, signers)
