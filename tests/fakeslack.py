"""A fake of Slack's Web API: a standard-library HTTP server on 127.0.0.1, port 0, that records every
call and can answer 429, 500 or hang. Only the methods this bot uses are implemented."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl

from tests.helpers import QuietHandler, loopback_server, respond, serving


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.uploads: list[bytes] = []
        self.messages: list[dict[str, Any]] = []
        self.times: list[tuple[str, float]] = []  # (method, when the call was answered), for pacing
        self.responses: list[dict[str, Any]] = []  # what was sent to a response_url
        self.users: dict[str, dict[str, Any]] = {}  # users.info answers by user id
        self.deleted: list[dict[str, Any]] = []  # messages the bot withdrew (chat.delete)
        self.drops: dict[str, int] = {}
        self.faults: dict[str, list[tuple[int, dict[str, str], float, str | None]]] = {}
        self._ts = 0
        self._lock = threading.Lock()
        fake = self

        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path.startswith("/upload/"):
                    fake.uploads.append(raw)
                    respond(self, 200, b"OK - 1", "text/plain")
                    return
                if self.path.startswith("/hooks/"):
                    with fake._lock:
                        fake.responses.append(json.loads(raw or b"{}"))
                    respond(self, 200, b"ok", "text/plain")
                    return
                method = self.path.rsplit("/", 1)[-1]
                params = fake._params(raw, self.headers.get("Content-Type", ""))
                dropped = fake._dropped(method)
                status, headers, delay, answer = fake._answer(method, params, self.server.server_address[1])
                if dropped:  # handled, but the connection breaks before the answer
                    self.close_connection = True
                    return
                if delay:
                    time.sleep(delay)
                try:
                    respond(self, status, json.dumps(answer).encode(), "application/json", headers)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a hang past its timeout)

        self.server = loopback_server(Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/api/"

    @staticmethod
    def _params(raw: bytes, content_type: str) -> dict[str, Any]:
        if "json" in content_type:
            return dict(json.loads(raw or b"{}"))
        return dict(parse_qsl(raw.decode()))

    def fail(
        self,
        method: str,
        status: int,
        times: int = 1,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        error: str | None = None,
    ) -> None:
        """The next `times` calls of `method` get `status` (429 with Retry-After, 500, …) after `delay`;
        `error` names the Web API error of a 200 that says ok: false (`not_in_channel`)."""
        self.faults.setdefault(method, []).extend([(status, headers or {}, delay, error)] * times)

    def drop(self, method: str, times: int = 1) -> None:
        """The next `times` calls of `method` are handled (a message is posted) but get no answer:
        the connection closes, as when a network drops after the request reached Slack."""
        with self._lock:
            self.drops[method] = self.drops.get(method, 0) + times

    def _dropped(self, method: str) -> bool:
        with self._lock:
            if self.drops.get(method, 0) > 0:
                self.drops[method] -= 1
                return True
            return False

    def _answer(
        self, method: str, params: dict[str, Any], port: int
    ) -> tuple[int, dict[str, str], float, dict[str, Any]]:
        with self._lock:
            queue = self.faults.get(method)
            if queue:
                status, headers, delay, named = queue.pop(0)
                error = named or ("ratelimited" if status == 429 else "internal_error")
                return status, headers, delay, {"ok": False, "error": error}
            self.calls.append((method, params))
            self.times.append((method, time.monotonic()))
            if method in {"chat.postMessage", "files.getUploadURLExternal"}:
                self._ts += 1  # only what makes a message gets a timestamp: tests count messages
            ts = f"1700000000.{self._ts:06d}"
        if method == "users.info":
            user = self.users.get(str(params.get("user")))
            if user is None:
                return 200, {}, 0, {"ok": False, "error": "user_not_found"}
            return 200, {}, 0, {"ok": True, "user": user}
        if method == "chat.getPermalink":
            stamp = str(params.get("message_ts")).replace(".", "")
            link = f"https://news.slack.com/archives/{params.get('channel')}/p{stamp}"
            return 200, {}, 0, {"ok": True, "channel": params.get("channel"), "permalink": link}
        if method == "auth.test":
            return (
                200,
                {},
                0,
                {
                    "ok": True,
                    "user_id": "UBOT",
                    "bot_id": "BBOT",
                    "team_id": "T1",
                    "team": "News",
                    "user": "claimcheck",
                    "url": "https://news.slack.com/",
                },
            )
        if method == "chat.postMessage":
            metadata = params.get("metadata")
            metadata = json.loads(metadata) if isinstance(metadata, str) else metadata
            with self._lock:
                params["ts"] = ts  # the recorded call carries the message's timestamp, for tests to react to
                self.messages.append(
                    {
                        "channel": params.get("channel"),
                        "ts": ts,
                        "text": params.get("text"),
                        "thread_ts": params.get("thread_ts"),
                        "metadata": metadata,
                    }
                )
            return (
                200,
                {},
                0,
                {
                    "ok": True,
                    "channel": params.get("channel"),
                    "ts": ts,
                    "message": {"text": params.get("text"), "ts": ts},
                },
            )
        if method == "conversations.history":
            found = [m for m in self.messages if m["channel"] == params.get("channel") and not m["thread_ts"]]
            return 200, {}, 0, {"ok": True, "messages": list(reversed(found)), "has_more": False}
        if method == "conversations.replies":
            found = [
                m
                for m in self.messages
                if m["channel"] == params.get("channel")
                and (m["ts"] == params.get("ts") or m["thread_ts"] == params.get("ts"))
            ]
            return 200, {}, 0, {"ok": True, "messages": found, "has_more": False}
        if method == "chat.delete":
            with self._lock:
                where = (params.get("channel"), params.get("ts"))
                gone = [m for m in self.messages if (m["channel"], m["ts"]) == where]
                self.messages = [m for m in self.messages if m not in gone]
                self.deleted.extend(gone)
            if not gone:
                return 200, {}, 0, {"ok": False, "error": "message_not_found"}
            return 200, {}, 0, {"ok": True, "channel": params.get("channel"), "ts": params.get("ts")}
        if method in {"chat.update", "chat.postEphemeral"}:
            return 200, {}, 0, {"ok": True, "channel": params.get("channel"), "ts": params.get("ts", ts)}
        if method == "files.getUploadURLExternal":
            return 200, {}, 0, {"ok": True, "upload_url": f"http://127.0.0.1:{port}/upload/F{ts}", "file_id": f"F{ts}"}
        if method == "files.completeUploadExternal":
            files = params.get("files")
            files = json.loads(files) if isinstance(files, str) else files
            return (
                200,
                {},
                0,
                {"ok": True, "files": [{"id": f["id"], "title": f.get("title", "")} for f in files or []]},
            )
        return 200, {}, 0, {"ok": True}

    def person(self, user_id: str, display_name: str, real_name: str = "") -> None:
        """A member of the workspace, as users.info describes one."""
        self.users[user_id] = {
            "id": user_id,
            "name": display_name.lower().replace(" ", "."),
            "real_name": real_name or display_name,
            "tz": "Europe/London",
            "profile": {"display_name": display_name, "real_name": real_name or display_name},
        }

    @property
    def hooks_url(self) -> str:
        """A response_url on this fake: what the bot sends there lands in `responses`."""
        return f"http://127.0.0.1:{self.port}/hooks/commands/T1/1/abc"

    def made(self, method: str) -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]

    def wait_for(self, method: str, count: int, timeout: float = 20.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.made(method)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"expected {count} {method} calls, saw {len(self.made(method))}")


@contextmanager
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    with serving(fake.server):
        yield fake
