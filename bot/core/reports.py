"""Reports: what is verified, what is false, what is still open. Data first, then each rendering."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.core.service import ChecklistView, ClaimView
from bot.core.statuses import LABELS, REPORT_ORDER
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
_COLOURS = {
    "verified": "#2e7d32",
    "false": "#c62828",
    "disputed": "#ef6c00",
    "checking": "#1565c0",
    "needs_source": "#6a1b9a",
    "not_a_claim": "#757575",
    "unchecked": "#bdbdbd",
    "conflict": "#ad1457",
}
_RATINGS = {"verified": (5, "True"), "disputed": (3, "Disputed"), "false": (1, "False")}


@dataclass(frozen=True, slots=True)
class Report:
    checklist: ChecklistView
    counts: dict[str, int]
    generated_at: datetime

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


def build_report(checklist: ChecklistView, at: datetime | None = None) -> Report:
    """Counts by status (they add up to the number of claims) for a checklist."""
    counts = {status: 0 for status in REPORT_ORDER}
    for claim in checklist.claims:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    return Report(checklist=checklist, counts=counts, generated_at=at or now())


def _when(moment: datetime | None) -> str:
    return moment.strftime("%-d %b %H:%M") if moment else ""


def memory_note(claim: ClaimView) -> str | None:
    """ "seen before: verified by dana on 3 Dec in 'Title'; earlier: 70 percent" """
    memory = claim.memory
    if not memory:
        return None
    status = LABELS.get(str(memory.get("status")), str(memory.get("status")))
    note = "seen before" + (f": {status}" if status != "unchecked" else " (not checked yet)")
    if memory.get("set_by") and status != "unchecked":
        when = datetime.fromisoformat(memory["set_at"]).strftime("%-d %b") if memory.get("set_at") else ""
        note += f" by {memory['set_by']}" + (f" on {when}" if when else "")
    if memory.get("title"):
        note += f" in '{str(memory['title'])[:60]}'"
    if memory.get("figures_differ"):
        note += "; figures differ, earlier: " + ", ".join(memory.get("earlier_figures") or [])
    return note


def details_line(figures: list[str], source: str | None, escape: Callable[[str], str] = str) -> str:
    """ "figures: 1 killed, 6 injured · source: Turkey" (empty when there is neither), each part escaped."""
    parts = []
    if figures:
        parts.append("figures: " + escape(", ".join(figures)))
    if source:
        parts.append("source: " + escape(source))
    return " · ".join(parts)


def figure_texts(claim: ClaimView) -> list[str]:
    return [str(q.get("text") or f"{q.get('value')} {q.get('unit')}") for q in claim.quantities]


def progress_bar(done: int, total: int, width: int = 20) -> str:
    filled = round(width * done / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def as_text(report: Report) -> str:
    """The chat reply: counts, progress, then the claims that need attention."""
    checklist = report.checklist
    lines = [
        f"Fact-check report: {checklist.title or 'untitled'} (checklist #{checklist.id})",
        f"{progress_bar(report.resolved, report.total)} {report.resolved}/{report.total} resolved",
        " · ".join(f"{LABELS[s]} {n}" for s, n in report.counts.items() if n),
    ]
    sections = [
        ("False", ("false",)),
        ("Disputed", ("disputed",)),
        ("Conflicts", ("conflict",)),
        ("Still open", ("unchecked", "checking", "needs_source")),
    ]
    for heading, statuses in sections:
        chosen = report.claims_with(*statuses)
        if chosen:
            lines.append(f"{heading}:")
            lines.extend(f"  {c.number}. {_short(c.text)}{_who(c)}" for c in chosen)
    seen = report.seen_before
    if seen:
        lines.append("Seen before:")
        lines.extend(f"  {c.number}. {memory_note(c)}" for c in seen)
    return "\n".join(lines)


def _short(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _who(claim: ClaimView) -> str:
    if claim.conflict:
        return " (" + ", ".join(f"{who}: {LABELS[s]}" for who, s in claim.conflict.items()) + ")"
    if claim.set_by and claim.status != "unchecked":
        return f" ({LABELS[claim.status]} by {claim.set_by}, {_when(claim.set_at)})"
    return ""


def as_markdown(report: Report) -> str:
    checklist = report.checklist
    lines = [f"# Fact-check report: {checklist.title or 'untitled'}", ""]
    if checklist.url:
        lines += [f"Source: <{checklist.url}>", ""]
    lines += [
        f"**{report.resolved}/{report.total} resolved** · generated {report.generated_at:%Y-%m-%d %H:%M} UTC",
        "",
        "| status | claims |",
        "| --- | ---: |",
    ]
    lines += [f"| {LABELS[s]} | {n} |" for s, n in report.counts.items()]
    lines += ["", "| # | status | type | claim | set by |", "| ---: | --- | --- | --- | --- |"]
    for c in checklist.claims:
        cell = c.text.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {c.number} | {LABELS[c.status]} | {c.type} | {cell} | {c.set_by or ''} |")
    return "\n".join(lines)


def as_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["number", "status", "type", "claim", "figures", "source", "set_by", "set_at", "seen_before"])
    for c in report.checklist.claims:
        writer.writerow(
            [
                c.number,
                c.status,
                c.type,
                _csv_safe(c.text),
                "; ".join(str(q.get("text", "")) for q in c.quantities),
                _csv_safe(c.attribution or ""),
                _csv_safe(c.set_by or ""),
                c.set_at.isoformat() if c.set_at else "",
                memory_note(c) or "",
            ]
        )
    return out.getvalue()


def _csv_safe(value: str) -> str:
    # a cell starting with = + - @ runs as a formula in spreadsheet programs
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def as_data(report: Report) -> dict[str, Any]:
    checklist = report.checklist
    return {
        "article": {
            "checklist": checklist.id,
            "title": checklist.title,
            "url": checklist.url,
            "submitted_by": checklist.submitted_by,
            "submitted_at": checklist.submitted_at.isoformat(),
            "platform": checklist.place.platform,
            "channel": checklist.place.channel,
        },
        "counts": report.counts,
        "claims": [
            {
                "id": c.number,
                "text": c.text,
                "type": c.type,
                "status": c.status,
                "score": c.score,
                "quantities": c.quantities,
                "attribution": c.attribution,
                "set_by": c.set_by,
                "set_at": c.set_at.isoformat() if c.set_at else None,
                "conflict": c.conflict,
                "seen_before": c.memory,
                "history": history_of(c),
            }
            for c in checklist.claims
        ],
        "generated_at": report.generated_at.isoformat(),
    }


def history_of(claim: ClaimView) -> list[dict[str, Any]]:
    """What each editor did to a claim, in the order they did it."""
    return [
        {
            "status": e.status,
            "action": e.action,
            "who": e.who,
            "when": e.occurred_at.isoformat(),
            "emoji": e.emoji,
            "via": e.via,
            **({"note": e.note} if e.note else {}),
        }
        for e in sorted(claim.history, key=lambda e: (e.occurred_at, e.event_key))
    ]


def as_json(report: Report) -> str:
    return json.dumps(as_data(report), ensure_ascii=False, indent=1)


def as_claimreview(report: Report, author: str = "claimcheck newsroom") -> str:
    """schema.org ClaimReview JSON-LD for each claim rated verified, false or disputed."""
    checklist = report.checklist
    reviews = []
    for c in report.claims_with(*_RATINGS):
        value, name = _RATINGS[c.status]
        item: dict[str, Any] = {"@type": "Claim"}
        if c.attribution:
            item["author"] = {"@type": "Person" if " " in c.attribution else "Organization", "name": c.attribution}
        if checklist.url:
            item["appearance"] = {"@type": "CreativeWork", "url": checklist.url}
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": c.text,
                "datePublished": (c.set_at or report.generated_at).date().isoformat(),
                "author": {"@type": "Organization", "name": author},
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": name,
                },
                "itemReviewed": item,
            }
        )
    return json.dumps(reviews, ensure_ascii=False, indent=1)


def _svg_chart(counts: dict[str, int]) -> str:
    """A horizontal bar per status, drawn as inline SVG (no script, no external file)."""
    biggest = max(counts.values()) or 1
    rows = []
    for i, (status, n) in enumerate(counts.items()):
        y = 8 + i * 26
        width = round(300 * n / biggest)
        rows.append(
            f'<text x="0" y="{y + 14}" class="label">{html.escape(LABELS[status])}</text>'
            f'<rect x="120" y="{y}" width="{width}" height="18" fill="{_COLOURS[status]}" '
            f'data-status="{status}" data-count="{n}"><title>{LABELS[status]}: {n}</title></rect>'
            f'<text x="{126 + width}" y="{y + 14}" class="count">{n}</text>'
        )
    height = 16 + 26 * len(counts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="claims by status" width="460" '
        f'height="{height}" viewBox="0 0 460 {height}">' + "".join(rows) + "</svg>"
    )


def as_html(report: Report) -> str:
    """One self-contained page: the chart, the counts and every claim with who set its status."""
    checklist = report.checklist
    esc = html.escape
    rows = "".join(
        f'<tr class="{c.status}"><td>{c.number}</td><td><span class="badge" style="background:{_COLOURS[c.status]}">'
        f"{esc(LABELS[c.status])}</span></td><td>{esc(c.type)}</td><td>{esc(c.text)}"
        + (f'<div class="note">{esc(memory_note(c) or "")}</div>' if c.memory else "")
        + f"</td><td>{esc(c.set_by or '')}</td><td>{esc(_when(c.set_at))}</td></tr>"
        for c in checklist.claims
    )
    source = f'<p>Source: <a href="{esc(checklist.url)}">{esc(checklist.url)}</a></p>' if checklist.url else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fact-check report: {esc(checklist.title or "untitled")}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}}
table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}}
.badge{{color:#fff;border-radius:.3rem;padding:.1rem .4rem;font-size:.85em;white-space:nowrap}}
.note{{color:#555;font-size:.85em;margin-top:.2rem}}svg .label,svg .count{{font:13px system-ui,sans-serif}}
</style></head><body>
<h1>Fact-check report: {esc(checklist.title or "untitled")}</h1>
{source}<p><strong>{report.resolved}/{report.total} resolved</strong> · checklist #{checklist.id} ·
generated {report.generated_at:%Y-%m-%d %H:%M} UTC</p>
<figure id="chart">{_svg_chart(report.counts)}</figure>
<table><thead><tr><th>#</th><th>status</th><th>type</th><th>claim</th><th>set by</th><th>when</th></tr></thead>
<tbody>{rows}</tbody></table>
</body></html>
"""


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
