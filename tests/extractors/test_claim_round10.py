"""Claims read in the tenth round of issue 13: a message asking after a claim made before,
a return asked about and not asked for, a claim someone already sent, and the keys of
return forms."""

import pytest

from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from extractors.fields import ProposedFields
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round8 import ORDER
from tests.extractors.test_offline import mail

SURE = 0.85


def _read(body: str) -> ProposedFields:
    return extract(mail(body, subject="Re: Your claim on SO-104241"), ORDER)


def _sure(fields: ProposedFields) -> list[tuple[str | None, int | None, ReasonCode]]:
    """The lines whose every value is sure enough to decide on."""
    return [
        (
            line.sku.value if line.sku else None,
            line.quantity.value if line.quantity else None,
            line.reason.value,
        )
        for line in fields.lines
        if min(
            line.sku.confidence if line.sku else 0.0,
            line.quantity.confidence if line.quantity else 0.0,
            line.reason.confidence,
        )
        >= SURE
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Hi, any word on the 1 dented VLV-3100-CK from PO 70288? It is still sitting in the"
        " boiler room. Do you want it back or is someone coming to look at it first?",
        "Checking on the 2 VLV-0750-PRV that arrived damaged, I emailed on the 16th."
        " Is it approved? Who picks them up?",
        "Following up on the debit memo below for the 2 VLV-0750-PRV that were short on"
        " INV-88180. Has the credit memo been issued yet? I need it to close out November.",
    ],
)
def test_a_message_asking_after_a_claim_made_before_is_no_claim(body: str) -> None:
    fields = _read(body)  # a status question (policy.md section 2), a reviewer may reopen it
    assert (fields.is_claim, fields.lines) == (False, ())
    assert fields.not_claim_reason == "claims_nothing_new"


def test_a_follow_up_that_asks_again_makes_its_claim_again() -> None:
    for body in (
        "Following up on my call with Jeff yesterday: 2 of the VLV-0750-PRV arrived damaged,"
        " the housings are cracked. Please put the credit through for the 2.",
        "Any update on this? 2 of the VLV-0750-PRV arrived damaged. Can we send those 2 back?",
    ):
        assert _sure(_read(body)) == [("VLV-0750-PRV", 2, ReasonCode.DAMAGED)]


@pytest.mark.parametrize(
    "body",
    [
        "Quick question before I plan anything: we have 6 of the VLV-0750-PRV left over from"
        " the school job. Can we return them for credit?",
        "We have the 1 VLV-3100-CK left over from the remodel. What is the restocking fee on"
        " it? Please don't set anything up yet.",
        "We have 6 VLV-0750-PRV left over, can we return them for credit? Not returning"
        " anything yet, just asking the fee.",
        "The 6 VLV-0750-PRV are left over from the job. Nothing to send back yet.",
    ],
)
def test_a_return_asked_about_and_not_asked_for_claims_nothing_for_sure(body: str) -> None:
    assert _sure(_read(body)) == []


def test_a_claim_someone_already_sent_is_not_made_again() -> None:
    body = (
        "The box with the HVC-FLT-1625-M11 filters got crushed, 2 of them are damaged."
        " Please credit us for the 2.\n\n"
        "(Mike already emailed you about the VLV-0750-PRV, 2 short not 4, so nothing else"
        " from me.)"
    )
    assert [line.reason.value for line in _read(body).lines] == [ReasonCode.DAMAGED]


def test_cancelling_this_return_takes_the_claim_back() -> None:
    body = "Please cancel this return: the 6 VLV-0750-PRV are not needed after all, we keep them."
    assert _sure(_read(body)) == []


def test_an_item_is_named_by_its_initials_where_no_other_item_goes_by_them() -> None:
    assert _sure(_read("also only 11 prvs came on the 2nd truck, slip says 12. 1 short")) == [
        ("VLV-0750-PRV", 1, ReasonCode.SHORT)
    ]
    # in capitals, the initials of the name alone ("RPZ" is no part of another's SKU here)
    order = OrderVocabulary(
        identifiers=("BFP-3000", "VLV-3100-CK"),
        descriptions=(
            ("BFP-3000", '3" reduced pressure zone backflow preventer assembly'),
            ("VLV-3100-CK", '3" cast iron swing check valve, flanged'),
        ),
    )
    (mention,) = order.mentioned("the RPZ failed its annual test")
    assert (mention.sku, mention.plain) == ("BFP-3000", True)
    # in lower case they are a word like another, unless the SKU spells them too
    assert order.mentioned("the rpz failed its annual test") == []
    # beside another item's words, the initials name their item too (round 26: "2 of the
    # ball valves leak … and 1 of the 4 prvs came cracked"); which of the two a reason is
    # of stays for a person
    said = "credit 4 check valves and the cracked PRV"
    assert [m.sku for m in ORDER.mentioned(said)] == ["VLV-3100-CK", "VLV-0750-PRV"]
    assert _sure(_read(said)) == []


def test_a_count_of_a_rate_or_an_address_is_no_count_of_the_goods() -> None:
    text = (
        "We ordered 12 of the VLV-0750-PRV. The engineer went with one master VLV-0750-PRV per"
        " floor, so we only need 8. Please return the other 4, still boxed."
    )
    assert _sure(_read(text)) == [("VLV-0750-PRV", 4, ReasonCode.NOT_NEEDED)]
    text = (
        "1 PRV doesn't regulate, it creeps to full pressure. The bad VLV-0750-PRV is at our shop,"
        " 402 Mill Rd."
    )
    assert [line.quantity and line.quantity.value for line in _read(text).lines] == [1]


def test_items_gone_back_or_kept_claim_nothing_and_do_not_cut_the_claim() -> None:
    text = (
        "dont need the 2 VLV-3100-CK check valves, can we send them back? the 2 bad"
        " VLV-0750-PRV from that order already went back with Tom last week."
    )
    assert [line.sku and line.sku.value for line in _read(text).lines] == ["VLV-3100-CK"]
    table = (
        "We don't need the check valves on PO-24415 anymore.\n"
        "The BFP-RPZ-300-SO from that order is installed and staying. From our job cost system:\n\n"
        "job,po,item,desc,qty_recd,qty_installed,qty_return\n"
        "FV-2611,PO-24415,BFP-RPZ-300-SO,3in RPZ assembly,1,1,0\n"
        "FV-2611,PO-24415,VLV-3100-CK,3in CI swing check flgd,2,0,2\n\n"
        "Both check valves are still crated. Please send an RMA."
    )
    assert [
        (line.sku and line.sku.value, line.quantity and line.quantity.value)
        for line in _read(table).lines
    ] == [("VLV-3100-CK", 2)]


def test_what_someone_thought_and_goods_said_to_be_here_claim_nothing() -> None:
    text = (
        "Only the PRVs are a claim: 2 of the 4 VLV-0750-PRV have the gauge port snapped off,"
        " please credit those 2.\n\n"
        "The HVC-FLT-1625-M11 filters Jimmy thought were short were in the van, all 10 are here."
    )
    assert [(line.sku and line.sku.value, line.reason.value) for line in _read(text).lines] == [
        ("VLV-0750-PRV", ReasonCode.DAMAGED)
    ]


FORWARD = (
    "Hello,\n\n"
    "Please set up a return for the VLV-0750-PRV valves on SO-104226, they are not needed."
    " {said}\n\n"
    "Tom Morales\n"
    "P 215-555-0143 x214\n\n"
    "---------- Forwarded message ---------\n"
    "From: Bich Nguyen <bnguyen@keystonemech.com>\n"
    "Date: Tue, Nov 17, 2026 at 11:31 AM\n"
    "Subject: leftovers\n\n"
    "Tom, we have 8 of the VLV-0750-PRV left, never opened. Can you send them back?\n"
)


def test_a_forwarded_count_the_newest_author_may_have_changed_is_for_a_person() -> None:
    # the author's own count went unread ("so 6 to return" beside other numbers): the 8
    # below may be what the author changed, and approving it credited 2 too many
    changed = _read(FORWARD.format(said="She is keeping 2 for the punch list, so 6 to return."))
    assert _sure(changed) == []
    # an author who gives no number leaves the forwarded count to stand (the phone
    # number's extension is no count)
    assert _sure(_read(FORWARD.format(said="See Bich's note below."))) == [
        ("VLV-0750-PRV", 8, ReasonCode.NOT_NEEDED)
    ]


REPLY = (
    "Hi,\n\nThanks for the quick turnaround on the gate valves.\n\n"
    "{said} 2 of the VLV-0750-PRV leak at the bonnet. Please credit those 2.\n\n"
    "Tom\n\n"
    "-----Original Message-----\n"
    "From: Tri-State Supply Returns <returns@distributor.example>\n"
    "Sent: Tuesday, November 10, 2026 11:40 AM\n"
    "To: Tom Morales <tmorales@keystonemech.com>\n"
    "Subject: Your request - approved\n\n"
    "Your request on order SO-104235 (PO-77830) is approved.\n"
)


def test_an_order_named_only_in_the_message_replied_to_is_read_off_it() -> None:
    def refs(said: str) -> list[tuple[str, float]]:
        doc = mail(REPLY.format(said=said), subject="RE: Your request - approved")
        return [(ref.value, ref.confidence) for ref in extract(doc).order_refs]

    # the author points to it: as sure as it is written there
    assert refs("One more on the same order:")[0] == ("SO-104235", 0.95)
    # the author does not: for a person to confirm (before, no order and NEEDS_INFO)
    assert refs("Also:")[0] == ("SO-104235", 0.8)
    # an order the author names stands over the quoted one
    assert refs("On SO-104233:")[0][0] == "SO-104233"


PUMPS = OrderVocabulary(
    identifiers=("HVC-CND-PUMP", "PMP-CIRC-015"),
    descriptions=(
        ("HVC-CND-PUMP", "condensate removal pump, 115 V, with safety switch"),
        ("PMP-CIRC-015", "1/25 HP cast iron circulator pump, 115 V"),
    ),
    counts=(("HVC-CND-PUMP", 8), ("PMP-CIRC-015", 4)),
)


def test_one_word_of_an_item_after_the_count_the_order_holds_names_it() -> None:
    (mention,) = PUMPS.mentioned("one of the 4 circulators is faulty")
    assert (mention.sku, mention.plain) == ("PMP-CIRC-015", True)
    text = "Thanks for the credit on the pumps. One of the 4 circulators is faulty."
    (line,) = extract(mail(text), PUMPS).lines
    assert line.sku is not None
    assert line.quantity is not None
    assert (line.sku.value, line.sku.confidence, line.quantity.value) == ("PMP-CIRC-015", 0.86, 1)
    # one word alone is still no name, nor is it with a count the order does not hold
    assert PUMPS.mentioned("the circulators trip") == []
    assert PUMPS.mentioned("one of the 3 circulators trips") == []
    # a count not after "of" is the claim's own ("return all 4 circulators")
    assert PUMPS.mentioned("please return all 4 circulators") == []
