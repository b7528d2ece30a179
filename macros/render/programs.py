"""Render programme data as Markdown: tables, detail blocks, budget summary, agency matrix.

Pure functions: data in, Markdown out. Every data value passes through `md_text`.
`link(program)` returns the Markdown link target of a programme's detail block.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..data.model import Indicator, Masterplan, Program, Term, Value
from .citation import tanggal
from .escape import md_text

Link = Callable[[Program], str]


#: Marks a figure that is illustrative; pages showing it get the notice (see `with_notice`).
ILUSTRASI_CLASS = "mp-ilustrasi"
ILUSTRASI = f'*ilustrasi*{{ .{ILUSTRASI_CLASS} title="Angka ilustrasi, bukan angka resmi" }}'
NOTICE_CLASS = "mp-notice-ilustrasi"
OVERDUE_CLASS = "mp-perlu-pembaruan"
SOURCE_CLASS = "mp-sumber-data"

EMPTY = "*Belum ada program yang sesuai.*"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table; cells must already be escaped."""
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def rupiah(amount: int) -> str:
    """Rupiah the Indonesian way: Rp1.250.000.000"""
    return f"Rp{amount:,}".replace(",", ".")


def juta(amount: int) -> str:
    """Millions of rupiah, Indonesian separators: 1.250 or 12,5"""
    value = amount / 1_000_000
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def years(program: Program) -> str:
    if program.tahun_mulai == program.tahun_selesai:
        return str(program.tahun_mulai)
    return f"{program.tahun_mulai}–{program.tahun_selesai}"


def stage(plan: Masterplan, program: Program) -> str:
    return md_text(plan.vocabulary.label("tahapan", program.tahapan))


def status(plan: Masterplan, program: Program) -> str:
    return md_text(plan.vocabulary.label("status_program", program.status))


def agency_label(plan: Masterplan, agency_id: str) -> str:
    agency = plan.agency_by_id[agency_id]
    return f"{md_text(agency.nama)} ({md_text(agency.singkatan)})"


def id_link(program: Program, link: Link) -> str:
    return f"[{md_text(program.id)}]({link(program)})"


def program_table(programs: Sequence[Program], plan: Masterplan, link: Link) -> str:
    """The programmes as a table, one row each, the id linking to the detail block."""
    if not programs:
        return EMPTY
    rows = [
        (id_link(p, link), md_text(p.nama), md_text(plan.element_by_id[p.elemen].nama),
         stage(plan, p), years(p), md_text(plan.agency_by_id[p.opd].singkatan), status(plan, p))
        for p in programs
    ]
    return table(("ID", "Program", "Elemen", "Tahapan", "Tahun", "OPD pelaksana", "Status"), rows)


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
                   overdue: Sequence[str] = (), report_form: str = "") -> str:
    """One programme in full, under a heading whose anchor is its permalink: facts, status history,
    indicators with their targets and results, and the budget planned and realised.

    `overdue`: why its data needs an update, if it does. With `edit_base` (the repository's
    web-editor URL), ends with links to edit its data file and to its exact lines; with
    `report_form`, with a link to the progress-report form, the programme's id filled in.
    """
    p = program
    parts = [f"{'#' * level} {md_text(p.id)} · {md_text(p.nama)} {{ #{p.anchor} .mp-program }}", md_text(p.deskripsi)]
    if overdue:
        parts.append(f"**Perlu pembaruan:** {md_text('; '.join(overdue))}.\n{{ .{OVERDUE_CLASS} }}")
    parts.append(table(("Atribut", "Keterangan"), _facts(p, plan)))
    if p.indikator:
        mark = f" {ILUSTRASI}" if p.ilustrasi.target else ""
        rows = [(indicator_name(i), md_text(i.satuan), baseline_text(i), targets_text(i), _achievements(i))
                for i in p.indikator]
        parts.append(table(("Indikator", "Satuan", f"Kondisi awal{mark}", f"Target per tahun{mark}", "Capaian"), rows))
    parts.append("Riwayat status:\n\n" + "\n".join(
        f"- {tanggal(c.tanggal)}: {md_text(plan.vocabulary.label('status_program', c.status))}"
        + (f". {md_text(c.catatan)}" if c.catatan else "") for c in p.riwayat_status))
    if p.catatan:
        parts.append(f"*Catatan:* {md_text(p.catatan)}")
    if edit_base:
        parts.append(_source_links(p, edit_base, report_form))
    return "\n\n".join(parts)


def _facts(p: Program, plan: Masterplan) -> list[tuple[str, str]]:
    dimension, element = plan.dimension_by_id[p.dimensi], plan.element_by_id[p.elemen]
    return [
        ("Dimensi dan elemen", f"{md_text(dimension.nama)} › {md_text(element.nama)}"),
        ("Tahapan", f"{stage(plan, p)}, {years(p)}"),
        ("Status", f"{status(plan, p)}, tercatat {tanggal(p.riwayat_status[-1].tanggal)}"),
        ("OPD pelaksana", agency_label(plan, p.opd)),
        ("OPD pendukung", _joined(agency_label(plan, a) for a in p.opd_pendukung)),
        ("Mitra", _joined(md_text(m) for m in p.mitra)),
        ("Sumber dana", _joined(md_text(s) for s in p.sumber_dana)),
        ("Anggaran", _budget_line(p) + (f" {ILUSTRASI}" if p.ilustrasi.anggaran else "")),
        ("Realisasi anggaran", _spending_line(p)),
        ("Data ditinjau", tanggal(p.ditinjau)),
    ]


def _source_links(p: Program, edit_base: str, report_form: str) -> str:
    """Where to change the programme: its file in the web editor, its exact lines, and the report form."""
    lines = f"{edit_base.replace('/edit/', '/blob/', 1)}{p.source_file}#L{p.source_line}-L{p.source_end}"
    report = f" · [Laporkan capaian lewat formulir]({report_form}&program={p.id})" if report_form else ""
    return (f"[Ubah data program ini]({edit_base}{p.source_file}) ({md_text(p.source_file)}, "
            f"[baris {p.source_line}–{p.source_end}]({lines})){report}\n{{ .{SOURCE_CLASS} }}")


def indicator_name(indicator: Indicator) -> str:
    """An indicator's name, saying when it measures a result (hasil) rather than an output."""
    return md_text(indicator.nama) + (" *(hasil)*" if indicator.jenis == "hasil" else "")


def value_text(value: Value | None, unit: str = "") -> str:
    """An indicator's value, with its unit if given: 1.500 layanan, 95%, or – where there is none."""
    if value is None:
        return "–"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = f"{value:,}".replace(",", "_").replace(".", ",").replace("_", ".")
        return md_text(f"{number}{unit}" if unit.startswith("%") else f"{number} {unit}".strip())
    return md_text(value)


def percent(value: float | None) -> str:
    """A share the Indonesian way: 42,5%, or – where it cannot be computed."""
    return "–" if value is None else f"{value:.1f}".replace(".", ",").removesuffix(",0") + "%"


def baseline_text(indicator: Indicator, unit: bool = False) -> str:
    """Where an indicator starts: its value (with its unit), year and source; or that it was not measured."""
    base = indicator.baseline
    if base is None:
        return "belum diukur"
    return f"{value_text(base.nilai, indicator.satuan if unit else '')} ({base.tahun}; {md_text(base.sumber)})"


def targets_text(indicator: Indicator) -> str:
    return "; ".join(f"{year}: {value_text(value)}" for year, value in indicator.target.items())


def _achievements(indicator: Indicator) -> str:
    if not indicator.capaian:
        return "belum dilaporkan"
    shown = []
    for a in sorted(indicator.capaian, key=lambda a: (a.tahun, a.tanggal)):
        share = indicator.percent_of_target(a)
        of_target = f", {percent(share)} dari target" if share is not None else ""
        shown.append(f"{a.tahun}: {value_text(a.nilai)}{of_target} ({md_text(a.sumber)}, {tanggal(a.tanggal)})")
    return "; ".join(shown)


def _spending_line(program: Program) -> str:
    if not program.realisasi:
        return "belum dilaporkan"
    spent = [f"{year}: {rupiah(s.jumlah)}" + (f" ({md_text(s.sumber)})" if s.sumber else "")
             for year, s in program.realisasi.items()]
    return "; ".join(spent)


def program_details(programs: Sequence[Program], plan: Masterplan, level: int = 3, edit_base: str = "",
                    overdue: Callable[[Program], Sequence[str]] = lambda p: (), report_form: str = "") -> str:
    if not programs:
        return EMPTY
    return "\n\n".join(program_detail(p, plan, level, edit_base, overdue(p), report_form) for p in programs)


def data_sources(files: Iterable[str], edit_base: str) -> str:
    """A line under a data-driven table: the YAML files it comes from, each linked to the web editor."""
    names = sorted(set(files))
    if not edit_base or not names:
        return ""
    links = " · ".join(f"[{md_text(name)}]({edit_base}{name})" for name in names)
    return f"Sumber data (ubah di sini): {links}\n{{ .{SOURCE_CLASS} }}"


def _joined(values: Iterable[str]) -> str:
    return ", ".join(values) or "–"


def _budget_line(program: Program) -> str:
    if not program.anggaran:
        return "belum ditentukan"
    per_year = "; ".join(f"{year}: {rupiah(amount)}" for year, amount in program.anggaran.items())
    if len(program.anggaran) == 1:
        return per_year
    return f"{per_year}; jumlah {rupiah(program.planned_total)}"


def budget_summary(plan: Masterplan, dimensi: str | None = None) -> str:
    """Budget per year with totals, in millions of rupiah: rows by dimension, or by element of `dimensi`."""
    groups = plan.dimension_by_id[dimensi].elements if dimensi else plan.dimensions
    key, label = ("elemen", "Elemen") if dimensi else ("dimensi", "Dimensi")
    programs = [p for p in plan.programs if dimensi is None or p.dimensi == dimensi]
    years_ = list(plan.years)
    sums: dict[tuple[str, int], int] = {}  # (group, year) -> amount, in one pass over the programmes
    for p in programs:
        for year, amount in p.anggaran.items():
            sums[getattr(p, key), year] = sums.get((getattr(p, key), year), 0) + amount
    rows, column_totals = [], [0] * len(years_)
    for group in groups:
        amounts = [sums.get((group.id, y), 0) for y in years_]
        column_totals = [a + b for a, b in zip(column_totals, amounts, strict=False)]
        rows.append((md_text(group.nama), *map(juta, amounts), f"**{juta(sum(amounts))}**"))
    rows.append(("**Jumlah**", *(f"**{juta(t)}**" for t in column_totals), f"**{juta(sum(column_totals))}**"))
    mark = f" {ILUSTRASI}" if any(p.ilustrasi.anggaran for p in programs) else ""
    caption = f"Anggaran indikatif per {label.lower()} dan tahun, dalam juta rupiah{mark}."
    return caption + "\n\n" + table((label, *map(str, years_), "Jumlah"), rows)


def agency_matrix(plan: Masterplan, link: Link) -> str:
    """Agencies by dimension: the programmes each leads (bold) or supports."""
    header = ("OPD", *(md_text(d.nama) for d in plan.dimensions))
    cells: dict[tuple[str, str], list[str]] = {}
    for p in plan.programs:  # one pass: (agency, dimension) -> linked ids, leads in bold
        cells.setdefault((p.opd, p.dimensi), []).append(f"**{id_link(p, link)}**")
        for agency in p.opd_pendukung:
            cells.setdefault((agency, p.dimensi), []).append(id_link(p, link))
    rows = []
    for agency in plan.agencies:
        name = agency_label(plan, agency.id)
        if agency.perlu_verifikasi:
            name += " *(nama perlu verifikasi)*"
        rows.append((name, *(", ".join(cells.get((agency.id, d.id), [])) or "–" for d in plan.dimensions)))
    legend = "Id **tebal**: OPD sebagai pelaksana utama; id biasa: OPD sebagai pendukung."
    return table(header, rows) + "\n\n" + legend


def glossary_table(terms: Sequence[Term]) -> str:
    """The glossary page: every term, alphabetically."""
    ordered = sorted(terms, key=lambda t: t.istilah.casefold())
    rows = [(f"**{md_text(t.istilah)}**", md_text(t.kepanjangan) or "–", md_text(t.definisi)) for t in ordered]
    return table(("Istilah", "Kepanjangan", "Definisi"), rows)


def program_changes(since: str | None, changes: tuple[list[str], list[str], dict[str, list[str]]] | None,
                    plan: Masterplan, old: dict[str, dict], link: Link) -> str:
    """Programmes added, removed and changed since release `since`."""
    if since is None or changes is None:
        return "*Belum ada rilis sebelumnya untuk dibandingkan.*"
    added, removed, changed = changes
    if not (added or removed or changed):
        return f"Tidak ada perubahan data program sejak versi {md_text(since)}."
    parts = [f"Perubahan data program sejak versi {md_text(since)}:"]
    if added:
        rows = [(id_link(plan.program_by_id[i], link), md_text(plan.program_by_id[i].nama)) for i in added]
        parts += [f"**Ditambahkan ({len(added)})**", table(("ID", "Program"), rows)]
    if removed:
        rows = [(md_text(i), md_text(old[i].get("nama", ""))) for i in removed]
        parts += [f"**Dihapus ({len(removed)})**", table(("ID", "Program pada versi " + md_text(since)), rows)]
    if changed:
        rows = [(id_link(plan.program_by_id[i], link), md_text(plan.program_by_id[i].nama),
                 ", ".join(f"`{f}`" for f in fields)) for i, fields in changed.items()]
        parts += [f"**Diubah ({len(changed)})**", table(("ID", "Program", "Kolom yang berubah"), rows)]
    return "\n\n".join(parts)


#: One colour per dimension, in data order (distinguishable for colour-blind readers: Okabe-Ito).
CHART_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


def budget_chart(plan: Masterplan) -> dict:
    """The numbers and geometry of the budget chart (stacked bars: years x dimensions), for its template."""
    width, height, left, right, top, bottom = 640, 320, 64, 16, 28, 28
    years_ = list(plan.years)
    amounts = {(d.id, y): sum(p.anggaran.get(y, 0) for p in plan.programs if p.dimensi == d.id)
               for d in plan.dimensions for y in years_}
    totals = [sum(amounts[d.id, y] for d in plan.dimensions) for y in years_]
    step = _nice_step(max(totals, default=0) / 4)
    ceiling = step * max(1, -(-max(totals, default=0) // step))
    scale = (height - top - bottom) / ceiling
    slot = (width - left - right) / max(1, len(years_))
    bar_width = slot * 0.6
    bars = []
    for i, (year, total) in enumerate(zip(years_, totals, strict=True)):
        y, parts = height - bottom, []
        for dimension, color in zip(plan.dimensions, CHART_COLORS, strict=False):
            value = amounts[dimension.id, year]
            y -= value * scale
            parts.append({"y": round(y, 1), "height": round(value * scale, 1), "color": color,
                          "label": f"{' '.join(dimension.nama.split())} {year}: {miliar(value)}"})
        bars.append({"x": round(left + i * slot + (slot - bar_width) / 2, 1), "year": year, "parts": parts,
                     "top": round(y, 1), "total": miliar(total, unit=False)})
    ticks = [{"y": round(height - bottom - k * step * scale, 1), "label": miliar(k * step, unit=False)}
             for k in range(int(ceiling // step) + 1)]
    mark = " Angka ilustrasi, bukan angka resmi." if any(p.ilustrasi.anggaran for p in plan.programs) else ""
    return {
        "width": width, "height": height, "left": left, "right": right, "top": top, "bottom": bottom,
        "bar_width": round(bar_width, 1), "bars": bars, "ticks": ticks, "unit": "miliar rupiah",
        "legend": [{"label": " ".join(d.nama.split()), "color": c}
                   for d, c in zip(plan.dimensions, CHART_COLORS, strict=False)],
        "title": f"Anggaran indikatif per tahun dan dimensi, {years_[0]}–{years_[-1]}",
        "description": "; ".join(f"{y}: {miliar(t)}" for y, t in zip(years_, totals, strict=True)) + "." + mark,
        "caption": "Anggaran indikatif per tahun, ditumpuk menurut dimensi (miliar rupiah). "
                   "Angka per dimensi ada di tabel di bawah." + mark,
    }


def miliar(amount: int, unit: bool = True) -> str:
    """Billions of rupiah, one decimal, Indonesian separator: Rp12,5 miliar"""
    text = f"{amount / 1_000_000_000:,.1f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"Rp{text} miliar" if unit else text


def _nice_step(rough: float) -> int:
    """A round axis step (1, 2 or 5 times a power of ten rupiah) no smaller than `rough`."""
    step = 1_000_000
    while step * 10 <= rough:
        step *= 10
    for factor in (1, 2, 5, 10):
        if step * factor >= rough:
            return step * factor
    return step * 10


def schema_fields(schema: dict) -> str:
    """The fields of a JSON Schema object as a table: name, required, description."""
    required = set(schema.get("required", []))
    rows = [(f"`{name}`", "ya" if name in required else "tidak", md_text(field.get("description", "")) or "–")
            for name, field in schema["properties"].items()]
    return table(("Kolom", "Wajib", "Keterangan"), rows)
