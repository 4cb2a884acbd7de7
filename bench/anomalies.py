"""False alarms and power of the anomaly report, over many seeds of generated history.

    .venv/bin/python bench/anomalies.py [--seeds 200] [--planted-seeds 50]

For --seeds seeds of noise-only history (sample_docs/scripts/make_history.py with
nothing planted), prints the false-alarm rate per segment per period: segment-months
flagged as anomalies divided by segment-months judged (those with enough data), in
all and by kind of segment. Then, over --planted-seeds seeds with the two problems
planted, how often each is found, and how often a noise-only lane, zone or vendor is
flagged beside them (Benjamini–Hochberg lets some through once real problems loosen
its threshold). The target is a false-alarm rate of at most 1 %.

Pure: no database; the same read-model functions the service uses (segments, stats).
Figures only: nothing here passes or fails.
"""

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "sample_docs" / "scripts"))

from make_history import PLANTED_DAMAGE, PLANTED_SHORTAGE, history  # noqa: E402

from app.insights.segments import build_cells  # noqa: E402
from app.insights.stats import Finding, SegmentKind, Verdict, find_anomalies  # noqa: E402


def noise(seeds: int) -> None:
    judged: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    started = time.monotonic()
    for seed in range(seeds):
        shipments, claims = history(seed, planted=False).facts()
        findings = find_anomalies(build_cells(shipments, claims))
        judged.update(_kinds(findings, lambda v: v != Verdict.NOT_ENOUGH_DATA))
        flagged.update(_kinds(findings, lambda v: v == Verdict.ANOMALY))
    total_j, total_f = sum(judged.values()), sum(flagged.values())
    print(f"noise-only history, {seeds} seeds ({time.monotonic() - started:.0f} s)")
    print(
        f"  false-alarm rate per segment per period: {total_f}/{total_j} = "
        f"{100 * total_f / max(total_j, 1):.3f} %  (target ≤ 1 %)"
    )
    for kind in SegmentKind:
        rate = 100 * flagged[kind] / max(judged[kind], 1)
        print(f"    {kind.value:15} {flagged[kind]:4}/{judged[kind]:6} = {rate:.3f} %")


def _kinds(findings: list[Finding], verdict: Callable[[Verdict], bool]) -> list[str]:
    """The kind of each segment-month (counted once, whatever its tests) of such a verdict."""
    months = {(f.kind, f.segment, f.period) for f in findings if verdict(f.verdict)}
    return [kind for kind, _, _ in months]


def planted(seeds: int) -> None:
    damage = (SegmentKind.CARRIER_LANE, PLANTED_DAMAGE.segment)
    shortage = (SegmentKind.SITE_PICK_ZONE, PLANTED_SHORTAGE.segment)
    found: Counter[str] = Counter()
    for seed in range(seeds):
        shipments, claims = history(seed).facts()
        flagged = {
            (f.kind, f.segment)
            for f in find_anomalies(build_cells(shipments, claims))
            if f.verdict == Verdict.ANOMALY
        }
        found["damage"] += damage in flagged
        found["shortage"] += shortage in flagged
        others = {s for s in flagged if s[0] != SegmentKind.ITEM_CATEGORY} - {damage, shortage}
        found["noise flagged beside them"] += bool(others)
    print(f"planted history, {seeds} seeds")
    for name, count in found.items():
        print(f"  {name}: {count}/{seeds} seeds")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=200)
    parser.add_argument("--planted-seeds", type=int, default=50)
    args = parser.parse_args()
    noise(args.seeds)
    planted(args.planted_seeds)


if __name__ == "__main__":
    main()
