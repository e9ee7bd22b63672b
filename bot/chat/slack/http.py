"""Slack over HTTP (the Events API) as an ASGI app for a production server (uvicorn).

Each request, in this order: the body is read within a deadline and a size cap; the `v0` signature
is checked on the raw bytes (nothing is parsed before: unsigned junk is a 401 and one log line);
requests from a workspace the bot is not installed in are ignored. An event (`event_callback`) is
then kept in the store's inbox *before* the 200 — when the store cannot keep it in time, the answer
is 503 and Slack retries — and handled from the inbox by `InboxWorker`, with retries, so an event
acknowledged while the store blinks is not lost. Commands, shortcuts and the URL check go to Bolt
at once (their answer is the reply). /healthz says the process is up, /readyz that the store answers.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

from slack_bolt import App as BoltApp
from slack_bolt.request import BoltRequest
from sqlalchemy import text

from bot.store import Store
from bot.store.inbox import InboxWriter, Kept

log = logging.getLogger(__name__)

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
MAX_BODY = 1_000_000  # Slack's payloads are far smaller; anything bigger is not from Slack
BODY_SECONDS = 10.0  # a whole body within this, however slowly it drips
SKEW_SECONDS = 300  # Slack's own limit on a request's age
INBOX_SECONDS = 2.0  # Slack wants an answer within 3 s: keep the event within this, or say 503
HOLD_SECONDS = 30.0  # an event being handled is not handed to another worker for this long
KEEP_SECONDS = 86400.0  # handled events are kept a day: Slack redelivers within minutes
MAX_ATTEMPTS = 30  # an event that fails this often (a day of retries) is a bug, not a blink
SCAN_SECONDS = 1.0  # how often the inbox is looked through for due events (retries, a dead worker's)
IDLE_SECONDS = 60.0  # a handler thread with no event for this long ends


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

    def __init__(self, bolt: BoltApp) -> None:
        self.bolt = bolt
        self.team: str | None = None
        self._lock = threading.Lock()

    def installed_in(self, team: str | None) -> bool:
        """False only for a request that names another workspace; unknown (Slack unreachable) lets it in."""
        if not team:
            return True
        with self._lock:
            if self.team is None:
                try:
                    self.team = str(self.bolt.client.auth_test()["team_id"])
                except Exception as exc:  # Slack unreachable: ask again next time
                    log.warning("auth.test failed (%s); the workspace is not checked for now", type(exc).__name__)
                    return True
        return team == self.team

    async def admits(self, team: str | None) -> bool:
        """`installed_in` without a thread once the workspace is known (every request but the first)."""
        if not team or self.team is not None:
            return not team or team == self.team
        return await asyncio.to_thread(self.installed_in, team)


class SlackAsgi:
    def __init__(
        self,
        bolt: BoltApp,
        store: Store,
        path: str = "/slack/events",
        *,
        signing_secret: str | None = None,
        inbox: InboxWorker | None = None,
        team: TeamCheck | None = None,
        body_seconds: float = BODY_SECONDS,
    ) -> None:
        self.bolt = bolt
        self.store = store
        self.path = path
        self.signing_secret = signing_secret
        self.inbox = inbox
        self.team = team
        self.body_seconds = body_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
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
        request = BoltRequest(body=decoded, query=scope.get("query_string", b"").decode("latin-1"), headers=headers)
        response = await asyncio.to_thread(self.bolt.dispatch, request)
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [(k.encode(), v.encode()) for k, values in response.headers.items() for v in values],
            }
        )
        await send({"type": "http.response.body", "body": (response.body or "").encode()})

    def _store_answers(self) -> bool:
        try:
            with self.store.database.read() as db:
                db.execute(text("SELECT 1"))
            return True
        except Exception:  # readiness is a yes or no; the reason is in the store's own log
            return False


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


def _team_of(envelope: dict[str, Any]) -> str | None:
    team = envelope.get("team_id") or envelope.get("team")
    if isinstance(team, dict):
        team = team.get("id")
    return str(team) if team else None


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


class InboxWorker:
    """Keeps events in the store's inbox before the ack, and handles them (with retries) on a Bolt app
    that runs listeners before answering, so a failed handling is seen and retried.

    An event this process kept is handed to a handler at once, from memory: its row is held for
    `hold_seconds` meanwhile, so no other worker takes it, and comes due again if this process dies.
    Every `scan_seconds` the inbox is looked through for due events (a retry, a dead worker's).
    Per event the inbox costs two writes, both grouped with other events' (`InboxWriter`): kept, done.
    """

    def __init__(
        self,
        bolt: BoltApp,
        store: Store,
        threads: int = 8,
        hold_seconds: float = HOLD_SECONDS,
        scan_seconds: float = SCAN_SECONDS,
    ) -> None:
        self.bolt = bolt
        self.store = store
        self.hold_seconds = hold_seconds
        self.scan_seconds = scan_seconds
        self.threads = threads
        self.writer = InboxWriter(store.inbox, INBOX_SECONDS)
        # event -> (when its handling started, a token): a handling stuck past its hold no longer
        # counts against `threads` (a connection that hangs must not stop the inbox for good)
        self._busy: dict[tuple[str, str], tuple[float, object]] = {}
        self._fresh: deque[tuple[tuple[str, str], str]] = deque()  # kept here, not yet handed out
        # handler threads are kept for the next event (a thread started per event cost the hand-out a
        # wait for the new thread's first turn at the interpreter): how many wait for one, unclaimed
        self._jobs: queue.SimpleQueue[tuple[tuple[str, str], str, int, object]] = queue.SimpleQueue()
        self._idle = 0
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="inbox", daemon=True)

    def start(self) -> InboxWorker:
        self.writer.start()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(5)
        self.writer.stop()

    async def keep(self, envelope: dict[str, Any], body: str) -> bool:
        """Whether the event is kept (now or before); False when the store did not answer in time."""
        event = Kept(_team_of(envelope) or "", str(envelope["event_id"]), "slack", body, self.hold_seconds)
        try:
            new = await asyncio.wait_for(asyncio.wrap_future(self.writer.keep(event)), timeout=INBOX_SECONDS)
        except Exception as exc:  # locked or unreachable: Slack retries a 503
            log.warning("could not keep event %s: %s", event.event_id, type(exc).__name__)
            return False
        if new:
            with self._lock:
                self._fresh.append((event.key, body))
            self._wake.set()
        return True

    def _run(self) -> None:
        failures = 0
        pruned = 0.0
        scan_at = 0.0
        while not self._stop.is_set():
            self._wake.wait(max(0.0, scan_at - time.monotonic()))
            self._wake.clear()
            self._hand_out()
            if time.monotonic() < scan_at:
                continue
            try:
                if time.monotonic() - pruned > 3600:
                    self.store.inbox.prune(KEEP_SECONDS)
                    pruned = time.monotonic()
                self._take_due()
                failures = 0
            except Exception as exc:  # the store is away: try again, slower each time
                failures = min(failures + 1, 6)
                log.warning("reading the inbox failed: %s", type(exc).__name__)
            scan_at = time.monotonic() + (min(self.hold_seconds, 0.5 * 2**failures) if failures else self.scan_seconds)

    def _live(self) -> set[tuple[str, str]]:
        """The events being handled here and still within their hold (called locked)."""
        moment = time.monotonic()
        return {key for key, (began, _) in self._busy.items() if moment - began < self.hold_seconds}

    def _hand_out(self) -> None:
        with self._lock:  # not a look through the waiting events: a burst queues thousands
            free = self.threads - len(self._live())
            ready = [self._fresh.popleft() for _ in range(max(0, min(free, len(self._fresh))))]
        for key, body in ready:
            self._start(key, body, 1)

    def _take_due(self) -> None:
        with self._lock:  # the events this process has in hand: being handled, or waiting their turn
            live = self._live()
            free, in_hand = self.threads - len(live), live | {key for key, _ in self._fresh}
        for row in self.store.inbox.take(free, self.hold_seconds, skip=in_hand) if free > 0 else []:
            self._start((str(row["workspace"]), str(row["event_id"])), str(row["body"]), int(row["attempts"]))

    def _start(self, key: tuple[str, str], body: str, attempts: int) -> None:
        token = object()
        with self._lock:
            self._busy[key] = (time.monotonic(), token)
            waiting, self._idle = self._idle > 0, max(0, self._idle - 1)
        job = (key, body, attempts, token)
        if waiting:
            self._jobs.put(job)
        else:  # daemon threads: one stuck on a connection must not keep the process from exiting
            threading.Thread(target=self._serve, args=job, name="inbox-event", daemon=True).start()

    def _serve(self, *job: Any) -> None:
        """Handle the event given, then the next ones handed to this thread; end after a minute with none."""
        while job:
            self._handle(*job)  # which counts this thread idle when it is done
            job = self._next()

    def _next(self) -> tuple[Any, ...]:
        while True:
            try:
                return self._jobs.get(timeout=IDLE_SECONDS)
            except queue.Empty:
                with self._lock:  # every waiting thread claimed: an event is on its way, maybe to this one
                    if self._idle > 0:
                        self._idle -= 1
                        return ()

    def _handle(self, key: tuple[str, str], body: str, attempts: int, token: object) -> None:
        try:
            request = BoltRequest(body=body, headers={"content-type": "application/json"})
            response = self.bolt.dispatch(request)
            # Bolt answers 200 with a message for a person when it could not authorize: not handled
            if response.status == 200 and not response.body:
                self.writer.done(*key)
            elif attempts >= MAX_ATTEMPTS:
                log.error("event %s failed %d times (%s); given up", key[1], attempts, response.status)
                self.writer.done(*key)
            else:
                delay = min(300.0, 2.0**attempts)
                log.warning("event %s failed (%s); retrying in %.0f s", key[1], response.status, delay)
                self.store.inbox.retry_later(*key, delay)
        except Exception as exc:  # the store is away: the event comes due again after its hold
            log.warning("event %s could not be settled: %s", key[1], type(exc).__name__)
        finally:
            with self._lock:
                if self._busy.get(key, (0.0, None))[1] is token:
                    del self._busy[key]
                self._idle += 1  # this thread waits for the next event
            self._wake.set()
