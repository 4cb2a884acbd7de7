"""Documents through the pipeline: PDFs and attachments are read, unreadable ones reviewed."""

from email.message import EmailMessage
from pathlib import Path

from app.context import Context
from app.db import transaction
from app.requests.tables import InboundRequest
from tests.app.helpers import intake, json_lines
from tests.conftest import SAMPLES

DOCUMENTS = SAMPLES / "documents"
RECEIVED = "2026-11-07"


def _claim_of(ctx: Context, request_id: str) -> dict[str, object]:
    with transaction(ctx.sessions) as session:
        request = session.get(InboundRequest, request_id)
        assert request is not None
        return request.claim.model_dump(mode="json")


def test_an_uploaded_pdf_claim_form_is_read_with_its_page_as_evidence(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    args = ("process", "--json", "--customer", "C-1001", "--received-at", RECEIVED)
    [line] = json_lines(intake(cli_env, *args, str(DOCUMENTS / "claim-form.pdf")))
    assert (line["channel"], line["order_number"]) == ("upload", "SO-104233")
    [case] = line["cases"]
    assert (case["type"], case["decision"], case["credit_total"]) == (
        "DAMAGED",
        "AUTO_APPROVED",
        "1060.20",
    )
    evidence = _claim_of(erp_ctx, line["request_id"])["lines"][0]["evidence"]["sku"]  # type: ignore[index]
    assert (evidence["segment"], evidence["page"], evidence["quote"]) == (
        "attachment:claim-form.pdf",
        1,
        "VLV-2210-BR",
    )


def test_an_email_with_a_pdf_attachment_is_read_whole(
    erp_ctx: Context, cli_env: dict[str, str]
) -> None:
    [line] = json_lines(
        intake(cli_env, "process", "--json", str(DOCUMENTS / "claim-email-with-pdf.eml"))
    )
    assert (line["customer_id"], line["order_number"]) == ("C-1001", "SO-104233")
    assert [case["type"] for case in line["cases"]] == ["DAMAGED"]


def test_an_unreadable_attachment_sends_the_claim_to_review_with_the_reason(
    erp_ctx: Context, cli_env: dict[str, str], tmp_path: Path
) -> None:
    message = EmailMessage()
    message["From"] = "Dana Ruiz <ap@keystonemech.com>"
    message["To"] = "returns@distributor.example"
    message["Subject"] = "SO-104233 damage"
    message["Date"] = "Sat, 07 Nov 2026 09:42:17 -0500"
    message["Message-ID"] = "<broken-attachment@keystonemech.com>"
    message.set_content("Order SO-104233: 2 units of VLV-2210-BR arrived damaged. Form attached.")
    message.add_attachment(
        b"%PDF-1.7\n%broken beyond repair\n",
        maintype="application",
        subtype="pdf",
        filename="form.pdf",
    )
    path = tmp_path / "broken.eml"
    path.write_bytes(bytes(message))
    [line] = json_lines(intake(cli_env, "process", "--json", str(path)))
    [case] = line["cases"]
    assert case["decision"] == "NEEDS_REVIEW"
    assert case["reasons"] == ["DOCUMENT_UNREADABLE"]
    assert [(a["type"], a["status"]) for a in case["actions"]][-1] == ("CUSTOMER_NOTICE", "SENT")
