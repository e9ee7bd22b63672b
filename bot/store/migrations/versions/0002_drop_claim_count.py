"""Checklists no longer store their claim count: it is the number of their claims, and nothing read it.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    # batch mode: SQLite rebuilds the table, PostgreSQL drops the column in place
    with op.batch_alter_table("checklists") as batch:
        batch.drop_column("claim_count")


def downgrade() -> None:
    with op.batch_alter_table("checklists") as batch:
        batch.add_column(sa.Column("claim_count", sa.Integer(), nullable=False, server_default="0"))
