"""`/factcheck` on Slack: help, list, report, export, and an article to check."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.chat.slack.adapter import SlackAdapter, plain_text, respond_ephemeral
from bot.chat.slack.fence import REFUSALS
from bot.chat.slack.render import escape, report_text
from bot.core import reports
from bot.core.service import ChecklistView, Place, is_link
from claims import ClaimCheckError

log = logging.getLogger("claimcheck.slack")

HELP = """*/factcheck* commands:
• `/factcheck LINK-OR-TEXT` (or `/factcheck check LINK-OR-TEXT`) check an article and post its claims as a checklist
• `/factcheck report [public] [LINK|NUMBER]` the report of the channel's latest checklist (or the one named)
• `/factcheck export csv|md|json|html|claimreview` the report as a file in the channel
• `/factcheck list` open checklists in this channel
• `/factcheck take N` · `/factcheck assign N @person` take a claim of the latest checklist, or give it to someone
• `/factcheck mine` your open claims · `/factcheck note N TEXT` a note or source on claim N
• `/factcheck due 17:00|2h` the checklist's deadline
• `/factcheck help` this text
In a checklist's thread, `4: source https://…` adds a note to claim 4 (so does *Add a note to this claim*).
React to a claim: ✅ verified, ❌ false, ⚠️ disputed, 🔍 checking, ❓ needs a source, 🚫 not a claim, 🙋 I'm on it."""


class SlackCommands:
    def __init__(self, adapter: SlackAdapter) -> None:
        self.adapter = adapter
        self.app = adapter.app

    def on_command(self, ack: Ack, command: dict[str, Any], client: WebClient, respond: Respond) -> None:
        text = plain_text(command.get("text", ""))
        words = text.split()
        head = words[0].lower() if words else "help"
        place = Place("slack", str(command.get("team_id", "")), str(command.get("channel_id", "")))
        user = str(command.get("user_id", ""))
        try:
            if head == "help" or not words:
                ack(text=HELP)
            elif head == "list":
                ack(text=self._list(place))
            elif head == "report":
                self._report(ack, client, place, words[1:])
            elif head == "export":
                self._export(ack, client, respond, place, user, words[1:])
            elif head == "check" and len(words) == 1:
                ack(text="Check what? Paste the article or its link after `/factcheck check`.")
            elif len(words) == 1 and not is_link(text):
                # one word that is no subcommand is a mistyped one, not an article
                ack(text=f"Unknown command `{escape(words[0])}`.\n{HELP}")
            else:
                ack(text="Checking that article; the checklist will appear in this channel.")
                self.adapter.check(
                    client,
                    place,
                    user,
                    text.split(None, 1)[1] if head == "check" else text,  # as Discord's /factcheck check
                    request_key=f"command:{command.get('trigger_id') or uuid.uuid4()}",
                    tell=lambda answer: respond_ephemeral(respond, answer),
                )
        except ClaimCheckError as exc:
            ack(text=escape(str(exc)))

    def _list(self, place: Place) -> str:
        open_lists = self.app.workflow.open_checklists(place)
        if not open_lists:
            return "No open checklists in this channel."
        return "\n".join(
            f"#{c.id} {escape(c.title or 'untitled')}: {c.done}/{len(c.claims)} resolved" for c in open_lists
        )

    def report_of(self, client: WebClient, checklist: ChecklistView) -> reports.Report:
        """The report with names as people see them and each claim linked to its message."""
        workspace = checklist.place.workspace
        directory = self.adapter.directory
        posted = self.app.store.posting.posted_messages(workspace, checklist.id)
        parent = posted.get(None)
        links: dict[int | None, str] = {}
        for claim_id, (channel, ts) in posted.items():
            link = directory.message_link(client, workspace, channel, ts, parent[1] if parent else None)
            if link:
                links[claim_id] = link
        people = {c.set_by for c in checklist.claims if c.set_by} | {
            who for c in checklist.claims for who in (c.conflict or {})
        }
        people |= {str(c.memory["set_by"]) for c in checklist.claims if c.memory and c.memory.get("set_by")}
        people |= {who for c in checklist.claims for who in (*c.assignees, *c.signers)}
        return reports.build_report(
            checklist, names=directory.names(workspace, people), links=links, timezone=_timezone(self.app.config)
        )

    def _report(self, ack: Ack, client: WebClient, place: Place, args: list[str]) -> None:
        public = bool(args) and args[0].lower() == "public"
        ref = " ".join(args[1:] if public else args) or None
        report = self.report_of(client, self.app.workflow.find_checklist(place, ref))
        if public:
            ack()
            client.chat_postMessage(channel=place.channel, text=report_text(report), unfurl_links=False)
        else:
            ack(text=report_text(report))

    def _export(
        self, ack: Ack, client: WebClient, respond: Respond, place: Place, user: str, args: list[str]
    ) -> None:
        fmt = args[0].lower() if args else ""
        if fmt not in reports.EXPORTS:
            ack(text="Export as one of: csv, md, json, html, claimreview. For example: `/factcheck export csv`")
            return
        checklist = self.app.workflow.find_checklist(place, " ".join(args[1:]) or None)
        report = self.report_of(client, checklist)
        ack(text=f"Exporting checklist #{checklist.id} as {fmt}…")
        renderer, extension = reports.EXPORTS[fmt]
        try:
            client.files_upload_v2(
                channel=place.channel,
                content=reports.render(report, renderer),
                filename=f"factcheck-{checklist.id}.{extension}",
                title=f"Fact-check report #{checklist.id}",
                initial_comment=f"Report of checklist #{checklist.id}, asked for by <@{user}>",
            )
        except SlackApiError as exc:  # the person was told "Exporting…": they learn why nothing came
            code = str((exc.response or {}).get("error") or "an error")
            log.warning("export of checklist %s not uploaded: %s", checklist.id, code)
            why = REFUSALS.get(code, f"Slack answered {code}; try again in a moment.")
            respond_ephemeral(respond, f"I could not upload the export of checklist #{checklist.id}. {why}")


def _timezone(config: Any) -> str:
    """The desk's time zone when the configuration names one (times are labelled either way)."""
    return str(getattr(getattr(config, "workflow", None), "timezone", "UTC") or "UTC")
