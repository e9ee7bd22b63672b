"""The Slack adapter: Bolt listeners that turn Slack payloads into workflow calls and render the answers.

No workflow rule lives here: what a reaction means, how a status is derived and what a report
counts are the service's. This module only reads payloads, calls the service and sends messages.
"""

from __future__ import annotations

import html
import logging
import os
import re
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

from slack_bolt import Ack, BoltContext
from slack_bolt import App as BoltApp
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.app import App
from bot.chat.slack.render import claim_message, escape, parent_message, report_text
from bot.chat.slack.sender import Pacer, SlackSender
from bot.core import reports
from bot.core.posting import post_checklist
from bot.core.service import ChecklistView, ClaimView, Place, article_source, is_link
from claims import ClaimCheckError

log = logging.getLogger(__name__)

SHORTCUT_ID = "fact_check_message"
_SLACK_LINK = re.compile(r"<(https?://[^|>\s]+)(?:\|[^>]*)?>")
_SLACK_MENTION = re.compile(r"<[@#!][^>]*>")
HELP = """*/factcheck* commands:
• `/factcheck LINK-OR-TEXT` check an article and post its claims as a checklist
• `/factcheck report [public] [LINK|NUMBER]` the report of the channel's latest checklist (or the one named)
• `/factcheck export csv|md|json|html|claimreview` the report as a file in the channel
• `/factcheck list` open checklists in this channel
• `/factcheck help` this text
React to a claim with ✅ verified, ❌ false, ⚠️ disputed, 🔍 checking, ❓ needs a source, 🚫 not a claim."""


def plain_text(slack_text: str) -> str:
    """Slack's message markup back to what the person pasted: links unwrapped, mentions dropped."""
    text = _SLACK_LINK.sub(r"\1", slack_text or "")
    text = _SLACK_MENTION.sub("", text)
    return html.unescape(text).strip()


class SlackAdapter:
    """Holds what the listeners share: the app, the pacer and this worker's name."""

    def __init__(self, app: App, worker: str | None = None) -> None:
        self.app = app
        self.pacer = Pacer(app.config.slack.post_interval_seconds)
        self.worker = worker or f"slack-{os.getpid()}-{uuid.uuid4().hex[:6]}"

    # -- checking an article -----------------------------------------------------------------------
    def check(
        self, client: WebClient, place: Place, who: str, source: str, request_key: str, reply_to: str | None = None
    ) -> None:
        """Submit, then post the checklist; a problem the person can act on gets a short reply."""
        try:
            checklist = self.app.workflow.submit(source, who, place, request_key=request_key)
        except ClaimCheckError as exc:
            self._reply(client, place.channel, reply_to, str(exc))
            return
        self.post(client, checklist)

    def post(self, client: WebClient, checklist: ChecklistView) -> None:
        sender = SlackSender(client, self.app, self.pacer, checklist.place.channel)
        post_checklist(
            self.app.workflow,
            checklist,
            sender,
            poster=self.worker,
            lease_seconds=self.app.config.slack.posting_lease_seconds,
        )

    def resume_unposted(self, client: WebClient) -> int:
        """Finish the checklists a crash or an API failure left half posted (leases that lapsed)."""
        done = 0
        for workspace, checklist_id in self.app.store.posting.unposted_checklists():
            checklist = self.app.workflow.checklist(workspace, checklist_id)
            if checklist.place.platform != "slack":
                continue
            try:
                self.post(client, checklist)
                done += 1
            except Exception as exc:  # one checklist's trouble must not stop the others from resuming
                log.warning("resuming checklist %s failed: %s", checklist_id, type(exc).__name__)
        return done

    def _reply(self, client: WebClient, channel: str, thread: str | None, text: str) -> None:
        try:
            client.chat_postMessage(channel=channel, thread_ts=thread, text=escape(text))
        except SlackApiError as exc:
            log.warning("could not reply in %s: %s", channel, exc.response.get("error"))

    # -- reactions ---------------------------------------------------------------------------------
    def on_reaction(
        self, body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient, added: bool
    ) -> None:
        item = event.get("item") or {}
        if item.get("type") != "message" or event.get("user") in {None, context.bot_user_id}:
            return
        place = Place("slack", _team(body, context), str(item.get("channel", "")))
        when = datetime.fromtimestamp(float(event.get("event_ts") or time.time()), tz=UTC)
        result = self.app.workflow.react(
            who=str(event["user"]),
            emoji=str(event.get("reaction", "")),
            place=place,
            message_id=str(item.get("ts")),
            added=added,
            when=when,
            event_key=str(body.get("event_id") or f"{item.get('ts')}:{event.get('event_ts')}"),
        )
        if result is None:
            return
        self._refresh(client, self.app.workflow.checklist(place.workspace, result.checklist_id), result.claim)

    def _refresh(self, client: WebClient, checklist: ChecklistView, claim: ClaimView) -> None:
        posted = self.app.store.posting.posted_messages(checklist.place.workspace, checklist.id)
        try:
            if claim.id in posted:
                text, blocks = claim_message(claim, self.app.config)
                client.chat_update(channel=posted[claim.id][0], ts=posted[claim.id][1], text=text, blocks=blocks)
            if None in posted:
                text, blocks = parent_message(checklist, self.app.config)
                client.chat_update(channel=posted[None][0], ts=posted[None][1], text=text, blocks=blocks)
        except SlackApiError as exc:
            log.warning("could not update checklist %s: %s", checklist.id, exc.response.get("error"))

    # -- /factcheck --------------------------------------------------------------------------------
    def on_command(self, ack: Ack, command: dict[str, Any], client: WebClient) -> None:
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
                self._export(ack, client, place, user, words[1:])
            elif len(words) == 1 and not is_link(text):
                # one word that is no subcommand is a mistyped one, not an article
                ack(text=f"Unknown command `{escape(words[0])}`.\n{HELP}")
            else:
                ack(text="Checking that article; the checklist will appear in this channel.")
                self.check(
                    client, place, user, text, request_key=f"command:{command.get('trigger_id') or uuid.uuid4()}"
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

    def _report(self, ack: Ack, client: WebClient, place: Place, args: list[str]) -> None:
        public = bool(args) and args[0].lower() == "public"
        ref = " ".join(args[1:] if public else args) or None
        report = reports.build_report(self.app.workflow.find_checklist(place, ref))
        if public:
            ack()
            client.chat_postMessage(channel=place.channel, text=report_text(report))
        else:
            ack(text=report_text(report))

    def _export(self, ack: Ack, client: WebClient, place: Place, user: str, args: list[str]) -> None:
        fmt = args[0].lower() if args else ""
        if fmt not in reports.EXPORTS:
            ack(text="Export as one of: csv, md, json, html, claimreview. For example: `/factcheck export csv`")
            return
        report = reports.build_report(self.app.workflow.find_checklist(place, " ".join(args[1:]) or None))
        ack(text=f"Exporting checklist #{report.checklist.id} as {fmt}…")
        renderer, extension = reports.EXPORTS[fmt]
        client.files_upload_v2(
            channel=place.channel,
            content=reports.render(report, renderer),
            filename=f"factcheck-{report.checklist.id}.{extension}",
            title=f"Fact-check report #{report.checklist.id}",
            initial_comment=f"Report of checklist #{report.checklist.id}, asked for by <@{user}>",
        )

    # -- messages, mentions, the shortcut ----------------------------------------------------------
    def on_message(self, body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        if event.get("subtype") or event.get("bot_id") or event.get("thread_ts"):
            return  # edits, bot posts and thread replies are not new articles
        channel = str(event.get("channel", ""))
        watched = self.app.config.slack.channels
        if watched and channel not in watched:
            return
        source = article_source(plain_text(event.get("text", "")), self.app.config.slack.min_article_chars)
        if source is None:
            return
        self._check_event(client, body, event, Place("slack", _team(body, context), channel), source)

    def on_mention(self, body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        text = plain_text(event.get("text", ""))
        place = Place("slack", _team(body, context), str(event.get("channel", "")))
        if not text:
            self._reply(client, place.channel, str(event.get("ts")), "Mention me with a link or an article's text.")
            return
        self._check_event(client, body, event, place, text)

    def _check_event(
        self, client: WebClient, body: dict[str, Any], event: dict[str, Any], place: Place, source: str
    ) -> None:
        """A message or mention event: keyed by its event_id, failures answered in its thread."""
        request_key = f"event:{body.get('event_id')}"
        self.check(client, place, str(event.get("user", "")), source, request_key, reply_to=str(event.get("ts")))

    def on_shortcut(self, ack: Ack, shortcut: dict[str, Any], client: WebClient) -> None:
        ack()
        message = shortcut.get("message") or {}
        place = Place(
            "slack", str((shortcut.get("team") or {}).get("id", "")), str((shortcut.get("channel") or {}).get("id", ""))
        )
        text = plain_text(message.get("text", ""))
        self.check(
            client,
            place,
            str((shortcut.get("user") or {}).get("id", "")),
            text,
            request_key=f"shortcut:{shortcut.get('trigger_id') or uuid.uuid4()}",
            reply_to=str(message.get("ts")),
        )


def _team(body: dict[str, Any], context: BoltContext) -> str:
    """The workspace an event belongs to."""
    return str(context.team_id or body.get("team_id") or "")


def _once(adapter: SlackAdapter, handle: Callable[..., None]) -> Callable[..., None]:
    """An event listener that skips a redelivery of an event already handled in full.

    The id is recorded after the handling, not before: a first delivery that broke off half way
    (a crash, an API error) is handled again when Slack retries, and every step of it is idempotent.
    """

    def listener(body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        workspace, event_id = _team(body, context), body.get("event_id")
        if event_id and adapter.app.store.events.was_processed(workspace, str(event_id)):
            return
        handle(body, event, context, client)
        if event_id:
            adapter.app.store.events.mark_processed(workspace, str(event_id))

    return listener


def register(bolt: BoltApp, adapter: SlackAdapter) -> None:
    """Attach every listener to a Bolt app (a fresh app per test, per process)."""
    bolt.event("reaction_added")(_once(adapter, partial(adapter.on_reaction, added=True)))
    bolt.event("reaction_removed")(_once(adapter, partial(adapter.on_reaction, added=False)))
    bolt.event("message")(_once(adapter, adapter.on_message))
    bolt.event("app_mention")(_once(adapter, adapter.on_mention))
    bolt.command("/factcheck")(adapter.on_command)
    bolt.shortcut(SHORTCUT_ID)(adapter.on_shortcut)
