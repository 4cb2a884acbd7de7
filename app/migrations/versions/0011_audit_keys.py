"""case_events.key_id: the audit key that sealed an event (HMAC); NULL for the plain-hashed
events written before

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 03:30:00.000000

Existing events are not re-sealed: they keep their plain SHA-256 and verify as they are.
The first keyed event seals the last of them through its prev_hash, and from the first
key's from_seq (kept in the key directory, outside the database) every event must be
keyed, so none of them can be changed unnoticed once a keyed event follows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: recreating case_events on SQLite is never needed for a new column.
    op.add_column("case_events", sa.Column("key_id", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("case_events", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("key_id")
