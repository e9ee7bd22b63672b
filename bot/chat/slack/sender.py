"""Sending to Slack: a paced Web API client, and the poster of a checklist's messages.

Each message carries metadata naming its checklist and claim, so a poster that resumes after a crash
recognises what a dead one already posted.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.app import App
from bot.chat.slack.fence import FencedConnectionErrorRetryHandler, FencedRateLimitHandler, raise_if_refused
from bot.chat.slack.render import claim_message, parent_message
from bot.core.posting import confirm_holding
from bot.core.service import ChecklistView, ClaimView


class Pacer:
    """At most one message per `interval` seconds per channel, across all threads of this process.

    Call `wait(channel)` before a message and `done(channel)` once the call returned.
    """

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self._local = threading.local()

    def wait(self, channel: str) -> None:
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(channel, 0.0))
            self._next[channel] = slot + self.interval
        if slot > now:
            time.sleep(slot - now)
        self._local.started = time.monotonic()

    def done(self, channel: str) -> None:
        """The call made in this thread's slot has returned. A call that took longer than an interval
        waited inside (a 429's Retry-After, then a retry): the next message keeps one interval behind
        the retried one instead of going out at once in a slot booked before the wait."""
        started = getattr(self._local, "started", None)
        moment = time.monotonic()
        if started is not None and moment - started > self.interval:
            with self._lock:
                self._next[channel] = max(self._next.get(channel, 0.0), moment + self.interval)


class SlackSender:
    """Posts a checklist: the parent in the channel, each claim as a reply in its thread."""

    def __init__(
        self,
        client: WebClient,
        app: App,
        pacer: Pacer,
        channel: str,
        *,
        source_link: str | None = None,
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.client = client
        self.app = app
        self.pacer = pacer
        self.channel = channel
        self.source_link = source_link  # the pasted message, named in the parent
        self.names = names or {}  # display names for "seen before" notes

    def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
        text, blocks = parent_message(checklist, self.app.config, self.source_link)
        self.pacer.wait(self.channel)
        confirm_holding()  # the pacer's wait may have outlasted the lease
        try:
            answer = self.client.chat_postMessage(
                channel=self.channel, text=text, blocks=blocks, unfurl_links=False, metadata=_mark(checklist, None)
            )
        except SlackApiError as exc:
            raise_if_refused(exc)
            raise
        finally:
            self.pacer.done(self.channel)
        return str(answer["channel"]), str(answer["ts"])

    def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
        text, blocks = claim_message(claim, self.app.config, self.names)
        self.pacer.wait(self.channel)
        confirm_holding()
        try:
            answer = self.client.chat_postMessage(
                channel=parent[0],
                thread_ts=parent[1],
                text=text,
                blocks=blocks,
                unfurl_links=False,
                unfurl_media=False,
                metadata=_mark(checklist, claim),
            )
        except SlackApiError as exc:
            raise_if_refused(exc)
            raise
        finally:
            self.pacer.done(self.channel)
        return str(answer["channel"]), str(answer["ts"])

    def withdraw(self, where: tuple[str, str]) -> None:
        """Delete a duplicate this poster sent (another poster's message for the claim was recorded first)."""
        self.client.chat_delete(channel=where[0], ts=where[1])

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
    # instead of slack_sdk's default connection handler, which resends whatever the error
    client.retry_handlers = [
        FencedRateLimitHandler(max_retry_count=5),  # keeps or yields the posting lease
        FencedConnectionErrorRetryHandler(max_retry_count=2),  # no blind resend of a post
    ]
    return client
