"""A request's text is kept as read: in the blob store, its attachments by digest."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.blobs import BlobStore, sha256_hex
from app.context import Context
from app.db import transaction
from app.requests.tables import InboundRequest
from app.requests.text_store import (
    TEXT_KEY,
    StoredTextError,
    load_text,
    put_text,
    stored_text_of,
)
from extractors.text import Attachment, EmailInfo, OcrWord, RequestText, Segment
from tests.app.helpers import intake, json_lines
from tests.conftest import SAMPLES

PDF_BYTES = b"%PDF-1.7 not really\n"


def _text() -> RequestText:
    body = "Order SO-104233: 2 x VLV-2210-BR broken"
    scan = "SKU VLV-2210-BR"
    return RequestText(
        text=f"{body}\n\n{scan}",
        segments=(
            Segment(name="body", start=0, end=len(body)),
            Segment(
                name="attachment:scan.pdf",
                start=len(body) + 2,
                end=len(body) + 2 + len(scan),
                kind="ocr",
                page=1,
                source="scan.pdf",
                rotation=90,
                words=(
                    OcrWord(len(body) + 2, len(body) + 5, 10, 20, 30, 12, 0.91),
                    OcrWord(len(body) + 6, len(body) + 17, 45, 20, 110, 12, 0.62),
                ),
            ),
        ),
        email=EmailInfo(
            message_id="<m1@example.com>",
            from_address="ap@keystonemech.com",
            from_name="Dana Ruiz",
            subject="Damaged valves",
            date=datetime(2026, 11, 7, 14, 42, 17, tzinfo=UTC),
            references=("<m0@example.com>",),
        ),
        attachments=(Attachment("scan.pdf", "application/pdf", PDF_BYTES),),
        problems=("other.doc: files of type application/msword are not read",),
    )


def test_a_text_comes_back_as_it_was_stored_with_its_attachment_by_digest(
    tmp_path: Path,
) -> None:
    blobs = BlobStore(tmp_path)
    text = _text()
    stored = load_text(blobs.get(put_text(blobs=blobs, text=text)))
    assert (stored.text, stored.segments, stored.email, stored.problems) == (
        text.text,
        text.segments,
        text.email,
        text.problems,
    )
    [attachment] = stored.attachments
    assert (attachment.filename, attachment.content_type) == ("scan.pdf", "application/pdf")
    assert attachment.sha256 == sha256_hex(PDF_BYTES)
    assert blobs.get(attachment.sha256) == PDF_BYTES


def test_the_stored_json_holds_no_attachment_bytes_and_the_same_text_one_digest(
    tmp_path: Path,
) -> None:
    blobs = BlobStore(tmp_path)
    digest = put_text(blobs=blobs, text=_text())
    assert put_text(blobs=blobs, text=_text()) == digest
    document = json.loads(blobs.get(digest))
    assert document["format"] == 1
    assert "data" not in document["attachments"][0]
    assert "not really" not in blobs.get(digest).decode()


def test_a_stored_text_of_another_format_is_refused() -> None:
    with pytest.raises(StoredTextError):
        load_text(b'{"format": 99, "text": ""}')
    with pytest.raises(StoredTextError):
        load_text(b"not json")


def test_a_processed_email_has_its_text_and_its_pdf_kept(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    path = SAMPLES / "documents" / "claim-email-with-pdf.eml"
    [line] = json_lines(intake(cli_env, "process", "--json", str(path)))
    with transaction(erp_ctx.sessions) as session:
        request = session.get(InboundRequest, line["request_id"])
        assert request is not None
        assert isinstance(request.meta[TEXT_KEY], str)
        stored = stored_text_of(blobs=erp_ctx.blobs, request=request)
    assert stored is not None
    assert stored.email is not None
    assert stored.email.from_address == "ap@keystonemech.com"
    names = [segment.name for segment in stored.segments]
    assert "attachment:claim-form.pdf" in names
    assert "VLV-2210-BR" in stored.text
    [pdf] = [a for a in stored.attachments if a.filename == "claim-form.pdf"]
    assert erp_ctx.blobs.get(pdf.sha256).startswith(b"%PDF")


def test_a_request_read_before_texts_were_kept_has_none(erp_ctx: Context) -> None:
    request = InboundRequest(meta={})
    assert stored_text_of(blobs=erp_ctx.blobs, request=request) is None


def test_intake_requests_keep_text_reads_again_what_was_processed_before_texts_were_kept(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    email = SAMPLES / "documents" / "claim-email-with-pdf.eml"
    form = SAMPLES / "requests" / "25-portal-damaged-heater-no-order.json"
    lines = json_lines(intake(cli_env, "process", "--json", str(email), str(form)))
    with transaction(erp_ctx.sessions) as session:
        kept = {}
        for line in lines:  # as an older version left them: no text kept
            request = session.get(InboundRequest, line["request_id"])
            assert request is not None
            kept[request.id] = request.meta.get(TEXT_KEY)
            request.meta = {key: value for key, value in request.meta.items() if key != TEXT_KEY}
    answer = intake(cli_env, "requests", "keep-text")
    assert answer.stdout.strip() == (
        "kept the text of 1 request(s); 1 had no text to keep; 0 could not be read again"
    )
    with transaction(erp_ctx.sessions) as session:
        for request_id, digest in kept.items():
            request = session.get(InboundRequest, request_id)
            assert request is not None
            assert request.meta.get(TEXT_KEY) == digest  # the same text, read again
    assert "kept the text of 0 request(s)" in intake(cli_env, "requests", "keep-text").stdout
