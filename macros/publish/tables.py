"""The open-data tables, each declared once: its columns and its keys.

A column is its name, its Frictionless type, its description and its value, a function of the row's
record (a programme, an indicator's year, an agency...). The CSV header and rows and the table's
schema in datapackage.json all come from that one declaration (publish.opendata), so they cannot
drift apart.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..data.model import Achievement, Dimension, Element, Indicator, Masterplan, Merged, Program, Spending

Link = Callable[[Program | Merged], str]  # a programme's (or merged programme's) site-relative permalink


class Column(NamedTuple):
    """One column of a table: its name, Frictionless type, description, and its cell from a row's record."""

    name: str
    type: str  # string, integer, boolean or date
    description: str
    value: Callable[[Any], Any]


def column(name: str, type: str, description: str = "", value: str | Callable[[Any], Any] | None = None) -> Column:
    """A column whose value is `value` (a function of the record, or the dotted name of its attribute;
    by default the attribute called `name`)."""
    if not callable(value):
        value = operator.attrgetter(value or name)
    return Column(name, type, description, value)


def joined(attribute: str) -> Callable[[Any], str]:
    """A list attribute as one cell, its items separated by '; '."""
    items = operator.attrgetter(attribute)
    return lambda record: "; ".join(items(record))


def iso(attribute: str) -> Callable[[Any], str]:
    """A date attribute as YYYY-MM-DD."""
    date = operator.attrgetter(attribute)
    return lambda record: date(record).isoformat()


@dataclass(frozen=True)
class Table:
    """An open-data table: `name`.csv, one row per record, with its primary and foreign keys
    (each foreign key: this table's column, the table it refers to, and that table's column)."""

    name: str
    columns: tuple[Column, ...]
    records: Sequence[Any]
    primary_key: str | list[str]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()

    @property
    def header(self) -> list[str]:
        return [c.name for c in self.columns]

    def rows(self) -> list[list[Any]]:
        return [[c.value(record) for c in self.columns] for record in self.records]


def every_table(plan: Masterplan, link: Link) -> list[Table]:
    """Every table of the open data, in the order datapackage.json lists them."""
    return [program_table(plan, link), achievement_table(plan), budget_table(plan), *reference_tables(plan),
            *register_tables(plan, link)]


# -- programmes -----------------------------------------------------------------------------------


def program_table(plan: Masterplan, link: Link) -> Table:
    """One row per programme, for spreadsheets: lists joined, the budget one column per year."""
    years = list(plan.years)
    columns = (
        column("id", "string", "kode tetap program"), column("nama", "string", "nama program"),
        column("dimensi", "string", "id dimensi (dimensi.csv)"), column("elemen", "string", "id elemen (elemen.csv)"),
        column("deskripsi", "string", "uraian singkat"),
        column("tahapan", "string", "quick-win, jangka-pendek, jangka-menengah"),
        column("tahun_mulai", "integer"), column("tahun_selesai", "integer"),
        column("opd", "string", "id OPD pelaksana (opd.csv)"),
        column("opd_pendukung", "string", "id OPD pendukung, dipisah '; '", joined("opd_pendukung")),
        column("mitra", "string", "dipisah '; '", joined("mitra")),
        column("sumber_dana", "string", "dipisah '; '", joined("sumber_dana")),
        column("status", "string", "status saat ini"),
        column("status_sejak", "date", "tanggal status saat ini", lambda p: p.riwayat_status[-1].tanggal.isoformat()),
        column("ditinjau", "date", "tanggal data terakhir ditinjau", iso("ditinjau.tanggal")),
        column("ditinjau_oleh", "string", "siapa peninjaunya (kosakata peninjau)", "ditinjau.oleh"),
        column("ilustrasi_anggaran", "boolean", "anggaran rencana adalah angka ilustrasi", "ilustrasi.anggaran"),
        column("ilustrasi_target", "boolean", "kondisi awal dan target adalah angka ilustrasi", "ilustrasi.target"),
        *(column(f"anggaran_{y}", "integer", f"anggaran rencana {y}, rupiah", lambda p, y=y: p.anggaran.get(y, ""))
          for y in years),
        column("anggaran_jumlah", "integer", "rupiah", "planned_total"),
        *(column(f"realisasi_{y}", "integer", f"anggaran terealisasi {y}, rupiah",
                 lambda p, y=y: p.realisasi[y].jumlah if y in p.realisasi else "") for y in years),
        column("realisasi_jumlah", "integer", "rupiah", "realised_total"),
        column("jumlah_indikator", "integer", "", lambda p: len(p.indikator)),
        column("catatan", "string"), column("tautan", "string", "tautan tetap blok detail program di situs", link),
    )
    return Table("program", columns, plan.programs, "id",
                 (("dimensi", "dimensi", "id"), ("elemen", "elemen", "id"), ("opd", "opd", "id")))


class _Result(NamedTuple):
    """One indicator of a programme in one year: its target, and what was achieved (if reported)."""

    program: Program
    number: int  # the indicator's place in the programme, from 1
    indicator: Indicator
    year: int
    achieved: Achievement | None


#: An indicator in one year, as the achievement and key-indicator tables both describe it (rows with
#: `.indicator` and `.year`).
_INDICATOR_YEAR = (
    column("nama_indikator", "string", "", "indicator.nama"), column("satuan", "string", "", "indicator.satuan"),
    column("arah", "string", "naik atau turun", "indicator.arah"), column("tahun", "integer", "", "year"),
)


def _reported(figure: str, what: str) -> tuple[Column, ...]:
    """What a reported figure carries besides its value (model.Reported), for rows whose attribute `figure`
    is the figure or None: its period, evidence link, reporter and verification (columns named `..._<what>`)."""
    get = operator.attrgetter(figure)

    def cell(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
        return lambda r: "" if get(r) is None else read(get(r))

    return (
        column(f"triwulan_{what}", "integer", "angka kumulatif sampai akhir triwulan ini; kosong: setahun penuh",
               cell(lambda f: f.triwulan or "")),
        column(f"tautan_{what}", "string", "tautan dokumen bukti", cell(lambda f: f.tautan)),
        column(f"pelapor_{what}", "string", "id OPD pelapor (opd.csv)", cell(lambda f: f.pelapor)),
        column(f"diverifikasi_oleh_{what}", "string", "id OPD yang memverifikasi; kosong: belum diverifikasi",
               cell(lambda f: f.verifikasi.oleh if f.verifikasi else "")),
        column(f"tanggal_verifikasi_{what}", "date", "", cell(lambda f: f.verifikasi.tanggal.isoformat()
                                                               if f.verifikasi else "")),
    )


def achievement_table(plan: Masterplan) -> Table:
    """One row per indicator and year: the target and what was achieved."""
    columns = (
        column("program", "string", "id program (program.csv)", "program.id"),
        column("indikator", "integer", "urutan indikator pada program", "number"),
        *_INDICATOR_YEAR,
        column("target", "string", "target tahun itu", lambda r: r.indicator.target.get(r.year, "")),
        column("capaian", "string", "capaian yang dilaporkan; kosong bila belum",
               lambda r: r.achieved.nilai if r.achieved else ""),
        column("tanggal_capaian", "date", "", lambda r: r.achieved.tanggal.isoformat() if r.achieved else ""),
        column("sumber_capaian", "string", "", lambda r: r.achieved.sumber if r.achieved else ""),
        *_reported("achieved", "capaian"),
        column("ilustrasi_target", "boolean", "target adalah angka ilustrasi", "program.ilustrasi.target"),
    )
    records = [_Result(p, number, indicator, year, indicator.achieved(year))
               for p in plan.programs for number, indicator in enumerate(p.indikator, 1)
               for year in sorted(set(indicator.target) | {a.tahun for a in indicator.capaian})]
    return Table("capaian", columns, records, ["program", "indikator", "tahun"], (("program", "program", "id"),))


class _Budget(NamedTuple):
    """One programme in one year: its budget planned, and what was spent (if reported)."""

    program: Program
    year: int
    spent: Spending | None


def budget_table(plan: Masterplan) -> Table:
    """One row per programme and year: the budget planned and realised."""
    columns = (
        column("program", "string", "id program (program.csv)", "program.id"), column("tahun", "integer", "", "year"),
        column("rencana", "integer", "anggaran yang direncanakan, rupiah",
               lambda r: r.program.anggaran.get(r.year, "")),
        column("realisasi", "integer", "anggaran yang terealisasi, rupiah; kosong bila belum dilaporkan",
               lambda r: r.spent.jumlah if r.spent else ""),
        column("sumber_realisasi", "string", "misalnya DPA atau LKPJ", lambda r: r.spent.sumber if r.spent else ""),
        *_reported("spent", "realisasi"),
        column("ilustrasi_anggaran", "boolean", "anggaran rencana adalah angka ilustrasi",
               "program.ilustrasi.anggaran"),
    )
    records = [_Budget(p, year, p.realisasi.get(year))
               for p in plan.programs for year in sorted(set(p.anggaran) | set(p.realisasi))]
    return Table("anggaran", columns, records, ["program", "tahun"], (("program", "program", "id"),))


# -- the codes, and the registers -----------------------------------------------------------------


class _Element(NamedTuple):
    dimension: Dimension
    element: Element


def reference_tables(plan: Masterplan) -> list[Table]:
    """The tables that decode the codes in the others: agencies, dimensions, elements."""
    agencies = (column("id", "string"), column("nama", "string"), column("singkatan", "string"),
                column("perlu_verifikasi", "boolean", "nama resmi belum dipastikan dari sumber"))
    dimensions = (column("id", "string"), column("kode", "string", "awalan id program"), column("nama", "string"))
    elements = (column("id", "string", "", "element.id"),
                column("dimensi", "string", "id dimensi (dimensi.csv)", "dimension.id"),
                column("nama", "string", "", "element.nama"))
    return [
        Table("opd", agencies, plan.agencies, "id"),
        Table("dimensi", dimensions, plan.dimensions, "id"),
        Table("elemen", elements, [_Element(d, e) for d in plan.dimensions for e in d.elements], "id",
              (("dimensi", "dimensi", "id"),)),
    ]


class _KeyTarget(NamedTuple):
    """A dimension's key indicator in one year, with its target."""

    dimension: Dimension
    number: int  # the indicator's place in the dimension, from 1
    indicator: Indicator
    year: int
    target: Any


def register_tables(plan: Masterplan, link: Link) -> list[Table]:
    """The key indicators, the merged programmes, the risks and the proposed regulations."""
    return [_key_indicator_table(plan), _merged_table(plan, link), _risk_table(plan), _regulation_table(plan)]


def _key_indicator_table(plan: Masterplan) -> Table:
    columns = (
        column("dimensi", "string", "id dimensi (dimensi.csv)", "dimension.id"),
        column("indikator", "integer", "urutan indikator", "number"),
        *_INDICATOR_YEAR,
        column("target", "string"),
        column("ilustrasi", "boolean", "kondisi awal dan target adalah angka ilustrasi",
               "dimension.indikator_utama_ilustrasi"),
    )
    records = [_KeyTarget(d, k, i, year, value) for d in plan.dimensions
               for k, i in enumerate(d.indikator_utama, 1) for year, value in i.target.items()]
    return Table("indikator-utama", columns, records, ["dimensi", "indikator", "tahun"],
                 (("dimensi", "dimensi", "id"),))


def _merged_table(plan: Masterplan, link: Link) -> Table:
    columns = (
        column("id", "string", "id lama, tidak dipakai ulang"), column("nama", "string"),
        column("digabung_ke", "string", "id program (program.csv)"), column("tanggal", "date", "", iso("tanggal")),
        column("alasan", "string"), column("tautan", "string", "tautan lama, kini catatan penggabungannya", link),
    )
    return Table("digabung", columns, plan.merged, "id", (("digabung_ke", "program", "id"),))


def _risk_table(plan: Masterplan) -> Table:
    columns = (
        column("id", "string"), column("risiko", "string"), column("penyebab", "string"),
        column("kemungkinan", "string", "rendah, sedang atau tinggi"),
        column("dampak", "string", "rendah, sedang atau tinggi"),
        column("pemilik", "string", "id OPD (opd.csv)"), column("mitigasi", "string"),
        column("program", "string", "id program terkait, dipisah '; '", joined("program")),
    )
    return Table("risiko", columns, plan.risks, "id", (("pemilik", "opd", "id"),))


def _regulation_table(plan: Masterplan) -> Table:
    columns = (
        column("id", "string"), column("jenis", "string"), column("tentang", "string"),
        column("tahun", "integer", "tahun penetapan yang diusulkan"),
        column("pemrakarsa", "string", "id OPD (opd.csv)"), column("alasan", "string"),
        column("program", "string", "id program terkait, dipisah '; '", joined("program")),
    )
    return Table("regulasi", columns, plan.regulations, "id", (("pemrakarsa", "opd", "id"),))
