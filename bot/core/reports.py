"""Reports: what is verified, what is false, what is still open. Data first, then each rendering."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.core import desk_report
from bot.core.published import published_line
from bot.core.service import RESOLVED, ChecklistView, ClaimView
from bot.core.statuses import LABELS, REPORT_ORDER
from bot.core.wording import details_line, facts_line, figure_phrase, local_time, shorten, type_label
from bot.store import now

FORMATS = ("text", "markdown", "csv", "json", "html", "claimreview")
# export name -> (report format, file extension), for the chat commands that attach a report
EXPORTS = {
    "csv": ("csv", "csv"),
    "md": ("markdown", "md"),
    "markdown": ("markdown", "md"),
    "json": ("json", "json"),
    "html": ("html", "html"),
    "claimreview": ("claimreview", "jsonld"),
}


@dataclass(frozen=True, slots=True)
class Report:
    checklist: ChecklistView
    counts: dict[str, int]
    generated_at: datetime
    # how people are called (platform id -> display name), where each message is (claim id, None for
    # the parent -> link), and the time zone times are shown in
    names: Mapping[str, str] = field(default_factory=dict)
    links: Mapping[int | None, str] = field(default_factory=dict)
    timezone: str = "UTC"

    def name(self, who: str | None) -> str:
        return self.names.get(who or "", who or "")

    def when(self, moment: datetime | None) -> str:
        return local_time(moment, self.timezone)

    @property
    def total(self) -> int:
        return len(self.checklist.claims)

    @property
    def resolved(self) -> int:
        return self.checklist.done

    def claims_with(self, *statuses: str) -> list[ClaimView]:
        return [c for c in self.checklist.claims if c.status in statuses]

    @property
    def seen_before(self) -> list[ClaimView]:
        return [c for c in self.checklist.claims if c.memory]


def build_report(
    checklist: ChecklistView,
    at: datetime | None = None,
    *,
    names: Mapping[str, str] | None = None,
    links: Mapping[int | None, str] | None = None,
    timezone: str = "UTC",
) -> Report:
    """Counts by status (they add up to the number of claims) for a checklist.

    Args:
        names: display names by platform user id (reports name people as they see each other).
        links: each claim's message (by claim id; None for the parent), for chat reports.
        timezone: an IANA zone for the times shown; labelled, UTC by default.
    """
    counts = {status: 0 for status in REPORT_ORDER}
    for claim in checklist.claims:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    return Report(
        checklist=checklist,
        counts=counts,
        generated_at=at or now(),
        names=dict(names or {}),
        links=dict(links or {}),
        timezone=timezone,
    )


def memory_note(claim: ClaimView, names: Mapping[str, str] | None = None) -> str | None:
    """ "seen before: verified by dana on 3 Dec in 'Title' (checklist #4); earlier: 70 percent" """
    memory = claim.memory
    if not memory:
        return None
    if "status" not in memory:  # a published fact-check only (bot/core/published.py)
        return published_line(memory.get("published"))
    names = names or {}
    status = LABELS.get(str(memory.get("status")), str(memory.get("status")))
    note = "seen before" + (f": {status}" if status != "unchecked" else " (not checked yet)")
    if memory.get("set_by") and status != "unchecked":
        when = datetime.fromisoformat(memory["set_at"]).strftime("%-d %b") if memory.get("set_at") else ""
        who = str(memory["set_by"])
        note += f" by {names.get(who, who)}" + (f" on {when}" if when else "")
    if memory.get("title"):
        note += f" in '{shorten(str(memory['title']), 60)}'"
    if memory.get("checklist_id"):
        note += f" (checklist #{memory['checklist_id']})"
    if memory.get("figures_differ"):
        note += "; figures differ, earlier: " + ", ".join(memory.get("earlier_figures") or [])
    published = published_line(memory.get("published"))
    return f"{note} · {published}" if published else note


def figure_texts(claim: ClaimView) -> list[str]:
    return [str(q.get("text") or f"{q.get('value')} {q.get('unit')}") for q in claim.quantities]


def label(status: str) -> str:
    """A status in words ("needs a source"); a status a desk added reads as its name."""
    return LABELS.get(status, status.replace("_", " "))


def progress_bar(done: int, total: int, width: int = 20) -> str:
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


_SECTIONS = (
    ("False", ("false",)),
    ("Disputed", ("disputed",)),
    ("Conflicts", ("conflict",)),
)
Link = Callable[[str, str], str]


def as_text(
    report: Report,
    *,
    limit: int | None = None,
    escape: Callable[[str], str] = str,
    link: Link | None = None,
    rest: str = "the export has every claim",
) -> str:
    """The chat reply: counts and progress, then false and disputed claims, conflicts, then the open ones.

    Args:
        limit: the platform's message size; claims that do not fit become "and N more" (`rest` says
            where the others are), never a cut in the middle.
        escape: makes article and people's text inert for the platform.
        link: `link(url, label)` in the platform's markup; each claim links to its message.
    """
    checklist = report.checklist
    title = escape(checklist.title or "untitled")
    if link and report.links.get(None):
        title = link(str(report.links[None]), title)
    head = [
        f"Fact-check report: {title} (checklist #{checklist.id})",
        f"{progress_bar(report.resolved, report.total)} {report.resolved}/{report.total} resolved · "
        + " · ".join(f"{label(s)} {n}" for s, n in report.counts.items() if n),
    ]
    body: list[tuple[str, bool]] = []  # (line, whether it is a claim)
    shown_first = {status for _, statuses in _SECTIONS for status in statuses}
    still_open = [c for c in checklist.claims if c.status not in RESOLVED and c.status not in shown_first]
    still_open.sort(key=lambda c: (-c.priority, c.number))  # what to check first, first (bot/core/priority.py)
    for heading, chosen in [*((h, report.claims_with(*s)) for h, s in _SECTIONS), ("Still open", still_open)]:
        if chosen:
            body.append((f"{heading}:", False))
            body.extend((_claim_line(report, c, escape, link), True) for c in chosen)
    seen = report.seen_before
    if seen:
        body.append(("Seen before:", False))
        body.extend((f"  {c.number}. {escape(memory_note(c, report.names) or '')}", True) for c in seen)
    lines = list(head)
    left = sum(1 for _, is_claim in body if is_claim)
    for line, is_claim in body:
        tail = f"…and {left} more: {rest}"
        if limit is not None and len("\n".join([*lines, line, tail])) > limit:
            if lines[-1].endswith(":"):
                lines.pop()  # a heading with none of its claims shown
            lines.append(tail)
            break
        lines.append(line)
        left -= is_claim
    return "\n".join(lines)


def _claim_line(report: Report, claim: ClaimView, escape: Callable[[str], str], link: Link | None) -> str:
    number = f"{claim.number}."
    url = report.links.get(claim.id)
    if link and url:
        number = link(str(url), number)
    desk = desk_report.text_suffix(claim, report.name)  # who has it, its evidence, its sign-off
    return f"  {number} {escape(shorten(claim.text, 100))}{escape(_who(report, claim))}{escape(desk)}"


def _who(report: Report, claim: ClaimView) -> str:
    if claim.conflict:
        return " (" + ", ".join(f"{report.name(who)}: {label(s)}" for who, s in claim.conflict.items()) + ")"
    if claim.set_by and claim.status != "unchecked":
        return f" — {label(claim.status)} by {report.name(claim.set_by)}, {report.when(claim.set_at)}"
    return ""


# the file formats live beside this module; they are part of its interface
from bot.core.report_files import as_claimreview, as_csv, as_data, as_html, as_json, as_markdown, history_of  # noqa: E402


def render(report: Report, fmt: str) -> str:
    renderers = {
        "text": as_text,
        "markdown": as_markdown,
        "csv": as_csv,
        "json": as_json,
        "html": as_html,
        "claimreview": as_claimreview,
    }
    return renderers[fmt](report)


__all__ = [
    "EXPORTS",
    "FORMATS",
    "Report",
    "as_claimreview",
    "as_csv",
    "as_data",
    "as_html",
    "as_json",
    "as_markdown",
    "as_text",
    "build_report",
    "details_line",
    "facts_line",
    "figure_phrase",
    "history_of",
    "local_time",
    "memory_note",
    "progress_bar",
    "render",
    "shorten",
    "type_label",
]
