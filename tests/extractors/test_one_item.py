"""A message that names one item of the order and nothing else is about that item."""

from extractors.claims.offline import extract
from extractors.claims.one_item import ONE_ITEM
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_offline import mail

ORDER = OrderVocabulary(
    identifiers=("VLV-0750-PRV", "FTG-CU-E90-100", "KM-88340"),
    descriptions=(
        ("VLV-0750-PRV", '3/4" water pressure reducing valve, 25-75 psi'),
        ("FTG-CU-E90-100", '1" wrot copper 90 deg elbow, C x C'),
    ),
    owners=(("KM-88340", "VLV-0750-PRV"),),
    counts=(("VLV-0750-PRV", 6), ("FTG-CU-E90-100", 250)),
)
# the item is named in the first paragraph, the reason only in the last
PRVS = (
    "{more}the pressure reducing valves from the Oak Terrace order, two of them\n"
    "no work right. we set them at 55 psi and overnight the house goes up to 120 psi.\n"
    "the other four are fine.\n\nthey are defective, can you send 2 new or credit."
)


def _only_line(text: str) -> tuple[str | None, float, ReasonCode]:
    (line,) = extract(mail(text), ORDER).lines
    return (line.sku.value if line.sku else None, line.sku.confidence if line.sku else 0.0,
            line.reason.value)  # fmt: skip


def test_the_reason_said_apart_is_of_the_one_item_the_message_names() -> None:
    assert _only_line(PRVS.format(more="")) == ("VLV-0750-PRV", ONE_ITEM, ReasonCode.DEFECTIVE)


def test_the_one_item_may_be_named_by_the_customers_part_number() -> None:
    text = (
        "Two of the KM-88340 creep past their setting. We set them at 55 psi and an hour\n"
        "later they're at 90. The other 10 are fine.\n\nBoth are pulled and tagged as defective."
    )
    sku, confidence, _ = _only_line(text)
    assert (sku, confidence) == ("KM-88340", ONE_ITEM)


def test_a_message_that_names_another_item_too_leaves_it_to_a_person() -> None:
    # the elbows may be what is defective: which item, a person decides
    _, confidence, _ = _only_line(PRVS.format(more="the copper elbows came Monday.\n\n"))
    assert confidence < ONE_ITEM


def test_an_item_said_to_be_fine_or_kept_is_not_what_the_message_is_about() -> None:
    for more in ("the copper elbows came fine.\n\n", "We're keeping the copper elbows.\n\n"):
        sku, confidence, _ = _only_line(PRVS.format(more=more))
        assert (sku, confidence) == ("VLV-0750-PRV", ONE_ITEM)


def test_an_identifier_not_on_the_order_leaves_it_to_a_person() -> None:
    sku, confidence, _ = _only_line(PRVS.format(more="the VLV-3100-CK is back in stock.\n\n"))
    assert sku is None or confidence < ONE_ITEM


def test_an_item_read_loosely_beside_the_reason_is_sure_when_nothing_else_is_named() -> None:
    # "3/4 reducing ones" names the valves without their kind; the subject names them plainly
    text = "One of the 3/4 reducing ones we got has failed: the seat is cut. Please credit it."
    (line,) = extract(mail(text, subject="Re: 3/4 pressure reducing valve"), ORDER).lines
    assert line.sku is not None
    assert (line.sku.value, line.sku.confidence) == ("VLV-0750-PRV", ONE_ITEM)


def test_an_item_said_apart_from_this_claim_is_not_the_one_it_is_about() -> None:
    text = PRVS.format(more="The pressure reducing valve Tom wrote about is a separate claim.\n\n")
    sku, confidence, _ = _only_line(text)
    assert sku is None or confidence < ONE_ITEM


def test_a_message_that_takes_back_its_claim_is_none_however_plainly_it_names_it() -> None:
    text = (
        "I left you a voicemail about a missing pressure reducing valve on this order.\n"
        "Disregard it, we found it behind the heaters. Nothing missing."
    )
    fields = extract(mail(text), ORDER)
    assert (fields.is_claim, fields.not_claim_reason) == (False, "claims_nothing_new")


def test_the_one_count_a_one_item_message_gives_of_the_items_is_its_count() -> None:
    text = (
        "The owner cut the second floor, so the 3/4 pressure reducing valves on our PO are\n"
        "no longer needed. We have 4 of them in the gang box, unopened.\n\n"
        "Please take them back for credit."
    )
    (line,) = extract(mail(text), ORDER).lines
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (4, 0.85)


def test_counts_of_the_one_item_that_disagree_give_it_no_count() -> None:
    text = (
        "The owner cut the second floor, so the 3/4 pressure reducing valves on our PO are\n"
        "no longer needed. We have 4 of them in the gang box, 3 of them unopened.\n\n"
        "Please take them back for credit."
    )
    (line,) = extract(mail(text), ORDER).lines
    assert line.quantity is None or line.quantity.confidence < 0.85


def test_a_carton_of_pieces_claims_the_pieces_for_a_person_to_confirm() -> None:
    text = '1" COPPER 90 ELBOWS - ONE CARTON OF 25 CRUSHED, FITTINGS FLATTENED, NO GOOD.'
    (line,) = extract(mail(text), ORDER).lines
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (25, 0.8)


def test_a_forwarded_claim_the_forwarder_speaks_of_otherwise_is_for_a_person() -> None:
    text = (
        "We need a credit for the 1 pressure reducing valve VLV-0750-PRV that came in\n"
        "damaged. Tom already took the extra elbows back to your branch, so that part is done.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Tom Finnegan <tom@riverbendph.com>\n"
        "Subject: bad PRV + extra elbows\n\n"
        "- 1 of the 4 pressure reducing valves (VLV-0750-PRV) has the housing cracked.\n"
        '- 1" copper elbows: overshipped, we ordered 250 and 300 came, 50 extra.\n'
    )
    lines = extract(mail(text), ORDER).lines
    elbows = [line for line in lines if line.sku and line.sku.value == "FTG-CU-E90-100"]
    assert elbows
    assert all(line.reason.confidence < 0.85 for line in elbows)
    prv = [line for line in lines if line.sku and line.sku.value == "VLV-0750-PRV"]
    assert prv
    assert prv[0].reason.confidence >= 0.85


def test_an_item_sold_by_the_foot_is_counted_in_feet_not_in_pieces() -> None:
    pipe = OrderVocabulary(
        identifiers=("PIP-BI-200-CTL",),
        descriptions=(("PIP-BI-200-CTL", '2" black steel pipe, Sch 40, cut to length (per ft)'),),
        counts=(("PIP-BI-200-CTL", 120),),
    )
    text = (
        "The job is finish and we have 36 feet of the 2 inch black steel pipe left over\n"
        "(4 pieces of 9 ft). We dont need it anymore, is possible to return it for credit?"
    )
    (line,) = extract(mail(text), pipe).lines
    assert line.quantity is not None
    assert (line.quantity.value, line.quantity.confidence) == (36, 0.85)
