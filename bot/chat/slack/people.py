"""Who people are and where messages live on Slack: display names (`users.info`, cached in the store)
and links to messages (the workspace's address from `auth.test`, asked once)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.store import Store, now

log = logging.getLogger(__name__)
NAME_MAX_AGE_SECONDS = 24 * 3600


class SlackDirectory:
    """Display names and message links, cached in this process (names also in `store.people`)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._checked: dict[tuple[str, str], float] = {}  # (workspace, user) -> when last made sure
        self._bases: dict[str, str] = {}
        self._lock = threading.Lock()

    # -- names ---------------------------------------------------------------------------------
    def learn(self, client: WebClient, workspace: str, user: str) -> None:
        """Make sure the store knows `user`'s display name (asks Slack at most once a day per person)."""
        if not user:
            return
        key = (workspace, user)
        with self._lock:
            if time.monotonic() - self._checked.get(key, -1e9) < NAME_MAX_AGE_SECONDS:
                return
            self._checked[key] = time.monotonic()
        stored = self.store.people.updated_at(workspace, user)
        if stored is not None and (now() - stored).total_seconds() < NAME_MAX_AGE_SECONDS:
            return
        try:
            answer = client.users_info(user=user)
        except SlackApiError as exc:
            log.info("no display name for a user: %s", exc.response.get("error"))
            return
        person = answer.get("user") or {}
        profile = person.get("profile") or {}
        name = profile.get("display_name") or profile.get("real_name") or person.get("real_name") or person.get("name")
        if name:
            self.store.people.remember(workspace, {user: str(name)})

    def names(self, workspace: str, users: Iterable[str] | None = None) -> dict[str, str]:
        return self.store.people.names(workspace, users)

    # -- links ---------------------------------------------------------------------------------
    def base(self, client: WebClient, workspace: str) -> str | None:
        """The workspace's address ("https://news.slack.com/"), from auth.test once."""
        with self._lock:
            if workspace in self._bases:
                return self._bases[workspace] or None
        try:
            url = str(client.auth_test().get("url") or "")
        except SlackApiError:
            url = ""
        with self._lock:
            self._bases[workspace] = url
        return url or None

    def message_link(
        self, client: WebClient, workspace: str, channel: str, ts: str, thread_ts: str | None = None
    ) -> str | None:
        """A permalink to a message, built as Slack builds them (no API call per message)."""
        base = self.base(client, workspace)
        if not base or not ts:
            return None
        link = f"{base.rstrip('/')}/archives/{channel}/p{ts.replace('.', '')}"
        return link + (f"?thread_ts={thread_ts}&cid={channel}" if thread_ts and thread_ts != ts else "")

    def source_link(self, client: WebClient, workspace: str, request_key: str | None) -> str | None:
        """The pasted message a checklist was made from ("message:CHANNEL:TS"), as a permalink."""
        if not request_key or not request_key.startswith("message:"):
            return None
        _, channel, ts = (request_key.split(":", 2) + ["", ""])[:3]
        return self.message_link(client, workspace, channel, ts)
