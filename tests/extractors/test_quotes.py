"""Splitting a body into fresh text, quoted history and signature."""

import pytest

from extractors.documents.quotes import is_forward, split_body


def test_gmail_reply_with_wrapped_attribution() -> None:
    text = (
        "Thanks, one more thing: 2 x KM-88213 crushed.\n\n"
        "On Mon, Nov 9, 2026 at 2:37 PM Returns Desk <returns@distributor.example>\n"
        "wrote:\n"
        "> We opened case 1234.\n"
    )

    assert split_body(text) == [
        ("body", "Thanks, one more thing: 2 x KM-88213 crushed.\n"),
        (
            "quoted",
            "On Mon, Nov 9, 2026 at 2:37 PM Returns Desk <returns@distributor.example>\n"
            "wrote:\n> We opened case 1234.\n",
        ),
    ]


def test_attribution_without_quote_marks_takes_everything_after_it() -> None:
    text = "See below.\nOn Friday, Dana wrote:\nVLV-2210-BR 18 crushed\n\nDana"

    assert split_body(text) == [
        ("body", "See below."),
        ("quoted", "On Friday, Dana wrote:\nVLV-2210-BR 18 crushed\n\nDana"),
    ]


def test_outlook_header_block_without_original_message_line() -> None:
    text = (
        "Sending again.\n\n"
        "________________________________\n"
        "From: Raj Patel <raj.patel@summithvac.net>\n"
        "Sent: Thursday, November 12, 2026 8:27 AM\n"
        "To: returns@distributor.example\n"
        "Subject: Defective thermostats\n\n"
        "3 pcs TST-7500-PRO are defective."
    )

    pieces = split_body(text)

    assert [kind for kind, _ in pieces] == ["body", "quoted"]
    assert pieces[1][1].startswith("________________________________\nFrom: Raj Patel")


def test_signature_runs_to_the_history() -> None:
    text = "6 missing.\n-- \nLuis\n(412) 555-0100\n-----Original Message-----\nFrom: x\n"

    assert split_body(text) == [
        ("body", "6 missing."),
        ("signature", "-- \nLuis\n(412) 555-0100"),
        ("quoted", "-----Original Message-----\nFrom: x\n"),
    ]


def test_plain_text_without_history_is_one_body_piece() -> None:
    assert split_body("Hi,\n\n18 x VLV-2210-BR crushed.\n") == [
        ("body", "Hi,\n\n18 x VLV-2210-BR crushed.\n")
    ]


def test_a_from_line_in_prose_is_not_history() -> None:
    text = "From: our warehouse team\nThe 6 HTR-50-NG are missing."

    assert split_body(text) == [("body", text)]


OUTLOOK_FORWARD = (
    "Please sort this out with them.\n\n"
    "________________________________\n"
    "From: Sam Ortiz <sam@example.net>\n"
    "Sent: Monday, March 2, 2026 9:12 AM\n"
    "To: Pat Lee <pat@example.net>\n"
    "Subject: valves\n\n"
    "4 x VLV-2210-BR came cracked.\n\n"
    "-----Original Message-----\n"
    "From: Returns Desk <returns@distributor.example>\n"
    "Sent: Friday, February 27, 2026 4:00 PM\n"
    "Subject: shipped\n\n"
    "Your order has shipped.\n"
)


def test_a_forwards_first_message_is_forwarded_and_the_one_below_it_history() -> None:
    pieces = split_body(OUTLOOK_FORWARD, forwarder="example.net")

    assert [kind for kind, _ in pieces] == ["body", "quoted"]
    assert "4 x VLV-2210-BR came cracked." in pieces[0][1]
    assert pieces[1][1].startswith("-----Original Message-----")


@pytest.mark.parametrize("forwarder", [None, "elsewhere.org"])
def test_the_same_header_block_in_a_reply_or_from_another_organisation_is_history(
    forwarder: str | None,
) -> None:
    pieces = split_body(OUTLOOK_FORWARD, forwarder=forwarder)

    assert pieces[0] == ("body", "Please sort this out with them.\n")
    assert pieces[1][0] == "quoted"
    assert "4 x VLV-2210-BR" in pieces[1][1]


def test_forward_subjects_are_told_from_replies() -> None:
    assert is_forward("FW: valves")
    assert is_forward("Fwd: valves")
    assert not is_forward("RE: FW: valves")
    assert not is_forward("Forward planning")


def test_a_forwarded_colleague_named_without_address_is_forwarded() -> None:
    text = OUTLOOK_FORWARD.replace("From: Sam Ortiz <sam@example.net>", "From: Sam Ortiz")

    pieces = split_body(text, forwarder="example.net")

    assert "4 x VLV-2210-BR came cracked." in pieces[0][1]
