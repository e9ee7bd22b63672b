"""Slack over HTTP (the Events API) as an ASGI app for a production server (uvicorn).

Each request, in this order: the body is read within a deadline and a size cap; the `v0` signature
is checked on the raw bytes (nothing is parsed before: unsigned junk is a 401 and one log line);
requests from a workspace the bot is not installed in are ignored. An event (`event_callback`) is
then kept in the store's inbox *before* the 200 — when the store cannot keep it in time, the answer
is 503 and Slack retries — and handled from the inbox by `InboxWorker`, with retries, so an event
acknowledged while the store blinks is not lost. Commands, shortcuts and the URL check go to Bolt
at once (their answer is the reply). /healthz says the process is up, /readyz that the store answers.

`claimcheck serve slack --http` runs this front in a process of its own (`AckFront` starts and
watches it; bot/chat/slack/ack.py is its body): it checks, keeps and acknowledges, and sends each new event
down a socket to the serving process, which handles it and sends back its done mark, written by the
front with the next events (the front is the inbox's one busy writer). Handling is pure interpreter
work: in one process it took the interpreter from the acks for milliseconds at a time.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol
from urllib.parse import parse_qs

from slack_bolt import App as BoltApp
from slack_bolt.request import BoltRequest
from sqlalchemy import text

from bot.chat.slack.frames import FRAME, frame, receive_exactly
from bot.chat.slack.inbox import InboxWorker, _team_of
from bot.store import Store

log = logging.getLogger(__name__)

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
Answer = tuple[int, dict[str, list[str]], str]  # Bolt's answer to a request: status, headers, body
Dispatch = Callable[[str, str, dict[str, str]], Awaitable[Answer]]  # body, query, headers -> the answer
MAX_BODY = 1_000_000  # Slack's payloads are far smaller; anything bigger is not from Slack
BODY_SECONDS = 10.0  # a whole body within this, however slowly it drips
SKEW_SECONDS = 300  # Slack's own limit on a request's age
DISPATCH_SECONDS = 10.0  # Bolt answers within Slack's 3 s; past this the serving process is stuck
BACKLOG_BYTES = 8_000_000  # events not sent to a handler that stopped reading: they come due after their hold
STOP_SECONDS = 3  # at SIGTERM, requests under way are finished within this, and so are handlings


class Refused(Exception):
    """A request answered with a status and one log line, never a traceback."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def verify_signature(secret: str, headers: dict[str, str], body: bytes, moment: float | None = None) -> None:
    """Check Slack's v0 signature over the raw bytes; raise Refused(401) with the reason."""
    stamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not stamp or not signature:
        raise Refused(401, "no signature")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12):
        raise Refused(401, "a timestamp that is not a number")
    if abs((time.time() if moment is None else moment) - int(stamp)) > SKEW_SECONDS:
        raise Refused(401, "a stale timestamp")
    expected = "v0=" + hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace")):
        raise Refused(401, "a bad signature")


class TeamCheck:
    """The workspace the bot token belongs to (`auth.test`, asked once and kept)."""

    def __init__(self, client: Any) -> None:
        self.client = client  # a slack_sdk WebClient
        self.team: str | None = None
        self._lock = threading.Lock()

    def installed_in(self, team: str | None) -> bool:
        """False only for a request that names another workspace; unknown (Slack unreachable) lets it in."""
        if not team:
            return True
        with self._lock:
            if self.team is None:
                try:
                    self.team = str(self.client.auth_test()["team_id"])
                except Exception as exc:  # Slack unreachable: ask again next time
                    log.warning("auth.test failed (%s); the workspace is not checked for now", type(exc).__name__)
                    return True
        return team == self.team

    async def admits(self, team: str | None) -> bool:
        """`installed_in` without a thread once the workspace is known (every request but the first)."""
        if not team or self.team is not None:
            return not team or team == self.team
        return await asyncio.to_thread(self.installed_in, team)


class Keeper(Protocol):
    async def keep(self, envelope: dict[str, Any], body: str) -> bool: ...


class SlackAsgi:
    def __init__(
        self,
        store: Store,
        dispatch: Dispatch,
        path: str = "/slack/events",
        *,
        signing_secret: str | None = None,
        inbox: Keeper | None = None,
        team: TeamCheck | None = None,
        body_seconds: float = BODY_SECONDS,
        started: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.store = store
        self.dispatch = dispatch
        self.path = path
        self.signing_secret = signing_secret
        self.inbox = inbox
        self.team = team
        self.body_seconds = body_seconds
        self.started = started  # run on the server's loop as it starts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    if self.started is not None:
                        await self.started()
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        path, method = scope["path"], scope["method"]
        if method == "GET" and path == "/healthz":
            await _respond(send, 200, {"status": "ok"})
        elif method == "GET" and path == "/readyz":
            ready = await asyncio.to_thread(self._store_answers)
            await _respond(send, 200 if ready else 503, {"status": "ready" if ready else "store unavailable"})
        elif method == "POST" and path == self.path:
            try:
                await self._post(scope, receive, send)
            except Refused as refused:
                log.warning("refused a request to %s: %s (%s)", path, refused, refused.status)
                await _respond(send, refused.status, {"error": str(refused)})
        else:
            await _respond(send, 404, {"error": "not found"})

    async def _post(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive, self.body_seconds)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if self.signing_secret:
            verify_signature(self.signing_secret, headers, body)
        try:
            decoded = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "a body that is not UTF-8") from None
        envelope = _envelope(decoded, headers.get("content-type", ""))
        if self.team is not None and not await self.team.admits(_team_of(envelope)):
            log.info("ignored a request from a workspace the bot is not installed in")
            await _respond(send, 200, {"ok": True})
            return
        if self.inbox is not None and envelope.get("type") == "event_callback" and envelope.get("event_id"):
            kept = await self.inbox.keep(envelope, decoded)
            if not kept:
                raise Refused(503, "the store cannot keep the event now; Slack will retry")
            await _respond(send, 200, {"ok": True})
            return
        status, answer_headers, answer = await self.dispatch(
            decoded, scope.get("query_string", b"").decode("latin-1"), headers
        )
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(k.encode(), v.encode()) for k, values in answer_headers.items() for v in values],
            }
        )
        await send({"type": "http.response.body", "body": answer.encode()})

    def _store_answers(self) -> bool:
        try:
            with self.store.database.read() as db:
                db.execute(text("SELECT 1"))
            return True
        except Exception:  # readiness is a yes or no; the reason is in the store's own log
            return False


class AckFront:
    """The ack process, started and watched from the serving process: started again when it dies
    (after a second), given up after five deaths in a row within ten seconds of their start (`failed`).
    Events it sends are handed to `worker`; requests for Bolt are answered by `bolt` on a few threads."""

    def __init__(self, settings: dict[str, Any], worker: InboxWorker, bolt: BoltApp, entry: str = "") -> None:
        self.settings = settings
        self.worker = worker
        self.bolt = bolt
        self.entry = entry  # the child's Python: the command line's, which sets logging up first
        self.failed = threading.Event()
        self._stopping = threading.Event()
        self._said_done = threading.Event()
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._pool = ThreadPoolExecutor(8, thread_name_prefix="slack-request")
        self._thread = threading.Thread(target=self._watch, name="ack-front", daemon=True)

    def start(self) -> AckFront:
        self._thread.start()
        return self

    def mark_done(self, workspace: str, event_id: str) -> None:
        """Send a handled event's done mark to be written. Lost (the line is down), the event comes due
        again after its hold and is found handled."""
        self._send(["done", workspace, event_id])

    def stop_taking(self) -> None:
        """SIGTERM to the ack process: it finishes the requests under way and says so (bounded)."""
        self._stopping.set()
        process = self._process
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            self._said_done.wait(STOP_SECONDS + 1)

    def close(self) -> None:
        """After the last done mark: the line closes, the ack process writes what it has and ends."""
        self._stopping.set()
        with self._lock:
            if self._sock is not None:
                try:
                    self._sock.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
        process = self._process
        if process is not None:
            try:
                process.wait(STOP_SECONDS + 2)
            except subprocess.TimeoutExpired:
                process.kill()
        self._thread.join(STOP_SECONDS)
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _watch(self) -> None:
        deaths = 0
        while not self._stopping.is_set():
            began = time.monotonic()
            code = self._run_once()
            if self._stopping.is_set():
                return
            deaths = deaths + 1 if time.monotonic() - began < 10 else 1
            if deaths >= 5:
                log.error("the ack process keeps ending (exit %s); giving up", code)
                self.failed.set()
                return
            log.warning("the ack process ended (exit %s); starting it again", code)
            time.sleep(1)

    def _run_once(self) -> int | None:
        ours, theirs = socket.socketpair()
        command = [sys.executable, "-c", self.entry or _FRONT_MAIN, str(theirs.fileno())]
        with self._lock:  # the settings are the first message, before any done mark
            self._process = subprocess.Popen(command, pass_fds=(theirs.fileno(),))
            ours.sendall(frame(["settings", self.settings]))
            self._sock = ours
        theirs.close()
        try:
            while True:
                size = FRAME.unpack(receive_exactly(ours, FRAME.size))[0]
                self._take(json.loads(receive_exactly(ours, size)))
        except (ConnectionError, OSError):
            pass  # the ack process ended, or the line was closed to end it
        finally:
            with self._lock:
                self._sock = None
            ours.close()
        return self._process.wait()

    def _take(self, message: list[Any]) -> None:
        if message[0] == "event":
            _, workspace, event_id, body, attempts, reaction = message
            self.worker.accept(((workspace, event_id), body, attempts), reaction)
        elif message[0] == "dispatch":
            self._pool.submit(self._answer, *message[1:])
        elif message[0] == "bye":
            self._said_done.set()

    def _answer(self, number: int, body: str, query: str, headers: dict[str, str]) -> None:
        try:
            response = self.bolt.dispatch(BoltRequest(body=body, query=query, headers={**headers}))
            headers_out = {k: list(v) for k, v in response.headers.items()}
            answer: list[Any] = ["reply", number, response.status, headers_out, response.body or ""]
        except Exception:
            log.exception("a request for Bolt failed")
            answer = ["reply", number, 500, {}, ""]
        self._send(answer)

    def _send(self, message: list[Any]) -> None:
        data = frame(message)
        with self._lock:
            if self._sock is None:
                return
            try:
                self._sock.sendall(data)
            except OSError:
                pass  # the ack process is gone; `_watch` starts another


# the ack process's entry: a fresh interpreter that imports only what acking needs
_FRONT_MAIN = "import sys; from bot.chat.slack.ack import main; sys.exit(main(int(sys.argv[1])))"


def _envelope(body: str, content_type: str) -> dict[str, Any]:
    """The parsed request (JSON events, or a form with or without a `payload`); Refused(400) when unreadable."""
    try:
        if "application/json" in content_type:
            parsed = json.loads(body)
        else:
            form = {k: v[0] for k, v in parse_qs(body, strict_parsing=False).items()}
            parsed = json.loads(form["payload"]) if "payload" in form else form
    except (ValueError, KeyError):
        raise Refused(400, "a body that cannot be read") from None
    if not isinstance(parsed, dict):
        raise Refused(400, "a body that is not an object")
    return parsed


async def _read_body(receive: Receive, seconds: float) -> bytes:
    chunks = bytearray()
    deadline = time.monotonic() + seconds
    while True:
        try:
            message = await asyncio.wait_for(receive(), timeout=max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            raise Refused(408, f"a body not sent within {seconds:g} s") from None
        if message.get("type") == "http.disconnect":
            raise Refused(400, "the client went away")
        chunks.extend(message.get("body", b""))
        if len(chunks) > MAX_BODY:
            raise Refused(413, "a request too large")
        if not message.get("more_body", False):
            return bytes(chunks)


async def _respond(send: Send, status: int, data: dict[str, Any]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps(data).encode()})
