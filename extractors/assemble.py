"""Build a RequestText from pieces: contiguous segments separated by a blank line."""

from extractors.text import Attachment, EmailInfo, RequestText, Segment

SEPARATOR = "\n\n"


def clean_text(text: str) -> str:
    """Unix line ends, no trailing spaces, no blank lines at either end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


class TextBuilder:
    """Collects segments in order; a repeated name gets a counter: body, body[2], ..."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0
        self._names: dict[str, int] = {}

    def add(self, name: str, text: str, *, kind: str = "text", quoted: bool = False) -> None:
        """Append a segment; text with nothing readable in it is left out."""
        text = clean_text(text)
        if not text.strip():
            return
        if self._parts:
            self._parts.append(SEPARATOR)
            self._length += len(SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self._segments.append(
            Segment(
                name=self._unique(name), start=start, end=self._length, kind=kind, quoted=quoted
            )
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

    def _unique(self, name: str) -> str:
        count = self._names.get(name, 0) + 1
        self._names[name] = count
        return name if count == 1 else f"{name}[{count}]"
