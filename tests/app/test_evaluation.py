"""The evaluation's metric functions, and one run over the real samples."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import main
from app.evaluation import (
    SAMPLE_DOCS,
    calibration_counts,
    decision_counts,
    evaluate,
    field_counts,
    line_counts,
    over_credited,
    unsafe_approval,
)
from app.settings import Settings
from tests.app.helpers import intake

HIGH = {"sku": 0.95, "quantity": 0.9, "reason": 0.9}


def _line(sku: str, qty: int, reason: str, confidence: dict[str, float] | None = None) -> dict:
    return {"sku": sku, "quantity": qty, "reason": reason, "confidence": confidence or HIGH}


def test_field_counts_tell_right_wrong_and_missed() -> None:
    right = field_counts("C-1", "C-1")
    assert (right.tp, right.fp, right.fn) == (1, 0, 0)
    wrong = field_counts("C-2", "C-1")
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)
    missed = field_counts(None, "C-1")
    assert (missed.tp, missed.fp, missed.fn) == (0, 0, 1)
    assert (field_counts(True, False).fp, field_counts(False, True).fn) == (1, 1)


def test_lines_match_as_multisets_on_all_three_fields() -> None:
    label = [_line("A", 2, "DAMAGED"), _line("A", 2, "DAMAGED"), _line("B", 1, "SHORT")]
    run = [_line("A", 2, "DAMAGED"), _line("B", 3, "SHORT")]
    counts = line_counts(run, label)
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 2)
    assert round(counts.f1, 3) == 0.4


def test_calibration_counts_a_confident_wrong_quantity_as_a_miss() -> None:
    label = [_line("A", 18, "DAMAGED")]
    run = [_line("A", 16, "DAMAGED")]
    assert calibration_counts(run, label) == [2, 3]
    low = [_line("A", 16, "DAMAGED", {"sku": 0.9, "quantity": 0.1, "reason": 0.9})]
    assert calibration_counts(low, label) == [2, 2]


def test_calibration_gives_a_right_line_its_label_line_though_a_false_one_comes_first() -> None:
    label = [_line("A", 10, "OVERSHIPPED")]
    run = [_line("B", 2, "OVERSHIPPED"), _line("A", 10, "OVERSHIPPED")]
    # the right line's three fields are right; the false one's are all counted wrong
    assert calibration_counts(run, label) == [3, 6]


def test_decisions_and_unsafe_auto_approvals() -> None:
    label = [
        {"type": "DAMAGED", "decision": "NEEDS_REVIEW"},
        {"type": "SHORT", "decision": "AUTO_APPROVED"},
    ]
    run = [
        {"type": "DAMAGED", "decision": "AUTO_APPROVED"},
        {"type": "SHORT", "decision": "AUTO_APPROVED"},
    ]
    assert decision_counts(run, label) == [1, 2]
    assert unsafe_approval(run, label)
    assert not unsafe_approval(label, label)
    assert unsafe_approval([{"type": "PRICING", "decision": "AUTO_APPROVED"}], [])


def test_the_offline_extractor_meets_issue_4s_targets(settings: Settings) -> None:
    report = evaluate(
        settings,
        SAMPLE_DOCS / "requests",
        SAMPLE_DOCS / "labels",
        SAMPLE_DOCS / "erp" / "sample-erp.json",
    )
    assert report.samples == 31
    assert report.lines.f1 >= 0.95
    right, total = report.calibration
    assert total
    assert right / total >= 0.99
    assert report.unsafe == []
    assert "calibration" in str(report)


def test_hybrid_on_recorded_answers_asks_the_llm_only_where_needed(settings: Settings) -> None:
    report = evaluate(
        settings,
        SAMPLE_DOCS / "requests",
        SAMPLE_DOCS / "labels",
        SAMPLE_DOCS / "erp" / "sample-erp.json",
        extractor="hybrid-recorded",
    )
    assert report.samples == 31
    # The built-in reading is sure of every claim; the LLM is asked for the requests the
    # built-in extractor reads as no claim (thanks, order status...), never for the rest.
    assert report.llm_calls is not None
    assert 0 < report.llm_calls < 27  # 27 recorded answers: llm-recorded asks for every one
    assert report.lines.f1 >= 0.95
    right, total = report.calibration
    assert total
    assert right / total >= 0.99
    assert report.unsafe == []
    assert "hybrid-recorded" in str(report)
    assert report.as_dict()["llm_calls"] == report.llm_calls


# heldout4 is left out on purpose: it is measured once before and once after extractor
# work, never used to steer it (sample_docs/heldout4/README.md).
@pytest.mark.parametrize(
    ("held_out", "samples"), [("heldout", 19), ("heldout2", 19), ("heldout3", 34)]
)
def test_on_held_out_mail_the_offline_extractor_approves_nothing_a_person_should_see(
    settings: Settings, held_out: str, samples: int
) -> None:
    report = evaluate(
        settings,
        SAMPLE_DOCS / held_out / "requests",
        SAMPLE_DOCS / held_out / "labels",
        SAMPLE_DOCS / "erp" / "sample-erp.json",
    )
    assert report.samples == samples
    assert report.unsafe == []  # unseen wording may cost speed (review), never money
    assert report.over_credited == []


def test_intake_eval_scores_a_labelled_folder_and_refuses_others(cli_env: dict[str, str]) -> None:
    answer = intake(cli_env, "eval", "--set", "heldout", "--json")
    assert json.loads(answer.stdout)["samples"] == 19
    for wrong in (
        ["--set", "../erp"],
        ["--set", "nothing"],
        ["--set", "heldout", "--extractor", "llm-recorded"],
    ):
        refused = CliRunner().invoke(main, ["eval", *wrong], env=cli_env)
        assert refused.exit_code == 2


def test_an_approval_of_more_than_was_claimed_is_over_credited() -> None:
    label = [{"sku": "A", "quantity": 5, "reason": "SHORT"}]
    approved = [
        {
            "type": "SHORT",
            "decision": "AUTO_APPROVED",
            "lines": [{"sku": "A", "quantity": 40, "credit": "400.00"}],
        }
    ]
    assert over_credited(approved, label)
    approved[0]["lines"] = [{"sku": "A", "quantity": 5, "credit": "50.00"}]
    assert not over_credited(approved, label)
    approved[0]["lines"] = [{"sku": "B", "quantity": 1, "credit": "10.00"}]  # not claimed
    assert over_credited(approved, label)
    approved[0]["decision"] = "NEEDS_REVIEW"  # a person looks before any credit
    assert not over_credited(approved, label)


_TWICE = """
import sys
from pathlib import Path
from app.evaluation import SAMPLE_DOCS, evaluate
from app.jobs import engine
from app.settings import Settings

folder = Path(sys.argv[1])
for _ in range(2):
    report = evaluate(
        Settings(data_dir=folder / "var", _env_file=None),
        folder / "requests",
        folder / "labels",
        SAMPLE_DOCS / "erp" / "sample-erp.json",
    )
    print(report.samples, report.decisions[0], report.decisions[1], engine.is_launched())
"""


def test_two_evaluations_in_one_process_each_run_on_their_own_database(tmp_path: Path) -> None:
    # The engine is launched once a process; one launched by an evaluation stayed on its
    # deleted temporary database, where the next evaluation's work failed to open it.
    for folder in ("requests", "labels"):
        (tmp_path / folder).mkdir()
    for name in ("01-keystone-damaged-and-short.eml", "02-riverbend-wrong-item.eml"):
        shutil.copy(SAMPLE_DOCS / "requests" / name, tmp_path / "requests" / name)
        shutil.copy(SAMPLE_DOCS / "labels" / f"{name}.json", tmp_path / "labels")
    run = subprocess.run(
        [sys.executable, "-c", _TWICE, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "INTAKE_DATABASE_URL": ""},
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split("\n")[:2] == ["2 3 3 False", "2 3 3 False"]
