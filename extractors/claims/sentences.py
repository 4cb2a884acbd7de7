"""Cut the claim text of a segment into units: sentences, bullet lines, table rows.

Hard-wrapped lines of prose are joined before the cut into sentences; a run of
"Key: value" lines is one unit (a little form); a table row is one unit, and a
row under a header row ("SKU | Qty | Reason") knows which cell holds what.
"""

import re
from dataclasses import dataclass, replace

from extractors.claims.codes import KEY_LABEL
from extractors.claims.lexicon import ReasonHit, find_reasons
from extractors.text import Segment
from rules.vocabulary import ReasonCode

Span = tuple[int, int]

_WRAP_WIDTH = 50  # a longer line without final punctuation continues on the next one
_UNWRAPPED = 100  # …up to what a mail client wraps at (78), with room to spare
_MAIL_KINDS = frozenset({"text", "html"})  # a mail's own body, not a page's lines
_LEADING_CODE = re.compile(r"[ \t]*(?=[A-Z-]*\d)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b")  # "VLV-0075-BV …"
_WRAPPED_AT_DASH = re.compile(r"[A-Za-z0-9]-$")
_MAX_UNIT = 600  # claim sentences are far shorter; longer runs are cut to keep reading linear
_RUN_ON = 160  # a sentence longer than this may join several claims with ", and"
_AND = re.compile(r",\s+and\s+", re.IGNORECASE)
_MAX_JOINS = 8  # more joins than this is a list, not claims run together: left whole
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+")  # "2. ", "3) ": an item of a numbered list
# (a phone's list leaves out the space: "-ball valves 3/4 only 10", "-6 of the registers")
_BULLET = re.compile(
    r"^\s*(?:(?:[-*•·‣◦]|\d{1,2}[.)]|[a-z][.)])\s+|[-*•](?=[A-Za-z]{2}|\d+\s+[a-z]))"
)
_KEY_VALUE = re.compile(r"^\s*[A-Za-z][\w #./()-]{0,30}:\s*\S")
_COLUMNS = re.compile(r"\S {3,}\S|\t")
# what a row's counts tell of themselves: came as sent is neither short nor over
_COUNTED_REASONS = frozenset({ReasonCode.SHORT, ReasonCode.OVERSHIPPED})
_SIDES = frozenset({"ordered", "shipped", "received"})
# a row's goods that went or come elsewhere: "DIRECT TO SITE", "drop ship", "BACKORDERED"
_ELSEWHERE = re.compile(
    r"\bdirect\s+(?:to\s+)?(?:the\s+)?(?:site|job(?:\s*site)?)\b|\bdrop[- ]?ship"
    r"|\bshipped\s+direct\b|\bback[- ]?order(?:ed)?\b|\bb/o\b",
    re.IGNORECASE,
)
_COUNT_THEN_WORDS = re.compile(r"(\d+) (?=[A-Za-z])")  # "5 DAMAGED - 5 with …"
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[a-z])[.)]\s+", re.I)  # "2. " before an item's words
# a full stop said aloud into a phone, the next word in lower case (or none)
_SPOKEN_STOP = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\bthis)(?<!\bthat)(?<!\bwarranty)(?<!\breturn)(?<!\bgrace)"
    r"(?<!\btrial)(?<!\bbilling)(?<!\btime)\s+period\b[.,]?(?=\s+[a-z]|\s*$)"
)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*\s+(?=[A-Za-z0-9\"'(\[•*])")
# a sentence typed in lower case ("… sat on the box. can u credit those") starts after
# a word's end, not after an initial or a number's point ("approx. 3", "J. smith")
_LOWER_AFTER_WORD = re.compile(r"[A-Za-z]{2,}$")
_ABBREVIATIONS = frozenset(
    {"no", "nr", "qty", "approx", "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st",
     "inc", "ltd", "co", "p.o", "dept", "ea", "pcs", "ref", "attn", "cf", "fig", "a.m", "p.m",
     "u.s", "ft", "in", "oz", "lb", "lbs", "gal", "sq", "mfg", "ave", "blvd", "ln", "rd",
     "ext", "tel", "ph"}
)  # fmt: skip
_BEFORE_INITIAL = frozenset({"by", "mr", "mrs", "ms", "dr", "attn", "from", "to", "cc", "per"})
# "Qty bad", "Cartons damaged"
_NAMED_COUNT = re.compile(r"\b(?:qty|quantity|units|count|pcs|cartons|ctns)\b", re.IGNORECASE)
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sku", re.compile(
        # "KM Part #", "Cust item": a customer's own part numbers name the items too
        r"^(?:(?:our|vendor|vendor's|supplier|supplier's|supp\.?|your|customer|cust\.?|[a-z]{2,3})\s+)?"
        r"(?:(?:upc|sku)\s*/\s*)?"
        r"(?:sku|upc|item|part|product|material|article|model|catalog|cat\.?|p/?n)"
        r"(?:\s*(?:no\.?|number|#|code|id))?(?:\s*/\s*(?:upc|sku|item|part))?$", re.IGNORECASE)),
    ("qty", _NAMED_COUNT),
    # a receiving sheet's columns of counts: "Ordered  Shipped  Received  Short"
    ("qty", re.compile(
        r"^(?:ordered|shipped|received(?:\s+ok)?|rec'?d|recv'?d?|delivered|counted|invoiced|billed|short(?:age)?|missing"
        r"|ord|ship|shp|shipd"  # a typed report's short names: "ORD  SHIP  RECV"
        r"|damaged|defective|returned|return|claimed|over|extra|variance|rejected|refused|dmg"
        r"|failed|broken|doa|bad"  # a warranty claim's "Installed  Failed"
        # what a warehouse system names them: "asn_qty", "rcv_qty", "Pack List"
        r"|asn|rcv|pack(?:ing)?\s+list|(?:on\s+)?packing\s+slip"
        # "Rcvd Good  Rcvd Dmg  Not Rcvd": what came, in what state, and what did not
        r"|(?:rcvd|recv'?d|rec'?d|received)\s+(?:good|ok|dmg|damaged|bad)|not\s+(?:rcvd|recv'?d|received)"
        # what a return sheet counts back: "Installed  Returning"
        r"|returning|to\s+return|going\s+back|sending\s+back|(?:bring|send|take)\s+back"
        # what a job's closeout counts as not used: "bought  installed  left"
        r"|left(?:\s*over)?|leftovers?|remaining|unused|surplus"
        # a count sheet's "Counted  Book", a receipt's "Expected  Received"
        r"|book(?:\s+qty)?|expected)$",
        re.IGNORECASE)),
    # a row's number in its list: never a count
    ("index", re.compile(
        r"^(?:(?:po\s+|p\.o\.\s+)?(?:line|ln)(?:\s*(?:no\.?|#|number))?|row|pos(?:ition)?|no\.?|#)$",
        re.IGNORECASE)),
    ("reason", re.compile(
        r"^(?:reason|rsn|why|issue|problem|condition|damage|claim|exceptions?|discrepanc(?:y|ies)"
        r"|(?:match\s+)?status|action|findings?|nonconformance|defect|result|disposition"
        r"|nature)\b"  # a carrier's report: "Nature" of the damage
        r"|^(?:(?:exc|rsn)\.?\s+)?codes?$"  # a form's column of its key's codes: "Exc code"
        r"|^exc\.?$",  # …or "Exc" alone
        re.IGNORECASE)),
    # a column of free words says why only where no column is named for it: "Description"
    # beside "Condition" describes the item
    ("words", re.compile(r"^(?:comments?|notes?|remarks?|details?)\b", re.IGNORECASE)),
    # a column of readings or of where and which one: never a count ("Test psi  150",
    # "Serial  CP26-118402", "Amps 1.4")
    ("reading", re.compile(
        r"^(?:(?:test\s+)?(?:psi|volts?|amps?|watts?|temp(?:erature)?|weight|lbs?)"
        r"|serial(?:\s+no\.?)?|s/?n|tag|location|(?:suite|room|unit)(?:\s*(?:/\s*\w+|no\.?|#))?"
        r"|size)$", re.IGNORECASE)),
    # …and the item's own words say why only where no column of free words stands beside
    ("item_words", re.compile(r"^desc(?:ription)?\b", re.IGNORECASE)),
    # a column of references: "PO", "Invoice #", "Credit memo" (a three-way match's "PO" or
    # "Inv" may count what was ordered or billed: lines.py masks only a reference's digits)
    ("ref", re.compile(
        r"^(?:po|p\.o\.|purchase\s+order|invoice|inv|sales\s+order|so|credit\s+memo|cm|rma|ra"
        r"|claim|job|ticket|bol|pro|receipt)\.?(?:\s*(?:no\.?|#|number|num))?$", re.IGNORECASE)),
)  # fmt: skip
# A price check's columns: what the invoice billed and what was agreed ("Invoiced  PO price",
# "Inv price,PO price", "Billed | Quoted"). Together they make the sheet a price check;
# "Invoiced" beside an agreed price is a price, not a count.
_MANY = ("qty", "reading", "ref")  # roles a header may name several columns of
_PRICES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("agreed", re.compile(
        r"^(?:(?:po|p\.o\.|quoted?|contract|agreed|our)\s*(?:unit\s+)?(?:price|cost|rate)"
        # "Inv Unit  PO Unit", "Billed ea  PO ea": the unit prices
        r"|(?:po|p\.o\.|quoted?|contract)\s+(?:unit|ea|each)"
        r"|price\s+(?:per|on)\s+(?:the\s+)?(?:po|p\.o\.|quote|contract)|quoted|agreed)"
        r"(?:\s*/?\s*(?:ea|each|unit))?(?:\s*\$)?$", re.I)),  # "PO price ea", "PO Unit $"
    ("billed", re.compile(
        r"^(?:(?:inv(?:oice[ds]?)?\.?|billed|charged)\s*(?:unit\s+)?(?:price|cost|rate)"
        r"|(?:inv(?:oice[ds]?)?\.?|billed|charged)\s+(?:unit|ea|each)"
        r"|price\s+(?:billed|invoiced|charged)|invoiced|billed|charged)"
        r"(?:\s*/?\s*(?:ea|each|unit))?(?:\s*\$)?$", re.I)),  # "Inv Unit $"
)  # fmt: skip
_PRICE_DIFF = re.compile(r"^(?:ext\.?\s+)?(?:diff(?:erence)?|variance|var\.?)\b", re.I)
_QUALIFIED = re.compile(r"\s+[-–]\s+")  # "return - not needed": the name, then what it means
_TWO_LANGUAGES = re.compile(r"\s+/\s+")  # "Articulo / Item"
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "QtyReceived", not "UOM" nor "PO"
_PASTED_CSV = re.compile(r"^[^,\s](?:[^,\n]*,){3,}[^,\n]*$")  # "job,po,item,desc,qty"
_PASTED_SSV = re.compile(r"^[^;\s](?:[^;\n]*;){3,}[^;\n]*$")  # "LN;EXC QTY;EXC CODE;ITEM NO"
_QUOTED_CELL = re.compile(r'(?:(?<=^)|(?<=,))"[^"]*"(?=,|$)')  # "a, quoted" cell of a row
_CSV_COMMA = re.compile(r',(?=(?:[^"]*"[^"]*")*[^"]*$)')  # not inside "a, quoted" cell
_SEMICOLON = re.compile(r';(?=(?:[^"]*"[^"]*")*[^"]*$)')
_LEFT = re.compile(r"\bleft\b|leftover", re.I)
_SAYS_WHY = next(p for role, p in _ROLES if role == "reason")  # "Reason", "Exception" …
_DESCRIPTION = next(p for role, p in _ROLES if role == "item_words")  # "Description", "desc"
_NOTES = next(p for role, p in _ROLES if role == "words")  # "Notes", "Comments"
_THEIRS = re.compile(
    r"^(?:vendor|supplier|supp\.?|your)(?:'s)?\s+(?:sku|item|part|product)\b", re.I
)
_COUNT_SIDES = (
    # "Slip qty", "Qty shipped": what the packing slip or the invoice says was sent
    ("shipped", re.compile(
        r"^(?:(?:on\s+)?(?:packing\s+)?slip(?:\s+qty)?|(?:qty\s+)?(?:shipped|ship|shp|shipd|invoiced|billed)"
        r"(?:\s+qty)?|(?:qty\s+)?pack(?:ing)?\s*list(?:\s+qty)?|asn(?:\s+qty)?"
        r"|book(?:\s+qty)?|(?:qty\s+)?expected(?:\s+qty)?)$",  # what the books say should be there
        re.I)),
    # what the order asked for: more received than that is over the order
    ("ordered", re.compile(
        r"^(?:qty\s+)?(?:ordered|ord(?:'?d)?\.?|on\s+order|po\s+qty|qty\s+on\s+po)$", re.I
    )),
    ("received", re.compile(
        r"^(?:(?:qty\s+)?(?:received|rec'?d?|recv'?d?|rcv'?d?|delivered|counted)(?:\s+qty)?"
        r"(?:\s+ok)?)$",
        re.I)),
)  # fmt: skip
# the short names of a typed sheet's columns of counts and the like
_COLUMN_NAME = re.compile(
    r"^(?:qty|quantity|ordered|ord|shipped|ship|shp|delivered|received|rec'?d|recv|counted|damaged|defective"
    r"|short|missing|over|extra|returned|return|returning|bin|unit|uom|price|cost|notes?"
    r"|variance|var|installed|used|total|ext)$",
    re.I,
)
# the names of an OCR'd table's columns, one word each: the scan closes the gaps between
# them to one space, so only names no other word joins are read as one a column
_SPACED_NAME = re.compile(
    r"^(?:ln|line|item|sku|description|desc|qty|quantity|price|amount|amt|uom)$", re.I
)
_SPACED_COLUMNS = 4
_RULE = re.compile(r"^[\s\-=_+|:]+$")  # a typed table's rule line
_TOTAL_CELL = re.compile(r"(?:grand\s+|sub-?)?totals?\b", re.I)  # a row of totals
# a report's rule under its header, one run of dashes a column: "------- ---------- ---"
_COLUMN_RULE = re.compile(r"^[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,}){2,}[ \t]*$")
_ONE_REASON_COLUMN = re.compile(r"damag|\bdmg\b|short|miss|defect|wrong|over|extra|broken", re.I)
_CLAIM_QTY = re.compile(
    r"damag|short|miss|claim|return|\b(?:ret|rtn|retn|dmg)\b|affect|defect|wrong|over|extra|credit"
    r"|reject|refus|\b(?:bring|send|take|going)\s+back"
    r"|\bbad\b|broken|\bnc\b|non-?conform|fail|\bdoa\b"
    r"|\bexc\b"  # "Exc qty": a receipt's count of exceptions
    r"|surplus|excess|unused|\bleft\b|leftover"  # a close-out's "qty_surplus", "qty_left"
    r"|\bnot\s+(?:rcvd|recv'?d|received)\b",  # a receipt's "Not Rcvd"
    re.I,
)


@dataclass(frozen=True)
class Unit:
    """A sentence, bullet line or table row of claim text (offsets into RequestText.text)."""

    start: int
    end: int
    segment: str
    row: bool = False  # a bullet line or a table row: one item of a list
    colon: bool = False  # ends with ":", introducing what follows
    # (role, start, end) of cells under a header; "claim": the header cell naming the count
    # claimed ("Short"), outside the row
    columns: tuple[tuple[str, int, int], ...] = ()
    # a table row that leaves its header's reason column ("Exception") blank: claims nothing
    quiet: bool = False


def is_bullet(line: str) -> bool:
    """Whether a line starts an item of a list ("- ", "* ", "2) ", "b. ")."""
    return _BULLET.match(line) is not None


class _Splitter:
    def __init__(self, text: str, segment: Segment) -> None:
        self.text = text
        self.segment = segment
        self.units: list[Unit] = []
        self.prose: list[Span] = []
        self.header: dict[int, str] | None = None
        self.starts: list[int] | None = None  # where the header's words start, if cut by them
        self.claim: Span | None = None  # the header cell of the count claimed ("Short")
        # a sheet's several columns of counts claimed ("Damaged  Short"): index → header cell
        self.tallies: dict[int, Span] = {}
        self.described: list[int] = []  # columns of the items' own words, left without a role
        self.noted: list[int] = []  # columns of notes beside a column of reasons
        self.asks_why = False  # the header names a column for why ("Reason", "Exception")
        self.bullet: Span | None = None  # a bullet item, wrapped lines and all
        # a scanned table's header, its names one space apart: how many columns it has, and
        # which of them holds the item's words (of any length)
        self.spaced: tuple[int, int | None] | None = None

    def run(self) -> list[Unit]:
        above: Span | None = None
        for start, end in _lines(self.text, self.segment):
            if not (_COLUMN_RULE.match(self.text[start:end]) and self._ruled(above, start, end)):
                self._line(start, end)
            above = (start, end)
        self._flush()
        return self.units

    def _ruled(self, above: Span | None, start: int, end: int) -> bool:
        """A report's header, read again by the rule under it: each run of dashes spans one
        column ("SUPP ITEM  DESCRIPTION  ON HAND RTN QTY RSN" over "---------  ----------
        ------- ------- ---"), so names one space apart are cut where the report cuts
        them. Whether the line above was such a header."""
        if above is None or not self.text[above[0] : above[1]].strip():
            return False
        runs = [match.start() for match in re.finditer(r"[-=]+", self.text[start:end])]
        stops = [*runs[1:], above[1] - above[0]]
        cells = [
            _trim(self.text, above[0] + first, min(above[0] + stop, above[1]))
            for first, stop in zip(runs, stops, strict=True)
        ]
        roles = header_roles([self.text[first:last] for first, last in cells])
        if roles is None:
            return False
        # the line above, read as prose or as a row before its rule came, is the header
        if self.prose and self.prose[-1] == above:
            self.prose.pop()
        if self.units and (self.units[-1].start, self.units[-1].end) == above:
            self.units.pop()
        self._take_header(cells, roles)
        self.starts = runs
        return True

    def _line(self, start: int, end: int) -> None:
        line = self.text[start:end]
        if self._wraps_bullet(line):
            self.bullet = (self.bullet[0], end) if self.bullet else None
        elif not line.strip():
            if not self._in_form():
                self._flush()
        elif _RULE.match(line) and self.header is not None:
            pass  # "--------  -------  ----" under a typed header: the table goes on
        elif self._wraps_last_cell(line):
            self._extend_row(end)
        elif self._is_row(line):
            self._flush()
            self._row(start, end)
        elif (mark := _BULLET.match(line)) and not self._wrapped_count(line):
            self._flush()
            if not mark.group()[-1].isspace():
                start += mark.end()  # "-6 of the registers": a count, not a negative number
            self.bullet, self.header = (start, end), None
        elif self._spaced_header(start, end):
            pass
        elif cells := self._spaced_cells(start, end):
            self._flush()
            self._cells_row(start, end, cells, cells)
        else:
            # prose ends a table; a blank line between its rows does not
            self.header, self.spaced = None, None
            self._prose(start, end)

    def _wrapped_count(self, line: str) -> bool:
        """Whether a line that opens with a number and a point goes on with the sentence of
        the prose above, wrapped before its count ("… the building only needed" / "2. The
        third one is new."): no item numbered before it, and the line above ends no sentence."""
        mark = _NUMBERED.match(line)
        if mark is None or int(mark.group(1)) < 2 or not self.prose:
            return False
        above = self.text[self.prose[-1][0] : self.prose[-1][1]].rstrip()
        before = self.text[: self.prose[0][0]]
        number = int(mark.group(1))
        listed = re.search(rf"(?m)^\s*{number - 1}[.)]\s", before) is not None
        return not listed and bool(above) and above[-1].isalpha()

    def _wraps_bullet(self, line: str) -> bool:
        """Whether a line continues the bullet item above it: indented past the bullet's
        mark, as a hard-wrapped item is, and no bullet or table row itself."""
        if self.bullet is None or not line.strip() or _BULLET.match(line) or self._is_row(line):
            return False
        item = self.text[self.bullet[0] : self.bullet[1]]
        mark = _BULLET.match(item.split("\n", 1)[0])
        indent = len(line) - len(line.lstrip())
        if mark is not None and indent >= len(mark.group()) - 1 > 0:
            return True
        # wrapped by the mail client, not indented: the item's sentence runs on in lower case
        # ("… Can your driver grab the 2" / "extra bags next time")
        return line[:1].islower() and item.rstrip()[-1:].isalnum()

    def _wraps_last_cell(self, line: str) -> bool:
        """Whether a line goes on with the last cell of the table row above it: indented
        past every column but the last, as a row's wrapped note is ("WRONG ITEM - 6 of the
        12 are FIP threaded, we" / "ordered sweat; exchange 6")."""
        if self.header is None or not self.starts or not self.units or not self.units[-1].row:
            return False
        indent = len(line) - len(line.lstrip())
        past = self.starts[-2] + 1 if len(self.starts) > 1 else self.starts[-1]
        return indent >= past and _COLUMNS.search(line.strip()) is None

    def _extend_row(self, end: int) -> None:
        """The row above with its last cell running on to end, where that cell is under the
        header's last column (a cell of a column not read is in the row's text only)."""
        row = self.units[-1]
        last = max(row.columns, key=lambda column: column[1], default=None)
        line_start = self.text.rfind("\n", 0, row.start) + 1
        if last is not None and self.starts and last[1] - line_start < self.starts[-1] - 1:
            last = None
        columns = tuple(
            (role, first, end) if (role, first, stop) == last else (role, first, stop)
            for role, first, stop in row.columns
        )
        self.units[-1] = replace(row, end=end, columns=columns)

    def _is_row(self, line: str) -> bool:
        if KEY_LABEL.match(line):
            return False  # a key to the sheet's codes ("CODES;SHRT=short;…") lists, claims none
        delimited = value_separator(line, self.segment.name) is not None
        return "|" in line or delimited or _COLUMNS.search(line.strip()) is not None

    def _prose(self, start: int, end: int) -> None:
        if self.bullet or (self.prose and not self._continues(self.prose[-1], (start, end))):
            self._flush()
        self.prose.append((start, end))

    def _in_form(self) -> bool:
        """Whether the prose so far ends in a form's "Key: value" line: a scanned form's
        fields often stand a blank line apart, and are one form all the same."""
        if not self.prose:
            return False
        return _KEY_VALUE.match(self.text[self.prose[-1][0] : self.prose[-1][1]]) is not None

    def _continues(self, previous: Span, current: Span) -> bool:
        before = self.text[previous[0] : previous[1]].rstrip()
        line = self.text[current[0] : current[1]]
        if _KEY_VALUE.match(before) and _KEY_VALUE.match(line):
            return True  # a little form: "SKU: …", "Qty: …", "Reason: …"
        if "\n" in self.text[previous[1] : current[0] - 1]:
            return False  # a blank line after a form's field ends the form
        if _WRAPPED_AT_DASH.search(before):
            return True  # "… your PMP-CIRC-" / "015) quit": an identifier wrapped at its dash
        rows = _LEADING_CODE.match(before) and _LEADING_CODE.match(line)
        if rows and not _SENTENCE_END.search(before):
            # rows of a list whose columns closed up (OCR), each its item's; not prose that
            # opens with a reference ("PO-24519 showed up Friday. We ordered 24 pcs")
            return False
        if len(before) > _UNWRAPPED and self.segment.kind in _MAIL_KINDS:
            return False  # a paragraph typed as one line: no client wrapped it, it ends there
        return len(before) >= _WRAP_WIDTH and not before.endswith((".", "!", "?", ":"))

    def _flush(self) -> None:
        if self.bullet:
            self._sentences(*self.bullet, row=True)
            self.bullet = None
        if self.prose:
            self._sentences(self.prose[0][0], self.prose[-1][1], row=False)
            self.prose = []

    def _sentences(self, start: int, end: int, *, row: bool) -> None:
        for first, last in split_sentences(self.text, start, end):
            colon = self.text[first:last].rstrip().endswith(":")
            self.units.append(Unit(first, last, self.segment.name, row=row, colon=colon))

    def _row(self, start: int, end: int) -> None:
        self.spaced = None  # a row cut by wide gaps: no scan's closed-up table
        cells = _cells(self.text, start, end, self.segment.name)
        roles = header_roles([self.text[s:e] for s, e in cells])
        aligned = _cells(self.text, start, end, self.segment.name, narrow=True)
        narrow = header_roles([self.text[s:e] for s, e in aligned])
        line = self.text[start:end]
        typed = not _delimited(line, self.segment.name)
        if typed:
            # "Ordered Delivered Damaged Bin": a typed header's short names one space apart
            spread = _spread_names(self.text, aligned)
            wide = header_roles([self.text[s:e] for s, e in spread]) if spread != aligned else None
            if wide is not None and len(wide) > max(len(roles or {}), len(narrow or {})):
                narrow, aligned = wide, spread
        if narrow is not None and len(narrow) >= len(roles or {}) and len(aligned) > len(cells):
            # a typed sheet's header is as wide as its cells ("Ordered  Shipped  Short"):
            # its rows are then cut where its words start
            roles, cells = narrow, aligned
            self.starts = [s - start for s, _ in cells]
        elif roles is not None:
            # a typed sheet's row may leave a cell blank ("3 <blank> HVC-CND-PUMP …"): its
            # cells are its header's by where they stand, not by their order
            self.starts = [s - start for s, _ in cells] if typed else None
        if roles is not None:
            self._take_header(cells, roles)
            return  # a header row holds no claim
        self._cells_row(start, end, cells, aligned)

    def _spaced_header(self, start: int, end: int) -> bool:
        """Whether a line is an OCR'd table's header, the gaps between its names closed to
        one space ("LN ITEM DESCRIPTION QTY PRICE AMOUNT"): one word a column, each a name,
        a column of items and one of counts among them. Its rows are read by their words."""
        words = [m.span() for m in re.finditer(r"\S+", self.text[start:end])]
        names = [self.text[start + a : start + b] for a, b in words]
        if len(names) < _SPACED_COLUMNS or not all(_SPACED_NAME.match(name) for name in names):
            return False
        roles = header_roles(names)
        if roles is None or "qty" not in roles.values():
            return False
        free = [i for i, name in enumerate(names) if _DESCRIPTION.match(name)]
        if len(free) > 1:
            return False
        self._flush()
        cells = [(start + a, start + b) for a, b in words]
        # the item's own words describe it: their numbers are sizes, and they say no reason
        roles = {i: role for i, role in roles.items() if i not in free}
        self._take_header(cells, roles)  # the item's words, left without a role, are described
        self.starts = None
        self.spaced = (len(names), free[0] if free else None)
        return True

    def _spaced_cells(self, start: int, end: int) -> list[Span] | None:
        """A row under an OCR'd header, its words one a column but the item's words, which
        take what is left between ("1 PIP-CU-L-100-20 1" TYPE L COPPER 20FT 30 76.40
        2,292.00"); None where its words do not fit the columns (a line of totals, a note).
        A mark of no letter nor digit is the scan's speck ("> 2,292.00")."""
        if self.spaced is None or self.header is None:
            return None
        count, free = self.spaced
        words = [
            (start + m.start(), start + m.end())
            for m in re.finditer(r"\S+", self.text[start:end])
            if any(char.isalnum() for char in m.group())
        ]
        if len(words) < count or (free is None and len(words) != count):
            return None
        if free is None:
            cells = words
        else:
            after = count - free - 1
            rest = words[free : len(words) - after]
            cells = [*words[:free], (rest[0][0], rest[-1][1]), *words[len(words) - after :]]
        for index, role in self.header.items():
            cell = self.text[slice(*cells[index])]
            if role in ("index", "qty") and not cell.isdigit():
                return None
            if role == "sku" and not (any(c.isdigit() for c in cell) and len(cell) >= 4):
                return None
        return cells

    def _cells_row(self, start: int, end: int, cells: list[Span], aligned: list[Span]) -> None:
        """A table row, its cells found: under a header, read by its columns."""
        columns: tuple[tuple[str, int, int], ...] = ()
        claimed = True  # the row's cell under the sheet's column of claims counts some
        if self.header is not None:
            if self.starts is not None:
                cells = _under(self.text, self.starts, aligned, start)
            claimed = self._counts_its_claim(cells)
            columns = tuple(
                (role, *cells[index])
                for index, role in self.header.items()
                if index < len(cells) and cells[index][0] < cells[index][1] and role != "tally"
            )
            # the item's own words under "Description": their numbers are sizes and packs
            # (cells told by their separators; a typed row's may be cut inside a cell)
            # and its notes beside a column of reasons ("WRONG ITEM", "4 bags contain 3/4in")
            if self.spaced or _delimited(self.text[start:end], self.segment.name):
                columns += tuple(("described", *cells[i]) for i in self.described if i < len(cells))
                columns += tuple(("note", *cells[i]) for i in self.noted if i < len(cells))
            if self.claim is not None and claimed:
                columns += (("claim", *self.claim),)
            elif self._counts_another_reason(columns):
                # "Dmg 0 … SHORT - not received, 2 missing": the column of claims counts
                # another reason than the row's note says; the note counts its own claim
                claimed = True
        # a row counts what it claims in one of the sheet's columns of claims: that count,
        # and the column's name says why ("Damaged 3  Short 0")
        counted = [i for i in self.tallies if i < len(cells) and _counted(self.text, cells[i])]
        if len({self.text[slice(*cells[i])].strip() for i in counted}) == 1:
            # "Damaged 6  Return 6": one count, said twice; the first column says why
            columns += (("qty", *cells[counted[0]]), ("claim", *self.tallies[counted[0]]))
        # a sheet's "Exception" column left blank on a row: nothing is wrong with that item;
        # nor with one that counts nothing in any column of claims
        quiet = (
            self.header is not None
            and self.asks_why
            and all(role != "reason" for role, _, _ in columns)
        ) or bool(self.tallies and not counted)
        # nor with one whose cell under a column of claims ("Damaged") counts nothing, nor
        # with one that came as it was sent ("Shipped 8  Received 8")
        quiet = quiet or (self.claim is not None and not claimed)
        quiet = quiet or (not counted and self._came_as_sent(columns))
        # nor with one whose reason cell says the goods went or come elsewhere ("DIRECT TO
        # SITE", "BACKORDERED"): what it counts received here tells no shortage
        if _sent_elsewhere(self.text, columns):
            quiet, columns = True, tuple(c for c in columns if c[0] not in _SIDES)
        # nor a row of totals ("TOTAL RTN QTY  43"): it sums the rows, it claims nothing more
        quiet = quiet or any(_TOTAL_CELL.match(self.text[first:last]) for first, last in cells)
        self.units.append(
            Unit(start, end, self.segment.name, row=True, columns=columns, quiet=quiet)
        )

    def _take_header(self, cells: list[Span], roles: dict[int, str]) -> None:
        self.header, self.spaced = roles, None
        unnamed = [(i, self.text[first:last].strip()) for i, (first, last) in enumerate(cells)]
        self.described = [i for i, name in unnamed if i not in roles and _DESCRIPTION.match(name)]
        self.noted = [i for i, name in unnamed if i not in roles and _NOTES.match(name)]
        self.claim = _claim_header(self.text, cells, roles)
        self.tallies = {i: cells[i] for i, role in roles.items() if role == "tally"}
        self.asks_why = self.claim is None and any(
            role == "reason" and _SAYS_WHY.match(self.text[slice(*cells[index])].strip())
            for index, role in roles.items()
        )

    def _came_as_sent(self, columns: tuple[tuple[str, int, int], ...]) -> bool:
        """Whether a row counts what it received, the same as what was ordered or sent, and
        claims nothing in a column of claims."""
        roles = {role for role, _, _ in columns}
        sides = [self.text[first:last].strip() for role, first, last in columns if role in _SIDES]
        return (
            "received" in roles
            and "claim" not in roles
            and not _noted(self.text, columns) - _COUNTED_REASONS
            and len(sides) >= 2
            and len(set(sides)) == 1
            and sides[0].isdigit()
        )

    def _counts_another_reason(self, columns: tuple[tuple[str, int, int], ...]) -> bool:
        """Whether the sheet's column of claims is named for one reason ("Dmg", "Short") and
        a row's reason cell says another; not a column of all that goes back ("Return 0 …
        1 failed - warranty via portal": nothing of that row goes back)."""
        if self.claim is None or not _ONE_REASON_COLUMN.search(self.text[slice(*self.claim)]):
            return False
        return bool(_noted(self.text, columns) - _said(self.text, self.claim))

    def _counts_its_claim(self, cells: list[Span]) -> bool:
        """Whether a row's cell in the sheet's one column of claims counts some."""
        counts = [index for index, role in (self.header or {}).items() if role == "qty"]
        return not counts or any(i < len(cells) and _counted(self.text, cells[i]) for i in counts)


def _delimited(line: str, segment: str) -> bool:
    """Whether a row's cells are told apart by separators (tabs, bars, commas)."""
    return bool(re.search(r"[|\t]", line)) or value_separator(line, segment) is not None


def split_units(text: str, segment: Segment) -> list[Unit]:
    """The units of one segment of a RequestText's text."""
    return _Splitter(text, segment).run()


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans of text[start:end], trimmed, abbreviations ("qty.", "no.") kept whole."""
    spans: list[Span] = []
    first = start
    for match in _SENTENCE_END.finditer(text, start, end):
        words = text[first : match.start()].split()
        if words and words[-1].lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if words and _initial(words):
            continue  # "by T. Nguyen", "2250 W. Chester Pike"; not "in building B."
        if _ENUMERATOR.fullmatch(text, first, match.end()) and _starts_line(text, first):
            first = match.end()  # "2. 3 cases of filters …": the list's mark, no sentence
            continue
        # a question or an exclamation ends where it stands ("can we send them back? the 2
        # bad PRVs …"); a full stop before a lower-case word only after a word that ends one
        if (
            text[match.end()].islower()
            and match.group()[0] == "."
            and not _LOWER_AFTER_WORD.search(words[-1] if words else "")
        ):
            continue
        spans.append((first, match.start() + len(match.group().rstrip())))
        first = match.end()
    spans.append((first, end))
    spans = [piece for s, e in spans for piece in _spoken_stops(text, s, e)]
    # cut to length first: a clause's reasons are looked for within one chunk, so the work
    # stays linear in the text however many ", and" a run-on holds
    chunks = [chunk for s, e in spans for chunk in _chunks(text, s, e)]
    pieces = [piece for s, e in chunks for piece in _clauses(text, s, e)]
    return [_trim(text, s, e) for s, e in pieces if text[s:e].strip()]


def _spoken_stops(text: str, start: int, end: int) -> list[Span]:
    """A dictated sentence cut where the writer said its full stop ("… you can have it picked
    up period also two of the …"), not a period of time ("the warranty period is")."""
    spans: list[Span] = []
    first = start
    for match in _SPOKEN_STOP.finditer(text, start, end):
        if text[first : match.start()].strip():
            spans.append((first, match.start()))
        first = match.end()
    spans.append((first, end))
    return spans


def _starts_line(text: str, at: int) -> bool:
    """Whether `at` starts a line of its own, as a list's mark does: not one that goes on
    with the sentence of the line before ("… the order is\n12. This is …")."""
    start = text.rfind("\n", 0, at)
    if text[start + 1 : at].strip():
        return False
    before = text[: max(start, 0)].rstrip(" \t")
    return not before or before.endswith(("\n", ".", ":", "!", "?", ")"))


def _initial(words: list[str]) -> bool:
    """Whether a sentence's last word before a full stop is an initial of a name or a
    compass point of an address, not a word that ends the sentence."""
    if len(words[-1]) != 1 or not words[-1].isupper():
        return False
    if len(words) == 1:
        return True  # "T. Nguyen" opening a line
    before = words[-2].lower().rstrip(".,:")
    return before.isdigit() or before in _BEFORE_INITIAL or len(before) == 1


def reasons_in_note(note: str) -> list[ReasonHit]:
    """Reason phrases of a table's note, sentence by sentence: "3 cs wet + crushed. 2 cs
    extra, not on slip" says two things of its row, the second only weakly, which the
    first's strong phrase must not silence."""
    return [
        hit.shifted(start)
        for start, end in split_sentences(note, 0, len(note))
        for hit in find_reasons(note[start:end])
    ]


def _clauses(text: str, start: int, end: int) -> list[Span]:
    """A run-on sentence that joins claims with ", and" ("2 of the pumps won't kick on, and
    you sent us 22 cases when the PO says 20, and we don't need 3 of the stats anymore"), cut
    where the words on each side say why: each claim keeps its own counts."""
    joins = list(_AND.finditer(text, start, end))
    if end - start <= _RUN_ON or not joins or len(joins) > _MAX_JOINS:
        return [(start, end)]
    bounds = [start] + [m.end() for m in joins]
    ends = [m.start() + 1 for m in joins] + [end]  # the comma stays with the clause before
    says_why = [bool(find_reasons(text[s:e])) for s, e in zip(bounds, ends, strict=True)]
    clauses: list[Span] = []
    first, why = start, says_why[0]
    for index in range(1, len(bounds)):
        if why and says_why[index]:
            clauses.append((first, ends[index - 1]))
            first, why = bounds[index], False
        why = why or says_why[index]
    clauses.append((first, end))
    return clauses


def _chunks(text: str, start: int, end: int) -> list[Span]:
    """A run-on "sentence" longer than a real one, cut at commas or spaces."""
    chunks: list[Span] = []
    while end - start > _MAX_UNIT:
        cut = max(text.rfind(mark, start, start + _MAX_UNIT) for mark in (", ", "; ", " "))
        cut = cut + 1 if cut > start else start + _MAX_UNIT
        chunks.append((start, cut))
        start = cut
    chunks.append((start, end))
    return chunks


def _lines(text: str, segment: Segment) -> list[Span]:
    spans: list[Span] = []
    position = segment.start
    for line in text[segment.start : segment.end].split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _said(text: str, span: Span) -> set[ReasonCode]:
    return {hit.reason for hit in reasons_in_note(text[slice(*span)])}


def _sent_elsewhere(text: str, columns: tuple[tuple[str, int, int], ...]) -> bool:
    """Whether a row's reason cell says its goods went or come elsewhere, and no reason."""
    cells = [text[first:last] for role, first, last in columns if role == "reason"]
    return any(_ELSEWHERE.search(cell) and not find_reasons(cell) for cell in cells)


def _noted(text: str, columns: tuple[tuple[str, int, int], ...]) -> set[ReasonCode]:
    """The reasons a row's reason cell says ("WRONG ITEM - 6 of the 12 are FIP")."""
    return {
        reason
        for role, first, last in columns
        if role == "reason"
        for reason in _said(text, (first, last))
    }


def _under(text: str, starts: list[int], cells: list[Span], line_start: int) -> list[Span]:
    """Each header column's cell of a row: the cell starting at or after the column's
    start and before the next column's (an empty span where the row leaves it blank). A
    count right under its column's name with words a space after it that run on past the
    next column's start is cut in two ("5 DAMAGED - 5 with bent louvers" under "Dmg" and
    "Exception"): a count's column is right-aligned, a note's left-aligned."""
    found: list[Span] = [(line_start, line_start)] * len(starts)
    for first, last in cells:
        column = max((i for i, at in enumerate(starts) if at <= first - line_start + 1), default=0)
        number = _COUNT_THEN_WORDS.match(text, first, last)
        later = [
            i
            for i, at in enumerate(starts)
            if i > column and number and number.end(1) - line_start <= at < last - line_start
        ]
        if number and later:
            pieces = [(column, (first, number.end(1))), (later[0], (number.end(), last))]
        else:
            pieces = [(column, (first, last))]
        for index, cell in pieces:
            if found[index][0] == found[index][1]:
                found[index] = cell
    return found


def _spread_names(text: str, cells: list[Span]) -> list[Span]:
    """A header's cells with a cell of column names one space apart ("Ordered Delivered
    Damaged Bin") cut into one cell a name."""
    spread: list[Span] = []
    for first, last in cells:
        words = [
            (m.start() + first, m.end() + first) for m in re.finditer(r"\S+", text[first:last])
        ]
        names = [w for w in words if _COLUMN_NAME.match(text[w[0] : w[1]])]
        spread.extend(words if len(words) > 1 and len(names) == len(words) else [(first, last)])
    return spread


def value_separator(line: str, segment: str) -> re.Pattern[str] | None:
    """The separator of a row of delimited values, if the line is one: commas or, as an
    export in a European locale writes them, semicolons ("2;3;DOA;TST-2100-NP"); in a
    .csv file whichever the line has more of, pasted into a message only four cells or
    more with no space after a separator but in a quoted cell's words, as prose has."""
    if segment.lower().endswith(".csv"):
        if line.count(";") > line.count(","):
            return _SEMICOLON
        return _CSV_COMMA if "," in line else None
    unquoted = _QUOTED_CELL.sub('""', line.strip())
    for pasted, separator, spaced in (
        (_PASTED_CSV, _CSV_COMMA, ", "),
        (_PASTED_SSV, _SEMICOLON, "; "),
    ):
        if pasted.match(unquoted) is not None and spaced not in unquoted:
            return separator
    return None


def delimited_cells(line: str, separator: re.Pattern[str]) -> list[Span]:
    """The spans of a delimited row's cells, untrimmed; a quoted cell holding the
    separator is one cell."""
    return _split(line, separator)


def _split(line: str, separator: re.Pattern[str]) -> list[Span]:
    """The spans of a line's pieces between its separators."""
    spans: list[Span] = []
    position = 0
    for match in separator.finditer(line):
        spans.append((position, match.start()))
        position = match.end()
    return [*spans, (position, len(line))]


def _cells(text: str, start: int, end: int, segment: str, *, narrow: bool = False) -> list[Span]:
    """The cells of a row; narrow: cut at two spaces too, as a typed sheet's header is."""
    line = text[start:end]
    separator = value_separator(line, segment)
    if "|" in line:
        separator = re.compile(r"\|")
    elif separator is None:
        separator = re.compile(r"\t| {2,}" if narrow else r"\t| {3,}")
    cells = [_trim(text, start + a, start + b) for a, b in _split(line, separator)]
    if cells and cells[0][0] == cells[0][1] and line.lstrip().startswith("|"):
        cells = cells[1:]  # a row written "| a | b |"
    return cells


def _in_one_language(name: str) -> str:
    """A column named in two languages ("Sobrante / Left"): the name a role is read by,
    where the whole is none's."""
    parts = _TWO_LANGUAGES.split(name)
    if len(parts) != 2 or _names_a_role(name):
        return name
    return next((part for part in parts if _names_a_role(part)), name)


def _names_a_role(name: str) -> bool:
    return any(pattern.search(name) for _, pattern in _ROLES)


def header_roles(cells: list[str]) -> dict[int, str] | None:
    """Column index → role when the cells are a header naming a SKU column and one more."""
    cells = [cell.replace("’", "'") for cell in cells]  # "Qty rec’d" as Word writes it
    cells = [_CAMEL_CASE.sub(" ", cell) for cell in cells]  # an export's "QtyReceived"
    roles = _price_roles(cells)
    qty_columns: list[int] = []
    # "qty_return", "Part #"; a column named "#" alone numbers the rows
    names = [cell.replace("_", " ").strip().strip(":#").strip() or cell.strip() for cell in cells]
    # a name and what it means: "return - not needed" is the column of returns
    names = [_in_one_language(_QUALIFIED.split(name, maxsplit=1)[0]) for name in names]
    for index, name in enumerate(names):
        if index in roles:
            continue
        if _THEIRS.match(name) and "sku" in roles.values():
            # a customer's sheet: the vendor's item (ours) over "Our item" (theirs)
            roles = {i: role for i, role in roles.items() if role != "sku"}
        for role, pattern in _ROLES:
            if pattern.search(name) and (role in _MANY or role not in roles.values()):
                if role == "qty":
                    qty_columns.append(index)
                else:
                    roles[index] = role
                break
    claim_qty = [index for index in qty_columns if _CLAIM_QTY.search(names[index])]
    # what is left of a job ("qty_left") goes back only where no column says what does
    # ("LEFT  RETURN": the return column counts it)
    claim_qty = [i for i in claim_qty if not _LEFT.search(names[i])] or claim_qty
    # a lone column of what was sent or came ("Shipped") counts the whole, not the claim
    plain = [i for i in qty_columns if not any(p.match(names[i]) for _, p in _COUNT_SIDES)]
    # a price check's one plain count ("Qty" beside "Rec'd") is the count billed wrongly
    alone = len(qty_columns) == 1 or "agreed" in roles.values()
    chosen = claim_qty if len(claim_qty) == 1 else plain if alone and len(plain) == 1 else []
    roles.update(dict.fromkeys(chosen, "qty"))
    if len(claim_qty) > 1:  # "Damaged  Short": each row counts its claim in one of them
        roles.update(dict.fromkeys(claim_qty, "tally"))
    # what was sent and what came, to tell a row's shortfall by ("Shipped 40  Received 34")
    for side, pattern in _COUNT_SIDES:
        found = [i for i in qty_columns if i not in chosen and pattern.match(names[i])]
        if len(found) == 1:
            roles[found[0]] = side
    if "sku" not in roles.values():
        # a sheet that names its items only by their words: "Description  Delivered  Returning"
        described = [index for index, role in roles.items() if role == "item_words"]
        if described:
            roles[described[0]] = "sku"
    for kind in ("words", "item_words"):
        for index in [index for index, role in roles.items() if role == kind]:
            if "reason" in roles.values():
                del roles[index]
            else:
                roles[index] = "reason"
    if (
        "sku" not in roles.values()
        and 0 not in roles
        and len(cells) >= 3
        and any(_NAMED_COUNT.search(cells[index]) for index in claim_qty)
        and not any(cell.strip().isdigit() for cell in cells)
    ):
        # "PO 70296 | Qty rec'd | Qty bad | Issue": the first column, named for the order,
        # holds the items the claim column counts
        roles[0] = "sku"
    if "sku" not in roles.values() or len(roles) < 2:
        return None
    return roles


def _price_roles(cells: list[str]) -> dict[int, str]:
    """The columns of a price check (what was billed, what was agreed), where it has both."""
    roles: dict[int, str] = {}
    for index, cell in enumerate(cells):
        name = " ".join(cell.replace("_", " ").strip().strip(":#$").split())
        for role, pattern in _PRICES:
            if pattern.match(name) and role not in roles.values():
                roles[index] = role
                break
    if len(roles) != 2:
        return {}
    for index, cell in enumerate(cells):  # "Diff/ea", "Variance": a price's, not a count
        if index not in roles and _PRICE_DIFF.match(cell.strip()):
            roles[index] = "price_diff"
    return roles


def _counted(text: str, cell: Span) -> bool:
    """Whether a cell counts some ("3"), not none ("0", "-", blank)."""
    return _SOME.match(text[cell[0] : cell[1]].strip()) is not None


# "3", and "2 ctn" as a typed report writes a count with its package
_SOME = re.compile(
    r"^[1-9]\d{0,4}(?:\s*(?:pcs?|ea|ctns?|cs|cases?|cartons?|boxes|bx|rolls?|bags?)\.?)?$", re.I
)


def _claim_header(text: str, cells: list[Span], roles: dict[int, str]) -> Span | None:
    """The header cell of the count a row claims, where its name says what is claimed
    ("Short", "Qty damaged"): the reason of every row that counts one there."""
    for index, role in roles.items():
        first, last = cells[index]
        if role == "qty" and _CLAIM_QTY.search(text[first:last]):
            return first, last
    return None


def _trim(text: str, start: int, end: int) -> Span:
    """A cell's span without the spaces around it, nor the quotes of a quoted CSV cell."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2 and text[start] == text[end - 1] == '"':
        return start + 1, end - 1
    return start, end
