"""a reviewer's hold on a case: claimed_by/claimed_at become held_by/held_at

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 22:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Renamed in place (SQLite 3.25+ and PostgreSQL): recreating the table would cascade
    # its deletion to the case events.
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.alter_column("claimed_by", new_column_name="held_by")
        batch_op.alter_column("claimed_at", new_column_name="held_at")


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.alter_column("held_by", new_column_name="claimed_by")
        batch_op.alter_column("held_at", new_column_name="claimed_at")
