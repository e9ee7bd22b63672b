"""Published fact-checks (schema.org ClaimReview) and the fact-check API's answers, cached.

Revision ID: 0003_archive
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_archive"
down_revision = "0002"

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "archive_reviews",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(512), nullable=False, unique=True),
        sa.Column("url", sa.Text()),
        sa.Column("publisher", sa.Text()),
        sa.Column("published", sa.String(10)),
        sa.Column("rating", sa.Text()),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("headline", sa.Text()),
        sa.Column("description", sa.Text()),
        sa.Column("claimant", sa.Text()),
        sa.Column("language", sa.String(16)),
        sa.Column("origin", sa.String(32), nullable=False),
        sa.Column("digest", sa.String(32), nullable=False),
        sa.Column("changed_us", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_archive_reviews_changed", "archive_reviews", ["changed_us"])
    op.create_table(
        "archive_staging",
        sa.Column("batch", sa.String(36), primary_key=True),
        sa.Column("key", sa.String(512), primary_key=True),
        sa.Column("url", sa.Text()),
        sa.Column("publisher", sa.Text()),
        sa.Column("published", sa.String(10)),
        sa.Column("rating", sa.Text()),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("headline", sa.Text()),
        sa.Column("description", sa.Text()),
        sa.Column("claimant", sa.Text()),
        sa.Column("language", sa.String(16)),
        sa.Column("digest", sa.String(32), nullable=False),
    )
    op.create_table(
        "archive_lookups",
        sa.Column("query_hash", sa.String(64), primary_key=True),
        sa.Column("review_keys", sa.JSON(), nullable=False),
        sa.Column("looked_up_us", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("archive_lookups")
    op.drop_table("archive_staging")
    op.drop_index("ix_archive_reviews_changed", table_name="archive_reviews")
    op.drop_table("archive_reviews")
