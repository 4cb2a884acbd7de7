"""Make a few months of history: ERP shipments and the claim emails they drew.

    .venv/bin/python sample_docs/scripts/make_history.py --out var/history [--seed 1]
    intake erp load var/history/erp.json && intake process var/history/requests

or `make run`, which does both.

Deterministic for a seed. Four months (July to October 2026) of shipments from two
sites by three carriers to eight ship-to regions, picked in six zones a site, and the
claims customers sent about them at steady background rates, with two problems planted
(unless --noise-only):

- damage: XPO-LTL on the lane DC-EAST → NJ damages far more shipments in September
  and October (PLANTED_DAMAGE);
- shortage: pick zone B-04 of DC-WEST ships short far more often in October
  (PLANTED_SHORTAGE).

Everything else is noise, so the anomaly report should name those two and nothing
else. `history(seed)` gives the same history as records, for the tests and
bench/anomalies.py, without the database.
"""

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.insights.segments import ClaimFact, ShipmentFact, ShippedLine  # noqa: E402
from rules.vocabulary import ReasonCode  # noqa: E402

MONTHS = (date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1))
SHIPMENTS_A_MONTH = 1500
SITES = {
    "DC-EAST": ("PA", "NJ", "NY", "MD"),
    "DC-WEST": ("CA", "NV", "AZ", "OR"),
}
CARRIERS = ("RL-CARRIERS", "OD-FREIGHT", "XPO-LTL")
ZONES = ("B-01", "B-02", "B-03", "B-04", "B-05", "B-06")
CATEGORIES = ("valves", "fittings", "pipe", "controls", "water-heaters", "fixtures")
VENDORS = ("V-71", "V-72", "V-73", "V-74", "V-75")

# Background rates: a shipment damaged; a line short; a line defective.
DAMAGE_RATE = 0.03
SHORT_RATE = 0.01
DEFECT_RATE = 0.004
LATE_SHARE = 0.1  # claims sent after the damage report window
SEED = 1  # the history `make run` loads


@dataclass(frozen=True)
class Planted:
    """A segment whose rate is raised in some months."""

    segment: str
    months: dict[date, float]  # month → rate in that month


PLANTED_DAMAGE = Planted("XPO-LTL DC-EAST → NJ", {date(2026, 9, 1): 0.10, date(2026, 10, 1): 0.22})
PLANTED_SHORTAGE = Planted("DC-WEST / B-04", {date(2026, 10, 1): 0.07})

CUSTOMERS = (
    ("C-7001", "Allegheny Plumbing Supply", "alleghenyplumb.com", "Rita Novak"),
    ("C-7002", "Garden State Mechanical", "gsmech.com", "Luis Ortega"),
    ("C-7003", "Empire Hydronics", "empirehydronics.com", "Joan Walsh"),
    ("C-7004", "Chesapeake Builders Co-op", "chesbuild.com", "Ken Mbeki"),
    ("C-7005", "Pacific Crest Contractors", "pacificcrest.com", "Amy Chen"),
    ("C-7006", "Desert Sun Heating", "desertsunheat.com", "Omar Haddad"),
)
REASON_WORDS = {
    ReasonCode.DAMAGED: ("arrived damaged, the cartons were crushed", "damaged goods"),
    ReasonCode.SHORT: (
        "were missing from the delivery, we received less than invoiced",
        "short shipment",
    ),
    ReasonCode.DEFECTIVE: ("are defective and do not work", "defective parts"),
}


@dataclass(frozen=True)
class Claim:
    number: int
    shipment_id: str
    order_number: str
    customer: int  # index into CUSTOMERS
    sku: str
    quantity: int
    reason: ReasonCode
    received: date


@dataclass(frozen=True)
class History:
    erp: dict[str, Any]
    claims: list[Claim]

    def facts(self) -> tuple[list[ShipmentFact], list[ClaimFact]]:
        """The shipments and claims as the insights read model sees them (no database)."""
        items = {item["sku"]: item for item in self.erp["items"]}
        shipments = [
            ShipmentFact(
                shipment_id=s["shipment_id"],
                order_number=s["order_number"],
                ship_date=date.fromisoformat(s["ship_date"]),
                site=s["site"],
                carrier=s["carrier"],
                region=s["ship_to"]["region"],
                lines=tuple(
                    ShippedLine(
                        sku=line["sku"],
                        pick_zone=line["pick_zone"],
                        category=items[line["sku"]]["category"],
                        vendor=items[line["sku"]]["vendor_id"],
                    )
                    for line in s["lines"]
                ),
            )
            for s in self.erp["shipments"]
        ]
        claims = [
            ClaimFact(f"claim-{c.number}", c.shipment_id, c.sku, c.reason) for c in self.claims
        ]
        return shipments, claims


def catalogue() -> list[dict[str, Any]]:
    """The items, the same for every seed."""
    rng = random.Random(1)  # the catalogue is the same for every seed
    items = []
    for c, category in enumerate(CATEGORIES):
        for n in range(3):
            items.append(
                {
                    "sku": f"H{category[:3].upper()}-{c}{n}0",
                    "description": f"{category} item {n + 1}",
                    "unit_cost": f"{rng.uniform(8, 120):.2f}",
                    "category": category,
                    "returnable": True,
                    "vendor_id": VENDORS[(c + n) % len(VENDORS)],
                }
            )
    return items


def history(seed: int, *, planted: bool = True) -> History:
    """The history of one seed: ERP records and the claims, with or without the problems."""
    rng = random.Random(seed)
    items = catalogue()
    erp: dict[str, Any] = {
        "customers": [
            {
                "id": cid,
                "name": name,
                "email_domains": [domain],
                "contacts": [{"email": f"returns@{domain}", "name": person}],
            }
            for cid, name, domain, person in CUSTOMERS
        ],
        "vendors": [{"id": v, "name": f"Vendor {v}", "rtv_allowed": True} for v in VENDORS],
        "items": items,
        "orders": [],
        "shipments": [],
        "invoices": [],
    }
    claims: list[Claim] = []
    number = 0
    for month in MONTHS:
        for _ in range(SHIPMENTS_A_MONTH):
            number += 1
            claims.extend(_ship(rng, erp, items, month, number, planted))
    return History(erp=erp, claims=claims)


def _ship(
    rng: random.Random,
    erp: dict[str, Any],
    items: list[dict[str, Any]],
    month: date,
    number: int,
    planted: bool,
) -> list[Claim]:
    """One order shipped in the month, and the claims it drew."""
    site = rng.choice(tuple(SITES))
    region = rng.choice(SITES[site])
    carrier = rng.choice(CARRIERS)
    customer = rng.randrange(len(CUSTOMERS))
    ship_date = month + timedelta(days=rng.randrange(28))
    order, shipment = f"SO-7{number:05d}", f"SH-7{number:05d}"
    lines = [
        {"sku": item["sku"], "quantity": rng.randint(2, 12), "pick_zone": rng.choice(ZONES)}
        for item in rng.sample(items, 2)
    ]
    prices = {line["sku"]: f"{rng.uniform(12, 180):.2f}" for line in lines}
    erp["orders"].append(
        {
            "order_number": order,
            "customer_id": CUSTOMERS[customer][0],
            "order_date": (ship_date - timedelta(days=2)).isoformat(),
            "lines": [
                {
                    "line_no": i + 1,
                    "sku": line["sku"],
                    "quantity": line["quantity"],
                    "unit_price": prices[line["sku"]],
                }
                for i, line in enumerate(lines)
            ],
        }
    )
    erp["shipments"].append(
        {
            "shipment_id": shipment,
            "order_number": order,
            "site": site,
            "carrier": carrier,
            "ship_to": {"region": region, "country": "US"},
            "ship_date": ship_date.isoformat(),
            "delivery_date": (ship_date + timedelta(days=2)).isoformat(),
            "lines": lines,
        }
    )
    erp["invoices"].append(
        {
            "invoice_number": f"INV-7{number:05d}",
            "order_number": order,
            "invoice_date": ship_date.isoformat(),
            "lines": [
                {
                    "sku": line["sku"],
                    "quantity": line["quantity"],
                    "unit_price": prices[line["sku"]],
                }
                for line in lines
            ],
        }
    )
    # Most claims come within days of delivery; some come late (the policy's windows apply).
    late = rng.random() < LATE_SHARE
    received = ship_date + timedelta(days=2 + (rng.randrange(8, 14) if late else rng.randrange(3)))
    lane = f"{carrier} {site} → {region}"
    damage = _rate(PLANTED_DAMAGE, lane, month, DAMAGE_RATE, planted)
    found: list[tuple[dict[str, Any], ReasonCode]] = []
    if rng.random() < damage:
        found.append((rng.choice(lines), ReasonCode.DAMAGED))
    for line in lines:
        zone = f"{site} / {line['pick_zone']}"
        if rng.random() < _rate(PLANTED_SHORTAGE, zone, month, SHORT_RATE, planted):
            found.append((line, ReasonCode.SHORT))
        if rng.random() < DEFECT_RATE:
            found.append((line, ReasonCode.DEFECTIVE))
    return [
        Claim(
            number=number * 10 + i,
            shipment_id=shipment,
            order_number=order,
            customer=customer,
            sku=line["sku"],
            quantity=rng.randint(1, min(3, line["quantity"])),
            reason=reason,
            received=received,
        )
        for i, (line, reason) in enumerate(found)
    ]


def _rate(plant: Planted, segment: str, month: date, background: float, planted: bool) -> float:
    if planted and segment == plant.segment:
        return plant.months.get(month, background)
    return background


def email_of(claim: Claim) -> bytes:
    """The claim as the customer's email."""
    _, _, domain, person = CUSTOMERS[claim.customer]
    sentence, subject = REASON_WORDS[claim.reason]
    message = EmailMessage()
    message["From"] = f"{person} <returns@{domain}>"
    message["To"] = "returns@distributor.example"
    message["Subject"] = f"{claim.order_number} - {subject}"
    sent = datetime.combine(claim.received, datetime.min.time(), UTC) + timedelta(hours=14)
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<history-{claim.number}@{domain}>"
    message.set_content(
        f"Hello,\n\nOn order {claim.order_number}, {claim.quantity} x {claim.sku} "
        f"{sentence}.\nPlease credit us.\n\nThanks,\n{person}\n"
    )
    return bytes(message)


def write(found: History, out: Path) -> None:
    """erp.json and one email a claim under requests/ (named in order)."""
    requests = out / "requests"
    requests.mkdir(parents=True, exist_ok=True)
    (out / "erp.json").write_text(json.dumps(found.erp, indent=1) + "\n")
    for claim in found.claims:
        (requests / f"claim-{claim.number:07d}.eml").write_bytes(email_of(claim))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("var/history"))
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--noise-only", action="store_true", help="plant no problem")
    args = parser.parse_args()
    found = history(args.seed, planted=not args.noise_only)
    write(found, args.out)
    shipments = len(found.erp["shipments"])
    print(f"{shipments} shipments, {len(found.claims)} claims in {args.out}")


if __name__ == "__main__":
    main()
