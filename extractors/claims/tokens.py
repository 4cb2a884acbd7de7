"""SKU-like tokens and quantity candidates in a sentence; offsets are into that text.

What is not a SKU or a quantity is masked first: order references, dates, times,
phone and tracking numbers, money, measures.
"""

import re
from dataclasses import dataclass
from typing import Literal

from extractors.claims.lexicon import COUNT_UNITS, NUMBER_WORD, REQUEST_VERB, number_word_value
from extractors.claims.refs import bare_numbers, find_refs
from extractors.claims.vocabulary import OrderVocabulary

_I = re.IGNORECASE
Span = tuple[int, int]
WINDOW = 80  # how far around a token its cue words are looked for


def window_before(text: str, position: int) -> str:
    """The text just before a position, as far as cue words are looked for."""
    return text[max(0, position - WINDOW) : position]


def window_after(text: str, position: int) -> str:
    """The text just after a position, as far as cue words are looked for."""
    return text[position : position + WINDOW]


SkuKind = Literal[
    "pattern", "lower", "upc", "labelled", "column", "order", "described", "described_loosely"
]
DESCRIBED_KINDS: frozenset[SkuKind] = frozenset({"described", "described_loosely"})


@dataclass(frozen=True)
class SkuToken:
    value: str
    start: int
    end: int
    # "pattern": letter-digit groups with dashes or a UPC labelled as such; "lower": three
    # or more such groups typed in lower case ("pmp-circ-015"), upper-cased; "upc": a
    # bare 12-13 digit number; "labelled": written after "SKU", "part #", "item no.",
    # also in groups with spaces ("part tst 2100 np", matched without them: skus.py);
    # "column": the cell of a table's SKU column; "order": an identifier of the found order
    # written in any case, with or without separators (vocabulary.py); "described": the one
    # item of the found order a run of its description's words names plainly, where the
    # sentence names no identifier ("the 3/4 ball valves"; the value is that item's SKU);
    # "described_loosely": named so, but not plainly (vocabulary.Mention)
    kind: SkuKind


@dataclass(frozen=True)
class Number:
    value: int
    start: int
    end: int
    counted: bool  # followed by a count unit: "18 pcs", "6 units", "2 cases"
    measure: str | None = None  # "ft" of "20 ft", where an item of the order is sold by it


_DASHED = re.compile(r"(?<![\w-])[A-Z0-9]+(?:-[A-Z0-9]+)+(?![\w-])")
_LOWER_DASHED = re.compile(r"(?<![\w-])[a-z0-9]{2,}(?:-[a-z0-9]{2,}){2,}(?![\w-])")
_UPC = re.compile(r"(?<![\w-])\d{12,13}(?![\w-])")
_LABELLED = re.compile(
    r"\b(?:sku|item|part|p/n|pn|model|cat(?:alog)?|upc|ean|gtin)s?\.?\s*(?:no\.?|number|num|#|code)?"
    r"\s*[:#]?\s*([A-Za-z0-9][A-Za-z0-9./-]*[A-Za-z0-9])",
    _I,
)
# After a label, a SKU typed in lower case with spaces for dashes ("part tst 2100 np"):
# letters, digits, then at most two short groups that are not words of the sentence.
_SPACED = re.compile(
    r"\b(?:sku|item|part|p/n|pn|model)s?\.?\s*(?:no\.?|number|num|#|code)?\s*[:#]?\s*"
    r"([A-Za-z]{2,5} \d{2,6}(?: [A-Za-z0-9]{1,4}){0,2})\b",
    _I,
)
_NOT_A_GROUP = frozenset(
    {"a", "all", "also", "an", "and", "are", "as", "at", "but", "by", "each", "ea", "for",
     "got", "had", "has", "in", "is", "it", "no", "not", "of", "off", "on", "one", "or", "pcs",
     "per", "qty", "six", "so", "ten", "the", "too", "two", "to", "was", "we", "were", "x"}
)  # fmt: skip
_UPC_LABEL = re.compile(r"\b(?:upc|ean|gtin)\b", _I)
_NOT_UPC_LABEL = re.compile(
    r"\b(?:tracking|track|pro|bol|fedex|ups|usps|phone|tel|fax|acct|account)\b[^\n]{0,20}$", _I
)
# A label of an identifier that is no item's: "cert # PA-HVAC-11872", "serial: AB-1234".
_NOT_SKU_LABEL = re.compile(
    r"\b(?:cert(?:ificate)?|licen[cs]e|lic|permit|ticket|serial|s/n|claim|tracking|voucher|form"
    r"|cheque|check|confirmation|acct|account|report|incident|receipt|work\s+order|job|quote)"
    r"\.?\s*(?:#|no\.?|number|num\.?)?\s*[:#]?\s*$",
    _I,
)
# Our and the ERP's own identifiers: a prefix then digits only.
_ID = re.compile(r"^(?:SO|PO|INV|RMA|RA|SH|CASE|BOL|TKT|REF|CM|CR)-?\d+$")
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_MONTH_GROUP = re.compile(rf"^(?:{_MONTHS})$", _I)

_MONTH = rf"(?:{_MONTHS})[a-z]*\.?"
_ID_LABEL = r"(?<![\w-])(?:tracking|track|pro|bol|ext|extension|phone|tel|fax)"
_PLACES = (
    r"(?<![\w-])(?:line|item|row|page|box|pallet|dock|door|aisle|bay|zone|suite|step|rev|room|floor|unit"
    r"|version|phase|stage|building|bldg|level|lot|area|section|truck|trailer|gate"
    r"|route|rte|highway|hwy|interstate|exit"  # "the Route 33 building"
    r"|apt|apartment|ste|rm)"  # "in apt 905"
)
# A rating, size or grade is part of the item's name ("MERV 11 filters", "Sch 40 pipe",
# "12 AWG wire"), never how many of it.
_RATINGS = r"(?:merv|seer|sch(?:edule)?|awg|gauge|grade|class|series|size)"
_MASKS = (
    re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"),  # dates 2026-11-05, 11/05/26
    re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b", _I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?", _I),
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?", _I),  # times
    # phone numbers, and their extension: "555-214-7700 x101", "ext. 12"
    re.compile(
        r"\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b(?:\s*(?:x|ext\.?|extension)\s?\d{1,6}\b)?", _I
    ),
    re.compile(r"\+\d[\d\s().-]{7,}\d"),  # international phone numbers
    re.compile(r"(?:[$€£]|\b(?:usd|eur|cad)\s?)\s?\d[\d,]*(?:\.\d+)?", _I),  # money
    re.compile(r"\b\d[\d,]*\.\d+\b"),  # decimals: prices, measures
    # a gauge's reading: "set at 60 psi, it creeps to 95 overnight", "climbs back up to 80"
    re.compile(
        r"\b(?:creep(?:s|ed|ing)?|climb(?:s|ed|ing)?|ris(?:es|ing)|rose|jump(?:s|ed)?"
        r"|drop(?:s|ped)?|falls?|fell)\s+(?:back\s+)?(?:up\s+|down\s+)?to\s+\d+"
        r"|\bset\s+(?:at|to)\s+\d+",
        _I,
    ),
    re.compile(r"(?:\bat|@|\bprice[sd]?(?:\s+(?:of|is|was|at))?)\s*\$?\s*\d[\d,]*(?:\.\d+)?", _I),
    re.compile(r"\b\d+/\d+\b"),  # fractions: 3/4"
    # an elbow by its angle: "the copper 90s", "1\" copper 90 (FTG-…)", "PVC 45"
    re.compile(
        r"\b(?:copper|cu|pvc|cpvc|brass|galv(?:anized)?|black|cast|street|sweat)\s+(?:45|90)s?\b"
        r"(?!\s*(?:pcs|pieces|ea|each|x\b|units?))|\b(?:45|90)s\b",
        _I,
    ),
    # a pack's size: "MERV 11 (cs/12)"
    re.compile(r"\b(?:cs|case|bx|box|bg|bag|ctn|carton|pk|pack)\s*/\s*\d+\b", _I),
    re.compile(_ID_LABEL + r"\b\W{0,3}(?:(?:no|number|#)\W{0,3})?\w+", _I),  # tracking no.
    # a paper's number by its label: "Delivery ticket: 3318", "Job #: 5519", "Claim no: 88"
    re.compile(
        r"(?<![\w-])(?:ticket|receipt|job|claim|account|acct|work\s+order|quote|serial)"
        r"\s*(?:no\.?|number|nbr)?\s*[:#]\s*#?\s*\d+",
        _I,
    ),
    # an order line cited with its ordered count: "(line 2, six 1/25 HP circulators, …)"
    re.compile(rf"\(\s*(?:po\s+)?(?:line|ln)\s*#?\s*\d+\s*[,:;–-]\s*(?:\d+|{NUMBER_WORD})\b", _I),
    # box 2, line 3, #4, "suites 300 and 400"
    re.compile(r"(?:#|\bno\.|" + _PLACES + r"s?\b\s*#?)\s*\d+(?:\s*(?:,|and|&)\s*\d+\b)*", _I),
    re.compile(r"\b(?:apt|ste|rm|bldg)\.\s*#?\s*\d+", _I),  # "apt. 905"
    re.compile(rf"(?<![\w-]){_RATINGS}\s*\d+\b|\b\d+\s*(?:awg|ga|gauge)\b", _I),  # MERV 11
    # a size in a label's capitals: "2 IN SCH40 TEE", "1-1/2 IN UNION" (not "2 in the box")
    re.compile(r"\b\d+(?:[ -]\d/\d)?\s?IN\b(?=\.?[ \t]+[A-Z0-9]{2})"),
    # a document named by its number alone: "the 60418 order", "our 24519 PO"
    re.compile(r"\b\d{4,8}(?=\s+(?:order|po|p\.o\.|invoice|shipment|delivery)\b)", _I),
    # a street address: "402 Mill Rd", "1450 Industrial Hwy", "2250 W. Chester Pike"
    re.compile(
        r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}"
        r"(?:Rd|Road|St|Street|Ave|Avenue|Hwy|Highway|Blvd"
        r"|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Ct|Court|Pl|Place|Pike)\b"
    ),
)

# OCR reads the space of "50 GAL" as a dot now and then: "50.GAL" is a size too
_MEASURE_AFTER = re.compile(
    r"^\.?\s*(?:%|percent|days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|ft|feet|foot"
    r"|in\.|inch|inches|mm|cm|m|lbs?|kg|oz|psi|v(?!-)|vac|vdc|volts?|amps?|watts?|hz|gal|gallons?|gpm"
    r"|w(?![/\w])"  # a heater element's "4500 W" (not "2 w/ handles")
    r"|gph|btus?|btuh|cfm|kw|kwh"  # a rating on a label: "INPUT 40,000 BTU/HR"
    r"|deg|degrees?|°"  # an elbow's angle: "the box say 90 degree"
    r"|am|pm"
    # "kinked in three places", "tried 3 times", "a gash through the outer 3 or 4 loops":
    # no goods counted
    r"|places|spots|times|loops|layers|wraps"
    r"|[\"'])(?![\w])",
    _I,
)
_COUNTED_AFTER = re.compile(rf"^\s*(?:x\b|×|qty\b|{COUNT_UNITS}\b)", _I)
# At most six thousands groups: a longer run is no count (and int() refuses 4,300 digits).
_DIGITS = re.compile(
    r"(?<![\w.-])(\d{1,3}(?:,\d{3}){1,6}|\d{1,5})(?:\s?[x×])?"
    # "SHORT 2CS", "10cs": a count written against its package, as a hand writes it
    r"(?:(?![\w%/-])|(?=(?i:cs|pcs|ea|ctns?|bx|bxs)\b))(?![.,:]\d)"
)
_X_DIGITS = re.compile(r"(?<![\w.,-])[x×]\s?(\d{1,5})(?![\w%/-])(?![.,:]\d)", _I)
_WORD_PAREN = re.compile(rf"\b{NUMBER_WORD}\s*\(\s*(\d{{1,5}})\s*\)", _I)
# "a dozen" is 12 and "two dozen" 24, "half a dozen" 6: counts written as words
# "Can we return both?": the two items named before, asked for by a request
_BOTH_ASKED = re.compile(
    rf"\b(?:{REQUEST_VERB}|take)\s+(?:back\s+)?(?P<n>both)\b",
    re.IGNORECASE,
)
_DOZEN = re.compile(
    rf"\b(?:(half(?:\s+a)?)|an?|one|the\s+(?:other|remaining|extra|last|spare)|({NUMBER_WORD})"
    rf"|(\d{{1,3}}))\s+dozen\b",
    _I,
)  # "half dozen" as a writer not at ease in English says it too; "send back the other dozen"
_WORD = re.compile(rf"\b({NUMBER_WORD})\b", _I)
# the word before an order's number written bare: "the PRVs from 77812"
_POINTS_TO_AN_ORDER = re.compile(r"\b(?:from|on|for|re|order|po|under|against)\s*[:#]?\s*$", _I)
_PAIR = re.compile(r"\ba\s+pair(?=\s+of\b)", _I)  # "a pair of them": two, as "a dozen" is twelve
# "the lower element burned out on both of them": two, said of the items themselves
_BOTH_OF = re.compile(r"\bboth(?=\s+of\s+(?:them|those|these)\b)", _I)
# "return the four", "credit the other three": asked for, the words count as digits would
_ASKED_FOR_THE = re.compile(rf"\b{REQUEST_VERB}\s+the\s+(?:other\s+|remaining\s+)?$", _I)
_NOT_A_COUNT_BEFORE = re.compile(r"\b(?:no|any|every|some|the|this|which|each|at)\s+$", _I)
# "that one", "the other one", "the wrong one" point at an item; "reported that two …" is
# a conjunction before a count.
_THAT_BEFORE = re.compile(r"\b(?:that|other|wrong|right|correct)\s+$", _I)
# "the one defective pump" counts it; "the one on unit 14B", "the one we sent" point at it
_THE_ONE_THING = re.compile(
    r"one\s+(?!(?:that|which|who|on|in|at|from|with|we|i|you|they|he|she|it|for|of|is|was"
    r"|time|day|week|thing|way|more|less|other)\b)[a-z]{3,}\b",
    _I,
)
# "on that one tank": a thing, not what it did ("that one leaks", "that one failed")
_THAT_BEFORE_ONLY = re.compile(r"\bthat\s+$", _I)
_THAT_ONE_THING = re.compile(rf"{_THE_ONE_THING.pattern}(?<!s)(?<!ed)(?<!ing)", _I)
_PLACE_BEFORE = re.compile(r"\b(?:on|at|in|from)\s+$", _I)
# "The two check valves are not needed" counts them, said of them as they lead a sentence
# or a clause; "you sent us the two coils and one of them …", "one of the two", "the two
# orders", "the two of us" do not
_THE_FEW = re.compile(r"(?:^|[.;:!?(\n]\s*|\b(?:and|but|so|also)\s+)the\s+$", _I)
_GOODS_AFTER = re.compile(
    r"\s+(?!(?:of|times?|days?|weeks?|months?|years?|orders?|invoices?|deliver(?:y|ies)"
    r"|shipments?|trucks?|pos?|credits?|e-?mails?|messages?|calls?|jobs?|sites?|lines?|rows?"
    r"|items?|problems?|issues?|things?|pages?|photos?|pictures?|pics?|sheets?|questions?"
    r"|tickets?|notes?|guys|people|techs?|reasons?|ways?)\b)"
    r"(?:[a-z]{3,}|\d)",
    _I,
)
_YEAR = range(1990, 2100)
_THE_OTHER = re.compile(r"\b(?:the\s+other|another)\b", _I)


def mask_spans(text: str) -> list[Span]:
    """Spans of dates, times, phone numbers, money and measures: no quantity in them."""
    return [match.span() for pattern in _MASKS for match in pattern.finditer(text)]


def no_count_spans(text: str) -> list[Span]:
    """mask_spans, and the text's order, PO and invoice references: no quantity in them; nor
    in an order's number written bare after the word that points to it ("the PRVs from
    77812")."""
    bare = [
        (hit.start, hit.end)
        for hit in bare_numbers(text)
        if _POINTS_TO_AN_ORDER.search(text, max(0, hit.start - 12), hit.start)
    ]
    return mask_spans(text) + [(hit.start, hit.end) for hit in find_refs(text)] + bare


def find_skus(
    text: str, masked: list[Span], vocabulary: OrderVocabulary | None = None
) -> list[SkuToken]:
    """SKU-like tokens in text order: dashed letter-digit tokens, UPC/EAN numbers, labelled,
    and where the order is known, its identifiers however they are written."""
    found = [
        SkuToken(m.group(), m.start(), m.end(), "pattern")
        for m in _DASHED.finditer(text)
        if _sku_like(m.group())
        and not _inside(m.span(), masked)
        and not _NOT_SKU_LABEL.search(text[max(0, m.start() - 30) : m.start()])
    ]
    for m in _LOWER_DASHED.finditer(text):
        upper = m.group().upper()
        if _sku_like(upper) and not _inside(m.span(), masked):
            found.append(SkuToken(upper, m.start(), m.end(), "lower"))
    for m in _UPC.finditer(text):
        labelled = _UPC_LABEL.search(text[max(0, m.start() - 12) : m.start()]) is not None
        if labelled or not _NOT_UPC_LABEL.search(window_before(text, m.start())):
            found.append(SkuToken(m.group(), m.start(), m.end(), "pattern" if labelled else "upc"))
    for m in _LABELLED.finditer(text):
        value, span = m.group(1), m.span(1)
        if _labelled_ok(value) and not _overlaps(span, [(t.start, t.end) for t in found]):
            found.append(SkuToken(value, span[0], span[1], "labelled"))
    for m in _SPACED.finditer(text):
        token = _spaced(m)
        if token is not None and not _overlaps((token.start, token.end), _spans(found)):
            found.append(token)
    if vocabulary is not None:
        # with the order open, an identifier that names no item of it nor of the catalogue
        # is none: a hold log's "QH-121", an "RFI-118", a serial "BT75-2609-4422"
        found = [_confirmed(text, token, vocabulary) for token in found]
        found = [token for token in found if not vocabulary.is_stray(token.value)]
    for start, end in vocabulary.mentions(text) if vocabulary else ():
        if not _overlaps((start, end), _spans(found)) and not _inside((start, end), masked):
            # one line's words: "PMP-CIRC-\n015" wrapped at its dash is "PMP-CIRC-015"
            written = re.sub(r"-\s*\n\s*", "-", text[start:end])
            found.append(SkuToken(written, start, end, "order"))
    if not found and vocabulary is not None:
        found = [
            SkuToken(m.sku, m.start, m.end, "described" if m.plain else "described_loosely")
            for m in vocabulary.mentioned(text)
        ]
    return sorted(found, key=lambda t: t.start)


def _confirmed(text: str, token: SkuToken, vocabulary: OrderVocabulary) -> SkuToken:
    """A near identifier the text's words confirm, as the item they name plainly."""
    if token.kind not in ("pattern", "lower"):
        return token
    sku = vocabulary.confirmed_by_words(text, token.value)
    return token if sku is None else SkuToken(sku, token.start, token.end, "described")


def _spaced(match: re.Match[str]) -> SkuToken | None:
    """The groups of a spaced SKU after its label, words of the sentence after it left out."""
    first, digits, *more = match.group(1).split(" ")
    if first.lower() in _NOT_A_GROUP:
        return None  # "the part is 20 years old"
    groups = [first, digits]
    for group in more:
        if group.lower() in _NOT_A_GROUP:
            break
        groups.append(group)
    value = " ".join(groups)
    if _ID.match(value.replace(" ", "-").upper()):
        return None
    return SkuToken(value, match.start(1), match.start(1) + len(value), "labelled")


def _spans(tokens: list[SkuToken]) -> list[Span]:
    return [(t.start, t.end) for t in tokens]


# A count of a rate, not of the goods: "one master PRV per floor", "2 per unit", "12 per
# case", "25 to a box". Not "per the invoice", "per our PO": according to.
_RATE_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w\"'/-]*){0,3}?\s+per\s+(?!(?:the|our|your|my|this|that|invoice|po|slip"
    r"|packing|agreement|terms|policy|e-?mail|phone|call|bol|contract|quote)\b)[a-z]"
    r"|\s+to\s+(?:a|the|each)\s+(?:box|case|carton|bag|pack|crate|bundle)\b",
    re.IGNORECASE,
)


def find_numbers(
    text: str, masked: list[Span], sold_by: frozenset[str] = frozenset()
) -> list[Number]:
    """Quantity candidates: digits, "x18", "18x", number words, "six (6)", "a dozen", "a
    pair", "both of them". A measure an item of the order is sold by ("20 ft" of pipe sold
    per ft) counts it."""
    found: list[Number] = [
        Number(_dozens(m), m.start(), m.end(), _counted(text, m.end()))
        for m in _DOZEN.finditer(text)
        if not _overlaps(m.span(), masked)
    ]
    found += [
        Number(2, m.start("n"), m.end("n"), False)
        for m in _BOTH_ASKED.finditer(text)
        if not _overlaps(m.span("n"), masked)
    ]
    found += [
        Number(2, m.start(), m.end(), _counted(text, m.end()))
        for pattern in (_PAIR, _BOTH_OF)
        for m in pattern.finditer(text)
        if not _overlaps(m.span(), masked)
    ]
    for m in _WORD_PAREN.finditer(text):
        found.append(Number(int(m.group(1)), m.start(), m.end(), _counted(text, m.end())))
    taken = [(n.start, n.end) for n in found] + masked
    for pattern in (_X_DIGITS, _DIGITS):
        for m in pattern.finditer(text):
            number = _digits(text, m, taken, sold_by)
            if number is not None:
                found.append(number)
                taken.append((m.start(), m.end()))
    for m in _WORD.finditer(text):
        if _overlaps(m.span(), taken) or _MEASURE_AFTER.match(window_after(text, m.end())):
            continue
        if (
            m.group(1).lower() == "one"
            and _THE_OTHER.search(window_after(text, m.end()))
            and not _THE_ONE_THING.match(text, m.start())
        ):
            # "the flange on one is cracked and the other …": which one, not how many; "one
            # valve defective, the other ones ok" counts the valve
            continue
        before = window_before(text, m.start())
        if (
            m.group(1).lower() == "one"
            and _THAT_BEFORE.search(before)
            and not (_THAT_BEFORE_ONLY.search(before) and _THAT_ONE_THING.match(text, m.start()))
        ):
            continue  # "that one is leaking" points at it; "that one tank" counts it
        if m.group(1).lower() == "one" and _PLACE_BEFORE.search(before):
            continue  # "busted open on one side": where, not how many
        value = number_word_value(m.group(1))
        asked = value >= 2 and _ASKED_FOR_THE.search(before) is not None
        the_few = (
            value >= 2
            and _THE_FEW.search(text, 0, m.start()) is not None
            and _GOODS_AFTER.match(text, m.end()) is not None
        )
        if (
            asked
            or the_few
            or not _NOT_A_COUNT_BEFORE.search(before)
            or _THE_ONE_THING.match(text, m.start())
        ):
            found.append(Number(value, m.start(), m.end(), _counted(text, m.end())))
    return sorted((n for n in found if not _RATE_AFTER.match(text, n.end)), key=lambda n: n.start)


def _dozens(match: re.Match[str]) -> int:
    """The count of "a dozen" (12), "half a dozen" (6), "two dozen" (24)."""
    if match.group(1):
        return 6
    if match.group(3):
        return 12 * int(match.group(3))
    return 12 * (number_word_value(match.group(2)) if match.group(2) else 1)


def _digits(
    text: str, match: re.Match[str], taken: list[Span], sold_by: frozenset[str]
) -> Number | None:
    after = _MEASURE_AFTER.match(window_after(text, match.end()))
    measure = after.group().strip().lower() if after is not None else None
    by_measure = measure is not None and measure in sold_by
    if _overlaps(match.span(), taken) or (measure is not None and not by_measure):
        return None
    value = int(match.group(1).replace(",", ""))
    counted = _counted(text, match.end()) or match.group().lower().startswith(("x", "×"))
    counted = counted or by_measure
    counted = counted or match.group().lower().endswith(("x", "×"))
    if value in _YEAR and not counted:
        return None  # a year, not 2026 pieces
    start, end = match.span(1)
    return Number(value, start, end, counted, measure if by_measure else None)


def _counted(text: str, end: int) -> bool:
    return _COUNTED_AFTER.match(window_after(text, end)) is not None


def _sku_like(token: str) -> bool:
    """At least two letters and a digit; not an id (SO-1, RMA-9); not a date (12-MAR-2026)."""
    letters = sum(char.isalpha() for char in token)
    digits = sum(char.isdigit() for char in token)
    groups = token.split("-")
    if digits == 0:  # all letters: only as three groups or more, "HVC-CND-PUMP", not "DC-EAST"
        return len(groups) >= 3 and all(len(group) >= 2 for group in groups)
    if letters < 2 or len(token) < 5 or _ID.match(token):
        return False
    if any(_MONTH_GROUP.match(group) for group in groups) and all(
        group.isdigit() or _MONTH_GROUP.match(group) for group in groups
    ):
        return False
    return any(char.isalpha() for char in groups[0]) or len(groups) >= 3


def _labelled_ok(value: str) -> bool:
    return (
        len(value) >= 4 and any(char.isdigit() for char in value) and not _ID.match(value.upper())
    )


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)
