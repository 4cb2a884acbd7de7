"""What the LLM was asked and answered: a cache by content, and a log of every call."""

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, JsonDoc, UtcDateTime, utcnow


class LlmAnswer(Base):
    """A parsed answer, kept under (prompt input hash, model, prompt version)."""

    __tablename__ = "llm_answers"
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    answer: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class LlmCall(Base):
    """One extraction asked of the LLM (or answered from the cache), for audit and cost."""

    __tablename__ = "llm_calls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(40), index=True)
    model: Mapped[str] = mapped_column(String(128))
    prompt_version: Mapped[str] = mapped_column(String(64))
    input_sha256: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))  # ok, cached, timeout, rate_limited, …
    attempts: Mapped[int] = mapped_column(default=0)
    prompt_tokens: Mapped[int | None]
    completion_tokens: Mapped[int | None]
    total_tokens: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(Text)  # type and first line only: no document text
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
