"""The yearly evaluation's self-assessment material as Markdown: for each year begun, the five
evaluation dimensions in their order (Baseline, Output, Outcome, Impact, Quick Win).

Pure functions: the plan's values (plan/evaluation.py) in, text out. Every data value is escaped;
every programme's figure links to its detail block and to its evidence; what is not reported says so,
and a figure nobody verified says that too. Nothing is scored.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence

from ..data.model import Achievement, Masterplan, Program, Spending
from ..plan import evaluation as ev
from .escape import md_text, md_url
from .format import juta, miliar, percent, tanggal
from .illustrative import mark
from .markdown import table
from .programs import (
    QUARTERS,
    Link,
    agency_label,
    agency_short,
    baseline_text,
    id_link,
    indicator_name,
    value_text,
    years,
)
from .report import realised_text

NOT_REPORTED = "belum dilaporkan"
NOT_VERIFIED = "belum diverifikasi"


def evaluation_page(plan: Masterplan, today: datetime.date, link: Link, level: int = 2) -> str:
    """Every year begun, the latest first; before the plan begins, when the first year does and what it holds."""
    found = ev.evaluations(plan, today)
    if not found:
        return before_the_plan(plan)
    return "\n\n".join(year_evaluation(plan, e, link, level) for e in found)


def before_the_plan(plan: Masterplan) -> str:
    """When the first evaluation year begins, and what its part will hold."""
    first = ev.first_year(plan)
    names = ", ".join(f"**{name}**" for name in ev.DIMENSIONS)
    return (f"*Belum ada tahun masterplan yang dimulai.* Tahun evaluasi pertama adalah **{first}**, tahun "
            f"pertama masterplan. Sejak 1 Januari {first}, bagian ini memuat untuk setiap tahun yang sudah "
            f"dimulai bahan evaluasi menurut lima dimensinya: {names}. Isinya diambil dari data program: "
            "kondisi awal indikator, regulasi yang diusulkan, anggaran, status dan realisasi program, capaian "
            "indikator beserta buktinya, dan keadaan setiap quick win.")


def year_evaluation(plan: Masterplan, e: ev.YearEvaluation, link: Link, level: int = 2) -> str:
    """One year: its heading (anchor `tahun-<year>`), then each dimension under its own."""
    sub = "#" * (level + 1)
    parts = [f"{'#' * level} Tahun {e.year} {{ #tahun-{e.year} }}", _when(e)]
    sections = (baseline(plan, e, link), output(plan, e, link), outcome(plan, e, link), impact(plan, e, link),
                quick_wins(plan, e, link))
    for name, body in zip(ev.DIMENSIONS, sections, strict=True):
        parts += [f"{sub} {name} {{ #tahun-{e.year}-{name.lower().replace(' ', '-')} }}", body]
    return "\n\n".join(parts)


def _when(e: ev.YearEvaluation) -> str:
    if e.running:
        return (f"*Tahun {e.year} masih berjalan: angka di bawah adalah keadaan per {tanggal(e.as_of)}, bukan "
                "hasil akhir tahun.*")
    return f"Keadaan pada akhir tahun {e.year} ({tanggal(e.as_of)}), menurut data yang dilaporkan."


# -- Baseline ----------------------------------------------------------------------------------------

def baseline(plan: Masterplan, e: ev.YearEvaluation, link: Link) -> str:
    """The services at work before the plan, each indicator's start, the key indicators."""
    b = e.baseline
    first = ev.first_year(plan)
    parts = [f"Keadaan sebelum dan pada awal tahun {e.year}.", f"**Sudah berjalan sebelum masterplan dimulai** "
             f"(status pada {tanggal(datetime.date(first - 1, 12, 31))}, menurut riwayat status program):"]
    parts.append("\n".join(f"- {id_link(s.program, link)} {md_text(s.program.nama)}: {_status(plan, s)}"
                           for s in b.before_plan) or "*Riwayat status tidak mencatat program yang berjalan "
                                                      f"sebelum {first}.*")
    rows = [(_program(s.program, link), indicator_name(s.indicator),
             baseline_text(s.indicator, unit=True) + mark(s.program.ilustrasi.target), _start_value(plan, s))
            for s in b.starts]
    parts += [f"**Indikator program yang terjadwal pada {e.year}**: kondisi awal, dan capaian akhir tahun "
              f"{e.year - 1} bila dilaporkan.",
              table(("Program", "Indikator", "Kondisi awal", f"Capaian {e.year - 1}"), rows) if rows else
              "*Tidak ada indikator program yang terjadwal pada tahun ini.*"]
    keys = [(md_text(f.dimension.nama), md_text(f.indicator.nama),
             baseline_text(f.indicator, unit=True) + mark(f.dimension.indikator_utama_ilustrasi),
             _target(f, f.dimension.indikator_utama_ilustrasi)) for f in b.key_indicators]
    parts += ["**Indikator utama setiap dimensi**:",
              table(("Dimensi", "Indikator", "Kondisi awal", f"Target {e.year}"), keys) if keys else
              "*Tidak ada indikator utama yang dicatat.*"]
    return "\n\n".join(parts)


def _start_value(plan: Masterplan, s: ev.Start) -> str:
    if s.previous.achieved:
        return f"{_figure_value(s.previous)}; {evidence_text(plan, s.previous.evidence)}"
    return NOT_REPORTED if s.due else f"– (tanpa target {s.previous.year})"


# -- Output --------------------------------------------------------------------------------------------

def output(plan: Masterplan, e: ev.YearEvaluation, link: Link) -> str:
    """The regulations proposed (their adoption not recorded), institutions, the budget allocated."""
    o = e.output
    rows = [(md_text(r.id), f"{md_text(r.jenis)} tentang {md_text(r.tentang)}", str(r.tahun),
             agency_label(plan, r.pemrakarsa), NOT_REPORTED,
             ", ".join(id_link(plan.program_by_id[i], link) for i in r.program) or "–") for r in o.regulations]
    parts = [f"**Regulasi** yang diusulkan untuk {e.year} atau sebelumnya. Data mencatat usulannya; penetapannya "
             f"belum dicatat, sehingga tertulis *{NOT_REPORTED}*.",
             table(("ID", "Regulasi", "Tahun usulan", "Pemrakarsa", "Penetapan", "Program"), rows) if rows else
             f"*Tidak ada regulasi yang diusulkan untuk {e.year} atau sebelumnya.*",
             f"**Kelembagaan**: lembaga yang dibentuk tidak dicatat dalam data masterplan (*{NOT_REPORTED}*)."]
    money = [(_program(a.program, link), agency_label(plan, a.program.opd),
              juta(a.planned) + mark(a.program.ilustrasi.anggaran)) for a in o.allocations]
    if money:
        money.append(("**Jumlah**", "", f"**{juta(o.planned)}**"))
    parts += [f"**Anggaran yang dialokasikan** untuk {e.year}, menurut rencana program:",
              table(("Program", "OPD pelaksana", f"Anggaran {e.year} (juta rupiah)"), money) if money else
              f"*Tidak ada anggaran yang direncanakan untuk {e.year}.*"]
    return "\n\n".join(parts)


# -- Outcome -------------------------------------------------------------------------------------------

def outcome(plan: Masterplan, e: ev.YearEvaluation, link: Link) -> str:
    """The programmes scheduled: their status, budget and spending, and their output indicators."""
    o = e.outcome
    s = o.summary
    words = plan.vocabulary
    states = Counter(c.state.status for c in o.programmes)
    counts = ", ".join(f"{n} {md_text(words.label('status_program', v).lower())}"
                       for v in words.values("status_program") if (n := states.get(v)))
    rows = [(_program(c.program, link), _status(plan, c.state),
             juta(c.planned) + mark(c.program.ilustrasi.anggaran) if c.planned is not None else "–",
             _spent(plan, c)) for c in o.programmes]
    parts = [f"**{s.active} program terjadwal** pada {e.year} (per {tanggal(e.as_of)}: {counts or '–'}); "
             "realisasi anggaran "
             f"{realised_text(s.budget, miliar)}.",
             table(("Program", f"Status per {tanggal(e.as_of)}", "Anggaran (juta rupiah)",
                    "Realisasi (juta rupiah) dan buktinya"), rows) if rows else
             f"*Tidak ada program yang terjadwal pada {e.year}.*",
             "**Indikator keluaran** program yang terjadwal, terhadap targetnya:", figure_table(plan, o.outputs, link)]
    return "\n\n".join(parts)


def _spent(plan: Masterplan, c: ev.Carried) -> str:
    if c.spent is None:
        return NOT_REPORTED
    return f"{juta(c.spent.jumlah)}{_through(c.spent)}; {evidence_text(plan, c.evidence)}"


# -- Impact --------------------------------------------------------------------------------------------

def impact(plan: Masterplan, e: ev.YearEvaluation, link: Link) -> str:
    """The outcome indicators of programmes and dimensions, and the survey results among them."""
    i = e.impact
    surveys = "\n".join(f"- {_owner(f, link)}, {md_text(f.indicator.nama)}: {_figure_value(f)}; "
                        f"{evidence_text(plan, f.evidence)}" for f in i.surveys)
    return "\n\n".join([
        "**Indikator hasil** program yang terjadwal, yaitu perubahan yang dirasakan warga:",
        figure_table(plan, i.outcomes, link),
        "**Indikator utama** setiap dimensi yang mengukur hasil:",
        figure_table(plan, i.key_indicators, link, "Dimensi"),
        "**Survei warga** (capaian yang sumbernya survei):" + (f"\n\n{surveys}" if surveys else
                                                               f" *belum ada hasil survei untuk {e.year}.*"),
    ])


# -- Quick Win -----------------------------------------------------------------------------------------

def quick_wins(plan: Masterplan, e: ev.YearEvaluation, link: Link) -> str:
    """Each quick win: its years, its state, its indicators' figures with their evidence."""
    rows = [(_program(q.state.program, link), years(q.state.program), _status(plan, q.state), _quick_results(plan, q))
            for q in e.quick_wins]
    if not rows:
        return "*Rencana ini tidak memuat quick win.*"
    return table(("Quick win", "Tahun", f"Status per {tanggal(e.as_of)}", "Capaian indikatornya dan buktinya"), rows)


def _quick_results(plan: Masterplan, q: ev.QuickWin) -> str:
    """Each indicator of a quick win in its year: the figure against the target, and its evidence."""
    if q.year is None:
        return f"terjadwal mulai {q.state.program.tahun_mulai}"
    lines = [f"{md_text(f.indicator.nama)} ({q.year}): {_figure_value(f)} dari target {_target(f)}"
             + (f" ({percent(f.percent)})" if f.percent is not None else "")
             + (f"; {evidence_text(plan, f.evidence)}" if f.achieved else "") for f in q.figures]
    return "<br>".join(lines) or "tanpa indikator"


# -- shared: figures and their evidence -----------------------------------------------------------------

def figure_table(plan: Masterplan, figures: Sequence[ev.Figure], link: Link, owner: str = "Program") -> str:
    """Indicators in one year: whose, the target, the figure reported (or that it was not), its evidence."""
    if not figures:
        return "*Tidak ada indikator dengan target atau capaian pada tahun ini.*"
    rows = [(_owner(f, link), indicator_name(f.indicator), _target(f), _figure_value(f), percent(f.percent),
             evidence_text(plan, f.evidence) if f.achieved else "–") for f in figures]
    return table((owner, "Indikator", "Target", "Capaian", "% target", "Bukti"), rows)


def _owner(f: ev.Figure, link: Link) -> str:
    """The programme the figure belongs to, linked; or the dimension of a key indicator."""
    return _program(f.program, link) if f.program else md_text(f.dimension.nama)


def _illustrative(f: ev.Figure) -> bool:
    return f.program.ilustrasi.target if f.program else f.dimension.indikator_utama_ilustrasi


def _target(f: ev.Figure, illustrative: bool | None = None) -> str:
    flagged = _illustrative(f) if illustrative is None else illustrative
    return value_text(f.target, f.indicator.satuan) + mark(flagged) if f.target is not None else "–"


def _figure_value(f: ev.Figure) -> str:
    """The figure reported, with its quarter where it is not the whole year's; or that none was."""
    if f.achieved is None:
        return NOT_REPORTED
    return f"{value_text(f.achieved.nilai, f.indicator.satuan)}{_through(f.achieved)}"


def _through(figure: Achievement | Spending) -> str:
    """The quarter a cumulative figure runs up to, after its value; nothing for a whole year's."""
    return f" (s.d. triwulan {QUARTERS[figure.triwulan]})" if figure.triwulan else ""


def evidence_text(plan: Masterplan, evidence: Achievement | Spending | None) -> str:
    """A figure's evidence: its source (linked where a link is given), who reported it, who verified it."""
    if evidence is None:
        return NOT_REPORTED
    source = md_text(evidence.sumber) or "sumber tidak disebut"
    if evidence.tautan:
        source = f"[{source}]({md_url(evidence.tautan)})"
    parts = [source]
    if evidence.pelapor:
        parts.append(f"dilaporkan {agency_short(plan, evidence.pelapor)}")
    check = evidence.verifikasi
    if check:
        parts.append(f"diverifikasi {agency_short(plan, check.oleh)} {tanggal(check.tanggal)}")
    else:
        parts.append(f"*{NOT_VERIFIED}*")
    return ", ".join(parts)


def _program(program: Program, link: Link) -> str:
    return f"{id_link(program, link)} {md_text(program.nama)}"


def _status(plan: Masterplan, state: ev.State) -> str:
    if state.status is None:
        return "belum dicatat"
    return f"{md_text(plan.vocabulary.label('status_program', state.status).lower())} sejak {tanggal(state.since)}"
