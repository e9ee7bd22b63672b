"""Editing a checklist's Slack messages after reactions: one thread per process, coalesced and paced.

A reaction marks its claim's message and the parent dirty (`bot.core.edits.EditPlan`); this editor
renders each due message from the store when it sends, skips one whose rendering did not change
(the parent when progress stayed the same), keeps each message to one edit per interval and the
workspace inside `chat.update`'s rate tier.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.app import App
from bot.chat.slack.people import SlackDirectory
from bot.chat.slack.render import claim_message, parent_message
from bot.core.edits import EditPlan, MessageKey, RateBudget
from bot.core.service import ChecklistView
from claims import ClaimCheckError

log = logging.getLogger(__name__)


def rendering(
    checklist: ChecklistView,
    claim_id: int | None,
    app: App,
    source_link: str | None = None,
    names: Mapping[str, str] | None = None,
) -> tuple[str, list[dict[str, Any]]] | None:
    """What the message of `claim_id` (None: the parent) should show now."""
    if claim_id is None:
        return parent_message(checklist, app.config, source_link)
    for claim in checklist.claims:
        if claim.id == claim_id:
            return claim_message(claim, app.config, names)
    return None


def content_key(text: str, blocks: list[dict[str, Any]]) -> str:
    return json.dumps([text, blocks], sort_keys=True, ensure_ascii=False)


class SlackEditor:
    """Edits checklists' messages from one background thread, started on the first reaction."""

    def __init__(self, app: App, directory: SlackDirectory) -> None:
        self.app = app
        self.directory = directory
        self.plan = EditPlan(app.config.slack.edit_interval_seconds)
        self.budget = RateBudget(app.config.slack.edits_per_minute)
        self._clients: dict[str, WebClient] = {}
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._busy = False
        self._stopped = False

    def mark(self, client: WebClient, workspace: str, checklist_id: int, claim_id: int | None) -> None:
        """The claim's message and the parent may show an old state."""
        self._clients[workspace] = client
        self.plan.mark((workspace, checklist_id, claim_id))
        self.plan.mark((workspace, checklist_id, None))
        with self._wake:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="slack-editor", daemon=True)
                self._thread.start()
            self._wake.notify_all()

    def posted(self, checklist: ChecklistView, source_link: str | None, names: Mapping[str, str]) -> None:
        """The checklist was just posted from this view: its messages show these renderings."""
        workspace = checklist.place.workspace
        for claim_id in [None, *(c.id for c in checklist.claims)]:
            shown = rendering(checklist, claim_id, self.app, source_link, names)
            if shown is not None:
                self.plan.posted((workspace, checklist.id, claim_id), content_key(*shown))

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify_all()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """True once every dirty message is edited (or found unchanged): for tests and benchmarks."""
        deadline = time.monotonic() + timeout
        with self._wake:
            while not (self.plan.idle() and not self._busy):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._wake.wait(min(left, 0.05))
        return True

    def _run(self) -> None:
        while True:
            with self._wake:
                if self._stopped:
                    return
                ready, wait = self.plan.take_due()
                self._busy = bool(ready)
                if not ready:
                    self._wake.notify_all()
                    self._wake.wait(wait if wait is not None else 5.0)
                    continue
            try:
                self._edit(ready)
            except Exception as exc:  # the store may be down a moment; the messages are tried again
                log.warning("editing checklist messages failed: %s", type(exc).__name__)
                for key in ready:
                    self.plan.failed(key)
            finally:
                with self._wake:
                    self._busy = False
                    self._wake.notify_all()

    def _edit(self, ready: list[MessageKey]) -> None:
        by_checklist: dict[tuple[str, int], list[int | None]] = defaultdict(list)
        for workspace, checklist_id, claim_id in ready:
            by_checklist[(workspace, checklist_id)].append(claim_id)
        for (workspace, checklist_id), claim_ids in by_checklist.items():
            try:
                checklist = self.app.workflow.checklist(workspace, checklist_id)
            except ClaimCheckError:
                continue
            posted = self.app.store.posting.posted_messages(workspace, checklist_id)
            client = self._clients[workspace]
            link = self.directory.source_link(client, workspace, checklist.request_key)
            names = self.directory.names(workspace)
            # the parent first (the channel sees its progress; a paced burst of claim edits took 10-20 s),
            # then the claims, all from the same snapshot
            for claim_id in sorted(claim_ids, key=lambda c: (c is not None, c or 0)):
                where = posted.get(claim_id)
                shown = rendering(checklist, claim_id, self.app, link, names)
                key = (workspace, checklist_id, claim_id)
                if where is None or shown is None:
                    continue
                text, blocks = shown
                content = content_key(text, blocks)
                if not self.plan.needs_edit(key, content):
                    continue
                time.sleep(self.budget.reserve(workspace))
                self.plan.sending(key)
                try:
                    client.chat_update(channel=where[0], ts=where[1], text=text, blocks=blocks)
                except SlackApiError as exc:
                    # a deleted message or a channel the bot left: nothing to retry
                    log.warning("could not update checklist %s: %s", checklist_id, exc.response.get("error"))
                    continue
                self.plan.sent(key, content)
