"""X12 interchanges: delimiters read from the ISA, segments, and the envelope checks.

Delimiters are read, never assumed: the element separator is the character after
"ISA"; the component separator (ISA16) and the segment terminator are the two
characters after the sixteenth element separator, so an ISA that is not fixed-width
(an ISA02 of one space) reads as well. Tolerated: a UTF-8 byte-order mark, whitespace
before the ISA, line breaks after terminators, indented lines, a newline as the
terminator (each line a segment), lines wrapped at a fixed width, and a missing
terminator after the IEA. Refused: segments that end with another character than the
one the ISA declares (mixed terminators).

Envelope checks, each failure an X12Error with its reason:
- IEA01 = the number of functional groups, IEA02 = ISA13;
- GE01 = the number of transaction sets of the group, GE02 = GS06;
- SE01 = the number of segments of the set, ST and SE included, SE02 = ST02;
- ST02 is unique within its group.
Control numbers are compared as numbers where both are digits ("0001" = "1").

An interchange of more than MAX_SEGMENTS segments is refused before it is read (counted
by its terminators, so refusing costs a pass over the text): a claim that large is no
partner's return, and reading and deciding it would hold a worker for a minute and
near a gigabyte (issue 15).
"""

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, fields
from typing import Any

ISA_ELEMENTS = 16
MAX_SEGMENTS = 50_000  # segments of one interchange, ISA to IEA
WHITESPACE = " \t\r\n\x0b\x0c\xa0"  # what may pad elements and surround segments
_MAX_ISA_ELEMENT = 35  # fixed width is 15 at most; a longer stretch is not an ISA element
_MIN_WRAP_WIDTH = 40
_TAG = re.compile(r"[A-Z][A-Z0-9]{1,2}")
_DIGITS = re.compile(r"[0-9]+")
_EDIFACT = ("UNA", "UNB")
_MIXED = "mixed segment terminators"
_SET_ENDS = frozenset({"SE", "ST", "GE", "GS", "IEA"})


class X12Error(ValueError):
    """Bytes that are not a well-formed X12 interchange; the message says why."""


@dataclass(frozen=True)
class Delimiters:
    """The separators an interchange declares in its ISA."""

    element: str
    component: str  # ISA16
    segment: str  # "\n" where each line is a segment
    repetition: str | None = None  # ISA11 where it is a separator (version 00402 on)


@dataclass(frozen=True)
class Segment:
    """One segment: its tag and its elements as written (elements[0] is XX01)."""

    tag: str
    elements: tuple[str, ...]

    def get(self, position: int) -> str:
        """Element XXnn (counted from 1), without padding; "" where absent."""
        if 1 <= position <= len(self.elements):
            return self.elements[position - 1].strip(WHITESPACE)
        return ""


@dataclass(frozen=True)
class Transaction:
    """One transaction set, its ST and SE segments included."""

    set_id: str  # ST01
    control_number: str  # ST02
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Group:
    """One functional group (GS to GE)."""

    functional_id: str  # GS01
    control_number: str  # GS06
    version: str  # GS08
    transactions: tuple[Transaction, ...]
    application_sender: str = ""  # GS02
    application_receiver: str = ""  # GS03


@dataclass(frozen=True)
class InterchangeHeader:
    """What the ISA segment says."""

    sender_qualifier: str  # ISA05
    sender_id: str  # ISA06, padding stripped
    receiver_qualifier: str  # ISA07
    receiver_id: str  # ISA08, padding stripped
    control_number: str  # ISA13 as written
    test: bool  # ISA15 == "T"
    date: dt.date  # ISA09
    time: str  # ISA10, HHMM
    standards_id: str  # ISA11: "U", or the repetition separator from 00402 on
    version: str  # ISA12
    delimiters: Delimiters


@dataclass(frozen=True)
class Interchange(InterchangeHeader):
    """A whole interchange that passed every envelope check."""

    groups: tuple[Group, ...]


@dataclass(frozen=True)
class Problem:
    """A failed envelope check, where it failed, and its 997 error code."""

    reason: str
    group: int | None = None  # index of the functional group, from 0
    transaction: int | None = None  # index of the set within its group, from 0
    code: str | None = None  # a set's AK5 code (element 718), a group's AK9 code (716)


@dataclass(frozen=True)
class InterchangeScan:
    """An interchange read as far as it goes, with every failed check: for a 997."""

    header: InterchangeHeader
    groups: tuple[Group, ...]
    problems: tuple[Problem, ...]
    declared_sets: dict[int, str] = field(default_factory=dict)  # group index → GE01


def read_interchange(data: bytes, *, max_segments: int = MAX_SEGMENTS) -> Interchange:
    """The interchange of the bytes; X12Error with the first failed check."""
    scan = scan_interchange(data, max_segments=max_segments)
    if scan.problems:
        raise X12Error(scan.problems[0].reason)
    values: dict[str, Any] = {f.name: getattr(scan.header, f.name) for f in fields(scan.header)}
    return Interchange(**values, groups=scan.groups)


def read_header(data: bytes) -> InterchangeHeader:
    """The ISA of the bytes and the delimiters it declares; X12Error where it has none."""
    header, _, _ = _read_isa(_decode(data))
    return header


def scan_interchange(data: bytes, *, max_segments: int = MAX_SEGMENTS) -> InterchangeScan:
    """Everything readable past a good ISA, with the failed checks; X12Error without an ISA
    or past max_segments."""
    text = _decode(data)
    joined = _unwrapped(text)
    try:
        scan = _scan(text, max_segments)
    except X12Error:
        if joined is None:
            raise
        return _scan(joined, max_segments)
    if joined is not None and scan.problems and scan.problems[0].reason.startswith(_MIXED):
        return _scan(joined, max_segments)
    return scan


def _scan(text: str, max_segments: int) -> InterchangeScan:
    header, isa, body_start = _read_isa(text)
    count = text.count(header.delimiters.segment, body_start) + 1  # the ISA's is before
    if count > max_segments:
        raise X12Error(
            f"the interchange has {count:,} segments, more than the limit of "
            f"{max_segments:,}; not read (send it as smaller interchanges)"
        )
    raws, problem = _tokenize(text, body_start, header.delimiters)
    problems = [] if problem is None else [Problem(problem)]
    segments = [isa]
    for raw, line in raws:
        segment = _segment(raw, header.delimiters.element)
        if segment is None:
            problems.append(Problem(f"line {line} is not a segment: {_show(raw)}"))
        else:
            segments.append(segment)
    walker = _Walker(segments, header)
    groups = walker.walk()
    return InterchangeScan(
        header, tuple(groups), tuple(problems + walker.problems), walker.declared_sets
    )


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _read_isa(text: str) -> tuple[InterchangeHeader, Segment, int]:
    """The header, the ISA segment and where the segment after it starts."""
    start = len(text) - len(text.lstrip(WHITESPACE))
    opening = text[start : start + 3]
    if opening != "ISA":
        hint = " (it opens with UN/EDIFACT's " + opening + ")" if opening in _EDIFACT else ""
        raise X12Error(f"no ISA segment: not an X12 interchange{hint}")
    separator = text[start + 3 : start + 4]
    if not _usable(separator):
        raise X12Error("no ISA segment: not an X12 interchange (no element separator after ISA)")
    positions = [start + 3]
    for number in range(1, ISA_ELEMENTS):
        found = text.find(separator, positions[-1] + 1, positions[-1] + 2 + _MAX_ISA_ELEMENT)
        stretch = text[positions[-1] + 1 : found]
        if found == -1 or "\n" in stretch:
            raise X12Error(f"the ISA segment is cut short or malformed at ISA{number:02d}")
        positions.append(found)
    last = positions[-1]
    component, terminator = text[last + 1 : last + 2], text[last + 2 : last + 3]
    delimiters = _delimiters(separator, component, terminator)
    elements = (*text[start + 4 : last].split(separator), component)
    for number, element in enumerate(elements[:-1], start=1):
        if delimiters.segment in element:
            raise X12Error(f"ISA{number:02d} holds the segment terminator {delimiters.segment!r}")
    isa = Segment("ISA", elements)
    return _header(isa, delimiters), isa, last + 3


def _usable(character: str) -> bool:
    return len(character) == 1 and not character.isalnum() and character not in WHITESPACE


def _delimiters(element: str, component: str, terminator: str) -> Delimiters:
    if not _usable(component) or component == element:
        raise X12Error(f"ISA16 {component!r} cannot be a component separator")
    if terminator in ("\r", "\n"):
        return Delimiters(element, component, "\n")
    if not _usable(terminator) or terminator in (element, component):
        shown = repr(terminator) if terminator else "nothing"
        raise X12Error(f"the ISA segment ends with {shown}: not a segment terminator")
    return Delimiters(element, component, terminator)


def _header(isa: Segment, delimiters: Delimiters) -> InterchangeHeader:
    sender, receiver, control = isa.get(6), isa.get(8), isa.get(13)
    if not sender or not receiver:
        raise X12Error("the ISA names no interchange sender (ISA06) or receiver (ISA08)")
    if not _DIGITS.fullmatch(control) or len(control) > 9:
        raise X12Error(f"ISA13 {control!r} is not an interchange control number")
    standards_id = isa.get(11)
    repetition = standards_id if _usable(standards_id) else None
    return InterchangeHeader(
        sender_qualifier=isa.get(5),
        sender_id=sender,
        receiver_qualifier=isa.get(7),
        receiver_id=receiver,
        control_number=control,
        test=isa.get(15) == "T",
        date=_isa_date(isa.get(9)),
        time=_isa_time(isa.get(10)),
        standards_id=standards_id,
        version=isa.get(12),
        delimiters=Delimiters(
            delimiters.element, delimiters.component, delimiters.segment, repetition
        ),
    )


def _isa_date(value: str) -> dt.date:
    if _DIGITS.fullmatch(value) and len(value) == 6:
        year, month, day = int(value[:2]), int(value[2:4]), int(value[4:])
        try:
            return dt.date(2000 + year if year < 70 else 1900 + year, month, day)
        except ValueError:
            pass
    raise X12Error(f"ISA09 {value!r} is not a date (YYMMDD)")


def _isa_time(value: str) -> str:
    if _DIGITS.fullmatch(value) and len(value) == 4 and value[:2] < "24" and value[2:] < "60":
        return value
    raise X12Error(f"ISA10 {value!r} is not a time (HHMM)")


def _tokenize(
    text: str, start: int, delimiters: Delimiters
) -> tuple[list[tuple[str, int]], str | None]:
    """The raw segments after the ISA with their line numbers, and a tokenizing problem."""
    breaks = [match.start() for match in re.finditer("\n", text)]
    pieces = _pieces(text[start:], delimiters.segment, start, breaks)
    broken = next(((raw, line) for raw, line in pieces if "\n" in raw), None)
    if broken is None:
        return pieces, None
    return _lenient(pieces, delimiters), _mixed(broken, delimiters)


def _pieces(body: str, terminator: str, start: int, breaks: list[int]) -> list[tuple[str, int]]:
    pieces: list[tuple[str, int]] = []
    offset = 0
    for piece in body.split(terminator):
        stripped = piece.strip(WHITESPACE)
        if stripped:
            lead = len(piece) - len(piece.lstrip(WHITESPACE))
            pieces.append((stripped, bisect.bisect_right(breaks, start + offset + lead) + 1))
        offset += len(piece) + len(terminator)
    return pieces


def _unwrapped(text: str) -> str | None:
    """A text of lines wrapped at one fixed width, joined again; None where it is not."""
    lines = text.strip(WHITESPACE).split("\n")
    widths = {len(line) for line in lines[:-1]}
    if len(lines) < 2 or len(widths) != 1 or min(widths) < _MIN_WRAP_WIDTH:
        return None
    if len(lines[-1]) > min(widths):
        return None
    return "".join(lines)


def _mixed(broken: tuple[str, int], delimiters: Delimiters) -> str:
    raw, line = broken
    first = raw.split("\n")[0].rstrip(WHITESPACE)
    tag = first.split(delimiters.element)[0][:3]
    ending = first[-1:]
    terminator = delimiters.segment
    if _usable(ending) and ending not in (delimiters.element, delimiters.component):
        return (
            f"{_MIXED}: the ISA declares {terminator!r}"
            f" but segment {tag} on line {line} ends with {ending!r}"
        )
    return (
        f"{_MIXED}: segment {tag} on line {line} runs over a line break"
        f" without its terminator {terminator!r}"
    )


def _lenient(pieces: list[tuple[str, int]], delimiters: Delimiters) -> list[tuple[str, int]]:
    """Pieces split again at line breaks, a stray terminator dropped: for a 997 only."""
    own = (delimiters.element, delimiters.component)
    result: list[tuple[str, int]] = []
    for raw, line in pieces:
        for offset, part in enumerate(raw.split("\n")):
            stripped = part.strip(WHITESPACE)
            if _usable(stripped[-1:]) and stripped[-1] not in own:
                stripped = stripped[:-1]
            if stripped:
                result.append((stripped, line + offset))
    return result


def _segment(raw: str, separator: str) -> Segment | None:
    tag, *elements = raw.split(separator)
    if not _TAG.fullmatch(tag):
        return None
    return Segment(tag, tuple(elements))


def _show(raw: str) -> str:
    return repr(raw if len(raw) <= 24 else raw[:24] + "…")


def _same_number(first: str, second: str) -> bool:
    if _DIGITS.fullmatch(first) and _DIGITS.fullmatch(second):
        return first.lstrip("0") == second.lstrip("0")
    return first == second


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


class _Walker:
    """Walks the segments after the ISA into groups and sets, noting each failed check."""

    def __init__(self, segments: list[Segment], header: InterchangeHeader) -> None:
        self.segments = segments
        self.header = header
        self.index = 1
        self.problems: list[Problem] = []
        self.declared_sets: dict[int, str] = {}

    def walk(self) -> list[Group]:
        groups: list[Group] = []
        stray = False
        while self.index < len(self.segments):
            segment = self.segments[self.index]
            if segment.tag == "GS":
                groups.append(self._group(len(groups)))
            elif segment.tag == "IEA":
                self._trailer(segment, len(groups))
                return groups
            else:
                if not stray:
                    self._note(f"{segment.tag} segment outside a functional group")
                stray = True
                self.index += 1
        self._note("no IEA segment: the interchange is cut short")
        return groups

    def _trailer(self, iea: Segment, groups: int) -> None:
        declared, control = iea.get(1), iea.get(2)
        if not _same_number(declared, str(groups)):
            self._note(
                f"IEA01 says {_count_text(declared, 'functional group')},"
                f" the interchange has {groups}"
            )
        if not _same_number(control, self.header.control_number):
            self._note(f"IEA02 {control!r} does not match ISA13 {self.header.control_number!r}")
        rest = self.segments[self.index + 1 :]
        if rest:
            self._note(f"{rest[0].tag} segment after the IEA: one interchange per message")

    def _group(self, number: int) -> Group:
        gs = self.segments[self.index]
        control = gs.get(6)
        name = f"functional group {control or number + 1}"
        if len(gs.elements) < 8 or not control:
            self._note(f"{name}: the GS segment lacks elements", number, code="6")
        self.index += 1
        sets: list[Transaction] = []
        seen: set[str] = set()
        while self.index < len(self.segments):
            segment = self.segments[self.index]
            if segment.tag == "ST":
                sets.append(self._set(number, len(sets), seen))
                seen.add(sets[-1].control_number)
                continue
            if segment.tag == "GE":
                self._group_trailer(segment, name, control, number, len(sets))
                self.index += 1
                break
            if segment.tag in ("GS", "IEA"):
                self._note(f"{name} has no GE trailer", number, code="3")
                break
            self._note(f"{name}: {segment.tag} segment outside a transaction set", number)
            self.index += 1
        else:
            self._note(f"{name} has no GE trailer", number, code="3")
        return Group(gs.get(1), control, gs.get(8), tuple(sets), gs.get(2), gs.get(3))

    def _group_trailer(self, ge: Segment, name: str, control: str, number: int, sets: int) -> None:
        declared = ge.get(1)
        self.declared_sets[number] = declared
        if not _same_number(declared, str(sets)):
            said = _count_text(declared, "transaction set")
            text = f"{name}: GE01 says {said}, the group has {sets}"
            self._note(text, number, code="5")
        if not _same_number(ge.get(2), control):
            self._note(
                f"{name}: GE02 {ge.get(2)!r} does not match GS06 {control!r}", number, code="4"
            )

    def _set(self, group: int, number: int, seen: set[str]) -> Transaction:
        st = self.segments[self.index]
        set_id, control = st.get(1), st.get(2)
        name = f"transaction set {set_id or '?'} {control or '?'}"
        start = self.index
        self.index += 1
        while self.index < len(self.segments) and self.segments[self.index].tag not in _SET_ENDS:
            self.index += 1
        if not set_id or not control:
            self._note(f"{name}: ST01 or ST02 is empty", group, number, "6" if not set_id else "7")
        elif control in seen:
            self._note(f"{name}: ST02 is used twice in the group", group, number, "23")
        at_end = self.index < len(self.segments) and self.segments[self.index].tag == "SE"
        if not at_end:
            self._note(f"{name} has no SE trailer", group, number, "2")
            return Transaction(set_id, control, tuple(self.segments[start : self.index]))
        self.index += 1
        segments = tuple(self.segments[start : self.index])
        self._set_trailer(segments[-1], name, control, len(segments), group, number)
        return Transaction(set_id, control, segments)

    def _set_trailer(
        self, se: Segment, name: str, control: str, count: int, group: int, number: int
    ) -> None:
        declared = se.get(1)
        if not _same_number(declared, str(count)):
            text = f"{name}: SE01 says {_count_text(declared, 'segment')}, the set has {count}"
            self._note(text, group, number, "4")
        if not _same_number(se.get(2), control):
            self._note(
                f"{name}: SE02 {se.get(2)!r} does not match ST02 {control!r}", group, number, "3"
            )

    def _note(
        self,
        reason: str,
        group: int | None = None,
        transaction: int | None = None,
        code: str | None = None,
    ) -> None:
        self.problems.append(Problem(reason, group, transaction, code))


def _count_text(declared: str, noun: str) -> str:
    if _DIGITS.fullmatch(declared) and len(declared) <= 9:
        return _count(int(declared), noun)
    return f"{declared!r} {noun}s" if declared else f"no number of {noun}s"
