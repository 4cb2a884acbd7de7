"""The workers' heartbeats: how the others know a worker is dead and take its work over.

The work itself lives in the engine's own tables (DBOS), not here.
"""

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UtcDateTime


class WorkerBeat(Base):
    __tablename__ = "worker_beats"
    executor_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    beat_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
