"""What the goods are said to be against what the order's item is: "the 3/4\" ball valves
are threaded", of the item the order holds as a sweat valve, is a wrong item, though no
phrase of the lexicon says so. A clerk reads it with the order open; so does this."""

import re
from functools import lru_cache

from extractors.claims.lexicon import ReasonHit
from extractors.claims.tokens import SkuToken
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode

# Attributes that tell goods of one name apart, each word with its family and its value:
# how a fitting joins, what a heater burns, whether a thermostat is programmed, a filter's
# rating, a copper tube's wall
_WORDS: dict[str, tuple[str, str]] = {
    "threaded": ("joint", "thread"),
    "fip": ("joint", "thread"),
    "mip": ("joint", "thread"),
    "npt": ("joint", "thread"),
    "sweat": ("joint", "sweat"),
    "solder": ("joint", "sweat"),
    "press": ("joint", "press"),
    "crimp": ("joint", "crimp"),
    "flanged": ("joint", "flange"),
    "grooved": ("joint", "groove"),
    "natural gas": ("fuel", "gas"),
    "propane": ("fuel", "propane"),
    "lp": ("fuel", "propane"),
    "electric": ("fuel", "electric"),
    "non-programmable": ("program", "none"),
    "non programmable": ("program", "none"),
    "programmable": ("program", "programmed"),
    "wi-fi": ("program", "programmed"),
    "wifi": ("program", "programmed"),
}
_WORD = "|".join(sorted((re.escape(word) for word in _WORDS), key=len, reverse=True))
_RATED = r"merv\s?\d{1,2}|type\s+[klm]\b"  # "MERV 8", "type M"
# a size as goods are told apart by it: a fraction, inches written out or marked, a face
# (not "8 in the box": "in" is as often a word as an inch)
_INCH = r"(?:\"|''|”|-?\s?inch(?:es)?\b)"
_ONE_SIZE = r"\d+(?:[- ]\d+)?/\d+|\d+"  # 3/4, 1-1/2, 2
# 3/4", 1-1/2 inch, and a face or a reducing size: 10x6, 16x25x1, 2 x 1-1/2"
_SIZE = (
    rf"(?:{_ONE_SIZE})(?:\s?x\s?(?:{_ONE_SIZE}))+(?:\s?{_INCH})?"
    rf"|\d+(?:[- ]\d+)?/\d+(?:\s?{_INCH})?|\d+\s?{_INCH}"
)
# an attribute as a description or a sentence writes it
_ATTRIBUTE = rf"(?<![\w/-])(?:{_WORD}|{_RATED}|{_SIZE})(?![\w/-])"
# the goods are, came, were sent as…: "are threaded", "came in MERV 8", "you send MERV 8",
# "one of the two is 1/2\"", "we got the Wi-Fi ones" (not "aren't", "are not": no
# attribute follows at once; not "the rest of the rooms got the Wi-Fi ones": who got them
# is said)
_SAID = re.compile(
    r"(?:\b(?:is|are|was|were|came|come|arrived|turned\s+out\s+to\s+be)|'re"
    r"|\b(?:you|u|they)\s+(?:guys\s+)?(?:sent|send|shipped|ship|delivered)"
    r"|\b(?:we|i)\s+(?:got|get|received))\s+"
    r"(?:in\s+)?(?:(?:all|both|the|a|an|all\s+the)\s+)?"
    rf"(?P<attr>{_ATTRIBUTE})"
    # a size that is no item's: "are 1/2 full", "is 3 inches too short", "threaded on"
    r"(?!\s+(?:too|short|long|longer|shorter|off|full|empty|of|wide|deep|thick|more|less"
    r"|on|onto|into|to|together)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _key(attr: str) -> tuple[str, str]:
    """The family and the value of an attribute as written."""
    word = re.sub(r"\s+", " ", attr.lower())
    if word in _WORDS:
        return _WORDS[word]
    if word.startswith("merv"):
        return "rating", re.sub(r"\D", "", word)
    if word.startswith("type"):
        return "wall", word[-1]
    return "size", _size(word)


def _size(text: str) -> str:
    """A size as one spelling: '1 1/2"' and '1-1/2 inch' are '1-1/2'; '10 x 6' is '10x6'."""
    text = re.sub(rf"\s?{_INCH}", "", text.lower()).strip()
    text = re.sub(r"\s*x\s*", "x", text)
    return re.sub(r"(\d)[- ](\d+/)", r"\1-\2", text)


@lru_cache(maxsize=256)
def _attributes(description: str) -> dict[str, set[str]]:
    """The values a catalogue description gives an item, by family."""
    found: dict[str, set[str]] = {}
    lowered = description.lower()
    for match in re.finditer(_ATTRIBUTE, lowered):
        family, value = _key(match.group())
        found.setdefault(family, set()).add(value)
    return found


def said_otherwise(text: str, skus: list[SkuToken], vocabulary: OrderVocabulary) -> list[ReasonHit]:
    """A wrong item where a unit says of the item it names last before, in the same
    sentence (or of the one item it names), that the goods are of another value of an
    attribute its description gives ("are threaded" of a sweat valve, "you send MERV 8" of
    a MERV 11 filter)."""
    items = {vocabulary.item_of(token.value) for token in skus}
    for match in _SAID.finditer(text):
        before = [token for token in skus if token.end <= match.start()]
        if before and not _SENTENCE_END.search(text, before[-1].end, match.start()):
            named = before[-1]
        elif len(items) == 1 and skus:
            named = skus[0]  # "4 of the 20 ft sticks are type M, not type L": the one item
        else:
            continue
        family, value = _key(match.group("attr"))
        described = _described(vocabulary, named.value)
        if family in described and value not in described[family]:
            return [ReasonHit(ReasonCode.WRONG_ITEM, match.start("attr"), match.end("attr"), True)]
    return []


def _described(vocabulary: OrderVocabulary, token: str) -> dict[str, set[str]]:
    item = vocabulary.item_of(token)
    return next(
        (
            _attributes(description)
            for sku, description in vocabulary.descriptions
            if vocabulary.item_of(sku) == item
        ),
        {},
    )
