"""Bytes to text and text to proposed claim fields (DESIGN.md: the extractors layer).

Knows no database and no web framework; imports only the vocabulary of `rules`.
"""

from extractors.email_reader import read_email
from extractors.form import parse_form_json, read_form
from extractors.offline import extract
from extractors.plain_reader import read_text
from extractors.sniff import detect_channel, detect_type

__all__ = [
    "detect_channel",
    "detect_type",
    "extract",
    "parse_form_json",
    "read_email",
    "read_form",
    "read_text",
]
