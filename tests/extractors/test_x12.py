"""The X12 reader: delimiters from the ISA, segments, envelope checks, hostile input."""

import random
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from extractors.edi.x12 import Segment, X12Error, read_header, read_interchange, scan_interchange

EDI = Path(__file__).resolve().parents[2] / "sample_docs" / "edi"
PUBLIC = EDI / "public"
ISA = (
    "ISA*00*          *00*          *ZZ*KEYSTONEMECH   *ZZ*DISTRIBUTOR    "
    "*261107*0915*U*00401*{control}*0*{usage}*>"
)
LINE = ["BLI*VP*FTG-CU-E90-100*25*EA", "RDR**DA"]


def build_interchange(
    *sets: Sequence[str],
    set_id: str = "180",
    control: str = "000000001",
    usage: str = "P",
    group_control: str = "1",
    terminator: str = "~\n",
) -> str:
    """One group of transaction sets (the segments between ST and SE), every count right."""
    lines = [
        ISA.format(control=control, usage=usage),
        f"GS*AN*KEYSTONEMECH*DISTRIBUTOR*20261107*0915*{group_control}*X*004010",
    ]
    for number, body in enumerate(sets, start=1):
        st02 = f"{number:04d}"
        lines += [f"ST*{set_id}*{st02}", *body, f"SE*{len(body) + 2}*{st02}"]
    lines += [f"GE*{len(sets)}*{group_control}", f"IEA*1*{control}"]
    return terminator.join(lines) + terminator


def good() -> str:
    return build_interchange(["BGN*00*R1*20261107", *LINE])


# --- delimiters, on every public sample ------------------------------------------------

READS = [
    # file, element separator, segment terminator, (set id, control number, segments)
    ("x12_810_004010_edinet_810a.edi", "*", "~", [("810", "0001", 64)]),
    ("x12_810_004010_stupidedi_pipe_delim.edi", "|", "~", [("810", "5639689", 13)]),
    ("x12_850_004010_x12types.edi", "*", "~", [("850", "000000001", 35)]),
    ("x12_856_004060_x12types_1edisource.edi", "*", "\n", [("856", "0008", 31)]),
]
REFUSED = [
    ("edifact_INVOIC_D97B_staedi.edi", "no ISA segment: not an X12 interchange"),
    ("x12_850_004010_edinet.edi", "IEA02 '000000001' does not match ISA13 '000000055'"),
    (
        "x12_856_004010_stupidedi_FAIL_mixed_terminators.edi",
        "mixed segment terminators: the ISA declares '$' but segment N1 on line 13 ends with '~'",
    ),
]


def test_every_public_sample_is_listed() -> None:
    listed = {name for name, *_ in READS} | {name for name, _ in REFUSED}
    assert listed == {path.name for path in PUBLIC.glob("*.edi")}
    assert (PUBLIC / "PROVENANCE.md").is_file()


@pytest.mark.parametrize(("name", "element", "terminator", "sets"), READS)
def test_public_samples_read_with_their_own_delimiters(
    name: str, element: str, terminator: str, sets: list[tuple[str, str, int]]
) -> None:
    interchange = read_interchange((PUBLIC / name).read_bytes())

    assert interchange.delimiters.element == element
    assert interchange.delimiters.segment == terminator
    assert interchange.delimiters.component == ">"
    found = [
        (t.set_id, t.control_number, len(t.segments))
        for group in interchange.groups
        for t in group.transactions
    ]
    assert found == sets


@pytest.mark.parametrize(("name", "reason"), REFUSED)
def test_public_samples_that_are_refused_say_why(name: str, reason: str) -> None:
    with pytest.raises(X12Error) as caught:
        read_interchange((PUBLIC / name).read_bytes())
    assert reason in str(caught.value)


def test_an_isa_that_is_not_fixed_width_reads_behind_a_bom_and_indentation() -> None:
    data = (PUBLIC / "x12_810_004010_edinet_810a.edi").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfISA*00* *00* *")

    interchange = read_interchange(data)

    assert interchange.sender_id == "ABCMUSICSUPPLY"  # ISA06 stripped
    assert interchange.receiver_id == "ARIBAEDI"
    assert interchange.control_number == "000000001"
    assert interchange.test is True
    assert str(interchange.date) == "2003-09-10"
    group = interchange.groups[0]
    assert (group.functional_id, group.control_number, group.version) == ("IN", "1", "004010")


def test_header_fields_and_padding_with_no_break_spaces() -> None:
    header = read_header((PUBLIC / "x12_850_004010_edinet.edi").read_bytes())

    assert (header.sender_qualifier, header.sender_id) == ("01", "000123456")
    assert (header.receiver_qualifier, header.receiver_id) == ("ZZ", "PARTNERID")
    assert header.control_number == "000000055"


def test_newline_terminators_and_a_missing_last_terminator() -> None:
    interchange = read_interchange((EDI / "04-keystone-test-newline-terminators.edi").read_bytes())
    assert interchange.delimiters.segment == "\n"
    assert interchange.test is True

    unterminated = good().rstrip("~\n").encode()
    assert read_interchange(unterminated).control_number == "000000001"


def test_crlf_blank_lines_and_indentation_between_segments() -> None:
    text = good().replace("~\n", "~\r\n\r\n    ")
    interchange = read_interchange(("\ufeff \r\n\t" + text).encode())
    assert [s.tag for s in interchange.groups[0].transactions[0].segments] == [
        "ST",
        "BGN",
        "BLI",
        "RDR",
        "SE",
    ]


def test_other_delimiters_are_read_from_the_isa() -> None:
    text = good().replace("*", "\x1d").replace("~\n", "\x1c").replace(">", "\x1f")
    interchange = read_interchange(text.encode())
    assert interchange.delimiters.element == "\x1d"
    assert interchange.delimiters.segment == "\x1c"
    assert interchange.groups[0].transactions[0].segments[2] == Segment(
        "BLI", ("VP", "FTG-CU-E90-100", "25", "EA")
    )


def test_a_repetition_separator_from_isa11() -> None:
    text = good().replace("*U*00401*", "*^*00501*")
    assert read_interchange(text.encode()).delimiters.repetition == "^"
    assert read_interchange(good().encode()).delimiters.repetition is None


def test_lines_wrapped_at_a_fixed_width_are_joined() -> None:
    flat = good().replace("\n", "")
    wrapped = "\r\n".join(flat[i : i + 80] for i in range(0, len(flat), 80))
    interchange = read_interchange(wrapped.encode())
    assert interchange.groups[0].transactions[0].segments[2].get(2) == "FTG-CU-E90-100"


def test_segment_elements_are_read_by_position() -> None:
    segment = Segment("BLI", ("VP", " FTG-CU-E90-100 ", "25"))
    assert segment.get(2) == "FTG-CU-E90-100"
    assert segment.get(9) == ""
    assert segment.get(0) == ""


def test_control_numbers_are_compared_as_numbers() -> None:
    text = good().replace("GE*1*1~", "GE*1*0001~")
    assert read_interchange(text.encode()).groups[0].control_number == "1"


# --- every envelope check, failing -----------------------------------------------------

FAILURES = [
    ("SE*5*0001", "SE*6*0001", "transaction set 180 0001: SE01 says 6 segments, the set has 5"),
    ("SE*5*0001", "SE*five*0001", "SE01 says 'five' segments, the set has 5"),
    ("SE*5*0001", "SE*5*0002", "SE02 '0002' does not match ST02 '0001'"),
    ("GE*1*1", "GE*2*1", "functional group 1: GE01 says 2 transaction sets, the group has 1"),
    ("GE*1*1", "GE*1*7", "functional group 1: GE02 '7' does not match GS06 '1'"),
    ("IEA*1*000000001", "IEA*2*000000001", "IEA01 says 2 functional groups, the interchange has 1"),
    ("IEA*1*000000001", "IEA*1*000000002", "IEA02 '000000002' does not match ISA13 '000000001'"),
    ("SE*5*0001~\n", "", "transaction set 180 0001 has no SE trailer"),
    ("GE*1*1~\n", "", "functional group 1 has no GE trailer"),
    ("IEA*1*000000001~\n", "", "no IEA segment: the interchange is cut short"),
    ("IEA*1*000000001~\n", "IEA*1*000000001~\nGS*AN~\n", "GS segment after the IEA"),
    ("GS*AN*", "BLI*VP*X~\nGS*AN*", "BLI segment outside a functional group"),
    ("GE*1*1", "N1*BY*X~\nGE*1*1", "N1 segment outside a transaction set"),
    ("ST*180*0001", "ST*180*", "ST01 or ST02 is empty"),
    ("BLI*VP*", "bli*VP*", "line 5 is not a segment: 'bli*VP*FTG-CU-E90-100*25…'"),
    ("*261107*", "*261340*", "ISA09 '261340' is not a date (YYMMDD)"),
    ("*0915*U", "*0975*U", "ISA10 '0975' is not a time (HHMM)"),
    ("*000000001*0*", "*00000000A*0*", "ISA13 '00000000A' is not an interchange control number"),
    ("*ZZ*KEYSTONEMECH   *", "*ZZ*               *", "names no interchange sender (ISA06)"),
    ("*P*>~", "*P*>A", "the ISA segment ends with 'A': not a segment terminator"),
    ("*P*>~", "*P*>*", "the ISA segment ends with '*': not a segment terminator"),
    ("*P*>~", "*P**~", "ISA16 '*' cannot be a component separator"),
    ("ISA*00*", "ISA00*", "not an X12 interchange (no element separator after ISA)"),
    ("*ZZ*DISTRIBUTOR    *", "*ZZ*DISTRI~BUTOR    *", "ISA08 holds the segment terminator '~'"),
    ("*0915*U*", "*0915\nU*", "the ISA segment is cut short or malformed at ISA10"),
]


@pytest.mark.parametrize(("old", "new", "reason"), FAILURES)
def test_each_failed_check_gives_its_reason(old: str, new: str, reason: str) -> None:
    text = good()
    assert old in text
    with pytest.raises(X12Error) as caught:
        read_interchange(text.replace(old, new, 1).encode())
    assert reason in str(caught.value)


def test_a_control_number_used_twice_in_a_group() -> None:
    text = build_interchange(["BGN*00*R1*20261107"], ["BGN*00*R2*20261107"])
    text = text.replace("ST*180*0002", "ST*180*0001").replace("SE*3*0002", "SE*3*0001")
    with pytest.raises(X12Error, match="transaction set 180 0001: ST02 is used twice"):
        read_interchange(text.encode())


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n",
        b"\xef\xbb\xbf",
        b"ISA",
        b"ISA*00*",
        b"UNB+UNOA:3+X'",
        b"%PDF-1.7",
        b"\x00" * 40,
    ],
)
def test_what_is_not_an_interchange(data: bytes) -> None:
    with pytest.raises(X12Error):
        read_interchange(data)


def test_a_scan_keeps_reading_past_failed_checks() -> None:
    text = good().replace("SE*5*0001", "SE*9*0001").replace("GE*1*1", "GE*3*1")
    scan = scan_interchange(text.encode())
    assert [(p.group, p.transaction, p.code) for p in scan.problems] == [
        (0, 0, "4"),
        (0, None, "5"),
    ]
    assert scan.groups[0].transactions[0].control_number == "0001"
    assert scan.declared_sets == {0: "3"}


# --- hostile input ---------------------------------------------------------------------


def sample_bytes() -> list[bytes]:
    return [path.read_bytes() for path in sorted(EDI.glob("*.edi")) + sorted(PUBLIC.glob("*.edi"))]


def mutations(count: int, seed: int) -> list[bytes]:
    """Samples cut, spliced, retyped and shuffled at random (the same each run)."""
    chance = random.Random(seed)
    sources = sample_bytes()
    alphabet = b"*|~>^:\n\r \t0123456789ISAGEBLI\xef\xbb\xbf\xff\x00"
    results: list[bytes] = []
    for _ in range(count):
        data = bytearray(chance.choice(sources))
        for _ in range(chance.randint(1, 4)):
            if not data:
                break
            at = chance.randrange(len(data))
            kind = chance.randrange(5)
            if kind == 0:
                del data[at : at + chance.randint(1, 12)]
            elif kind == 1:
                data[at:at] = bytes(chance.choice(alphabet) for _ in range(chance.randint(1, 4)))
            elif kind == 2:
                data[at] = chance.choice(alphabet)
            elif kind == 3:
                end = chance.randrange(at, len(data) + 1)
                data[at:at] = data[at:end]
            else:
                data = data[:at]
        results.append(bytes(data))
    return results


MUTATIONS = mutations(400, seed=180)


def test_mutated_interchanges_raise_nothing_but_x12_errors() -> None:
    read = 0
    reasons: list[str] = []
    for data in MUTATIONS:
        try:
            read_interchange(data)
        except X12Error as error:
            reasons.append(str(error))
        else:
            read += 1
    assert read > 0  # the mutations exercise both ways
    assert reasons
    assert all(reasons)


def test_an_interchange_past_the_segment_limit_is_refused_before_it_is_read() -> None:
    body = ["BGN*00*R1*20261107"] + LINE * 49_999  # 100,003 segments with the envelope
    data = build_interchange(body).encode()
    started = time.perf_counter()
    with pytest.raises(X12Error) as refused:
        read_interchange(data)
    assert time.perf_counter() - started < 5.0  # issue 15: read in 5 s or refused
    assert str(refused.value) == (
        "the interchange has 100,005 segments, more than the limit of 50,000; "
        "not read (send it as smaller interchanges)"
    )
    small = build_interchange(["BGN*00*R1*20261107", *LINE]).encode()
    assert len(read_interchange(small, max_segments=9).groups) == 1  # ISA to IEA: 9
    with pytest.raises(X12Error, match="has 9 segments, more than the limit of 8"):
        read_interchange(small, max_segments=8)
