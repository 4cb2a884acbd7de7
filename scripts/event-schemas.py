#!/usr/bin/env python3
"""Write the JSON Schema of every event type to docs/events/schemas/ (tests check they match)."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.events.models import schemas  # noqa: E402

OUT = ROOT / "docs" / "events" / "schemas"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.json"):
        old.unlink()
    for name, schema in schemas().items():
        (OUT / f"{name}.json").write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n")
    print(f"{len(schemas())} schemas in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
