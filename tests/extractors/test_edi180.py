"""The 180 reader: claim fields of return authorization requests, and what it does not read."""

import datetime as dt
import random
from typing import Any

import pytest

from extractors.edi.edi180 import (
    RDR02_REASONS,
    Edi180,
    EdiReading,
    UnsupportedTransaction,
    read_180,
    read_edi,
)
from extractors.edi.x12 import X12Error, read_interchange
from extractors.fields import Proposed, ProposedLine
from rules.vocabulary import ReasonCode
from tests.extractors.test_x12 import EDI, MUTATIONS, PUBLIC, build_interchange

BGN = "BGN*00*KM-1*20261107*0915"
LINE_BODY = ["BLI*VP*VLV-2210-BR*3*EA", "RDR**DA"]


def read_one(*body: str, set_id: str = "180", usage: str = "P") -> Edi180:
    """The one 180 of an interchange built around these segments."""
    reading = read_edi(build_interchange(list(body), set_id=set_id, usage=usage).encode())
    assert reading.rejection is None
    (outcome,) = reading.transactions
    assert isinstance(outcome, Edi180), outcome
    return outcome


def summary(line: ProposedLine) -> tuple[object, ...]:
    return (
        line.sku.value if line.sku else None,
        line.quantity.value if line.quantity else None,
        line.reason.value,
        line.reason.confidence,
    )


def read_sample(name: str) -> EdiReading:
    reading = read_edi((EDI / name).read_bytes())
    assert reading.rejection is None, reading.rejection
    return reading


# --- the samples -----------------------------------------------------------------------


def test_single_damaged_line_on_a_keystone_po() -> None:
    reading = read_sample("01-keystone-damaged-elbows.edi")
    assert reading.interchange is not None
    assert reading.interchange.sender_id == "KEYSTONEMECH"  # C-1001's edi_id
    (edi,) = reading.transactions
    assert isinstance(edi, Edi180)

    assert (edi.control_number, edi.reference) == ("0001", "KM-RTN-4471")
    assert edi.received_date == dt.date(2026, 11, 7)
    assert edi.fields.extractor == "edi"
    assert edi.fields.is_claim is True
    assert [ref.value for ref in edi.fields.order_refs] == ["PO-77812"]
    assert [summary(line) for line in edi.fields.lines] == [
        ("FTG-CU-E90-100", 25, ReasonCode.DAMAGED, 1.0)
    ]


def test_two_reasons_one_coded_and_one_in_words() -> None:
    (edi,) = read_sample("02-keystone-defective-and-short.edi").transactions
    assert isinstance(edi, Edi180)

    assert [ref.value for ref in edi.fields.order_refs] == ["INV-88098"]
    assert [summary(line) for line in edi.fields.lines] == [
        ("KM-40112", 10, ReasonCode.DEFECTIVE, 1.0),  # RDR02 DR; a customer part number
        ("VLV-1005-BV", 6, ReasonCode.SHORT, 0.9),  # RDR04 "6 units short"
    ]
    short = edi.fields.lines[1].reason.evidence
    assert short is not None
    assert short.quote == "short"
    assert edi.text[short.start : short.end] == "short"


def test_two_transaction_sets_in_one_interchange_with_pipes() -> None:
    reading = read_sample("03-summit-two-sets.edi")
    assert reading.interchange is not None
    assert reading.interchange.sender_id == "SUMMITHVAC"  # C-1003's edi_id
    first, second = reading.transactions
    assert isinstance(first, Edi180)
    assert isinstance(second, Edi180)

    assert [ref.value for ref in first.fields.order_refs] == ["SO-104244"]
    assert [summary(line) for line in first.fields.lines] == [
        ("084512021006", 2, ReasonCode.WRONG_ITEM, 1.0)  # a UPC of TST-2100-NP
    ]
    assert [ref.value for ref in second.fields.order_refs] == ["PO-60455"]
    assert [summary(line) for line in second.fields.lines] == [
        ("HVC-FLT-1625-M11", 5, ReasonCode.NOT_NEEDED, 1.0)
    ]
    assert first.text.splitlines()[0] == "ST|180|0001"


def test_a_test_interchange_with_newline_terminators_is_read_and_noted() -> None:
    reading = read_sample("04-keystone-test-newline-terminators.edi")
    assert reading.interchange is not None
    assert reading.interchange.test is True
    (edi,) = reading.transactions
    assert isinstance(edi, Edi180)
    assert [ref.value for ref in edi.fields.order_refs] == ["SO-104218"]
    assert [summary(line) for line in edi.fields.lines] == [
        ("FTG-PEX-CPL-050", 5, ReasonCode.NOT_NEEDED, 1.0)
    ]
    assert "test interchange (ISA15 T)" in edi.fields.notes


def test_a_wrong_segment_count_refuses_the_interchange() -> None:
    reading = read_edi((EDI / "05-keystone-bad-segment-count.edi").read_bytes())
    assert reading.interchange is None
    assert reading.transactions == ()
    assert reading.rejection == "transaction set 180 0001: SE01 says 7 segments, the set has 6"


def test_an_unknown_partner_is_read_all_the_same() -> None:
    reading = read_sample("06-unknown-partner-defective-filters.edi")
    assert reading.interchange is not None
    assert reading.interchange.sender_id == "NORTHWINDPLBG"  # no customer's edi_id
    (edi,) = reading.transactions
    assert isinstance(edi, Edi180)
    assert [ref.value for ref in edi.fields.order_refs] == ["SO-104224"]
    assert [summary(line) for line in edi.fields.lines] == [
        ("HVC-FLT-1625-M11", 3, ReasonCode.DEFECTIVE, 1.0)
    ]


def test_every_value_of_the_samples_is_quoted_from_the_text() -> None:
    for path in sorted(EDI.glob("*.edi")):
        for edi in read_edi(path.read_bytes()).transactions:
            if not isinstance(edi, Edi180):
                continue
            values: list[Proposed[Any]] = [*edi.fields.order_refs]
            for line in edi.fields.lines:
                values += [v for v in (line.sku, line.quantity, line.reason) if v is not None]
            for value in values:
                assert value.evidence is not None
                span = edi.text[value.evidence.start : value.evidence.end]
                assert span == value.evidence.quote
                assert value.evidence.segment == "edi"


# --- what is not a 180 -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "set_id", "control"),
    [
        ("x12_810_004010_edinet_810a.edi", "810", "0001"),
        ("x12_810_004010_stupidedi_pipe_delim.edi", "810", "5639689"),
        ("x12_850_004010_x12types.edi", "850", "000000001"),
        ("x12_856_004060_x12types_1edisource.edi", "856", "0008"),
    ],
)
def test_other_transaction_sets_are_not_supported(name: str, set_id: str, control: str) -> None:
    reading = read_edi((PUBLIC / name).read_bytes())
    assert reading.transactions == (
        UnsupportedTransaction(
            set_id, control, f"transaction set {set_id} is not supported; only 180 is read", "1"
        ),
    )


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("edifact_INVOIC_D97B_staedi.edi", "no ISA segment: not an X12 interchange"),
        ("x12_850_004010_edinet.edi", "IEA02 '000000001' does not match ISA13 '000000055'"),
        ("x12_856_004010_stupidedi_FAIL_mixed_terminators.edi", "mixed segment terminators"),
    ],
)
def test_interchanges_that_cannot_be_read_are_refused_with_a_reason(name: str, reason: str) -> None:
    reading = read_edi((PUBLIC / name).read_bytes())
    assert reading.interchange is None
    assert reading.rejection is not None
    assert reason in reading.rejection


def test_a_180_without_bgn_or_its_date_is_not_read() -> None:
    reading = read_edi(build_interchange(LINE_BODY, ["BGN*00*X*2026-11-07", *LINE_BODY]).encode())
    first, second = reading.transactions
    assert first == UnsupportedTransaction(
        "180", "0001", "transaction set 180 0001 has no BGN segment", "5"
    )
    assert isinstance(second, UnsupportedTransaction)
    assert second.reason == "transaction set 180 0002: BGN03 '2026-11-07' is not a date (CCYYMMDD)"


def test_read_180_refuses_another_set() -> None:
    interchange = read_interchange(build_interchange([BGN], set_id="850").encode())
    with pytest.raises(X12Error, match="is not a 180"):
        read_180(interchange.groups[0].transactions[0], interchange)


# --- reasons ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("DT", ReasonCode.DAMAGED),
        ("DA", ReasonCode.DAMAGED),
        ("DP", ReasonCode.DAMAGED),
        ("DM", ReasonCode.DEFECTIVE),
        ("DR", ReasonCode.DEFECTIVE),
        ("PW", ReasonCode.DEFECTIVE),
        ("WG", ReasonCode.WRONG_ITEM),
        ("CO", ReasonCode.NOT_NEEDED),
        ("EI", ReasonCode.NOT_NEEDED),
        ("SR", ReasonCode.NOT_NEEDED),
        ("PE", ReasonCode.PRICING),
    ],
)
def test_rdr02_codes_map_by_policy_section_8(code: str, reason: ReasonCode) -> None:
    edi = read_one(BGN, "BLI*VP*VLV-2210-BR*3*EA", f"RDR*RS*{code}")
    (line,) = edi.fields.lines
    assert line.reason.value is reason
    assert line.reason.confidence == 1.0
    assert line.reason.evidence is not None
    assert line.reason.evidence.quote == code


def test_the_mapping_table_is_exactly_policy_section_8() -> None:
    assert sorted(RDR02_REASONS) == sorted(
        ["DT", "DA", "DP", "DM", "DR", "PW", "WG", "CO", "EI", "SR", "PE"]
    )


@pytest.mark.parametrize(
    ("text", "reason", "confidence"),
    [
        ("6 units short", ReasonCode.SHORT, 0.9),
        ("two cartons missing from the delivery", ReasonCode.SHORT, 0.9),
        ("received twice", ReasonCode.OVERSHIPPED, 0.9),
        ("4 extra units on the pallet", ReasonCode.OVERSHIPPED, 0.9),
        ("arrived crushed", ReasonCode.DAMAGED, 0.9),
        ("does not work", ReasonCode.DEFECTIVE, 0.9),
        ("we want to return these", ReasonCode.NOT_NEEDED, 0.6),
    ],
)
def test_rdr04_text_is_read_with_the_email_lexicon(
    text: str, reason: ReasonCode, confidence: float
) -> None:
    edi = read_one(BGN, "BLI*VP*VLV-2210-BR*6*EA", f"RDR****{text}")
    (line,) = edi.fields.lines
    assert (line.reason.value, line.reason.confidence) == (reason, confidence)


def test_an_unmapped_code_falls_back_to_the_text_and_a_mapped_code_wins() -> None:
    edi = read_one(
        BGN,
        "BLI*VP*A-1*6*EA",
        "RDR**ZZ**6 units short",
        "BLI*VP*B-2*2*EA",
        "RDR**DT**overshipped",
    )
    assert [summary(line)[2] for line in edi.fields.lines] == [
        ReasonCode.SHORT,
        ReasonCode.DAMAGED,
    ]
    assert "line 1: RDR02 'ZZ' names no reason of policy.md 8" in edi.fields.notes


def test_a_heading_rdr_gives_lines_without_their_own() -> None:
    edi = read_one(BGN, "RDR**DT", "BLI*VP*A-1*1*EA", "BLI*VP*B-2*2*EA", "RDR**PE")
    assert [summary(line)[2] for line in edi.fields.lines] == [
        ReasonCode.DAMAGED,
        ReasonCode.PRICING,
    ]


def test_a_line_without_a_reason_is_left_out_with_a_note() -> None:
    edi = read_one(BGN, "BLI*VP*A-1*1*EA", "RDR****not damaged", "BLI*VP*B-2*2*EA", "RDR**DA")
    assert [summary(line)[0] for line in edi.fields.lines] == ["B-2"]
    assert "line 1: no reason (RDR02 or RDR04); left out" in edi.fields.notes


def test_urgency_in_the_text() -> None:
    assert read_one(BGN, "BLI*VP*A-1*1*EA", "RDR**DA**job site down").fields.urgent
    assert not read_one(BGN, "BLI*VP*A-1*1*EA", "RDR**DA**no rush").fields.urgent


# --- products, quantities, references --------------------------------------------------


def test_our_part_number_is_preferred_over_a_upc() -> None:
    edi = read_one(BGN, "BLI*UP*0718123456789*2*EA****VP*VLV-2210-BR", "RDR**DA")
    assert summary(edi.fields.lines[0])[0] == "VLV-2210-BR"
    edi = read_one(BGN, "BLI*ZZ*MYSTERY-9*2*EA", "RDR**DA")
    assert summary(edi.fields.lines[0])[0] == "MYSTERY-9"


def test_quantity_from_qty_where_bli03_is_empty_and_odd_quantities() -> None:
    edi = read_one(BGN, "BLI*VP*A-1**EA", "QTY*39*7", "RDR**DA")
    assert summary(edi.fields.lines[0])[1] == 7
    edi = read_one(BGN, "BLI*VP*A-1*4.0*CA", "RDR**DA")
    assert summary(edi.fields.lines[0])[1] == 4
    assert "line 1: the quantity is in CA" in edi.fields.notes
    edi = read_one(BGN, "BLI*VP*A-1*2.5*EA", "RDR**DA")
    assert summary(edi.fields.lines[0])[1] is None
    assert "line 1: quantity '2.5' is not a whole number" in edi.fields.notes


def test_order_references_ranked_ours_then_po_then_invoice() -> None:
    edi = read_one(
        BGN,
        "REF*IV*88098",
        "PRF*77812",
        "N9*VN*SO-104233",
        "REF*ZZ*IGNORED",
        "REF*RZ*RA-55",
        "BLI*VP*A-1*1*EA",
        "RDR**DA",
        "REF*PO*PO-77812",
        "REF*CO*104235",
    )
    assert [ref.value for ref in edi.fields.order_refs] == [
        "SO-104233",
        "SO-104235",
        "PO-77812",
        "INV-88098",
    ]
    assert all(ref.confidence == 1.0 for ref in edi.fields.order_refs)
    assert "the customer's return authorization: RA-55" in edi.fields.notes


def test_no_line_is_no_claim_and_a_cancellation_asks_for_nothing() -> None:
    edi = read_one(BGN, "REF*PO*PO-77812")
    assert (edi.fields.is_claim, edi.fields.not_claim_reason) == (False, "no_claim_lines")
    assert [ref.value for ref in edi.fields.order_refs] == ["PO-77812"]
    edi = read_one("BGN*01*KM-1*20261107", "BLI*VP*A-1*1*EA", "RDR**DA")
    assert (edi.fields.is_claim, edi.fields.not_claim_reason) == (False, "edi_cancellation")
    assert edi.fields.lines == ()


def test_unknown_segments_are_ignored() -> None:
    edi = read_one(
        BGN, "XYZ*1*2", "N1*BY*Keystone", "BLI*VP*A-1*1*EA", "PID*F****VALVE", "ZZ9", "RDR**DA"
    )
    assert [summary(line) for line in edi.fields.lines] == [("A-1", 1, ReasonCode.DAMAGED, 1.0)]


# --- hostile input ---------------------------------------------------------------------


def test_mutated_interchanges_never_raise_from_read_edi() -> None:
    outcomes = [read_edi(data) for data in MUTATIONS]
    assert any(reading.rejection for reading in outcomes)
    assert any(
        isinstance(outcome, Edi180) for reading in outcomes for outcome in reading.transactions
    )


def test_mutated_180_bodies_never_raise_from_read_edi() -> None:
    chance = random.Random(1293)
    pieces = ["BLI", "RDR", "QTY", "REF", "N9", "PRF", "BGN", "*", "**", "DA", "SHORT", "9", ".5"]
    for _ in range(300):
        written = [
            "".join(chance.choice(pieces) for _ in range(chance.randint(1, 8)))
            for _ in range(chance.randint(0, 6))
        ]
        body = [segment for segment in written if segment[:1].isalpha()]
        reading = read_edi(build_interchange([BGN, *body]).encode())
        assert reading.rejection is None or "not a segment" in reading.rejection


def test_an_interchange_of_more_sets_than_the_limit_is_refused_whole() -> None:
    data = build_interchange(*[[BGN, *LINE_BODY]] * 4).encode()
    assert len(read_edi(data, max_sets=4).transactions) == 4
    refused = read_edi(data, max_sets=3)
    assert (refused.interchange, refused.transactions) == (None, ())
    assert refused.rejection == (
        "the interchange has 4 transaction sets, more than the limit of 3; "
        "not read (send them as smaller interchanges)"
    )
