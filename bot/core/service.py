"""The workflow service: the one place that knows what a submission, a reaction and a report mean.

Every adapter (console, Slack, Discord) turns its platform's payloads into calls here and renders
what comes back. Nothing here knows any chat platform.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from rapidfuzz import fuzz

from bot.config import AppConfig, WorkflowConfig
from bot.core.deadlines import parse_due
from bot.core.limits import capped_claims, cut_article, parse_number
from bot.core.priority import claim_priority
from bot.core.published import PublishedChecks
from bot.core.published import merge as merge_published
from bot.core.statuses import Derived, derive_status
from bot.store import Candidate, ChecklistRow, ClaimRow, Note, Page, Source, StatusEvent, Store, now
from claims import Claim, ClaimCheckError, check_text, extract_article

# statuses that close a claim; the others (unchecked, checking, needs a source, conflict) leave it open
RESOLVED = frozenset({"verified", "false", "disputed", "not_a_claim"})


class NoClaimsError(ClaimCheckError):
    """The text held nothing checkable."""


class NotFoundError(ClaimCheckError):
    """A checklist or claim that was asked for does not exist here."""


@dataclass(frozen=True, slots=True)
class Place:
    """Where something happens: the platform, the workspace (team or guild) and the channel."""

    platform: str
    workspace: str
    channel: str


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: int
    number: int
    text: str
    type: str
    score: float
    quantities: list[dict[str, Any]]
    attribution: str | None
    memory: dict[str, Any] | None
    status: str
    set_by: str | None
    set_at: datetime | None
    conflict: dict[str, str] | None
    # every status event of the claim, as stored (reports put them in time order)
    history: tuple[StatusEvent, ...] = ()
    # the desk (bot/core/desk.py): who has it, the verdict awaiting or given sign-off, the evidence
    assignees: tuple[str, ...] = ()
    proposed: str | None = None
    signers: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    sources: tuple[Source, ...] = ()
    priority: float = 0.0  # what to check first: higher first (bot/core/priority.py)


@dataclass(frozen=True, slots=True)
class ChecklistView:
    id: int
    place: Place
    title: str | None
    url: str | None
    submitted_by: str
    submitted_at: datetime
    claims: tuple[ClaimView, ...]
    created: bool = True
    due: datetime | None = None  # the desk's deadline, if one is set
    # "message:CHANNEL:TS" when made from a chat message: where its source is
    request_key: str | None = None

    @property
    def done(self) -> int:
        return sum(1 for c in self.claims if c.status in RESOLVED)


class ReactionResult:
    """The claim a reaction changed; its view is read only when asked for (not once per reaction in a burst)."""

    def __init__(self, workflow: Workflow, workspace: str, row: ClaimRow) -> None:
        self.checklist_id, self.claim_id, self._read = row.checklist_id, row.id, (workflow, workspace, row)
        self._claim: ClaimView | None = None

    @property
    def claim(self) -> ClaimView:
        if self._claim is None:  # without notes or sources: the chat editors render messages from the store
            workflow, workspace, row = self._read
            events, desk = workflow.store.reactions.status_events_for(workspace, [row.id]), workflow.config.workflow
            self._claim = _claim_view(row, derive_status(events, desk.sign_off), events, None, desk)
        return self._claim


# what a fetcher returns: the store keeps the same record, so a link pasted twice is fetched once
FetchedPage = Page
Fetcher = Callable[[str], FetchedPage]


def is_link(source: str) -> bool:
    stripped = source.strip().strip("<>")
    return stripped.lower().startswith(("http://", "https://")) and " " not in stripped


def first_line(text: str, limit: int = 80) -> str | None:
    """A title for a text that has none (a message's first line), cut at a word."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if len(line) > limit:
        line = line[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.-") + "…"
    return line or None


def article_source(text: str, min_chars: int) -> str | None:
    """What to check in a message: a lone link, or a pasted text long enough to be an article."""
    stripped = text.strip()
    if is_link(stripped):
        return stripped
    links = re.findall(r"https?://\S+", stripped)
    if len(stripped) >= min_chars:
        return stripped
    if len(links) == 1 and len(stripped) - len(links[0]) < 80:
        return str(links[0])  # "have a look at https://…": the link is the article
    return None


class Workflow:
    """Submit articles, apply reactions, build reports. One per process, built by `create_app`."""

    def __init__(
        self, config: AppConfig, store: Store, fetcher: Fetcher | None = None, clock: Callable[[], datetime] = now
    ) -> None:
        self.config = config
        self.store = store
        self.fetcher = fetcher
        self.clock = clock
        # published fact-checks matched to each claim (bot/core/published.py); create_app sets it
        self.published: PublishedChecks | None = None

    # -- submitting ----------------------------------------------------------------------------
    def read_link(self, url: str, workspace: str | None = None) -> FetchedPage:
        """The article behind a link, kept per workspace (none: not kept) for `fetch.cache_hours` (store/pages.py)."""
        max_age = timedelta(hours=self.config.fetch.cache_hours)
        cached = self.store.pages.cached_page(workspace, url, max_age) if workspace is not None else None
        if cached is not None:
            return cached
        if self.fetcher is None:
            raise ClaimCheckError("Fetching links is not set up here; paste the article's text instead.")
        try:
            page = self.fetcher(url)
        except ClaimCheckError as exc:
            raise ClaimCheckError(f"That link could not be fetched: {exc}") from exc
        if workspace is not None:
            self.store.pages.save_page(workspace, [url, page.url], page, max_age)
        return page

    def submit(self, source: str, who: str, place: Place, request_key: str | None = None) -> ChecklistView:
        """Turn pasted text or a link into a stored checklist (the same one again for a repeated request_key).

        Raises:
            InputError: the text is empty, binary or too large.
            NoClaimsError: nothing in it is a checkable claim.
            FetchError: the link could not be fetched (a sentence says why).
        """
        if request_key:
            existing = self.store.checklists.checklist_by_request(place.workspace, request_key)
            if existing is not None:
                return self._view(existing, created=False)
        url: str | None = None
        title: str | None = None
        if is_link(source):
            page = self.read_link(source.strip().strip("<>"), place.workspace)
            text, title, url = page.text, page.title, page.canonical_url or page.url
        else:
            if len(source.encode("utf-8", "surrogatepass")) > self.config.max_input_bytes:
                raise ClaimCheckError(
                    f"That text is longer than the {self.config.max_input_bytes // 1_000_000} MB "
                    "the bot reads; paste a single article."
                )
            text = source
        text = check_text(text, "That text")
        text, text_cut = cut_article(text, self.config.max_article_chars)
        article = extract_article(text, self.config.engine)
        if not article.claims:
            raise NoClaimsError("No checkable claims were found in that text.")
        found, cut = capped_claims(article.claims, self.config.max_claims, self.config.max_claim_chars)
        cut = "; ".join(filter(None, [text_cut, cut]))
        if cut:
            title = f"{article.title or title or first_line(text)} ({cut})"
            article = replace(article, title=None, claims=tuple(found))
        memory = self.remember(place.workspace, article.claims)
        if self.published is not None:  # a close published fact-check joins the claim's memory note
            memory = merge_published(memory, self.published.notes(article.claims))
        checklist_id, created = self.store.checklists.save_checklist(
            workspace=place.workspace,
            platform=place.platform,
            channel=place.channel,
            title=article.title or title or first_line(text),
            url=url,
            text=text,
            submitted_by=who,
            request_key=request_key,
            found=article.claims,
            memory=memory,
        )
        default_due = dict(self.config.workflow.default_due).get(place.channel)
        if created and default_due:  # the channel's deadline for every new checklist (bot/core/desk.py)
            due = parse_due(default_due, self.clock(), self.config.workflow.timezone)
            self.store.desk.set_deadline(place.workspace, checklist_id, due, who)
        row = self.store.checklists.checklist(place.workspace, checklist_id)
        assert row is not None
        return self._view(row, created=created)

    def remember(self, workspace: str, found: Sequence[Claim]) -> list[dict[str, Any] | None]:
        """For each claim, what the newsroom already knows of one like it: its verdict, figures that differ."""
        candidates = self.store.memory.memory_candidates(workspace, [claim.text for claim in found])
        matches = [self._closest(claim, options) for claim, options in zip(found, candidates, strict=True)]
        # the verdicts of every earlier claim matched, read in one query
        matched_ids = [match[1][0] for match in matches if match is not None]
        events = _events_by_claim(self.store.reactions.status_events_for(workspace, matched_ids))
        return [
            _memory_note(claim, match, events.get(match[1][0], [])) if match is not None else None
            for claim, match in zip(found, matches, strict=True)
        ]

    def _closest(self, claim: Claim, options: list[Candidate]) -> tuple[float, Candidate] | None:
        """The earlier claim most like this one, with its likeness, if any is alike enough."""
        best: tuple[float, Candidate] | None = None
        cap = self.config.max_claim_chars  # a long text costs more than its length (a stored 2 MB claim: 45 s)
        for candidate in options:
            ratio = fuzz.token_set_ratio(claim.text[:cap].lower(), candidate[2][:cap].lower())
            if ratio >= self.config.memory_match_ratio and (best is None or ratio > best[0]):
                best = (ratio, candidate)
        return best

    # -- reactions -----------------------------------------------------------------------------
    def react(
        self,
        *,
        who: str,
        emoji: str,
        place: Place,
        message_id: str,
        added: bool,
        when: datetime | None = None,
        event_key: str | None = None,
        via: str = "reaction",
        note: str | None = None,
    ) -> ReactionResult | None:
        """Apply a reaction to the claim a message shows; None when it is not ours or not a status emoji.

        The same event key twice changes nothing; the status is derived from every event of the claim.
        """
        status = self.config.status_for_emoji(emoji)
        if status is None:
            return None
        event = StatusEvent(
            claim_id=0,
            status=status,
            action="added" if added else "removed",
            emoji=emoji.strip(":"),
            who=who,
            platform=place.platform,
            occurred_at=when or self.clock(),
            via=via,
            note=note,
            event_key=event_key or f"{place.platform}:{uuid.uuid4()}",
        )
        row = self.store.reactions.record_reaction(place.workspace, place.platform, place.channel, message_id, event)
        return None if row is None else ReactionResult(self, place.workspace, row)

    # -- reading -------------------------------------------------------------------------------
    def checklist(self, workspace: str, checklist_id: int) -> ChecklistView:
        row = self.store.checklists.checklist(workspace, checklist_id)
        if row is None:
            raise NotFoundError(f"There is no checklist {checklist_id} in this workspace.")
        return self._view(row)

    def find_checklist(self, place: Place, ref: str | None = None) -> ChecklistView:
        """The checklist named by number or link, else the channel's latest."""
        ref = (ref or "").strip().strip("<>").lstrip("#")
        if ref.isdigit():
            number = parse_number(ref)
            if number is None:
                raise NotFoundError(f"There is no checklist {ref[:24]} in this workspace.")
            return self.checklist(place.workspace, number)
        row = (
            self.store.checklists.checklist_by_url(place.workspace, ref)
            if ref
            # in a checklist's own thread (a channel of its own on Discord), that checklist
            else self.store.checklists.checklist_in_thread(place.workspace, place.channel)
            or self.store.checklists.latest_checklist(place.workspace, place.channel)
        )
        if row is None:
            raise NotFoundError(
                "No checklist matches that link here."
                if ref
                else "There is no checklist in this channel yet: paste an article or a link first."
            )
        return self._view(row)

    def open_checklists(self, place: Place) -> list[ChecklistView]:
        views = [self._view(row) for row in self.store.checklists.checklists_in(place.workspace, place.channel)]
        return [v for v in views if v.done < len(v.claims)]

    def _view(self, row: ChecklistRow, created: bool = True) -> ChecklistView:
        rows = self.store.checklists.claims_of(row.workspace, row.id)
        by_claim = _events_by_claim(self.store.reactions.status_events_for(row.workspace, [c.id for c in rows]))
        evidence = self.store.desk.evidence(row.workspace, [c.id for c in rows])
        sign_off, desk = self.config.workflow.sign_off, self.config.workflow
        claims = tuple(
            _claim_view(
                c, derive_status(by_claim.get(c.id, []), sign_off), by_claim.get(c.id, []), evidence.get(c.id), desk
            )
            for c in rows
        )
        deadline = self.store.desk.deadline(row.id)
        return ChecklistView(
            id=row.id,
            place=Place(row.platform, row.workspace, row.channel),
            title=row.title,
            url=row.url,
            submitted_by=row.submitted_by,
            submitted_at=row.submitted_at,
            claims=claims,
            created=created,
            due=deadline.due if deadline else None,
            request_key=row.request_key,
        )


def _events_by_claim(events: list[StatusEvent]) -> dict[int, list[StatusEvent]]:
    by_claim: dict[int, list[StatusEvent]] = {}
    for event in events:
        by_claim.setdefault(event.claim_id, []).append(event)
    return by_claim


def _memory_note(claim: Claim, match: tuple[float, Candidate], events: list[StatusEvent]) -> dict[str, Any]:
    ratio, (claim_id, checklist_id, earlier_text, earlier_title, earlier_figures) = match
    derived = derive_status(events)
    figures_now = sorted((round(q.value, 6), q.unit) for q in claim.quantities)
    figures_then = sorted((round(float(q["value"]), 6), str(q["unit"])) for q in earlier_figures)
    return {
        "claim_id": claim_id,
        "checklist_id": checklist_id,
        "title": earlier_title,
        "text": earlier_text,
        "ratio": round(ratio, 1),
        "status": derived.status,
        "set_by": derived.set_by,
        "set_at": derived.set_at.isoformat() if derived.set_at else None,
        "figures_differ": bool(figures_now and figures_then and figures_now != figures_then),
        "earlier_figures": [q.get("text") or f"{q['value']} {q['unit']}" for q in earlier_figures],
    }


def _claim_view(
    row: ClaimRow,
    derived: Derived,
    events: list[StatusEvent],
    evidence: tuple[list[Note], list[Source]] | None = None,
    desk: WorkflowConfig | None = None,
) -> ClaimView:
    return ClaimView(
        id=row.id,
        number=row.number,
        text=row.text,
        type=row.type,
        score=row.score,
        quantities=row.quantities,
        attribution=row.attribution,
        memory=row.memory,
        status=derived.status,
        set_by=derived.set_by,
        set_at=derived.set_at,
        conflict=derived.conflict,
        history=tuple(events),
        assignees=derived.assignees,
        proposed=derived.proposed,
        signers=derived.signers,
        notes=tuple(evidence[0]) if evidence else (),
        sources=tuple(evidence[1]) if evidence else (),
        priority=claim_priority(row.score, row.type, row.attribution, row.quantities, row.text, desk)
        if desk
        else row.score,
    )
