"""How well the pipeline reads the sample requests, against hand-written labels.

`evaluate` runs every sample in name order into a fresh database (as sample_docs/README.md
prescribes) and compares each result with `sample_docs/labels/<sample>.json`. The
`llm-recorded` mode answers the LLM's chat-completions calls from `sample_docs/llm/`,
through an httpx.MockTransport: no network is ever reached. `hybrid-recorded` is
INTAKE_EXTRACTOR=hybrid with the same recorded answers: the built-in extractor first,
the recorded LLM only where its reading is missing or unsure.
"""

import json
import re
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from app.context import build_context
from app.db import transaction
from app.erp.loader import load_erp
from app.erp.schema import load_erp_file
from app.extraction.service import HybridLlm
from app.extraction.tables import LlmCall
from app.jobs import engine as work_engine
from app.jobs.local import process_file
from app.settings import Settings
from extractors.llm.extractor import LlmConfig, LlmExtractor

SAMPLE_DOCS = Path(__file__).resolve().parent.parent / "sample_docs"
THRESHOLD = 0.85  # policy.md section 5: min_field_confidence
FIELDS = ("customer_id", "order_number", "is_claim")
LINE_FIELDS = ("sku", "quantity", "reason")
EXTRACTORS = ("offline", "llm-recorded", "hybrid-recorded")


@dataclass
class Counts:
    """True positives, false positives and false negatives of one comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def rates(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The figures of one evaluation run."""

    extractor: str
    samples: int = 0
    llm_calls: int | None = None  # chat-completions calls made (recorded modes)
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    lines: Counts = field(default_factory=Counts)
    decisions: list[int] = field(default_factory=lambda: [0, 0])  # right, total
    calibration: list[int] = field(default_factory=lambda: [0, 0])  # right, total
    unsafe: list[str] = field(default_factory=list)
    over_credited: list[str] = field(default_factory=list)  # approved more than was claimed
    misses: list[str] = field(default_factory=list)  # samples where the run differs

    def as_dict(self) -> dict[str, Any]:
        return {
            "extractor": self.extractor,
            "samples": self.samples,
            "llm_calls": self.llm_calls,
            "line": self.lines.rates(),
            "fields": {name: counts.rates() for name, counts in self.fields.items()},
            "decision_accuracy": _ratio(*self.decisions),
            "calibration": {
                "right": self.calibration[0],
                "total": self.calibration[1],
                "rate": _ratio(*self.calibration),
            },
            "unsafe_auto_approvals": {"count": len(self.unsafe), "samples": self.unsafe},
            "over_credited_approvals": {
                "count": len(self.over_credited),
                "samples": self.over_credited,
            },
            "differs_from_label": self.misses,
        }

    def __str__(self) -> str:
        line = self.lines
        rows = [
            f"extractor {self.extractor}: {self.samples} samples"
            + ("" if self.llm_calls is None else f", {self.llm_calls} LLM calls"),
            f"  {'line (sku+qty+reason)':<24} P {line.precision:6.1%}  R {line.recall:6.1%}"
            f"  F1 {line.f1:6.1%}",
        ]
        for name, c in self.fields.items():
            rows.append(f"  {name:<24} P {c.precision:6.1%}  R {c.recall:6.1%}")
        right, total = self.decisions
        rows.append(f"  {'decision accuracy':<24} {right}/{total} = {_ratio(right, total):.1%}")
        right, total = self.calibration
        rows.append(
            f"  {'calibration (>= 0.85)':<24} {right}/{total} = {_ratio(right, total):.1%} right"
        )
        names = ", ".join(self.unsafe) or "-"
        rows.append(f"  {'unsafe auto-approvals':<24} {len(self.unsafe)} ({names})")
        names = ", ".join(self.over_credited) or "-"
        rows.append(f"  {'over-credited approvals':<24} {len(self.over_credited)} ({names})")
        rows.append(f"  {'differs from label':<24} {', '.join(self.misses) or '-'}")
        return "\n".join(rows)


def _ratio(right: int, total: int) -> float:
    return right / total if total else 1.0


def field_counts(predicted: Any, label: Any) -> Counts:
    """One field of one sample: a value given and right, given and wrong, or missed."""
    if isinstance(label, bool):
        return Counts(
            tp=int(predicted and label),
            fp=int(predicted and not label),
            fn=int(label and not predicted),
        )
    right = predicted is not None and predicted == label
    return Counts(
        tp=int(right),
        fp=int(predicted is not None and not right),
        fn=int(label is not None and not right),
    )


def _key(line: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(line.get(name) for name in LINE_FIELDS)


def line_counts(predicted: list[dict[str, Any]], label: list[dict[str, Any]]) -> Counts:
    """Lines as multisets: a line matches when sku, quantity and reason are all equal."""
    ours, theirs = Counter(map(_key, predicted)), Counter(map(_key, label))
    tp = sum((ours & theirs).values())
    return Counts(tp=tp, fp=sum(ours.values()) - tp, fn=sum(theirs.values()) - tp)


def decision_counts(predicted: list[dict[str, Any]], label: list[dict[str, Any]]) -> list[int]:
    """[right, total] over the label's cases, each matched with the run's case of its type."""
    decided = {case["type"]: case["decision"] for case in predicted}
    right = sum(decided.get(case["type"]) == case["decision"] for case in label)
    return [right, len(label)]


def pair_lines(
    predicted: list[dict[str, Any]], label: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each run line with a label line of its own: a line that matches one exactly takes
    it first (a false line read before a right one must not take the right one's label
    line); every other line, in the run's order, the unused label line that agrees with it
    on most fields."""
    left = list(label)
    match: dict[int, dict[str, Any]] = {}
    for index, line in enumerate(predicted):
        exact = next((lab for lab in left if _key(lab) == _key(line)), None)
        if exact is not None:
            left.remove(exact)
            match[index] = exact
    for index, line in enumerate(predicted):
        if index in match:
            continue
        best = max(
            left, key=lambda lab: sum(line.get(f) == lab[f] for f in LINE_FIELDS), default=None
        )
        if best is not None:
            left.remove(best)
            match[index] = best
    return [(line, match.get(index)) for index, line in enumerate(predicted)]


def calibration_counts(predicted: list[dict[str, Any]], label: list[dict[str, Any]]) -> list[int]:
    """[right, total] of the line fields reported with confidence >= THRESHOLD."""
    right = total = 0
    for line, match in pair_lines(predicted, label):
        for name in LINE_FIELDS:
            if line.get("confidence", {}).get(name, 0.0) >= THRESHOLD:
                total += 1
                right += int(match is not None and line.get(name) == match[name])
    return [right, total]


def unsafe_approval(predicted: list[dict[str, Any]], label: list[dict[str, Any]]) -> bool:
    """Whether the run auto-approved a case that a person should have looked at."""
    wanted = {case["type"]: case["decision"] for case in label}
    return any(
        case["decision"] == "AUTO_APPROVED" and wanted.get(case["type"]) != "AUTO_APPROVED"
        for case in predicted
    )


def over_credited(predicted: list[dict[str, Any]], label: list[dict[str, Any]]) -> bool:
    """Whether the run auto-approved credit for a SKU or a count the request did not claim."""
    claimed: Counter[tuple[str, str]] = Counter()
    for line in label:
        claimed[(line["reason"], line["sku"])] += int(line["quantity"] or 0)
    return any(
        Decimal(line["credit"] or "0") > 0
        and int(line["quantity"] or 0) > claimed[(case["type"], line["sku"])]
        for case in predicted
        if case["decision"] == "AUTO_APPROVED"
        for line in case["lines"]
    )


def score(report: Report, name: str, result: dict[str, Any], label: dict[str, Any]) -> None:
    """Add one sample's result to the report."""
    report.samples += 1
    lines, cases = result.get("lines", []), result.get("cases", [])
    got = {**result, "is_claim": result.get("outcome") == "CASES_OPENED"}
    for name_ in FIELDS:
        if name_ != "is_claim" and not label["is_claim"]:
            continue  # a non-claim's customer and order are not fixed (README)
        report.fields[name_].add(field_counts(got.get(name_), label[name_]))
    report.lines.add(line_counts(lines, label["lines"]))
    for total, part in (
        (report.decisions, decision_counts(cases, label["cases"])),
        (report.calibration, calibration_counts(lines, label["lines"])),
    ):
        total[0], total[1] = total[0] + part[0], total[1] + part[1]
    if unsafe_approval(cases, label["cases"]):
        report.unsafe.append(name)
    if over_credited(cases, label["lines"]):
        report.over_credited.append(name)
    decided = sorted((c["type"], c["decision"]) for c in cases)
    if line_counts(lines, label["lines"]).f1 < 1 or decided != sorted(
        (c["type"], c["decision"]) for c in label["cases"]
    ):
        report.misses.append(name)


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z0-9]+", text.lower()) if len(word) > 2}


def recorded_handler(samples: dict[str, str], answers: dict[str, Any]) -> Callable[..., Any]:
    """Answers a chat-completions call, in the real API's response shape, with the recorded
    answer of the sample whose text best matches the prompt (idf-weighted word overlap)."""
    vocab = {name: _words(text) for name, text in samples.items() if name in answers}
    df = Counter(word for words in vocab.values() for word in words)

    def match(prompt: set[str], name: str) -> float:
        weight = sum(1 / df[w] for w in vocab[name])
        return sum(1 / df[w] for w in vocab[name] & prompt) / (weight**0.5 or 1.0)

    def handle(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        prompt = _words(" ".join(str(m.get("content") or "") for m in sent["messages"]))
        name = max(vocab, key=lambda n: match(prompt, n))
        arguments = json.dumps(answers[name])
        message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
        if "tools" in sent:
            function = {"name": sent["tools"][0]["function"]["name"], "arguments": arguments}
            message["tool_calls"] = [{"id": "call_rec", "type": "function", "function": function}]
        else:
            message["content"] = arguments
        choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        body = {
            "id": "chatcmpl-recorded",
            "object": "chat.completion",
            "created": 0,
            "model": sent["model"],
            "choices": [choice],
            "usage": usage,
        }
        return httpx.Response(200, json=body)

    return handle


def recorded_llm(
    samples_dir: Path, recorded_dir: Path, *, hybrid_threshold: float | None = None
) -> LlmExtractor:
    """An LLM extractor whose every answer comes from recorded_dir (hybrid: at a threshold)."""
    answers = {
        p.name.removesuffix(".json"): json.loads(p.read_text())
        for p in sorted(recorded_dir.glob("*.json"))
    }
    texts = {p.name: p.read_text(errors="replace") for p in sorted(samples_dir.iterdir())}
    client = httpx.Client(transport=httpx.MockTransport(recorded_handler(texts, answers)))
    config = LlmConfig(base_url="http://llm.invalid/v1", model="recorded", api_key="none")
    if hybrid_threshold is not None:
        return HybridLlm(config, http_client=client, threshold=hybrid_threshold)
    return LlmExtractor(config, http_client=client)


def evaluate(
    settings_for_run: Settings,
    samples_dir: Path,
    labels_dir: Path,
    erp_file: Path,
    *,
    extractor: str = "offline",
    recorded_dir: Path | None = None,
) -> Report:
    """Process every sample in name order into a fresh database and score the results."""
    report = Report(extractor=extractor)
    with tempfile.TemporaryDirectory(prefix="intake-eval-") as tmp:
        settings = settings_for_run.model_copy(
            update={
                "data_dir": Path(tmp),
                "database_url": None,
                "blob_dir": None,
                "edi_outbox": None,
                "extractor": "offline",
            }
        )
        ctx = build_context(settings)
        # the engine is launched once a process, on its first context's work database; one
        # launched here works in this run's temporary one, and must not outlive it
        launched_here = not work_engine.is_launched()
        try:
            with transaction(ctx.sessions) as session:
                load_erp(session=session, document=load_erp_file(erp_file))
            if extractor in ("llm-recorded", "hybrid-recorded"):
                threshold = ctx.policy.min_field_confidence
                llm = recorded_llm(
                    samples_dir,
                    recorded_dir or SAMPLE_DOCS / "llm",
                    hybrid_threshold=threshold if extractor == "hybrid-recorded" else None,
                )
                ctx = replace(ctx, llm=llm)
            for path in sorted(samples_dir.iterdir()):
                result = process_file(ctx, path, channel=None, customer=None, received_at=None)
                label = json.loads((labels_dir / f"{path.name}.json").read_text())
                score(report, path.name, result, label)
            if ctx.llm is not None:
                with transaction(ctx.sessions) as session:
                    report.llm_calls = session.scalar(
                        select(func.count()).select_from(LlmCall).where(LlmCall.outcome == "ok")
                    )
        finally:
            if launched_here:
                work_engine.shutdown()
            ctx.engine.dispose()
    return report
