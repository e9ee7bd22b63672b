"""Fetched pages are kept per workspace, under the addresses fetched: the old cache (keyed by link or by a
page's own canonical claim, shared by every workspace) is dropped, being only a cache.

Revision ID: 0003_pages_scope
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_pages_scope"
down_revision = "0002"


def _pages(*key: sa.Column[object]) -> None:
    op.create_table(
        "pages",
        *key,
        sa.Column("canonical_url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("byline", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=64), nullable=True),
        sa.Column("site_name", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    )


def upgrade() -> None:
    op.drop_table("pages")
    _pages(
        sa.Column("workspace", sa.String(length=64), primary_key=True),
        sa.Column("url", sa.Text(), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("pages")
    _pages(sa.Column("url", sa.Text(), primary_key=True))
