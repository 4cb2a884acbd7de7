"""The claim record: typed when written, validated when read, and rows from before it
had a `kind` still read as what they are."""

import pytest
from pydantic import ValidationError
from sqlalchemy import String, column, select, table, update

from app.context import Context
from app.db import JsonDoc, transaction
from app.jobs.local import process_file
from app.requests.claim_record import ClaimRecord, NotAClaim, read_claim
from app.requests.tables import InboundRequest
from tests.conftest import SAMPLE_REQUESTS

SCENARIO = SAMPLE_REQUESTS / "01-keystone-damaged-and-short.eml"
THANK_YOU = SAMPLE_REQUESTS / "09-keystone-thank-you.eml"

# As the pipeline wrote them before the record was typed (no "kind").
OLD_CLAIM = {
    "customer_id": "C-1001",
    "customer_match": "contact",
    "customer_confidence": 1.0,
    "order_number": "SO-104233",
    "order_confidence": 0.95,
    "order_refs": [
        {
            "value": "SO-104233",
            "confidence": 0.95,
            "evidence": {
                "segment": "body",
                "start": 10,
                "end": 19,
                "quote": "SO-104233",
                "page": None,
                "checks": ["erp:order"],
                "box": None,
                "ocr_confidence": None,
            },
            "alternatives": [],
        }
    ],
    "lines": [
        {
            "sku": "VLV-2210-BR",
            "quantity": 18,
            "reason": "DAMAGED",
            "confidence": {"sku": 0.95, "quantity": 0.9, "reason": 0.9},
            "evidence": {"sku": None, "quantity": None, "reason": None},
        },
        {
            "sku": "VLV-0750-PRV",
            "quantity": 6,
            "reason": "SHORT",
            "confidence": {"sku": 1.0, "quantity": 1.0, "reason": 1.0},
            "evidence": {"set_by": "user:usr_1"},
        },
    ],
    "urgent": False,
    "notes": [],
}
OLD_NOT_A_CLAIM = {"not_claim_reason": "thank_you", "unreadable": []}
# The requests table as plain JSON, past the claim column's own validation.
RAW = table("requests", column("id", String), column("claim", JsonDoc))


def test_rows_written_before_the_record_had_a_kind_are_read_as_what_they_are() -> None:
    claim = read_claim(OLD_CLAIM)
    assert isinstance(claim, ClaimRecord)
    assert claim.lines[1].evidence.set_by == "user:usr_1"
    assert claim.order_refs[0].evidence is not None
    assert claim.order_refs[0].evidence.quote == "SO-104233"
    not_claim = read_claim(OLD_NOT_A_CLAIM)
    assert isinstance(not_claim, NotAClaim)
    assert not_claim.not_claim_reason == "thank_you"
    assert read_claim({}) is None


def test_a_record_that_is_not_one_is_refused_when_read() -> None:
    with pytest.raises(ValidationError):
        read_claim({**OLD_CLAIM, "lines": [{"sku": "X", "quantity": "many", "reason": "HAPPY"}]})
    with pytest.raises(ValidationError):
        read_claim({**OLD_CLAIM, "surprise": 1})


def test_the_column_gives_the_typed_record_back(erp_ctx: Context) -> None:
    claim_id = process_file(erp_ctx, SCENARIO, channel=None, customer=None, received_at=None)
    other_id = process_file(erp_ctx, THANK_YOU, channel=None, customer=None, received_at=None)
    with transaction(erp_ctx.sessions) as session:
        claim = session.get(InboundRequest, claim_id["request_id"])
        other = session.get(InboundRequest, other_id["request_id"])
        assert claim is not None
        assert other is not None
        assert isinstance(claim.claim, ClaimRecord)
        assert [line.sku for line in claim.claim.lines] == ["VLV-2210-BR", "VLV-0750-PRV"]
        assert isinstance(other.claim, NotAClaim)
        stored = session.execute(select(RAW.c.claim).where(RAW.c.id == claim.id)).scalar_one()
    assert stored["kind"] == "claim"


def test_an_old_row_in_the_table_is_read_typed(erp_ctx: Context) -> None:
    line = process_file(erp_ctx, SCENARIO, channel=None, customer=None, received_at=None)
    with transaction(erp_ctx.sessions) as session:
        session.execute(update(RAW).where(RAW.c.id == line["request_id"]).values(claim=OLD_CLAIM))
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, line["request_id"])
        assert request is not None
        assert isinstance(request.claim, ClaimRecord)
        assert request.claim.lines[0].confidence.quantity == 0.9
