"""How the time to read and decide a request grows with its number of claim lines.

    .venv/bin/python bench/claim_lines.py [--sizes 1000,2000,4000,10000,24000] [--skip-pipeline]

For each size it prints, in seconds and in microseconds per line:

- `rules`: `rules.decide` on a claim of that many DAMAGED lines of one order (the
  line limit lifted, so every line is checked: the rules themselves must be linear);
- `x12`: `read_edi` on an X12 180 interchange with that many BLI loops;
- `pipeline`: `intake process` of that interchange into a fresh SQLite database, with
  the line limit as configured (INTAKE_MAX_CLAIM_LINES, default 500): past it, the
  request goes to review whole, so this is the time a hostile file costs the service.

Figures only: nothing here passes or fails. Linear time shows as a flat per-line figure.
"""

import argparse
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from extractors.edi.edi180 import read_edi  # noqa: E402
from rules import decide  # noqa: E402
from rules.facts import (  # noqa: E402
    ClaimFacts,
    ClaimLine,
    OrderFacts,
    OrderLine,
    ShipmentFacts,
    ShipmentLine,
)
from rules.policy import load_policy  # noqa: E402
from rules.vocabulary import ReasonCode  # noqa: E402

SKUS = [f"SKU-{number:03d}" for number in range(20)]


def claim_of(size: int) -> ClaimFacts:
    """A claim of `size` DAMAGED lines over the 20 SKUs of one order, limit lifted."""
    order = OrderFacts(
        order_number="SO-1",
        customer_id="C-1",
        currency="USD",
        lines=tuple(OrderLine(n, sku, 10**6, Decimal("1.00")) for n, sku in enumerate(SKUS)),
        shipments=(
            ShipmentFacts(
                "SH-1",
                "MAIN",
                "UPS",
                date(2026, 11, 1),
                date(2026, 11, 2),
                tuple(ShipmentLine(sku, 10**6) for sku in SKUS),
            ),
        ),
    )
    lines = tuple(ClaimLine(SKUS[n % len(SKUS)], 1, ReasonCode.DAMAGED) for n in range(size))
    return ClaimFacts(
        received_date=date(2026, 11, 3),
        lines=lines,
        sender_customer_id="C-1",
        order=order,
        # max_lines (no limit): a tree from before the limit has no such field
        **({"max_lines": None} if "max_lines" in ClaimFacts.__dataclass_fields__ else {}),
    )


def interchange_of(size: int) -> bytes:
    """An X12 180 of the sample partner with `size` BLI loops on one order."""
    segments = [
        "GS*AN*KEYSTONEMECH*DISTRIBUTOR*20261107*0915*101*X*004010",
        "ST*180*0001",
        "BGN*00*KM-RTN-4471*20261107*0915",
        "PRF*PO-77812",
        "N1*BY*Keystone Mechanical Contractors*92*C-1001",
    ]
    for _ in range(size):
        segments += ["BLI*VP*FTG-CU-E90-100*1*EA", "RDR**DA**elbows crushed"]
    count = len(segments) - 1 + 1  # ST to SE
    segments += [f"SE*{count}*0001", "GE*1*101", "IEA*1*000000101"]
    isa = (
        "ISA*00*          *00*          *ZZ*KEYSTONEMECH   *ZZ*DISTRIBUTOR    "
        "*261107*0915*U*00401*000000101*0*P*>"
    )
    return ("~\n".join([isa, *segments]) + "~\n").encode()


def timed(work: object) -> float:
    assert callable(work)
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def pipeline_seconds(data: bytes) -> float:
    """`intake process` of the interchange into a fresh data folder."""
    from app.context import build_context
    from app.db import transaction
    from app.erp.loader import load_erp
    from app.erp.schema import load_erp_file
    from app.jobs.local import process_file
    from app.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        ctx = build_context(Settings(data_dir=Path(folder)))
        document = load_erp_file(ROOT / "sample_docs" / "erp" / "sample-erp.json")
        with transaction(ctx.sessions) as session:
            load_erp(session=session, document=document)
        path = Path(folder) / "big.edi"
        path.write_bytes(data)
        start = time.perf_counter()
        result = process_file(ctx, path, channel=None, customer=None, received_at=None)
        elapsed = time.perf_counter() - start
        if "error" in result:  # past the X12 limits: refused, and how long that took
            print(f"  refused: {result['error']}")
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000,10000,24000")
    parser.add_argument("--skip-pipeline", action="store_true")
    args = parser.parse_args()
    from app.logs import configure_logging

    configure_logging(level="WARNING")  # figures only on standard output
    policy = load_policy()
    print(f"{'lines':>7} {'stage':<9} {'seconds':>9} {'us/line':>9}")
    for size in (int(s) for s in args.sizes.split(",")):
        claim, data = claim_of(size), interchange_of(size)
        stages = {"rules": partial(decide, claim, policy), "x12": partial(read_edi, data)}
        for stage, work in stages.items():
            seconds = timed(work)
            print(f"{size:>7} {stage:<9} {seconds:>9.3f} {seconds / size * 1e6:>9.1f}")
        if not args.skip_pipeline:
            seconds = pipeline_seconds(data)
            print(f"{size:>7} {'pipeline':<9} {seconds:>9.3f} {seconds / size * 1e6:>9.1f}")


if __name__ == "__main__":
    main()
