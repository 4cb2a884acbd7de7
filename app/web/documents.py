"""The request's documents beside the fields: the text with each field's source marked,
the pages as pictures with each field's words boxed, and the route serving those pictures.

The case page includes review/_documents.html with `documents`, a DocumentsView built by
documents_view from the request and the fields to highlight (claim_highlights gives
them from request.claim). Each field gets an anchor id ("ev-line-0-sku") on its mark
in the text and "<id>-box" on its box on the page, so the page can link to its source.

Document text is untrusted: it reaches the page only through autoescaped templates.
A request read before texts were kept (app.requests.text_store) has no text here; the
view says so rather than reading the documents again inside a page view (OCR can take
minutes, and a GET changes nothing).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import Response

from app.blobs import BlobStore
from app.http.deps import ContextDep, SessionDep
from app.logs import log
from app.requests.claim_record import ClaimRecord, EvidenceRecord
from app.requests.page_images import (
    PAGE_WIDTH,
    Geometry,
    PageImage,
    cached_page_png,
    page_geometry,
    pages_of,
)
from app.requests.tables import InboundRequest
from app.requests.text_store import StoredText, StoredTextError, stored_text_of
from app.web.deps import StaffUser, not_found
from extractors.documents.limits import Limits
from extractors.text import Segment

router = APIRouter(prefix="/review", include_in_schema=False)

PNG_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, max-age=86400",  # the same URL always draws the same page
    "Content-Security-Policy": "default-src 'none'",
}
TEXT_MISSING = (
    "The text of this request was not kept: it was read before documents were stored "
    "for review. Its fields are shown without their source; an administrator can read "
    "it again with `intake requests keep-text`."
)
_FIELD_LABELS = {"sku": "SKU", "quantity": "quantity", "reason": "reason"}
_PART_TITLES = {
    "subject": "Subject",
    "body": "Message",
    "quoted": "Quoted history",
    "signature": "Signature",
}


@dataclass(frozen=True)
class Highlight:
    """A field to show at its source: its anchor id, its label and its evidence."""

    id: str  # "ev-line-0-sku"
    label: str  # "line 1 · SKU"
    evidence: EvidenceRecord


@dataclass(frozen=True)
class Run:
    """A stretch of a segment's text: plain, or the source of one or more fields."""

    text: str
    fields: tuple[str, ...] = ()  # ids of the highlights it is part of
    labels: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()  # ids of the highlights whose span starts here


@dataclass(frozen=True)
class TextBlock:
    """One segment of the text: the subject, the message, quoted history, a file's page."""

    title: str
    runs: tuple[Run, ...]
    dimmed: bool = False  # quoted history and signatures: shown collapsed
    marked: bool = False  # some field was read here: shown open


@dataclass(frozen=True)
class Box:
    """A field's word on a page picture, in the picture's pixels."""

    field: str
    label: str
    x: int
    y: int
    width: int
    height: int
    anchor: str | None = None  # "<field>-box" on the field's first box


@dataclass(frozen=True)
class PageView:
    """A page picture with the boxes of the fields read from it."""

    number: int
    title: str
    url: str
    width: int
    height: int
    boxes: tuple[Box, ...] = ()


@dataclass(frozen=True)
class DocumentsView:
    """Everything the documents panel shows."""

    available: bool
    message: str | None = None  # why there is nothing to show
    sender: str | None = None
    subject: str | None = None
    sent: str | None = None
    blocks: tuple[TextBlock, ...] = ()
    pages: tuple[PageView, ...] = ()
    files: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    highlight: Highlight


def claim_highlights(claim: ClaimRecord) -> tuple[Highlight, ...]:
    """The fields of a claim record that have evidence, in page order."""
    found: list[Highlight] = []
    if claim.order_refs and claim.order_refs[0].evidence is not None:
        found.append(Highlight("ev-order", "order number", claim.order_refs[0].evidence))
    for index, line in enumerate(claim.lines):
        for name, label in _FIELD_LABELS.items():
            evidence = line.evidence.of(name)
            if evidence is not None:
                found.append(
                    Highlight(f"ev-line-{index}-{name}", f"line {index + 1} · {label}", evidence)
                )
    return tuple(found)


def documents_view(
    *,
    request: InboundRequest,
    blobs: BlobStore,
    limits: Limits,
    highlights: Sequence[Highlight],
) -> DocumentsView:
    """The panel of a request's documents with the fields' sources marked and boxed."""
    try:
        stored = stored_text_of(blobs=blobs, request=request)
    except (OSError, StoredTextError) as error:
        log.warning("web.documents.unreadable", request_id=request.id, error=str(error))
        stored = None
    if stored is None:
        return DocumentsView(available=False, message=TEXT_MISSING)
    spans = _spans(stored, highlights)
    email = stored.email
    return DocumentsView(
        available=True,
        sender=_sender(stored),
        subject=email.subject if email else None,
        sent=email.date.strftime("%Y-%m-%d %H:%M %Z").strip() if email and email.date else None,
        blocks=tuple(_block(stored.text, segment, spans) for segment in stored.segments),
        pages=_pages(request, stored, spans, blobs=blobs, limits=limits),
        files=tuple(attachment.filename for attachment in stored.attachments),
        problems=stored.problems,
    )


@router.get("/requests/{request_id}/pages/{number}.png")
def page_picture(
    request_id: str, number: int, _user: StaffUser, session: SessionDep, ctx: ContextDep
) -> Response:
    """A page of a request's documents, drawn here as a PNG (staff only)."""
    inbound = session.get(InboundRequest, request_id)
    try:
        stored = stored_text_of(blobs=ctx.blobs, request=inbound) if inbound else None
    except (OSError, StoredTextError):
        stored = None
    pages = pages_of(request=inbound, stored=stored) if inbound and stored else ()
    if not 1 <= number <= len(pages):
        raise not_found()
    png = cached_page_png(blobs=ctx.blobs, image=pages[number - 1], limits=ctx.limits)
    if png is None:
        log.warning("web.documents.page_not_drawn", request_id=request_id, page=number)
        raise not_found()
    return Response(png, media_type="image/png", headers=PNG_HEADERS)


def _spans(stored: StoredText, highlights: Iterable[Highlight]) -> list[_Span]:
    """Where each field's evidence is in the text; evidence that does not match is left out."""
    spans: list[_Span] = []
    for highlight in highlights:
        span = _span_of(stored, highlight)
        if span is not None:
            spans.append(span)
    return spans


def _span_of(stored: StoredText, highlight: Highlight) -> _Span | None:
    evidence = highlight.evidence
    start, end, quoted = evidence.start, evidence.end, evidence.quote
    if not quoted:
        return None
    if stored.text[start:end] == quoted:
        return _Span(start, end, highlight)
    # Offsets that do not hold the quote (a value the model moved): the quote in its segment.
    for segment in stored.segments:
        if segment.name == evidence.segment:
            found = stored.text.find(quoted, segment.start, segment.end)
            if found >= 0:
                return _Span(found, found + len(quoted), highlight)
    return None


def _block(text: str, segment: Segment, spans: Sequence[_Span]) -> TextBlock:
    """A segment's text cut into plain and marked runs."""
    inside = [s for s in spans if s.start < segment.end and s.end > segment.start]
    cuts = sorted(
        {segment.start, segment.end}
        | {min(max(edge, segment.start), segment.end) for s in inside for edge in (s.start, s.end)}
    )
    runs: list[Run] = []
    for left, right in pairwise(cuts):
        covering = [s for s in inside if s.start <= left and s.end >= right]
        runs.append(
            Run(
                text=text[left:right],
                fields=tuple(s.highlight.id for s in covering),
                labels=tuple(s.highlight.label for s in covering),
                anchors=tuple(
                    s.highlight.id for s in covering if max(s.start, segment.start) == left
                ),
            )
        )
    return TextBlock(
        title=_title(segment),
        runs=tuple(runs),
        dimmed=segment.quoted or segment.kind == "signature",
        marked=bool(inside),
    )


def _title(segment: Segment) -> str:
    """A segment's heading: "Subject", "Message", "claim.pdf, page 2 (read by OCR)"."""
    name = segment.name.removeprefix("attachment:").split("[", 1)[0]
    where, _, part = name.rpartition("/")
    if segment.page is not None:
        read = " (read by OCR)" if segment.kind == "ocr" else ""
        return f"{segment.source or name}, page {segment.page}{read}"
    if part in _PART_TITLES:
        return f"{where}: {_PART_TITLES[part].lower()}" if where else _PART_TITLES[part]
    return name


def _sender(stored: StoredText) -> str | None:
    email = stored.email
    if email is None or email.from_address is None:
        return None
    return f"{email.from_name} <{email.from_address}>" if email.from_name else email.from_address


def _pages(
    request: InboundRequest,
    stored: StoredText,
    spans: Sequence[_Span],
    *,
    blobs: BlobStore,
    limits: Limits,
) -> tuple[PageView, ...]:
    """The request's pages as pictures, each with the boxes of the fields read from it."""
    views: list[PageView] = []
    boxed: set[str] = set()
    for image in pages_of(request=request, stored=stored):
        try:
            data = blobs.get(image.sha256)
        except OSError:
            continue
        geometry = page_geometry(
            data, page=image.page, rotation=image.rotation, limits=limits, width=PAGE_WIDTH
        )
        if geometry is None:
            continue
        views.append(
            PageView(
                number=image.number,
                title=f"{image.source}, page {image.page}",
                url=f"/review/requests/{quote(request.id, safe='')}/pages/{image.number}.png",
                width=geometry.width,
                height=geometry.height,
                boxes=tuple(_boxes(stored, image, geometry, spans, boxed)),
            )
        )
    return tuple(views)


def _boxes(
    stored: StoredText,
    image: PageImage,
    geometry: Geometry,
    spans: Sequence[_Span],
    boxed: set[str],
) -> Iterable[Box]:
    """The boxes of the OCR words each field was read from, scaled to the picture."""
    for segment in stored.segments:
        if (segment.source, segment.page) != (image.source, image.page):
            continue
        for span in spans:
            if not (span.start < segment.end and span.end > segment.start):
                continue
            for left, top, width, height in _word_boxes(segment, span):
                field = span.highlight.id
                anchor = None if field in boxed else f"{field}-box"
                boxed.add(field)
                yield Box(
                    field=field,
                    label=span.highlight.label,
                    x=round(left * geometry.scale),
                    y=round(top * geometry.scale),
                    width=max(1, round(width * geometry.scale)),
                    height=max(1, round(height * geometry.scale)),
                    anchor=anchor,
                )


def _word_boxes(segment: Segment, span: _Span) -> list[tuple[int, int, int, int]]:
    """The boxes of a span's words; the evidence's own box where the words are not kept."""
    words = [w for w in segment.words if w.start < span.end and w.end > span.start]
    if words:
        return [(w.left, w.top, w.width, w.height) for w in words]
    box = span.highlight.evidence.box
    return [box] if box is not None else []
