"""The documents panel: page pictures for staff only, fields marked and boxed at their source."""

import io
import re
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from app.context import Context
from app.db import transaction
from app.requests.claim_record import EvidenceRecord
from app.requests.page_images import PAGE_WIDTH, cached_page_png, page_geometry, pages_of
from app.requests.tables import InboundRequest
from app.requests.text_store import TEXT_KEY, StoredText, stored_text_of
from app.web.documents import (
    TEXT_MISSING,
    DocumentsView,
    Highlight,
    claim_highlights,
    documents_view,
)
from app.web.pages import TEMPLATES
from tests.app.helpers import intake, json_lines
from tests.conftest import SAMPLES
from tests.web.helpers import add_user, sign_in

DOCUMENTS = SAMPLES / "documents"
UPLOAD = ("process", "--json", "--customer", "C-1001", "--received-at", "2026-11-07")
SKU = "VLV-2210-BR"


def _process(cli_env: dict[str, str], *args: str) -> str:
    [line] = json_lines(intake(cli_env, *args))
    return str(line["request_id"])


def _request(ctx: Context, request_id: str) -> InboundRequest:
    with transaction(ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        session.expunge(request)
        return request


def _stored(ctx: Context, request: InboundRequest) -> StoredText:
    stored = stored_text_of(blobs=ctx.blobs, request=request)
    assert stored is not None
    return stored


def _view(ctx: Context, request: InboundRequest, highlights: list[Highlight]) -> DocumentsView:
    return documents_view(
        request=request, blobs=ctx.blobs, limits=ctx.limits, highlights=highlights
    )


def _html(view: DocumentsView) -> str:
    return TEMPLATES.env.get_template("review/_documents.html").render(documents=view)


def _mark(html: str, anchor: str) -> str:
    """The text inside the mark that carries an anchor id."""
    match = re.search(rf'<mark id="{anchor}"[^>]*>([^<]*)</mark>', html)
    assert match, f"no mark {anchor}"
    return match.group(1)


def _rect(html: str, anchor: str) -> tuple[int, int, int, int]:
    match = re.search(
        rf'<rect [^>]*id="{anchor}" x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"', html
    )
    assert match, f"no box {anchor}"
    x, y, width, height = (int(value) for value in match.groups())
    return x, y, width, height


@pytest.fixture
def scan_id(erp_ctx: Context, cli_env: dict[str, str]) -> str:
    """A scanned packing slip (a PDF of one JPEG page), read by OCR."""
    return _process(cli_env, *UPLOAD, str(DOCUMENTS / "packing-slip-scan.pdf"))


def test_staff_get_a_png_of_a_scanned_page_drawn_once(
    client: TestClient, erp_ctx: Context, scan_id: str
) -> None:
    add_user(erp_ctx, "rev@distributor.example", role="reviewer")
    assert sign_in(client, "rev@distributor.example").status_code == 303
    answer = client.get(f"/review/requests/{scan_id}/pages/1.png")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "image/png"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["cache-control"].startswith("private")
    with Image.open(io.BytesIO(answer.content)) as picture:
        assert (picture.format, picture.width) == ("PNG", PAGE_WIDTH)
        assert picture.height > picture.width  # a letter page, upright
    cached = [p for p in (erp_ctx.blobs.root / "pages").rglob("*") if p.is_file()]
    assert len(cached) == 1
    assert client.get(f"/review/requests/{scan_id}/pages/1.png").content == answer.content
    assert client.get(f"/review/requests/{scan_id}/pages/2.png").status_code == 404
    assert client.get("/review/requests/req_nothing/pages/1.png").status_code == 404


def test_a_customer_and_an_anonymous_user_get_no_page(
    client: TestClient, erp_ctx: Context, scan_id: str
) -> None:
    url = f"/review/requests/{scan_id}/pages/1.png"
    anonymous = client.get(url, follow_redirects=False)
    assert anonymous.status_code == 303
    assert anonymous.headers["location"].startswith("/login")
    add_user(erp_ctx, "ap@keystonemech.com", role="customer", customer="C-1001")
    assert sign_in(client, "ap@keystonemech.com").status_code == 303
    refused = client.get(url)
    assert refused.status_code == 403
    assert not refused.content.startswith(b"\x89PNG")


def test_an_ocr_field_is_marked_in_the_text_and_boxed_on_its_words(
    erp_ctx: Context, scan_id: str
) -> None:
    request = _request(erp_ctx, scan_id)
    stored = _stored(erp_ctx, request)
    start = stored.text.index(SKU)
    evidence = EvidenceRecord(
        segment="attachment:packing-slip-scan.pdf",
        start=start,
        end=start + len(SKU),
        quote=SKU,
        page=1,
    )
    html = _html(_view(erp_ctx, request, [Highlight("ev-line-0-sku", "line 1 · SKU", evidence)]))
    assert _mark(html, "ev-line-0-sku") == SKU
    x, y, width, height = _rect(html, "ev-line-0-sku-box")
    # The box lies on the word as OCR placed it on the page...
    [image] = pages_of(request=request, stored=stored)
    data = erp_ctx.blobs.get(image.sha256)
    geometry = page_geometry(data, page=1, rotation=image.rotation, limits=erp_ctx.limits)
    assert geometry is not None
    [word] = [w for s in stored.segments for w in s.words if stored.text[w.start : w.end] == SKU]
    left, top = word.left * geometry.scale, word.top * geometry.scale
    assert left < x + width
    assert x < left + word.width * geometry.scale
    assert top < y + height
    assert y < top + word.height * geometry.scale
    # ...and on ink in the picture served, not on blank paper.
    png = cached_page_png(blobs=erp_ctx.blobs, image=image, limits=erp_ctx.limits)
    assert png is not None
    with Image.open(io.BytesIO(png)) as picture:
        inside = picture.convert("L").crop((x, y, x + width, y + height))
        blank = picture.convert("L").crop((x, picture.height - 60, x + width, picture.height - 40))
        darkest, paper = inside.getextrema()[0], blank.getextrema()[0]
        assert darkest < 100
        assert paper > darkest + 60


def test_the_fields_of_a_processed_claim_are_marked_on_their_source(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    request_id = _process(cli_env, "process", "--json", str(DOCUMENTS / "claim-email-with-pdf.eml"))
    request = _request(erp_ctx, request_id)
    highlights = claim_highlights(request.claim)
    assert "ev-line-0-sku" in [h.id for h in highlights]
    view = _view(erp_ctx, request, list(highlights))
    html = _html(view)
    assert _mark(html, "ev-line-0-sku") == SKU
    assert view.sender == "Dana Ruiz <ap@keystonemech.com>"
    assert [page.title for page in view.pages] == ["claim-form.pdf, page 1"]
    assert f'src="/review/requests/{request_id}/pages/1.png"' in html


def test_hostile_text_is_shown_escaped_and_quoted_history_folded(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    message = EmailMessage()
    message["From"] = "Dana Ruiz <ap@keystonemech.com>"
    message["To"] = "returns@distributor.example"
    message["Subject"] = 'SO-104233 <img src=x onerror="alert(1)">'
    message["Date"] = "Sat, 07 Nov 2026 09:42:17 -0500"
    message["Message-ID"] = "<hostile@keystonemech.com>"
    message.set_content(
        "Order SO-104233: 2 units of VLV-2210-BR arrived damaged.\n"
        "<script>alert('x')</script>\n\n"
        "On Fri, Nov 6, 2026, Returns wrote:\n"
        "> We are sorry to hear that.\n"
        "> Which order was it?\n"
    )
    path = tmp_path / "hostile.eml"
    path.write_bytes(bytes(message))
    request = _request(erp_ctx, _process(cli_env, "process", "--json", str(path)))
    view = _view(erp_ctx, request, list(claim_highlights(request.claim)))
    html = _html(view)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    [quoted] = [block for block in view.blocks if block.dimmed]
    assert "Which order was it?" in "".join(run.text for run in quoted.runs)
    assert '<details class="doc-text doc-dimmed">' in html


def test_a_request_read_before_texts_were_kept_says_so(
    client: TestClient, erp_ctx: Context, scan_id: str
) -> None:
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, scan_id)
        assert request is not None
        request.meta = {key: value for key, value in request.meta.items() if key != TEXT_KEY}
    view = _view(erp_ctx, _request(erp_ctx, scan_id), [])
    assert (view.available, view.message) == (False, TEXT_MISSING)
    assert TEXT_MISSING in _html(view)
    add_user(erp_ctx, "rev@distributor.example", role="reviewer")
    assert sign_in(client, "rev@distributor.example").status_code == 303
    assert client.get(f"/review/requests/{scan_id}/pages/1.png").status_code == 404
