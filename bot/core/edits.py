"""Keeping a checklist's messages up to date under bursts of reactions: which message needs an edit, and when.

A reaction only marks its claim's message and the parent as *dirty*. One editor per process (a thread
on Slack, a task on Discord) takes the dirty messages whose time has come, renders each from the
store at the moment it sends, and skips a message whose rendering did not change. So a burst of
reactions costs at most one edit per message per `interval`, edits of one message never overtake
each other, and the last state always wins: after each edit the message is checked once more, one
interval later, so an edit rendered just before a later reaction (here or in another process) is
followed by the newer state.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# (workspace, checklist id, claim id or None for the parent)
MessageKey = tuple[str, int, int | None]

# After a restart, the messages of claims whose status changed this recently are edited from the store
# once: the process before may have stopped (a crash, a kill) with edits still pending. Longer is safer
# and costs one paced edit per such message at each start.
REPAIR_WINDOW_SECONDS = 6 * 3600
# On a clean stop (SIGTERM), pending edits are sent for at most this long before the process exits.
FLUSH_SECONDS = 10.0


@dataclass(slots=True)
class _Entry:
    due: float
    verify_only: bool


class EditPlan:
    """Dirty messages, their due times and what each was last edited to. Thread-safe, no I/O.

    Args:
        interval: the least time between two edits of one message, in seconds.
        clock: monotonic seconds (a test may pass its own).
    """

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self.clock = clock
        self._dirty: dict[MessageKey, _Entry] = {}
        self._last_sent: dict[MessageKey, tuple[float, str]] = {}
        self._sending: dict[MessageKey, float] = {}  # when the latest edit of a message went out
        self._looked: dict[MessageKey, float] = {}  # when a message was last rendered and found unchanged
        self._lock = threading.Lock()

    def mark(self, key: MessageKey) -> None:
        """The message may show an old state: edit it as soon as its interval allows."""
        with self._lock:
            # from the latest edit's start: a reaction during an edit in flight waits its interval too;
            # and from the latest look that found nothing to change (a burst that leaves the parent's
            # progress as it was must not have it rendered from the store once per reaction)
            last = max(
                self._last_sent[key][0] if key in self._last_sent else float("-inf"),
                self._sending.get(key, float("-inf")),
                self._looked.get(key, float("-inf")),
            )
            due = last + self.interval if last > float("-inf") else self.clock()
            entry = self._dirty.get(key)
            if entry is None or entry.verify_only:
                self._dirty[key] = _Entry(due=min(due, entry.due) if entry else due, verify_only=False)

    def take_due(self) -> tuple[list[MessageKey], float | None]:
        """The messages to render now, and how long until the next one is due (None: nothing waits)."""
        with self._lock:
            moment = self.clock()
            ready = [key for key, entry in self._dirty.items() if entry.due <= moment]
            for key in ready:
                del self._dirty[key]
            later = [entry.due - moment for entry in self._dirty.values()]
            return ready, (min(later) if later else None)

    def needs_edit(self, key: MessageKey, content: str) -> bool:
        """Whether `content` differs from what the message was last edited to (or posted as). When it does
        not, the message was looked at now: a mark after this waits one interval, like one after an edit."""
        with self._lock:
            sent = self._last_sent.get(key)
            if sent is not None and sent[1] == content:
                self._looked[key] = self.clock()
                return False
            return True

    def posted(self, key: MessageKey, content: str) -> None:
        """The message already shows `content` (it was posted so): an edit to the same is skipped."""
        with self._lock:
            self._last_sent.setdefault(key, (float("-inf"), content))

    def sending(self, key: MessageKey) -> None:
        """An edit of the message goes out now."""
        with self._lock:
            self._sending[key] = self.clock()

    def sent(self, key: MessageKey, content: str) -> None:
        """The message was edited to `content` now; look at it once more after one interval."""
        with self._lock:
            moment = self.clock()
            self._last_sent[key] = (moment, content)
            entry = self._dirty.get(key)
            if entry is None:
                self._dirty[key] = _Entry(due=moment + self.interval, verify_only=True)
            else:  # marked while this edit was in flight: one whole interval after it landed
                entry.due = max(entry.due, moment + self.interval)

    def failed(self, key: MessageKey) -> None:
        """The edit did not go through: try again after one interval."""
        with self._lock:
            self._dirty.setdefault(key, _Entry(due=self.clock() + self.interval, verify_only=False))

    def idle(self) -> bool:
        with self._lock:
            return not self._dirty


class RateBudget:
    """A token bucket: at most `per_minute` calls a minute, in bursts of up to `burst`. Thread-safe."""

    def __init__(self, per_minute: float, burst: int = 5, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._tokens: dict[str, float] = {}
        self._stamp: dict[str, float] = {}
        self._lock = threading.Lock()

    def reserve(self, key: str) -> float:
        """Take one call for `key` (a workspace); returns the seconds to wait before making it."""
        if self.rate <= 0:
            return 0.0
        with self._lock:
            moment = self.clock()
            tokens = self._tokens.get(key, self.burst)
            tokens = min(self.burst, tokens + (moment - self._stamp.get(key, moment)) * self.rate)
            self._stamp[key] = moment
            self._tokens[key] = tokens - 1
            return 0.0 if tokens >= 1 else (1 - tokens) / self.rate
