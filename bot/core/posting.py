"""Posting a checklist to a chat: parent first, then one message per claim, exactly once, resumable.

How it holds together. `post_checklist` takes the checklist's lease under a name unique to this call
(the fencing token). Before every message, one store transaction renews the lease *if this token
still holds it* and says whether the claim already has a recorded message (`begin_send`). After the
platform accepts a message, `record_message` keeps the first message recorded for that claim, under
the checklist's row lock, whoever sent it; a poster whose message lost that race withdraws it
(deletes it on the platform). Waits the platform imposes are fenced too: a sender waiting out a
429 `Retry-After` calls `wait_holding`, which sleeps in slices of a third of the lease and renews the
lease between them, and gives up (no retry) once the checklist was taken over; after its pacer's
wait a sender calls `confirm_holding` before it sends.

The failure cases, and what happens in each:

- **Crash before send**: nothing reached the platform. The lease lapses; the resume loop (or any
  worker) takes the checklist over and posts from the first claim without a recorded message.
- **Crash after send, before record**: the message is on the platform, not in the store. The next
  holder sees the checklist was held before (`resumed`), asks the platform for the messages carrying
  this checklist's marks (`Sender.recover`: Slack message metadata) and records them instead of
  posting them again.
- **Lease lapse during a wait** (a `Retry-After` longer than the lease, a slow API with retries, the
  pacer): the 429 wait renews the lease as it goes, so nobody takes over a live poster; if somebody
  did anyway, the renewal fails, the retry is not made and the poster stops. An API call that
  times out, or whose connection drops once the request went out, is not retried blindly (the
  message may be on the platform): the call fails, the lease runs out and the next holder looks the
  message up on the platform before posting it.
- **Two workers**: only one holds the lease; the other's `take_lease` fails and it returns False.
  Should both ever send the same claim (one overtaken mid-send), the store keeps the first message
  recorded and the other poster withdraws its own, so one message stands per claim.
- **A paused worker that wakes up** (SIGSTOP past its lease, then SIGCONT): meanwhile another worker
  took the checklist over (a new token) and finished it. The woken worker is in one of three places:
  waiting (pacer, Retry-After): its next `confirm_holding`/`wait_holding` fails and it stops;
  between the fence and the send: it sends, its `record_message` finds the other worker's message
  recorded, and it withdraws its own; after the send: its message was either found by the other
  worker's recovery (and recorded: the same message, nothing to do) or it loses the record race and
  is withdrawn. Only a worker paused in that narrow window *and then killed* before recording can
  leave a duplicate: nobody is left to withdraw it.
- **A permanent refusal** (the bot is not in the channel, a missing scope): the sender raises
  `PostingRefused`; the refusal is stored (`store.posting.refusal`), the checklist leaves the resume
  loop's list, and the error goes up to the adapter, which tells the person.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from bot.core.service import ChecklistView, ClaimView, Workflow
from bot.store import Store
from bot.store.posting import LOST
from claims import ClaimCheckError

log = logging.getLogger(__name__)


class PostingRefused(ClaimCheckError):
    """The platform refused the checklist for good; the message is one sentence for the person."""


class LeaseLost(Exception):
    """This poster no longer holds the checklist: another one took it over. Stop, quietly."""


class Sender(Protocol):
    """What an adapter provides: send one message, return its id (the platform's message id).

    A sender may also offer `withdraw(where)`: delete a message it sent (a duplicate that lost the
    record race). Senders raise `PostingRefused` when the platform refuses for good."""

    def send_parent(self, checklist: ChecklistView) -> tuple[str, str]:
        """Post the checklist's parent message; returns (channel, message id)."""
        ...

    def send_claim(self, checklist: ChecklistView, claim: ClaimView, parent: tuple[str, str]) -> tuple[str, str]:
        """Post one claim (in the parent's thread where the platform has threads); returns (channel, message id)."""
        ...

    def recover(
        self, checklist: ChecklistView, known: dict[int | None, tuple[str, str]]
    ) -> dict[int | None, tuple[str, str]]:
        """Messages of this checklist already on the platform (claim id, None for the parent), found by
        the marks the sender put on them; {} where the platform cannot be asked."""
        ...


@dataclass
class _Fence:
    store: Store
    workspace: str
    checklist_id: int
    token: str
    lease_seconds: float

    def holding(self) -> bool:
        return self.store.posting.hold(self.workspace, self.checklist_id, self.token, self.lease_seconds)


_fence: contextvars.ContextVar[_Fence | None] = contextvars.ContextVar("claimcheck_posting_fence", default=None)


def posting_now() -> bool:
    """Whether this thread is inside a posting call (senders then must not resend blindly)."""
    return _fence.get() is not None


def confirm_holding() -> None:
    """For senders, just before a send: raise LeaseLost if this poster was overtaken (renews the lease)."""
    fence = _fence.get()
    if fence is not None and not fence.holding():
        raise LeaseLost(f"checklist {fence.checklist_id} was taken over")


def wait_holding(seconds: float) -> bool:
    """Sleep `seconds` while keeping the lease; False (early) once this poster was overtaken.

    Outside a posting call it simply sleeps."""
    fence = _fence.get()
    if fence is None:
        threading.Event().wait(max(0.0, seconds))
        return True
    step = max(0.05, fence.lease_seconds / 3)
    left = max(0.0, seconds)
    while left > 0:
        chunk = min(step, left)
        threading.Event().wait(chunk)
        left -= chunk
        if not fence.holding():
            return False
    return True


@contextmanager
def _holding(fence: _Fence) -> Iterator[None]:
    token = _fence.set(fence)
    try:
        yield
    finally:
        _fence.reset(token)


def post_checklist(
    workflow: Workflow, checklist: ChecklistView, sender: Sender, poster: str, lease_seconds: float = 120
) -> bool:
    """Post what is not yet posted. False when another live poster holds the checklist (or took it over).

    The lease is taken per call, not per process: two threads of one worker handling the same
    redelivered event must not both post.

    Raises:
        PostingRefused: the platform refused for good; the refusal is recorded first.
    """
    store = workflow.store
    workspace = checklist.place.workspace
    token = f"{poster}:{uuid.uuid4().hex[:12]}"
    taken, resumed = store.posting.take_lease(workspace, checklist.id, token, lease_seconds)
    if not taken:
        return False
    fence = _Fence(store, workspace, checklist.id, token, lease_seconds)
    with _holding(fence):
        try:
            return _post(store, checklist, sender, fence, resumed)
        except LeaseLost:
            log.info("checklist %s was taken over by another poster; this one stops", checklist.id)
            return False
        except PostingRefused as refused:
            store.posting.refuse(workspace, checklist.id, str(refused))
            log.warning("posting checklist %s refused: %s", checklist.id, refused)
            raise
        except Exception:
            if not fence.holding():  # a failure after losing the lease is the new holder's business
                log.info("checklist %s was taken over while a send failed; this one stops", checklist.id)
                return False
            raise


def _post(store: Store, checklist: ChecklistView, sender: Sender, fence: _Fence, resumed: bool) -> bool:
    workspace = checklist.place.workspace
    posted = store.posting.posted_messages(workspace, checklist.id)

    def record(claim_id: int | None, where: tuple[str, str]) -> tuple[str, str]:
        kept = store.posting.record_message(
            workspace=workspace,
            platform=checklist.place.platform,
            channel=where[0],
            message_id=where[1],
            checklist_id=checklist.id,
            claim_id=claim_id,
        )
        posted[claim_id] = kept
        return kept

    if resumed and len(posted) < len(checklist.claims) + 1:
        # a poster died (or paused) between a message reaching the platform and the store recording
        # it: ask the platform, so that message is recorded now instead of posted twice
        for claim_id, where in sender.recover(checklist, posted).items():
            if claim_id not in posted:
                record(claim_id, where)
    for claim in [None, *checklist.claims]:
        key = None if claim is None else claim.id
        if key in posted:
            continue
        state = store.posting.begin_send(workspace, checklist.id, fence.token, key, fence.lease_seconds)
        if state == LOST:
            raise LeaseLost(f"checklist {checklist.id} was taken over")
        if isinstance(state, tuple):  # another poster recorded it meanwhile
            posted[key] = state
            continue
        where = sender.send_parent(checklist) if claim is None else sender.send_claim(checklist, claim, posted[None])
        if record(key, where) != where:
            # another poster's message for this claim was recorded first: ours is the duplicate
            _withdraw(sender, where, checklist.id)
    store.posting.finish_posting(workspace, checklist.id)
    return True


def _withdraw(sender: Sender, where: tuple[str, str], checklist_id: int) -> None:
    withdraw = getattr(sender, "withdraw", None)
    if withdraw is None:
        log.warning("checklist %s: a duplicate message %s stays (this platform cannot withdraw)", checklist_id, where)
        return
    try:
        withdraw(where)
        log.info("checklist %s: withdrew duplicate message %s", checklist_id, where)
    except Exception as exc:  # the duplicate stays; say so
        log.warning("checklist %s: could not withdraw duplicate %s: %s", checklist_id, where, type(exc).__name__)
