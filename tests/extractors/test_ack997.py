"""The 997 functional acknowledgement: addressed back, per group and set, readable again."""

from datetime import datetime

import pytest

from extractors.edi.ack997 import (
    SetResult,
    acknowledge,
    functional_ack,
    functional_reject,
    results_of,
)
from extractors.edi.edi180 import read_edi
from extractors.edi.x12 import Interchange, read_interchange
from tests.extractors.test_x12 import EDI, MUTATIONS, PUBLIC, build_interchange

NOW = datetime(2026, 11, 16, 10, 45)


def elements(ack: Interchange) -> list[tuple[str, ...]]:
    """The segments of the one 997 set of an acknowledgement, ST and SE left out."""
    (group,) = ack.groups
    return [
        (segment.tag, *segment.elements)
        for transaction in group.transactions
        for segment in transaction.segments
        if segment.tag not in ("ST", "SE")
    ]


def test_a_997_for_two_accepted_sets_reads_back_addressed_to_the_sender() -> None:
    data = (EDI / "03-summit-two-sets.edi").read_bytes()
    incoming = read_interchange(data)

    ack = read_interchange(
        functional_ack(incoming, accepted={"0001": True, "0002": True}, control_number=42, now=NOW)
    )

    assert (ack.sender_id, ack.receiver_id) == ("DISTRIBUTOR", "SUMMITHVAC")
    assert ack.control_number == "000000042"
    assert ack.delimiters == incoming.delimiters
    assert ack.test is False
    assert str(ack.date) == "2026-11-16"
    (group,) = ack.groups
    assert (group.functional_id, group.control_number, group.version) == ("FA", "42", "004010")
    assert (group.application_sender, group.application_receiver) == ("DISTRIBUTOR", "SUMMITHVAC")
    (transaction,) = group.transactions
    assert (transaction.set_id, transaction.control_number) == ("997", "0001")
    assert elements(ack) == [
        ("AK1", "AN", "214"),
        ("AK2", "180", "0001"),
        ("AK5", "A"),
        ("AK2", "180", "0002"),
        ("AK5", "A"),
        ("AK9", "A", "2", "2", "2"),
    ]


def test_some_sets_rejected_makes_a_partial_group() -> None:
    incoming = read_interchange((EDI / "03-summit-two-sets.edi").read_bytes())
    ack = functional_ack(
        incoming, accepted={"0001": True, "0002": False}, control_number=7, now=NOW
    )
    assert elements(read_interchange(ack))[4:] == [("AK5", "R", "5"), ("AK9", "P", "2", "2", "1")]

    ack = functional_ack(
        incoming,
        accepted={"0001": SetResult(False, "1"), "0002": False},
        control_number=7,
        now=NOW,
    )
    assert elements(read_interchange(ack))[-1] == ("AK9", "R", "2", "2", "0")


def test_newline_terminators_and_the_test_flag_are_kept() -> None:
    data = (EDI / "04-keystone-test-newline-terminators.edi").read_bytes()
    raw = acknowledge(read_edi(data), data, control_number=9, now=NOW)
    assert raw is not None
    assert raw.count(b"\n") == 10
    assert b"~" not in raw
    ack = read_interchange(raw)
    assert ack.test is True
    assert ack.delimiters.segment == "\n"
    assert elements(ack) == [
        ("AK1", "AN", "103"),
        ("AK2", "180", "0001"),
        ("AK5", "A"),
        ("AK9", "A", "1", "1", "1"),
    ]


def test_a_set_that_is_not_supported_is_rejected_with_code_1() -> None:
    data = (PUBLIC / "x12_850_004010_x12types.edi").read_bytes()
    reading = read_edi(data)
    assert results_of(reading) == {"000000001": SetResult(False, "1")}
    raw = acknowledge(reading, data, control_number=11, now=NOW)
    assert raw is not None
    ack = read_interchange(raw)
    assert (ack.sender_qualifier, ack.sender_id) == ("14", "0073268795005")
    assert (ack.receiver_qualifier, ack.receiver_id) == ("ZZ", "SENDERISA")
    assert elements(ack) == [
        ("AK1", "PO", "1"),
        ("AK2", "850", "000000001"),
        ("AK5", "R", "1"),
        ("AK9", "R", "1", "1", "0"),
    ]


def test_one_997_per_group_received() -> None:
    one = build_interchange(["BGN*00*A*20261107"]).splitlines()
    two = build_interchange(["BGN*00*B*20261107"], group_control="2").splitlines()
    text = "\n".join([*one[:-1], *two[1:-1], "IEA*2*000000001~"])
    incoming = read_interchange(text.encode())
    assert len(incoming.groups) == 2

    ack = read_interchange(
        functional_ack(incoming, accepted={"0001": True}, control_number=5, now=NOW)
    )
    (group,) = ack.groups
    assert [t.control_number for t in group.transactions] == ["0001", "0002"]
    assert [t.segments[1].elements for t in group.transactions] == [("AN", "1"), ("AN", "2")]


def test_an_interchange_that_could_not_be_read_is_rejected_as_a_whole() -> None:
    data = (EDI / "05-keystone-bad-segment-count.edi").read_bytes()
    reading = read_edi(data)
    assert reading.rejection is not None

    raw = acknowledge(reading, data, control_number=12, now=NOW)

    assert raw is not None
    ack = read_interchange(raw)
    assert ack.receiver_id == "KEYSTONEMECH"
    assert elements(ack) == [
        ("AK1", "AN", "104"),
        ("AK2", "180", "0001"),
        ("AK5", "R", "4"),  # number of included segments does not match actual count
        ("AK9", "R", "1", "1", "0"),
    ]


def test_a_group_refused_as_a_whole_carries_its_codes() -> None:
    text = build_interchange(["BGN*00*A*20261107"]).replace("GE*1*1~", "GE*3*9~")
    raw = functional_reject(text.encode(), control_number=13, now=NOW)
    assert raw is not None
    assert elements(read_interchange(raw))[-1] == ("AK9", "R", "3", "1", "0", "5", "4")


def test_mixed_terminators_are_rejected_in_the_sender_s_own_delimiters() -> None:
    data = (PUBLIC / "x12_856_004010_stupidedi_FAIL_mixed_terminators.edi").read_bytes()
    raw = functional_reject(data, control_number=14, now=NOW)
    assert raw is not None
    assert raw.endswith(b"IEA*1*000000014$")
    ack = read_interchange(raw)
    assert ack.delimiters.segment == "$"
    assert elements(ack) == [
        ("AK1", "SH", "000000089"),
        ("AK2", "856", "0000001"),
        ("AK5", "R"),
        ("AK9", "R", "1", "1", "0"),
    ]


@pytest.mark.parametrize(
    "data",
    [
        (PUBLIC / "edifact_INVOIC_D97B_staedi.edi").read_bytes(),
        b"not edi at all",
        build_interchange().split("GS*")[0].encode(),  # an ISA and nothing else
    ],
)
def test_no_997_without_an_isa_or_a_group(data: bytes) -> None:
    assert functional_reject(data, control_number=1, now=NOW) is None
    assert acknowledge(read_edi(data), data, control_number=1, now=NOW) is None


def test_bad_arguments_are_errors() -> None:
    incoming = read_interchange((EDI / "01-keystone-damaged-elbows.edi").read_bytes())
    with pytest.raises(ValueError, match="no result for transaction set 0001"):
        functional_ack(incoming, accepted={}, control_number=1, now=NOW)
    with pytest.raises(ValueError, match="not between 1 and 999999999"):
        functional_ack(incoming, accepted={"0001": True}, control_number=0, now=NOW)
    with pytest.raises(ValueError, match="is not an AK5 error code"):
        functional_ack(
            incoming, accepted={"0001": SetResult(False, "5*~")}, control_number=1, now=NOW
        )


def test_every_sample_gets_a_readable_997_or_none() -> None:
    for path in sorted(EDI.glob("*.edi")) + sorted(PUBLIC.glob("*.edi")):
        data = path.read_bytes()
        raw = acknowledge(read_edi(data), data, control_number=100, now=NOW)
        if raw is not None:
            assert read_interchange(raw).groups[0].functional_id == "FA", path.name


def test_mutated_interchanges_never_raise_from_the_reject() -> None:
    made = 0
    for data in MUTATIONS:
        raw = functional_reject(data, control_number=3, now=NOW)
        if raw is not None:
            made += 1
            read_interchange(raw)
    assert made
