"""The Slack adapter: Bolt listeners that turn Slack payloads into workflow calls and render the answers.

No workflow rule lives here: what a reaction means, how a status is derived and what a report
counts are the service's. This module only reads payloads, calls the service and sends messages.
"""

from __future__ import annotations

import html
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from typing import Any

from slack_bolt import Ack, BoltContext
from slack_bolt import App as BoltApp
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot import reports
from bot.app import App
from bot.posting import post_checklist
from bot.service import ChecklistView, ClaimView, Place, article_source, is_link
from bot.slack_render import claim_message, escape, parent_message, report_text
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


class Pacer:
    """At most one message per `interval` seconds per channel, across all threads of this process."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, channel: str) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(channel, 0.0))
            self._next[channel] = slot + self.interval
        if slot > now:
            time.sleep(slot - now)


class SlackSender:
    """Posts a checklist: the parent in the channel, each claim as a reply in its thread."""

    def __init__(self, client: WebClient, app: App, pacer: Pacer, channel: str) -> None:
        self.client = client
        self.app = app
        self.pacer = pacer
        self.channel = channel

    def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
        text, blocks = parent_message(checklist, self.app.config)
        self.pacer.wait(self.channel)
        answer = self.client.chat_postMessage(
            channel=self.channel, text=text, blocks=blocks, unfurl_links=False, metadata=_mark(checklist, None)
        )
        return str(answer["channel"]), str(answer["ts"])

    def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
        text, blocks = claim_message(claim, self.app.config)
        self.pacer.wait(self.channel)
        answer = self.client.chat_postMessage(
            channel=parent[0],
            thread_ts=parent[1],
            text=text,
            blocks=blocks,
            unfurl_links=False,
            unfurl_media=False,
            metadata=_mark(checklist, claim),
        )
        return str(answer["channel"]), str(answer["ts"])

    def recover(
        self, checklist: ChecklistView, known: dict[int | None, tuple[str, str]]
    ) -> dict[int | None, tuple[str, str]]:
        """Find this checklist's messages by their metadata: the parent in the channel, claims in its thread."""
        found: dict[int | None, tuple[str, str]] = {}
        parent = known.get(None)
        if parent is None:
            history = self.client.conversations_history(channel=self.channel, limit=200, include_all_metadata=True)
            messages: list[dict[str, Any]] = history.get("messages", [])
            for message in messages:
                if _marked(message, checklist.id) == "parent":
                    parent = found[None] = (self.channel, str(message["ts"]))
                    break
        if parent is None:
            return found
        replies = self.client.conversations_replies(
            channel=parent[0], ts=parent[1], limit=1000, include_all_metadata=True
        )
        for message in replies.get("messages", []):
            claim_id = _marked(message, checklist.id)
            if isinstance(claim_id, int):
                found[claim_id] = (parent[0], str(message["ts"]))
        return found


_MARK = "claimcheck_message"


def _mark(checklist: ChecklistView, claim: ClaimView | None) -> dict[str, Any]:
    """Message metadata that lets a resumed poster recognise what a dead one already posted."""
    payload: dict[str, Any] = {"checklist": checklist.id, "workspace": checklist.place.workspace}
    if claim is not None:
        payload["claim"] = claim.id
    return {"event_type": _MARK, "event_payload": payload}


def _marked(message: dict[str, Any], checklist_id: int) -> int | str | None:
    metadata = message.get("metadata") or {}
    payload = metadata.get("event_payload") or {}
    if metadata.get("event_type") != _MARK or payload.get("checklist") != checklist_id:
        return None
    return int(payload["claim"]) if "claim" in payload else "parent"


def web_client(token: str | None, base_url: str | None, timeout: float = 15) -> WebClient:
    """A Web API client that honours 429 Retry-After and retries dropped connections."""
    client = WebClient(token=token, base_url=base_url or WebClient.BASE_URL, timeout=int(max(1, timeout)))
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=5))
    client.retry_handlers.append(ConnectionErrorRetryHandler(max_retry_count=2))
    return client


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
        for workspace, checklist_id in self.app.store.unposted_checklists():
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
        posted = self.app.store.posted_messages(checklist.place.workspace, checklist.id)
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
        if event_id and adapter.app.store.was_processed(workspace, str(event_id)):
            return
        handle(body, event, context, client)
        if event_id:
            adapter.app.store.mark_processed(workspace, str(event_id))

    return listener


def register(bolt: BoltApp, adapter: SlackAdapter) -> None:
    """Attach every listener to a Bolt app (a fresh app per test, per process)."""
    bolt.event("reaction_added")(_once(adapter, partial(adapter.on_reaction, added=True)))
    bolt.event("reaction_removed")(_once(adapter, partial(adapter.on_reaction, added=False)))
    bolt.event("message")(_once(adapter, adapter.on_message))
    bolt.event("app_mention")(_once(adapter, adapter.on_mention))
    bolt.command("/factcheck")(adapter.on_command)
    bolt.shortcut(SHORTCUT_ID)(adapter.on_shortcut)


class _NoBodies(logging.Filter):
    """Bolt logs a request's body when its signature fails; article text and tokens stay out of logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not ("body" in message.lower() or "xox" in message)


def _keep_bodies_out_of_logs() -> None:
    """Bolt logs a failed request's body at INFO, and slack_sdk logs every request and response at
    DEBUG: both would put article text, and sometimes tokens, in the newsroom's logs."""
    verification = logging.getLogger("slack_bolt.RequestVerification")
    if not any(isinstance(f, _NoBodies) for f in verification.filters):
        verification.addFilter(_NoBodies())
    for name in ("slack_sdk.web.base_client", "slack_sdk.socket_mode", "slack_bolt.App"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.level, logging.INFO))


def build_bolt_app(
    app: App,
    *,
    token: str | None,
    signing_secret: str | None,
    api_url: str | None = None,
    executor: ThreadPoolExecutor | None = None,
    worker: str | None = None,
) -> tuple[BoltApp, SlackAdapter]:
    """A Bolt app wired to the workflow; `api_url` points the Web API elsewhere (a proxy, the tests)."""
    _keep_bodies_out_of_logs()
    bolt = BoltApp(
        client=web_client(token, api_url, app.config.slack.api_timeout_seconds),
        signing_secret=signing_secret,
        request_verification_enabled=bool(signing_secret),
        listener_executor=executor,
        logger=logging.getLogger("slack_bolt.App"),
    )
    adapter = SlackAdapter(app, worker)
    register(bolt, adapter)
    return bolt, adapter


def settings_from_env(environ: dict[str, str] | None = None) -> dict[str, str | None]:
    environ = dict(os.environ if environ is None else environ)
    return {
        "token": environ.get("SLACK_BOT_TOKEN"),
        "signing_secret": environ.get("SLACK_SIGNING_SECRET"),
        "app_token": environ.get("SLACK_APP_TOKEN"),
        "api_url": environ.get("SLACK_API_URL"),
    }
