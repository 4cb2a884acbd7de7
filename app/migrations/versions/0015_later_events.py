"""later events in: a return received, an inspection, a recount, a credit memo posted

Revision ID: 0015
Revises: 0013
Create Date: 2026-12-03 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import app.db

revision: str = "0015"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "later_events",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("case_id", sa.String(length=40), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("body", JSON, nullable=False),
        sa.Column("result", JSON, nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("received_at", app.db.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_later_events_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_later_events")),
    )
    op.create_index(op.f("ix_later_events_case_id"), "later_events", ["case_id"])


def downgrade() -> None:
    op.drop_table("later_events")
