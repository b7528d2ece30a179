"""Open data: every programme as JSON and CSV, the indicators and budgets in long tables, the
reference tables that decode their codes, and a Frictionless data package describing them all.

    program.json     every programme as its YAML record reads, with `status` and `tautan`
    program.csv      one row per programme, for spreadsheets
    capaian.csv      one row per indicator and year: target and what was achieved
    anggaran.csv     one row per programme and year: budget planned and realised
    opd.csv, dimensi.csv, elemen.csv    the codes used in the tables above
    indikator-utama.csv  one row per key indicator of a dimension and year: its target
    digabung.csv     programmes merged into others: where each went, and its old permalink
    risiko.csv, regulasi.csv            the risk register and the regulations the plan proposes
    evaluasi.csv     the yearly evaluation's material, one row per item of each year begun
    data-terbuka.xlsx, evaluasi.xlsx    the same tables as spreadsheet workbooks (publish.workbook)
    datapackage.json what each file holds, its columns, licence and publisher (Frictionless)

Each CSV table, its header and its description in datapackage.json come from one declaration (`tables`).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from ..data.model import Masterplan, Merged, Program
from ..plan import permalinks, record
from . import tables, workbook
from .cells import spreadsheet_text
from .tables import Table

#: The workbooks and the tables each holds (None: every table).
WORKBOOKS = {"data-terbuka": None, "evaluasi": ("evaluasi",)}


def write(plan: Masterplan, detail_urls: dict[str, str], schema_dir: Path, folder: Path, publisher: str,
          today: datetime.date, site_url: str = "") -> None:
    """The open data into `folder`, with the JSON Schemas of the YAML; `today` decides the years evaluated.

    `detail_urls`: the URL of the page showing each programme's detail block (and each merged note), relative
    to `site_url`, the site's address (pinned to its version in a release): every link is absolute, so it
    still works when the file is read elsewhere.
    """
    def link(item: Program | Merged) -> str:
        return urljoin(site_url, permalinks.permalink(detail_urls[item.id], item))

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "program.json").write_text(to_json(records(plan, link)), encoding="utf-8")
    every = tables.every_table(plan, link, today)
    for table in every:
        (folder / f"{table.name}.csv").write_text(to_csv(table.header, table.rows()), encoding="utf-8")
    for name, shown in WORKBOOKS.items():
        chosen = [table for table in every if shown is None or table.name in shown]
        (folder / f"{name}.xlsx").write_bytes(workbook.workbook(chosen, plan.info["judul"], today))
    (folder / "datapackage.json").write_text(
        json.dumps(datapackage(plan, every, publisher), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for schema in schema_dir.glob("*.schema.json"):
        shutil.copyfile(schema, folder / schema.name)


def records(plan: Masterplan, permalink: Callable[[Program], str]) -> list[dict[str, Any]]:
    """One dict per programme: its YAML record, its current `status`, and `tautan` (its permalink)."""
    return [{**record.data_record(program), "tautan": permalink(program)} for program in plan.programs]


def to_json(rows: list[dict[str, Any]]) -> str:
    """One programme per line: compact (Python's fast encoder) yet readable in a diff or an editor."""
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV for spreadsheets. Text a spreadsheet would run as a formula (starting with = + - @) is
    preceded by an apostrophe; numbers are written as numbers, true/false as words."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    return spreadsheet_text(str(value))


# -- the data package ---------------------------------------------------------------------------

def datapackage(plan: Masterplan, every: Sequence[Table], publisher: str) -> dict[str, Any]:
    """A Frictionless Data Package (v1) describing every CSV table; the licence is marked proposed."""
    info = plan.info
    return {
        "profile": "tabular-data-package",
        "name": "masterplan-smart-city",
        "title": info["judul"],
        "description": (f"Program, indikator dan anggaran {info['judul']}, versi {info['versi']} "
                        f"({info['status_naskah']}). Teks yang diawali = + - @ diberi tanda ' di depannya (OWASP)."),
        "version": info["versi"],
        "contributors": [{"title": publisher, "role": "publisher"}],
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0 (diusulkan, belum ditetapkan)"}],
        "resources": [resource(table) for table in every],
        # Not resources: a tabular data package lists CSV tables only, and each sheet is one of them.
        "workbooks": [{"path": f"{name}.xlsx", "mediatype": workbook.MEDIA_TYPE,
                       "description": "lembar kerja: " + ("semua tabel di atas, satu sheet per tabel"
                                                          if shown is None else ", ".join(shown))
                       + ", ditambah sheet kamus-data"} for name, shown in WORKBOOKS.items()],
    }


def resource(table: Table) -> dict[str, Any]:
    """A table as a Frictionless tabular data resource: its file, columns and keys."""
    fields = [{"name": c.name, "type": c.type, **({"description": c.description} if c.description else {})}
              for c in table.columns]
    foreign = [{"fields": f, "reference": {"resource": r, "fields": k}} for f, r, k in table.foreign_keys]
    return {
        "name": table.name, "path": f"{table.name}.csv", "profile": "tabular-data-resource", "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8",
        "schema": {"fields": fields, "primaryKey": table.primary_key, "foreignKeys": foreign, "missingValues": [""]},
    }
