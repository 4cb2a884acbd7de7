"""The 997 functional acknowledgement of an inbound X12 interchange.

One 997 transaction set per functional group received: AK1 names the group (GS01,
GS06); an AK2/AK5 pair each of its transaction sets (ST01, ST02; A accepted or R
rejected, with an AK5 error code, element 718, where one is known); AK9 the group
(A every set accepted, P some, R none) with the number of sets included, received and
accepted, and for a group refused as a whole its error codes (element 716).

The 997s travel in one FA group of an interchange addressed back: ISA and GS sender
and receiver swapped; the delimiters, ISA11, ISA12, test flag and group version of the
incoming interchange; ISA13 and GS06 the control number given, ST02 0001, 0002, ….
Segment and element errors (AK3, AK4) are not written.
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from extractors.edi.edi180 import Edi180, EdiReading
from extractors.edi.x12 import (
    Group,
    Interchange,
    InterchangeHeader,
    InterchangeScan,
    X12Error,
    scan_interchange,
)

FUNCTIONAL_ID = "FA"  # GS01 of a functional acknowledgement
DEFAULT_VERSION = "004010"
MAX_CONTROL_NUMBER = 999_999_999
_CODE = re.compile(r"[A-Z0-9]{1,3}")
_MAX_GROUP_CODES = 5  # AK905 to AK909


@dataclass(frozen=True)
class SetResult:
    """How one transaction set is acknowledged."""

    accepted: bool
    error_code: str | None = None  # AK502 (element 718) of a rejected set


REJECTED = SetResult(accepted=False, error_code="5")  # one or more segments in error


def results_of(reading: EdiReading) -> dict[str, SetResult]:
    """Per ST02: a 180 that was read is accepted; any other set rejected with its code."""
    return {
        outcome.control_number: (
            SetResult(True) if isinstance(outcome, Edi180) else SetResult(False, outcome.error_code)
        )
        for outcome in reading.transactions
    }


def acknowledge(
    reading: EdiReading, data: bytes, *, control_number: int, now: datetime
) -> bytes | None:
    """The 997 of a reading: per set, or rejecting all where the interchange was refused."""
    if reading.interchange is not None:
        return functional_ack(
            reading.interchange,
            accepted=results_of(reading),
            control_number=control_number,
            now=now,
        )
    return functional_reject(data, control_number=control_number, now=now)


def functional_ack(
    interchange: Interchange,
    *,
    accepted: Mapping[str, bool | SetResult],
    control_number: int,
    now: datetime,
) -> bytes:
    """A 997 for every group of a read interchange; `accepted` is keyed by ST02.

    A set given False is rejected with AK5 code 5 (one or more segments in error);
    a SetResult names its own code. A set missing from `accepted` is a ValueError.
    """
    sets = [_group_ack(group, accepted) for group in interchange.groups]
    return _write(interchange, interchange.groups, sets, control_number=control_number, now=now)


def functional_reject(data: bytes, *, control_number: int, now: datetime) -> bytes | None:
    """A 997 rejecting every group and set of an interchange that could not be read.

    None where there is nothing to address it to or to acknowledge: no readable ISA,
    or no GS segment.
    """
    try:
        scan = scan_interchange(data)
    except X12Error:
        return None
    if not scan.groups:
        return None
    sets = [_group_reject(scan, index) for index in range(len(scan.groups))]
    return _write(scan.header, scan.groups, sets, control_number=control_number, now=now)


def _group_ack(group: Group, accepted: Mapping[str, bool | SetResult]) -> list[list[str]]:
    segments = [["AK1", group.functional_id, group.control_number]]
    count = 0
    for transaction in group.transactions:
        if transaction.control_number not in accepted:
            raise ValueError(f"no result for transaction set {transaction.control_number}")
        result = _result(accepted[transaction.control_number])
        count += result.accepted
        segments.append(["AK2", transaction.set_id, transaction.control_number])
        segments.append(_ak5(result))
    received = len(group.transactions)
    code = "A" if count == received else "R" if count == 0 else "P"
    segments.append(["AK9", code, str(received), str(received), str(count)])
    return segments


def _group_reject(scan: InterchangeScan, index: int) -> list[list[str]]:
    group = scan.groups[index]
    codes = {p.transaction: p.code for p in scan.problems if p.group == index and p.code}
    segments = [["AK1", group.functional_id, group.control_number]]
    for number, transaction in enumerate(group.transactions):
        segments.append(["AK2", transaction.set_id, transaction.control_number])
        segments.append(_ak5(SetResult(False, codes.get(number))))
    received = len(group.transactions)
    declared = scan.declared_sets.get(index, "")
    included = declared if declared.isascii() and declared.isdigit() else str(received)
    group_codes = [p.code for p in scan.problems if p.group == index and p.transaction is None]
    unique = [code for code in dict.fromkeys(group_codes) if code][:_MAX_GROUP_CODES]
    segments.append(["AK9", "R", included, str(received), "0", *unique])
    return segments


def _result(value: bool | SetResult) -> SetResult:
    if isinstance(value, SetResult):
        return value
    return SetResult(True) if value else REJECTED


def _ak5(result: SetResult) -> list[str]:
    if result.accepted:
        return ["AK5", "A"]
    if result.error_code is None:
        return ["AK5", "R"]
    if not _CODE.fullmatch(result.error_code):
        raise ValueError(f"{result.error_code!r} is not an AK5 error code")
    return ["AK5", "R", result.error_code]


def _write(
    header: InterchangeHeader,
    groups: Sequence[Group],
    sets: list[list[list[str]]],
    *,
    control_number: int,
    now: datetime,
) -> bytes:
    """The 997 sets in their envelope, addressed back to the sender of `header`."""
    if not 1 <= control_number <= MAX_CONTROL_NUMBER:
        raise ValueError(f"control number {control_number} is not between 1 and 999999999")
    first = groups[0] if groups else None
    version = (first.version if first else "") or DEFAULT_VERSION
    segments = [_isa(header, control_number, now)]
    segments.append(
        [
            "GS",
            FUNCTIONAL_ID,
            (first.application_receiver if first else "") or header.receiver_id,
            (first.application_sender if first else "") or header.sender_id,
            now.strftime("%Y%m%d"),
            now.strftime("%H%M"),
            str(control_number),
            "X",
            version,
        ]
    )
    for number, body in enumerate(sets, start=1):
        st02 = f"{number:04d}"
        segments.append(["ST", "997", st02])
        segments.extend(body)
        segments.append(["SE", str(len(body) + 2), st02])
    segments.append(["GE", str(len(sets)), str(control_number)])
    segments.append(["IEA", "1", f"{control_number:09d}"])
    delimiters = header.delimiters
    text = "".join(delimiters.element.join(s) + delimiters.segment for s in segments)
    return text.encode("utf-8")


def _isa(header: InterchangeHeader, control_number: int, now: datetime) -> list[str]:
    return [
        "ISA",
        "00",
        " " * 10,
        "00",
        " " * 10,
        header.receiver_qualifier or "ZZ",
        header.receiver_id.ljust(15),
        header.sender_qualifier or "ZZ",
        header.sender_id.ljust(15),
        now.strftime("%y%m%d"),
        now.strftime("%H%M"),
        header.standards_id or "U",
        header.version or "00401",
        f"{control_number:09d}",
        "0",
        "T" if header.test else "P",
        header.delimiters.component,
    ]
