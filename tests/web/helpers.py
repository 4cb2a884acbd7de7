"""Helpers of the web tests: users, signing in, form tokens, a text-layer PDF."""

import io
import os
import re

from fastapi.testclient import TestClient
from httpx import Response
from playwright.sync_api import Page
from pypdf import PdfWriter
from pypdf.generic import ContentStream, DictionaryObject, NameObject

from app.auth.tables import Role, User
from app.auth.users import create_user
from app.context import Context
from app.db import transaction
from tests.conftest import ROOT

PASSWORD = "correct horse battery staple"
SCREENSHOTS = ROOT / "docs" / "screenshots"
CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


def add_user(
    ctx: Context, email: str, role: str = "customer", customer: str | None = "C-1001"
) -> User:
    """A user with the test password (staff roles take no customer)."""
    with transaction(ctx.sessions) as session:
        return create_user(
            session=session,
            erp=ctx.erp.reader(session),
            email=email,
            password=PASSWORD,
            role=Role(role),
            customer_id=customer if role == "customer" else None,
        )


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    match = CSRF_FIELD.search(html) or CSRF_META.search(html)
    assert match, "the page has no CSRF token"
    return match.group(1)


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> Response:
    """Open the sign-in page and send the form; the answer is not followed."""
    token = csrf_of(client.get("/login").text)
    answer: Response = client.post(
        "/login",
        data={"email": email, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    return answer


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds the lines (Helvetica, made with pypdf)."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    escaped = (line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines)
    operators = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td", *(f"({t}) Tj T*" for t in escaped), "ET"]
    content = ContentStream(None, writer)
    content.set_data("\n".join(operators).encode("latin-1"))
    page.replace_contents(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def screenshot(page: Page, name: str) -> None:
    """With INTAKE_SCREENSHOTS=1, the whole page into docs/screenshots/ (the README shows them)."""
    if os.environ.get("INTAKE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
