"""Posting a checklist to a chat: parent first, then one message per claim, resumable.

Each message is recorded in the store as soon as the platform accepts it; a restart (or another
worker, once the lease lapses) carries on from the first claim with no recorded message, so no
claim is lost and none is posted twice.
"""

from __future__ import annotations

import logging
import uuid
from typing import Protocol

from bot.core.service import ChecklistView, ClaimView, Workflow

log = logging.getLogger(__name__)


class Sender(Protocol):
    """What an adapter provides: send one message, return its id (the platform's message id)."""

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


def post_checklist(
    workflow: Workflow, checklist: ChecklistView, sender: Sender, poster: str, lease_seconds: float = 120
) -> bool:
    """Post what is not yet posted. False when another live poster holds the checklist.

    The lease is taken per call, not per process: two threads of one worker handling the same
    redelivered event must not both post.
    """
    store = workflow.store
    workspace = checklist.place.workspace
    poster = f"{poster}:{uuid.uuid4().hex[:12]}"
    taken, resumed = store.posting.take_lease(workspace, checklist.id, poster, lease_seconds)
    if not taken:
        return False
    posted = store.posting.posted_messages(workspace, checklist.id)

    def record(claim_id: int | None, where: tuple[str, str]) -> None:
        store.posting.record_message(
            workspace=workspace,
            platform=checklist.place.platform,
            channel=where[0],
            message_id=where[1],
            checklist_id=checklist.id,
            claim_id=claim_id,
        )
        posted[claim_id] = where

    if resumed and len(posted) < len(checklist.claims) + 1:
        # a poster died between a message reaching the platform and the store recording it: ask the
        # platform, so that message is recorded now instead of posted twice
        for claim_id, where in sender.recover(checklist, posted).items():
            if claim_id not in posted:
                record(claim_id, where)
    if None not in posted:
        record(None, sender.send_parent(checklist))
    parent = posted[None]
    for claim in checklist.claims:
        if claim.id in posted:
            continue
        store.posting.lease_checklist(workspace, checklist.id, poster, lease_seconds)  # still alive: keep the lease
        record(claim.id, sender.send_claim(checklist, claim, parent))
    store.posting.finish_posting(workspace, checklist.id)
    return True
