"""Every sample request gives the result its golden file says.

The samples are processed in name order into one fresh database, as `make run`
does, so later samples see the cases of earlier ones (duplicates, quantities
already claimed). Identifiers, references and times differ on every run and are
replaced by stable placeholders before comparing. INTAKE_UPDATE_GOLDENS=1 rewrites
the golden files from the current behaviour: review that diff like code.
"""

import json
import os
import re
from typing import Any

from app.context import Context
from tests.app.helpers import intake, json_lines
from tests.conftest import SAMPLE_REQUESTS, SAMPLES

EXPECTED = SAMPLES / "expected"
IDS = re.compile(r"\b(req|case)_[0-9A-Z]{26}\b")
REFERENCE = re.compile(r"^([A-Z]+)-[0-9A-Z]{26}$")


def normalize(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Replace run-specific values: ids by their order of appearance, references, times."""
    seen: dict[str, str] = {}

    def stable(match: re.Match[str]) -> str:
        kind = match.group(1)
        return seen.setdefault(
            match.group(0), f"{kind}_{sum(v.startswith(kind) for v in seen.values()) + 1}"
        )

    text = IDS.sub(stable, json.dumps(lines))
    result = json.loads(text)
    for line in result:
        line["source"] = os.path.basename(line["source"])
        if line.get("channel") != "email":
            line.pop("received_at", None)  # an upload is received when it is processed
        for case in line.get("cases", []):
            for action in case["actions"]:
                if "reference" in action:
                    action["reference"] = REFERENCE.sub(r"\1-*", action["reference"])
                if "due_at" in action:
                    action["due_at"] = "opened+48h"
    return result


def test_every_sample_request_gives_its_golden_result(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    result = intake(cli_env, "process", "--json", str(SAMPLE_REQUESTS))
    lines = normalize(json_lines(result))
    samples = sorted(
        p.name for p in SAMPLE_REQUESTS.iterdir() if p.suffix in {".eml", ".txt", ".json"}
    )
    assert [line["source"] for line in lines] == samples
    if os.environ.get("INTAKE_UPDATE_GOLDENS"):
        EXPECTED.mkdir(exist_ok=True)
        for line in lines:
            path = EXPECTED / f"{line['source']}.json"
            path.write_text(json.dumps(line, indent=2) + "\n")
    mismatched = [
        line["source"]
        for line in lines
        if json.loads((EXPECTED / f"{line['source']}.json").read_text()) != line
    ]
    assert mismatched == []
