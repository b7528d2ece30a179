"""The open data as spreadsheet workbooks (.xlsx), for readers whose spreadsheet splits CSV on ';'.

With Indonesian regional settings the decimal separator is a comma, so a spreadsheet program expects
fields separated by ';' and opens the comma-separated files in one column. A workbook has no separator:

    data-terbuka.xlsx  one sheet per open-data table, in datapackage.json's order, then the data dictionary
    evaluasi.xlsx      the yearly evaluation's material alone, with its dictionary

Cells are typed as the table declares them (whole numbers, true/false, dates; a number in a text column
stays a number), the header row is bold and frozen, and text a spreadsheet would run as a formula is
neutralised as in the CSV files (publish.cells), so that it is stored as text; a control character,
which a workbook's XML cannot hold, becomes a space. The same data gives the same bytes: the file's
dates are the build's `today`, not the clock.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from .cells import spreadsheet_text
from .tables import Table

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DICTIONARY = "kamus-data"
#: Widest a column opens, in characters: long descriptions wrap in the cell instead.
_MAX_WIDTH = 60
_BOLD = Font(bold=True)
_DATE = "yyyy-mm-dd"


def workbook(tables: Sequence[Table], title: str, today: datetime.date) -> bytes:
    """`tables` as one .xlsx file: a sheet per table, then a sheet describing every column."""
    book = Workbook(write_only=True)  # made for writing large files: no sheet kept cell by cell
    for table in tables:
        rows = [[_typed(value, c.type) for value, c in zip(row, table.columns, strict=True)] for row in table.rows()]
        _sheet(book, table.name, table.header, rows)
    _sheet(book, DICTIONARY, ["tabel", "kolom", "tipe", "keterangan"],
           [[table.name, c.name, c.type, c.description] for table in tables for c in table.columns])
    stamp = datetime.datetime.combine(today, datetime.time())
    book.properties.title, book.properties.creator = title, title
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()  # Workbook.save would date the file with the clock
    return _dated(buffer.getvalue(), stamp)


def _sheet(book: Workbook, name: str, header: list[str], rows: list[list[Any]]) -> None:
    """One sheet, written row by row (write-only: the sheet's look is set before its first row)."""
    sheet = book.create_sheet(name[:31])  # a sheet name holds at most 31 characters
    sheet.freeze_panes = "A2"
    for number, column in enumerate(zip(header, *rows, strict=True), 1):
        width = max(len(str(value)) for value in column if value is not None)
        sheet.column_dimensions[get_column_letter(number)].width = min(width + 2, _MAX_WIDTH)
    sheet.append([_styled(sheet, value, font=_BOLD) for value in header])
    for row in rows:
        sheet.append([_styled(sheet, value, number_format=_DATE) if isinstance(value, datetime.date) else value
                      for value in row])


def _styled(sheet: Any, value: Any, **style: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _typed(value: Any, kind: str) -> Any:
    """A cell's value as its column's type says: empty is empty, a date a date, a number a number."""
    if value == "" or value is None:
        return None
    if isinstance(value, (bool, int, float)):
        return value
    if kind == "date":
        return datetime.date.fromisoformat(value)
    return ILLEGAL_CHARACTERS_RE.sub(" ", spreadsheet_text(str(value)))  # controls XML cannot hold


def _dated(xlsx: bytes, stamp: datetime.datetime) -> bytes:
    """The file with every part dated `stamp`: openpyxl dates the parts of its zip with the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, stamp.timetuple()[:6]), source.read(info.filename),
                            zipfile.ZIP_DEFLATED)
    return out.getvalue()
