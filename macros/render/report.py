"""The plan's progress as Markdown and HTML: the home panel, the progress page's tables and chart,
the list of programmes that need an update, and the yearly evaluation of Bab X.

Pure functions: the masterplan and the build's date in, text out. Every data value is escaped.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from markupsafe import Markup

from ..data.model import Masterplan, Program
from ..plan import progress
from .escape import md_text
from .format import juta, miliar, percent, tanggal
from .illustrative import mark
from .markdown import table
from .programs import EMPTY, Link, baseline_text, id_link, indicator_name, value_text
from .staleness import reviewers_sentence
from .template import template


def panel(plan: Masterplan, today: datetime.date, progress_link: str) -> str:
    """At a glance, for the home page: programmes by status, quick wins done, budget realised, last review."""
    at = progress.glance(plan, today)
    words = plan.vocabulary
    years = progress.started_years(plan, today)
    span = _span(years)
    cards = [{"number": str(at.by_status[status]), "label": f"program {words.label('status_program', status).lower()}"}
             for status in words.values("status_program") if at.by_status.get(status)]
    cards.append({"number": f"{at.quick_wins_done} dari {at.quick_wins}", "label": "quick win selesai"})
    money = at.budget
    if not years:  # the plan has not begun: nothing can have been spent or reported
        cards.append({"number": f"mulai {plan.years[0]}", "label": "pelaksanaan masterplan; realisasi anggaran "
                                                                    "dilaporkan sejak tahun itu"})
    elif not money.reports:
        cards.append({"number": "belum dilaporkan", "label": f"realisasi anggaran {span} ({miliar(money.planned)} "
                                                            "direncanakan)"})
    elif money.reports == money.due:
        cards.append({"number": _percent(money.share),
                      "label": f"anggaran {span} terealisasi ({miliar(money.realised)} dari {miliar(money.planned)})"})
    else:
        cards.append({"number": _percent(money.share), "label": f"anggaran terealisasi, menurut {money.reports} "
                                                               f"dari {money.due} laporan tahunan {span}"})
    cards.append({"number": str(at.overdue), "label": "program perlu pembaruan data"})
    return template("panel-capaian.html").render(
        cards=cards, last_review=tanggal(at.last_review), reviewers=Markup(reviewers_sentence(plan)),
        link=progress_link, illustrative=any(p.ilustrasi.anggaran for p in plan.programs))


def data_as_of(plan: Masterplan, today: datetime.date) -> str:
    """When the programme data was last confirmed, and the date of this build."""
    last = max(p.ditinjau.tanggal for p in plan.programs)
    return (f"Data program terakhir ditinjau **{tanggal(last)}**; halaman ini diperbarui {tanggal(today)}. "
            f"Setiap program mencatat tanggal tinjauannya sendiri dan siapa peninjaunya. {reviewers_sentence(plan)}")


def status_tables(plan: Masterplan) -> str:
    """Programmes by current status: per dimension, and per year of the plan (those scheduled that year)."""
    words = plan.vocabulary
    statuses = words.values("status_program")
    header = [md_text(words.label("status_program", s)) for s in statuses]
    rows = []
    for dimension in plan.dimensions:
        counts = progress.status_counts(p for p in plan.programs if p.dimensi == dimension.id)
        rows.append((md_text(dimension.nama), *(str(counts.get(s, 0)) for s in statuses), str(sum(counts.values()))))
    counts = progress.status_counts(plan.programs)
    rows.append(("**Jumlah**", *(f"**{counts.get(s, 0)}**" for s in statuses), f"**{sum(counts.values())}**"))
    by_dimension = table(("Dimensi", *header, "Jumlah"), rows)
    rows = []
    for year in plan.years:
        counts = progress.status_counts(p for p in plan.programs if p.active_in(year))
        rows.append((str(year), *(str(counts.get(s, 0)) for s in statuses), str(sum(counts.values()))))
    by_year = table(("Tahun", *header, "Terjadwal"), rows)
    return (f"Menurut dimensi, status saat ini:\n\n{by_dimension}\n\n"
            f"Menurut tahun, program yang terjadwal berjalan pada tahun itu dan status saat ini:\n\n{by_year}")


def budget_report(plan: Masterplan, today: datetime.date) -> str:
    """Budget planned against realised, per dimension over the years begun (a chart, then its table)."""
    years = progress.started_years(plan, today)
    if not years:
        return "*Belum ada tahun masterplan yang dimulai.*"
    budgets = [(d.nama, progress.budget([p for p in plan.programs if p.dimensi == d.id], years))
               for d in plan.dimensions]
    budgets = [(name, b) for name, b in budgets if b.due]
    top = max([b.planned for _, b in budgets] + [b.realised for _, b in budgets] + [1])
    lines = [{"label": name, "planned_width": round(100 * b.planned / top, 1),
              "realised_width": round(100 * b.realised / top, 1),
              "planned_text": miliar(b.planned), "realised_text": realised_text(b, miliar)} for name, b in budgets]
    span = _span(years)
    chart = template("batang-anggaran.html").render(lines=lines, span=span)
    rows = []
    for year in years:
        b = progress.budget(plan.programs, [year])
        rows.append((str(year), juta(b.planned), juta(b.realised) if b.reports else "belum dilaporkan",
                     _percent(b.share), f"{b.reports} dari {b.due}"))
    illustrative = mark(any(p.ilustrasi.anggaran for p in plan.programs))
    per_year = table(("Tahun", f"Rencana (juta rupiah){illustrative}", "Realisasi (juta rupiah)",
                      "Terealisasi dari rencananya", "Program yang melaporkan"), rows)
    total = progress.budget(plan.programs, years)
    unverified = (f"\n\nDari {total.reports} angka realisasi yang dilaporkan, {total.unverified} belum diverifikasi."
                  if total.reports else "")
    return (f"{chart}\n\nPer tahun. Persentase membandingkan realisasi dengan rencana program yang sudah "
            f"melaporkan; program yang belum melaporkan tidak dihitung nol.\n\n{per_year}{unverified}")


def realised_text(money: progress.Budget, amount: Callable[[int], str]) -> str:
    """What was realised, never a zero for what was not reported: "belum dilaporkan", or the sum,
    its share of what the reporting programmes planned, and how many of the yearly reports came in."""
    if not money.reports:
        return "belum dilaporkan"
    reports = "" if money.reports == money.due else f"; {money.reports} dari {money.due} laporan tahunan"
    return f"{amount(money.realised)} ({_percent(money.share)} dari rencananya{reports})"


def _span(years: Sequence[int]) -> str:
    """Years as a reader says them: 2028, or 2028–2030 ("" for none)."""
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]) if years else ""


def _percent(ratio: float | None) -> str:
    return percent(None if ratio is None else 100 * ratio)


def indicators_by_dimension(plan: Masterplan, programs: Sequence[Program], today: datetime.date, link: Link,
                            level: int = 3) -> str:
    """The indicator table of each dimension under its own heading (anchor `indikator-<dimension>`)."""
    parts = []
    for dimension in plan.dimensions:
        members = [p for p in programs if p.dimensi == dimension.id and p.indikator]
        if members:
            parts.append(f"{'#' * level} {md_text(dimension.nama)} {{ #indikator-{dimension.id} }}")
            parts.append(indicator_table(plan, members, today, link))
    return "\n\n".join(parts) or EMPTY


def indicator_table(plan: Masterplan, programs: Sequence[Program], today: datetime.date, link: Link) -> str:
    """Each indicator: where it started, the target of the year shown, the latest result, and how far it got."""
    rows = [(f"{id_link(r.program, link)} {md_text(r.program.nama)}", indicator_name(r.indicator),
             baseline_text(r.indicator, unit=True),
             f"{value_text(r.target, r.indicator.satuan)} ({r.year})",
             latest_text(r),
             percent(r.percent))
            for r in progress.indicator_rows(programs, today)]
    if not rows:
        return EMPTY
    illustrative = mark(any(p.ilustrasi.target for p in programs if p.indikator))
    return table(("Program", "Indikator", f"Kondisi awal{illustrative}", f"Target{illustrative}", "Capaian terakhir",
                  "% target"), rows)


def latest_text(row: progress.IndicatorRow) -> str:
    """The latest result of an indicator row: its value, the quarter it reaches, and whether it was verified."""
    if row.figure is None:
        return "belum dilaporkan"
    quarter = f" (s.d. triwulan {row.figure.triwulan})" if row.figure.triwulan else ""
    check = "" if row.figure.verified else " *belum diverifikasi*"
    return f"{value_text(row.achieved, row.indicator.satuan)}{quarter}{check}"


def year_evaluation(plan: Masterplan, today: datetime.date) -> str:
    """Each year begun: programmes scheduled and their status, budget planned and realised, results reported."""
    summaries = progress.year_summaries(plan, today)
    if not summaries:
        return "*Belum ada tahun masterplan yang dimulai.*"
    words = plan.vocabulary
    statuses = words.values("status_program")
    rows = []
    for s in summaries:
        rows.append((str(s.year), str(s.active), *(str(s.by_status.get(v, 0)) for v in statuses),
                     juta(s.budget.planned), realised_text(s.budget, juta),
                     f"{s.reported} dari {s.indicators}", str(s.met)))
    header = ("Tahun", "Program terjadwal", *(md_text(words.label("status_program", v)) for v in statuses),
              "Anggaran rencana (juta rupiah)", "Realisasi (juta rupiah)", "Indikator dengan capaian",
              "Mencapai target")
    notes = []
    for s in summaries:
        late = s.by_status.get("rencana", 0)
        sentence = f"**{s.year}**: {s.active} program terjadwal"
        sentence += f", {late} di antaranya masih berstatus rencana" if late else ""
        sentence += f"; anggaran {miliar(s.budget.planned)}, realisasi {realised_text(s.budget, miliar)}"
        sentence += f"; capaian dilaporkan untuk {s.reported} dari {s.indicators} indikator"
        sentence += "." if s.reported else ", sehingga hasilnya belum dapat dinilai."
        notes.append(f"- {sentence}")
    return table(header, rows) + "\n\n" + "\n".join(notes)
