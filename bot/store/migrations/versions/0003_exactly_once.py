"""Posting refusals (a platform that said no for good) and the inbox of acknowledged events.

Revision ID: 0003_exactly_once
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_exactly_once"
down_revision = "0002"

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "posting_refusals",
        sa.Column("workspace", sa.String(length=64), nullable=False),
        sa.Column("checklist_id", _ID, nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("refused_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["checklist_id"], ["checklists.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workspace", "checklist_id"),
    )
    op.create_table(
        "inbox",
        sa.Column("workspace", sa.String(length=64), nullable=False),
        sa.Column("event_id", sa.String(length=160), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("workspace", "event_id"),
    )
    op.create_index("ix_inbox_pending", "inbox", ["done_at", "next_at"])


def downgrade() -> None:
    op.drop_index("ix_inbox_pending", table_name="inbox")
    op.drop_table("inbox")
    op.drop_table("posting_refusals")
