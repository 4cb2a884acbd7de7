"""Build a RequestText from pieces: contiguous segments separated by a blank line."""

from collections.abc import Callable
from dataclasses import replace

from extractors.text import Attachment, EmailInfo, OcrWord, RequestText, Segment

SEPARATOR = "\n\n"


def clean_text(text: str) -> str:
    """Unix line ends, no trailing spaces, no blank lines at either end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


class TextBuilder:
    """Collects segments in order; a name repeated on one page gets a counter: body, body[2]."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0
        self._names: dict[tuple[str, int | None], int] = {}

    def add(
        self,
        name: str,
        text: str,
        *,
        kind: str = "text",
        quoted: bool = False,
        page: int | None = None,
        source: str | None = None,
        words: tuple[OcrWord, ...] = (),
        rotation: int = 0,
    ) -> None:
        """Append a segment; text with nothing readable in it is left out.

        Words carry offsets into `text`, which must then be clean already (see clean_text).
        """
        cleaned = clean_text(text)
        if words and cleaned != text:
            raise ValueError("text with words must be clean: offsets would move")
        if not cleaned.strip():
            return
        if self._parts:
            self._parts.append(SEPARATOR)
            self._length += len(SEPARATOR)
        start = self._length
        self._parts.append(cleaned)
        self._length += len(cleaned)
        self._segments.append(
            Segment(
                name=self._unique(name, page),
                start=start,
                end=self._length,
                kind=kind,
                page=page,
                quoted=quoted,
                words=tuple(
                    replace(word, start=word.start + start, end=word.end + start) for word in words
                ),
                source=source,
                rotation=rotation,
            )
        )

    def extend(
        self,
        doc: RequestText,
        *,
        rename: Callable[[str], str] = str,
        source: Callable[[str | None], str | None] | None = None,
    ) -> None:
        """Append every segment of another RequestText, renamed, with its words and pages."""
        for segment in doc.segments:
            offset = segment.start
            self.add(
                rename(segment.name),
                doc.text[segment.start : segment.end],
                kind=segment.kind,
                quoted=segment.quoted,
                page=segment.page,
                source=source(segment.source) if source else segment.source,
                words=tuple(
                    replace(word, start=word.start - offset, end=word.end - offset)
                    for word in segment.words
                ),
                rotation=segment.rotation,
            )

    def build(
        self,
        *,
        email: EmailInfo | None = None,
        attachments: tuple[Attachment, ...] = (),
        problems: tuple[str, ...] = (),
    ) -> RequestText:
        """The RequestText of everything added so far."""
        return RequestText(
            text="".join(self._parts),
            segments=tuple(self._segments),
            email=email,
            attachments=attachments,
            problems=problems,
        )

    def _unique(self, name: str, page: int | None) -> str:
        count = self._names.get((name, page), 0) + 1
        self._names[(name, page)] = count
        return name if count == 1 else f"{name}[{count}]"
