"""Read a plain text upload: one segment "attachment:<name>"."""

import codecs

from extractors.documents.assemble import TextBuilder
from extractors.text import RequestText

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """Text of bytes: by byte-order mark, else UTF-8, falling back to cp1252 then latin-1."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    for codec in ("utf-8", "cp1252"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # every byte is a latin-1 character


def read_text(data: bytes, *, name: str) -> RequestText:
    """The RequestText of a plain text upload."""
    builder = TextBuilder()
    builder.add(f"attachment:{name}", decode_text(data), kind="text")
    result = builder.build()
    if not result.segments:
        return builder.build(problems=(f"{name}: no text",))
    return result
