"""The open-data tables, each declared once: its columns and its keys.

A column is its name, its Frictionless type, its description and its value, a function of the row's
record (a programme, an indicator's year, an agency...). The CSV header and rows and the table's
schema in datapackage.json all come from that one declaration (publish.opendata), so they cannot
drift apart.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..data.model import Achievement, Dimension, Element, Indicator, Masterplan, Merged, Program, Spending
from ..plan import evaluation as ev

#: A programme's (or merged programme's) permalink, absolute in the published files.
Link = Callable[[Program | Merged], str]


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


def every_table(plan: Masterplan, link: Link, today: datetime.date) -> list[Table]:
    """Every table of the open data, in the order datapackage.json lists them."""
    return [program_table(plan, link), achievement_table(plan), budget_table(plan), *reference_tables(plan),
            *register_tables(plan, link), evaluation_table(plan, link, today)]


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
        column("melanjutkan", "string", "layanan yang sudah ada dan diteruskan program ini; kosong: program baru",
               lambda p: p.melanjutkan.layanan if p.melanjutkan else ""),
        column("melanjutkan_sumber", "string", "di mana layanan itu tercatat",
               lambda p: p.melanjutkan.sumber if p.melanjutkan else ""),
        column("catatan", "string"),
        column("tautan", "string", "tautan tetap (alamat lengkap) uraian program di situs versi ini", link),
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
                column("perlu_verifikasi", "boolean", "nama resmi belum dipastikan dari sumber"),
                column("sumber", "string", "berita atau dokumen yang menyebut nama ini"))
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


# -- the yearly evaluation --------------------------------------------------------------------------


class _Assessed(NamedTuple):
    """One item of a year's self-assessment material: a programme, an indicator, a regulation, a budget."""

    tahun: int
    dimensi_evaluasi: str  # Baseline, Output, Outcome, Impact or Quick Win
    bagian: str
    butir: str  # the item: a programme id, GOV-01/2 (its second indicator), REG-01, governance/1 (key indicator)
    nama: str
    keterangan: str  # dilaporkan, belum dilaporkan, belum diukur, ...
    program: Program | None = None
    satuan: str = ""
    rencana: Any = ""
    nilai: Any = ""
    status_program: str = ""
    evidence: Achievement | Spending | None = None  # the figure's report (model.Reported)
    ilustrasi: bool = False

    def proof(self, name: str) -> Any:
        """One field of the row's evidence (None where it has none)."""
        return getattr(self.evidence, name) if self.evidence else None


def evaluation_table(plan: Masterplan, link: Link, today: datetime.date) -> Table:
    """One row per item of the yearly evaluation's material, for every year begun (the page evaluasi)."""
    columns = (
        column("tahun", "integer", "tahun yang dievaluasi"),
        column("dimensi_evaluasi", "string", "Baseline, Output, Outcome, Impact atau Quick Win"),
        column("bagian", "string", "bagian dimensi evaluasi"),
        column("butir", "string", "id program, program/urutan indikator, id regulasi, dimensi/urutan indikator utama"),
        column("program", "string", "id program (program.csv); kosong bila bukan angka program",
               lambda r: r.program.id if r.program else ""),
        column("nama", "string", "nama program, indikator atau regulasi"), column("satuan", "string"),
        column("rencana", "string", "target tahun itu, atau anggaran rencana dalam rupiah"),
        column("nilai", "string", "capaian, realisasi (rupiah), kondisi awal atau status; kosong bila belum"),
        column("keterangan", "string", "dilaporkan, belum dilaporkan, belum diukur, ..."),
        column("status_program", "string", "status program pada akhir tahun (atau hari ini, selama tahun berjalan)"),
        column("triwulan", "integer", "angka s.d. triwulan ini; kosong bila setahun penuh", _proof("triwulan")),
        column("sumber", "string", "dokumen bukti (DPA, LKPJ, laporan)", _proof("sumber")),
        column("tautan", "string", "tautan ke bukti", _proof("tautan")),
        column("pelapor", "string", "id OPD yang melaporkan (opd.csv)", _proof("pelapor")),
        column("diverifikasi_oleh", "string", "id OPD yang memverifikasi; kosong bila belum diverifikasi",
               lambda r: r.proof("verifikasi").oleh if r.proof("verifikasi") else ""),
        column("tanggal_verifikasi", "date", "", lambda r: r.proof("verifikasi").tanggal.isoformat()
               if r.proof("verifikasi") else ""),
        column("ilustrasi", "boolean", "rencana atau kondisi awal adalah angka ilustrasi"),
        column("tautan_program", "string", "tautan tetap (alamat lengkap) uraian program di situs versi ini",
               lambda r: link(r.program) if r.program else ""),
    )
    records = [row for e in ev.evaluations(plan, today)[::-1] for row in _assessed(e)]
    return Table("evaluasi", columns, records, ["tahun", "bagian", "butir"], (("program", "program", "id"),))


def _proof(name: str) -> Callable[[_Assessed], Any]:
    """One field of a row's evidence, as a cell (empty where there is none)."""
    return lambda row: row.proof(name) or ""


def _assessed(e: ev.YearEvaluation) -> list[_Assessed]:
    """A year's material, dimension by dimension."""
    return [*_baseline_rows(e), *_output_rows(e), *_outcome_rows(e), *_impact_rows(e), *_quick_win_rows(e)]


def _baseline_rows(e: ev.YearEvaluation) -> list[_Assessed]:
    b, year = e.baseline, e.year
    rows = [_Assessed(year, "Baseline", "berjalan sebelum masterplan", s.program.id, s.program.nama,
                      f"sejak {s.since.isoformat()}", s.program, status_program=s.status) for s in b.before_plan]
    for s in b.starts:
        base = s.indicator.baseline
        rows.append(_Assessed(year, "Baseline", "kondisi awal indikator", _item(s.program, s.indicator),
                              s.indicator.nama, f"diukur {base.tahun}; {base.sumber}" if base else "belum diukur",
                              s.program, s.indicator.satuan, nilai=base.nilai if base else "",
                              ilustrasi=s.program.ilustrasi.target))
        if s.due or s.previous.achieved:
            rows.append(_figure_row(year, "Baseline", f"capaian {year - 1}", s.previous))
    rows += [_figure_row(year, "Baseline", "indikator utama", f) for f in b.key_indicators]
    return rows


def _output_rows(e: ev.YearEvaluation) -> list[_Assessed]:
    year = e.year
    rows = [_Assessed(year, "Output", "regulasi", r.id, f"{r.jenis} tentang {r.tentang}",
                      "penetapan belum dilaporkan", rencana=r.tahun) for r in e.output.regulations]
    rows.append(_Assessed(year, "Output", "kelembagaan", "kelembagaan", "lembaga yang dibentuk",
                          "tidak dicatat dalam data masterplan"))
    rows += [_Assessed(year, "Output", "anggaran", a.program.id, a.program.nama, "direncanakan", a.program,
                       "rupiah", a.planned, ilustrasi=a.program.ilustrasi.anggaran) for a in e.output.allocations]
    return rows


def _outcome_rows(e: ev.YearEvaluation) -> list[_Assessed]:
    rows = [_Assessed(e.year, "Outcome", "program", c.program.id, c.program.nama,
                      "dilaporkan" if c.spent else "realisasi belum dilaporkan", c.program, "rupiah",
                      "" if c.planned is None else c.planned, c.spent.jumlah if c.spent else "",
                      c.state.status or "", c.evidence, c.program.ilustrasi.anggaran) for c in e.outcome.programmes]
    return rows + [_figure_row(e.year, "Outcome", "indikator keluaran", f) for f in e.outcome.outputs]


def _impact_rows(e: ev.YearEvaluation) -> list[_Assessed]:
    return [*(_figure_row(e.year, "Impact", "indikator hasil", f) for f in e.impact.outcomes),
            *(_figure_row(e.year, "Impact", "indikator utama hasil", f) for f in e.impact.key_indicators)]


def _quick_win_rows(e: ev.YearEvaluation) -> list[_Assessed]:
    rows = []
    for q in e.quick_wins:
        p = q.state.program
        said = f"terjadwal mulai {p.tahun_mulai}" if q.year is None else f"indikator tahun {q.year}"
        rows.append(_Assessed(e.year, "Quick Win", "quick win", p.id, p.nama, said, p, status_program=q.state.status
                              or ""))
        rows += [_figure_row(e.year, "Quick Win", "indikator quick win", f) for f in q.figures]
    return rows


def _figure_row(year: int, dimension: str, part: str, f: ev.Figure) -> _Assessed:
    """An indicator's figure (in `f.year`) for the evaluation of `year`: its target, the value reported (or
    that none was), its evidence."""
    owner = f.program
    number = (owner.indikator if owner else f.dimension.indikator_utama).index(f.indicator) + 1
    item = f"{owner.id if owner else f.dimension.id}/{number}"
    reported = "dilaporkan" if f.achieved else "belum dilaporkan"
    illustrative = owner.ilustrasi.target if owner else f.dimension.indikator_utama_ilustrasi
    return _Assessed(year, dimension, part, item, f.indicator.nama, reported, owner, f.indicator.satuan,
                     "" if f.target is None else f.target, f.achieved.nilai if f.achieved else "",
                     "", f.evidence, illustrative)


def _item(program: Program, indicator: Indicator) -> str:
    return f"{program.id}/{program.indikator.index(indicator) + 1}"
