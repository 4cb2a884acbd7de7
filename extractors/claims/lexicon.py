"""The words of a claim: reason phrases (policy.md section 2), negation, urgency, numbers.

Shared by the offline extractor, the form reader and the EDI reader (RDR04 text).
A strong phrase names its reason outright; a weak one only hints at it (a return
wish, a bare "wrong") and counts only where no strong phrase is in the sentence.
"""

import re
from dataclasses import dataclass, replace

from rules.vocabulary import ReasonCode

_I = re.IGNORECASE
_ONE_SPACE = str.maketrans("\n\r\t\f\v", "     ")


@dataclass(frozen=True)
class ReasonHit:
    """A reason phrase found in a text: offsets are into that text."""

    reason: ReasonCode
    start: int
    end: int
    strong: bool

    def shifted(self, offset: int) -> "ReasonHit":
        """The same hit, its offsets into a text that holds this one at offset."""
        return replace(self, start=self.start + offset, end=self.end + offset)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_any_spacing(pattern)})\b", _I)


def _any_spacing(pattern: str) -> str:
    """A phrase's spaces as any run of spaces: a line wrapped under a bullet's indent
    ("not\n  needed", its newline a space by find_reasons) is the same phrase. A look-behind
    keeps its one space: it must be of fixed width."""
    out, in_class, escaped = [], False, False
    groups: list[bool] = []  # for each open group, whether it looks behind
    for index, char in enumerate(pattern):
        if escaped or char == "\\":
            escaped = not escaped and char == "\\"
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            groups.append(pattern.startswith(("(?<=", "(?<!"), index))
        elif char == ")" and groups:
            groups.pop()
        elif char == " " and not any(groups):
            quantified = pattern[index + 1 : index + 2] in ("?", "*", "+", "{")
            out.append(r"\s" if quantified else r"\s+")
            continue
        out.append(char)
    return "".join(out)


# What a count counts by: "4 pcs", "3 cartons", "4 lengths of the copper"
COUNT_UNITS = (
    r"(?:pcs?|pieces?|units?|ea|each|cases?|cs|boxes|box|ctns?|cartons?|rolls?|sets?|pairs?"
    r"|bags?|lengths?|sticks?)"
)
# What holds goods and is never the item as sold ("boxe"+"s": the plural)
PACKAGES = r"(?:bag|box|boxe|crate|pallet|skid|bundle|pack|roll)s?\b"
# …and what else holds a count of them: a carton or a case (which may be how the item is
# sold), a shipment, a truck ("deliverie"+"s")
CONTAINERS = rf"(?:{PACKAGES}|(?:case|carton|shipment|delivery|deliverie|truck)s?\b)"
_NOT = r"(?: not|n'?t)"  # "dont", "didnt": typed without the apostrophe too
# "came on" as a unit powers up ("never came on: blank screens"), not as goods come on a
# truck ("never came on the truck")
_ON_POWER = r"(?=\s*(?:[:.,;!?)]|$|\s(?:at\s+all|again|anymore|when|after|with|once|either)\b))"
# …nor "came off" as goods stay put: "the fourth one never came off the pallet"
_NOT_ON = rf"(?!\s+on{_ON_POWER})(?!\s+off\b)"
_INSTEAD = r"(?P<q>instead of)"  # the evidence of a long phrase is its cue
# A size as items are told apart by it: 3/4", 1 inch, 2x4, 16x25x1, 50 mm.
_ARE = r"(?:is|are|was|were|came|contains?|contained|holds?|held|have|has|had)"  # goods are
# a size written with a fraction or a unit ("3/4", "2-1/2", "3\"", "1/2 inch"), not a count
_INCH = r"(?:\"|''|”|-?inch(?:es)?\b|-?in\b)"
_SIZE = rf"(?:\d+(?:[/-]\d+)*\s?(?:{_INCH}|mm\b)|\d+(?:x\d+)+\b)"
_FRACTION_OR_INCH = rf"(?:\d+(?:-\d+)?/\d+(?:\s?{_INCH})?|\d+\s?{_INCH})"
_SIZE_OR_ANGLE = rf"(?:{_SIZE}|\d{{2}}(?:'?s\b|\s?(?:°|deg(?:rees?)?\b)))"  # 3/4", 10x4, 45s, 90°
_DETERMINER = r"(?:the|a|an|this|that|these|those|our|your|my|its|their|some|all)"
# how a fitting joins or a heater burns, which tells goods of one name apart
_KIND = (
    r"(?:threaded|sweat|solder|press|crimp|flared?|compression|push-?fit|flanged|grooved"
    r"|fip|mip|npt|natural\s+gas|propane|lp|electric)"
)
# colours a fitting or a fixture comes in
_COLOUR = (
    r"(?:white|almond|ivory|black|brown|beige|gr[ae]y|red|blue|green|chrome|brass|bronze"
    r"|nickel|stainless|copper|gold|silver|galv(?:ani[sz]ed?)?)\b"
)
_NUMBER_NAMES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_TENS |= {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_NUMBER_NAMES.split())}
NUMBER_WORDS |= _TENS
_UNITS = "|".join(word for word, value in NUMBER_WORDS.items() if 1 <= value <= 9)
# A number in words: tens and a unit joined by a hyphen or a space ("twenty-eight", read
# whole, never as "eight"), or one word; longer words first ("seventeen" before "seven").
NUMBER_WORD = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{_UNITS}))?"
    rf"|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
)
# what follows "ordered" or "sent" that is not what goods are: a count (not a size: "3/4",
# "1\""), a pronoun, a time, the order itself
_NOT_WHAT = (
    rf"\d+(?![\d/x\"”'-]|\s?(?:inch|in\b|mm\b|ft\b))|{NUMBER_WORD}\b|them\b|it\b|these\b|those\b"
    r"|the\s+(?:rest|order|balance|remaining|shipment|invoice|wrong)\b|only\b|just\b|half\b"
    r"|less\b|fewer\b|more\b|too\b|extra\b|all\b|none\b|nothing\b|late\b|early\b|partial"
    r"|back\b|out\b|over\b|on\b|in\b|from\b|last\b|a\s+(?:partial|credit|bill|invoice|quote)"
    r"|via\b|by\b|with\b|to\b|ups\b|fedex\b|today\b|yesterday\b|same\b|next\b|this\b"
)


# a flaw made, not suffered: "looks like it came from the factory that way"
_FROM_THE_FACTORY = (
    r"(?:came|come|shipped)\s+(?:from|out\s+of)\s+the\s+factory\s+(?:that\s+way|like\s+that)"
)

_STRONG: tuple[tuple[ReasonCode, re.Pattern[str]], ...] = (
    (ReasonCode.DAMAGED, _p(r"damaged|damages?|crushed|broken|dented|dents?|wet")),
    (ReasonCode.DAMAGED, _p(r"water[- ]damaged|torn|cracked|smash(?:ed)?|shattered|punctured")),
    (ReasonCode.DAMAGED, _p(r"bent|bended|scratched|in pieces|soaked|warped")),
    (
        ReasonCode.DAMAGED,
        _p(r"snapped(?: off)?|chipped|ripped(?: open)?|kinked|(?:has|had) a kink"),
    ),
    (ReasonCode.DAMAGED, _p(r"squashed|squished|crumpled|caved[- ]in|mangled")),
    # "1 has a crack through the inlet flange", "a hairline crack in the body"
    # (not "the 3 unions with crack", what a claim already read is called)
    (
        ReasonCode.DAMAGED,
        _p(r"(?:has|have|had)\s+(?:a\s+)?(?:hairline\s+)?cracks?|with\s+a\s+(?:hairline\s+)?crack"),
    ),
    # a forklift's work: "one coil got forked right thru the box, the tubing is gouged"
    (
        ReasonCode.DAMAGED,
        _p(
            r"gouged|gash(?:ed|es)?|pierced|forked\s+(?:right\s+)?(?:thr(?:u|ough)|into)"
            # "has a gash through the outer 3 or 4 loops", "a box knife went through the carton"
            r"|(?:box\s+knife|fork(?:lift)?(?:\s+tine)?)\s+(?:went\s+|go(?:es)?\s+|put\s+)?thr(?:u|ough)"
        ),
    ),
    # as a second language says it: "two case is crush", "the frame is break"
    (
        ReasonCode.DAMAGED,
        _p(r"(?:is|are|was|were|got|come|came)\s+(?:crush|bend|break|broke|dent|crack|damage)"),
    ),
    (ReasonCode.DAMAGED, _p(r"did(?:n't| not) make it in one piece")),
    (
        ReasonCode.SHORT,
        _p(r"short[- ]?shipped|shipped short|came (?:up|in) short|shortage|short by"),
    ),
    # "short-paying the invoice" is what accounts payable does, not a shortage; nor is
    # "long story short" or "in short" one
    (
        ReasonCode.SHORT,
        _p(
            r"(?<!story )(?<!\bin )(?<!element )(?<!circuit )(?<!winding )short(?![- ]?pa(?:y|id))"
            # "so I can short the payment on INV-88171": what AP does to an invoice
            r"(?!\s+(?:the|our|this|that|your|its)\s+(?:payment|invoice|check|remittance|bill)s?\b)"
            # "the crew is short without those valves", "short-handed": lacking, not sent
            # nor the "SHORT FORM" a bill of lading is printed as
            r"(?!\s+(?:circuit|notice|term|time|while|list|lead|run|without|form))"
            r"(?![- ]?(?:handed|staffed))"
            # "Our payment of INV-88061 is short $15.00": money short, not goods
            r"(?!\s+(?:by\s+)?(?:\$|usd\b))"
        ),
    ),
    # not "the cartons only got opened Saturday"
    (ReasonCode.SHORT, _p(r"missing|only received|only got(?!\s+\w+ed\b)")),
    # a receiving log writes it tersely: "not in shipment", "not in carton"; a tech says
    # "the 2 expansion tanks weren't on the truck"
    (
        ReasonCode.SHORT,
        _p(
            r"(?:were |was )?not in (?:the |our |this )?(?:shipment|box|carton|delivery)"
            rf"|(?:were|was){_NOT}\s+(?:on|in)\s+(?:the\s+|that\s+|this\s+)?(?:truck|load|pallet)"
        ),
    ),
    (
        ReasonCode.SHORT,
        _p(
            # not a unit that never "came on" (powered up): that one is defective
            rf"never (?:arrived|received|came{_NOT_ON}|showed up|turned up|made it)"
            rf"|did{_NOT} (?:arrive|receive|come{_NOT_ON}|show up|turn up|make it(?! in one piece))"
        ),
    ),
    # (a quote's terms are no shortage: "Sales tax not included", "freight not included")
    (
        ReasonCode.SHORT,
        _p(r"(?<!tax )(?<!freight )(?<!shipping )(?<!labor )not (?:included|delivered)"),
    ),
    # a package not there: "One box of 25 is not here", "2 cartons aren't here" (not "the
    # tech is not here today")
    (
        ReasonCode.SHORT,
        _p(
            rf"{CONTAINERS}(?:\s+of\s+\d+)?\s+(?:is|are|was|were)(?:n't|\s+not)\s+"
            r"(?:here|there)\b"
        ),
    ),
    # "dropped the unions Friday but no checks on the truck"
    (
        ReasonCode.SHORT,
        _p(
            r"no\s+(?!damage|problems?|issues?|sign|room|one|way|time|need|word|answer)"
            r"[a-z]+(?:\s+[a-z]+)?\s+(?:on|in)\s+(?:the\s+)?(?:truck|delivery|shipment)"
        ),
    ),
    # "we got 2 cases less of the filters than the packing slip shows"
    (
        ReasonCode.SHORT,
        _p(
            r"(?:less|fewer)\b[^.;!?]{0,40}?\bthan\s+(?:the\s+|what\s+the\s+|our\s+)?"
            r"(?:packing\s+(?:slip|list)|slip|invoice|po|order|bol|paperwork|(?:we\s+)?ordered"
            r"|shipped|invoiced|billed)"
        ),
    ),
    # a package that came with nothing in it: "1 carton empty", "the box was empty"
    (
        ReasonCode.SHORT,
        _p(
            r"(?:cartons?|box(?:es)?|cases?|bags?|packages?)\s+(?:(?:was|were|is|are|came)\s+)?empty"
            r"|empty\s+(?:cartons?|box(?:es)?|cases?|packages?)"
        ),
    ),
    (ReasonCode.WRONG_ITEM, _p(r"wrong (?:items?|parts?|products?|skus?|models?|sizes?|material)")),
    # a count of wrong things: "that's 20 wrong registers"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            # not "2 wrong ones", "6 wrong cases": which items, the sentence must say
            rf"(?:\d+|{NUMBER_WORD}) wrong (?!{COUNT_UNITS}\b)"
            r"(?!(?:e-?mail|time|day|number|address|invoice|price|one)s)[a-z]{3,}s"
        ),
    ),
    (ReasonCode.WRONG_ITEM, _p(r"wrong colou?rs?|incorrect (?:items?|parts?|products?)")),
    # what came told by its colour: "10 of them came in almond, not white"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?:{_ARE}|'s|'re)\s+(?:in\s+|all\s+)?{_COLOUR}\s*,?\s*(?P<q>not|instead\s+of)"
            rf"\s+(?:the\s+)?(?={_COLOUR})"
        ),
    ),
    # goods said to be the wrong ones: "All 12 are the wrong ones" (not "6 wrong ones": the
    # count of what, a sentence saying what is wrong must tell)
    (ReasonCode.WRONG_ITEM, _p(r"(?:are|were)\s+(?:all\s+)?the\s+wrong\s+ones\b")),
    # another size than the one sold: "Two of the 12 are actually 1/2\" sweat", "are really
    # 3/4\" valves", said aloud "are actually inch and a quarter" (not "really 10 days late")
    (
        ReasonCode.WRONG_ITEM,
        _p(
            r"(?:is|are|was|were)\s+(?:actually|really)\s+(?:a\s+|an\s+)?"
            r"(?:\d(?![\d,.]*\s*(?:days?|weeks?|months?|years?|hours?|%|percent)\b)"
            r"|(?:inch|(?:half|quarter|three[- ]quarters?|one|two|three|four)"
            r"(?:\s+and\s+a\s+(?:half|quarter))?\s+inch)(?:\s+and\s+a\s+(?:half|quarter))?\b)"
        ),
    ),
    (ReasonCode.WRONG_ITEM, _p(r"not what we ordered|mislabell?ed")),
    # "12 of the 48 ball valves are not the threaded full port valves on the packing slip",
    # "these are not the ones we ordered"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            r"(?:are|is|were|was)\s+not\s+the\s+(?:[^.;!?\d]{0,60}?\s)?"
            r"(?:(?:we|i)\s+ordered|(?:on|in)\s+(?:the|our|your)\s+(?:packing\s+)?"
            r"(?:slip|list|po|p\.o\.|order|invoice))\b"
        ),
    ),
    # "4 of them are the 2-wire white model we did not order"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?:model|size|type|version|colou?r)s?\s+(?:that\s+)?we\s+(?:did{_NOT}|never)\s+order"
        ),
    ),
    # what came against what the order names: "labelled MERV 8, PO calls MERV 11" (not
    # its count: "the PO calls for 20")
    (
        ReasonCode.WRONG_ITEM,
        _p(
            r"(?:po|p\.o\.|order)\s+(?:calls(?:\s+for)?|specifies|specified)(?=\s+(?:the\s+)?[a-z])"
        ),
    ),
    # goods said wrong: "the box of the 1\" ball valves is wrong" (not its count or price)
    (
        ReasonCode.WRONG_ITEM,
        _p(
            r"(?:box|boxes|carton|cartons|bag|bags|size|sizes|models?|parts|items)"
            r"(?:\s+of\s+[^.,;]{1,40}?)?\s+(?:is|are|was|were)\s+(?:the\s+|all\s+)?wrong"
        ),
    ),
    (
        ReasonCode.WRONG_ITEM,
        _p(rf"(?:sent|shipped|delivered|received|got)\b[^.$]{{0,80}}?\b{_INSTEAD}"),
    ),
    (ReasonCode.WRONG_ITEM, _p(r"ordered\b[^.]{0,160}\b(?P<q>instead)(?! of)")),
    # what was ordered against what was sent: "we ordered the 7-day wifi but you sent the
    # basic ones", "we order MERV 11 but you send MERV 8" (not counts: "we ordered 40 but
    # you sent 35" is short; not when: "ordered them Monday but you sent them Friday")
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?:we|i)\s+(?:had\s+)?order(?:ed)?\s+(?!{_NOT_WHAT})[^.;!?]{{1,60}}?,?\s+"
            r"(?:but\s+|and\s+)?(?:you|u|they)\s+(?:guys\s+)?"
            rf"(?P<q>sent|send|shipped|ship|delivered)\s+(?:us\s+)?(?!{_NOT_WHAT})(?=[a-z0-9])"
        ),
    ),
    # what a package held in place of what was ordered: "the box had 1\" valves inside
    # instead", "the carton was full of elbows instead", "2 of the 8 boxes had the plain
    # thermostats inside instead of the Wi-Fi ones" (not of a count: "10 inside instead of 12")
    (
        ReasonCode.WRONG_ITEM,
        _p(
            r"(?:(?:had|has|have|held|holds|contained|contains)\b[^.]{0,80}?\b(?:in\s+(?:it|them)|inside)"
            r"|full\s+of\b[^.]{0,80}?)\s+(?P<q>instead)(?!\s+of\s+(?:the\s+|only\s+)?\d)"
        ),
    ),
    # what came named against what was ordered: "2x4 tiles instead of the 2x2 we ordered",
    # "the box is 3/4\" valves instead of 1\" ones": "we ordered" after it, or a size on
    # each side of what the goods are ("please send 1\" instead of 3/4\"" changes an order)
    (
        ReasonCode.WRONG_ITEM,
        _p(rf"{_INSTEAD}\s+(?:the|what)\b[^.,;:]{{0,60}}?\b(?:we|I)\s+(?:had\s+)?ordered"),
    ),
    (
        ReasonCode.WRONG_ITEM,
        _p(rf"{_ARE}\s[^.\d]{{0,20}}?{_SIZE}[^.\d]{{0,40}}?\b{_INSTEAD}(?=\s+(?:the\s+)?{_SIZE})"),
    ),
    # what came told from what was ordered by a size or an angle: "it's 45s, not 90s",
    # "the registers are 10x4, not 10x6", "are 3/4" sweat valves, not 1" threaded", "4 of
    # the boxes have inside a 3/4 valve not 1 inch"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?:{_ARE}|'s|'re)\s[^.\d]{{0,20}}?(?:{_SIZE_OR_ANGLE}|{_FRACTION_OR_INCH})"
            rf"(?:\s+[a-z-]+){{0,3}}\s*,?\s*(?P<q>not)"
            rf"(?=\s+(?:the\s+|a\s+)?(?:{_SIZE_OR_ANGLE}|{_FRACTION_OR_INCH}))"
        ),
    ),
    # what came told by its size, the wrong one first: "are not 3/4 its 1/2 inch pex", "a
    # package of one size holding another ("bags of 1/2\" couplings have 3/4\" couplings in
    # them"), the paper against the goods ("the tag says 2-1/2 but the box says 3\"")
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"{_ARE}\s+(?P<q>not)\s+(?:the\s+)?{_FRACTION_OR_INCH}\s*,?\s*"
            rf"(?:it'?s|they'?re|theyre|it\s+is|they\s+are)\s+(?:a\s+|all\s+)?(?={_FRACTION_OR_INCH})"
        ),
    ),
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?:bags?|box(?:es)?|cartons?|cases?|packs?)\s+of\s+(?:the\s+)?{_FRACTION_OR_INCH}"
            rf"[^.]{{0,60}}?\b(?:had|has|have|held|holds?|contained|contains?)\s+(?:the\s+)?"
            rf"{_FRACTION_OR_INCH}[^.]{{0,40}}?"
            r"\b(?P<q>in\s+(?:it|them)|inside)"
        ),
    ),
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"\b(?:says?|said|reads?|marked)\s+{_FRACTION_OR_INCH}\s*,?\s+(?P<q>but)\s+the\s+"
            r"(?:box|label|carton|tag|bag|body|tubing|printing)\s+(?:says|said|reads|is\s+marked)\s+"
            rf"(?={_FRACTION_OR_INCH})"
        ),
    ),
    # what came said against what was ordered: "are the 7-day wifi model, not the
    # non-programmable ones we ordered", "are DWV sanitary tees, not the Sch 40 pressure tees
    # we ordered" (not a count: "10, not the 12 we ordered" is short)
    (
        ReasonCode.WRONG_ITEM,
        _p(r",\s*(?P<q>not)\s+the\s+(?!\d)[^.,;]{1,40}?\b(?:we|I)\s+(?:had\s+)?ordered"),
    ),
    # what came said against what was ordered: "10 of the 30 valves are threaded (FIP), we
    # ordered sweat"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?:{_ARE}\s|'re\s|'s\s)[^.;]{{0,40}}?[,;]\s*(?:but\s+)?(?:we|I)\s+(?P<q>ordered)\s+"
            r"(?!\d|more|extra|too|enough|them|it|these|those|from|on|in|last|the\s+\d)(?=[a-z])"
        ),
    ),
    # one kind against another: "10 of the 30 are threaded, we need sweat", "valves threaded
    # not sweat", "it's propane instead of natural gas" (quoted whole: the kind that came
    # is what "10 of the 30 are" counts)
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?P<a>{_KIND})\s*(?:\([^)]{{0,12}}\)\s*)?[,;.-]?\s*(?:(?:but\s+)?(?:we|I)\s+"
            r"(?:need|needed|wanted|ordered|asked\s+for)|(?:not|instead\s+of))\s+"
            rf"(?:the\s+|a\s+)?(?!(?P=a)\b){_KIND}"
        ),
    ),
    # one of a name against another of it: "inside is 1\" gate valve, not ball valve", "4 of
    # the sticks are type M, not type L" (not who or where: "opened by purchasing, not by the
    # property", "shipped to the site, not to the shop")
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"{_ARE}\s[^.;]{{0,30}}?\b(?!{_DETERMINER}\b)"
            r"(?:(?P<a>[a-z]+)\s+(?P<n>[a-z]+)|(?!(?:by|to|for|from|at)\b)(?P<m>[a-z]+)\s+(?P<b>\w+))"
            r"s?\s*,\s*(?P<q>not)\s+(?:a\s+|the\s+)?"
            r"(?:(?(a)(?!(?P=a)\b)[a-z]+\s+(?P=n)s?|(?P=m)\s+(?!(?P=b)\b)\w+))\b"
        ),
    ),
    # one style against another: "2 of them are wafer style checks, not flanged swing"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"{_ARE}\s+(?:all\s+)?[a-z-]+\s+(?:style|type)\b[^.;,]{{0,30}},\s*(?P<q>not)\s+"
            r"(?:the\s+|a\s+)?(?=[a-z])"
        ),
    ),
    # …the kind ordered first: "we ordered sweat (solder ends) and all 12 came threaded"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?:we|I)\s+ordered\s+(?:the\s+)?(?P<a>{_KIND})\b[^.;]{{0,60}}?\b"
            r"(?P<q>came|come|are|were|is|was|got|received|arrived|shipped)\s+(?:in\s+)?"
            rf"(?:all\s+)?(?!(?P=a)\b){_KIND}"
        ),
    ),
    # the paper's size against the goods': "label on the box says 1\" but the valves are
    # stamped 3/4", "box label says 3/4 but the valve inside is 1/2 inch"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?:says?|said|reads?|marked)\s+(?P<a>{_FRACTION_OR_INCH})\s*,?\s+(?P<q>but)\s+"
            r"[^.]{0,40}?\b(?:is|are|was|were)\s+(?:stamped\s+|marked\s+|all\s+)?"
            rf"(?!(?P=a))(?={_FRACTION_OR_INCH})"
        ),
    ),
    # …the goods' size first: "one carton is full of 1-1/2\" valves, all stickered as 2\""
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"(?P<a>{_FRACTION_OR_INCH})[^.;]{{0,60}}?\b(?P<q>stickered|labell?ed|marked|tagged)"
            rf"\s+(?:as\s+)?(?!(?P=a))(?={_FRACTION_OR_INCH})"
        ),
    ),
    (ReasonCode.DEFECTIVE, _p(r"defective|defects?|faulty|fail(?:ed|s|ing|ure)?")),
    # in Spanish, as a crew writes at the counter: "tienen fuga", "no calienta", "faltan 10",
    # "llego con la rosca quebrada", "ya no las necesitamos"
    (ReasonCode.DEFECTIVE, _p(r"defectuos[ao]s?|tienen? fuga|no (?:calienta|funciona|prende)")),
    (ReasonCode.SHORT, _p(r"falta(?:n|ron)?")),
    (ReasonCode.DAMAGED, _p(r"quebrad[ao]s?|aplastad[ao]s?|golpead[ao]s?")),
    (ReasonCode.NOT_NEEDED, _p(r"sobra(?:n|ron)|ya no (?:las|los|la|lo) necesitamos")),
    (ReasonCode.DEFECTIVE, _p(r"malfunction(?:ing|s|ed)?|doa|dead on arrival|leak(?:ing|s|ed)?")),
    # a slow leak as a fitter says it: "the ball valve is weeping at the stem"
    (ReasonCode.DEFECTIVE, _p(r"weep(?:ing|s)?|seep(?:ing|s)?")),
    # a part that sticks: "2 of the mixing valves are sticking hot", "the float is stuck and
    # they won't kick on", "stuck open" (not a truck stuck in traffic)
    (
        ReasonCode.DEFECTIVE,
        _p(
            r"(?:keeps?|kept|started)\s+sticking\b|sticking\s+(?:hot|cold|open|closed|shut)"
            r"|(?:float|valve|switch|relay|cartridge|stem|damper|contactor)s?\s+(?:is|are|was|were|gets?)"
            r"\s+stuck\b|stuck\s+(?:open|closed|shut)|won'?t\s+kick\s+on"
        ),
    ),
    # a reducing valve that lets the pressure rise past its setting: "the PRV is creeping"
    (
        ReasonCode.DEFECTIVE,
        _p(r"(?:is|are|keeps?|started|still)\s+creeping|pressure\s+creep(?:s|ed|ing)?(?:\s+up)?"),
    ),
    (ReasonCode.DEFECTIVE, _p(r"dead\s+(?:right\s+)?out\s+of\s+the\s+(?:box|carton)")),
    # a flaw made, not suffered: "the hinge pin is bent, looks like it came from the factory
    # that way"; a tank whose bladder failed: "waterlogged", "the bladder let go"
    (
        ReasonCode.DEFECTIVE,
        _p(
            rf"{_FROM_THE_FACTORY}|(?:factory|manufacturing)\s+defect|water-?logged"
            r"|(?:bladder|diaphragm)\s+(?:let\s+go|failed|ruptured|broke)"
        ),
    ),
    # a flaw in the wall of a tube: "a small hole (pinhole) in the middle"
    (ReasonCode.DEFECTIVE, _p(r"pin[- ]?holes?")),
    # an electrical fault: "LOWER ELEMENT SHORT", "the element is shorted"
    (
        ReasonCode.DEFECTIVE,
        _p(r"(?:element|circuit|winding|motor)\s+(?:is\s+|was\s+)?short(?:ed)?"),
    ),
    # a valve that lets its setting go: "not holding the pressure", "won't hold pressure"
    (
        ReasonCode.DEFECTIVE,
        _p(
            r"(?:not|isn'?t|wasn'?t|won'?t|doesn'?t|don'?t|will\s+not|does\s+not)\s+hold(?:ing)?"
            r"\s+(?:the\s+|its\s+)?(?:pressure|setting|set\s+point|temp(?:erature)?|charge)"
        ),
    ),
    # "Both tanks lost their charge"
    (ReasonCode.DEFECTIVE, _p(r"lost\s+(?:its|their)\s+(?:charge|pressure|prime)")),
    # a QA finding: "display dead on power-up", "motor dead at start-up"
    (
        ReasonCode.DEFECTIVE,
        _p(r"(?:display|screen|motor|unit|compressor)\s+dead|dead\s+(?:on|at)\s+(?:power|start)"),
    ),
    (ReasonCode.DEFECTIVE, _p(rf"(?:does|do|did|is|are|was|were){_NOT} (?:work|working)")),
    (ReasonCode.DEFECTIVE, _p(r"not working|stopped working|burn(?:ed|t) out|out of spec")),
    (ReasonCode.DEFECTIVE, _p(r"(?:won't|will not) (?:turn on|start|power)")),
    # as a second language says it: "they not turn on, both of them", "it not work"
    (
        ReasonCode.DEFECTIVE,
        _p(
            r"(?:they|it|both|all)\s+not\s+(?:turn\s+on|start|work(?:ing)?|run|heat|cool|power\s+up)"
        ),
    ),
    (
        ReasonCode.DEFECTIVE,
        _p(rf"(?:(?:never|(?:did|would|will|wo){_NOT}) come|never came) on{_ON_POWER}"),
    ),
    # how a fitter says a unit is bad: "the pump quit after two weeks", "motor doesn't
    # start", "the controller died", "the gas valve is stuck open", "the shaft seized"
    (
        ReasonCode.DEFECTIVE,
        _p(r"quit(?: working| on us)?|died|(?:is|was|are|were|came|arrived|still|both|all) dead"),
    ),
    (
        ReasonCode.DEFECTIVE,
        _p(
            rf"(?:does|do|did|is|are|was|were|wo|will){_NOT} (?:start|run|turn on|power up|heat"
            r"|pump|seal|shut(?:\s+off)?|seat|hold(?:ing)?(?!\s+(?:on|off|onto|the\s+(?:order|shipment|invoice|payment)))"
            r"|light|ignite|regulate|cool|stay\s+(?:lit|on|running))"
            r"|(?:is|are|was|were)(?:n'?t| not) "
            r"(?:regulating|heating(?! up)|cooling|starting|sealing)"
        ),
    ),
    # a unit that keeps failing: "both keep rebooting", "the breaker keeps tripping", "keeps
    # dropping off Wi-Fi and rebooting itself", "the screen goes blank", "a bad unit"
    (
        ReasonCode.DEFECTIVE,
        _p(
            r"(?:keeps?|kept)\s+(?:[\w-]+\s+){0,4}?(?:rebooting|restarting|resetting|tripping"
            r"|short[- ]cycling|dropping\s+(?:off\s+)?(?:the\s+)?wi-?fi)"
            r"|(?:reboots|restarts|resets)\s+(?:itself|on\s+its\s+own|by\s+itself)"
            r"|(?:screen|display)s?\s+(?:goes|go|went|stays?|stayed)\s+blank"
            r"|(?:won'?t|doesn'?t|does\s+not|will\s+not|can'?t)\s+(?:connect\s+to\s+(?:the\s+)?wi-?fi"
            r"|stay\s+connected)|drops?\s+off\s+(?:the\s+)?wi-?fi"
            r"|(?:it'?s|is|was)\s+a\s+(?:bad|dud)\s+unit"
            # "2 of them boot loop", "stuck in a boot loop"; "2 dead wifi stats" (a count of
            # units dead, not "dead end", "dead load")
            r"|boot[- ]?loop(?:s|ing|ed)?\b"
            # (not "the 2 dead pumps" of a claim told before)
            rf"|(?<!the\s)(?<!these\s)(?<!those\s)\b(?:\d+|{NUMBER_WORD})\s+dead\s+"
            r"(?!ends?\b|loads?\b|bolts?\b|weight\b)(?=[a-z])"
            # "All three trip the float switch with no water in the reservoir"
            r"|\btrip(?:s|ped|ping)?\s+(?:the\s+)?(?:float|safety|overflow|high[- ]limit)\s+switch"
        ),
    ),
    (ReasonCode.DEFECTIVE, _p(r"warranty (?:claim|return|replacement)")),
    # a replacement or a return asked for on the warranty: "Please replace it under
    # warranty", "Can these go back under warranty?" (not "are they still under warranty?")
    (
        ReasonCode.DEFECTIVE,
        _p(
            r"(?:replace|exchange|swap|back)\w*\b[^.;?!]{0,30}?\bunder\s+(?:the\s+)?"
            r"(?:manufacturer'?s?\s+|factory\s+)?warranty"
        ),
    ),
    # what a heater or a unit that failed leaves: "customer call us, no hot water"
    (ReasonCode.DEFECTIVE, _p(r"no (?:hot water|heat|cooling)(?! (?:damage|loss))")),
    (ReasonCode.DEFECTIVE, _p(r"seized(?: up)?|stuck (?:open|closed|shut)|bad out of the box")),
    (ReasonCode.NOT_NEEDED, _p(r"no longer (?:needed|need|required|require)")),
    # what a job left: "we ended up with 2 of the 2\" gate valves extra, engineer deleted
    # the bypass" (not what came over the order)
    (
        ReasonCode.NOT_NEEDED,
        _p(r"ended\s+up\s+with\b[^.;!?]{0,60}?\b(?:extras?|left\s*overs?|spares?|too\s+many)"),
    ),
    # "we're not going to use 2 of the coils", "the check valves aren't needed", "two of
    # those are not going to be needed", "so we only need 8" of the 12 ordered: the rest
    # is surplus
    (
        ReasonCode.NOT_NEEDED,
        _p(
            rf"{_NOT}\s+(?:going\s+to|gonna|be)\s+(?:use|using|need|needing)"
            rf"|(?:wo|will){_NOT}\s+(?:be\s+)?(?:use|using|need|needing)"  # "won't be using"
            r"|(?:is|are|was|were)n'?t\s+needed|not\s+be\s+needed"
            rf"|{_NOT}\s+(?:going\s+to|gonna)\s+be\s+(?:needed|used)"
        ),
    ),
    (
        ReasonCode.NOT_NEEDED,
        _p(rf"only (?:need|needed|used)(?= (?:\d|{NUMBER_WORD}\b|the first \d))"),
    ),
    # "only 3 got installed", "only two of them were used": the rest was not needed
    (
        ReasonCode.NOT_NEEDED,
        _p(
            rf"only (?:\d+|{NUMBER_WORD}) (?:of (?:them|those|the \w+) )?"
            r"(?:got|were|was|are|is) (?:installed|used|needed)"
        ),
    ),
    # "we not need it anymore", "don't need them any more": the "anymore" says it outright
    (ReasonCode.NOT_NEEDED, _p(r"not need (?:it|them|these|those|this) ?any ?more")),
    # "ordered by mistake", with what was ordered between: "ordered them by mistake"
    (
        ReasonCode.NOT_NEEDED,
        _p(r"(?:ordered|bought)(?:\s+[\w\"/-]+){0,6}?\s+(?:by mistake|in error|by accident)"),
    ),
    (
        ReasonCode.NOT_NEEDED,
        # "we ordered one PEX coil too many"
        _p(
            r"(?:mistakenly|accidentally) (?:ordered|bought)|over-?ordered"
            r"|ordered(?: [\w\"'/-]+){0,5}? too many"
        ),
    ),
    # "the other surplus stays in our shop": kept, nothing goes back
    (
        ReasonCode.NOT_NEEDED,
        _p(r"over-?stock(?:ed)?|excess (?:inventory|stock)|surplus(?!\s+(?:stays|is\s+staying))"),
    ),
    # "we don't need them sent" declines a replacement; it returns nothing; "you dont need
    # them back do you?" is the distributor's need, not the customer's; "we not need",
    # "we no need" as writers new to English say it
    (
        ReasonCode.NOT_NEEDED,
        _p(
            rf"(?:(?<!\byou )(?<!\bu )(?:do|did|will|wo|would){_NOT}|\b(?:we|i)\s+(?:not|no))"
            r" need"
            # "don't need yet", "don't need them until the week after next": later, not never
            r"(?!(?:\s+(?:it|them|those|these))?\s+(?:yet|until|till)\b)"
            r"(?!\s+(?:the|those|these)\s+(?:\d+\s+)?extras?\b)"  # the overage: OVERSHIPPED
            r"(?!\s+(?:(?:it|them|those|these|a\s+replacement)\s+)?"
            r"(?:sent|shipped|replaced|re-?sent|reshipped|delivered)\b)|not needed(?!\s+yet\b)"
            r"|changed our minds?"
        ),
    ),
    (ReasonCode.NOT_NEEDED, _p(r"(?:project|job) (?:was |got |has been )?cancell?ed")),
    # "the renovation in building C is cancelled", "the second phase of the job got cancelled"
    (
        ReasonCode.NOT_NEEDED,
        _p(
            r"(?:project|job|renovation|remodel|phase|retrofit)\b(?:\s+[\w-]+){0,4}?"
            r"\s+(?:is|was|got|has\s+been|have\s+been|are|were)\s+cancell?ed"
        ),
    ),
    # stock the customer has more of than it needs, not what was shipped over the order:
    # "we have too many now", "we ended up with too many"
    (ReasonCode.NOT_NEEDED, _p(r"(?:we|i) (?:have|had|ended up with|got left with) too many")),
    # a change of plan: "the job went to grooved pipe", "the stack went to cast iron"
    (
        ReasonCode.NOT_NEEDED,
        _p(
            r"(?:job|project|design|stack|plan)s? (?:went|switched|changed|got changed)"
            r" (?:over )?to"
        ),
    ),
    (ReasonCode.NOT_NEEDED, _p(r"(?:customer|owner|homeowner|client) (?:has )?cancell?ed")),
    (ReasonCode.OVERSHIPPED, _p(r"(?:received|shipped|sent|delivered) twice")),
    # "we dont need the extra 50": the ones that came over the order go back
    (
        ReasonCode.OVERSHIPPED,
        _p(
            rf"(?:do|did|will|wo|would){_NOT}\s+(?:need|want)\s+(?:the|those|these)\s+(?:\d+\s+)?extras?\b"
        ),
    ),
    (ReasonCode.OVERSHIPPED, _p(r"extra (?:units?|pieces|pcs|cases|boxes)")),
    # "there is a extra bag of 25" (not "we need an extra case", asking for more)
    (
        ReasonCode.OVERSHIPPED,
        _p(
            r"(?:there\s+(?:is|was)|we\s+(?:have|got|received))\s+an?\s+extra\s+"
            r"(?:bag|box|case|carton|pallet|coil|roll)\b"
        ),
    ),
    # a three-way match's "QTY VAR (rcvd > PO by 1)"
    (ReasonCode.OVERSHIPPED, _p(r"(?:rcvd|received)\s*>\s*(?:po|ordered)")),
    # "Two extra pumps came with it": what came over the order, said arriving
    (
        ReasonCode.OVERSHIPPED,
        _p(
            rf"(?:\d+|{NUMBER_WORD})\s+extra\s+(?:[\w\"-]+\s+){{0,2}}?"
            r"(?:came|arrived|showed\s+up|(?:were|was)\s+(?:sent|shipped|delivered|in\b))"
        ),
    ),
    (ReasonCode.OVERSHIPPED, _p(r"over-?shipped|over-?shipment|over shipped")),
    (ReasonCode.OVERSHIPPED, _p(r"(?:shipped|sent|received) too many")),
    # a count of goods too many: "have one check valve too many" (not "ordered … too many")
    (ReasonCode.OVERSHIPPED, _p(rf"(?:\d+|{NUMBER_WORD})\s+(?:[\w\"'/-]+\s+){{0,4}}?too\s+many")),
    (ReasonCode.OVERSHIPPED, _p(r"duplicate (?:shipment|delivery)|more than (?:we )?ordered")),
    # as writers new to English say it: "you send more than we order", "10 piece is extra"
    (ReasonCode.OVERSHIPPED, _p(r"more than (?:we|i) order|more than (?:the|our) (?:order|po)\b")),
    # "1 expansion tank extra that you can pick up": the item's words between count and
    # "extra" (not "we need 2 filters extra", asking for more)
    (
        ReasonCode.OVERSHIPPED,
        _p(
            r"(?<!need )(?<!want )(?<!order )\d+\s+"
            rf"(?:(?!of\b|the\b|{COUNT_UNITS}\b)[A-Za-z\"-]+\s+){{1,3}}extra"
            r"(?=\s*(?:[,.;)!]|$|and\b|that\b|which\b|sitting\b|on\b|in\b))"
        ),
    ),
    # the counts first, "extra" after them as a tally says it: "So 1 bag, 25 elbows, extra."
    (
        ReasonCode.OVERSHIPPED,
        _p(
            r"(?:^|(?<=\bso )|(?<=[.:;!-] ))"
            r"\d+\s+[A-Za-z\"-]+(?:,\s*\d+\s+[A-Za-z\"-]+)*,\s+extra"
            r"(?=\s*(?:[.;)!]|$))"
        ),
    ),
    # "2 is more", as a second language says it
    (
        ReasonCode.OVERSHIPPED,
        _p(
            rf"\d+ (?:{COUNT_UNITS} )?(?:is|are|was|were) extra"
            rf"|\d+ (?:{COUNT_UNITS} )?(?:is|are) more(?=\s*(?:[,.;!)]|$))"
        ),
    ),
    # "we count the registers, got extra.", a count sheet's "EXTRA - not ordered"
    (
        ReasonCode.OVERSHIPPED,
        _p(
            r"(?:got|received|came\s+in)\s+(?P<q>extra)(?=\s*(?:[,.;!)]|$))"
            r"|extra\s*[-–,:]\s*not\s+(?:ordered|on\s+(?:the\s+|our\s+)?(?:po|order))\b"
        ),
    ),
    # a receiving log's remark: "8 OVER - extra box"
    (ReasonCode.OVERSHIPPED, _p(r"(?<![$.,])\d+\s+over(?=\s*(?:[-–,;:)]|$))")),
    # …or a receiving note's sentence of its own: "received 5 cartons = 60. 12 over."
    (ReasonCode.OVERSHIPPED, _p(r"(?<![^\s])(?<!\S\s)\d+\s+over(?=\s*[.!]\s*$)")),
    # goods counted over at the end of a sentence: "6 registers over.", "six pcs over" (not
    # a time or a measure: "3 days over")
    (
        ReasonCode.OVERSHIPPED,
        _p(
            rf"(?<![$.,])(?:\d+|{NUMBER_WORD})\s+(?!(?:days|weeks|months|years|hours|minutes"
            r"|times|dollars|bucks|lbs|pounds|degrees|psi|percent)\b)(?:[a-z]+s|pcs|ea)"
            r"\s+over(?=\s*(?:[-–,.;:!)]|$))"
        ),
    ),
    # "The extra 10 registers are on a cart in the shop": the count over, named before it
    (
        ReasonCode.OVERSHIPPED,
        _p(
            r"(?:but|and) (?:we )?only ordered|the extras"
            # (not "the extra 1-1/2\" unions": a size; nor "put the extra 10 unions on a
            # separate ticket": more asked for)
            r"|(?<!put\s)(?<!ship\s)(?<!send\s)(?<!add\s)(?<!need\s)(?<!want\s)(?<!order\s)"
            rf"the\s+extra\s+(?!one\b)(?:\d+(?![\d/\"”'-]|\s?(?:inch|in\b|mm\b))|{NUMBER_WORD}\b)"
        ),
    ),
    # goods that came but were not ordered: "6 registers on the pallet that we never ordered"
    (ReasonCode.OVERSHIPPED, _p(rf"(?:that|which)\s+(?:we\s+)?(?:never|did{_NOT})\s+order(?:ed)?")),
    (
        ReasonCode.PRICING,
        _p(
            r"over-?charg(?:ed|es?)|over charged|over-?bill(?:ed|ing)|over-?invoiced"
            r"|price discrepancy|pricing discrepancy|pric(?:e|ing) variance"
            # "PO-77830 was issued at $61.50 per your quote"
            r"|(?:issued|ordered|priced)\s+at\s+\$\s?\d[\d,]*(?:\.\d+)?\s+(?:each\s+)?per\s+(?:your|the)\s+quote"
        ),
    ),
    (ReasonCode.PRICING, _p(r"(?:wrong|incorrect) pric(?:e|es|ing)|price (?:error|difference)")),
    # a three-way match row's status: "PRICE EXC", "price exception"
    (ReasonCode.PRICING, _p(r"price (?:exception|exc)")),
    (ReasonCode.PRICING, _p(r"pricing error|(?:invoiced|billed|charged)(?: us)? at")),
    # what AP asks of a price variance: "credit requested - bill at PO price"
    (
        ReasonCode.PRICING,
        _p(r"(?:re-?)?bill (?:us )?at (?:the |our )?(?:po|p\.o\.|contract|agreed) price"),
    ),
    (
        ReasonCode.PRICING,
        _p(
            r"(?:agreed|contract|quoted) price"
            r"|credit(?: memo)? (?:us )?(?:for )?(?:the|this|that) (?:price )?"
            r"(?:difference|variance)"
            # "at $76.40 each, but in our PO the price is $71.80"
            r"|(?:in|on) (?:our|the) (?:po|p\.o\.|quote|contract),? the price is(?= \$?\d)"
            r"|(?:po|p\.o\.|contract) price (?:is|was|of)(?= \$?\d)"
            # "Rosa was quoted $88.50 each on the pressure reducing valves"
            r"|(?:was|were|been) quoted (?:us )?(?:at )?\$?\d+(?:\.\d+)?"
        ),
    ),
    # "invoiced above the PO price", "$3.40 each over the PO price", "price billed above"
    (
        ReasonCode.PRICING,
        _p(
            r"(?:above|over|higher than|more than) (?:the|our)"
            r" (?:po|p\.o\.|quoted?|contract|agreed) price"
            r"|price (?:billed|invoiced|charged) (?:above|over|higher than)"
        ),
    ),
    (ReasonCode.PRICING, _p(rf"(?:invoiced|billed|charged)\b[^.]{{0,60}}?\b{_INSTEAD}")),
    # a debit memo's reason cell sets the two prices side by side: "Price: PO 71.80 / inv 76.40"
    (
        ReasonCode.PRICING,
        _p(
            r"(?:po|p\.o\.|quoted?|contract|agreed)\s*[$]?\d[\d,]*\.\d\d\s*(?:/|vs\.?)\s*"
            r"(?:inv(?:oice|oiced)?|billed)\.?\s*[$]?\d[\d,]*\.\d\d"
        ),
    ),
    # the price billed, in any tense: "INV-88133 bills $64.90 ea, our price is $61.50 ea",
    # "the invoice bills the pumps SKU at $64.90 each", "bills the tube at 76.40 per length"
    # (not a count billed against fewer received: "bills us for 24 cases … at $38.40 and we
    # only received 22" is a shortage)
    (
        ReasonCode.PRICING,
        _p(
            r"(?P<q>invoices|bills|charges|invoiced|billed|charged)\b"
            r"(?!(?:[^.;!?]|\.\d)*\b(?:only\s+(?:received|got|had|have|came)|there\s+(?:were|was|are|is)\s+only)\b)"
            r"(?=\s+(?:us\s+)?[$€£]\s?\d[\d,]*(?:\.\d+)?\s*"
            r"(?:ea\b|each\b|per\b|/\s?(?:ea|each|unit|ft|pc)\b)"
            r"|[^.$]{0,60}?\bat\s*(?:[$€£]|\d+\.\d\d\b))"
        ),
    ),
)

# What a package is labelled as against what it holds: "the box labelled for the 1\" valves
# had 3/4\" ones in it", "cartons marked SKU had a heater inside", "label says UPC … but
# it's full of elbows", "6 of the boxes say 1\" full port but inside are 3/4 sweat valves".
# Read only where the sentence names no reason outright: "the box
# marked fragile had 3 cracked valves inside" is a damage, not a wrong item; nor is a
# package that holds "the right valves", as labelled.
_LABELLED_AS = (
    r"(?:labell?ed|marked|labels?(?:\s+on\s+the\s+\w+)?\s+(?:says|say|said|reads|read|shows)"
    r"|(?:box(?:es)?|cartons?|tags?)(?:\s+on\s+the\s+\w+)?\s+(?:says|say|said|reads|read|shows)"
    # not a count the package says: "the boxes say 24 but inside were 20" is a shortage
    r"(?!\s+\d+\s*(?:,|but\b|and\b|pcs\b|pieces\b|ea\b|each\b|units?\b|$)))"
)
_HOLDS = r"(?:had|has|have|held|holds?|contained|contains?)"
_RIGHT = r"\b(?:right|correct|proper|same|expected)\b"
_AS_LABELLED = rf"(?:(?!{_RIGHT})[^.])"
_MISLABELLED: tuple[tuple[ReasonCode, re.Pattern[str]], ...] = (
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"{_LABELLED_AS}\b[^.]{{0,80}}?\b{_HOLDS}\b{_AS_LABELLED}{{0,80}}?"
            r"\b(?P<q>in\s+(?:it|them)|inside)"
        ),
    ),
    (
        ReasonCode.WRONG_ITEM,
        _p(rf"{_LABELLED_AS}\b{_AS_LABELLED}{{0,80}}?\b(?P<q>full\s+of)(?!\s+(?:the\s+)?{_RIGHT})"),
    ),
    # "the label say 90 but inside is all 45 degree"
    (
        ReasonCode.WRONG_ITEM,
        _p(
            rf"{_LABELLED_AS}\b{_AS_LABELLED}{{0,40}}?\bbut\s+(?P<q>inside|in\s+(?:it|the\s+box))"
            rf"\s+(?:is|are|was|were)\b(?!\s+(?:the\s+)?{_RIGHT})"
        ),
    ),
)

# Stock the job did not use: "we have 40 of the tees left over", "Neither is needed
# anymore". Read only where the sentence names no reason outright: "the 6 left over from
# the crushed pallet" are damaged.
_SURPLUS: tuple[tuple[ReasonCode, re.Pattern[str]], ...] = (
    (ReasonCode.NOT_NEEDED, _p(r"left\s*over|leftovers?")),
    # "4 cases of the filters left from PO-77760", "the 6 left after the job"
    (
        ReasonCode.NOT_NEEDED,
        _p(
            r"(?<!\bwe )(?<!\bi )(?<!\bhe )(?<!\bthey )left\s+(?:from|after)\s+"
            r"(?:the\s+|that\s+|this\s+|our\s+)?(?:po\b|p\.o\.|order|job|project|install)"
        ),
    ),
    # "the 1\" copper elbows … were never used", "went unused"
    (
        ReasonCode.NOT_NEEDED,
        _p(r"(?:were|was|are|is|got|went)\s+never\s+used|never\s+got\s+used|went\s+unused"),
    ),
    # what was not used, named so: "the 40 we not use", "the ones we didn't use", "1 stick of
    # the 2 inch pipe that we no use"
    (
        ReasonCode.NOT_NEEDED,
        _p(rf"(?:that|which)\s+(?:we|i)\s+(?:did{_NOT}|do{_NOT}|no|not|never)\s+use(?:d)?"),
    ),
    (
        ReasonCode.NOT_NEEDED,
        _p(
            r"the\s+(?:\d+|ones|rest|others?)\s+(?:that\s+)?(?:we|i)\s+"
            rf"(?:did{_NOT}|do{_NOT}|not|never)\s+use(?:d)?"
        ),
    ),
    (
        ReasonCode.NOT_NEEDED,
        _p(r"(?:neither|none)(?:\s+of\s+(?:them|these|those))?\s+(?:is|are)\s+needed"),
    ),
    # stock kept as it came: "we have 3 of the Wi-Fi thermostats still sealed", "we've got 2
    # still in the box"
    (
        ReasonCode.NOT_NEEDED,
        _p(
            rf"(?:we|i)\s+(?:still\s+)?(?:have|'ve\s+got|’ve\s+got)\s+(?:\d+|{NUMBER_WORD})\b"
            r"[^.;!?]{0,60}?\bstill\s+(?:sealed|unopened|in\s+(?:the\s+)?(?:original\s+)?"
            r"(?:box|boxes|carton|cartons|packaging|package))"
        ),
    ),
    # "We used 18 on Harmon Street. The rest can come back"
    (
        ReasonCode.NOT_NEEDED,
        _p(r"the\s+(?:rest|others)\s+(?:can|could|will|should)\s+(?:come|go|be\s+sent)\s+back"),
    ),
)

# Asking for goods or money about a count: "return the 3", "send the 2 missing", "credit
# us for the 4", "pick up both" (quantities.is_requested, tokens: "both")
REQUEST_VERB = (
    r"(?:return(?:ing)?|send(?:ing)?(?:\s+back)?|exchange|replace|swap|credit(?:\s+us)?"
    r"|pick\s*up|(?:re-?)?ship|re-?send)"
)
# goods asked to go back: "return", "send the 2 valves back"
_GOODS_BACK = (
    r"return|send\s+(?:\w+\s+){0,3}back|ship\s+(?:\w+\s+){0,3}back|take\s+(?:\w+\s+){0,2}back"
)
_ASKS_BACK = re.compile(
    # not the buyer's own "for pick up tomorrow" at the counter
    rf"\b(?:{_GOODS_BACK}|rma|ra|credit|(?<!for )pick\s*(?:ed\s+)?(?:them\s+|it\s+)?up"
    r"|restock(?:ing)?)\b",
    _I,
)
# …not "nothing to return there", "no need to send them back"
_ASKS_GOODS_BACK = re.compile(
    rf"(?<!nothing to )(?<!no need to )(?<!not )(?<!don't )\b(?:{_GOODS_BACK})\b", _I
)
# Some of the items said to be bad ("Two of the stats we got on PO-60418 are bad"): a
# defect, where the sentence names no damage or other reason ("the 2 cartons are no good"
# after a wet pallet is not)
_SAID_BAD: tuple[tuple[ReasonCode, re.Pattern[str]], ...] = (
    # a valve that "won't close" or "don't open all the way" (not "we didn't open the box"),
    # where no damage is said ("half are bent, louvers wont close"), nor of a door or a lid
    (
        ReasonCode.DEFECTIVE,
        _p(
            rf"(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\byou )(?<!\bplease )(?<!\bpls )"
            r"(?<!door )(?<!doors )(?<!lid )(?<!cover )(?<!panel )(?<!hatch )"
            rf"(?:does|do|did|wo|will|would){_NOT} (?:close|open)"
            r"(?!\s+(?:it|them|the|this|that|those|these|any|anything|a|an|our|until|till)\b)"
        ),
    ),
    (
        ReasonCode.DEFECTIVE,
        _p(
            rf"(?:\d{{1,3}}|{NUMBER_WORD}) of (?:the|them|those|these|our)\b[^.;]{{0,120}}?"
            r"(?P<q>\b(?:is|are|was|were) (?:bad|no good))\b"
            # "Three thermostats from last Thursday's delivery … are bad"
            rf"|(?:\d{{1,3}}|{NUMBER_WORD})\s+(?:heater|thermostat|t?stat|pump|circulator|valve"
            r"|tank|unit|motor)s?\b[^.;:]{0,80}?\b(?:are|were) (?:bad|no good)\b"
        ),
    ),
    # a symptom said alone, where the sentence names no reason outright: "powers up but
    # won't join the network"
    (
        ReasonCode.DEFECTIVE,
        _p(
            r"(?:won'?t|doesn'?t|does\s+not|will\s+not|can'?t)\s+join\s+(?:the\s+)?(?:network|wi-?fi)"
        ),
    ),
    # "So 3 bad pumps out of the 10"
    (
        ReasonCode.DEFECTIVE,
        _p(
            rf"(?:\d{{1,3}}|{NUMBER_WORD})\s+(?P<q>bad)\s+(?:heater|thermostat|t?stat|pump"
            r"|circulator|circ|valve|tank|unit|motor)s?\b"
        ),
    ),
    # a working part gone bad ("the seat is bad", "bearings are shot", "the bladder is
    # gone"), or the device itself ("the heater is bad"): a failure, not a count of one
    (
        ReasonCode.DEFECTIVE,
        _p(
            r"(?:(?:seat|element|motor|bearing|bladder|diaphragm|cartridge|board|sensor"
            r"|thermocouple|ign[ie]tor|capacitor|gasket|seal|o-ring|relay|impeller|compressor)s?"
            r"(?: (?:is|are|was|were|went|has gone|have gone)|'s) (?:bad|shot|gone)"  # "…'s gone"
            r"|(?:heater|thermostat|t?stat|pump|circulator|valve|tank)s?"
            r" (?:is|are|was|were|went|has gone|have gone) (?:bad|shot))"
        ),
    ),
    # the thing just described, said bad at the end: "runs nonstop even with the float
    # down, tried another outlet same thing, its bad"
    (
        ReasonCode.DEFECTIVE,
        _p(
            r"(?:it'?s|it\s+is|it\s+was|they'?re|they\s+are)\s+(?:bad|no\s+good|shot|junk)(?=\s*(?:[.!\n]|$))"
        ),
    ),
)
# what would happen, not what did: "the inspector would fail it"
_WOULD = r"(?:would|could|might)"
_SUPPOSED_RETURN = re.compile(r"(?:can|could|may)\s", _I)  # a weak ask, said as a question
_IF_BEFORE = re.compile(r"\b(?:if|when|in\s+case)\b", _I)
_WOULD_BEFORE = re.compile(
    rf"\b{_WOULD}(?:\s+\w+)?\s+$"
    # "what to do before something fails": not yet
    r"|\b(?:before|in\s+case|until)\s+(?:something|anything|it|they|one|any\s+of\s+them)\s+$",
    _I,
)
_BELIEVED_BEFORE = re.compile(r"\b(?:thought|assumed|believed|figured)\b(?:\s+\w+){0,3}?\s+$", _I)
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+ $")  # "the Broken Arrow clinic"
# a name's next word, not a title-cased phrase's ("Damaged In Transit")
_TITLE_WORD_AFTER = re.compile(
    r"\s+(?!(?:In|On|At|The|And|Of|By|For|To|From|With|During)\b)[A-Z][a-z]+\b"
)
# not yet so; "we would (still) like to ask:" is only polite
_MAYBE = re.compile(
    rf"\b(?:{_WOULD}(?!\s+(?:still\s+|also\s+)?like\s+to\b)|will|may|probably|if|when)\b", _I
)

# Where a message was sent, not what was shipped: "wrong" before it hints at no item.
_MAIL_TARGET = r"(?:inbox|mailbox|e-?mail|person|department|dept|team|desk|contact|queue)\b"
_WEAK: tuple[tuple[ReasonCode, re.Pattern[str]], ...] = (
    # "Want to send the whole box back", "Can we send 4 cases back?", "could I also return 2"
    (
        ReasonCode.NOT_NEEDED,
        _p(
            r"(?:(?:want|wants|like|need|needs|wish) to"
            r"|(?:can|could|may) (?:we|i)(?: please| also)?)"
            r" (?:return|(?:send|bring) back|(?:send|bring) (?:\w+ ){1,5}back)"
        ),
    ),
    (
        ReasonCode.NOT_NEEDED,
        _p(
            r"return (?:these|them|those|it|the (?:other|remaining|rest|extra)\b)"
            r"|send (?:these|them|those|it) back"
            rf"|(?:let's|we'll|we will|we'd like to) send back (?=\d|{NUMBER_WORD}\b|the\b|all\b)"
        ),
    ),
    # "sorry if this is the wrong inbox": where the mail went, not what was shipped
    (
        ReasonCode.WRONG_ITEM,
        _p(rf"(?:wrong|incorrect)(?!\s+{_MAIL_TARGET})|(?:did not|didn't|never) order(?:ed)?"),
    ),
    (ReasonCode.SHORT, _p(r"(?:have|has|had) not received|(?:haven't|hasn't|hadn't) received")),
    # "2 extra", "2 cs extra": the count of what came over, by its package too
    (ReasonCode.OVERSHIPPED, _p(rf"(?:\d+|{NUMBER_WORD}) (?:{COUNT_UNITS} )?extra|too many")),
)

# A negation shortly before a phrase ("not damaged", "no visible damage", "none of
# them were broken") cancels it; a comma, colon or "but" ends its reach.
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nothing|without|isn't|wasn't|aren't|weren't|hasn't|haven't"
    r"|didn't|doesn't|don't|nor)\b(?:\s+[\w']+){0,3}\s*$",
    _I,
)
# nor is a problem that may yet be found: "I will let you know if anything is wrong there",
# "tell us if any of them are cracked"
_IF_ANY = re.compile(r"\bif\s+(?:any|anything|something|some)\b(?:\s+[\w']+){0,3}\s*$", _I)
# a negation holds to the end of its clause: "never opened and we don't need them" needs
# them no more, "we didn't open it and we found it cracked" found it cracked
# "we got 42 not 48 so 6 short": a count's "so" starts what follows from it
_CLAUSE_BREAK = re.compile(
    rf"[,;:()!?]|\bbut\b|\bhowever\b|\b(?:and|so)\s+(?:we|i|they)\b|\bso\s+(?=\d|{NUMBER_WORD}\b)",
    _I,
)
# Damage to a paper, not to goods: "the paper copy was torn", "the packing slip got wet".
_PAPER_BEFORE = re.compile(
    r"\b(?:copy|copies|invoice|paperwork|packing\s+(?:slip|list)|statement|document|receipt"
    r"|bill\s+of\s+lading|bol"
    # nor of the office's own things: "I write from my phone, the office computer is broken",
    # "my work phone is broke"
    r"|computer|laptop|printer|scanner|fax(?:\s+machine)?|phone|website|portal)"
    r"\s+(?:(?:was|were|is|are|got|came)\s+(?:\w+\s+)?)?$",
    _I,
)

# the office's own things that fail: "his scanner wasn't working yesterday"
_OFFICE_BEFORE = re.compile(
    r"\b(?:computer|laptop|printer|scanner|fax(?:\s+machine)?|phone|website|portal)"
    r"\s+(?:(?:was|were|is|are|has|had)\s+(?:\w+\s+)?)?$",
    _I,
)
# the carrier's vehicle, not the goods: "The trailer roof must have leaked"
_VEHICLE_BEFORE = re.compile(
    r"\b(?:trailer|truck|van|tarp)(?:\s+roof)?\s+(?:(?:must|might|may)\s+have\s+|probably\s+)?"
    r"(?:(?:was|is|has|had)\s+(?:an?\s+)?)?$",  # "the trailer roof has a leak"
    _I,
)
# …or a leak the work at a place followed, not a leak of the goods: "the register work after
# the condensate leak in August", "since the roof leak"
_LEAK_BEFORE = re.compile(
    r"\b(?:after|since|from|following|due\s+to|because\s+of|caused\s+by)\s+(?:the\s+|a\s+|an\s+|that\s+)?"
    r"(?:(?:condensate|water|roof|pipe|slab|ceiling|gas|sewer|drain|plumbing|big|bad|major)\s+){1,2}$",
    _I,
)
# …or the place a missing or broken item leaves without it: "unit 4B has no hot water"
# (not "unit 12 is leaking": the heater in it)
_LEFT_WITHOUT = re.compile(r"no\s", _I)
_PLACE_BEFORE = re.compile(
    r"\b(?:units?|apts?|apartments?|buildings?|bldgs?|schools?|houses?|homes?|offices?"
    r"|clinics?|church|store"
    # …or the people there: "my customer have no hot water since Monday"
    r"|customers?|tenants?|residents?|homeowners?|famil(?:y|ies)|he|she|they)"
    # "2 units in bldg C have no hot water"
    r"(?:\s+#?\w+)?(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:bldg|building|floor|wing)\.?\s+#?\w+)?"
    r"\s+(?:has|have|had|is|are)\s+(?:still\s+)?$",
    _I,
)
# …or after it: "the invoice failed our three-way match"
_PROCESS_AFTER = re.compile(
    r"\s+(?:our|the|its|a)\s+(?:(?:three|3|two|2)[- ]way\s+)?"
    r"(?:match(?:ing)?|approval|audit|payment|upload|sync)\b",
    _I,
)
# nor a shortage of what was planned: "our estimate came up short", "the takeoff was short"
_PLAN_BEFORE = re.compile(
    r"\b(?:estimate|takeoff|take-off|budget|bid)\s+"
    r"(?:came\s+(?:up|in)\s+|was\s+|is\s+|ran\s+)?$"
    # stock used up on the job: "we ran short of 1 inch copper 90s", "we're running short"
    r"|\b(?:we|i|they|crew|job|foreman|shop)\s+(?:'re\s+|are\s+|have\s+)?(?:ran|run|running)\s+$",
    _I,
)
_PROCESS_BEFORE = re.compile(
    r"\b(?:match(?:ing)?|payment|transfer|upload|login|log-?in|sync|transmission|edi"
    r"|card|charge|approval|audit)\b[^.!?;,]{0,40}?(?:\b(?:has|have|had)\s+)?$",
    _I,
)

# A reason said of a claim made before, by what follows it ("… that Tuan told you about")
# or what comes before it ("Jim already reported … as")
_REPORTED_AFTER = re.compile(
    r"[^.!?;]{0,60}?\b(?:that|which)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:told|wrote|e-?mailed|called|reported|sent)\s+(?:to\s+)?(?:you|u)(?:\s+about\b|\s*$)"
    # "(except the dented stick Mike already told you about)"
    r"|[^.!?;]{0,60}?\b\w+\s+already\s+(?:told|wrote|e-?mailed|called|reported)\s+(?:to\s+)?"
    r"(?:you|u)\s+about\b"
    # "The two kinked copper sticks from my Friday email are still here"
    r"|[^.!?;]{0,40}?\bfrom\s+(?:my|our|his|her|their|the)\s+(?:\w+\s+)?"
    r"(?:e-?mail|note|message|call|voicemail)\b"
    # "the cracked one Bobby emailed you fri": a clause with no "that", a name its subject
    r"|\s+(?:one|ones|\w+s)\s+(?-i:[A-Z][a-z]+)\s+(?:already\s+)?"
    r"(?:told|wrote|e-?mailed|called|reported|sent)\s+(?:to\s+)?(?:you|u)\b"
    # "The tile damage already went to you on the 9th with the BOL", "… was already
    # reported" (not goods that "already went back with your driver": a claim of them)
    r"|\s+(?:(?:was|were|has|have)\s+(?:been\s+)?)?already\s+"
    r"(?:(?:went|gone|sent)\s+(?:over\s+)?to\s+(?:you|u)\b|reported|claimed)"
    # "the 4 damaged gate valves were handled separately as freight damage", "less $94 for
    # the cracked PRV you credited", "one defective unit … that you handled": settled by a
    # claim of their own
    r"|[^.!?;]{0,40}?\s(?:was|were|is|are|has\s+been|have\s+been)\s+(?:already\s+|being\s+)?"
    r"(?:handled|dealt\s+with|taken\s+care\s+of|settled|resolved)\b"
    r"|[^.!?;]{0,40}?\b(?:that\s+|which\s+)?(?:you|u)\s+(?:already\s+)?"
    r"(?:credited|refunded|replaced|handled|took\s+care\s+of|sorted)\b"
    # "Dwayne's emails about the extra check valve … are separate"
    r"|[^.!?;]{0,60}?\s(?:is|are)\s+(?:a\s+)?separate\b",
    _I,
)
_REPORTED_BEFORE = re.compile(
    r"\b(?:already|previously|earlier)\s+(?:been\s+)?(?:reported|claimed|returned|credited)\b"
    r"[^.!?;]{0,40}?\bas\s+$"
    # "Mike sent you a note on the 17th about the crushed coil": the claim was made then
    r"|\b(?:sent|wrote|emailed)\b[^.!?;]{0,40}?\babout\s+(?:the|our|those|these|that)\s+$"
    # "(Mike already emailed them about the ball valves, 2 short not 4)"
    r"|\balready\s+(?:e-?mailed|wrote|written|sent|reported|called|told"
    r"|write|e-?mail|report|call|tell)\b[^.!?;()]*$"  # "Rosa already write to you about the …"
    # "… were handled separately as freight damage"
    r"|\b(?:handled|dealt\s+with|claimed|filed)\s+(?:separately\s+)?as\s+(?:a\s+)?"
    r"(?:(?:freight|carrier|shipping|transit)\s+)?$",
    _I,
)
# A credit already given: what it was for ("the credit memo for the dented tank came
# through", "saw the credit for the wrong fittings come through", "thanks for the credit
# on the damaged valves", "thanks for the quick RMA on the 3 damaged gate valves") is a
# settled claim, not a new one, unless the sentence turns to what is still wrong ("but",
# "still", "except").
_SETTLED = re.compile(
    r"\b(?:thanks?|thank\s+you)\b(?:\s+\w+){0,3}?\s+for\s+(?:the|your|a|our)\s+"
    r"(?:\w+\s+)?(?:credit|refund|rma|return\s+authori[sz]ation)\b"
    # "thanks for authorizing the thermostat return": the claim is settled, its goods go back
    r"|\b(?:thanks?|thank\s+you)\b(?:\s+\w+){0,3}?\s+for\s+(?:authori[sz]ing|approving)\b"
    r"|\b(?:credit|refund)(?:\s+(?:memo|note))?\b[^.!?]{0,80}?\b(?:(?:came|come|comes|went|gone)\s+through"
    r"|arrived|(?:has|have|was|were)\s+(?:been\s+)?(?:applied|issued|posted|processed|received))\b"
    r"|\b(?:received|got|applied)\s+(?:(?:the|your|a|our)\s+)?(?:credit|refund)\b"
    # "your driver took the 5 extra registers … and dropped off the replacements"
    r"|\b(?:took|picked\s+up|collected)\b[^.!?]{0,120}?\b(?:dropped\s+off|brought|delivered)"
    r"\s+(?:the\s+|our\s+)?replacements?\b"
    # "the invoice less your credit CM-31077 for the 2 PRVs that were short": a credit taken
    r"|\b(?:less|minus|net\s+of)\s+(?:your|the|our)\s+credit(?:\s+memo)?\b"
    # "(The case that got wet already got taken care of.)"
    r"|\balready\s+(?:got\s+|been\s+|was\s+|were\s+)?taken\s+care\s+of\b"
    # "the crushed coil from that PO are all squared away"
    r"|\b(?:is|are|was|were|got)\s+(?:all\s+)?(?:squared\s+away|settled)\b"
    r"|\b(?:got|been|was|were)\s+taken\s+care\s+of\s+already\b"
    # "The 2 filter cases you sent for the short are used already": what made a claim good
    r"|\b(?:sent|shipped|brought)\s+(?:us\s+)?(?:to\s+cover|for)\s+the\s+"
    r"(?:short(?:age)?|damage|missing\s+ones)\b"
    # "Your driver brought the replacement heater … We're all set on this one"
    r"|\b(?:brought|dropped\s+off|delivered)\s+(?:us\s+)?the\s+replacement\b"
    r"|\b(?:we'?re|we\s+are)\s+all\s+set\b(?!\s+to\b)"
    # a statement's row whose status is "CREDITED": "Price variance cond. pumps … CREDITED"
    r"|\bcredited\s*$"
    # "the missing 2 cases showed up on today's truck": the shortage arrived after all
    r"|\bmissing\s+(?:(?!(?:never|not|still|yet|and|but|or|rest|others?|remaining|all|everything)\b)"
    r"[\w'’-]+\s+){0,4}"
    r"(?:showed\s+up|turned\s+up|arrived|came\s+in)\b",
    _I,
)
_EITHER = r"(?:shortages?|short|damages?|damaged|overages?|loss|losses)"
# "Shortage/Damage:", "OVER, SHORT & DAMAGE REPORT"; a delivery receipt's printed caption
# "EXCEPTIONS / NOTES (shortage, damage, refused)" and its terms "the count of pieces shown
# unless a shortage is noted above", "Concealed damage must be reported to the carrier"
_EITHER_REASON = re.compile(
    rf"\b{_EITHER}\s*(?:/|&|\bor\b|\band/or\b)\s*{_EITHER}\b"
    rf"|\(\s*{_EITHER}\s*,\s*{_EITHER}\b[^()]{{0,30}}\)"
    rf"|\bunless\s+(?:an?\s+|any\s+)?{_EITHER}\s+(?:is|are|was|were|be)\s+noted\b"
    rf"|\bconcealed\s+{_EITHER}\s+(?:must|should|shall|is\s+to)\b"
    # a packing slip's printed instruction: "Report shortages and damage within 5 days of
    # delivery", "Note any shortage or damage" (OCR reads its "or" as "oF" now and then)
    rf"|\b(?:report|note)\s+(?:any\s+|all\s+)?{_EITHER}\s*(?:,|/|&|\bor\b|\band\b|\bof\b)\s*"
    rf"{_EITHER}\b|\b(?:report|note)\s+any\s+{_EITHER}\b",
    _I,
)
# a column's name being explained: "Over / (short) = counted - book"
_DEFINED_AFTER = re.compile(r"[)\]]?[ \t]*=[ \t]*[a-z]", _I)
_NOT_PART = r"\bnot\s+part\s+of\s+(?:this|these|the\s+above|it)\b"
# An item whose claim is made apart ("that one goes back on its own warranty claim, not
# part of this", "the circulators are a separate claim", "the crushed one is on your
# RMA"): no claim of this message.
_ELSEWHERE = re.compile(
    r"\b(?:on|under|in|is|are|was|were|be)\s+(?:its\s+own|their\s+own|a\s+separate|another)"
    r"\s+(?:\w+\s+)?claim\b"
    r"|\bon\s+(?:its|their)\s+own\s+(?:\w+\s+)?(?:return|rma)\b"
    rf"|{_NOT_PART}"
    # "Luis has a damage claim open on one of the heaters": claimed by someone before
    r"|\b(?:has|have|had|there'?s|there\s+is)\s+(?:already\s+)?an?\s+(?:\w+\s+)?claim\s+"
    r"(?:open|pending|in\s+progress|going)\b"
    # "the crushed one is on your RMA": claimed before, its case is open
    r"|\b(?:is|are|was|were)\s+(?:already\s+)?(?:on|in|under)\s+(?:your|the|our|that)\s+"
    r"(?:rma|claim|credit(?:\s+memo)?|return)\b"
    r"|\b(?:is|are|was|were)\s+already\s+on\s+an?\s+(?:rma|claim)\b"
    # a sheet's note: "none (leftovers already went on RMA-9003)"
    r"|\balready\s+(?:went|gone)\s+(?:on|under)\s+(?:your\s+|the\s+|an?\s+)?(?:rma|ra)\b"
    # a sheet's note: "1 cs crushed (claimed 11/10); keep"
    r"|\bclaimed\s+(?:on\s+)?\d{1,2}/\d{1,2}\b"
    # "3 arrived damaged and went back on your RMA last month": claimed before
    r"|\b(?:went|gone|were\s+sent|was\s+sent)\s+back\s+(?:on|under)\s+(?:your|the|an?|our)\s+rma\b",
    _I,
)
# Goods already gone back ("the 2 bad PRVs from that order already went back with Tom"):
# their claim was made before, this message makes none for them.
_GONE_BACK = re.compile(
    r"\balready\s+(?:went|gone|been\s+(?:sent|shipped|picked\s+up)|shipped|sent|came)\s+back\b"
    r"|\bwent\s+back\s+(?:on|with|in)\b"  # "the 2 wrong ones went back on the swap"
    r"|\balready\s+(?:been\s+)?(?:returned|credited)\b(?!\s+as\b)",
    _I,
)
# Goods the customer keeps ("The RPZ is installed and staying", "we're keeping them"),
# unless the sentence turns to a claim on them ("but", "credit")
_KEPT = re.compile(
    r"\b(?:is|are)\s+(?:installed\s+and\s+)?staying\b"
    r"|\bwe(?:'re|\s+are|'ll|\s+will)\s+keep(?:ing)?\s+(?:it|them|that|those|this|these)\b",
    _I,
)
_KEPT_BUT = re.compile(r"\b(?:but|however|credit|except|unless)\b", _I)
# ... or that says the credit is not there ("we never got a credit for them")
_STILL_WRONG = re.compile(
    r"\b(?:but|however|still|except|yet|another|more|not|never|no)\b|n't\b", _I
)

# Items said to be in order ("the ball valves were all fine", "checked in OK", "the rest
# are right"): a sentence that says so of its items claims nothing for them.
_FINE = re.compile(
    r"\b(?:(?:is|are|was|were|arrived|came(?:\s+in)?|checked\s+in|counted|look(?:s|ed)?|received"
    r"|tested|work(?:s|ed)?|counted\s+out|checked\s+out)"
    r"(?:\s+(?:all|both|also|just))?\s+(?:fine|ok|okay|good|perfect|correct|right|intact"
    r"|complete|in\s+full)\b"  # "The wifi thermostats and the filters are complete."
    r"|\bin\s+(?:good|perfect|fine)\s+(?:shape|condition|order)\b"
    r"|\b(?:is|are|was|were)\s+(?:all|both)\s+(?:there|accounted\s+for|present)\b"
    r"|\ball\s+(?:\d+\s+)?(?:are|were)\s+(?:here|there|accounted\s+for)\b"  # "all 48 are here"
    # typed short: "pex coils all 6 here."
    r"|\ball\s+\d+\s+(?:here|there|accounted\s+for)(?=\s*(?:[.!;,]|$))"
    r"|\b(\d+)\s*/\s*\1\s+(?:ok|okay|good|fine)\b"  # a checklist's "Check valves 6/6 ok"
    # nothing of them is claimed: "the thermostats are all installed, nothing to return"
    r"|\bnothing\s+to\s+(?:return|send\s+back|claim)\b"
    r"|\bno\s+(?:exceptions?|discrepanc(?:y|ies)|issues)\b"  # "30 EA - no exceptions"
    # what was billed agrees: "the other three lines match the PO"
    r"|\bmatch(?:es|ed)?\s+(?:the\s+|our\s+)?(?:po|purchase\s+order|order|quote|price)\b"
    # "The elbows and ball valves on the same invoice match."
    r"|(?<!n't\s)(?<!not\s)(?<!\bno\s)\bmatch(?:es|ed)?(?=\s*(?:[.!;]|$)))",
    _I,
)

_DISCLAIMER = re.compile(
    r"\bno\s+returns?\s+(?:are\s+|is\s+)?involved\b"
    r"|\bnothing\s+to\s+(?:return|claim)\b(?!\s+(?:there|for\s+(?:those|them|these)))"
    r"|\bno\s+(?:further\s+)?action\s+(?:is\s+)?(?:needed|required)\b"
    # "Nothing is wrong with the delivery, we just used more than we thought"
    r"|\bnothing\s+(?:is|was)\s+wrong\s+with\s+(?:the|that|this|our|your)\s+"
    r"(?:delivery|order|shipment|material)\b"
    # a system's notice that a work order, a ticket or a match is done: "Work order WO-58817
    # has been closed", "has been marked Resolved", "Status: APPROVED - scheduled for payment"
    r"|\b(?:has|have)\s+been\s+(?:marked\s+)?(?:closed|resolved|solved)\b"
    r"|\bstatus(?:\s+changed)?\s*:\s*(?:closed|resolved|solved|approved|matched)\b"
    r"(?!\s*[-–:,(]?\s*(?:awaiting|pending|waiting|open))"  # "closed - awaiting vendor credit"
    # "Nothing is needed from you.", "nothing required on your end"
    r"|\bnothing\s+(?:else\s+)?(?:is\s+)?(?:needed|required)\s+"
    r"(?:from\s+(?:you|the\s+vendor)|on\s+your\s+(?:end|side))\b"
    # "2 … left over … No need to take them back, we'll use them on the next job" (a
    # sentence of its own: "The check valves: no need to send them back" sets some aside)
    r"|(?:\A|(?<=[.!?\n]))\s*no\s+need\s+to\s+(?:take|send|ship|bring)\s+"
    r"(?:it|them|those|these|anything)\s+back\b"
    r"|\bnothing\s+(?:else|more|further)\s+(?:is\s+)?(?:needed|required)\s+(?:on|from)\s+our\s+side\b"
    # a reconciliation: "All four credits below are applied … Nothing is open on our side."
    r"|\bnothing\s+(?:is\s+)?(?:still\s+)?open\s+(?:on|from)\s+(?:our|my)\s+(?:side|end)\b"
    r"|\bcredits?\s+(?:below|above|listed)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+applied\b"
    r"|\bnothing\s+(?:else|further|more)\s+(?:is\s+)?(?:needed|required)\s+on\s+(?:it|that|this|those|them)\b"
    r"|\b(?:this\s+is\s+)?not\s+a\s+(?:new\s+)?(?:claim|return)\b|\bno\s+new\s+(?:problems?|issues?)\b"
    # a return only thought about: "before we decide anything", "we have not decided"
    r"|\bbefore\s+we\s+decide\b|\b(?:have|has)(?:\s+not|n't)\s+(?:yet\s+)?decided\b"
    # …or asked about on terms: "If we return, the restocking fee is 15%? … We decide this
    # week" (not "we decided to return 4")
    r"|\bif\s+we\s+(?:decide\s+to\s+)?(?:return|send)\b[^.?!]{0,80}\?"
    r"|\bwe\s+(?:will\s+|'ll\s+)?decide\s+(?:this|next|by|later|after)\b"
    # "before I plan anything", "Nothing to send back yet", "Not returning anything yet",
    # "please don't set anything up yet": a return asked about, not asked for
    r"|\bbefore\s+(?:we|i)\s+(?:do|plan|order|set\s+up)\s+anything\b"
    r"|\bnothing\s+to\s+(?:send|ship)\s+back\b"
    # "FYI … the exceptions were all sent to you already, nothing new"; "Nothing is coming
    # back"; not "Nothing new on the RPZ", which speaks of one item only
    r"|\bnothing\s+new\b(?!\s+(?:on|about|with|re|regarding|for)\b)"
    r"|\bnothing\s+(?:is\s+|will\s+be\s+)?coming\s+back\b"
    r"|\bnot\s+(?:returning|sending(?:\s+back)?|claiming)\s+anything\b"
    r"|\b(?:don'?t|do\s+not)\s+(?:set\s+(?:anything|it|them)\s+up|open\s+(?:anything|a\s+claim|an?\s+rma))\b"
    # "We do not need anything right now, I only want to know how it works"
    r"|\b(?:don'?t|do\s+not)\s+need\s+anything\s+(?:right\s+)?now\b",
    _I,
)

# Goods a site threw away: "made us throw them in the dumpster", "we scrapped them"
_THROWN_AWAY = re.compile(
    r"\bthr(?:ew|own|ow)\s+(?:them|it|those|these|the\s+\w+)?\s*(?:out|away|in\s+the)\b"
    r"|\b(?:dumpster|trash(?:ed)?|scrapped|discarded|disposed\s+of|tossed)\b",
    _I,
)

# A message taking back a claim made before ("Disregard it, found it behind the heaters",
# "Please cancel the shortage I reported", "found the 4 missing valves"): what still reads
# as a claim in it is for a person. Not "we found it on the first test": that is a defect.
_RETRACTION = re.compile(
    r"\bdisregard\s+(?:it|that|this|my|our|the)\b"
    r"|\bcancel\s+(?:the|my|our|that|this)\s+(?:shortage|claim|request|return|rma)\b"
    r"|\bfound\s+the\s+(?:\w+\s+){0,2}missing\b"
    r"|\bnothing\s+(?:is\s+|was\s+)?missing\b",
    _I,
)

# A message asking after a claim made before ("any word on the dented heater?", "Checking
# on the heater that won't fire", "Has the credit memo been issued yet?") and asking for
# nothing new: the claim it names has its case; what reads as one in it is for a person.
_ASKS_AFTER = re.compile(
    r"\bany\s+(?:word|update|news|progress)\s+(?:yet\s+)?(?:on|about|regarding|with)\b"
    r"|\b(?:checking|following\s+up|circling\s+back)\s+(?:in\s+)?(?:on|about|regarding)\b"
    # "Has the credit memo been issued yet?", "is the credit already made?"
    r"|\b(?:has|have|was|were|is|are)\s+(?:the|my|our|your|that|this)\s+(?:credit(?:\s+memo)?|refund"
    r"|rma|ra|replacements?|claim|return)\s+(?:already\s+)?(?:been\s+)?(?:issued|approved"
    r"|processed|posted|sent|shipped|applied|made|done)\b"
    r"|\bis\s+it\s+approved\b|\bwhat'?s\s+the\s+status\b|\bwhere\s+(?:are|do)\s+we\s+(?:stand\s+)?on\b"
    r"|\bhaven'?t\s+heard\s+(?:anything|back)\b"
    # "still waiting on the credit" (not "still waiting on the PM", a decision of their own)
    r"|\bstill\s+waiting\s+(?:on|for)\s+(?:(?:the|my|our|your|that|this|a|an|any)\s+)?"
    r"(?:credit|refund|rma|ra|replacements?|claim|return|response|answer|reply|update|word|news"
    r"|you|pickup|pick-?up|driver|label)\b"
    # "Our AP still shows the credits on the attached list as open. Could you let me know
    # where they stand": claims made before, listed again to ask after them
    r"|\bwhere\s+(?:they|these|those|it|that|things)\s+stands?\b"
    r"|\b(?:shows?|showing|lists?|has|have)\s+(?:the\s+|these\s+|those\s+|our\s+)?"
    r"(?:credits?|claims?|rmas?|returns?)\b[^.]{0,60}?\bas\s+(?:still\s+)?(?:open|outstanding|unpaid|pending)\b",
    _I,
)
# a reminder of a claim still open asks again for what it asked before
_REMINDS = re.compile(
    r"\b(?:dispute|claim|rma|return|credit)\s+reminder\b"
    r"|\breminder\s+(?:of|about|on)\s+(?:an?\s+|the\s+|your\s+)?open\b"
    r"|\bwhile\s+(?:a|the|this)\s+(?:dispute|claim)\s+is\s+open\b",
    _I,
)
# A message telling of a claim made before, in hand or settled ("the credit for those is
# already in process", "credit memo CM-40187 … came through", "leave that claim as it is",
# "We already have the RMA number"): the problems its sentence names are that claim's
_MADE_BEFORE = re.compile(
    r"\balready\s+(?:been\s+)?(?:reported|claimed|filed|submitted|credited|processed|approved"
    r"|issued|in\s+process|emailed\s+you|sent\s+(?:you|it|them|in)|handled|taken\s+care\s+of"
    r"|resolved|settled)\b"
    # "those are going back on the return he sent Tuesday", "tagged with your RMA numbers"
    r"|\bgoing\s+back\s+on\s+(?:the|your|our|that)\s+(?:return|rma|ra)\b"
    r"|\b(?:with|under|on)\s+your\s+rma\s+(?:numbers?|#|no)"
    r"|\b(?:credit(?:\s+memos?)?|refund|rma|ra)\b(?:[^.?!]|\.\d){0,160}?\b(?:came|went|come|comes|gone)"
    r"\s+through\b"
    # (an amount's decimal point ends no sentence: "and the $27.20 on the pumps, all showed up")
    r"|\b(?:credit(?:\s+memos?)?|refund)\b(?:[^.?!]|\.\d){0,160}?\b(?:showed|show|shows)\s+up\b"
    r"|\b(?:we|i)\s+(?:already\s+)?(?:have|got|received)\s+(?:the|your)\s+(?:rma|ra|credit(?:\s+memo)?)\b"
    r"|\bleave\s+(?:that|the|this)\s+claim\b|\bclaim\s+you\s+(?:filed|opened|made)\b"
    # "the 2 thermostats that are already on a claim with you", "while the heater and tank
    # claims are open", a remittance's "cracked - claimed 11/9, credit pending"
    r"|\b(?:is|are|was|were)\s+already\s+(?:on|in|under)\s+(?:a|an|your|the|our|that)\s+"
    r"(?:rma|claim|credit|return)\b"
    r"|\bclaims?\s+(?:is|are)\s+(?:still\s+)?open\b|\bcredit\s+pending\b"
    r"|\bclaimed\s+(?:on\s+)?\d{1,2}/\d{1,2}\b"
    r"|\bthanks?(?:\s+you)?\s+for\s+(?:the|your)\s+(?:quick\s+|fast\s+)?(?:credit|rma|refund"
    r"|replacement|turnaround)"
    r"|\bthanks?(?:\s+you)?\s+for\s+handling\b|\bsquared\s+away\b"
    # "Your driver picked up the 8 cracked tees": the return is under way
    r"|\byour\s+driver\s+(?:picked\s+up|collected|took)\b",
    _I,
)
# …a sentence of its own, or a clause after "but", tells a problem anew ("Thanks for the
# credit on the valves, but 2 more are cracked")
_TOLD_APART = re.compile(r"(?<=[.!?])\s+|\n\s*\n|;|,?\s+but\s+", re.I)
# …where asking for something is "please credit", "kindly send", "credit us", "we need a
# credit", "can we send those 4 back": a follow-up that asks again makes its claim again
# "Remittance advice - ACH 0077351": a payment, whose deductions ("short shipment, per
# your case") are claims made apart
_REMITTANCE = re.compile(r"\bremittance\b|\bpayment\s+advice\b", _I)
# Other business than a claim: "Request a quote", "can you quote me 6 pcs", "new order for",
# "We need the following for the job", "any eta on PO 24561?"
_OTHER_BUSINESS = re.compile(
    r"\b(?:request(?:ing)?\s+(?:a|for\s+a)\s+quote|quote\s+request|please\s+quote"
    r"|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?quote|quote\s+(?:me|us)"
    r"|need\s+pricing|pricing\s+and\s+lead\s+time|new\s+order|(?:we|i)\s+need\s+the\s+following"
    r"|any\s+eta|eta\s+(?:on|for))\b",
    _I,
)
_ASKS_NOW = re.compile(
    r"\b(?:please|pls|plz|kindly)\s+(?:\w+\s+){0,2}?(?:credit|issue|send|ship|return|replace"
    r"|process|put|arrange|pick|refund|take|approve|authori[sz]e|open|exchange|correct|adjust"
    r"|remove|add)\b"
    r"|\bcredit\s+us\b|\bwe\s+need\s+(?:a|an|the)\s+(?:credit|rma|ra|replacement|refund)\b"
    r"|\b(?:we'?d|we\s+would|i'?d|i\s+would)\s+like\s+to\s+(?:return|send|get)\b"
    r"|\b(?:can|could|may)\s+(?:we|i)\s+(?:\w+\s+){0,2}?(?:return|send|ship|get\s+a\s+credit)\b"
    # "Want to send those 8 back for credit", "Could you set up a return for those 10?"
    r"|\b(?:want|wants|need|needs)\s+to\s+(?:return|send\s+(?:\w+\s+){0,3}back)\b"
    r"|\bset\s+up\s+(?:a|an|the)\s+(?:return|rma|ra|pickup|pick-?up)\b"
    # "have someone come get them this week", "please don't bill the extra 2"
    r"|\b(?:come|to)\s+(?:get|collect|grab|pick\s+up)\s+(?:them|it|those|these|the)\b"
    r"|\b(?:do\s+not|don'?t)\s+bill\s+(?:us\s+)?(?:for\s+)?(?:the|those|these|them|it)\b"
    # "Could you send us a credit memo covering that?"
    r"|\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:credit|issue|send|ship"
    r"|replace|refund|pick|take|process|arrange|exchange|swap|correct|adjust)\b",
    _I,
)

_URGENT = _p(
    r"urgent(?:ly)?|asap|a\.s\.a\.p|as soon as possible|emergency|critical|rush"
    r"|(?:job ?site|site|line|production|plant) (?:is |are )?(?:down|stopped)"
)

_COUNT = rf"(\d{{1,5}}|{NUMBER_WORD})"
_PARTIAL_RECEIPT = re.compile(
    rf"\b(?:received|got|delivered)\s+{_COUNT}\s+(?:of|out\s+of)\s+(?:the\s+|our\s+)?{_COUNT}\b",
    _I,
)
# How a count of what came is said: "arrived", "showed up", "were in the box" (quantities.py
# reads the count so too)
ARRIVED = (
    r"(?:arrived|came(?:\s+in)?|showed\s+up|made\s+it"
    r"|were\s+(?:delivered|received|there|in\s+(?:there|the\s+(?:box|boxes|carton|cartons))))"
)
# The same said the other way round: "only 9 of the 12 arrived", "8 out of 10 showed up",
# "Only 20 of the 24 1\" ball valves were in there" (the item's words may hold a size; "one
# of the 2 gallon tanks that came" is a size, not a whole).
_PARTIAL_ARRIVAL = re.compile(
    rf"\b{_COUNT}\s+(?:of|out\s+of)\s+(?:the\s+|our\s+)?{_COUNT}\b"
    r"(?!\s*(?:-\s*)?(?:gal(?:lon)?s?|inch(?:es)?|ft|feet|foot|lbs?|amps?|volts?)\b)"  # a size
    # not a whole told by a clause: "2 of the 4 that came are 1\" PRVs"
    r"(?:\s+(?!(?:that|which)\b)(?:[a-z\"-]+|\d+(?:[/-]\d+)*(?:/\d+)?(?:\"|''|-?in\b)))"
    r"{0,4}?"
    rf"\s+{ARRIVED}\b",
    _I,
)

# The few that came, then what the paper says was sent: "only 18 cases of the filters on
# the truck, slip says 20"
_ONLY_THEN_PAPER = re.compile(
    rf"\bonly\s+{_COUNT}\b[^.;!?]{{0,60}}?[,;]?\s+(?:but\s+|and\s+|while\s+)?(?:the\s+)?"
    r"(?:packing\s+)?(?:slip|list|invoice|po|p\.o\.|bol|paperwork|order)\s+"
    rf"(?:says?|said|shows?|showed|lists?|listed)\s+{_COUNT}\b",
    _I,
)
# What was sent, then what came: "the packing slip says 12 TST-2100-NP shipped, we only
# have 10", "invoiced 24, we counted 20"
_SENT_THEN_CAME = re.compile(
    rf"\b{_COUNT}\s+(?:[\w\"/-]+\s+){{0,4}}?(?:shipped|sent|invoiced|billed)\b[^.;!?]{{0,30}}?"
    rf"\bwe\s+(?:only\s+)?(?:have|had|got|received|counted)\s+(?:only\s+)?{_COUNT}\b",
    _I,
)
# What a bill counts, then the few that came: "INV-88141 bills us 10 bags of the couplings
# at $9.80 = $98.00, but there were only 8 bags in the carton" (a price's point goes on)
_BILLED_THEN_ONLY = re.compile(
    rf"\b(?:bills|billed|invoices|invoiced|charges|charged)\s+(?:us\s+)?(?:for\s+)?{_COUNT}\b"
    rf"(?:[^.;!?]|\.(?=\d)){{0,80}}?\b(?:there\s+(?:were|was|are|is)|we\s+(?:have|had|got|received|counted))"
    rf"\s+only\s+{_COUNT}\b",
    _I,
)
# What the paper says, then what came: "the ticket say 12 but in the bag come 15", "slip
# shows 20, there were 18"
_PAPER_THEN_CAME = re.compile(
    r"\b(?:packing\s+)?(?:slip|list|ticket|invoice|po|p\.o\.|bol|paperwork)\s+"
    r"(?:[A-Z]{1,4}-?\d[\w-]*\s+)?"  # "the packing slip SO-104233 says 150"
    rf"(?:says?|said|shows?|showed|lists?|listed)\s+{_COUNT}\b[^.;!?\d]{{0,40}}?"
    r"(?:\b(?:came?|come|arrived|there\s+(?:is|are|was|were)|we\s+(?:only\s+)?(?:have|had|got"
    rf"|received|counted)|(?:it|they|{CONTAINERS})\s+(?:had|has|have|held|contained))"
    r"\s+(?:only\s+)?"
    # "packing list says 4, only 3 in the crate"
    rf"|\bonly\s+(?=\w+\s+(?:in|on)\s+(?:the\s+|that\s+|this\s+)?{CONTAINERS}))"
    rf"{_COUNT}\b",
    _I,
)
# "there are", as said and as typed: "there were 8", "there's 8", "theres 8"
THERE_ARE = r"there(?:\s+(?:were|was|are|is)|'s|’s|s)"
# What was ordered or expected, then what came: "We ordered 20 of the basic thermostats and
# there were 24 in the cartons" (over), "the carton was supposed to hold 10 … it had 7",
# "Our PO was for 10 condensate pumps and the UPS boxes held 12"
_EXPECTED_THEN_CAME = re.compile(
    # "we were supposed to get 12 of the wifi stats and I only count 10"
    rf"\b(?:(?:we|i)\s+order(?:ed)?|supposed\s+to\s+(?:hold|have|contain|be|get|receive)"
    r"|should\s+(?:be|have\s+been)"  # "should be 12 cases of the 16x25x1 and I count 11"
    rf"|(?:po|order)\s+(?:was|is)\s+for)\s+{_COUNT}\b"
    # "the PO is for 10, we got 12", "we ordered 40, the box had 30" (not "… for 20, so
    # there are 2 for you to pick up")
    rf"(?:,\s*(?=(?:but\s+|and\s+)?(?:we|they|it|there(?:'s|’s|s)?|the\s+{CONTAINERS})\b))?"
    rf"[^.;!?,]{{0,80}}?\b(?:{THERE_ARE}"
    # "we order 30 piece but I count 36 piece", as a second language says it
    rf"|(?:we|i|it|they|{CONTAINERS})\s+(?:only\s+)?"
    r"(?:got|received?|count(?:ed)?|had|has|have|held|contained))"
    rf"\s+(?:only\s+)?{_COUNT}\b"
    # not a count of what holds them: "there are 12 bags of 25 here"; nor what a job left:
    # "we ordered 10 and we have 2 left"
    rf"(?!\s+{CONTAINERS}\s+of\b|\s+(?:[a-z]+\s+)?(?:left|leftover|spare)\b)",
    _I,
)
# What came, then what was sent: "Received 4 tanks, ordered and invoiced 3", "we got 12, the
# slip says 10", "we receive 26 boxes but we order 24"
_CAME_THEN_SENT = re.compile(
    rf"\b(?:received?|got|counted)\s+(?:only\s+)?{_COUNT}\b(?:\s+[a-z\"-]+){{0,3}}?,?\s+"
    r"(?:but\s+|and\s+|we\s+|the\s+|packing\s+)*"
    r"(?:order(?:ed)?|invoiced|billed|shipped|(?:slip|list|po|invoice)\s+(?:says|said|shows))"
    r"(?:\s+and\s+(?:invoiced|billed|shipped))?\s+(?:only\s+)?"
    rf"{_COUNT}\b",
    _I,
)
# What a package held, then the paper: "The bag of 1-1/2 black unions have 8, the ticket
# say 12"
_HELD_THEN_PAPER = re.compile(
    rf"\b(?:have|has|had|held|contained)\s+(?:only\s+)?{_COUNT}\b,?\s+(?:but\s+|and\s+|while\s+)?"
    r"(?:the\s+)?(?:packing\s+)?(?:slip|list|ticket|invoice|po|p\.o\.|bol|paperwork)\s+"
    rf"(?:says?|said|shows?|showed)\s+{_COUNT}\b",
    _I,
)
# …the order's count said after the item's words: "we received 12 cases of the 16x25x1
# MERV 11 filters and the PO was for 10", "ODFL dropped 5 circulators against our PO for 4"
_CAME_THEN_PO_WAS = re.compile(
    rf"\b(?:received?|got|counted|dropped|delivered|brought)\s+(?:only\s+)?{_COUNT}\b"
    r"[^.;!?]{0,60}?\s(?:(?:and|but)\s+(?:the\s+|our\s+)?(?:po|order)\s+(?:was|is)"
    r"|against\s+(?:the\s+|our\s+)?(?:po|order))"
    rf"\s+(?:only\s+)?(?:for\s+|of\s+)?{_COUNT}\b",
    _I,
)
# What it should have been: "should be 12", "was supposed to be 12"
_SHOULD_BE = r"(?:should\s+(?:be|have\s+been)|(?:(?:was|were)\s+)?supposed\s+to\s+be)"
# What came denied by what was expected: "12, not 10"; "10, should be 12"
DENIED = rf"\s*[,;–-]?\s+(?:not|{_SHOULD_BE})\s+"
# What came, then its denial a few words on ("held 18 bags, not the 20"), or what it
# should have been, said further on ("got eight in the box and it should be 10"); not
# "there are 30 in the boxes, not 29", a count corrected
CAME_DENIED = (
    rf'(?:(?:\s+[a-z"-]+){{0,2}}?{DENIED}'
    r'|(?:\s+[a-z"-]+){0,3}?(?:\s*,?\s+(?:and|but)\s+(?:it|they|there|that))?'
    rf"\s*[,;–-]?\s+{_SHOULD_BE}\s+)"
)
# What came, then what was expected, denied: "the carton held 18 bags, not the 20 we were
# billed for" (short), "they had 12, not 10" (over), "we got 10, should be 12"
_CAME_NOT_EXPECTED = re.compile(
    rf"\b(?:there\s+(?:were|was|are|is)|(?:we|it|they|{CONTAINERS})\s+(?:only\s+)?"
    r"(?:got|received|counted|had|has|have|held|contained))"
    rf"\s+(?:only\s+)?{_COUNT}\b{CAME_DENIED}(?:the\s+)?{_COUNT}\b",
    _I,
)


def number_word_value(words: str) -> int:
    """The value of a number written by NUMBER_WORD: "twenty-eight" is 28."""
    return sum(NUMBER_WORDS[word] for word in re.split(r"[-\s]+", words.strip().lower()))


def count_value(written: str) -> int:
    """The value of a count written in figures or by NUMBER_WORD ("28", "twenty-eight")."""
    return int(written) if written.isdigit() else number_word_value(written)


def number_word_forms(value: int) -> list[str]:
    """The ways a value is written in words ("twenty-eight", "twenty eight"); none past 99."""
    single = [word for word, number in NUMBER_WORDS.items() if number == value]
    tens, unit = divmod(value, 10)
    if single or not 2 <= tens <= 9 or not unit:
        return single
    ten = next(word for word, number in _TENS.items() if number == tens * 10)
    one = next(word for word, number in NUMBER_WORDS.items() if number == unit)
    return [f"{ten}-{one}", f"{ten} {one}"]


_MADE_SO = re.compile(_FROM_THE_FACTORY, _I)
# a package damaged, what it holds not: "one carton was torn open but the filters inside are
# fine"
_CONTENTS_FINE = re.compile(
    r"\bbut\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:inside|in\s+(?:it|them))\s+"
    r"(?:is|are|was|were|looks?|looked)\s+(?:all\s+)?(?:fine|ok|okay|good|undamaged|intact)\b",
    _I,
)
# a slip's row that sends what is left over to the customer's own place ("14 EA 2\" PVC TEE
# OUR SHOP leftover"): kept as stock, not sent back
_OUR_PLACE_BEFORE = re.compile(r"\bour\s+(?:shop|stock|warehouse|yard)\s+$", _I)


def find_reasons(text: str) -> list[ReasonHit]:
    """Reason phrases in a sentence, negated ones removed, weak ones only without strong;
    a package labelled as one item holding another, and stock said unused ("left over"),
    only where no strong phrase is; none of what would happen ("would fail it").
    A phrase wrapped onto the next line ("the wrong\nitem") is the same phrase."""
    text = text.translate(_ONE_SPACE)  # same length: the offsets stay the text's
    strong = _non_overlapping(_matches(text, _STRONG, strong=True))
    strong = [
        hit
        for hit in strong
        if not _negated(text, hit.start)
        and not _not_of_goods(text, hit)
        and not _field_label(text, hit)
        and not _reported_before(text, hit)
        and not _would_be(text, hit)
        and not _believed(text, hit)
        and not _a_name(text, hit)
    ]
    if _MADE_SO.search(text):
        # "the hinge pin is bent, looks like it came from the factory that way": what looks
        # like damage was made so, a defect
        strong = [hit for hit in strong if hit.reason is not ReasonCode.DAMAGED]
    if strong:
        return strong
    partial = [hit for hit in _partial_receipts(text) if not _negated(text, hit.start)]
    if partial:
        return partial
    mislabelled = _matches(text, _MISLABELLED, strong=True)
    mislabelled = [hit for hit in mislabelled if not _negated(text, hit.start)]
    if mislabelled:
        return _non_overlapping(mislabelled)
    surplus = [
        hit
        for hit in _matches(text, _SURPLUS, strong=True)
        if not _negated(text, hit.start)
        and not _MAYBE.search(text, 0, hit.start)
        and not _OUR_PLACE_BEFORE.search(text, 0, hit.start)
    ]
    if surplus:
        return _non_overlapping(surplus)
    bad = [hit for hit in _matches(text, _SAID_BAD, strong=True) if not _negated(text, hit.start)]
    if bad:
        return bad
    weak = _non_overlapping(_matches(text, _WEAK, strong=False))
    # "If that happens, could we return the 12 unopened units?": a return only supposed
    weak = [
        hit
        for hit in weak
        if not _SUPPOSED_RETURN.match(text, hit.start) or not _IF_BEFORE.search(text, 0, hit.start)
    ]
    return [hit for hit in weak if not _negated(text, hit.start)]


# What was ordered, then the few that came: "We ordered 20 but only 17 came", "we ordered
# 10 bags only 7 in the box"
_ORDERED_THEN_ONLY = re.compile(
    rf"\b(?:(?:we|i)\s+ordered|(?:po|order)\s+(?:was|is)\s+for)\s+{_COUNT}\b"
    rf"[^.;!?]{{0,80}}?\bonly\s+{_COUNT}\b(?:\s+[a-z\"-]+){{0,3}}?"
    rf"\s+(?:{ARRIVED}|in\s+(?:the\s+)?{CONTAINERS})",
    _I,
)


_SURPLUS_AFTER = re.compile(r"\s*(?:extra|over|more|too\s+many|left\s*over)\b", _I)


def _partial_receipts(text: str) -> list[ReasonHit]:
    """Fewer received than were sent ("received 18 of the 24 cases"): a shortage said
    by its counts, as "only received" says it by words, and, where what was ordered is said
    first, more than were ordered an overage; read only where the sentence names no reason
    outright, since its counts may be the context of another one."""
    hits: list[ReasonHit] = []
    partial = [
        *_PARTIAL_RECEIPT.finditer(text),
        *_PARTIAL_ARRIVAL.finditer(text),
        *_ONLY_THEN_PAPER.finditer(text),
    ]
    sent_first = [
        *_SENT_THEN_CAME.finditer(text),
        *_BILLED_THEN_ONLY.finditer(text),
        *_PAPER_THEN_CAME.finditer(text),
        *_EXPECTED_THEN_CAME.finditer(text),
        *_ORDERED_THEN_ONLY.finditer(text),
    ]
    # what came said first against what was sent: short or over
    came_first = [
        *_CAME_NOT_EXPECTED.finditer(text),
        *_CAME_THEN_SENT.finditer(text),
        *_HELD_THEN_PAPER.finditer(text),
        *_CAME_THEN_PO_WAS.finditer(text),
    ]
    counts = [([*m.groups()], m) for m in partial + came_first]
    counts += [([*m.groups()][::-1], m) for m in sent_first]
    # "the order is for 250 so we have 50 extra": the count after is the overage, not what came
    counts = [(groups, m) for groups, m in counts if not _SURPLUS_AFTER.match(text, m.end())]
    for groups, match in counts:
        came, sent = (count_value(g) for g in groups)
        if came < sent:
            hits.append(ReasonHit(ReasonCode.SHORT, match.start(), match.end(), True))
        elif came > sent and (match in sent_first or match in came_first):
            hits.append(ReasonHit(ReasonCode.OVERSHIPPED, match.start(), match.end(), True))
    return hits


def _would_be(text: str, hit: ReasonHit) -> bool:
    """Whether a phrase says what would happen, not what did: "the inspector would fail
    it", "it could leak"."""
    return _WOULD_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None


def _believed(text: str, hit: ReasonHit) -> bool:
    """Whether a phrase says what someone thought, not what is: "the ball valves Jimmy
    thought were short were in the van"."""
    return _BELIEVED_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None


def _a_name(text: str, hit: ReasonHit) -> bool:
    """Whether a phrase is part of a proper name, capitalised within a sentence with the
    next word ("the Broken Arrow clinic", "out at Short Hills Road"), not a reason; words
    a form spaces apart ("Claim type   Damaged   Defective") are its options."""
    first = text[hit.start : hit.end].split(" ")[0]
    return (
        first.istitle()
        and _LOWER_WORD_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None
        and _TITLE_WORD_AFTER.match(text, hit.start + len(first)) is not None
    )


def _reported_before(text: str, hit: ReasonHit) -> bool:
    """A reason said of a claim made before ("Jim already reported the other 5 as damaged
    last week", "the 4 with the wrong model inside that Tuan told you about"): that claim
    has its own case, this sentence makes no new one."""
    return (
        _REPORTED_BEFORE.search(text[max(0, hit.start - 60) : hit.start]) is not None
        or _REPORTED_AFTER.match(text, hit.end) is not None
    )


def _not_of_goods(text: str, hit: ReasonHit) -> bool:
    """A damage phrase said of a document ("the paper copy was torn"), a failure said of a
    process ("our 3-way match on the invoice failed", "failed our three-way match") or of
    the carrier's truck ("the trailer roof must have leaked") or of a place left without
    what failed ("unit 4B has no hot water"), a leak the work followed ("after the
    condensate leak"), a package damaged with what it holds fine, or a shortage said of a
    plan ("our estimate came up short"), not of goods."""
    before = text[: hit.start]
    if hit.reason == ReasonCode.DEFECTIVE:
        return (
            _PROCESS_AFTER.match(text, hit.end) is not None
            or any(
                pattern.search(before)
                for pattern in (_PROCESS_BEFORE, _OFFICE_BEFORE, _VEHICLE_BEFORE)
            )
            or (
                _PLACE_BEFORE.search(before) is not None
                and _LEFT_WITHOUT.match(text, hit.start) is not None
            )
            or (
                text[hit.start : hit.end].lower().startswith("leak")
                and _LEAK_BEFORE.search(before) is not None
            )
        )
    if hit.reason == ReasonCode.SHORT:
        return bool(_PLAN_BEFORE.search(before))
    return hit.reason == ReasonCode.DAMAGED and (
        bool(_PAPER_BEFORE.search(before)) or _CONTENTS_FINE.search(text, hit.end) is not None
    )


def _field_label(text: str, hit: ReasonHit) -> bool:
    """A form's label naming the reasons it asks about ("EXCEPTIONS (describe shortage or
    damage)", "Shortage/Damage:"), or a column's name explained ("Over / (short) = counted -
    book"), not a claim."""
    if _DEFINED_AFTER.match(text, hit.end):
        return True
    return any(
        match.start() <= hit.start and hit.end <= match.end()
        for match in _EITHER_REASON.finditer(text)
    )


def is_settled(text: str) -> bool:
    """Whether a sentence acknowledges a credit already given, naming nothing still wrong."""
    return _SETTLED.search(text) is not None and _STILL_WRONG.search(text) is None


def is_claimed_elsewhere(text: str) -> bool:
    """Whether a sentence says its item's claim is made apart from this message's."""
    return _ELSEWHERE.search(text) is not None


def is_left_out(text: str) -> bool:
    """Whether a sentence says its items are left out of this message's claim ("the 12
    filters on this PO are not part of this claim", "the 2 bad PRVs already went back",
    "The RPZ from that order is installed and staying")."""
    if re.search(_NOT_PART, text, _I) or _GONE_BACK.search(text):
        return True
    return _KEPT.search(text) is not None and _KEPT_BUT.search(text) is None


def gone_back_after(text: str) -> int | None:
    """Where a sentence says its goods went back already ("The 2 wrong valves went back with
    the same driver"), if it does and asks nothing back: a claim told as done."""
    match = _GONE_BACK.search(text)
    return match.start() if match is not None and not asks_back(text) else None


def disclaims(text: str) -> bool:
    """Whether a message says it claims nothing ("no returns involved", "so there is
    nothing to return", "no further action needed"), not of some items only ("nothing
    to return there", "we threw them in the dumpster, so there is nothing to send back":
    goods thrown away are still claimed, only not sent)."""
    return any(
        not (
            match.group().lower().startswith("nothing")
            and _THROWN_AWAY.search(_sentence(text, match))
        )
        for match in _DISCLAIMER.finditer(text)
    )


def _sentence(text: str, match: re.Match[str]) -> str:
    """The sentence (or line) of a text that holds a match."""
    start = max(text.rfind(stop, 0, match.start()) for stop in ".!?\n")
    ends = [end for stop in ".!?\n" if (end := text.find(stop, match.end())) >= 0]
    return text[start + 1 : min(ends, default=len(text))]


def retracts(text: str) -> bool:
    """Whether a message takes back a claim made before ("Disregard it, found it")."""
    return _RETRACTION.search(text) is not None


def reason_from_words(text: str) -> ReasonCode | None:
    """The first reason a free text names (a form's reason field, an EDI RDR04)."""
    hits = find_reasons(text)
    return hits[0].reason if hits else None


def says_surplus(text: str) -> bool:
    """Whether a reason's words are those of stock the job did not use ("left over")."""
    return any(pattern.search(text) for _, pattern in _SURPLUS)


def asks_back(text: str) -> bool:
    """Whether a text asks for goods to go back or for a credit ("can we return those?",
    "please send an RA", "pick them up")."""
    return _ASKS_BACK.search(text) is not None


def asks_goods_back(text: str) -> bool:
    """Whether a text asks for goods to go back, not for a credit alone ("can we send back
    the pipe?"), and does not say there is nothing to send."""
    return _ASKS_GOODS_BACK.search(text) is not None


def is_fine(text: str) -> bool:
    """Whether a sentence says its items are in order ("the PEX coil is good too")."""
    return _FINE.search(text) is not None


def claims_nothing_new(texts: list[str], asked: list[str], *, titles: tuple[str, ...] = ()) -> bool:
    """Whether a message is none of the reasons' asking (policy.md section 2): its title
    (subject) says it is a payment's remittance advice, or its own words (texts) say it
    claims nothing, take a claim back or ask after one, or every problem they name is
    told of a claim made before; and nothing it says (asked: the subject too) asks for
    anything now."""
    if any(_ASKS_NOW.search(text) for text in asked):
        return False
    if any(_REMITTANCE.search(title) for title in titles):
        return True  # a payment's advice: what it deducts is claimed apart, if at all
    if any(disclaims(text) or retracts(text) or _ASKS_AFTER.search(text) for text in texts):
        return True
    parts = [part for text in texts for part in _TOLD_APART.split(text)]
    told = [_MADE_BEFORE.search(part) is not None for part in parts]
    return any(told) and not any(
        find_reasons(part) for part, before in zip(parts, told, strict=True) if not before
    )


def asks_other_business(texts: list[str], asked: list[str]) -> bool:
    """Whether a message (texts: its subject too) is about other business than a claim, a
    quote, a new order or when an order comes, and its own words (asked) ask nothing back:
    a problem it tells of in passing ("last time one of the check valves came in cracked")
    is for a person to weigh, not to approve."""
    return any(_OTHER_BUSINESS.search(text) for text in texts) and not any(
        _ASKS_BACK.search(text) for text in asked
    )


def asks_after(texts: list[str]) -> bool:
    """Whether a message's own words ask after a claim made before and ask for nothing, or
    remind of one still open, whatever they ask again ("Vendor dispute reminder (sent
    automatically every 5 days while a dispute is open) … Please send the credit memo")."""
    if any(_REMINDS.search(text) for text in texts):
        return True
    return any(_ASKS_AFTER.search(text) for text in texts) and not any(
        _ASKS_NOW.search(text) for text in texts
    )


def is_urgent(text: str) -> bool:
    """Whether a text asks for urgency (urgent, asap, job site down), not "no rush"."""
    return any(not _negated(text, match.start()) for match in _URGENT.finditer(text))


def _matches(
    text: str, table: tuple[tuple[ReasonCode, re.Pattern[str]], ...], *, strong: bool
) -> list[ReasonHit]:
    return [
        ReasonHit(reason, *_evidence_span(match), strong)
        for reason, pattern in table
        for match in pattern.finditer(text)
    ]


def _evidence_span(match: re.Match[str]) -> tuple[int, int]:
    """The span to quote: the cue group "q" of a long phrase, else the whole phrase."""
    if "q" in match.re.groupindex and match.group("q") is not None:
        return match.span("q")
    return match.span()


def _non_overlapping(hits: list[ReasonHit]) -> list[ReasonHit]:
    """The longest phrase wins where phrases overlap ("ordered too many" over "too many")."""
    kept: list[ReasonHit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return _NEGATION.search(before) is not None or _IF_ANY.search(before) is not None
