"""Slack events kept in the store's inbox before the ack, and handled from there (`InboxWorker`).

The HTTP front (`bot.chat.slack.http`) keeps each event through `InboxWorker.keep` before it answers
200; the worker hands it to a handler at once, from memory, and looks through the inbox for events
that came due (a retry, a dead worker's). Each event runs on a Bolt app that runs its listeners
before answering, so a failed handling is seen, and retried with a growing delay.
"""

from __future__ import annotations

import asyncio
import json
import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from slack_bolt import App as BoltApp
from slack_bolt.request import BoltRequest

from bot.store import Store
from bot.store.inbox import InboxWriter, Kept

log = logging.getLogger(__name__)

INBOX_SECONDS = 2.0  # Slack wants an answer within 3 s: keep the event within this, or say 503
HOLD_SECONDS = 30.0  # an event being handled is not handed to another worker for this long
KEEP_SECONDS = 86400.0  # handled events are kept a day: Slack redelivers within minutes
MAX_ATTEMPTS = 30  # an event that fails this often (a day of retries) is a bug, not a blink
SCAN_SECONDS = 1.0  # how often the inbox is looked through for due events (retries, a dead worker's)
IDLE_SECONDS = 60.0  # a handler thread with no event for this long ends
Key = tuple[str, str]  # (workspace, event id)
Job = tuple[Key, str, int]  # an event to handle: its key, its body, the attempt it is


class InboxKeeper:
    """The ack's side of the inbox: writes each event down before the ack (grouped with other events'
    writes by `InboxWriter`), and the done marks of handled events. An event new here goes to
    `hand_over` (a handler in this process, or the line to the process that handles)."""

    def __init__(self, store: Store, hand_over: Callable[[Job, bool], None]) -> None:
        self.writer = InboxWriter(store.inbox, INBOX_SECONDS)
        self.hand_over = hand_over

    def start(self) -> InboxKeeper:
        self.writer.start()
        return self

    def stop(self) -> None:
        self.writer.stop()

    async def keep(self, envelope: dict[str, Any], body: str, hold_seconds: float = HOLD_SECONDS) -> bool:
        """Whether the event is kept (now or before); False when the store did not answer in time."""
        event = Kept(_team_of(envelope) or "", str(envelope["event_id"]), "slack", body, hold_seconds)
        try:
            new = await asyncio.wait_for(asyncio.wrap_future(self.writer.keep(event)), timeout=INBOX_SECONDS)
        except Exception as exc:  # locked or unreachable: Slack retries a 503
            log.warning("could not keep event %s: %s", event.event_id, type(exc).__name__)
            return False
        if new:
            self.hand_over((event.key, body, 1), _is_reaction(envelope))
        return True

    def done(self, workspace: str, event_id: str) -> None:
        self.writer.done(workspace, event_id)


class InboxWorker:
    """Keeps events in the store's inbox before the ack, and handles them (with retries) on a Bolt app
    that runs listeners before answering, so a failed handling is seen and retried.

    An event this process kept is handed to a handler at once, from memory: its row is held for
    `hold_seconds` meanwhile, so no other worker takes it, and comes due again if this process dies.
    Every `scan_seconds` the inbox is looked through for due events (a retry, a dead worker's).
    Per event the inbox costs two writes, both grouped with other events' (`InboxWriter`): kept, done.

    At most `threads` events are handled at once, and of those at most `reaction_threads` reactions:
    a reaction's handling is short and all interpreter, and eight of them at once left the acks a
    ninth of its turns (a paste mostly waits: on Slack's pace, on a fetch).

    With `mark_done`, the events come from another process (`accept`) and their done marks go back
    there: that process keeps the events, and is the inbox's one busy writer.
    """

    def __init__(
        self,
        bolt: BoltApp,
        store: Store,
        threads: int = 8,
        hold_seconds: float = HOLD_SECONDS,
        scan_seconds: float = SCAN_SECONDS,
        reaction_threads: int = 2,
        mark_done: Callable[[str, str], None] | None = None,
    ) -> None:
        self.bolt = bolt
        self.store = store
        self.hold_seconds = hold_seconds
        self.scan_seconds = scan_seconds
        self.threads = threads
        self.reaction_threads = reaction_threads
        # the events' keeper: this process's, or (given `mark_done`) the ack process's
        self.keeper: InboxKeeper | None = None
        if mark_done is None:
            self.keeper = InboxKeeper(store, self.accept)
            mark_done = self.keeper.done
        self._mark_done = mark_done
        # event -> (when its handling started, a token, a reaction?): a handling stuck past its hold no
        # longer counts against `threads` (a connection that hangs must not stop the inbox for good)
        self._busy: dict[Key, tuple[float, object, bool]] = {}
        # kept or taken here, not yet handed out: reactions, and the others (which go first)
        self._waiting: dict[bool, deque[Job]] = {True: deque(), False: deque()}
        # handler threads are kept for the next event (a thread started per event cost the hand-out a
        # wait for the new thread's first turn at the interpreter): how many wait for one, unclaimed
        self._jobs: queue.SimpleQueue[tuple[Key, str, int, object]] = queue.SimpleQueue()
        self._idle = 0
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="inbox", daemon=True)

    def start(self) -> InboxWorker:
        if self.keeper is not None:
            self.keeper.start()
        self._thread.start()
        return self

    def stop(self, wait_seconds: float = 0.0) -> None:
        """Hand out nothing more; wait up to `wait_seconds` for the handlings under way (their done
        marks are then queued); write the queued marks when the keeper is this process's."""
        self._stop.set()
        self._wake.set()
        self._thread.join(5)
        deadline = time.monotonic() + wait_seconds
        while self._handling() and time.monotonic() < deadline:
            time.sleep(0.05)
        if self.keeper is not None:
            self.keeper.stop()

    async def keep(self, envelope: dict[str, Any], body: str) -> bool:
        """Whether the event is kept (now or before); False when the store did not answer in time."""
        if self.keeper is None:
            raise RuntimeError("this worker's events are kept by another process")
        return await self.keeper.keep(envelope, body, self.hold_seconds)

    def accept(self, job: Job, reaction: bool) -> None:
        """Handle an event kept (and held for this worker) a moment ago, as soon as a thread is free."""
        if self._stop.is_set():
            return  # kept and held: it comes due after its hold, here or in another worker
        with self._lock:
            self._waiting[reaction].append(job)
        self._wake.set()

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

    def _handling(self) -> bool:
        with self._lock:
            return bool(self._live())

    def _live(self) -> dict[Key, bool]:
        """The events being handled here and still within their hold, each a reaction or not (called locked)."""
        moment = time.monotonic()
        return {key: reaction for key, (began, _, reaction) in self._busy.items() if moment - began < self.hold_seconds}

    def _hand_out(self) -> None:
        with self._lock:  # not a look through the waiting events: a burst queues thousands
            live = self._live()
            free = self.threads - len(live)
            others, reactions = self._waiting[False], self._waiting[True]
            ready = [(others.popleft(), False) for _ in range(max(0, min(free, len(others))))]
            free = min(free - len(ready), self.reaction_threads - sum(live.values()))
            ready += [(reactions.popleft(), True) for _ in range(max(0, min(free, len(reactions))))]
        for (key, body, attempts), reaction in ready:
            self._start(key, body, attempts, reaction)

    def _take_due(self) -> None:
        with self._lock:  # the events this process has in hand: being handled, or waiting their turn
            live = self._live()
            free = self.threads - len(live)
            in_hand = set(live) | {job[0] for lane in self._waiting.values() for job in lane}
        taken = self.store.inbox.take(free, self.hold_seconds, skip=in_hand) if free > 0 else []
        with self._lock:
            for row in taken:
                job = ((str(row["workspace"]), str(row["event_id"])), str(row["body"]), int(row["attempts"]))
                self._waiting[_is_reaction(_parsed(job[1]))].append(job)
        self._hand_out()

    def _start(self, key: Key, body: str, attempts: int, reaction: bool) -> None:
        token = object()
        with self._lock:
            self._busy[key] = (time.monotonic(), token, reaction)
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

    def _handle(self, key: Key, body: str, attempts: int, token: object) -> None:
        try:
            request = BoltRequest(body=body, headers={"content-type": "application/json"})
            response = self.bolt.dispatch(request)
            # Bolt answers 200 with a message for a person when it could not authorize: not handled
            if response.status == 200 and not response.body:
                self._mark_done(*key)
            elif attempts >= MAX_ATTEMPTS:
                log.error("event %s failed %d times (%s); given up", key[1], attempts, response.status)
                self._mark_done(*key)
            else:
                delay = min(300.0, 2.0**attempts)
                log.warning("event %s failed (%s); retrying in %.0f s", key[1], response.status, delay)
                self.store.inbox.retry_later(*key, delay)
        except Exception as exc:  # the store is away: the event comes due again after its hold
            log.warning("event %s could not be settled: %s", key[1], type(exc).__name__)
        finally:
            with self._lock:
                if self._busy.get(key, (0.0, None, False))[1] is token:
                    del self._busy[key]
                self._idle += 1  # this thread waits for the next event
            self._wake.set()


def _team_of(envelope: dict[str, Any]) -> str | None:
    team = envelope.get("team_id") or envelope.get("team")
    if isinstance(team, dict):
        team = team.get("id")
    return str(team) if team else None


def _is_reaction(envelope: dict[str, Any]) -> bool:
    event = envelope.get("event")
    return isinstance(event, dict) and event.get("type") in ("reaction_added", "reaction_removed")


def _parsed(body: str) -> dict[str, Any]:
    """A kept body read again (a retry, a dead worker's event); {} if it cannot be read (Bolt will say why)."""
    try:
        parsed = json.loads(body)
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}
