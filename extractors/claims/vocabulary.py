"""The found order's vocabulary: the identifiers a customer may name its items by.

Read with the order open, as a clerk reads: the SKUs of the order's lines and shipments
and their aliases on this order (customer part numbers, UPCs), each found in the text
however it is written, in any case and with or without separators ("vlv2210br",
"vlv-0075-bv", "VLV 2210 BR"). A mention is grounded (the identifier is in the text,
letter for letter); app/identify.py then matches it to the order as any token.

An item may also be named by its description alone ("the 10x6 white floor registers"):
`described` finds the one item of the order whose distinctive catalogue words a stretch
of text holds, weighing each word by how few of the order's items share it. That is a
reading of words, not of an identifier, so it is proposed for a person to confirm
(lines.py gives it less than the policy trusts).

Within one sentence, `mentioned` reads the items a phrase names the way a clerk does
with the order open: a run of the description's own words ("the 3/4 ball valves",
"1/2\" PEX crimp couplings", "16x25x1 MERV 11 filters"), nothing else between them, at
least two of them and one that no other item of the order has. Such a run is *plain*
when it names the item's kind (the last word of its description's first clause, or of
one that counts or measures it: "valve", "coupling", "coil") and no size stands in it
or just before it that the item lacks ("the 1\" ball valves" where the order has 3/4"
ones, though a filter's "16x25" is its "16x25x1"): lines.py trusts a plain mention of the
only item a sentence names, and gives any other to a person. The trade's names count as
the catalogue's: a valve by its type in the plural ("the bronze gates", "3\" swing
checks"), a tube called pipe beside its own words ("copper pipe type L 1\""). A bare
count before the words ("2 ball valves") is a count, not a size; a number is an item's
word only after another of its words ("MERV 11", "bags of 25"), so it is never read as
a count.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz.distance import Levenshtein

from extractors.claims.lexicon import CONTAINERS

DESCRIBED_CHECK = "order:described"  # evidence check of an item read from its description
_GROUPS = re.compile(r"[A-Za-z]+|\d+")
_SEPARATOR = r"(?:-\r?\n[ \t]*|[\s\-_./])?"
_ASIDE = re.compile(r"\([^)]*\)")
_GENERIC_KINDS = frozenset({"assembly", "kit", "set", "unit"})
_FORMS = frozenset({"pipe", "tube", "tubing"})  # what a material comes in, named by it
_NAMED_BY_TYPE = frozenset({"valve"})  # a kind the trade names by its type: "the gates"
# a word of an identifier ("TNK" of TNK-EXP-5) is no abbreviation of a description's word
_IN_A_CODE = re.compile(r"[-/]?[A-Za-z0-9]*\d|-[A-Za-z]")
_IN_A_CODE_BEFORE = re.compile(r"(?:\d[A-Za-z0-9]*|[A-Za-z]-)$")
_DEVICE = re.compile(r"..[^aeiou]or$")  # an agent noun: "circulator", "compressor", "separator"
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")  # "Wi-Fi", "non-programmable"
_MIN_MISSPELT = 8  # a longer word one letter off an item's word is that word misspelt
_NEAR_SHARE = 0.8  # a near identifier: a prefix of this share of the SKU, or as like it
_MIN_LENGTH = 5  # shorter identifiers are words and numbers as often as they are items
# 3/4, 16x25x1, 1.5, words (accented letters too: "válvulas")
_WORD = re.compile(r"\d+(?:[/x.]\d+)*|[^\W\d_]+", re.IGNORECASE)
# the trade's names for an item's kind, as a fitter or a counter writes them
# (as _normal leaves them: "nineties", a voice memo's "copper nineties", is "ninetie")
_TRADE_NAMES = {"stat": "thermostat", "tstat": "thermostat", "ell": "elbow", "cplg": "coupling",
                "coupler": "coupling", "ninety": "elbow", "ninetie": "elbow"}  # fmt: skip
# the kinds of goods the trade sells, as _normal leaves them: a kind none of the order's
# items is names goods the order does not hold (not pipe, tube, tubing nor coil: one
# length of goods is called by any of them, "tubo negro" of a black steel pipe)
_TRADE_KINDS = frozenset(
    {"valve", "thermostat", "pump", "circulator", "heater", "tank", "filter", "register",
     "union", "elbow", "tee", "coupling", "tile", "preventer"}
)  # fmt: skip
# counted lengths of tube: "1 of the 12 sticks of 1\" copper", "3 STICK. 1\" TYPE L COPPER"
# (not the copper sticks a pallet had strapped on top)
_STICK = re.compile(r"(?<=\d )sticks?\b|\bsticks?(?=\s+of\b)", re.IGNORECASE)
# …and in Spanish, as a crew writes them at the counter ("5 valvulas de bola de 3/4", "el
# calentador electrico de 40 galones", "codos de cobre"), accents typed or not
_SPANISH = {"valvula": "valve", "válvula": "valve", "bola": "ball", "calentador": "heater",
            "calentadore": "heater", "codo": "elbow", "cobre": "copper", "termostato": "thermostat",
            "bomba": "pump", "filtro": "filter", "rejilla": "register",
            "tubo": "tube", "tuberia": "pipe", "tubería": "pipe", "union": "union",
            "unión": "union", "unione": "union", "soldar": "sweat", "rosca": "threaded",
            "electrico": "electric", "eléctrico": "electric", "reductora": "reducing",
            "presion": "pressure", "presión": "pressure", "laton": "brass", "latón": "brass",
            "galone": "gal", "galon": "gal", "de": "of", "del": "of"}  # fmt: skip
_TRADE_NAMES |= _SPANISH
# a run ending in its number made plural names the items counted: "the 16x25 MERV 11s"
_PLURAL_NUMBER = re.compile(r"(?<=\d)'?s\b")
_ELBOW_ANGLE = re.compile(r"(?:90|45)(?:'?s\b|°)")  # "1\" copper 90s": elbows
_STAT_AFTER = re.compile(r"[-\s]?stat", re.IGNORECASE)
_NOT_DISTINCTIVE = frozenset(
    {"a", "an", "and", "bag", "by", "carton", "case", "deg", "for", "ft", "in", "length", "of",
     "per", "the", "to", "with", "x"}
)  # fmt: skip
_MIN_SHARE = 0.5  # of the item's word weight found in the text
_LEAST_ELSEWHERE = 0.4  # …for goods the order does not hold, named for a person to confirm
_NAMED_BY_SIZE = 3  # words of a run that, with a size only the item has, name it without its kind
_MIN_WORDS = 2
_FACE = re.compile(r"\d+x\d+x\d+")  # a filter's face and depth: "16x25x1"
_MARGIN = 0.15  # ahead of the next item by this share, else two items fit the words
_SIZE_AFTER = re.compile(r'^(?:"|\'\'|”|-?\s?(?:in\b|inch|mm\b|ft\b|gal\b))', re.IGNORECASE)
_WHOLE_BEFORE = re.compile(r"(?<![\d/.])\d+-$")  # the "1-" of a size "1-1/2\"": the mention's too
_SIZE_SHAPE = re.compile(r"\d[/x.]\d", re.IGNORECASE)  # 3/4, 16x25x1, 1.5: sizes, never counts
_PER_MEASURE = re.compile(r"\bper\s+(ft|foot|feet|lb|gal|m)\b", re.IGNORECASE)
_MEASURE_WORDS = {
    "ft": ("ft", "feet", "foot"),
    "foot": ("ft", "feet", "foot"),
    "feet": ("ft", "feet", "foot"),
    "lb": ("lb", "lbs"),
    "gal": ("gal", "gallons"),
}
# a part of an assembly, not the item: "the discharge check valve", "check valve No. 1"
_PART_BEFORE = re.compile(
    r"\b(?:discharge|suction|inlet|outlet|internal|integral|built-in|bypass|drain)\s+$", re.I
)
_NUMBERED_AFTER = re.compile(r"\s*(?:#\s*\d|no\.?\s*\d|number\s+\d)", re.I)
# a place named by what it holds: "in the bottom of the ball valve box", "from the pump crate"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|inside|into|under|from|on|at)\s+(?:the\s+(?:bottom|back|top|side)\s+of\s+)?"
    r"(?:the|a|our|that)\s+$",
    re.IGNORECASE,
)
_HOLDER_AFTER = re.compile(r"\s*(?:box|boxes|carton|cartons|crate|crates|bin|shelf|rack)\b", re.I)
# a job named for what it installs: "(the electric heater job in October)"
_JOB_AFTER = re.compile(r"\s*(?:job|project|install|installation|remodel)\b", re.I)
_CELL_GAP = re.compile(r"\t| {3,}")  # between two cells of a row laid out in columns
_PACK = re.compile(r"\b(case|carton|bag|box|pack)\s+of\s+(\d+)\b", re.IGNORECASE)
# a package named for what it should hold: "in the PRV carton"
_ITS_PACKAGE = re.compile(rf"\s+{CONTAINERS}", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")  # the word right before, in one breath
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_NEAR = 20  # characters before a number to find the word before it in
_KIND_AFTER = 2  # tokens after a run of an item's words that its kind word may come
_BRIDGE = frozenset({"of", "per", "x", "inch"})  # "bags of 25", "25 per bag", "C x C", "1 inch"
_NOT_COUNTED = frozenset({"a", "an", "and", "of", "the", "to", "for", "in", "with", "by", "x"})


@dataclass(frozen=True)
class Mention:
    """An item of the order named by a run of its description's words in a sentence."""

    sku: str
    start: int
    end: int
    plain: bool  # names the item's kind, with no size it lacks (module docstring)


@dataclass(frozen=True)
class OrderVocabulary:
    """The identifiers of one order's items (SKUs and their aliases on that order)."""

    identifiers: tuple[str, ...]
    descriptions: tuple[tuple[str, str], ...] = ()  # (SKU, catalogue description)
    owners: tuple[tuple[str, str], ...] = ()  # (alias, SKU): which item an alias names
    counts: tuple[tuple[str, int], ...] = ()  # (SKU, the most of it ordered or shipped)
    # identifiers of the request's text that name no item of the order (however written)
    # nor of the catalogue: a hold number, a serial, an RFI
    strays: frozenset[str] = frozenset()
    # no order found: the items of the customer's latest orders stand in for it
    history: bool = False
    # (SKU, description) of the catalogue's other items: goods the order does not hold
    others: tuple[tuple[str, str], ...] = ()

    def is_stray(self, token: str) -> bool:
        """Whether a token is an identifier that names no item anyone here knows."""
        return _compact(token) in self._strays

    @cached_property
    def _strays(self) -> frozenset[str]:
        return frozenset(_compact(token) for token in self.strays)

    def holds_one(self, token: str) -> bool:
        """Whether the order holds one of the item a token names, and no more."""
        return self.held(token) == 1

    def held(self, token: str) -> int | None:
        """How many of the item a token names the order holds, if it holds the item."""
        item = self.item_of(token)
        return next((count for sku, count in self.counts if _compact(sku) == item), None)

    @cached_property
    def sold_by(self) -> frozenset[str]:
        """The measures an item of the order is sold by ("cut to length (per ft)"): a count
        in them ("20 ft") is how many of it."""
        return frozenset(word for _, d in self.descriptions for word in _measures(d))

    def sells_by(self, token: str, measure: str) -> bool:
        """Whether the item a token names is sold by a measure ("ft")."""
        return measure in self.measures(token)

    def measures(self, token: str) -> frozenset[str]:
        """The measures the item a token names is sold by (none: it is sold by the piece)."""
        item = self.item_of(token)
        return frozenset(
            word
            for sku, description in self.descriptions
            if _compact(sku) == item
            for word in _measures(description)
        )

    def item_of(self, token: str) -> str:
        """A key for the item a token names: its SKU's, where the token is an alias of the
        order, else the token's own, in upper case without separators."""
        compact = _compact(token)
        owners = {_compact(alias): _compact(sku) for alias, sku in self.owners}
        return owners.get(compact, compact)

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        shapes = sorted({_shape(i) for i in self.identifiers if _usable(i)}, key=len, reverse=True)
        if not shapes:
            return None
        return re.compile(rf"(?<![A-Za-z0-9])(?:{'|'.join(shapes)})(?![A-Za-z0-9])", re.IGNORECASE)

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """The spans of the text that name an identifier of the order."""
        if self._pattern is None:
            return []
        return [match.span() for match in self._pattern.finditer(text)]

    @cached_property
    def _words(self) -> dict[str, dict[str, float]]:
        """Each item's distinctive words with their weights (rarer on the order: heavier)."""
        # in the description's order: a set's order changes from one process to the next
        words = {sku: dict.fromkeys(_words_of(text)) for sku, text in self.descriptions}
        shared = {w: sum(w in own for own in words.values()) for own in words.values() for w in own}
        count = len(words)
        return {
            sku: {w: math.log(1 + count / shared[w]) for w in own} for sku, own in words.items()
        }

    @cached_property
    def _all_words(self) -> dict[str, frozenset[str]]:
        """Each item's description words, the indistinct ones ("bag", "of") included, and
        the initials its name goes by ("PRV" of a pressure reducing valve)."""
        return {
            sku: frozenset(_normal(m.group()) for m in _WORD.finditer(description))
            | self._initials[sku]
            for sku, description in self.descriptions
        }

    @cached_property
    def _initials(self) -> dict[str, frozenset[str]]:
        """Each item's initials, as a fitter writes its name ("PRV")."""
        return {sku: _initials(description) for sku, description in self.descriptions}

    @cached_property
    def _joined(self) -> dict[str, tuple[str, ...]]:
        """A hyphenated description word as it is also written whole ("wifi" of "Wi-Fi"),
        with the words it stands for."""
        return {
            "".join(parts).lower(): tuple(_normal(part) for part in parts)
            for _, description in self.descriptions
            for m in _HYPHENATED.finditer(description)
            if (parts := m.group().split("-"))
        }

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        """The text's words as descriptions are compared: a hyphenated description word
        written whole ("wifi thermostats") read as its parts, the trade's name of a kind
        ("t-stats", "ells", "copper 90s") as the catalogue's ("thermostat", "elbow")."""
        tokens: list[tuple[str, int, int]] = []
        for m in _WORD.finditer(text):
            word = _normal(m.group())
            if word == "t" and _STAT_AFTER.match(text, m.end()):
                continue  # the "t" of "t-stat"
            if word == "in" and m.start() > 0 and text[m.start() - 1].isdigit():
                continue  # the unit of a size written whole: "1in copper" is 1" copper
            word = _TRADE_NAMES.get(word, word)
            if _STICK.match(text, m.start()):
                word = "tube"
            if not _in_a_code(text, m.start(), m.end()):
                word = self._unabbreviated(word)
            words = self._joined.get(m.group().lower(), (word,))
            tokens.extend((w, m.start(), m.end()) for w in words)
            if _ELBOW_ANGLE.match(text, m.start()):
                tokens.append(("elbow", m.start(), m.end()))
        return _sizes_said_aloud(tokens)

    def names_with(self, text: str, start: int, end: int) -> bool:
        """Whether a number stands between two words of one item's description, so it is a
        word of its name, not how many ("the 1\" copper 90 elbows": a 90-degree elbow)."""
        word = _normal(text[start:end])
        before = _WORD_BEFORE.search(text, max(0, start - _NEAR), start)
        after = _WORD_AFTER.match(text, end)
        if before is None or after is None:
            return False
        around = [_normal(m.group(1)) for m in (before, after)]
        around = [_TRADE_NAMES.get(w, w) for w in around]
        return any(
            word in words and all(w in words for w in around) for words in self._words.values()
        )

    def is_its_number(self, text: str, start: int, end: int) -> bool:
        """Whether a number is an item's own with the word after it, a size or part of its
        name ("1\" wrot cu 90 ell": the 1 of 1\", the 90 of the ell), not a count ("1 PRV"
        where another item is 1\")."""
        word = _normal(text[start:end])
        if _SIZE_AFTER.match(text, end):
            return word in self._known
        following = [w for w, _, _ in self._tokens(text[end : end + 30])[:1]]
        return any(
            word in words and following[0] in words
            for words in self._all_words.values()
            if following
        )

    @cached_property
    def _known(self) -> frozenset[str]:
        """Every word of the order's descriptions."""
        return frozenset(w for words in self._all_words.values() for w in words)

    def _unabbreviated(self, word: str) -> str:
        """The one description word of the order that a word abbreviates ("blk" black,
        "mall" malleable, "flg" flanged), as a sheet or a label shortens it, or misspells by
        a letter ("coupplings"); else the word."""
        if word in self._known or not word.isalpha() or len(word) < 3:
            return word
        if word not in self._expanded:
            found = [known for known in self._known if _abbreviates(word, known)]
            if not found and len(word) >= _MIN_MISSPELT:
                found = [known for known in self._known if Levenshtein.distance(word, known) == 1]
            self._expanded[word] = found[0] if len(found) == 1 else word
        return self._expanded[word]

    @cached_property
    def _expanded(self) -> dict[str, str]:
        return {}  # each text word's reading, once worked out

    @cached_property
    def _kinds(self) -> dict[str, frozenset[str]]:
        """Each item's kind words: the last word of its description's first clause ("ball
        valve"), and of a later clause that counts or measures it ("300 ft coil")."""
        kinds: dict[str, frozenset[str]] = {}
        for sku, description in self.descriptions:
            first, *more = _without_asides(description).split(",")
            clauses = [first, *(c for c in more if any(ch.isdigit() for ch in c))]
            last = ([w for w in _words_of(clause) if w.isalpha()] for clause in clauses)
            kinds[sku] = frozenset(kind for words in last if words for kind in _kind_of(words))
        return kinds

    def confirmed_by_words(self, text: str, token: str) -> str | None:
        """The item a near identifier names, where the text names it plainly by its words
        too: "floor register white 10x6 (HVC-REG-1006)" of HVC-REG-1006-W, "ball valve 3/4
        sweat (VLV-0075-BW)" of VLV-0075-BV. Neither alone names it surely; the two agreeing
        do. A token one of the order's items goes by is no near one."""
        compact = _compact(token)
        if any(_compact(identifier) == compact for identifier in self.identifiers):
            return None
        plain = {m.sku for m in self.mentioned(text) if m.plain}
        if len(plain) != 1:
            return None
        sku = next(iter(plain))
        item = _compact(sku)
        near = item.startswith(compact) and len(compact) >= _NEAR_SHARE * len(item)
        if near or Levenshtein.normalized_similarity(compact, item) >= _NEAR_SHARE:
            return sku
        return None

    def mentioned(self, text: str) -> list[Mention]:
        """The items of the order that runs of their description's words name in a sentence."""
        tokens = self._tokens(text)
        found = [m for sku in self._words if (m := self._run(sku, text, tokens)) is not None]
        named = {m.sku for m in found}
        # "2 of the ball valves leak … and 1 of the 4 prvs came cracked": another item by
        # its initials beside one named by its words, unless they name a package the other
        # was found in ("a bag of the copper elbows in the PRV carton")
        found += [
            m
            for m in self._by_initials(text, tokens)
            if m.sku not in named and not (named and _ITS_PACKAGE.match(text, m.end))
        ]
        if not found:  # beside another item's words, which the text's reason is of is a guess
            found = self._by_word_and_count(tokens)
        return [
            m
            for m in found
            if not any(o is not m and o.start < m.end and m.start < o.end for o in found)
        ]

    def _by_initials(self, text: str, tokens: list[tuple[str, int, int]]) -> list[Mention]:
        """Items named by their initials alone ("11 PRVs", "the RPZ"), where no other item
        of the order goes by them and they are written in capitals or stand in the SKU too
        ("prvs" of VLV-0750-PRV): a fitter's name for the item, its kind included. Read
        only where no item is named by its words."""
        found: list[Mention] = []
        for word, start, end in tokens:
            owners = [sku for sku, initials in self._initials.items() if word in initials]
            if len(owners) != 1 or any(word in own for own in self._words.values()):
                continue
            written, sku = text[start:end], owners[0]
            if written[: len(word)].isupper() or word.upper() in _GROUPS.findall(sku.upper()):
                found.append(Mention(sku, start, end, plain=True))
        return found

    def _by_word_and_count(self, tokens: list[tuple[str, int, int]]) -> list[Mention]:
        """An item named by one word only it has on the order, after "of the" and the count
        the order holds of it ("one of the 4 circulators" where the order holds 4
        circulator pumps): the word and the order's own count together name it, as a clerk
        with the order open reads them. That count is part of the name, not the claim's."""
        found: list[Mention] = []
        for index, (word, _, end) in enumerate(tokens):
            owners = [sku for sku, words in self._words.items() if word in words]
            if len(owners) != 1 or len(word) < _MIN_LENGTH or not word.isalpha():
                continue
            held = self.held(owners[0])
            for at in (index - 1, index - 2):  # "the 4 circulators", "the 4 small ones"
                if at < 1 or not tokens[at][0].isdigit() or int(tokens[at][0]) != held:
                    continue
                words_before = [w for w, _, _ in tokens[max(0, at - 2) : at]]
                if words_before[-1:] == ["of"] or words_before[-2:-1] == ["of"]:
                    found.append(Mention(owners[0], tokens[at][1], end, plain=True))
                break
        return found

    def _run(self, sku: str, text: str, tokens: list[tuple[str, int, int]]) -> Mention | None:
        """The longest run of the item's words in the tokens, if it names the item."""
        own, every = set(self._words[sku]), self._all_words[sku]
        # "copper pipe type L" of a copper tube: the trade names its form either way (the
        # first of its forms by name, not a set's first, which changes with the process)
        forms = sorted(every & _FORMS)
        if forms:
            tokens = [(forms[0] if word in _FORMS else word, s, e) for word, s, e in tokens]
        others = {w for other, words in self._words.items() if other != sku for w in words}
        best: list[int] = []
        run: list[int] = []  # indices of the item's words in the current run
        for index, (word, start, end) in enumerate(tokens):
            after = text[end : end + 6]
            if run and _CELL_GAP.search(text, tokens[run[-1]][2], start):
                run = []  # a table's next cell: "Check valve      free      OK"
            is_own = word in own and (
                not word.isdigit() or _SIZE_AFTER.match(after) is not None or bool(run)
            )
            if is_own:
                run.append(index)
            elif not (run and (word in _BRIDGE or word in every - own)):
                run = []
            if len(run) > len(best):
                best = list(run)
        words = {tokens[i][0] for i in best}
        # "20 cases of the 16x25x1": a whole face size no other item has names its item alone
        face = len(words) == 1 and _FACE.fullmatch(next(iter(words))) is not None
        if (len(words) < _MIN_WORDS and not face) or not words - others:
            return None
        first, last = best[0], best[-1]
        if _a_part_of_another(text, tokens[first][1], tokens[last][2]):
            return None
        span = tokens[first : last + 1]
        before = tokens[first - 1] if first > 0 else None
        sizes = [w for w, _, e in span if _is_size(w, text[e : e + 6])]
        if before is not None and _is_size(before[0], text[before[2] : before[2] + 6]):
            sizes.append(before[0])
        kind = (
            bool(words & self._kinds[sku])
            or self._by_type(sku, text, tokens[first : last + 1])
            or _PLURAL_NUMBER.match(text, tokens[last][2]) is not None
            # "cases labeled 16x25x1 MERV 11": its own size and words enough, no other's
            or (len(words) >= _NAMED_BY_SIZE and bool(set(sizes) & own - others))
            or face
        )
        sized = all(_has_size(own, size) for size in sizes)
        plain = kind and sized
        kind_after = None if plain else self._kind_after(sku, text, tokens, last)
        if kind_after is not None:
            last, plain = kind_after, sized
        start = tokens[first][1]
        whole = _WHOLE_BEFORE.search(text, 0, start) if "/" in tokens[first][0] else None
        start = whole.start() if whole else start
        if _PLACE_BEFORE.search(text, 0, start) and _HOLDER_AFTER.match(text, tokens[last][2]):
            plain = False  # "stuck in the bottom of the ball valve box": where, not what
        if _JOB_AFTER.match(text, tokens[last][2]):
            return None  # "left from the electric heater job": which job, not what
        return Mention(sku, start, tokens[last][2], plain)

    def _by_type(self, sku: str, text: str, run: list[tuple[str, int, int]]) -> bool:
        """Whether a run of an item's words holds its type in the plural, as the trade names
        a valve ("the bronze gates", "3\" swing checks")."""
        kind = self._types.get(sku)
        return any(
            word == kind and text[start:end].lower().endswith("s") for word, start, end in run
        )

    @cached_property
    def _types(self) -> dict[str, str]:
        """Each valve's type: the word before its kind ("gate" of a bronze gate valve)."""
        types: dict[str, str] = {}
        for sku, description in self.descriptions:
            first = _without_asides(description).split(",")[0]
            words = [w for w in _words_of(first) if w.isalpha()]
            if len(words) > 1 and words[-1] in _NAMED_BY_TYPE:
                types[sku] = words[-2]
        return types

    def _kind_after(
        self, sku: str, text: str, tokens: list[tuple[str, int, int]], last: int
    ) -> int | None:
        """The index of the item's kind word that a run of its words is followed by across
        a word no item of the order has ("1\" type L hard copper": the copper tube), in one
        breath: no punctuation between."""
        for at in range(last + 1, min(last + 1 + _KIND_AFTER, len(tokens))):
            word, start, _ = tokens[at]
            if not text[tokens[at - 1][2] : start].isspace():
                return None
            if word in self._kinds[sku]:
                return at
            if word in self._known or not word.isalpha():
                return None
        return None

    def speaks_of(self, text: str, sku: str) -> bool:
        """Whether a text holds a word of the item's description, indistinct ones included
        ("bags", "cases"), and no distinctive word that only another item of the order has
        (a bare number is a count as often as a size: names_another)."""
        present = {word for word, _, _ in self._tokens(text)}
        own = self._all_words.get(sku, frozenset())
        return bool((present - _NOT_COUNTED) & own) and not self._of_another(present, sku)

    def names_another(self, text: str, sku: str) -> bool:
        """Whether a text holds a distinctive word that only another item of the order has
        (a bare number is a count as often as a size: "the 6 extra")."""
        return self._of_another({word for word, _, _ in self._tokens(text)}, sku)

    def _of_another(self, present: set[str], sku: str) -> bool:
        """names_another, of a text's words already read."""
        return any(not word.isdigit() for word in present & self._only_others(sku))

    def _only_others(self, sku: str) -> set[str]:
        """The distinctive words (and initials) of the order's other items that this item's
        description does not hold."""
        own = self._all_words.get(sku, frozenset())
        others = {w for o, words in self._words.items() if o != sku for w in words}
        initials = {w for o, words in self._initials.items() if o != sku for w in words}
        return (others | initials) - own

    def names_another_kind(self, text: str) -> bool:
        """Whether a text names a kind of goods the trade sells that is no kind of the
        order's items ("Programmable Wi-Fi thermostats" on an order of valves)."""
        held = {kind for kinds in self._kinds.values() for kind in kinds}
        said = {word for word, _, _ in self._tokens(text)}
        return bool(said & _TRADE_KINDS - held)

    def names_kind(self, text: str, token: str) -> bool:
        """Whether a text holds the kind word of the item a token (its SKU or an alias)
        names ("2 coils short", "the valve leaks"), or the initials a fitter calls it by,
        its kind included ("1 PRV has the housing cracked")."""
        tokens = self._tokens(text)
        if {word for word, _, _ in tokens} & self.kind_words(token):
            return True
        item = self.item_of(token)
        return any(_compact(m.sku) == item for m in self._by_initials(text, tokens))

    def pack(self, token: str) -> tuple[str, int] | None:
        """The pack the item a token names is sold by, and how many it holds ("case", 12)."""
        item = self.item_of(token)
        for sku, description in self.descriptions:
            if _compact(sku) == item and (found := _PACK.search(description)):
                return found.group(1).lower(), int(found.group(2))
        return None

    def kind_words(self, token: str) -> frozenset[str]:
        """The kind words of the item a token names ("valve" of a ball valve)."""
        item = self.item_of(token)
        return next(
            (kinds for sku, kinds in self._kinds.items() if _compact(sku) == item), frozenset()
        )

    def names_any(self, text: str) -> bool:
        """Whether a text names an item of the order by its words or its kind."""
        return bool(self.mentioned(text)) or bool(self.of_kinds_named(text))

    def of_kinds_named(self, text: str) -> list[str]:
        """The items of the order whose kind a text names ("the registers", "a valve")."""
        return [sku for sku, _ in self.descriptions if self.names_kind(text, sku)]

    def only_of_kind(self, text: str) -> str | None:
        """The one item of the order whose kind a text names ("registers short 4"), where
        no other item of the order is of a kind it names."""
        named = self.of_kinds_named(text)
        return named[0] if len(named) == 1 else None

    def kind_mention(self, text: str) -> Mention | None:
        """The one item of the order whose kind word a text names, where it names no other
        item's kind nor words ("5 REGISTERS BENT"), with the span of that word."""
        sku = self.only_of_kind(text)
        if sku is None or self.names_another(text, sku):
            return None
        kinds = self.kind_words(sku)
        spans = [(start, end) for word, start, end in self._tokens(text) if word in kinds]
        return Mention(sku, *spans[0], plain=False) if spans else None

    def sizes_it_lacks(self, text: str, sku: str) -> bool:
        """Whether a text holds a size the item's description lacks ("1\"" of a 3/4" valve)."""
        own = self._all_words.get(sku, frozenset())
        return any(not _has_size(own, size) for size in _sizes(text))

    def features_it_lacks(self, text: str, sku: str) -> bool:
        """Whether a text names a feature the item's description lacks ("wifi 7-day stats"
        of a non-programmable thermostat, "gas" of an electric heater): another item's."""
        own = self._all_words.get(sku, frozenset())
        return any(
            not {word for word, _, _ in self._tokens(found.group())} <= own
            for found in _FEATURES.finditer(text)
        )

    def names_what_it_lacks(self, text: str, sku: str) -> bool:
        """Whether a text names a size or a feature the item's description lacks."""
        return self.sizes_it_lacks(text, sku) or self.features_it_lacks(text, sku)

    def names_its_size(self, text: str, sku: str) -> bool:
        """Whether a text holds a size of the item's description ("16x25" of a 16x25x1
        filter)."""
        own = self._all_words.get(sku, frozenset())
        return any(_has_size(own, size) for size in _sizes(text))

    def described_elsewhere(self, text: str) -> tuple[str, int, int] | None:
        """The one item of the catalogue's others whose description the text holds; an
        item of another size than the text writes in inches is not it."""
        sizes = {match.group(1) for match in _INCHES.finditer(text)}
        fits = tuple(
            (sku, description)
            for sku, description in self.others
            if not sizes or (own := _INCHES.match(description)) is None or own.group(1) in sizes
        )
        return _of_descriptions(fits).described(text, _LEAST_ELSEWHERE) if fits else None

    def described(self, text: str, least: float = _MIN_SHARE) -> tuple[str, int, int] | None:
        """The one item whose description the text holds (at least this share of its
        words' weight), and the span of its words there."""
        spans = self._tokens(text)
        present = {word for word, _, _ in spans}
        scored = sorted(
            ((_share(weights, present), sku) for sku, weights in self._words.items()), reverse=True
        )
        if not scored:
            return None
        share, sku = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        found = present & set(self._words[sku])
        if share < least or len(found) < _MIN_WORDS or share - runner_up < _MARGIN:
            return None
        hits = [(start, end) for word, start, end in spans if word in found]
        if _a_part_of_another(text, hits[0][0], hits[-1][1]):
            return None
        return sku, hits[0][0], hits[-1][1]


_INCHES = re.compile(r'(?<![\d/.-])(\d+(?:-\d+/\d+|/\d+)?)\s?(?:"|”|\'\'|-?inch\b|-?in\b)')


@lru_cache(maxsize=16)
def _of_descriptions(described: tuple[tuple[str, str], ...]) -> OrderVocabulary:
    return OrderVocabulary(identifiers=tuple(sku for sku, _ in described), descriptions=described)


# Words that set one item of a kind apart from another of it: a thermostat's, a heater's, a
# valve's ends, a pipe's or a fitting's material
_FEATURES = re.compile(
    r"\b(?:wi-?fi|7-day|smart|gas|electric|sweat|threaded|flanged|pvc|cpvc|pex|copper|brass"
    r"|bronze|galvani[sz]ed|cast\s+iron)\b",
    re.I,
)


def _a_part_of_another(text: str, start: int, end: int) -> bool:
    """Whether words that name an item name a part of another thing there: "the discharge
    check valve snapped off" (of a pump), "CHECK VALVE #2" of a backflow assembly's test."""
    return bool(_PART_BEFORE.search(text, max(0, start - 20), start)) or bool(
        _NUMBERED_AFTER.match(text, end)
    )


def item_key(token: str, vocabulary: OrderVocabulary | None) -> str:
    """Which item a SKU token names, for telling two mentions of one item: the order's key
    where the order is known (an alias is its SKU's), else the token in upper case with
    letters and digits only."""
    if vocabulary is None:
        return "".join(char for char in token.upper() if char.isalnum())
    return vocabulary.item_of(token)


def _measures(description: str) -> frozenset[str]:
    """The words of the measures an item is sold by ("per ft": ft, feet, foot)."""
    units = {m.group(1).lower() for m in _PER_MEASURE.finditer(description)}
    return frozenset(word for unit in units for word in _MEASURE_WORDS.get(unit, (unit,)))


def _share(weights: dict[str, float], present: set[str]) -> float:
    """How much of an item's description weight the text holds (0 to 1)."""
    # fsum: exact, so a share right at a bound reads the same whatever order it is summed in
    total = math.fsum(weights.values())
    held = math.fsum(weight for word, weight in weights.items() if word in present)
    return held / total if total else 0.0


def _sizes(text: str) -> list[str]:
    """The sizes a text holds, as descriptions are compared ("3/4", "16x25x1", "1")."""
    return [
        word
        for m in _WORD.finditer(text)
        if (word := _normal(m.group())) and _is_size(word, text[m.end() : m.end() + 6])
    ]


def _is_size(word: str, after: str) -> bool:
    """Whether a word is a size ("3/4", "16x25x1", "1\"" ), not a count ("2 valves")."""
    if not any(char.isdigit() for char in word):
        return False
    return _SIZE_SHAPE.search(word) is not None or _SIZE_AFTER.match(after) is not None


def _has_size(words: Iterable[str], size: str) -> bool:
    """Whether an item's words hold a size, or a size it begins with: a filter's "16x25"
    is its "16x25x1", the thickness left unsaid."""
    return any(word == size or word.startswith(size + "x") for word in words)


def _in_a_code(text: str, start: int, end: int) -> bool:
    return bool(_IN_A_CODE.match(text, end) or _IN_A_CODE_BEFORE.search(text, 0, start))


def _abbreviates(short: str, word: str) -> bool:
    """Whether a word is written short as another: its first letters ("mall" of
    malleable, four at least, three fewer at most) or its consonants in order ("blk" of
    black, "flg" of flanged)."""
    if short[0] != word[0] or len(word) <= len(short):
        return False
    if len(short) >= 4 and word.startswith(short):
        # not "thread" of threaded (a word of its own), but "valv": a silent e left off
        return len(word) - len(short) >= 3 or word == f"{short}e"
    if any(char in "aeiou" for char in short[1:]):
        return False
    letters = iter(word)
    return all(char in letters for char in short)


def _normal(word: str) -> str:
    """A word as descriptions are compared: lower case, a plural's s dropped."""
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and word[-2] != "s" else word


def _initials(description: str) -> frozenset[str]:
    """The initials of the first and of the last three words of an item's name (its first
    clause), which a fitter writes for it: "pressure reducing valve" is a PRV,
    "thermostatic mixing valve" a TMV, "reduced pressure zone backflow preventer" an RPZ."""
    name = _without_asides(description).split(",")[0]
    words = [w for w in re.findall(r"[A-Za-z]+", name) if len(w) > 1]
    if len(words) < 3:
        return frozenset()
    return frozenset("".join(w[0] for w in three).lower() for three in (words[:3], words[-3:]))


def _without_asides(description: str) -> str:
    """A description without its parenthesized asides ("(special order)"), which name no
    part of the item."""
    return _ASIDE.sub("", description)


def _sizes_said_aloud(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A size said as a voice memo writes it ("16 by 25") as the catalogue writes it
    ("16x25"); not "1 x 2 gal expansion tank", a count of an item."""
    out: list[tuple[str, int, int]] = []
    for word, start, end in tokens:
        if (
            word.isdigit()
            and len(out) >= 2
            and out[-1][0] == "by"
            and out[-2][0].replace("x", "").isdigit()
        ):
            out[-2:] = [(f"{out[-2][0]}x{word}", out[-2][1], end)]
        else:
            out.append((word, start, end))
    return out


def _kind_of(words: list[str]) -> tuple[str, ...]:
    """An item's kind words from its name's words: the last, and the one before a generic
    last word ("backflow preventer assembly" is a preventer), a device's name before it
    ("circulator pump": the trade says "the circulators") or a material before the form it
    comes in ("type L copper tube": the trade says "the copper", "3/4 PEX")."""
    if len(words) > 1 and (
        words[-1] in _GENERIC_KINDS or words[-1] in _FORMS or _DEVICE.search(words[-2])
    ):
        return words[-2], words[-1]
    return (words[-1],)


def _words_of(description: str) -> list[str]:
    words = [
        w
        for w in (_normal(m.group()) for m in _WORD.finditer(description))
        if w not in _NOT_DISTINCTIVE
    ]
    # a filter's face without its depth: "16x25" of "16x25x1", as the trade says it
    faces = [
        w.rsplit("x", 1)[0] for w in words if w.count("x") == 2 and w.replace("x", "").isdigit()
    ]
    return words + [face for face in faces if face not in words]


def _compact(token: str) -> str:
    return "".join(_GROUPS.findall(token)).upper()


def _usable(identifier: str) -> bool:
    compact = "".join(_GROUPS.findall(identifier))
    return len(compact) >= _MIN_LENGTH and any(c.isdigit() for c in compact)


def _shape(identifier: str) -> str:
    """The identifier's letter and digit groups, each separator optional between them, a
    dash wrapped at a line's end too ("PMP-CIRC-\n015")."""
    return _SEPARATOR.join(re.escape(group) for group in _GROUPS.findall(identifier))
