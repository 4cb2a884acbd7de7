"""The fields step: which extractor proposes the fields of a request's text.

INTAKE_EXTRACTOR=offline: the built-in extractor. INTAKE_EXTRACTOR=llm: the LLM,
answered from the cache when the same prompt input was asked of the same model
with the same prompt version; every call is logged (model, prompt version, input
hash, usage, outcome). When the LLM does not answer, the built-in extractor reads
the request and the fallback sends its cases to a person; nothing is lost.
"""

import hashlib
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from app.extraction.tables import LlmAnswer, LlmCall
from app.logs import log
from app.settings import Settings
from extractors.fields import ProposedFields
from extractors.llm import (
    PROMPT_VERSION,
    LlmClaim,
    LlmConfig,
    LlmExtractor,
    LlmResult,
    cache_key,
    render_prompt,
    to_fields,
)
from extractors.offline import extract
from extractors.text import RequestText


@dataclass(frozen=True)
class Proposal:
    fields: ProposedFields
    fallback: str | None = None  # why the configured extractor's answer is not the one used
    llm: dict[str, str] | None = None  # model, prompt version, outcome: for the decision record


def llm_extractor(settings: Settings) -> LlmExtractor | None:
    """The LLM extractor the settings ask for, or None for the built-in one."""
    if settings.extractor != "llm" or not settings.llm_model:
        return None
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "none"
    return LlmExtractor(
        LlmConfig(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=key,
            mode=settings.llm_mode,
            timeout_s=settings.llm_timeout_seconds,
            deadline_s=settings.llm_deadline_seconds,
            max_tokens=settings.llm_max_tokens,
        )
    )


def propose(
    *, session: Session, llm: LlmExtractor | None, request_id: str, text: RequestText
) -> Proposal:
    """Fields of a request's text by the configured extractor, with the fallback's reason."""
    offline = extract(text)
    if llm is None:
        return Proposal(offline)
    model = llm.config.model
    input_sha256 = hashlib.sha256(render_prompt(text).encode()).hexdigest()
    key = cache_key(input_sha256, model, PROMPT_VERSION)
    record = {"model": model, "prompt_version": PROMPT_VERSION}
    with session.no_autoflush:  # a read only: no write lock held while the model thinks
        cached = session.get(LlmAnswer, key)
    if cached is not None:
        _log_call(session, request_id, model, input_sha256, outcome="cached")
        fields = to_fields(text, LlmClaim.model_validate(cached.answer))
        return Proposal(_with_urgency(fields, offline), llm={**record, "outcome": "cached"})
    result = llm.extract(text)
    _log_call(session, request_id, model, input_sha256, outcome=result.outcome, result=result)
    if result.fields is None or result.claim is None:
        why = (
            f"the language model did not answer ({result.outcome.replace('_', ' ')}); "
            "the built-in extractor read this request"
        )
        return Proposal(offline, fallback=why, llm={**record, "outcome": result.outcome})
    session.add(LlmAnswer(key=key, answer=result.claim.model_dump(mode="json")))
    return Proposal(_with_urgency(result.fields, offline), llm={**record, "outcome": "ok"})


def _with_urgency(fields: ProposedFields, offline: ProposedFields) -> ProposedFields:
    """The LLM is not asked about urgency: the built-in extractor's word stands."""
    return replace(fields, urgent=fields.urgent or offline.urgent)


def _log_call(
    session: Session,
    request_id: str,
    model: str,
    input_sha256: str,
    *,
    outcome: str,
    result: LlmResult | None = None,
) -> None:
    usage = result.usage if result else None
    session.add(
        LlmCall(
            request_id=request_id,
            model=model,
            prompt_version=PROMPT_VERSION,
            input_sha256=input_sha256,
            outcome=outcome,
            attempts=result.attempts if result else 0,
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
            total_tokens=usage.total_tokens if usage else None,
            error=result.error if result else None,
        )
    )
    log.info(
        "llm.call",
        request_id=request_id,
        model=model,
        outcome=outcome,
        attempts=result.attempts if result else 0,
        total_tokens=usage.total_tokens if usage else None,
    )
