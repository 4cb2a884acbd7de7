"""Round 22 of issue 13: counts in words and counts denied ("held 9 bags, not the 10"),
what a sentence points back at ("that roll", the same count again), items named by their
number in the plural ("merv 11s"), all the packs the order holds, a paragraph typed as one
line, rows of a list whose columns closed up, a form's key under its label alone, a reason
under a sheet of one item by its kind, replies that answer a question about a claim, and an
item named as the place something was found."""

from extractors.claims.offline import extract
from extractors.claims.vocabulary import OrderVocabulary
from rules.vocabulary import ReasonCode
from tests.extractors.test_claim_round16 import STORE
from tests.extractors.test_claim_round20 import COPPER, PUMPS
from tests.extractors.test_claim_round21 import _sure as _sure_as_read
from tests.extractors.test_offline import mail

DAMAGED, SHORT, WRONG = ReasonCode.DAMAGED, ReasonCode.SHORT, ReasonCode.WRONG_ITEM
NOT_NEEDED, DEFECTIVE, OVER = ReasonCode.NOT_NEEDED, ReasonCode.DEFECTIVE, ReasonCode.OVERSHIPPED

PEX = OrderVocabulary(
    identifiers=("PIP-PEX-075-300", "FTG-PEX-CPL-050", "VLV-1005-BV"),
    descriptions=(
        ("PIP-PEX-075-300", '3/4" PEX-A tubing, 300 ft coil'),
        ("FTG-PEX-CPL-050", '1/2" PEX brass crimp coupling, bag of 25'),
        ("VLV-1005-BV", '1" brass ball valve, full port, threaded'),
    ),
    counts=(("PIP-PEX-075-300", 4), ("FTG-PEX-CPL-050", 10), ("VLV-1005-BV", 24)),
)


def _sure(body: str, vocabulary: OrderVocabulary) -> list[tuple[str | None, int | None, str]]:
    """The lines read with every value at the policy's 0.85 or above, in order."""
    return sorted(_sure_as_read(body, vocabulary))


def test_extra_goods_counted_in_words_came_over_the_order() -> None:
    body = (
        "Thanks for the quick answer. One more thing from that delivery: three extra condensate "
        "pumps arrived, all still sealed in their boxes."
    )
    assert _sure(body, PUMPS) == [("HVC-CND-PUMP", 3, OVER)]


def test_a_count_of_what_came_against_the_whole_it_denies() -> None:
    short = "1/2 PEX crimp couplings - the case held 9 bags, not the 10 on your invoice."
    assert _sure(short, PEX) == [("FTG-PEX-CPL-050", 1, SHORT)]
    over = "The condensate pumps: when we opened the pallet there were 13, not 10."
    assert _sure(over, PUMPS) == [("HVC-CND-PUMP", 3, OVER)]


def test_what_holds_the_item_pointed_at_names_it_again() -> None:
    body = (
        "One of the 3/4 PEX-A coils has a forklift hole through the carton and the tubing. "
        "The outer 50 ft is useless and we won't risk the rest. Please count that roll as "
        "damaged."
    )
    assert _sure(body, PEX) == [("PIP-PEX-075-300", 1, DAMAGED)]


def test_the_same_count_said_again_names_the_item_again() -> None:
    body = (
        '- 1" brass ball valves - three of them weep at the packing nut once the line is charged.\n'
        "Tightening the packing does nothing. They are defective, we took out all three."
    )
    assert _sure(body, COPPER) == [("VLV-1005-BV", 3, DEFECTIVE)]


def test_a_pronoun_after_a_sentence_between_stays_unsure_without_its_count() -> None:
    # the reason's sentence says no count of its own: which "they" it is stays a guess (the
    # first sentence says nothing wrong: "weep" would say it, round 24)
    body = (
        '- 1" brass ball valves - three of them went in on the boiler loop once it was charged.\n'
        "Tightening the packing does nothing. They are defective."
    )
    assert _sure(body, COPPER) == []


def test_an_item_named_by_its_number_in_the_plural() -> None:
    body = "hi, 3 cases of the 16x25 merv 11s are still here unopened. we dont need them"
    assert _sure(body, STORE) == [("HVC-FLT-1625-M11", 3, NOT_NEEDED)]


def test_all_the_packs_the_order_holds_are_all_of_it() -> None:
    body = (
        "The MERV 11 filters came in 20x20x1, not the 16x25x1 we ordered. All eight cases, "
        "each label says 20x20. Please exchange them."
    )
    assert _sure(body, STORE) == [("HVC-FLT-1625-M11", 8, WRONG)]


def test_all_the_packs_stay_unsure_where_the_order_holds_more() -> None:
    body = (
        "The MERV 11 filters came in 20x20x1, not the 16x25x1 we ordered. All six cases, "
        "each label says 20x20. Please exchange them."
    )
    assert _sure(body, STORE) == []


def test_more_than_the_order_is_an_overage() -> None:
    body = (
        'The 1" copper elbows, we order 150 and in the shop we count 160, so 10 more than the '
        "order."
    )
    assert _sure(body, COPPER) == [("FTG-CU-E90-100", 10, OVER)]


def test_a_paragraph_typed_as_one_line_ends_where_the_line_ends() -> None:
    body = (
        "hi its dave from the shop. the 3/4 pex a came friday, we got 5 coils of it and the po "
        "says 4 so theres one extra, come get it whenever\n"
        "also the box of 1 inch ball valves got crushed and 2 of them have the handles broken off\n"
        "thx"
    )
    assert _sure(body, PEX) == [("PIP-PEX-075-300", 1, OVER), ("VLV-1005-BV", 2, DAMAGED)]


def test_rows_of_a_list_whose_columns_closed_up_are_read_apart() -> None:
    body = (
        "Exception sheet from the job:\n\n"
        "Item no. Description Qty Problem\n"
        "PIP-CU-L-100-20 1in type L copper 20ft 2 DAMAGED - ends crushed flat\n"
        "VLV-1005-BV 1in ball valve threaded 3 WRONG ITEM - we need sweat\n"
    )
    assert _sure(body, COPPER) == [("PIP-CU-L-100-20", 2, DAMAGED), ("VLV-1005-BV", 3, WRONG)]


def test_a_key_of_codes_under_its_label_alone_on_its_line() -> None:
    body = (
        "Our return request for two items, see below.\n\n"
        "Item              Description              Qty    Code    Explanation\n"
        "VLV-1005-BV       1in ball valve             2    DEF     Handle stem leaks\n"
        "VLV-2210-BR       2in gate valve             1    WRG     Came 2-1/2in\n\n"
        "Codes\n"
        "DMG damaged in transit   DEF defective / failed   WRG wrong item received   SHT short\n"
    )
    assert _sure(body, COPPER) == [("VLV-1005-BV", 2, DEFECTIVE), ("VLV-2210-BR", 1, WRONG)]


def test_a_sheet_whose_counts_work_out_what_its_status_claims() -> None:
    body = (
        "Our receiving export for that delivery:\n\n"
        "Item,Vendor Part,Description,Qty Expected,Qty Counted,Status\n"
        "KM-1,FTG-CU-E90-100,1in CU 90 ELL,150,138,SHORT\n"
        "KM-2,VLV-1005-BV,1in ball valve,12,12,OK\n"
    )
    assert _sure(body, COPPER) == [("FTG-CU-E90-100", 12, SHORT)]


def test_a_share_of_an_items_words_is_the_same_in_any_order() -> None:
    # summed in another order a share right at a bound read differently from one process
    # to the next (a set's order follows the process's hash seed)
    from extractors.claims.vocabulary import _share

    weights = {"a": 0.1, "b": 0.2, "c": 0.3}
    reordered = dict(reversed(list(weights.items())))
    assert _share(weights, {"a", "c"}) == _share(reordered, {"a", "c"})


def test_a_count_of_places_counts_no_goods() -> None:
    body = (
        "Our receiving log is below.\n\n"
        "The crushed PEX coil is kinked in three places and cannot be used.\n\n"
        "Item,Description,Ordered,Received,Condition,Notes\n"
        "PIP-PEX-075-300,3/4 PEX-A coil,4,4,Damaged,1 coil crushed by the forklift\n"
    )
    assert _sure(body, PEX) == [("PIP-PEX-075-300", 1, DAMAGED)]


def test_a_whole_denied_in_words_and_a_count_corrected() -> None:
    # the order holds ten pumps: the whole denied is the order's own count
    over = "Receiving says the crate held twelve condensate pumps, not ten. We only ordered ten."
    assert _sure(over, PUMPS) == [("HVC-CND-PUMP", 2, OVER)]
    # a count put right is no whole: "we got 220 … the shortage is 30, not 25"
    short = (
        'Recount of the 1" copper elbows: we got 220 of them and the shortage is 30, not 25. '
        "Please make the shortage 30."
    )
    assert _sure(short, COPPER) == [("FTG-CU-E90-100", 30, SHORT)]


_ASKED_HOW_MANY = (
    "-----Original Message-----\n"
    "From: Returns Desk <returns@distributor.example>\n"
    "Sent: Monday, November 9, 2026 10:02 AM\n"
    "Subject: RE: cracked valves\n\n"
    "Thanks for letting us know. How many of the ball valves arrived cracked?\n\n"
    "-----Original Message-----\n"
    "From: Dana Ruiz <ap@keystonemech.com>\n"
    "Sent: Monday, November 9, 2026 8:15 AM\n\n"
    "Some of the 3/4 ball valves from our last delivery came in cracked.\n"
)


def test_a_reply_that_answers_our_question_opens_the_claim_for_a_person() -> None:
    fields = extract(mail("Four of them.\n\nDana\n\n" + _ASKED_HOW_MANY), STORE)
    assert fields.is_claim
    [line] = fields.lines
    assert line.sku is not None
    assert line.sku.value == "VLV-0075-BV"
    assert line.quantity is not None
    assert line.quantity.value == 4
    assert line.reason.value == DAMAGED
    # whose words said what is read across the thread: a person confirms every value
    assert max(line.sku.confidence, line.quantity.confidence, line.reason.confidence) < 0.85


def test_a_reply_that_asks_back_or_answers_nothing_claims_nothing_new() -> None:
    asks = "Which 2 valves do you mean? I thought they were all fine.\n\n" + _ASKED_HOW_MANY
    assert not extract(mail(asks), STORE).is_claim
    thanks = "Thanks, we will count them tomorrow.\n\n" + _ASKED_HOW_MANY
    assert not extract(mail(thanks), STORE).is_claim


def test_a_reason_under_a_sheet_of_one_item_by_its_kind_is_not_the_other_rows() -> None:
    body = (
        "Work order from building C, page 2 has the thermostat.\n\n"
        "Part no.            Qty    Source        Work done\n"
        "TST-2100-NP           1    PO-70231      Dead out of the box - defective\n"
        "HVC-FLT-1625-M11      2    PO-70231      Filters changed in 3C and 3D\n"
        "HVC-CND-PUMP          1    PO-70231      Pump mounted under the air handler\n\n"
        "Defective thermostat bagged and tagged for return to the supplier.\n"
    )
    lines = extract(mail(body), PUMPS).lines
    assert [(line.sku.value if line.sku else None, line.reason.value) for line in lines] == [
        ("TST-2100-NP", DEFECTIVE)
    ]


def test_an_item_named_as_a_place_it_was_found_is_where_not_what() -> None:
    # found once heldout48 was spent: the ball valves were approved as short by one
    body = (
        "update on the couplings: 1 bag short, not 2. one bag turned up at the bottom of the "
        "ball valve box yesterday. so we have 9 of the 10 now"
    )
    assert all(sku != "VLV-1005-BV" for sku, _, _ in _sure(body, PEX))
    crushed = "The ball valve box was crushed on the truck and 3 of the valves are cracked."
    assert _sure(crushed, PEX) == [("VLV-1005-BV", 3, DAMAGED)]
