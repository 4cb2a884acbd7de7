"""Reading an email: headers, body segments, quoted history, signature, attachments."""

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from extractors.documents.email_reader import read_email
from tests.conftest import SAMPLES
from tests.extractors.helpers import assert_well_formed, segment_texts

SAMPLE_DOCUMENTS = SAMPLES / "documents"

PLAIN = b"""\
Received: from mail.keystonemech.com (mail.keystonemech.com [203.0.113.7])
\tby mx.distributor.example; Sat, 07 Nov 2026 14:42:19 +0000
From: "Ruiz, Dana" <Dana.Ruiz@KeystoneMech.com>
To: returns@distributor.example
Subject: =?utf-8?q?SO-104233_=E2=80=93_damaged_valves?=
Date: Sat, 07 Nov 2026 09:42:17 -0500
Message-ID: <20261107144217.4F2A1C0B@mail.keystonemech.com>
In-Reply-To: <ack.20261106.8790@distributor.example>
References: <first@mail.keystonemech.com>
 <ack.20261106.8790@distributor.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

18 x VLV-2210-BR arrived crushed on order SO-104233.

--=20
Dana Ruiz
Accounts Payable
"""


def test_headers_are_read_into_email_info() -> None:
    doc = read_email(PLAIN)

    assert doc.email is not None
    assert doc.email.message_id == "<20261107144217.4F2A1C0B@mail.keystonemech.com>"
    assert doc.email.from_address == "dana.ruiz@keystonemech.com"
    assert doc.email.from_name == "Ruiz, Dana"
    assert doc.email.subject == "SO-104233 \u2013 damaged valves"
    assert doc.email.date == datetime(2026, 11, 7, 9, 42, 17, tzinfo=timezone(timedelta(hours=-5)))
    assert doc.email.in_reply_to == "<ack.20261106.8790@distributor.example>"
    assert doc.email.references == (
        "<first@mail.keystonemech.com>",
        "<ack.20261106.8790@distributor.example>",
    )
    assert doc.email.auto_reply is False
    assert doc.problems == ()


def test_subject_body_and_signature_are_segments_in_order() -> None:
    doc = read_email(PLAIN.replace(b"--=20", b"-- "))

    assert [(s.name, s.kind, s.quoted) for s in doc.segments] == [
        ("subject", "subject", False),
        ("body", "text", False),
        ("signature", "signature", False),
    ]
    texts = segment_texts(doc)
    assert texts["body"] == "Hi,\n\n18 x VLV-2210-BR arrived crushed on order SO-104233."
    assert texts["signature"] == "--\nDana Ruiz\nAccounts Payable"
    assert_well_formed(doc)


def test_a_date_without_zone_is_taken_as_utc() -> None:
    doc = read_email(PLAIN.replace(b"-0500", b"-0000"))

    assert doc.email is not None
    assert doc.email.date == datetime(2026, 11, 7, 9, 42, 17, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "auto"),
    [
        (b"Auto-Submitted: auto-replied", True),
        (b"Auto-Submitted: auto-generated", False),  # a customer's system: read it
        (b"Auto-Submitted: auto-notified", True),
        (b"Auto-Submitted: no", False),
        (b"X-Autoreply: yes", True),
        (b"X-Autorespond: Out of office", True),
        (b"Precedence: bulk", True),
        (b"Precedence: junk", True),
        (b"Precedence: list", True),
        (b"Precedence: auto_reply", True),
        (b"Precedence: first-class", False),
        (b"List-Unsubscribe: <mailto:leave@news.example>", True),
        (b"List-Id: Plumbing news <news.example>", True),
        (b"X-Mailer: Outlook", False),
    ],
)
def test_automatic_and_list_messages_are_marked(header: bytes, auto: bool) -> None:
    doc = read_email(PLAIN.replace(b"MIME-Version: 1.0", header + b"\nMIME-Version: 1.0"))

    assert doc.email is not None
    assert doc.email.auto_reply is auto


ALTERNATIVE = b"""\
From: Raj Patel <raj.patel@summithvac.net>
Subject: Defective thermostats
Date: Thu, 12 Nov 2026 08:27:55 -0500
Message-ID: <c4e7@summithvac.net>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: text/plain; charset=utf-8

3 pcs TST-7500-PRO are defective.
--ALT
Content-Type: text/html; charset=utf-8

<p>3 pcs <b>TST-7500-PRO</b> are defective.</p>
--ALT--
"""


def test_html_alternative_of_a_plain_body_is_not_read_twice() -> None:
    doc = read_email(ALTERNATIVE)

    assert segment_texts(doc) == {
        "subject": "Defective thermostats",
        "body": "3 pcs TST-7500-PRO are defective.",
    }


HTML_ONLY = b"""\
From: Luis Ortega <maintenance@harborpointpm.com>
Subject: Damaged items
Date: Tue, 10 Nov 2026 08:31:40 -0500
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ALT"

--ALT
Content-Type: multipart/related; boundary="REL"

--REL
Content-Type: text/html; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

<html><head><style>p.MsoNormal {margin:0}</style></head><body>
<p class=3DMsoNormal>Good morning,</p>
<p class=3DMsoNormal>&nbsp;</p>
<p class=3DMsoNormal>PO-70231 arrived with these problems:</p>
<table>
<tr><td><p class=3DMsoNormal>SKU</p></td><td><p class=3DMsoNormal>Qty</p></td>\
<td><p class=3DMsoNormal>Reason</p></td></tr>
<tr><td><p class=3DMsoNormal>VLV-2210-BR</p></td><td>18</td><td>crushed &amp; wet</td></tr>
<tr><td>HTR-50-NG</td><td>6</td><td>missing</td></tr>
</table>
<script>document.write("x")</script>
<p class=3DMsoNormal>Thanks =96 Luis</p>
</body></html>
--REL
Content-Type: image/jpeg; name="image001.jpg"
Content-Disposition: inline; filename="image001.jpg"
Content-ID: <image001.jpg@01DB3F2A>
Content-Transfer-Encoding: base64

/9j/4AAQSkZJRg==
--REL--
--ALT--
"""


def test_an_html_only_body_becomes_readable_text_with_table_rows() -> None:
    doc = read_email(HTML_ONLY)

    body = segment_texts(doc)["body"]
    assert body == (
        "Good morning,\n\n"
        "PO-70231 arrived with these problems:\n\n"
        "SKU | Qty | Reason\n"
        "VLV-2210-BR | 18 | crushed & wet\n"
        "HTR-50-NG | 6 | missing\n\n"
        "Thanks \u2013 Luis"
    )
    assert doc.segments[1].kind == "html"
    assert [(a.filename, a.content_type, a.data) for a in doc.attachments] == [
        ("image001.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    ]
    assert_well_formed(doc)


def test_inline_pictures_of_an_unread_alternative_are_kept() -> None:
    raw = HTML_ONLY.replace(
        b'--ALT\nContent-Type: multipart/related; boundary="REL"',
        b"--ALT\nContent-Type: text/plain\n\nPO-70231: 18 x VLV-2210-BR crushed\n"
        b'--ALT\nContent-Type: multipart/related; boundary="REL"',
    )
    doc = read_email(raw)

    assert segment_texts(doc)["body"] == "PO-70231: 18 x VLV-2210-BR crushed"
    assert [a.filename for a in doc.attachments] == ["image001.jpg"]


REPLY = b"""\
From: Mike O'Brien <mike.obrien@riverbendph.com>
Subject: Re: Broken tees - PO-24460
Date: Fri, 13 Nov 2026 07:52:10 -0500
Content-Type: text/plain; charset=utf-8

One more: 4 pcs VLV-0075-BV are defective.

Mike

On Tue, Nov 10, 2026 at 8:12 AM Returns Desk <returns@distributor.example>
wrote:
> We opened a case for 12 pcs FTG-PVC-T-200 broken.
>
> Returns Desk
"""


def test_reply_history_is_a_quoted_segment() -> None:
    doc = read_email(REPLY)

    texts = segment_texts(doc)
    assert texts["body"] == "One more: 4 pcs VLV-0075-BV are defective.\n\nMike"
    assert texts["quoted"].startswith("On Tue, Nov 10, 2026 at 8:12 AM Returns Desk")
    assert texts["quoted"].endswith("> Returns Desk")
    quoted = next(s for s in doc.segments if s.name == "quoted")
    assert quoted.quoted is True
    assert_well_formed(doc)


def test_outlook_original_message_and_signature_are_split_off() -> None:
    raw = b"""\
From: Dana Ruiz <ap@keystonemech.com>
Subject: RE: SO-104233
Content-Type: text/plain

Please add 2 x KM-88213, also crushed.

--\x20
Dana Ruiz | (570) 555-0199

-----Original Message-----
From: Returns Desk <returns@distributor.example>
Sent: Friday, November 6, 2026 4:10 PM
Subject: SO-104233

18 x VLV-2210-BR damaged: we opened a case.
"""
    doc = read_email(raw)

    assert [(s.name, s.kind, s.quoted) for s in doc.segments] == [
        ("subject", "subject", False),
        ("body", "text", False),
        ("signature", "signature", False),
        ("quoted", "text", True),
    ]
    assert segment_texts(doc)["quoted"].startswith("-----Original Message-----")


def test_interleaved_quotes_are_segments_of_their_own() -> None:
    raw = b"""\
From: Karen Liu <office@riverbendph.com>
Subject: Re: your claim
Content-Type: text/plain

> Which SKU was missing?
VLV-3100-CK, 2 pcs.
> And the PO?
PO-24388
"""
    doc = read_email(raw)

    assert [(s.name, s.quoted) for s in doc.segments] == [
        ("subject", False),
        ("quoted", True),
        ("body", False),
        ("quoted[2]", True),
        ("body[2]", False),
    ]
    assert segment_texts(doc)["body"] == "VLV-3100-CK, 2 pcs."
    assert_well_formed(doc)


def test_a_forwarded_note_stays_fresh_text() -> None:
    raw = b"""\
From: Dana Ruiz <ap@keystonemech.com>
Subject: Fwd: receiving report
Content-Type: text/plain

FYI, see below.

---------- Forwarded message ---------
From: Warehouse <wh@keystonemech.com>
Date: Fri, Nov 6, 2026 at 3:01 PM
Subject: receiving report
To: Dana Ruiz <ap@keystonemech.com>

6 x HTR-50-NG missing from SO-104233.
"""
    doc = read_email(raw)

    assert [s.name for s in doc.segments] == ["subject", "body"]
    assert segment_texts(doc)["body"].endswith("6 x HTR-50-NG missing from SO-104233.")


ATTACHMENTS = b"""\
From: Tom Morales <tmorales@keystonemech.com>
Subject: Claim SO-104233
Content-Type: multipart/mixed; boundary="MIX"

--MIX
Content-Type: text/plain; charset=utf-8

See the attached list and photo.
--MIX
Content-Type: text/plain; charset=utf-8; name="claim.txt"
Content-Disposition: attachment; filename="claim.txt"

6 x HTR-50-NG missing
--MIX
Content-Type: application/octet-stream; name="lines.csv"
Content-Disposition: attachment; filename="lines.csv"

sku,qty,reason
KM-88213,4,defective
--MIX
Content-Type: application/pdf; name="photos.pdf"
Content-Disposition: attachment; filename="photos.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--MIX--
"""


def test_text_attachments_are_segments_and_other_files_are_kept() -> None:
    doc = read_email(ATTACHMENTS)

    assert segment_texts(doc) == {
        "subject": "Claim SO-104233",
        "body": "See the attached list and photo.",
        "attachment:claim.txt": "6 x HTR-50-NG missing",
        "attachment:lines.csv": "sku,qty,reason\nKM-88213,4,defective",
    }
    assert [(a.filename, a.content_type, a.data) for a in doc.attachments] == [
        ("photos.pdf", "application/pdf", b"%PDF-1.4\n")
    ]
    assert_well_formed(doc)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x01\x02\xff\xfe",
        b"From: nobody\nSubject: x\nContent-Type: multipart/mixed; boundary=Q\n\n--Q\n",
        b"From: a@b.c\nDate: the day after tomorrow\nSubject: bad date\n\nbody",
        b"From: <<<@@@>>>\nSubject: =?bogus?x?abc?=\n"
        b"Content-Type: text/plain; charset=x-unknown\n\ncaf\xe9 6 pcs missing",
        b"From: a@b.c\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
        b"!!!not base64",
        b"From: a@b.c\nContent-Type: multipart/mixed; boundary=Q\n\n"
        b"--Q\nContent-Type: text/plain\n\nunterminated part 18 x VLV-2210-BR crushed",
    ],
)
def test_malformed_messages_never_raise(raw: bytes) -> None:
    doc = read_email(raw)

    assert doc.email is not None or doc.problems
    assert_well_formed(doc)


def test_problems_name_what_could_not_be_read() -> None:
    doc = read_email(b"From: a@b.c\nDate: the day after tomorrow\nSubject: x\n\nbody")

    assert doc.email is not None
    assert doc.email.date is None
    assert "header Date could not be parsed" in doc.problems
    assert segment_texts(doc)["body"] == "body"


def test_an_unknown_charset_falls_back_to_a_readable_decoding() -> None:
    doc = read_email(
        b"From: a@b.c\nSubject: x\nContent-Type: text/plain; charset=x-unknown\n\ncaf\xe9 missing"
    )

    assert segment_texts(doc)["body"] == "caf\u00e9 missing"


def test_a_channel_reads_the_same_headers_without_the_body() -> None:
    from extractors.documents.email_reader import read_email_info

    assert read_email_info(PLAIN) == read_email(PLAIN).email
    for sample in sorted(SAMPLE_DOCUMENTS.glob("*.eml")):  # PDFs, scans, TNEF, forwards
        data = sample.read_bytes()
        assert read_email_info(data) == read_email(data).email, sample.name


READ_RECEIPT = (
    b"From: Ana Ruiz <ana@customer.example>\r\n"
    b"To: returns@distributor.example\r\n"
    b"Subject: Read: 5 ball valves damaged on PO 70296\r\n"
    b"Date: Mon, 23 Nov 2026 09:12:00 -0500\r\n"
    b"Message-ID: <mdn-1@customer.example>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/report; report-type=disposition-notification; boundary="b1"\r\n'
    b"\r\n"
    b"--b1\r\n"
    b"Content-Type: text/plain\r\n\r\n"
    b"Your message 5 ball valves damaged on PO 70296 was read on 11/23/2026.\r\n"
    b"--b1\r\n"
    b"Content-Type: message/disposition-notification\r\n\r\n"
    b"Final-Recipient: rfc822; ana@customer.example\r\n"
    b"Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    b"--b1--\r\n"
)


def test_a_read_receipt_is_an_automatic_message() -> None:
    # a mailer's report (RFC 6522) restates the subject it reports on: no one claims anything
    doc = read_email(READ_RECEIPT)

    assert doc.email is not None
    assert doc.email.auto_reply is True
    assert "damaged on PO 70296" in doc.text


def test_an_out_of_office_notice_a_program_generated_is_an_automatic_reply() -> None:
    """Exchange marks its out-of-office notices "auto-generated", as customers' systems mark
    their requests: the subject tells the notice apart."""
    header = b"Auto-Submitted: auto-generated\nMIME-Version: 1.0"
    notice = PLAIN.replace(b"MIME-Version: 1.0", header)
    subject = re.search(rb"^Subject: (.*)$", notice, re.M)
    assert subject is not None
    for title, auto in ((b"Automatic reply: ", True), (b"Out of Office: ", True), (b"", False)):
        doc = read_email(notice.replace(subject.group(0), b"Subject: " + title + subject.group(1)))
        assert doc.email is not None
        assert doc.email.auto_reply is auto
