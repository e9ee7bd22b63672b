"""The desk's workflow: taking a claim, notes and sources, sign-off, deadlines and nudges.

One `Desk` beside the `Workflow`: every adapter (console, Slack, Discord) turns its platform's
payloads into calls here. Taking a claim is a status event ("taken"), so a claim's assignees, like
its status, are a pure function of its events (bot/core/statuses.py). Notes, sources, deadlines and
reminders are kept by `store.desk`; a reminder is sent by the one worker whose claim on it landed.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.deadlines import parse_due
from bot.core.desk_text import Name, nudge_text
from bot.core.service import RESOLVED, ChecklistView, ClaimView, NotFoundError, Place, Workflow
from bot.core.service import _claim_view as claim_view
from bot.core.statuses import SIGNED_VERDICTS, derive_status
from bot.store import ClaimRow, StatusEvent
from claims import ClaimCheckError

log = logging.getLogger(__name__)

_LINK = re.compile(r"https?://[^\s<>|\"']+")
# "4: source https://…", "#4 …", "4. …", "4 - …" at the start of a message in a checklist's thread
_NUMBERED = re.compile(r"^\s*#?(\d{1,4})\s*(?:[:.)\-–]\s*|\s+)(.+)$", re.DOTALL)
NOTE_LIMIT = 4000
# a reminder long overdue (the bot was down for days) is no longer worth posting
_STALE_REMINDER = timedelta(days=1)


class DeskResult:
    """What an action changed. The claim's view (events, notes, sources) is read when first asked for:
    takes and notes come in bursts, and the adapters' editors render messages from the store anyway."""

    def __init__(self, desk: Desk, workspace: str, row: ClaimRow, changed: bool = True) -> None:
        self.workspace = workspace
        self.checklist_id = row.checklist_id
        self.claim_id = row.id
        self.changed = changed
        self._desk = desk
        self._row = row
        self._claim: ClaimView | None = None

    @property
    def claim(self) -> ClaimView:
        if self._claim is None:
            row, events, evidence = self._desk.store.desk.claim_state(self.workspace, self._row)
            derived = derive_status(events, self._desk.config.sign_off)
            self._claim = claim_view(row, derived, events, evidence, self._desk.config)
        return self._claim


@dataclass(frozen=True, slots=True)
class Reminder:
    checklist: ChecklistView
    kind: str  # "before" or "at"
    text: str


def links_in(text: str) -> list[str]:
    return [link.rstrip(".,;:)]") for link in _LINK.findall(text)]


def numbered_note(text: str) -> tuple[int, str] | None:
    """(claim number, note) of a thread message that starts with a number; None for other messages."""
    match = _NUMBERED.match(text or "")
    if not match or not match.group(2).strip():
        return None
    return int(match.group(1)), match.group(2).strip()


class Desk:
    """Who checks what, with what evidence, by when. One per adapter, over the process's workflow."""

    def __init__(
        self,
        workflow: Workflow,
        run_later: Callable[[Callable[[], None]], object] | None = None,
    ) -> None:
        self.workflow = workflow
        self.store = workflow.store
        self.config = workflow.config.workflow
        self._pool: ThreadPoolExecutor | None = None
        # source titles are read off the caller's path: in a small pool unless told otherwise
        self._run_later = run_later or self._submit

    def _submit(self, job: Callable[[], None]) -> object:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="desk-titles")
        return self._pool.submit(job)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    # -- finding the claim -------------------------------------------------------------------------
    def _claim(self, place: Place, number: int, checklist_id: int | None) -> ClaimRow:
        """Claim `number` of the checklist named (else the place's own); the whole checklist is read only
        to say which numbers it has."""
        if checklist_id is None:
            checklist_id = self.workflow.find_checklist(place).id
        row = self.store.desk.claim_at(place.workspace, checklist_id, number)
        if row is None:
            count = len(self.workflow.checklist(place.workspace, checklist_id).claims)
            raise NotFoundError(f"Checklist #{checklist_id} has no claim {number}: its claims are 1 to {count}.")
        return row

    # -- taking a claim ----------------------------------------------------------------------------
    def take(
        self,
        place: Place,
        who: str,
        number: int,
        *,
        checklist_id: int | None = None,
        assignee: str | None = None,
        when: datetime | None = None,
        key: str | None = None,
    ) -> DeskResult:
        """`who` takes claim `number` (or gives it to `assignee`); taking a claim one holds releases it."""
        row = self._claim(place, number, checklist_id)
        holder = assignee or who
        moment = when or self.workflow.clock()

        def decide(events: list[StatusEvent]) -> StatusEvent:
            holds = _holds(events, holder)
            # assigning gives the claim; only taking toggles
            action = "added" if assignee and assignee != who else ("removed" if holds else "added")
            return _take_event(holder, place, moment, action, key, via="assign" if assignee else "take", by=who)

        self.store.desk.append_event(place.workspace, row.id, decide)
        return DeskResult(self, place.workspace, row)

    def take_by_reaction(
        self, place: Place, who: str, message_id: str, added: bool, when: datetime, key: str
    ) -> DeskResult | None:
        """A take emoji added to (or removed from) a claim's message; None when it is not ours."""
        target = self.store.desk.message_target(place.workspace, place.platform, place.channel, message_id)
        if target is None or target[1] is None:
            return None
        row = self.store.desk.claim_by_id(place.workspace, target[1])
        if row is None:
            return None
        event = _take_event(who, place, when, "added" if added else "removed", key, via="reaction", by=who)
        changed = self.store.desk.append_event(place.workspace, row.id, event)
        return DeskResult(self, place.workspace, row, changed)

    def mine(self, workspace: str, who: str) -> list[tuple[ChecklistView, ClaimView]]:
        """The open claims `who` holds, across checklists, newest checklist first."""
        where = self.store.desk.checklists_of(workspace, self.store.desk.claims_taken_by(workspace, who))
        found = []
        for checklist_id in sorted({c for c, _ in where.values()}, reverse=True):
            checklist = self.workflow.checklist(workspace, checklist_id)
            found += [(checklist, c) for c in checklist.claims if who in c.assignees and c.status not in RESOLVED]
        return found

    # -- notes and sources -------------------------------------------------------------------------
    def note(
        self,
        place: Place,
        who: str,
        number: int,
        text: str,
        *,
        checklist_id: int | None = None,
        proposed: str | None = None,
        sources: Sequence[str] = (),
        when: datetime | None = None,
        key: str | None = None,
    ) -> DeskResult:
        """Keep a note on claim `number`; every link in it (and in `sources`) becomes a source.

        Raises:
            NotFoundError: there is no such checklist or claim (one sentence says which numbers exist).
            ClaimCheckError: the note is empty, or the proposed verdict is not one.
        """
        text = (text or "").strip()[:NOTE_LIMIT]
        links = list(dict.fromkeys([*links_in(text), *(s for s in sources if links_in(s))]))
        if not text and not links:
            raise ClaimCheckError("That note is empty; write what you found, or paste a source link.")
        if proposed and proposed not in SIGNED_VERDICTS:
            raise ClaimCheckError(f"{proposed!r} is not a verdict; propose verified, false or disputed.")
        row = self._claim(place, number, checklist_id)
        key = key or f"{place.platform}:{uuid.uuid4()}"
        moment = when or self.workflow.clock()
        added = self.store.desk.add_note(
            place.workspace, row.id, who, text or " ".join(links), moment, key, proposed=proposed, urls=links
        )
        if added and proposed:
            # a verdict proposed with the note is the editor's verdict, as their reaction would be: sign-off
            # and conflicts apply as usual, and the note's key makes a resubmitted form count once
            emoji = self.workflow.config.emoji_for(proposed, as_name=True)
            verdict = _desk_event(proposed, emoji, who, place, moment, "added", f"{key}:verdict", via="note")
            self.store.desk.append_event(place.workspace, row.id, verdict)
        if added:
            for link in links:
                self._run_later(lambda link=link: self._read_title(place.workspace, row.id, link))  # type: ignore[misc]
        return DeskResult(self, place.workspace, row, changed=added)

    def note_in_thread(
        self, place: Place, who: str, thread_id: str, text: str, key: str, when: datetime | None = None
    ) -> DeskResult | None:
        """A message in a checklist's thread that starts with a claim's number; None for any other."""
        parsed = numbered_note(text)
        if parsed is None:
            return None
        target = self.store.desk.message_target(place.workspace, place.platform, place.channel, thread_id)
        if target is None:
            return None
        return self.note(place, who, parsed[0], parsed[1], checklist_id=target[0], when=when, key=key)

    def note_on_message(
        self, place: Place, who: str, message_id: str, text: str, key: str, when: datetime | None = None
    ) -> DeskResult | None:
        """A reply to a claim's message (Discord); None when the message replied to is no claim of ours."""
        target = self.store.desk.message_target(place.workspace, place.platform, place.channel, message_id)
        if target is None or target[1] is None:
            return None
        row = self.store.desk.claim_by_id(place.workspace, target[1])
        assert row is not None
        return self.note(place, who, row.number, text, checklist_id=target[0], when=when, key=key)

    def _read_title(self, workspace: str, claim_id: int, url: str) -> None:
        """The source's title, read through the safe fetcher; a link that cannot be read keeps none."""
        if self.workflow.fetcher is None:
            return
        try:
            page = self.workflow.read_link(url, workspace)  # kept in the workspace's page cache
        except ClaimCheckError as exc:
            log.info("source title not read: %s", str(exc)[:120])
            return
        except Exception as exc:  # a title is a nicety: nothing may break the note for it
            log.warning("source title not read: %s", type(exc).__name__)
            return
        if page.title:
            self.store.desk.set_source_title(claim_id, url, page.title[:300])

    # -- deadlines and nudges ----------------------------------------------------------------------
    def set_due(self, place: Place, who: str, spec: str, checklist_id: int | None = None) -> ChecklistView:
        checklist = (
            self.workflow.checklist(place.workspace, checklist_id)
            if checklist_id is not None
            else self.workflow.find_checklist(place)
        )
        due = parse_due(spec, self.workflow.clock(), self.config.timezone)
        self.store.desk.set_deadline(place.workspace, checklist.id, due, who)
        return self.workflow.checklist(place.workspace, checklist.id)

    def reminders(self, worker: str, platform: str | None = None, name: Name | None = None) -> list[Reminder]:
        """The reminders due now that this worker won: each (checklist, kind) is claimed in the store
        before it is handed out, so one is sent once however many workers ask."""
        now = self.workflow.clock()
        lead = timedelta(minutes=self.config.remind_before_minutes)
        won = []
        for deadline in self.store.desk.deadlines_between(now - _STALE_REMINDER, now + lead):
            checklist = self.workflow.checklist(deadline.workspace, deadline.checklist_id)
            if platform and checklist.place.platform != platform:
                continue
            stamp = int(deadline.due.timestamp())
            kinds = ["at"] if now >= deadline.due else (["before"] if lead else [])
            for kind in kinds:
                if kind == "at" and lead:
                    # past the deadline the early reminder is moot: claim it too, so it never follows late
                    self.store.desk.claim_reminder(deadline.checklist_id, f"before:{stamp}", worker, now)
                if self.store.desk.claim_reminder(deadline.checklist_id, f"{kind}:{stamp}", worker, now):
                    won.append(Reminder(checklist, kind, nudge_text(checklist, kind, now, self.config, name or str)))
        return won


def _holds(events: list[StatusEvent], who: str) -> bool:
    """Whether `who`'s latest "taken" event stands."""
    mine = [e for e in events if e.status == "taken" and e.who == who]
    if not mine:
        return False
    latest = max(mine, key=lambda e: (e.occurred_at, 1 if e.action == "removed" else 0, e.event_key))
    return latest.action == "added"


def _take_event(who: str, place: Place, when: datetime, action: str, key: str | None, via: str, by: str) -> StatusEvent:
    note = f"assigned by {by}" if by != who else None
    return _desk_event("taken", "raising_hand", who, place, when, action, key, via, note)


def _desk_event(
    status: str,
    emoji: str,
    who: str,
    place: Place,
    when: datetime,
    action: str,
    key: str | None,
    via: str,
    note: str | None = None,
) -> StatusEvent:
    """A status event the desk records itself (a take, a verdict sent with a note), not a reaction."""
    return StatusEvent(
        claim_id=0,
        status=status,
        action=action,
        emoji=emoji,
        who=who,
        platform=place.platform,
        occurred_at=when,
        via=via,
        note=note,
        event_key=key or f"{place.platform}:{uuid.uuid4()}",
    )
