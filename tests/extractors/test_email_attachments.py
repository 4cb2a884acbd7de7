"""Email attachments: forwarded messages, encoded file names, inline images, MIME limits."""

from email.message import EmailMessage

from extractors.documents.email_reader import read_email
from extractors.documents.limits import Limits
from tests.extractors.helpers import assert_well_formed, segment_texts
from tests.extractors.hostile import nested_mime, text_pdf


def message(subject: str, body: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Karen Liu <office@riverbendph.com>"
    mail["To"] = "returns@distributor.example"
    mail["Subject"] = subject
    mail.set_content(body)
    return mail


def test_a_forwarded_message_is_read_under_its_attachment_name() -> None:
    inner = message("Broken tees on SO-104230", "12 tees broke.\n\nOn Mon, Bob wrote:\n> old\n")
    inner.add_attachment(
        b"%PDF-1.4 tiny", maintype="application", subtype="pdf", filename="note.pdf"
    )
    inner.add_attachment(
        b"12 x FTG-PVC-T-200\n", maintype="text", subtype="plain", filename="list.txt"
    )
    outer = message("Fwd: Broken tees", "Please credit them.\n")
    outer.add_attachment(inner, filename="fwd.eml")

    doc = read_email(outer.as_bytes())

    assert segment_texts(doc) == {
        "subject": "Fwd: Broken tees",
        "body": "Please credit them.",
        "attachment:fwd.eml/subject": "Broken tees on SO-104230",
        "attachment:fwd.eml/body": "12 tees broke.",
        "attachment:fwd.eml/quoted": "On Mon, Bob wrote:\n> old",
        "attachment:fwd.eml/list.txt": "12 x FTG-PVC-T-200",
    }
    quoted = next(s for s in doc.segments if s.name == "attachment:fwd.eml/quoted")
    assert quoted.quoted
    assert quoted.source == "fwd.eml"
    assert [a.filename for a in doc.attachments] == ["fwd.eml/note.pdf"]
    assert doc.problems == ()
    assert_well_formed(doc)


def test_a_forward_without_a_file_name_is_named_by_its_part() -> None:
    outer = message("Fwd", "See below.\n")
    outer.add_attachment(message("Inner", "Inner text.\n"))

    doc = read_email(outer.as_bytes())

    assert "attachment:part3.eml/body" in segment_texts(doc)


def test_encoded_file_names_are_decoded() -> None:
    mail = message("Names", "Two lists.\n")
    mail.add_attachment(
        b"6 received\n", maintype="text", subtype="plain", filename="Packliste \u2013 SO-104233.txt"
    )
    mail.add_attachment(
        text_pdf([["Lieferschein"]]),
        maintype="application",
        subtype="pdf",
        filename="Lieferschein N\u00b0 42.pdf",
    )
    raw = mail.as_bytes()
    assert b"filename*=utf-8''Packliste%20%E2%80%93%20SO-104233.txt" in raw  # RFC 2231
    encoded_word = (
        b"Content-Type: text/plain\r\nContent-Disposition: attachment; "
        b'filename="=?utf-8?b?WsOkaGx1bmcudHh0?="\r\n\r\nTally: 6 missing\r\n'
    )
    raw = raw.replace(b"\n--" + mail.get_boundary().encode() + b"--", b"")  # reopen the multipart
    raw += b"\n--" + mail.get_boundary().encode() + b"\n" + encoded_word
    raw += b"--" + mail.get_boundary().encode() + b"--\n"

    doc = read_email(raw)

    texts = segment_texts(doc)
    assert texts["attachment:Packliste \u2013 SO-104233.txt"] == "6 received"
    assert texts["attachment:Z\u00e4hlung.txt"] == "Tally: 6 missing"
    assert [a.filename for a in doc.attachments] == ["Lieferschein N\u00b0 42.pdf"]


def test_inline_images_are_kept_as_attachments() -> None:
    mail = message("Photo", "Label photo below.\n")
    mail.add_alternative('<p>Label photo below.</p><img src="cid:label@x">', subtype="html")
    html = next(part for part in mail.iter_parts() if part.get_content_type() == "text/html")
    html.add_related(b"\xff\xd8\xff\xe0 jpeg", maintype="image", subtype="jpeg", cid="<label@x>")

    doc = read_email(mail.as_bytes())

    assert [(a.filename, a.content_type) for a in doc.attachments] == [("part5.jpg", "image/jpeg")]
    assert [s.name for s in doc.segments] == ["subject", "body"]


def test_a_pdf_named_like_text_is_kept_as_a_file() -> None:
    mail = message("Notes", "See notes.\n")
    mail.add_attachment(text_pdf([["x"]]), maintype="text", subtype="plain", filename="notes.txt")

    doc = read_email(mail.as_bytes())

    assert [a.filename for a in doc.attachments] == ["notes.txt"]
    assert [s.name for s in doc.segments] == ["subject", "body"]


def test_mime_nested_deeper_than_the_limit_is_not_read() -> None:
    shallow = read_email(nested_mime(4, "18 valves crushed"))
    deep = read_email(nested_mime(40, "18 valves crushed"))

    assert "18 valves crushed" in shallow.text
    assert shallow.problems == ()
    assert "18 valves crushed" not in deep.text
    assert deep.problems == ("part 7: nested deeper than 5 MIME levels; not read",)


def test_parts_past_the_limit_are_not_read() -> None:
    mail = message("Many", "Many files.\n")
    for number in range(12):
        mail.add_attachment(
            f"file {number}\n".encode(), maintype="text", subtype="plain", filename=f"f{number}.txt"
        )

    doc = read_email(mail.as_bytes(), limits=Limits(max_mime_parts=6))

    assert [s.name for s in doc.segments][-1] == "attachment:f3.txt"  # parts 3 to 6
    assert doc.problems == ("more than 6 MIME parts; the rest were not read",)


def test_mime_nested_thousands_deep_keeps_the_headers() -> None:
    doc = read_email(nested_mime(2000, "18 valves crushed"))

    assert [s.name for s in doc.segments] == ["subject"]
    assert doc.email is not None
    assert doc.email.from_address == "ap@keystonemech.com"
    assert doc.problems == ("the MIME structure is nested too deeply to parse; only headers read",)
