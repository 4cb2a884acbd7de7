"""Claims read in the sixth round of issue 13: a shortage said by what was in the box,
and the count asked for it ("Need the other 4")."""

from extractors.claims.lexicon import find_reasons
from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

BALL_VALVES = OrderVocabulary(
    identifiers=("VLV-1005-BV", "FTG-PEX-CPL-050"),
    descriptions=(
        ("VLV-1005-BV", '1" full port ball valve, brass'),
        ("FTG-PEX-CPL-050", '1/2" PEX coupling, bag of 25'),
    ),
    counts=(("VLV-1005-BV", 24), ("FTG-PEX-CPL-050", 10)),
)
SHORT_BOX = 'the UPS boxes showed up Fri. Only 20 of the 24 1" ball valves were in there.'


def _line(text: str) -> tuple[str | None, int | None, float, ReasonCode]:
    (line,) = extract(mail(text), BALL_VALVES).lines
    quantity = line.quantity
    return (
        line.sku.value if line.sku else None,
        quantity.value if quantity else None,
        quantity.confidence if quantity else 0.0,
        line.reason.value,
    )


def test_fewer_in_the_box_than_were_sent_is_a_shortage() -> None:
    assert [(h.reason, h.strong) for h in find_reasons(SHORT_BOX)] == [(ReasonCode.SHORT, True)]
    assert find_reasons("12 of the 3/4 valves were installed") == []


def test_the_shortage_is_worked_out_not_the_count_that_came() -> None:
    # 20 came: claiming them would credit what arrived; 4 is worked out, a person confirms
    assert _line(SHORT_BOX) == ("VLV-1005-BV", 4, 0.8, ReasonCode.SHORT)


def test_the_count_asked_for_says_the_shortage_outright() -> None:
    text = SHORT_BOX + " Need the other 4 or a credit, whichever is faster."
    assert _line(text) == ("VLV-1005-BV", 4, 0.9, ReasonCode.SHORT)
