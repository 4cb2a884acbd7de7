"""From proposed fields to facts: who asks, about which order, about which items.

Policy.md section 3, against the ERP. The confidence of an identified customer
comes from how it was matched; that of an order, a quantity and a reason from the
extractor; that of a SKU from the extractor and how the token matched the order's
items (extractors/claims/skus.py), which its evidence records among its checks.
"""

from dataclasses import dataclass, replace

from app.erp.port import CustomerMatch, ErpReader
from app.requests.claim_record import LineEvidence, line_evidence
from extractors.claims.refs import BARE_CHECK, RECONSTRUCTED
from extractors.claims.skus import (
    TRUSTED,
    Candidate,
    bound_by_item,
    match_sku,
    resolved_confidence,
)
from extractors.claims.tokens import find_skus, mask_spans
from extractors.claims.vocabulary import DESCRIBED_CHECK, OrderVocabulary
from extractors.fields import Proposed, ProposedFields, ProposedLine
from extractors.text import ocr_capped
from rules.facts import ClaimLine, Contract, LineConfidence, OrderFacts

# How sure a sender match makes us of the customer: an exact contact address is
# the customer; a shared domain almost always is (a subsidiary may share it).
NOT_AN_ITEM = 0.6  # an identifier neither on the order nor in the catalogue
NO_MATCH = "erp:no match"  # evidence checks: the identifier matched no line of the order,
NO_SUCH_ITEM = "erp:no such item"  # nor any item of the catalogue
MATCH_CONFIDENCE = {"contact": 1.0, "account": 1.0, "edi": 1.0, "domain": 0.95}
OWN_BARE_NUMBER = 0.9  # a bare number that is one of the sender's own orders, and the only one


@dataclass(frozen=True)
class Identified:
    """The facts of a request before the policy looks at it."""

    sender: CustomerMatch | None
    customer_id: str | None  # the request's customer: the sender's, else the order's
    customer_confidence: float
    order: OrderFacts | None
    order_confidence: float
    lines: tuple[ClaimLine, ...]
    contract: Contract
    evidence: tuple[LineEvidence, ...]  # per line: the evidence of each field
    notes: tuple[str, ...] = ()  # what the resolving set aside, for the person who reads it


def identify_sender(
    *, erp: ErpReader, sender: str | None, account_id: str | None, edi_sender: str | None = None
) -> CustomerMatch | None:
    """Policy 3.1: the submitting account, the EDI sender ID, else the sender's address."""
    if account_id and erp.customer_exists(account_id):
        return CustomerMatch(account_id, "account")
    if edi_sender:
        customer_id = erp.customer_by_edi_id(edi_sender)
        return CustomerMatch(customer_id, "edi") if customer_id else None
    if sender:
        return erp.customer_by_address(sender)
    return None


def order_vocabulary(
    *,
    erp: ErpReader,
    sender: CustomerMatch | None,
    refs: tuple[Proposed[str], ...],
    text: str = "",
) -> OrderVocabulary | None:
    """The identifiers of the order the request names (policy 3.2), to read its lines by:
    the order is found before the lines, as a clerk opens it before reading on. The text's
    identifiers that name no item of it nor of the catalogue go with it: they are no item
    anyone here knows (a hold number, a serial). Where no order is found, the items of the
    sender's latest orders stand in for it."""
    customer_id = sender.customer_id if sender else None
    order, _ = _find_order(erp, refs, customer_id)
    candidates = _candidates(erp, order, customer_id)
    if candidates is None:
        return None
    known = {candidate.sku for candidate in candidates}
    # line by line too: a unit read alone lacks the words before it ("Form\nWC-26")
    written = {
        token.value
        for piece in (text, *text.splitlines())
        for token in find_skus(piece, mask_spans(piece))
    }
    return OrderVocabulary(
        identifiers=tuple(i for c in candidates for i in (c.sku, *c.identifiers)),
        descriptions=tuple((c.sku, c.description) for c in candidates if c.description),
        owners=tuple((alias, c.sku) for c in candidates for alias in c.identifiers),
        counts=tuple(_held(order).items()) if order is not None else (),
        strays=frozenset(
            token
            for token in written
            if match_sku(token, candidates) is None and not erp.is_catalogued(token)
        ),
        history=order is None,
        others=tuple(
            (c.sku, c.description)
            for c in erp.catalogue_candidates()
            if c.description and c.sku not in known
        ),
    )


def _held(order: OrderFacts) -> dict[str, int]:
    """How many of each item the order holds: the most of it ordered or shipped."""
    held: dict[str, int] = {}
    counted = [(line.sku, line.quantity) for line in order.lines]
    counted += [(line.sku, line.quantity) for s in order.shipments for line in s.lines]
    for sku, quantity in counted:
        held[sku] = max(held.get(sku, 0), quantity)
    return held


def identify(*, erp: ErpReader, sender: CustomerMatch | None, fields: ProposedFields) -> Identified:
    """Resolve the order and the items of proposed fields against the ERP."""
    sender_id = sender.customer_id if sender else None
    order, order_confidence = _find_order(erp, fields.order_refs, sender_id)
    if sender is not None:
        customer_id, customer_confidence = sender_id, MATCH_CONFIDENCE[sender.how]
    elif order is not None:
        customer_id, customer_confidence = order.customer_id, order_confidence
    else:
        customer_id, customer_confidence = None, 0.0
    contract_owner = order.customer_id if order else customer_id
    candidates = _candidates(erp, order, sender_id)
    resolved = [
        bound_by_item(_not_an_item(_resolve_sku(line, candidates), candidates, erp))
        for line in fields.lines
    ]
    references = [line for line in resolved if _a_reference(line, resolved)]
    resolved = [line for line in resolved if line not in references]
    return Identified(
        sender=sender,
        customer_id=customer_id,
        customer_confidence=customer_confidence,
        order=order,
        order_confidence=order_confidence,
        lines=tuple(_claim_line(line) for line in resolved),
        contract=erp.contract(contract_owner) if contract_owner else Contract(),
        evidence=tuple(line_evidence(line) for line in resolved),
        notes=tuple(
            f"{line.sku.value} is no item of the order nor of the catalogue and no count is "
            f"claimed of it: read as a reference beside the {line.reason.value} lines"
            for line in references
            if line.sku is not None
        ),
    )


def _candidates(
    erp: ErpReader, order: OrderFacts | None, customer_id: str | None
) -> tuple[Candidate, ...] | None:
    """The items a request's identifiers are matched to: its order's; with no order found,
    those the customer buys, as a clerk with the account open reads the request while the
    notice asks for the order; with neither, none."""
    if order is not None:
        return erp.sku_candidates(order)
    return erp.customer_candidates(customer_id) if customer_id else None


def _find_order(
    erp: ErpReader, refs: tuple[Proposed[str], ...], customer_id: str | None
) -> tuple[OrderFacts | None, float]:
    """The order of the first reference that finds one (refs come best first), as sure as
    the surest reference that finds that same order: an order number read unsure off a
    scan is vouched for by a PO number typed in the mail when both name the one order. A
    reference that finds another order vouches for nothing."""
    for index, ref in enumerate(refs):
        bare = _is_bare(ref)
        if bare and customer_id is None:
            continue  # a bare number names an order only among the sender's own
        number = erp.find_order(ref.value, customer_id)
        if bare and number is not None and not _owned(erp, number, customer_id):
            continue
        if number is not None:
            # the only own order the bare numbers name, whichever reference found it first
            # ("Re: 24530" over a quoted "PO 24530")
            vouched = _the_only_own_order_named(erp, refs, number, customer_id) or (
                not bare and _written_own_order(erp, refs, ref, number, customer_id)
            )
            confidence = max(
                [max(OWN_BARE_NUMBER, ref.confidence) if vouched else ref.confidence]
                + [
                    other.confidence
                    for other in refs[index + 1 :]
                    if other.confidence > ref.confidence
                    and erp.find_order(other.value, customer_id) == number
                ]
            )
            return erp.order_facts(number), confidence
    return None, 0.0


def _the_only_own_order_named(
    erp: ErpReader, refs: tuple[Proposed[str], ...], number: str, customer_id: str | None
) -> bool:
    """Whether the bare numbers of a request name no order of the sender's but this one: a
    number a customer writes that is one of its own order numbers is that order, as a clerk
    with the account open reads "Re: 77812"; two such numbers leave the choice to a person."""
    return _own_orders_named(erp, [ref for ref in refs if _is_bare(ref)], customer_id) == {number}


def _written_own_order(
    erp: ErpReader,
    refs: tuple[Proposed[str], ...],
    ref: Proposed[str],
    number: str,
    customer_id: str | None,
) -> bool:
    """Whether a reference whose kind was told by a word ("invoice 88061", "PO number
    77812") finds one of the sender's own orders, and no reference of the request names
    another of the sender's: the account vouches for the word, as it does for a bare number
    of the sender's own."""
    if customer_id is None or ref.confidence < RECONSTRUCTED:
        return False
    return _own_orders_named(erp, list(refs), customer_id) == {number}


def _own_orders_named(
    erp: ErpReader, refs: list[Proposed[str]], customer_id: str | None
) -> set[str]:
    """The sender's own orders the references find."""
    return {
        found
        for ref in refs
        if (found := erp.find_order(ref.value, customer_id)) is not None
        and _owned(erp, found, customer_id)
    }


def _is_bare(ref: Proposed[str]) -> bool:
    """Whether a reference is a number written without its prefix ("Re: 24519")."""
    return ref.evidence is not None and BARE_CHECK in ref.evidence.checks


def _owned(erp: ErpReader, number: str, customer_id: str | None) -> bool:
    facts = erp.order_facts(number)
    return facts is not None and facts.customer_id == customer_id


def _resolve_sku(line: ProposedLine, candidates: tuple[Candidate, ...] | None) -> ProposedLine:
    """The line with its SKU token matched to an item of the order, or of the customer's
    latest orders where none was found (None: nor a customer)."""
    if line.sku is None or candidates is None:
        return line
    match = match_sku(line.sku.value, candidates)
    check = match.check if match else NO_MATCH
    evidence = line.sku.evidence
    # An item read from its description's words is the extractor's reading of the order
    # itself: naming an identifier of the order again is no further evidence of it.
    confidence = line.sku.confidence
    if not (evidence is not None and DESCRIBED_CHECK in evidence.checks):
        confidence = resolved_confidence(match, read=confidence)
    if evidence is not None:
        evidence = replace(evidence, checks=(*evidence.checks, check))
    sku = Proposed(
        value=match.sku if match else line.sku.value,
        # Matching may raise a token's confidence; OCR's doubt about it still bounds it.
        confidence=ocr_capped(confidence, evidence),
        evidence=evidence,
        alternatives=line.sku.alternatives,
    )
    return replace(line, sku=sku)


def _not_an_item(
    line: ProposedLine, candidates: tuple[Candidate, ...] | None, erp: ErpReader
) -> ProposedLine:
    """With the order open, an identifier that is no item of it nor of the catalogue is
    no SKU as far as anyone here knows: the customer's own item number, a serial, a form's
    or an incident's number. It stays on the line for a person to see (NOT_AN_ITEM), not
    trusted. Form fields (1.0: the customer typed the SKU) keep what they say."""
    sku = line.sku
    if candidates is None or sku is None or sku.confidence >= 1.0 or sku.evidence is None:
        return line
    if NO_MATCH not in sku.evidence.checks or erp.is_catalogued(sku.value):
        return line
    evidence = replace(sku.evidence, checks=(*sku.evidence.checks, NO_SUCH_ITEM))
    return replace(line, sku=replace(sku.capped(NOT_AN_ITEM), evidence=evidence))


def _a_reference(line: ProposedLine, lines: list[ProposedLine]) -> bool:
    """Whether a line is only an identifier beside the claim: no item of the order or the
    catalogue, no count, and items of the order claimed surely for the same reason (a
    service ticket's "AHU-3", a serial, an RFI number next to the pumps it is about)."""
    sku = line.sku
    if sku is None or line.quantity is not None or sku.evidence is None:
        return False
    if NO_SUCH_ITEM not in sku.evidence.checks:
        return False
    return any(
        other.sku is not None
        and other.reason.value == line.reason.value
        and other.sku.confidence >= TRUSTED
        for other in lines
    )


def _claim_line(line: ProposedLine) -> ClaimLine:
    return ClaimLine(
        sku=line.sku.value if line.sku else None,
        quantity=line.quantity.value if line.quantity else None,
        reason=line.reason.value,
        confidence=LineConfidence(
            sku=line.sku.confidence if line.sku else 0.0,
            quantity=line.quantity.confidence if line.quantity else 0.0,
            reason=line.reason.confidence,
        ),
    )
