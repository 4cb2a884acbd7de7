"""durable work on DBOS: the job table goes, the workers' heartbeats and the SLA timers come

Work still to do when this runs is not lost with the job table: the engine's sweep
(app/jobs/sweep.py) finds it again from the rows (requests not processed, actions not
carried out, notices not sent, webhook attempts due).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 07:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import app.db

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("escalated_at", app.db.UtcDateTime(timezone=True)))
        batch_op.add_column(sa.Column("reminded_at", app.db.UtcDateTime(timezone=True)))
    op.create_table(
        "worker_beats",
        sa.Column("executor_id", sa.String(length=128), nullable=False),
        sa.Column("started_at", app.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("beat_at", app.db.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("executor_id", name=op.f("pk_worker_beats")),
    )
    with op.batch_alter_table("worker_beats", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_worker_beats_beat_at"), ["beat_at"], unique=False)
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jobs_request_id"))
        batch_op.drop_index("ix_jobs_ready")
    op.drop_table("jobs")


def downgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("request_id", sa.String(length=40), nullable=True),
        sa.Column(
            "payload",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("run_after", app.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("lease_until", app.db.UtcDateTime(timezone=True), nullable=True),
        sa.Column("worker", sa.String(length=128), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", app.db.UtcDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", app.db.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.UniqueConstraint("key", name=op.f("uq_jobs_key")),
    )
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_index("ix_jobs_ready", ["status", "run_after"], unique=False)
        batch_op.create_index(batch_op.f("ix_jobs_request_id"), ["request_id"], unique=False)
    with op.batch_alter_table("worker_beats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worker_beats_beat_at"))
    op.drop_table("worker_beats")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("reminded_at")
        batch_op.drop_column("escalated_at")
