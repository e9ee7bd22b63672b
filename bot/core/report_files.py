"""The report as files: Markdown, CSV, JSON, a self-contained HTML page, schema.org ClaimReview."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from typing import Any
from urllib.parse import quote

from bot.core import desk_report
from bot.core.published import claimreview_fields
from bot.core.reports import Report, memory_note
from bot.core.service import ClaimView
from bot.core.statuses import LABELS
from bot.core.wording import type_label

_COLOURS = {
    "verified": "#2e7d32",
    "false": "#c62828",
    "disputed": "#ef6c00",
    "checking": "#1565c0",
    "needs_source": "#6a1b9a",
    "not_a_claim": "#757575",
    "unchecked": "#bdbdbd",
    "conflict": "#ad1457",
    "awaiting_sign_off": "#00838f",
}
_OTHER = "#9e9e9e"  # a status a newsroom's desk added
_URL_SAFE = ":/?#@!$&'()*+,;=%~-._"
_RATINGS = {"verified": (5, "True"), "disputed": (3, "Disputed"), "false": (1, "False")}


def _label(status: str) -> str:
    return LABELS.get(status, status.replace("_", " "))


def _md(text: str) -> str:
    """Article or people's text inside Markdown: no raw HTML, no markup, one line per table cell."""
    text = html.escape(" ".join(text.split()), quote=False)
    return re.sub(r"([\\`*_\[\]|#!])", r"\\\1", text)


def as_markdown(report: Report) -> str:
    checklist = report.checklist
    lines = [f"# Fact-check report: {_md(checklist.title or 'untitled')}", ""]
    if checklist.url:
        lines += [f"Source: <{quote(checklist.url, safe=_URL_SAFE)}>", ""]
    lines += [
        f"**{report.resolved}/{report.total} resolved** · generated {report.when(report.generated_at)}",
        "",
        "| status | claims |",
        "| --- | ---: |",
    ]
    lines += [f"| {_label(s)} | {n} |" for s, n in report.counts.items()]
    lines += ["", "| # | status | type | claim | set by |", "| ---: | --- | --- | --- | --- |"]
    for c in checklist.claims:
        who = _md(report.name(c.set_by)) if c.set_by else ""
        lines.append(f"| {c.number} | {_label(c.status)} | {type_label(c.type)} | {_md(c.text)} | {who} |")
    return "\n".join(lines + desk_report.markdown_lines(checklist))


def as_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["number", "status", "type", "claim", "figures", "source", "set_by", "set_at", "seen_before"]
        + desk_report.CSV_HEADER
    )
    for c in report.checklist.claims:
        writer.writerow(
            [
                c.number,
                c.status,
                c.type,
                _csv_safe(c.text),
                "; ".join(str(q.get("text", "")) for q in c.quantities),
                _csv_safe(c.attribution or ""),
                _csv_safe(report.name(c.set_by) if c.set_by else ""),
                c.set_at.isoformat() if c.set_at else "",
                _csv_safe(memory_note(c, report.names) or ""),
                *desk_report.csv_cells(c, _csv_safe),
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
                **({"set_by_name": report.name(c.set_by)} if c.set_by and c.set_by in report.names else {}),
                "set_at": c.set_at.isoformat() if c.set_at else None,
                "conflict": c.conflict,
                **({"link": report.links[c.id]} if c.id in report.links else {}),
                "seen_before": c.memory,
                "history": history_of(c),
                **desk_report.data(c),
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
        url = report.links.get(c.id) or report.links.get(None) or checklist.url
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                **({"url": url} if url else {}),
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
                **desk_report.claimreview(c),
                **claimreview_fields(checklist.place.workspace, checklist.id, c.number, c.memory),
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
            f'<text x="0" y="{y + 14}" class="label">{html.escape(_label(status))}</text>'
            f'<rect x="120" y="{y}" width="{width}" height="18" fill="{_COLOURS.get(status, _OTHER)}" '
            f'data-status="{status}" data-count="{n}"><title>{_label(status)}: {n}</title></rect>'
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
        f'<tr class="{c.status}"><td>{c.number}</td><td><span class="badge" '
        f'style="background:{_COLOURS.get(c.status, _OTHER)}">'
        f"{esc(_label(c.status))}</span></td><td>{esc(type_label(c.type))}</td><td>{esc(c.text)}"
        + (f'<div class="note">{esc(memory_note(c, report.names) or "")}</div>' if c.memory else "")
        + desk_report.html_cell(c)
        + f"</td><td>{esc(report.name(c.set_by) if c.set_by else '')}</td><td>{esc(report.when(c.set_at))}</td></tr>"
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
generated {esc(report.when(report.generated_at))}</p>
<figure id="chart">{_svg_chart(report.counts)}</figure>
<table><thead><tr><th>#</th><th>status</th><th>type</th><th>claim</th><th>set by</th><th>when</th></tr></thead>
<tbody>{rows}</tbody></table>
</body></html>
"""
