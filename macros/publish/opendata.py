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
    datapackage.json what each file holds, its columns, licence and publisher (Frictionless)
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..data.model import Masterplan, Merged, Program
from ..plan import permalinks, record

#: A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write(plan: Masterplan, detail_urls: dict[str, str], schema_dir: Path, folder: Path, publisher: str) -> None:
    """The open data into `folder`, with the JSON Schemas of the YAML.

    `detail_urls`: the URL of the page showing each programme's detail block.
    """
    rows = records(plan, lambda p: permalinks.permalink(detail_urls[p.id], p))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "program.json").write_text(to_json(rows), encoding="utf-8")
    tables = {
        "program": program_table(plan, rows),
        "capaian": achievement_table(plan),
        "anggaran": budget_table(plan),
        **reference_tables(plan),
        **register_tables(plan, lambda m: permalinks.permalink(detail_urls[m.id], m)),
    }
    for name, (fields, data) in tables.items():
        (folder / f"{name}.csv").write_text(to_csv([f[0] for f in fields], data), encoding="utf-8")
    (folder / "datapackage.json").write_text(
        json.dumps(datapackage(plan, tables, publisher), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for schema in schema_dir.glob("*.schema.json"):
        shutil.copyfile(schema, folder / schema.name)


def records(plan: Masterplan, permalink: Callable[[Program], str]) -> list[dict[str, Any]]:
    """One dict per programme: its YAML record, its current `status`, and `tautan` (site-relative permalink)."""
    return [{**record.data_record(program), "tautan": permalink(program)} for program in plan.programs]


def to_json(rows: list[dict[str, Any]]) -> str:
    """One programme per line: compact (Python's fast encoder) yet readable in a diff or an editor."""
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"


# -- tables: each (fields, rows); a field is (name, Frictionless type, description) ---------------

Table = tuple[list[tuple[str, str, str]], list[list[Any]]]


def program_table(plan: Masterplan, rows: Sequence[dict[str, Any]]) -> Table:
    years = list(plan.years)
    fields = [("id", "string", "kode tetap program"), ("nama", "string", "nama program"),
              ("dimensi", "string", "id dimensi (dimensi.csv)"), ("elemen", "string", "id elemen (elemen.csv)"),
              ("deskripsi", "string", "uraian singkat"),
              ("tahapan", "string", "quick-win, jangka-pendek, jangka-menengah"),
              ("tahun_mulai", "integer", ""), ("tahun_selesai", "integer", ""),
              ("opd", "string", "id OPD pelaksana (opd.csv)"),
              ("opd_pendukung", "string", "id OPD pendukung, dipisah '; '"),
              ("mitra", "string", "dipisah '; '"), ("sumber_dana", "string", "dipisah '; '"),
              ("status", "string", "status saat ini"), ("status_sejak", "date", "tanggal status saat ini"),
              ("ditinjau", "date", "tanggal data terakhir ditinjau"),
              ("ilustrasi_anggaran", "boolean", "anggaran rencana adalah angka ilustrasi"),
              ("ilustrasi_target", "boolean", "kondisi awal dan target adalah angka ilustrasi"),
              *((f"anggaran_{y}", "integer", f"anggaran rencana {y}, rupiah") for y in years),
              ("anggaran_jumlah", "integer", "rupiah"),
              *((f"realisasi_{y}", "integer", f"anggaran terealisasi {y}, rupiah") for y in years),
              ("realisasi_jumlah", "integer", "rupiah"), ("jumlah_indikator", "integer", ""),
              ("catatan", "string", ""), ("tautan", "string", "tautan tetap blok detail program di situs")]
    data = []
    for p, row in zip(plan.programs, rows, strict=True):
        data.append([p.id, p.nama, p.dimensi, p.elemen, p.deskripsi, p.tahapan, p.tahun_mulai, p.tahun_selesai, p.opd,
                     "; ".join(p.opd_pendukung), "; ".join(p.mitra), "; ".join(p.sumber_dana), p.status,
                     p.riwayat_status[-1].tanggal.isoformat(), p.ditinjau.isoformat(), p.ilustrasi.anggaran,
                     p.ilustrasi.target, *(p.anggaran.get(y, "") for y in years), p.planned_total,
                     *(p.realisasi[y].jumlah if y in p.realisasi else "" for y in years), p.realised_total,
                     len(p.indikator), p.catatan, row["tautan"]])
    return fields, data


def achievement_table(plan: Masterplan) -> Table:
    fields = [("program", "string", "id program (program.csv)"),
              ("indikator", "integer", "urutan indikator pada program"),
              ("nama_indikator", "string", ""), ("satuan", "string", ""), ("arah", "string", "naik atau turun"),
              ("tahun", "integer", ""), ("target", "string", "target tahun itu"),
              ("capaian", "string", "capaian yang dilaporkan; kosong bila belum"),
              ("tanggal_capaian", "date", ""), ("sumber_capaian", "string", ""),
              ("ilustrasi_target", "boolean", "target adalah angka ilustrasi")]
    data = []
    for p in plan.programs:
        for number, indicator in enumerate(p.indikator, 1):
            years = sorted(set(indicator.target) | {a.tahun for a in indicator.capaian})
            for year in years:
                achieved = indicator.achieved(year)
                data.append([p.id, number, indicator.nama, indicator.satuan, indicator.arah, year,
                             indicator.target.get(year, ""), achieved.nilai if achieved else "",
                             achieved.tanggal.isoformat() if achieved else "", achieved.sumber if achieved else "",
                             p.ilustrasi.target])
    return fields, data


def budget_table(plan: Masterplan) -> Table:
    fields = [("program", "string", "id program (program.csv)"), ("tahun", "integer", ""),
              ("rencana", "integer", "anggaran yang direncanakan, rupiah"),
              ("realisasi", "integer", "anggaran yang terealisasi, rupiah; kosong bila belum dilaporkan"),
              ("sumber_realisasi", "string", "misalnya DPA atau LKPJ"),
              ("ilustrasi_anggaran", "boolean", "anggaran rencana adalah angka ilustrasi")]
    data = []
    for p in plan.programs:
        for year in sorted(set(p.anggaran) | set(p.realisasi)):
            spent = p.realisasi.get(year)
            data.append([p.id, year, p.anggaran.get(year, ""), spent.jumlah if spent else "",
                         spent.sumber if spent else "", p.ilustrasi.anggaran])
    return fields, data


def reference_tables(plan: Masterplan) -> dict[str, Table]:
    return {
        "opd": ([("id", "string", ""), ("nama", "string", ""), ("singkatan", "string", ""),
                 ("perlu_verifikasi", "boolean", "nama resmi belum dipastikan dari sumber")],
                [[a.id, a.nama, a.singkatan, a.perlu_verifikasi] for a in plan.agencies]),
        "dimensi": ([("id", "string", ""), ("kode", "string", "awalan id program"), ("nama", "string", "")],
                    [[d.id, d.kode, d.nama] for d in plan.dimensions]),
        "elemen": ([("id", "string", ""), ("dimensi", "string", "id dimensi (dimensi.csv)"), ("nama", "string", "")],
                   [[e.id, d.id, e.nama] for d in plan.dimensions for e in d.elements]),
    }


def register_tables(plan: Masterplan, permalink: Callable[[Merged], str]) -> dict[str, Table]:
    """The key indicators, the merged programmes, the risks and the proposed regulations."""
    key = ([("dimensi", "string", "id dimensi (dimensi.csv)"), ("indikator", "integer", "urutan indikator"),
            ("nama_indikator", "string", ""), ("satuan", "string", ""), ("arah", "string", "naik atau turun"),
            ("tahun", "integer", ""), ("target", "string", ""),
            ("ilustrasi", "boolean", "kondisi awal dan target adalah angka ilustrasi")],
           [[d.id, k, i.nama, i.satuan, i.arah, year, value, d.indikator_utama_ilustrasi]
            for d in plan.dimensions for k, i in enumerate(d.indikator_utama, 1) for year, value in i.target.items()])
    merged = ([("id", "string", "id lama, tidak dipakai ulang"), ("nama", "string", ""),
               ("digabung_ke", "string", "id program (program.csv)"), ("tanggal", "date", ""),
               ("alasan", "string", ""), ("tautan", "string", "tautan lama, kini catatan penggabungannya")],
              [[m.id, m.nama, m.digabung_ke, m.tanggal.isoformat(), m.alasan, permalink(m)] for m in plan.merged])
    risks = ([("id", "string", ""), ("risiko", "string", ""), ("penyebab", "string", ""),
              ("kemungkinan", "string", "rendah, sedang atau tinggi"),
              ("dampak", "string", "rendah, sedang atau tinggi"),
              ("pemilik", "string", "id OPD (opd.csv)"), ("mitigasi", "string", ""),
              ("program", "string", "id program terkait, dipisah '; '")],
             [[r.id, r.risiko, r.penyebab, r.kemungkinan, r.dampak, r.pemilik, r.mitigasi, "; ".join(r.program)]
              for r in plan.risks])
    regulations = ([("id", "string", ""), ("jenis", "string", ""), ("tentang", "string", ""),
                    ("tahun", "integer", "tahun penetapan yang diusulkan"),
                    ("pemrakarsa", "string", "id OPD (opd.csv)"),
                    ("alasan", "string", ""), ("program", "string", "id program terkait, dipisah '; '")],
                   [[r.id, r.jenis, r.tentang, r.tahun, r.pemrakarsa, r.alasan, "; ".join(r.program)]
                    for r in plan.regulations])
    return {"indikator-utama": key, "digabung": merged, "risiko": risks, "regulasi": regulations}


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV for spreadsheets. Text a spreadsheet would run as a formula (starting with = + - @) is
    preceded by an apostrophe; numbers are written as numbers, true/false as words."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def spreadsheet_text(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character is preceded by an apostrophe (OWASP).

    >>> print(spreadsheet_text("=SUM(A1:A9)"), spreadsheet_text("GOV-01"))
    '=SUM(A1:A9) GOV-01
    """
    return "'" + text if text.startswith(FORMULA_START) else text


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    return spreadsheet_text(str(value))


# -- the data package ---------------------------------------------------------------------------

_KEYS = {
    "program": ("id", [("dimensi", "dimensi", "id"), ("elemen", "elemen", "id"), ("opd", "opd", "id")]),
    "capaian": (["program", "indikator", "tahun"], [("program", "program", "id")]),
    "anggaran": (["program", "tahun"], [("program", "program", "id")]),
    "opd": ("id", []),
    "dimensi": ("id", []),
    "elemen": ("id", [("dimensi", "dimensi", "id")]),
    "indikator-utama": (["dimensi", "indikator", "tahun"], [("dimensi", "dimensi", "id")]),
    "digabung": ("id", [("digabung_ke", "program", "id")]),
    "risiko": ("id", [("pemilik", "opd", "id")]),
    "regulasi": ("id", [("pemrakarsa", "opd", "id")]),
}


def datapackage(plan: Masterplan, tables: dict[str, Table], publisher: str) -> dict[str, Any]:
    """A Frictionless Data Package (v1) describing every CSV table; the licence is marked proposed."""
    resources = []
    for name, (fields, _) in tables.items():
        primary, foreign = _KEYS[name]
        resources.append({
            "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8",
            "schema": {"fields": [{"name": n, "type": t, **({"description": d} if d else {})} for n, t, d in fields],
                       "primaryKey": primary,
                       "foreignKeys": [{"fields": f, "reference": {"resource": r, "fields": k}} for f, r, k in foreign],
                       "missingValues": [""]},
        })
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
        "resources": resources,
    }
