"""A fake of Discord's REST API on 127.0.0.1, port 0: records every call, answers with the shapes
discord.py parses, and can answer 429 with the headers discord.py reads."""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.parser import BytesParser
from email.policy import default as email_policy
from typing import Any

from tests.helpers import QuietHandler, loopback_server, respond, serving

BOT_ID = "900000000000000001"
APP_ID = "900000000000000002"


def user_object(user_id: str, name: str, bot: bool = False) -> dict[str, Any]:
    """A Discord user as the API and the gateway show one."""
    return {"id": user_id, "username": name, "discriminator": "0", "global_name": name, "avatar": None, "bot": bot}


def message_object(
    message_id: str, channel_id: str, content: str, author: dict[str, Any], timestamp: str
) -> dict[str, Any]:
    """A plain text message as the API and the gateway show one."""
    return {
        "id": message_id,
        "channel_id": channel_id,
        "type": 0,
        "content": content,
        "author": author,
        "attachments": [],
        "embeds": [],
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "mention_everyone": False,
        "tts": False,
        "timestamp": timestamp,
        "edited_timestamp": None,
        "flags": 0,
        "components": [],
    }


class FakeDiscord:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict[str, Any]]] = []
        self.files: list[bytes] = []
        self.rate_limits: dict[str, int] = {}
        self.retry_after = 0.2  # what a 429 asks discord.py to wait
        self.forbidden: dict[str, int] = {}  # "METHOD path" pattern -> how many calls get 403 Missing Permissions
        self.synced: list[Any] = []  # the application commands the bot registered
        self.times: list[float] = []  # when each recorded call was answered, beside `calls`
        self.unknown: list[str] = []
        self._ids = itertools.count(1_000_000_000_000_000_000)
        self._lock = threading.Lock()
        fake = self

        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0].removeprefix("/api/v10")
                status, body, headers = fake.answer(self.command, path, raw, self.headers.get("Content-Type", ""))
                data = json.dumps(body).encode() if body is not None else b""
                # 204 No Content carries no JSON (discord.py would try to parse an empty body)
                respond(self, status, data, "application/json" if body is not None else "text/plain", headers)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle  # noqa: N815

        self.server = loopback_server(Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/v10"

    def next_id(self) -> str:
        with self._lock:
            return str(next(self._ids))

    def forbid(self, route_pattern: str, times: int = 1) -> None:
        """The next `times` calls whose "METHOD path" matches get 403 Missing Permissions."""
        self.forbidden[route_pattern] = times

    def limit(self, route_pattern: str, times: int = 1) -> None:
        """The next `times` calls whose "METHOD path" matches get a 429 with Discord's headers."""
        self.rate_limits[route_pattern] = times

    def _payload(self, raw: bytes, content_type: str) -> dict[str, Any]:
        if content_type.startswith("multipart/"):
            message = BytesParser(policy=email_policy).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + raw
            )
            payload: dict[str, Any] = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                content = part.get_payload(decode=True) or b""
                if name == "payload_json":
                    payload = json.loads(content)
                else:
                    self.files.append(content)
            return payload
        return json.loads(raw) if raw else {}

    def message(self, channel_id: str, payload: dict[str, Any], message_id: str | None = None) -> dict[str, Any]:
        return message_object(
            message_id or self.next_id(),
            channel_id,
            payload.get("content", ""),
            user_object(BOT_ID, "claimcheck", True),
            "2026-11-25T10:00:00.000000+00:00",
        )

    def answer(self, method: str, path: str, raw: bytes, content_type: str) -> tuple[int, Any, dict[str, str]]:
        key = f"{method} {path}"
        for pattern, left in list(self.rate_limits.items()):
            if left and re.fullmatch(pattern, key):
                self.rate_limits[pattern] = left - 1
                return (
                    429,
                    {"message": "You are being rate limited.", "retry_after": self.retry_after, "global": False},
                    {
                        "Retry-After": str(self.retry_after),
                        "X-RateLimit-Limit": "5",
                        "X-RateLimit-Remaining": "0",
                        "X-RateLimit-Reset-After": str(self.retry_after),
                        "X-RateLimit-Bucket": "fake",
                        "X-RateLimit-Scope": "user",
                        # without Via, discord.py takes a 429 for a Cloudflare ban and gives up
                        "Via": "1.1 google",
                    },
                )
        for pattern, left in list(self.forbidden.items()):
            if left and re.fullmatch(pattern, key):
                self.forbidden[pattern] = left - 1
                with self._lock:
                    self.calls.append((method, path, {"refused": 403}))
                    self.times.append(time.monotonic())
                return 403, {"message": "Missing Permissions", "code": 50013}, {}
        payload = self._payload(raw, content_type)
        with self._lock:
            self.calls.append((method, path, payload))
            self.times.append(time.monotonic())
        if key == "GET /users/@me":
            return 200, user_object(BOT_ID, "claimcheck", True), {}
        if key == "GET /oauth2/applications/@me":
            return (
                200,
                {
                    "id": APP_ID,
                    "name": "claimcheck",
                    "icon": None,
                    "description": "",
                    "summary": "",
                    "rpc_origins": [],
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "verify_key": "0",
                    "team": None,
                    "flags": 0,
                    "owner": user_object("700", "newsroom"),
                },
                {},
            )
        if m := re.fullmatch(r"POST /channels/(\d+)/messages", key):
            return 200, self.message(m.group(1), payload), {}
        if m := re.fullmatch(r"POST /channels/(\d+)/messages/(\d+)/threads", key):
            return (
                201,
                {
                    "id": self.next_id(),
                    "type": 11,
                    "guild_id": "1",
                    "name": payload.get("name", ""),
                    "parent_id": m.group(1),
                    "owner_id": BOT_ID,
                    "message_count": 0,
                    "member_count": 1,
                    "rate_limit_per_user": 0,
                    "flags": 0,
                    "thread_metadata": {
                        "archived": False,
                        "auto_archive_duration": 1440,
                        "locked": False,
                        "archive_timestamp": "2026-11-25T10:00:00+00:00",
                    },
                },
                {},
            )
        if re.fullmatch(r"DELETE /channels/\d+/messages/\d+", key):
            return 204, None, {}
        if m := re.fullmatch(r"PUT /applications/(\d+)/commands", key):
            with self._lock:
                self.synced = list(payload) if isinstance(payload, list) else []
            commands = [{**c, "id": self.next_id(), "application_id": m.group(1), "version": "1"} for c in self.synced]
            return 200, commands, {}
        if m := re.fullmatch(r"PATCH /channels/(\d+)/messages/(\d+)", key):
            return 200, self.message(m.group(1), payload, m.group(2)), {}
        if m := re.fullmatch(r"POST /interactions/(\d+)/([^/]+)/callback", key):
            return 200, {"interaction": {"id": m.group(1), "type": 2, "response_message_loading": True}}, {}
        if m := re.fullmatch(r"(POST|PATCH) /webhooks/(\d+)/([^/]+)(/messages/@original)?", key):
            return 200, self.message("0", payload), {}
        self.unknown.append(key)
        return 404, {"message": "Unknown route", "code": 0}, {}

    def made(self, method: str, pattern: str) -> list[dict[str, Any]]:
        return [p for m, path, p in self.calls if m == method and re.fullmatch(pattern, path)]


@contextmanager
def fake_discord() -> Iterator[FakeDiscord]:
    fake = FakeDiscord()
    with serving(fake.server):
        yield fake
