"""The fields step: which extractor proposes the fields of a request's text.

INTAKE_EXTRACTOR=offline: the built-in extractor. INTAKE_EXTRACTOR=llm: the LLM,
answered from the cache when the same prompt input was asked of the same model
with the same prompt version; every call is logged (model, prompt version, input
hash, usage, outcome). When the LLM does not answer, the built-in extractor reads
the request and the fallback sends its cases to a person; nothing is lost. So too
when the LLM reads no claim (or no line) where the built-in extractor reads claim
lines: a claim is never closed as NOT_A_CLAIM on the model's word alone.

INTAKE_EXTRACTOR=hybrid: the built-in extractor first; the LLM (cached and logged
the same way) only when a needed field is missing or below the policy's threshold
(extractors/llm/combine.py says which), and the two readings combined. When the LLM
does not answer, the built-in reading stands as it is: a field it read too low
already sends the case to a person (LOW_CONFIDENCE) and says why; only when a
needed field was not read at all is the fallback flagged (EXTRACTION_FALLBACK), so
a person checks whether the LLM would have found it before anyone asks the customer.

A bug of the built-in extractor (it raises) fails no request: the request is read as no
claim for that reason (READER_FAILED), and the pipeline gives it to a person.

In every mode text that reads like an instruction to a model is flagged on the
claim's notes, and values read from such lines are distrusted (extractors/claims/injection.py).
"""

import hashlib
from dataclasses import dataclass, replace

import httpx
from sqlalchemy.orm import Session

from app import metrics
from app.extraction.tables import LlmAnswer, LlmCall
from app.logs import log
from app.settings import Settings
from extractors.claims.injection import flag_injection
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from extractors.fields import ProposedFields
from extractors.llm.combine import combine, needs_llm
from extractors.llm.extractor import (
    PROMPT_VERSION,
    LlmClaim,
    LlmConfig,
    LlmExtractor,
    LlmResult,
    cache_key,
    render_prompt,
    to_fields,
)
from extractors.text import RequestText
from rules.policy import load_policy

READER_FAILED = "reader_failed"  # the built-in extractor raised: a person reads the request


@dataclass(frozen=True)
class Proposal:
    fields: ProposedFields
    fallback: str | None = None  # why the configured extractor's answer is not the one used
    llm: dict[str, str] | None = None  # model, prompt version, outcome: for the decision record


class HybridLlm(LlmExtractor):
    """The LLM extractor of INTAKE_EXTRACTOR=hybrid: asked only where the built-in is unsure."""

    def __init__(
        self, config: LlmConfig, http_client: httpx.Client | None = None, *, threshold: float
    ) -> None:
        super().__init__(config, http_client)
        self.threshold = threshold  # the policy's min_field_confidence


def llm_extractor(settings: Settings) -> LlmExtractor | None:
    """The LLM extractor the settings ask for, or None for the built-in one."""
    if settings.extractor == "offline" or not settings.llm_model:
        return None
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "none"
    config = LlmConfig(
        base_url=settings.llm_base_url,
        model=settings.llm_model,
        api_key=key,
        mode=settings.llm_mode,
        timeout_s=settings.llm_timeout_seconds,
        deadline_s=settings.llm_deadline_seconds,
        max_tokens=settings.llm_max_tokens,
    )
    if settings.extractor == "hybrid":
        threshold = load_policy(settings.policy_file).min_field_confidence
        return HybridLlm(config, threshold=threshold)
    return LlmExtractor(config)


def propose(
    *,
    session: Session,
    llm: LlmExtractor | None,
    request_id: str,
    text: RequestText,
    vocabulary: OrderVocabulary | None = None,
) -> Proposal:
    """Fields of a request's text by the configured extractor, with the fallback's reason.

    vocabulary is the identifiers of the order the request names, when it could be found
    before its lines were read (order-first reading, app/identify.py).
    """
    offline = flag_injection(_read(text, vocabulary, request_id), text.text)
    if llm is None:
        proposal = Proposal(offline)
    elif isinstance(llm, HybridLlm):
        proposal = _hybrid(session, llm, request_id, text, offline)
    else:
        proposal = _llm_only(session, llm, request_id, text, offline)
    return replace(proposal, fields=flag_injection(proposal.fields, text.text))


def _read(text: RequestText, vocabulary: OrderVocabulary | None, request_id: str) -> ProposedFields:
    """The built-in extractor's reading; its bug is logged, never the request's failure
    (retried, it would only fail again)."""
    try:
        return extract(text, vocabulary)
    except Exception:
        log.exception("extraction.failed", request_id=request_id)
        return ProposedFields(extractor="offline", is_claim=False, not_claim_reason=READER_FAILED)


def _llm_only(
    session: Session, llm: LlmExtractor, request_id: str, text: RequestText, offline: ProposedFields
) -> Proposal:
    """INTAKE_EXTRACTOR=llm: the LLM's reading, else the built-in one and a person."""
    fields, record = _ask(session, llm, request_id, text)
    if fields is None:
        why = (
            f"the language model did not answer ({record['outcome'].replace('_', ' ')}); "
            "the built-in extractor read this request"
        )
        return Proposal(offline, fallback=why, llm=record)
    if offline.is_claim and offline.lines and not (fields.is_claim and fields.lines):
        # A claim closed on the model's word would be closed with no one looking.
        why = (
            "the language model read no claim where the built-in extractor read one; "
            "the built-in extractor read this request"
        )
        return Proposal(offline, fallback=why, llm=record)
    return Proposal(_with_urgency(fields, offline), llm=record)


def _hybrid(
    session: Session, llm: HybridLlm, request_id: str, text: RequestText, offline: ProposedFields
) -> Proposal:
    """INTAKE_EXTRACTOR=hybrid: the built-in reading, combined with the LLM's where needed."""
    need = needs_llm(offline, threshold=llm.threshold)
    if not need:
        record = {"mode": "hybrid", "model": llm.config.model, "outcome": "not_needed"}
        return Proposal(offline, llm=record)
    fields, record = _ask(session, llm, request_id, text)
    record = {"mode": "hybrid", **record, "asked_for": ", ".join(need.missing + need.low)}
    if fields is None:
        why = None
        if need.missing:
            why = (
                f"the language model did not answer ({record['outcome'].replace('_', ' ')}) "
                f"and the built-in extractor did not read {', '.join(need.missing)}"
            )
        return Proposal(offline, fallback=why, llm=record)
    return Proposal(combine(offline, fields, threshold=llm.threshold), llm=record)


def _ask(
    session: Session, llm: LlmExtractor, request_id: str, text: RequestText
) -> tuple[ProposedFields | None, dict[str, str]]:
    """The LLM's reading of a request, from the cache or the model, logged either way."""
    model = llm.config.model
    input_sha256 = hashlib.sha256(render_prompt(text).encode()).hexdigest()
    key = cache_key(input_sha256, model, PROMPT_VERSION)
    record = {"model": model, "prompt_version": PROMPT_VERSION}
    with session.no_autoflush:  # a read only: no write lock held while the model thinks
        cached = session.get(LlmAnswer, key)
    if cached is not None:
        _log_call(session, request_id, model, input_sha256, outcome="cached")
        fields = to_fields(text, LlmClaim.model_validate(cached.answer))
        return fields, {**record, "outcome": "cached"}
    with metrics.LLM_SECONDS.time():
        result = llm.extract(text)
    _log_call(session, request_id, model, input_sha256, outcome=result.outcome, result=result)
    if result.fields is None or result.claim is None:
        return None, {**record, "outcome": result.outcome}
    session.add(LlmAnswer(key=key, answer=result.claim.model_dump(mode="json")))
    return result.fields, {**record, "outcome": "ok"}


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
    metrics.LLM_CALLS.labels(outcome).inc()
    if usage:
        metrics.LLM_TOKENS.labels("prompt").inc(usage.prompt_tokens or 0)
        metrics.LLM_TOKENS.labels("completion").inc(usage.completion_tokens or 0)
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
