"""The open data as workbooks: a sheet per table and one for the dictionary, typed cells, a frozen
header, formula-like text kept as text, and the same bytes for the same data."""

from __future__ import annotations

import datetime
import io
import zipfile
from types import SimpleNamespace

import openpyxl

from macros.publish import workbook
from macros.publish.tables import Table, column

TODAY = datetime.date(2026, 11, 30)
ROWS = [
    SimpleNamespace(id="GOV-01", nilai=12, rupiah=500000000, aktif=True, tanggal="2026-02-10",
                    teks="=HYPERLINK(\"x\")"),
    SimpleNamespace(id="GOV-02\x0bb\x1c", nilai="7,5", rupiah="", aktif=False, tanggal="", teks="@SUM(A1)"),
]
TABLE = Table("program", (column("id", "string", "kode tetap program"), column("nilai", "string"),
                          column("rupiah", "integer", "rupiah"), column("aktif", "boolean"),
                          column("tanggal", "date"), column("teks", "string")), ROWS, "id")
SECOND = Table("opd", (column("id", "string"),), [SimpleNamespace(id="diskominfo")], "id")


def read(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_a_sheet_per_table_then_the_dictionary():
    book = read(workbook.workbook([TABLE, SECOND], "Masterplan Uji", TODAY))
    assert book.sheetnames == ["program", "opd", "kamus-data"]
    dictionary = [[c.value for c in row] for row in book["kamus-data"].iter_rows()]
    assert dictionary[0] == ["tabel", "kolom", "tipe", "keterangan"]
    assert ["program", "id", "string", "kode tetap program"] in dictionary
    assert ["opd", "id", "string", None] in dictionary
    assert book.properties.title == "Masterplan Uji"


def test_cells_are_typed_controls_become_spaces_and_the_header_is_frozen_and_bold():
    sheet = read(workbook.workbook([TABLE], "Uji", TODAY))["program"]
    assert sheet.freeze_panes == "A2" and all(cell.font.bold for cell in sheet[1])
    first, second = ([(c.value, c.data_type) for c in row] for row in sheet.iter_rows(min_row=2))
    assert first[:5] == [("GOV-01", "s"), (12, "n"), (500000000, "n"), (True, "b"),
                         (datetime.datetime(2026, 2, 10), "d")]
    assert second[:5] == [("GOV-02 b ", "s"), ("7,5", "s"), (None, "n"), (False, "b"), (None, "n")]
    assert sheet["E2"].number_format == "yyyy-mm-dd"


def test_text_a_spreadsheet_would_run_is_text_neutralised_as_in_the_csv():
    sheet = read(workbook.workbook([TABLE], "Uji", TODAY))["program"]
    assert (sheet["F2"].value, sheet["F2"].data_type) == ("'=HYPERLINK(\"x\")", "s")
    assert (sheet["F3"].value, sheet["F3"].data_type) == ("'@SUM(A1)", "s")


def test_the_same_data_gives_the_same_bytes_dated_by_the_build():
    data = workbook.workbook([TABLE], "Uji", TODAY)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 30, 0, 0, 0)}
    assert read(data).properties.modified == datetime.datetime(2026, 11, 30)
    assert workbook.workbook([TABLE], "Uji", TODAY) == data
