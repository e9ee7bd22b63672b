"""The desk's commands as every adapter takes them: take, assign, mine, note, due.

`run` reads the words after `/factcheck` (or the console's own line) and answers in one reply; the
adapter renders the reply and refreshes the claim's message with the `DeskResult` it gets back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.core.deadlines import format_due
from bot.core.desk import Desk, DeskResult
from bot.core.desk_text import Name, desk_line, mine_text, verdict_words
from bot.core.limits import parse_number
from bot.core.service import ChecklistView, ClaimView, Place
from bot.core.statuses import LABELS

COMMANDS = frozenset({"take", "assign", "mine", "note", "due"})
HELP = """take N                       take claim N (again: release it)
assign N @PERSON             give claim N to someone
mine                         your open claims, across checklists
note N TEXT                  a note on claim N (links in it are its sources)
due 17:00 | due 2h           the checklist's deadline"""
_USAGE = {"take": ("take N", 1), "assign": ("assign N @PERSON", 2), "note": ("note N TEXT", 2)}


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    result: DeskResult | None = None  # the claim an action changed, for the adapter to refresh
    checklist: ChecklistView | None = None  # the checklist whose parent changed (a deadline)


def is_command(words: list[str]) -> bool:
    return bool(words) and words[0].lower() in COMMANDS


def run(
    desk: Desk,
    place: Place,
    who: str,
    words: list[str],
    checklist_id: int | None = None,
    *,
    person: Callable[[str], str] = lambda text: text.lstrip("@"),
    link: Callable[[ChecklistView, ClaimView], str] = lambda checklist, claim: f"checklist #{checklist.id}",
    name: Name = str,
    escape: Callable[[str], str] = str,
) -> Reply:
    """One desk command. `person` turns what was typed after `assign N` into a person's id.

    Raises:
        ClaimCheckError: no such checklist or claim, a bad deadline, an empty note (one sentence each).
    """
    head, args = words[0].lower(), words[1:]
    if head == "mine":
        return Reply(mine_text(desk.mine(place.workspace, who), link, escape))
    if head == "due":
        if not args:
            return Reply("Use: due 17:00 or due 2h (a time of day or a span).")
        checklist = desk.set_due(place, who, " ".join(args), checklist_id)
        due = format_due(checklist.due, desk.config.timezone) if checklist.due else ""
        return Reply(f"Checklist #{checklist.id} is due at {due}.", checklist=checklist)
    usage, needed = _USAGE[head]
    if len(args) < needed or parse_number(args[0], digits=9) is None:
        example = usage.replace("N", "3").replace("@PERSON", "@lee").replace("TEXT", "source https://…")
        return Reply(f"Use: {usage}, for example: {example}")
    number = parse_number(args[0], digits=9) or 0
    if head == "note":
        result = desk.note(place, who, number, " ".join(args[1:]), checklist_id=checklist_id)
    else:
        assignee = person(args[1]) if head == "assign" else None
        result = desk.take(place, who, number, checklist_id=checklist_id, assignee=assignee)
    checklist = desk.workflow.checklist(result.workspace, result.checklist_id)
    return Reply(summary(result, checklist, name), result=result)


def summary(result: DeskResult, checklist: ChecklistView, name: Name = str) -> str:
    """ "Claim 4: checking: dana · 1 note · 1 source · 3/12 resolved" """
    claim = result.claim
    status = verdict_words(claim, name) or LABELS.get(claim.status, claim.status)
    desk = desk_line(claim, name)
    if desk and claim.status == "checking" and claim.assignees:
        status, _, rest = desk.partition(" · ")
        desk = rest or None
    resolved = f"{checklist.done}/{len(checklist.claims)} resolved"
    return f"Claim {claim.number}: {status}" + (f" · {desk}" if desk else "") + f" · {resolved}"
