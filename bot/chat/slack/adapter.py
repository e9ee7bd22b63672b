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

from slack_bolt import Ack, BoltContext, Respond
from slack_bolt import App as BoltApp
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.app import App
from bot.chat.slack.editing import SlackEditor
from bot.chat.slack.people import SlackDirectory
from bot.chat.slack.render import escape
from bot.chat.slack.sender import Pacer, SlackSender
from bot.core.edits import REPAIR_WINDOW_SECONDS
from bot.core.posting import PostingRefused, post_checklist
from bot.core.service import ChecklistView, Place, article_source
from claims import ClaimCheckError

log = logging.getLogger(__name__)

SHORTCUT_ID = "fact_check_message"
_SLACK_LINK = re.compile(r"<(https?://[^|>\s]+)(?:\|[^>]*)?>")
_SLACK_MENTION = re.compile(r"<[@#!][^>]*>")
Tell = Callable[[str], None]


class Markup(str):
    """An answer already in Slack's markup (its quoted parts escaped, its links built): sent as it is, where
    any other answer is escaped first."""


def _escaped(text: str) -> str:
    return text if isinstance(text, Markup) else escape(text)


def plain_text(slack_text: str) -> str:
    """Slack's message markup back to what the person pasted: links unwrapped, mentions dropped."""
    text = _SLACK_LINK.sub(r"\1", slack_text or "")
    text = _SLACK_MENTION.sub("", text)
    return html.unescape(text).strip()


def message_key(channel: str, ts: str) -> str:
    """One pasted message is one submission, whatever events announce it (message, app_mention, the
    shortcut): the request is keyed by the message, not by the event."""
    return f"message:{channel}:{ts}"


class SlackAdapter:
    """Holds what the listeners share: the app, the pacer, the editor, names and links, this worker's name."""

    def __init__(self, app: App, worker: str | None = None) -> None:
        self.app = app
        self.pacer = Pacer(app.config.slack.post_interval_seconds)
        self.worker = worker or f"slack-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.directory = SlackDirectory(app.store)
        self.editor = SlackEditor(app, self.directory)

    # -- checking an article -----------------------------------------------------------------------
    def check(
        self,
        client: WebClient,
        place: Place,
        who: str,
        source: str,
        request_key: str,
        reply_to: str | None = None,
        tell: Tell | None = None,
        point_to_existing: bool = False,
    ) -> None:
        """Submit, then post the checklist; a problem the person can act on gets a short reply.

        `tell` answers the person where they are (a thread reply by default); `point_to_existing`
        answers a second request for the same message with the checklist it already has.
        """
        tell = tell or partial(self._reply, client, place.channel, reply_to)
        try:
            checklist = self.app.workflow.submit(source, who, place, request_key=request_key)
        except ClaimCheckError as exc:
            tell(str(exc))
            return
        self.directory.learn(client, place.workspace, who)
        if not checklist.created and point_to_existing:
            tell(self._already(client, checklist))
        self.post(client, checklist, tell)

    def _already(self, client: WebClient, checklist: ChecklistView) -> str:
        posted = self.app.store.posting.posted_messages(checklist.place.workspace, checklist.id)
        title = escape(checklist.title or "untitled")
        where = posted.get(None)
        link = self.directory.message_link(client, checklist.place.workspace, *where) if where else None
        named = f"<{link}|{title}>" if link else title
        return Markup(f"That message already has a checklist: #{checklist.id} {named}. React to its claims there.")

    def post(self, client: WebClient, checklist: ChecklistView, tell: Tell | None = None) -> None:
        workspace = checklist.place.workspace
        sender = SlackSender(
            client,
            self.app,
            self.pacer,
            checklist.place.channel,
            source_link=self.directory.source_link(client, workspace, checklist.request_key),
            names=self.directory.names(workspace),
        )
        try:
            posted = post_checklist(
                self.app.workflow,
                checklist,
                sender,
                poster=self.worker,
                lease_seconds=self.app.config.slack.posting_lease_seconds,
            )
            if posted and checklist.created:
                # what the messages show now: an edit to the same is skipped
                self.editor.posted(checklist, sender.source_link, sender.names)
        except PostingRefused as exc:
            # recorded by post_checklist: no retry; the person learns why and what to do
            log.info("Slack refused checklist %s", checklist.id)
            if tell is not None:
                tell(f"I could not post checklist #{checklist.id} here. {exc}")

    def repair_edits(self, client: WebClient) -> int:
        """Once at start: re-edit the messages of claims whose status changed lately (edits a stopped process
        may not have sent)."""
        changed = self.app.store.reactions.changed_within("slack", REPAIR_WINDOW_SECONDS)
        for workspace, checklist_id, claim_id in changed:
            self.editor.mark(client, workspace, checklist_id, claim_id)
        return len(changed)

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
            client.chat_postMessage(channel=channel, thread_ts=thread, text=_escaped(text))
        except SlackApiError as exc:
            log.warning("could not reply in %s: %s", channel, exc.response.get("error"))

    def _whisper(self, client: WebClient, channel: str, user: str, thread: str | None, text: str) -> None:
        """An ephemeral reply only `user` sees (a refusal is nobody else's business)."""
        try:
            client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread, text=_escaped(text))
        except SlackApiError as exc:
            log.warning("could not tell a person in %s: %s", channel, exc.response.get("error"))

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
        # the editor renders the claim and the parent from the store when it sends, one edit per
        # message per interval however many reactions arrive
        self.editor.mark(client, place.workspace, result.checklist_id, result.claim_id)
        self.directory.learn(client, place.workspace, str(event["user"]))

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
        self._check_event(client, event, Place("slack", _team(body, context), channel), source)

    def on_mention(self, body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        text = plain_text(event.get("text", ""))
        place = Place("slack", _team(body, context), str(event.get("channel", "")))
        if not text:
            self._reply(client, place.channel, str(event.get("ts")), "Mention me with a link or an article's text.")
            return
        if text.lower() == "report":  # "@claimcheck report": in a checklist's thread, that checklist's
            self._thread_report(client, place, event)
            return
        self._check_event(client, event, place, text)

    def _thread_report(self, client: WebClient, place: Place, event: dict[str, Any]) -> None:
        from bot.chat.slack.commands import SlackCommands
        from bot.chat.slack.render import report_text

        thread = str(event.get("thread_ts") or "")
        row = self.app.store.checklists.checklist_of_parent(place.workspace, place.channel, thread) if thread else None
        try:
            checklist = (
                self.app.workflow.checklist(place.workspace, row.id) if row else self.app.workflow.find_checklist(place)
            )
        except ClaimCheckError as exc:
            self._reply(client, place.channel, thread or str(event.get("ts")), str(exc))
            return
        report = SlackCommands(self).report_of(client, checklist)
        client.chat_postMessage(
            channel=place.channel, thread_ts=thread or None, text=report_text(report), unfurl_links=False
        )

    def _check_event(self, client: WebClient, event: dict[str, Any], place: Place, source: str) -> None:
        """A message or mention event: keyed by its message, failures answered in its thread."""
        ts, who = str(event.get("ts")), str(event.get("user", ""))
        self.check(
            client,
            place,
            who,
            source,
            message_key(place.channel, ts),
            reply_to=ts,
            tell=self._teller(client, place.channel, ts, who),
        )

    def _teller(self, client: WebClient, channel: str, thread: str, who: str) -> Tell:
        """Answers in the message's thread; a refusal goes to the person alone."""

        def tell(text: str) -> None:
            if text.startswith("I could not post checklist"):
                self._whisper(client, channel, who, thread, text)
            else:
                self._reply(client, channel, thread, text)

        return tell

    def on_shortcut(self, ack: Ack, shortcut: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        message = shortcut.get("message") or {}
        channel = str((shortcut.get("channel") or {}).get("id", ""))
        place = Place("slack", str((shortcut.get("team") or {}).get("id", "")), channel)
        ts = str(message.get("ts") or shortcut.get("message_ts") or "")
        self.check(
            client,
            place,
            str((shortcut.get("user") or {}).get("id", "")),
            plain_text(message.get("text", "")),
            request_key=message_key(channel, ts) if ts else f"shortcut:{shortcut.get('trigger_id') or uuid.uuid4()}",
            reply_to=ts,
            tell=lambda text: respond_ephemeral(respond, text),
            point_to_existing=True,
        )


def respond_ephemeral(respond: Respond, text: str) -> None:
    """An ephemeral answer through the payload's response_url: it works where the bot may not post."""
    try:
        respond(text=_escaped(text), response_type="ephemeral", replace_original=False)
    except Exception as exc:  # the answer is a courtesy: its failure must not hide the original problem
        log.warning("could not answer through response_url: %s", type(exc).__name__)


def _team(body: dict[str, Any], context: BoltContext) -> str:
    """The workspace an event belongs to."""
    return str(context.team_id or body.get("team_id") or "")


def _once(adapter: SlackAdapter, handle: Callable[..., None], reaction: bool = False) -> Callable[..., None]:
    """An event listener that skips a redelivery of an event already handled in full.

    The id is recorded after the handling, not before: a first delivery that broke off half way
    (a crash, an API error) is handled again when Slack retries, and every step of it is idempotent.
    A `reaction` needs no record of its own: its status event is stored under the event's id, in the
    same transaction as its effect, so its handling is one read and one write (reactions come in bursts).
    """

    def listener(body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        workspace, event_id = _team(body, context), body.get("event_id")
        store = adapter.app.store
        handled = store.reactions.recorded if reaction else store.events.was_processed
        if event_id and handled(workspace, str(event_id)):
            return
        handle(body, event, context, client)
        if event_id and not reaction:
            store.events.mark_processed(workspace, str(event_id))

    return listener


def register(bolt: BoltApp, adapter: SlackAdapter) -> None:
    """Attach every listener to a Bolt app (a fresh app per test, per process)."""
    from bot.chat.slack.commands import SlackCommands  # it reads this module's helpers
    from bot.chat.slack.desk import register_desk, register_takes

    commands = SlackCommands(adapter)
    # Bolt runs the first listener that matches, and passing one over costs its matchers: the desk's
    # takes ahead of the reactions, and both ahead of the rest (reactions come in bursts of hundreds);
    # the desk's notes and commands ahead of the adapter's messages and commands
    desk = register_takes(bolt, adapter)
    bolt.event("reaction_added")(_once(adapter, partial(adapter.on_reaction, added=True), reaction=True))
    bolt.event("reaction_removed")(_once(adapter, partial(adapter.on_reaction, added=False), reaction=True))
    register_desk(bolt, desk)
    bolt.event("message")(_once(adapter, adapter.on_message))
    bolt.event("app_mention")(_once(adapter, adapter.on_mention))
    bolt.command("/factcheck")(commands.on_command)
    bolt.shortcut(SHORTCUT_ID)(adapter.on_shortcut)
