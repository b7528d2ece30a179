"""Programmes as Markdown: their tables, their detail blocks, and the links to edit their data.

Pure functions: data in, Markdown out. Every data value passes through `md_text`.
`link(program)` returns the Markdown link target of a programme's detail block.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import PurePosixPath

from ..data.model import Continuation, Indicator, Masterplan, Program, Reported, Value
from .chapters import program_citation_box, program_copy_buttons
from .citation import Citation
from .classes import DATA_SOURCE, OVERDUE, PROGRAM, PROGRAM_BODY
from .escape import md_text, md_url
from .format import number, percent, rupiah, tanggal
from .illustrative import mark
from .markdown import joined, table

Link = Callable[[Program], str]
#: Quarters as Indonesian documents number them.
QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}

EMPTY = "*Belum ada program yang sesuai.*"


def years(program: Program) -> str:
    if program.tahun_mulai == program.tahun_selesai:
        return str(program.tahun_mulai)
    return f"{program.tahun_mulai}–{program.tahun_selesai}"


def stage(plan: Masterplan, program: Program) -> str:
    return md_text(plan.vocabulary.label("tahapan", program.tahapan))


def status(plan: Masterplan, program: Program) -> str:
    return md_text(plan.vocabulary.label("status_program", program.status))


#: Said of an agency whose official name the data has not confirmed (opd.yml: perlu_verifikasi), wherever a
#: reader sees its full name; a short name in a table carries UNVERIFIED_MARK, explained under the table.
UNVERIFIED_NAME = " *(nama perlu verifikasi)*"
UNVERIFIED_MARK = "&#42;"
UNVERIFIED_NOTE = "&#42; Nama perangkat daerah ini perlu verifikasi."


def agency_label(plan: Masterplan, agency_id: str) -> str:
    agency = plan.agency_by_id[agency_id]
    flag = UNVERIFIED_NAME if agency.perlu_verifikasi else ""
    return f"{md_text(agency.nama)} ({md_text(agency.singkatan)}){flag}"


def _short_marked(plan: Masterplan, agency_id: str) -> str:
    return agency_short(plan, agency_id) + (UNVERIFIED_MARK if plan.agency_by_id[agency_id].perlu_verifikasi else "")


def id_link(program: Program, link: Link) -> str:
    return f"[{md_text(program.id)}]({link(program)})"


def program_table(programs: Sequence[Program], plan: Masterplan, link: Link) -> str:
    """The programmes as a table, one row each, the id linking to the detail block."""
    if not programs:
        return EMPTY
    rows = [
        (id_link(p, link), md_text(p.nama), md_text(plan.element_by_id[p.elemen].nama),
         stage(plan, p), years(p), _short_marked(plan, p.opd), status(plan, p))
        for p in programs
    ]
    note = f"\n\n{UNVERIFIED_NOTE}" if any(plan.agency_by_id[p.opd].perlu_verifikasi for p in programs) else ""
    return table(("ID", "Program", "Elemen", "Tahapan", "Tahun", "OPD pelaksana", "Status"), rows) + note


def quick_win_table(programs: Sequence[Program], plan: Masterplan, link: Link) -> str:
    """Quick wins with their dimension, agency and year."""
    if not programs:
        return EMPTY
    rows = [
        (md_text(plan.dimension_by_id[p.dimensi].nama), id_link(p, link), md_text(p.nama),
         agency_label(plan, p.opd), years(p), status(plan, p))
        for p in programs
    ]
    return table(("Dimensi", "ID", "Program", "OPD pelaksana", "Tahun", "Status"), rows)


def program_detail(program: Program, plan: Masterplan, level: int = 3, edit_base: str = "",
                   overdue: Sequence[str] = (), report_form: str = "", cite: Citation | None = None) -> str:
    """One programme in full, under a heading whose anchor is its permalink: facts, status history,
    indicators with their targets and results, and the budget planned and realised.

    `overdue`: why its data needs an update, if it does. With `edit_base` (the repository's
    web-editor URL), ends with links to edit its data file and to its exact lines; with
    `report_form`, with a link to the progress-report form, the programme's id filled in. With `cite`, the
    page's citation, a box under the heading cites the programme.
    """
    p = program
    heading = f"{'#' * level} {md_text(p.id)} · {md_text(p.nama)} {{ #{p.anchor} .{PROGRAM} }}"
    # Under its heading, the block is one element, which a browser draws only when it nears the screen
    # (assets/masterplan.css); the heading stays outside it, where the table of contents measures it.
    parts = [program_copy_buttons(p.id, p.anchor, citation=cite is not None)]
    parts += [program_citation_box(cite, p.id, p.nama, p.anchor)] if cite else []
    parts.append(md_text(p.deskripsi))
    if overdue:
        parts.append(f"**Perlu pembaruan:** {md_text('; '.join(overdue))}.\n{{ .{OVERDUE} }}")
    parts.append(table(("Atribut", "Keterangan"), _facts(p, plan)))
    if p.indikator:
        illustrative = mark(p.ilustrasi.target)
        rows = [(indicator_name(i), md_text(i.satuan), baseline_text(i), targets_text(i), _achievements(i, plan))
                for i in p.indikator]
        header = ("Indikator", "Satuan", f"Kondisi awal{illustrative}", f"Target per tahun{illustrative}", "Capaian")
        parts.append(table(header, rows))
        parts += [definitions(p.indikator, plan)] if any(i.definisi for i in p.indikator) else []
    parts.append("Riwayat status:\n\n" + "\n".join(
        f"- {tanggal(c.tanggal)}: {md_text(plan.vocabulary.label('status_program', c.status))}"
        + (f". {md_text(c.catatan)}" if c.catatan else "") for c in p.riwayat_status))
    if p.catatan:
        parts.append(f"*Catatan:* {md_text(p.catatan)}")
    if edit_base:
        parts.append(_source_links(p, edit_base, report_form))
    return "\n\n".join([heading, f'<div class="{PROGRAM_BODY}" markdown>', *parts, "</div>"])


def _facts(p: Program, plan: Masterplan) -> list[tuple[str, str]]:
    dimension, element = plan.dimension_by_id[p.dimensi], plan.element_by_id[p.elemen]
    continued = [("Melanjutkan", continuation(p.melanjutkan))] if p.melanjutkan else []
    return [
        ("Dimensi dan elemen", f"{md_text(dimension.nama)} › {md_text(element.nama)}"),
        *continued,
        ("Tahapan", f"{stage(plan, p)}, {years(p)}"),
        ("Status", f"{status(plan, p)}, tercatat {tanggal(p.riwayat_status[-1].tanggal)}"),
        ("OPD pelaksana", agency_label(plan, p.opd)),
        ("OPD pendukung", joined(agency_label(plan, a) for a in p.opd_pendukung)),
        ("Mitra", joined(md_text(m) for m in p.mitra)),
        ("Sumber dana", joined(md_text(s) for s in p.sumber_dana)),
        ("Anggaran", _budget_line(p) + mark(p.ilustrasi.anggaran)),
        ("Realisasi anggaran", _spending_line(p, plan)),
        ("Data ditinjau", f"{tanggal(p.ditinjau.tanggal)} "
                          f"({md_text(plan.vocabulary.label('peninjau', p.ditinjau.oleh))})"),
    ]


def continuation(found: Continuation) -> str:
    """The existing service a programme carries on: its name, since when, and where it is recorded (what the
    source says, not a claim that it still runs)."""
    since = f", berjalan sejak {found.sejak}" if found.sejak else ""
    return f"{md_text(found.layanan)}{since}; tercatat dalam {md_text(found.sumber)}"


def continuation_table(programs: Sequence[Program], link: Link) -> str:
    """The programmes that carry on an existing service, one row each: the service, since when, the source."""
    found = [p for p in programs if p.melanjutkan]
    if not found:
        return "*Belum ada program yang melanjutkan layanan yang sudah ada.*"
    rows = [(md_text(p.melanjutkan.layanan), str(p.melanjutkan.sejak or "–"), f"{id_link(p, link)} {md_text(p.nama)}",
             md_text(p.melanjutkan.sumber)) for p in found]
    return table(("Layanan yang sudah ada", "Sejak", "Diteruskan oleh program", "Sumber"), rows)


def report_form_url(repo_url: str) -> str:
    """The URL of the issue form for progress reports (.github/ISSUE_TEMPLATE/laporan-capaian.yml).

    >>> report_form_url("https://github.com/o/r/")
    'https://github.com/o/r/issues/new?template=laporan-capaian.yml'
    """
    return f"{repo_url.rstrip('/')}/issues/new?template=laporan-capaian.yml" if repo_url else ""


def report_link(form: str, program: Program) -> str:
    """The report form (`report_form_url`) with the programme's id filled in."""
    return f"{form}&program={program.id}"


def _source_links(p: Program, edit_base: str, report_form: str) -> str:
    """Where to change the programme: its file in the web editor, its exact lines, and the report form."""
    lines = f"{edit_base.replace('/edit/', '/blob/', 1)}{p.source_file}#L{p.source_line}-L{p.source_end}"
    report = f" · [Laporkan capaian lewat formulir]({report_link(report_form, p)})" if report_form else ""
    # GitHub's web editor opens a file at its first line: the title says where to look. It is the same
    # for every programme of the file, so a page keeps it at its first link only (site/first_use.py).
    where = f"baris {p.source_line}–{p.source_end}"
    title = (f"Membuka {p.source_file} di editor web GitHub dari baris pertama; baris program ini tertulis "
             f"sesudah tautan ini (gulir ke sana atau cari ID program)")
    return (f'[Ubah data program ini]({edit_base}{p.source_file} "{md_text(title)}") ([{where}]({lines}))'
            f"{report}\n{{ .{DATA_SOURCE} }}")


def indicator_name(indicator: Indicator) -> str:
    """An indicator's name, saying when it measures a result (hasil) rather than an output."""
    return md_text(indicator.nama) + (" *(hasil)*" if indicator.jenis == "hasil" else "")


def value_text(value: Value | None, unit: str = "") -> str:
    """An indicator's value, with its unit if given: 1.500 layanan, 95%, or – where there is none."""
    if value is None:
        return "–"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        figure = number(value)
        return md_text(f"{figure}{unit}" if unit.startswith("%") else f"{figure} {unit}".strip())
    return md_text(value)


def baseline_text(indicator: Indicator, unit: bool = False) -> str:
    """Where an indicator starts: its value (with its unit), year and source; or that it was not measured."""
    base = indicator.baseline
    if base is None:
        return "belum diukur"
    return f"{value_text(base.nilai, indicator.satuan if unit else '')} ({base.tahun}; {md_text(base.sumber)})"


def targets_text(indicator: Indicator) -> str:
    return "; ".join(f"{year}: {value_text(value)}" for year, value in indicator.target.items())


def _achievements(indicator: Indicator, plan: Masterplan) -> str:
    if not indicator.capaian:
        return "belum dilaporkan"
    shown = []
    for a in sorted(indicator.capaian, key=lambda a: (a.tahun, a.period_key, a.tanggal)):
        share = indicator.percent_of_target(a)
        of_target = f", {percent(share)} dari target" if share is not None else ""
        backing = "; ".join([md_text(a.sumber), tanggal(a.tanggal), *evidence(a, plan)])
        shown.append(f"{period(a.tahun, a)}: {value_text(a.nilai)}{of_target} ({backing})")
    return "; ".join(shown)


def _spending_line(program: Program, plan: Masterplan) -> str:
    if not program.realisasi:
        return "belum dilaporkan"
    shown = []
    for year, spent in program.realisasi.items():
        backing = "; ".join([*([md_text(spent.sumber)] if spent.sumber else []), *evidence(spent, plan)])
        shown.append(f"{period(year, spent)}: {rupiah(spent.jumlah)} ({backing})")
    return "; ".join(shown)


def definitions(indicators: Sequence[Indicator], plan: Masterplan) -> str:
    """How each indicator that has a definition is measured: computation, data source, frequency."""
    items = [f"- {md_text(i.nama)}: cara menghitung: {md_text(i.definisi.cara_hitung.rstrip('.'))}; sumber data: "
             f"{md_text(i.definisi.sumber_data.rstrip('.'))}; diukur "
             f"{md_text(plan.vocabulary.label('frekuensi_indikator', i.definisi.frekuensi).lower())}."
             for i in indicators if i.definisi]
    return "Definisi indikator:\n\n" + "\n".join(items)


def period(year: int, figure: Reported) -> str:
    """The period a figure covers: its year, or its year up to a quarter (figures are cumulative).

    >>> from macros.data.model import Spending
    >>> period(2028, Spending(jumlah=1, triwulan=2))
    '2028 s.d. triwulan II'
    """
    return f"{year} s.d. triwulan {QUARTERS[figure.triwulan]}" if figure.triwulan else str(year)


def evidence(figure: Reported, plan: Masterplan) -> list[str]:
    """What backs a figure: a link to its evidence, and whether (by whom, when) it was verified."""
    link = [f"[bukti]({md_url(figure.tautan)})"] if figure.tautan else []
    check = figure.verifikasi
    if check is None:
        return [*link, "*belum diverifikasi*"]
    return [*link, f"diverifikasi {agency_short(plan, check.oleh)} {tanggal(check.tanggal)}"]


def agency_short(plan: Masterplan, agency_id: str) -> str:
    """An agency by its short name (its id where the data does not know it)."""
    agency = plan.agency_by_id.get(agency_id)
    return md_text(agency.singkatan if agency else agency_id)


def program_details(programs: Sequence[Program], plan: Masterplan, level: int = 3, edit_base: str = "",
                    overdue: Callable[[Program], Sequence[str]] = lambda p: (), report_form: str = "",
                    cite: Citation | None = None) -> str:
    if not programs:
        return EMPTY
    return "\n\n".join(program_detail(p, plan, level, edit_base, overdue(p), report_form, cite) for p in programs)


def data_sources(files: Iterable[str], edit_base: str) -> str:
    """A line under a data-driven table: the YAML files it comes from, each linked to the web editor by
    its short name, the path in the link's title (readers see no file paths)."""
    names = sorted(set(files))
    if not edit_base or not names:
        return ""
    links = " · ".join(f'[{md_text(PurePosixPath(name).stem)}]({edit_base}{name} "{md_text(name)}")' for name in names)
    return f"Ubah data tabel ini: {links}\n{{ .{DATA_SOURCE} }}"


def _budget_line(program: Program) -> str:
    if not program.anggaran:
        return "belum ditentukan"
    per_year = "; ".join(f"{year}: {rupiah(amount)}" for year, amount in program.anggaran.items())
    if len(program.anggaran) == 1:
        return per_year
    return f"{per_year}; jumlah {rupiah(program.planned_total)}"
