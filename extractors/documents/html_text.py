"""HTML to readable text with the standard library's parser.

Block elements become line breaks (paragraphs a blank line, except Outlook's
margin-less "MsoNormal" ones), a table row becomes one line with its cells
separated by " | ", scripts and styles are dropped, entities are unescaped, and
the lines inside a <blockquote> get a "> " prefix so quoted history stays visible
as such.
"""

import re
from html.parser import HTMLParser

CELL_SEPARATOR = " | "

_SKIPPED = frozenset({"script", "style", "title", "template", "head"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "ul", "ol", "pre", "hr"}
)
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._line: list[str] = []
        self._skip: list[str] = []
        self._quote = 0
        self._pre = 0
        self._cell_depth = 0
        self._cells_in_row = 0
        self._had_data = False  # text (even a lone &nbsp;) since the last line break
        self._blank_after: list[bool] = []  # per open block: a blank line when it ends

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            if tag != "head" or not (self.lines or self._line):  # a stray <head> in the body
                self._skip.append(tag)
        elif tag == "body":
            self._skip.clear()  # an unclosed <head> ends where the body begins
        elif tag in _CELLS:
            self._start_cell()
        elif tag == "br":
            self._break(force=True)
        elif tag in _BLOCKS:
            self._block_start(tag, _paragraph(tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._break(force=True)
        elif tag in _BLOCKS:
            self._break(blank=_paragraph(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            if tag in self._skip:
                del self._skip[self._skip.index(tag) :]
        elif tag in _CELLS:
            self._cell_depth = max(0, self._cell_depth - 1)
        elif tag in _BLOCKS:
            self._block_end(tag)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if data.strip(" \t\r\n\f\v"):
            self._had_data = True  # text, or a lone &nbsp; that asks for an empty line
        if self._pre:
            for index, part in enumerate(data.replace("\r\n", "\n").split("\n")):
                if index:
                    self._newline()
                self._line.append(part.replace("\xa0", " "))
                self._had_data = True
            return
        self._line.append(_SPACES.sub(" ", data))

    def close(self) -> None:
        super().close()
        self._newline()

    def _start_cell(self) -> None:
        if self._cells_in_row:
            self._line.append(CELL_SEPARATOR)
        elif self._line:
            self._line.append(" ")  # a cell outside a row still stands apart
        self._cells_in_row += 1
        self._cell_depth += 1

    def _break(self, *, force: bool = False, blank: bool = False) -> None:
        """End the line: a <br> always, a block only after text; blank adds an empty line."""
        if self._cell_depth:
            self._line.append(" ")  # a line break inside a cell keeps the row on one line
            return
        if force or self._had_data:
            self._newline()
        if blank and self.lines and self.lines[-1]:
            self.lines.append("")

    def _block_start(self, tag: str, blank: bool) -> None:
        if tag == "tr":
            self._cells_in_row = 0
            self._cell_depth = 0
        if tag == "pre":
            self._pre += 1
        self._break(blank=blank)
        self._blank_after.append(blank)
        if tag == "blockquote":
            self._quote += 1
        elif tag == "li":
            self._line.append("- ")
            self._had_data = True

    def _block_end(self, tag: str) -> None:
        blank = self._blank_after.pop() if self._blank_after else False
        self._break(blank=blank)
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag == "blockquote":
            self._quote = max(0, self._quote - 1)
        elif tag == "tr":
            self._cells_in_row = 0

    def _newline(self) -> None:
        text = "".join(self._line)
        text = text.rstrip() if self._pre else _SPACES.sub(" ", text).strip()
        self._line = []
        self._had_data = False
        self.lines.append(("> " * self._quote + text).rstrip() if text else "")


def _paragraph(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a block is set off by a blank line (Outlook's MsoNormal paragraphs are not)."""
    if tag not in _PARAGRAPHS:
        return False
    classes = next((value or "" for name, value in attrs if name == "class"), "")
    return "msonormal" not in classes.lower()


_HTML_DOCUMENT = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def is_html_document(text: str) -> bool:
    """Whether a text file is a web page (a saved report, an exported form), to be read
    for its words, not its markup."""
    return _HTML_DOCUMENT.match(text[:4096]) is not None


def html_to_text(html: str) -> str:
    """Readable text of an HTML document or fragment."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return _squeeze(parser.lines)


def _squeeze(lines: list[str]) -> str:
    """At most one blank line in a row, none at either end; bare cell separators dropped."""
    out: list[str] = []
    for line in lines:
        if line.strip(" |") == "":
            line = ""
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")
