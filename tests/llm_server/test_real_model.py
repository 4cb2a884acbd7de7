"""INTAKE_EXTRACTOR=llm and hybrid against a real model server, in instructor's json_schema mode.

Everywhere else the LLM path meets recorded answers; here a real OpenAI-compatible server
(llama.cpp's llama-server, conftest.py) answers with a 135M-parameter model on loopback.
The server turns the schema into a grammar, so what the model writes is shaped like the
answer, but its values are mostly wrong, and it may repeat an array item until the token
budget runs out. That is the point: the plumbing is real, and the grounding and confidence
rules must keep every wrong value from approving anything. For each request:
- the model was asked once and its answer parsed, or it was cut at the token budget (then
  the built-in extractor's reading is used, as when the endpoint fails); nothing else;
- every value of the claim at or above the policy's threshold (0.85) is written in the
  request's text where its evidence says;
- every auto-approved case holds only lines the labels hold (and the evaluation's own
  unsafe-approval and over-credit checks agree), and no claim is closed unseen.
Each mode's run must include a parsed answer with values the labels do not hold, so the
checks above did meet the model's mistakes.
"""

import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.context import Context
from app.db import transaction
from app.evaluation import over_credited, unsafe_approval
from app.extraction.service import HybridLlm, llm_extractor
from app.extraction.tables import LlmAnswer, LlmCall
from app.jobs.local import process_file
from app.requests.claim_record import ClaimRecord, EvidenceRecord
from app.requests.tables import InboundRequest
from app.requests.text_store import stored_text_of
from extractors.claims.lexicon import number_word_forms
from extractors.llm.extractor import LlmClaim, LlmLine, cache_key
from tests.conftest import SAMPLE_ERP, SAMPLES
from tests.llm_server.conftest import ModelServer, server_log_tail

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(os.environ.get("INTAKE_TEST_DATABASE_URL")),
        reason="the real model server runs once, in the SQLite run of the suite",
    ),
]

# Requests the LLM reads in llm mode, each auto-approved by the labels: two lines, one, three.
# (With this server the model answers 01 and 02 and repeats itself on 04.)
LLM_SAMPLES = (
    SAMPLES / "requests" / "01-keystone-damaged-and-short.eml",
    SAMPLES / "requests" / "02-riverbend-wrong-item.eml",
    SAMPLES / "requests" / "04-keystone-mixed-reasons-so104235.eml",
)
# Requests whose built-in reading is unsure somewhere, so hybrid mode asks the LLM: n27
# for a count read by the item's words in another sentence (its label rejects it, late),
# n34 for a count it does not give (its label asks for the customer).
HYBRID_SAMPLES = (
    SAMPLES / "heldout4" / "requests" / "n27-keystone-pex-couplings-past-window.eml",
    SAMPLES / "heldout4" / "requests" / "n34-unknown-homeowner-no-order.eml",
)
THRESHOLD = 0.85  # rules/policy.toml: min_field_confidence


@dataclass(frozen=True)
class Read:
    """One request as processed: the result line, its label, and what the model answered."""

    path: Path
    result: dict[str, Any]
    label: dict[str, Any]
    claim: ClaimRecord | None
    text: str
    calls: list[tuple[str, int, int | None, str]]  # outcome, attempts, total tokens, error
    answer: LlmClaim | None  # the model's answer as parsed and cached


def _with_llm(ctx: Context, server: ModelServer, extractor: str) -> Context:
    settings = ctx.settings.model_copy(
        update={
            "extractor": extractor,
            "llm_base_url": server.base_url,
            "llm_model": server.model,
            "llm_mode": "json_schema",
            "llm_max_tokens": 400,  # a finished answer here takes 230 to 280 tokens
            # On a busy 2-core machine a call took up to 27 s (prompt and 400 tokens).
            "llm_timeout_seconds": 60.0,
            "llm_deadline_seconds": 120.0,
        }
    )
    return replace(ctx, settings=settings, llm=llm_extractor(settings))


def _label(path: Path) -> dict[str, Any]:
    labels = path.parent.parent / "labels"
    document: dict[str, Any] = json.loads((labels / f"{path.name}.json").read_text())
    return document


def _process(ctx: Context, path: Path) -> Read:
    result = process_file(ctx, path, channel=None, customer=None, received_at=None)
    with transaction(ctx.sessions) as session:
        request = session.get(InboundRequest, result["request_id"])
        assert request is not None
        stored = stored_text_of(blobs=ctx.blobs, request=request)
        assert stored is not None
        calls = session.scalars(
            select(LlmCall).where(LlmCall.request_id == request.id).order_by(LlmCall.id)
        ).all()
        claim = request.claim if isinstance(request.claim, ClaimRecord) else None
        answer = None
        if calls and calls[-1].outcome == "ok":
            last = calls[-1]
            cached = session.get(
                LlmAnswer, cache_key(last.input_sha256, last.model, last.prompt_version)
            )
            assert cached is not None
            answer = LlmClaim.model_validate(cached.answer)
    return Read(
        path=path,
        result=result,
        label=_label(path),
        claim=claim,
        text=stored.text,
        calls=[(c.outcome, c.attempts, c.total_tokens, c.error or "") for c in calls],
        answer=answer,
    )


# --- grounding: a value at or above the threshold is written where its evidence says ---


def _names_of_items() -> dict[str, set[str]]:
    """Each SKU of the sample ERP with its aliases (customer part numbers, UPCs)."""
    items = json.loads(SAMPLE_ERP.read_text())["items"]
    return {item["sku"]: {item["sku"], *item.get("aliases", [])} for item in items}


def _descriptions() -> dict[str, set[str]]:
    """Each SKU's description words (an item named by its words, read with the order open)."""
    items = json.loads(SAMPLE_ERP.read_text())["items"]
    return {item["sku"]: _words(item["description"]) for item in items}


def _words(text: str) -> set[str]:
    return {word.rstrip("s") for word in re.findall(r"[0-9a-z/]+", text.lower())}


def _squash(text: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", text.upper())


def _at_span(text: str, evidence: EvidenceRecord | None) -> str | None:
    """The evidence's quote if it is really the text at its span, else None."""
    if evidence is None or text[evidence.start : evidence.end] != evidence.quote:
        return None
    return evidence.quote


def _ungrounded(read: Read) -> list[str]:
    """The claim's values at or above the threshold that are not written at their span."""
    if read.claim is None:
        return []
    names = _names_of_items()
    problems: list[str] = []
    for ref in read.claim.order_refs:
        quote = _at_span(read.text, ref.evidence)
        digits = re.sub(r"\D", "", ref.value)
        if ref.confidence >= THRESHOLD and (
            quote is None or not digits or not re.search(rf"(?<!\d){digits}(?!\d)", quote)
        ):
            problems.append(f"order ref {ref.value} at {ref.confidence}: quote {quote!r}")
    for index, line in enumerate(read.claim.lines):
        sure = line.confidence
        if sure.sku >= THRESHOLD:
            quote = _at_span(read.text, line.evidence.sku)
            written = {_squash(name) for name in names.get(line.sku or "", {line.sku or ""})}
            # An item read from its description: its quote is the item's words, not its number.
            described = line.evidence.sku is not None and "order:described" in (
                line.evidence.sku.checks
            )
            named = quote is not None and (
                any(name and name in _squash(quote) for name in written)
                or (described and _words(quote) <= _descriptions().get(line.sku or "", set()))
            )
            if not named:
                problems.append(f"lines[{index}].sku {line.sku} at {sure.sku}: quote {quote!r}")
        if sure.quantity >= THRESHOLD:
            quote = _at_span(read.text, line.evidence.quantity)
            if quote is None or not _writes_number(quote, line.quantity):
                problems.append(
                    f"lines[{index}].quantity {line.quantity} at {sure.quantity}: quote {quote!r}"
                )
        if sure.reason >= THRESHOLD and _at_span(read.text, line.evidence.reason) is None:
            problems.append(f"lines[{index}].reason {line.reason} at {sure.reason}: no span")
    return problems


def _writes_number(quote: str, value: int | None) -> bool:
    if value is None:
        return False
    forms = [re.escape(str(value)), *number_word_forms(value)]
    pattern = r"(?<![\w.,])(?:" + "|".join(forms) + r")(?![\w]|[.,]\d)"
    return re.search(pattern, quote, re.IGNORECASE) is not None


# --- approvals: an auto-approved case holds only what the labels hold ---


def _approved_but_not_labelled(read: Read) -> list[str]:
    labelled = {(line["sku"], line["quantity"], line["reason"]) for line in read.label["lines"]}
    wrong = [
        f"{case['type']} {line['sku']} x{line['quantity']}"
        for case in read.result.get("cases", [])
        if case["decision"] == "AUTO_APPROVED"
        for line in case["lines"]
        if (line["sku"], line["quantity"], case["type"]) not in labelled
    ]
    cases = read.result.get("cases", [])
    if unsafe_approval(cases, read.label["cases"]):
        wrong.append("an auto-approval the labels send to a person")
    if over_credited(cases, read.label["lines"]):
        wrong.append("credit for more than the request claims")
    return wrong


def _wrong_model_values(read: Read) -> list[str]:
    """What the model answered that the labels do not say: the values grounding must stop."""
    if read.answer is None:
        return []
    wrong = [] if read.answer.is_claim == read.label["is_claim"] else ["is_claim"]
    wrong += [
        f"{line.sku and line.sku.value} x{line.quantity and line.quantity.value} {line.reason}"
        for line in read.answer.lines
        if not any(_same_line(line, labelled) for labelled in read.label["lines"])
    ]
    return wrong


def _same_line(line: LlmLine, labelled: dict[str, Any]) -> bool:
    names = {_squash(name) for name in _names_of_items()[labelled["sku"]]}
    return (
        line.sku is not None
        and _squash(line.sku.value) in names
        and line.quantity is not None
        and line.quantity.value == labelled["quantity"]
        and line.reason == labelled["reason"]
    )


def _check(read: Read, mode: str) -> None:
    name = read.path.name
    assert len(read.calls) == 1, (name, read.calls)  # asked once, answered by the server
    outcome, attempts, tokens, error = read.calls[0]
    cut = outcome == "malformed" and error.startswith("IncompleteOutputException")
    assert outcome == "ok" or cut, (name, read.calls)  # a finished answer parses
    assert (attempts, bool(tokens)) == (1, True), (name, read.calls)  # usage came back
    assert (read.answer is not None) == (outcome == "ok"), name
    if mode == "llm" and read.result["extractor"] == "offline":  # read without the model
        assert all("EXTRACTION_FALLBACK" in case["reasons"] for case in read.result["cases"])
    if cut:
        assert read.result["extractor"] == "offline", (name, read.result["extractor"])
    assert not _ungrounded(read), (name, _ungrounded(read), read.answer)
    assert not _approved_but_not_labelled(read), (name, read.result["cases"], read.answer)
    if read.label["is_claim"]:
        assert read.result["outcome"] == "CASES_OPENED", (name, read.result, read.answer)


def test_llm_mode_reads_with_a_real_model_and_approves_nothing_wrong(
    erp_ctx: Context, model_server: ModelServer
) -> None:
    ctx = _with_llm(erp_ctx, model_server, "llm")
    reads = [_process(ctx, path) for path in LLM_SAMPLES]
    for read in reads:
        _check(read, "llm")
    assert any(_wrong_model_values(read) for read in reads), _answers(reads, model_server)


def test_hybrid_mode_asks_a_real_model_where_unsure_and_approves_nothing_wrong(
    erp_ctx: Context, model_server: ModelServer
) -> None:
    ctx = _with_llm(erp_ctx, model_server, "hybrid")
    assert isinstance(ctx.llm, HybridLlm)
    reads = [_process(ctx, path) for path in HYBRID_SAMPLES]
    for read in reads:
        _check(read, "hybrid")  # asked once; a cut answer leaves the built-in reading
    # This tiny model's answers to these long prompts run into max_tokens: the wrong
    # values of a finished answer are met by the llm mode's test above.
    assert all(read.answer is not None or read.result["extractor"] == "offline" for read in reads)


def _answers(reads: list[Read], server: ModelServer) -> str:
    """What the model answered and what the server said, for a failing test's message."""
    answers = "\n".join(f"{read.path.name}: {read.calls} {read.answer}" for read in reads)
    return f"{answers}\n{server_log_tail(server.log)}"
