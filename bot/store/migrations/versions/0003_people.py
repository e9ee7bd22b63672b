"""People's display names by platform user id, so reports name editors as they see each other.

Revision ID: 0003_people
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_people"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("workspace", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("people")
