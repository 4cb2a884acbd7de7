"""Excel workbooks (.xlsx), read as what a clerk sees: each sheet's rows of values.

A sheet becomes comma-separated text, one row a line, and is named as a file inside the
workbook ("claims.xlsx/Returns.csv"), so that its columns are read as any .csv is. Values
are the ones Excel last showed (cached results of formulas, never the formulas); whole
numbers drop Excel's ".0", dates keep only their day. A workbook is a zip of XML: its
size unpacked and its count of cells are bounded before and while it is read.
"""

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

from openpyxl import load_workbook

from extractors.documents.limits import Limits, describe_bytes

MAX_CELLS = 200_000  # a claim sheet holds hundreds; a workbook with more is an export
_UNSAFE_NAME = re.compile(r"[^\w .()#&+-]+")


@dataclass(frozen=True)
class Sheet:
    title: str  # safe to use in a file name
    text: str  # the rows as comma-separated values


class WorkbookError(ValueError):
    """The workbook cannot be read within the limits; the message says why."""


def read_workbook(data: bytes, *, limits: Limits = Limits()) -> list[Sheet]:
    """The sheets of a workbook that hold any value, in the workbook's order."""
    unpacked = _unpacked_size(data)
    if unpacked > limits.max_stream_bytes:
        raise WorkbookError(
            f"unpacks to {describe_bytes(unpacked)}, over the limit of "
            f"{describe_bytes(limits.max_stream_bytes)}"
        )
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        cells = 0
        sheets: list[Sheet] = []
        for index, worksheet in enumerate(book.worksheets):
            if index >= limits.max_pages:
                raise WorkbookError(f"has more than {limits.max_pages} sheets")
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            for row in _rows(worksheet.iter_rows(values_only=True)):
                cells += len(row)
                if cells > MAX_CELLS:
                    raise WorkbookError(f"has more than {MAX_CELLS:,} cells")
                writer.writerow(row)
            if out.tell():
                title = _UNSAFE_NAME.sub("_", worksheet.title).strip() or f"Sheet{index + 1}"
                sheets.append(Sheet(title=title, text=out.getvalue()))
        return sheets
    finally:
        book.close()


def _unpacked_size(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(info.file_size for info in archive.infolist())


def _rows(rows: Iterator[tuple[object, ...]]) -> Iterator[list[str]]:
    """Each row that holds a value, as text, without its empty cells at the end."""
    for row in rows:
        cells = [_cell(value) for value in row]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            yield cells


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())  # a cell's own line breaks are no new row
