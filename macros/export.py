"""Open data: every programme as JSON and CSV, with the permalink of its detail block."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import links
from .model import Masterplan, Program

#: Fields of the YAML files, in their order; where a programme was read from is not data.
FIELDS = [f for f in Program.__dataclass_fields__ if not f.startswith("source_")]


def write(plan: Masterplan, detail_urls: dict[str, str], schema_dir: Path, folder: Path) -> None:
    """The open data into `folder`: program.json, program.csv and the JSON Schemas they follow.

    `detail_urls`: the URL of the page showing each programme's detail block.
    """
    rows = records(plan, lambda p: links.permalink(detail_urls[p.id], p))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "program.json").write_text(to_json(rows), encoding="utf-8")
    (folder / "program.csv").write_text(to_csv(rows, plan.years), encoding="utf-8")
    for schema in schema_dir.glob("*.schema.json"):
        shutil.copyfile(schema, folder / schema.name)


def records(plan: Masterplan, permalink: Callable[[Program], str]) -> list[dict[str, Any]]:
    """One dict per programme: all YAML keys, plus `tautan` (site-relative permalink)."""
    return [{**data_record(program), "tautan": permalink(program)} for program in plan.programs]


def data_record(program: Program) -> dict[str, Any]:
    """A programme as its YAML record would read in JSON (lists, string years)."""
    record = {name: getattr(program, name) for name in FIELDS}
    for name in ("opd_pendukung", "mitra", "sumber_dana"):
        record[name] = list(record[name])
    record["indikator"] = [{"nama": i.nama, "target": i.target} for i in program.indikator]
    record["anggaran"] = {str(year): amount for year, amount in program.anggaran.items()}
    return record


def to_json(rows: list[dict[str, Any]]) -> str:
    """One programme per line: compact (Python's fast encoder) yet readable in a diff or an editor."""
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"


def to_csv(rows: list[dict[str, Any]], years: range) -> str:
    """CSV for spreadsheets: lists joined with '; ', one column per plan year for the budget.

    Text that a spreadsheet would run as a formula (starting with = + - @) is preceded by an
    apostrophe; numbers are written as numbers.
    """
    budget_columns = [f"anggaran_{y}" for y in years]
    header = [f for f in FIELDS if f != "anggaran"] + budget_columns + ["anggaran_jumlah", "tautan"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        flat = {k: _cell(v) for k, v in row.items() if k != "anggaran"}
        flat.update({f"anggaran_{y}": row["anggaran"].get(str(y), "") for y in years})
        flat["anggaran_jumlah"] = sum(row["anggaran"].values())
        writer.writerow(flat)
    return buffer.getvalue()


#: A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character is preceded by an apostrophe (OWASP).

    >>> print(spreadsheet_text("=SUM(A1:A9)"), spreadsheet_text("GOV-01"))
    '=SUM(A1:A9) GOV-01
    """
    return "'" + text if text.startswith(FORMULA_START) else text


def _cell(value: Any) -> Any:
    """A CSV cell: numbers as they are, anything else as text a spreadsheet will not run."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    return spreadsheet_text(_text(value))


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, dict) and set(value) == {"nama", "target"}:
        return f"{value['nama']} = {value['target']}"
    return str(value)
