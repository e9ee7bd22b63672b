"""The desk's workflow: notes and sources on claims, checklist deadlines, reminders sent.

Revision ID: 0003_desk
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_desk"
down_revision = "0002"

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "desk_notes",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("claim_id", _ID, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("proposed", sa.String(32)),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.Column("note_key", sa.String(160), nullable=False),
        sa.UniqueConstraint("workspace", "note_key", name="uq_desk_note"),
    )
    op.create_index("ix_desk_notes_claim", "desk_notes", ["claim_id"])
    op.create_table(
        "desk_sources",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("claim_id", _ID, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("created_us", sa.BigInteger(), nullable=False),
        sa.UniqueConstraint("claim_id", "url", name="uq_desk_source"),
    )
    op.create_table(
        "desk_deadlines",
        sa.Column("checklist_id", _ID, sa.ForeignKey("checklists.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("workspace", sa.String(64), nullable=False),
        sa.Column("due_us", sa.BigInteger(), nullable=False),
        sa.Column("set_by", sa.String(128), nullable=False),
    )
    op.create_table(
        "desk_reminders",
        sa.Column("checklist_id", _ID, sa.ForeignKey("checklists.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(64), primary_key=True),
        sa.Column("sent_us", sa.BigInteger(), nullable=False),
        sa.Column("worker", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in ("desk_reminders", "desk_deadlines", "desk_sources", "desk_notes"):
        op.drop_table(table)
