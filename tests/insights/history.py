"""A small history in the database for the insights tests: two lanes, three months, one
lane's damage claims jumping in the third month, every claim taken in by the pipeline."""

import importlib.util
import sys
from datetime import date, timedelta
from types import ModuleType
from typing import Any

from app.context import Context
from app.db import transaction
from app.erp.loader import load_erp
from app.erp.schema import parse_erp_document
from app.jobs.local import process_file
from tests.conftest import SAMPLES


def _generator() -> ModuleType:
    """sample_docs/scripts/make_history.py, which is a script and not a package."""
    path = SAMPLES / "scripts" / "make_history.py"
    spec = importlib.util.spec_from_file_location("make_history", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_history"] = module
    spec.loader.exec_module(module)
    return module


make_history = _generator()

MONTHS = (date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1))
LANES = (("RL-CARRIERS", "DC-EAST", "PA"), ("XPO-LTL", "DC-EAST", "NJ"))
SHIPMENTS = 40  # a lane a month
# Damage claims a lane a month: the second lane's third month is the problem.
DAMAGED = {("RL-CARRIERS", 2): 3, ("XPO-LTL", 2): 13}
BASELINE = 3


def load_small_history(ctx: Context, folder: Any) -> list[dict[str, Any]]:
    """Load the ERP records, write and process the claims; the results of `process`."""
    erp: dict[str, Any] = {
        "customers": [
            {"id": cid, "name": name, "email_domains": [domain], "contacts": []}
            for cid, name, domain, _ in make_history.CUSTOMERS
        ],
        "vendors": [{"id": v, "name": v, "rtv_allowed": True} for v in make_history.VENDORS],
        "items": make_history.catalogue(),
        "orders": [],
        "shipments": [],
        "invoices": [],
    }
    sku = erp["items"][0]["sku"]
    claims = []
    number = 0
    for m, month in enumerate(MONTHS):
        for carrier, site, region in LANES:
            damaged = DAMAGED.get((carrier, m), BASELINE)
            for n in range(SHIPMENTS):
                number += 1
                _add(erp, number, month + timedelta(days=n % 25), carrier, site, region, sku)
                if n < damaged:
                    claims.append(
                        make_history.Claim(
                            number=number,
                            shipment_id=f"SH-9{number:05d}",
                            order_number=f"SO-9{number:05d}",
                            customer=0,
                            sku=sku,
                            quantity=1,
                            reason=make_history.ReasonCode.DAMAGED,
                            received=month + timedelta(days=n % 25 + 2),
                        )
                    )
    with transaction(ctx.sessions) as session:
        load_erp(session=session, document=parse_erp_document(erp))
    results = []
    for claim in claims:
        path = folder / f"claim-{claim.number}.eml"
        path.write_bytes(make_history.email_of(claim))
        results.append(process_file(ctx, path, channel=None, customer=None, received_at=None))
    return results


def _add(
    erp: dict[str, Any], number: int, day: date, carrier: str, site: str, region: str, sku: str
) -> None:
    order = f"SO-9{number:05d}"
    line = {"sku": sku, "quantity": 5, "unit_price": "20.00"}
    erp["orders"].append(
        {
            "order_number": order,
            "customer_id": make_history.CUSTOMERS[0][0],
            "order_date": day.isoformat(),
            "lines": [{"line_no": 1, **line}],
        }
    )
    erp["shipments"].append(
        {
            "shipment_id": f"SH-9{number:05d}",
            "order_number": order,
            "site": site,
            "carrier": carrier,
            "ship_to": {"region": region},
            "ship_date": day.isoformat(),
            "delivery_date": (day + timedelta(days=1)).isoformat(),
            "lines": [{"sku": sku, "quantity": 5, "pick_zone": "B-01"}],
        }
    )
    erp["invoices"].append(
        {
            "invoice_number": f"INV-9{number:05d}",
            "order_number": order,
            "invoice_date": day.isoformat(),
            "lines": [line],
        }
    )
