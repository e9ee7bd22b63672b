"""The tables. Every row carries its workspace (Slack team, Discord guild, or the console's own)."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

# An id column that is 64-bit on PostgreSQL and the rowid on SQLite.
_ID = BigInteger().with_variant(Integer(), "sqlite")

checklists = Table(
    "checklists",
    metadata,
    Column("id", _ID, primary_key=True, autoincrement=True),
    Column("workspace", String(64), nullable=False),
    Column("platform", String(16), nullable=False),
    Column("channel", String(64), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("text_hash", String(64), nullable=False),
    Column("submitted_by", String(128), nullable=False),
    Column("submitted_at", DateTime(timezone=True), nullable=False),
    # the platform event that asked for it: a redelivered event finds its checklist instead of a new one
    Column("request_key", String(128)),
    # who is posting it and until when (a worker that dies lets the lease lapse)
    Column("poster", String(64)),
    Column("lease_until", DateTime(timezone=True)),
    Column("posted_at", DateTime(timezone=True)),
    UniqueConstraint("workspace", "request_key", name="uq_checklist_request"),
    Index("ix_checklists_channel", "workspace", "channel", "id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", _ID, primary_key=True, autoincrement=True),
    Column("workspace", String(64), nullable=False),
    Column("checklist_id", _ID, ForeignKey("checklists.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("score", Float, nullable=False),
    Column("quantities", JSON, nullable=False),
    Column("attribution", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("memory", JSON),
    UniqueConstraint("checklist_id", "number", name="uq_claim_number"),
)

# Words of each claim, with how many claims of the workspace use them, so claim memory looks up
# a new claim by its rarest words instead of comparing it with every claim ever checked.
claim_terms = Table(
    "claim_terms",
    metadata,
    Column("workspace", String(64), primary_key=True),
    Column("term", String(64), primary_key=True),
    Column("claim_id", _ID, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
)
term_counts = Table(
    "term_counts",
    metadata,
    Column("workspace", String(64), primary_key=True),
    Column("term", String(64), primary_key=True),
    Column("claims", Integer, nullable=False),
)

messages = Table(
    "messages",
    metadata,
    Column("id", _ID, primary_key=True, autoincrement=True),
    Column("workspace", String(64), nullable=False),
    Column("platform", String(16), nullable=False),
    Column("channel", String(64), nullable=False),
    Column("message_id", String(64), nullable=False),
    Column("checklist_id", _ID, ForeignKey("checklists.id", ondelete="CASCADE"), nullable=False),
    # NULL for the checklist's parent message
    Column("claim_id", _ID, ForeignKey("claims.id", ondelete="CASCADE")),
    Column("posted_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("workspace", "platform", "channel", "message_id", name="uq_message"),
    UniqueConstraint("checklist_id", "claim_id", name="uq_message_claim"),
)

status_events = Table(
    "status_events",
    metadata,
    Column("id", _ID, primary_key=True, autoincrement=True),
    Column("workspace", String(64), nullable=False),
    Column("claim_id", _ID, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(32), nullable=False),
    Column("action", String(8), nullable=False),  # "added" or "removed"
    Column("emoji", String(64), nullable=False),
    Column("who", String(128), nullable=False),
    Column("platform", String(16), nullable=False),
    # when the person acted, in microseconds since the epoch (UTC): every reaction re-reads a claim's
    # events, and integers load far faster than SQLite's date strings
    Column("occurred_us", BigInteger, nullable=False),
    Column("via", String(16), nullable=False),  # "reaction" or "command"
    Column("note", Text),
    Column("event_key", String(160), nullable=False),
    UniqueConstraint("workspace", "event_key", name="uq_status_event"),
    Index("ix_status_events_claim", "claim_id"),
)

processed_events = Table(
    "processed_events",
    metadata,
    Column("workspace", String(64), primary_key=True),
    Column("event_id", String(160), primary_key=True),
    Column("received_at", DateTime(timezone=True), nullable=False),
)

# fetched pages, per workspace, under each address actually fetched (the link pasted and, after
# redirects, the final one), never under the canonical link a page claims: a page could claim anyone's
pages = Table(
    "pages",
    metadata,
    Column("workspace", String(64), primary_key=True),
    Column("url", Text, primary_key=True),
    Column("canonical_url", Text),
    Column("title", Text),
    Column("byline", Text),
    Column("published", String(64)),
    Column("site_name", Text),
    Column("text", Text, nullable=False),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
)

# -- the desk's workflow (bot/store/desk.py): notes and sources on claims, deadlines, reminders sent --
desk_notes = Table(
    "desk_notes",
    metadata,
    Column("id", _ID, primary_key=True, autoincrement=True),
    Column("workspace", String(64), nullable=False),
    Column("claim_id", _ID, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("who", String(128), nullable=False),
    Column("text", Text, nullable=False),
    Column("proposed", String(32)),  # a verdict the note proposes, if any
    Column("created_us", BigInteger, nullable=False),
    Column("note_key", String(160), nullable=False),  # the platform event: a redelivery adds nothing
    UniqueConstraint("workspace", "note_key", name="uq_desk_note"),
    Index("ix_desk_notes_claim", "claim_id"),
)

desk_sources = Table(
    "desk_sources",
    metadata,
    Column("id", _ID, primary_key=True, autoincrement=True),
    Column("workspace", String(64), nullable=False),
    Column("claim_id", _ID, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text, nullable=False),
    Column("title", Text),
    Column("who", String(128), nullable=False),
    Column("created_us", BigInteger, nullable=False),
    UniqueConstraint("claim_id", "url", name="uq_desk_source"),
)

desk_deadlines = Table(
    "desk_deadlines",
    metadata,
    Column("checklist_id", _ID, ForeignKey("checklists.id", ondelete="CASCADE"), primary_key=True),
    Column("workspace", String(64), nullable=False),
    Column("due_us", BigInteger, nullable=False),
    Column("set_by", String(128), nullable=False),
)

# one row per reminder sent: the first worker to insert it sends it, every other one skips it
desk_reminders = Table(
    "desk_reminders",
    metadata,
    Column("checklist_id", _ID, ForeignKey("checklists.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(64), primary_key=True),  # "before:<due_us>" or "at:<due_us>"
    Column("sent_us", BigInteger, nullable=False),
    Column("worker", String(64), nullable=False),
)

# A checklist the platform refused for good (the bot is not in the channel, a missing scope): posting
# ends there, the reason is kept for the person and the resume loop leaves it alone.
posting_refusals = Table(
    "posting_refusals",
    metadata,
    Column("workspace", String(64), primary_key=True),
    Column("checklist_id", _ID, ForeignKey("checklists.id", ondelete="CASCADE"), primary_key=True),
    Column("reason", Text, nullable=False),
    Column("refused_at", DateTime(timezone=True), nullable=False),
)

# Platform events written down before they are acknowledged, then handled from here with retries
# (an acknowledged event is a promise: a store that blinks must not lose it).
inbox = Table(
    "inbox",
    metadata,
    Column("workspace", String(64), primary_key=True),
    Column("event_id", String(160), primary_key=True),
    Column("platform", String(16), nullable=False),
    Column("body", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_at", DateTime(timezone=True), nullable=False),  # not handed out again before this
    Column("done_at", DateTime(timezone=True)),
    Index("ix_inbox_pending", "done_at", "next_at"),
)

# -- how people are called (bot/store/people.py): display names by platform user id --
people = Table(
    "people",
    metadata,
    Column("workspace", String(64), primary_key=True),
    Column("user_id", String(64), primary_key=True),
    Column("name", String(128), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# -- published fact-checks (bot/store/archive.py): schema.org ClaimReview, keyed by identifier or url --
archive_reviews = Table(
    "archive_reviews",
    metadata,
    Column("id", _ID, primary_key=True, autoincrement=True),
    Column("key", String(512), nullable=False, unique=True),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", String(10)),  # YYYY-MM-DD
    Column("rating", Text),
    Column("claim", Text, nullable=False),
    Column("headline", Text),
    Column("description", Text),
    Column("claimant", Text),
    Column("language", String(16)),
    Column("origin", String(32), nullable=False),  # "import" or "factcheck-api"
    Column("digest", String(32), nullable=False),  # of the fields above: a re-import changes only what changed
    Column("changed_us", BigInteger, nullable=False),
    Index("ix_archive_reviews_changed", "changed_us"),
)
# an import in progress: a file's records land here first and join the archive in one short transaction,
# so a file that turns out malformed leaves nothing half-imported (and the bot is not locked out meanwhile)
archive_staging = Table(
    "archive_staging",
    metadata,
    Column("batch", String(36), primary_key=True),
    Column("key", String(512), primary_key=True),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", String(10)),
    Column("rating", Text),
    Column("claim", Text, nullable=False),
    Column("headline", Text),
    Column("description", Text),
    Column("claimant", Text),
    Column("language", String(16)),
    Column("digest", String(32), nullable=False),
)
# claim searches asked of the fact-check API, and the reviews each answered, so a claim is asked once
archive_lookups = Table(
    "archive_lookups",
    metadata,
    Column("query_hash", String(64), primary_key=True),
    Column("review_keys", JSON, nullable=False),
    Column("looked_up_us", BigInteger, nullable=False),
)
