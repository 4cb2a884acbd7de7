"""Excel workbooks: found by their content, read sheet by sheet as rows of shown values, and
their claim rows read by their columns as a .csv's are."""

import io
import zipfile
from datetime import datetime
from email.message import EmailMessage

import pytest
from openpyxl import Workbook

from extractors.claims.offline import extract
from extractors.documents.limits import Limits
from extractors.documents.read import read_documents
from extractors.documents.sheets import WorkbookError, read_workbook
from extractors.documents.sniff import XLSX, detect_type
from tests.extractors.test_claim_round8 import ORDER


def workbook(*sheets: tuple[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


RETURNS = workbook(
    ("Notes", []),
    (
        "Returns",
        [
            ["Return request", None, None, None],
            [],
            ["SKU", "Description", "Qty shipped", "Qty return", "Reason"],
            ["VLV-0750-PRV", '3/4" PRV, 25-75 psi', 12.0, 2, "Damaged in transit"],
            ["HVC-FLT-1625-M11", "16x25x1 filter", 10, 0, None],
            ["VLV-3100-CK", "3in check valve", 2, 1, "not needed"],
        ],
    ),
)


def test_a_workbook_is_found_by_its_content_and_another_zip_is_not() -> None:
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")

    assert detect_type(RETURNS) == XLSX
    assert detect_type(other.getvalue()) == "application/zip"
    assert detect_type(b"PK\x03\x04 not really a zip") == "application/zip"


def test_each_sheet_with_values_becomes_rows_of_what_excel_shows() -> None:
    book = workbook(
        ("Empty", []),
        ('Lines "Nov"', [["Delivered", datetime(2026, 11, 5), 3.5, True], [None, "a, b\nc"]]),
    )

    sheets = read_workbook(book)

    assert [sheet.title for sheet in sheets] == ["Lines _Nov_"]
    assert sheets[0].text == 'Delivered,2026-11-05,3.5,TRUE\n,"a, b c"\n'
    assert read_workbook(RETURNS)[0].text.splitlines()[:3] == [
        "Return request",
        "SKU,Description,Qty shipped,Qty return,Reason",
        'VLV-0750-PRV,"3/4"" PRV, 25-75 psi",12,2,Damaged in transit',
    ]


def test_a_workbook_past_the_limits_is_refused_with_the_reason() -> None:
    many = workbook(*((f"S{n}", [[n]]) for n in range(4)))

    with pytest.raises(WorkbookError, match="more than 3 sheets"):
        read_workbook(many, limits=Limits(max_pages=3))
    with pytest.raises(WorkbookError, match="unpacks to"):
        read_workbook(RETURNS, limits=Limits(max_stream_bytes=1000))


def _email_with(data: bytes, filename: str) -> bytes:
    message = EmailMessage()
    message["From"] = "ap@example.com"
    message["To"] = "returns@distributor.example"
    message["Subject"] = "Return request SO-104222"
    message.set_content("Hi, our return request is attached. Thanks")
    subtype = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    message.add_attachment(data, maintype="application", subtype=subtype, filename=filename)
    return message.as_bytes()


def test_an_attached_workbooks_claim_rows_are_read_by_their_columns() -> None:
    doc = read_documents(_email_with(RETURNS, "rtn.xlsx"), kind="email", name="m.eml")

    assert doc.problems == ()
    assert [s.name for s in doc.segments if s.name.startswith("attachment:")] == [
        "attachment:rtn.xlsx/Returns.csv"
    ]
    claimed = [
        (line.sku.value if line.sku else None, line.quantity.value if line.quantity else None,
         line.reason.value)
        for line in extract(doc, ORDER).lines
    ]  # fmt: skip
    assert claimed == [("VLV-0750-PRV", 2, "DAMAGED"), ("VLV-3100-CK", 1, "NOT_NEEDED")]


def test_a_quoted_cell_holding_a_comma_is_one_cell() -> None:
    doc = read_documents(
        b'sku,description,shipped,returned,reason\nVLV-3100-CK,"check valve, 3in",2,1,not needed\n',
        kind="upload",
        name="rtn.csv",
    )

    assert [
        (line.quantity.value if line.quantity else None) for line in extract(doc, ORDER).lines
    ] == [1]


def test_a_broken_workbook_is_a_recorded_problem_and_the_rest_is_read() -> None:
    broken = RETURNS[:200]  # the zip's directory is cut off: no workbook, only a zip

    doc = read_documents(_email_with(broken, "rtn.xlsx"), kind="email", name="m.eml")

    assert [problem for problem in doc.problems if "rtn.xlsx" in problem]
    assert "our return request is attached" in doc.text


def test_an_uploaded_workbook_is_read() -> None:
    doc = read_documents(RETURNS, kind="upload", name="returns.xlsx")

    assert "VLV-3100-CK,3in check valve,2,1,not needed" in doc.text
