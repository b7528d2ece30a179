"""The macros pages call, each a thin call into `plan.select` (which programmes) and the modules that
render them (`render.programs`, `.budget`, `.timeline`, `.report`, `.staleness`, `.registers`, ...).

Bound to one build (site.build.Build) and to the page being rendered. The page language
(site.language) calls them, and names the page's line in any error they raise.
"""

from __future__ import annotations

import datetime
import functools
import inspect
from collections.abc import Callable

from .. import settings
from ..data import git, versions
from ..data.frontmatter import PageInfo
from ..data.model import Masterplan, Merged, Program
from ..errors import MasterplanError
from ..plan import changes, permalinks, progress, record, select, staleness
from ..plan import evaluation as plan_evaluation
from ..render import agencies, budget, chapters, dictionary, evaluation, glossary, programs, registers, report, timeline
from ..render.changes import program_changes
from ..render.citation import Citation
from ..render.staleness import overdue_list, reasons_text
from ..render.template import template
from .build import Build

#: The macros a page may call, in the order CONTRIBUTING.md documents them.
NAMES = ("tabel_program", "detail_program", "daftar_program", "tabel_quick_win", "ringkasan_anggaran",
         "matriks_opd", "roadmap", "glosarium", "riwayat_perubahan", "perubahan_program", "grafik_anggaran",
         "kamus_data", "panel_capaian", "keadaan_data", "capaian_status", "capaian_anggaran", "capaian_indikator",
         "perlu_pembaruan", "evaluasi_tahunan", "evaluasi_mandiri", "indikator_utama", "daftar_risiko",
         "rencana_regulasi", "program_digabung", "program_lanjutan")


class PageMacros:
    """The macros of one build. `page()` returns the current page (docs-relative, e.g. quick-win.md)."""

    def __init__(self, build: Build, page: Callable[[], str], cite: Callable[[], Citation | None] = lambda: None):
        self.build = build
        self.plan = build.plan
        self._page = page
        self._cite = cite  # the current page's citation (site.furniture), for the programmes' citation boxes

    def functions(self) -> dict[str, Callable[..., str]]:
        """Each macro by the name pages call it, refusing an argument that is not a text or a number."""
        return {name: _scalar_arguments(name, getattr(self, name)) for name in NAMES}

    # -- the macros ------------------------------------------------------------------

    def tabel_program(self, dimensi=None, elemen=None, tahapan=None, opd=None, status=None, tahun=None) -> str:
        """Table of programmes matching the filters, ids linking to their detail blocks."""
        found = select.programs(self.plan, dimensi, elemen, tahapan, opd, status, tahun)
        return self._sourced(programs.program_table(found, self.plan, self._link), found)

    def detail_program(self, id, level=3) -> str:
        """The detail block of one programme, with its permalink anchor."""
        program = select.one(self.plan, id)
        self._on_its_page(program)
        return programs.program_detail(program, self.plan, _heading_level(level), self.build.edit_base,
                                       self._overdue(program), self.build.report_form, self._cite())

    def daftar_program(self, dimensi=None, elemen=None, tahapan=None, opd=None, status=None, tahun=None,
                       level=3) -> str:
        """Detail blocks of every programme matching the filters."""
        found = select.programs(self.plan, dimensi, elemen, tahapan, opd, status, tahun)
        level = _heading_level(level)
        for program in found:
            self._on_its_page(program)
        return programs.program_details(found, self.plan, level, self.build.edit_base, self._overdue,
                                        self.build.report_form, self._cite())

    def tabel_quick_win(self) -> str:
        """The quick wins of every dimension."""
        found = select.programs(self.plan, tahapan="quick-win")
        return self._sourced(programs.quick_win_table(found, self.plan, self._link), found)

    def program_lanjutan(self, dimensi=None, tahapan=None) -> str:
        """The programmes that carry on a service the city already runs, with where it is recorded."""
        found = [p for p in select.programs(self.plan, dimensi=dimensi, tahapan=tahapan) if p.melanjutkan]
        return self._sourced(programs.continuation_table(found, self._link), found)

    def ringkasan_anggaran(self, dimensi=None) -> str:
        """Budget per dimension (or per element of one dimension) and year, with totals."""
        found = select.programs(self.plan, dimensi=dimensi)  # also rejects an unknown dimension
        return self._sourced(budget.budget_summary(self.plan, dimensi), found)

    def matriks_opd(self) -> str:
        """Which agency leads or supports which programme, by dimension."""
        matrix = agencies.agency_matrix(self.plan, self._link)
        return self._sourced(matrix, self.plan.programs, extra=["data/opd.yml"])

    def roadmap(self, dimensi=None) -> str:
        """Timeline of one dimension's programmes (grouped by element) or of all (by dimension), by year."""
        found = select.programs(self.plan, dimensi=dimensi)
        if not found:
            return programs.EMPTY
        if dimensi is None:
            return timeline.timeline(found, self.plan, "Roadmap seluruh program", "dimensi", self._link,
                                     self.build.today.year)
        title = f"Roadmap {self.plan.dimension_by_id[dimensi].nama}"
        return timeline.timeline(found, self.plan, title, "elemen", self._link, self.build.today.year)

    def glosarium(self) -> str:
        """Every glossary term with its expansion and definition."""
        return glossary.glossary_table(self.plan.glossary)

    def riwayat_perubahan(self) -> str:
        """Every chapter's history, newest first."""
        chapters_ = [p for p in self.build.pages.values() if p.is_versioned]
        return chapters.all_history(chapters_, self._page_link)

    def perubahan_program(self, dari=None) -> str:
        """Programmes added, removed and changed since release `dari` (default: the previous release)."""
        if dari is not None and not versions.is_version(dari):
            raise MasterplanError(f"dari={dari!r:.40} harus nomor versi rilis, misalnya \"1.0\"")
        root = self.build.root
        since = dari or git.previous_release(root, self.build.version)
        if since is None:
            return program_changes(None, None, self.plan, {}, self._link)
        old = git.programs_at(root, since)
        if old is None:
            raise MasterplanError(f"rilis {since} tidak ditemukan: tidak ada tag git v{since}")
        current = {p.id: record.data_record(p) for p in self.plan.programs}
        return program_changes(since, changes.compare_programs(old, current), self.plan, old, self._link)

    def grafik_anggaran(self) -> str:
        """Chart of the budget per year, stacked by dimension (SVG, with a text description)."""
        return template("grafik-anggaran.svg").render(c=budget.budget_chart(self.plan))

    def kamus_data(self) -> str:
        """The programme fields, as the JSON Schema describes them."""
        return dictionary.schema_fields(self.build.schemas.documents["program.schema.json"]["$defs"]["program"])

    # -- the plan's progress -------------------------------------------------------------

    def panel_capaian(self) -> str:
        """The plan at a glance: programmes by status, quick wins done, budget realised, last review."""
        return report.panel(self.plan, self.build.today, self._page_link_to(settings.PROGRESS_PAGE))

    def keadaan_data(self) -> str:
        """When the programme data was last reviewed, and the build's date."""
        return report.data_as_of(self.plan, self.build.today)

    def capaian_status(self) -> str:
        """Programmes by current status, per dimension and per year."""
        return self._sourced(report.status_tables(self.plan), self.plan.programs)

    def capaian_anggaran(self) -> str:
        """Budget planned against realised over the years begun: a chart and its table."""
        return self._sourced(report.budget_report(self.plan, self.build.today), self.plan.programs)

    def capaian_indikator(self, dimensi=None) -> str:
        """Every indicator: start, target, latest result and percent of target; without `dimensi`,
        one table per dimension under its own heading."""
        found = select.programs(self.plan, dimensi=dimensi)
        if dimensi is None:
            return self._sourced(report.indicators_by_dimension(self.plan, found, self.build.today, self._link), found)
        return self._sourced(report.indicator_table(self.plan, found, self.build.today, self._link), found)

    def perlu_pembaruan(self) -> str:
        """The programmes whose data needs an update, and why."""
        return overdue_list(self.plan, self.build.today, self._link)

    def evaluasi_tahunan(self) -> str:
        """Each year begun: programmes and their status, budget realised, results reported."""
        return self._sourced(report.year_evaluation(self.plan, self.build.today), self.plan.programs)

    def evaluasi_mandiri(self, tahun=None, level=2) -> str:
        """The yearly evaluation's five dimensions for each year begun (or year `tahun`), each figure linked."""
        today, level = self.build.today, _heading_level(level)
        if tahun is None:
            text = evaluation.evaluation_page(self.plan, today, self._link, level)
        else:
            text = evaluation.year_evaluation(self.plan, _begun_year(self.plan, tahun, today), self._link, level)
        return self._sourced(text, self.plan.programs, ["data/dimensi.yml", "data/regulasi.yml"])

    def indikator_utama(self, dimensi=None) -> str:
        """The key indicators of one dimension, or of every dimension under its own heading."""
        select.programs(self.plan, dimensi=dimensi)  # an unknown dimension is an error
        chosen = [d for d in self.plan.dimensions if dimensi is None or d.id == dimensi]
        return self._sourced(registers.key_indicators(self.plan, chosen), (), ["data/dimensi.yml"])

    def daftar_risiko(self) -> str:
        """The risk register, the most serious first."""
        return self._sourced(registers.risk_register(self.plan, self._link), (), ["data/risiko.yml"])

    def rencana_regulasi(self) -> str:
        """The regulations the plan proposes, by year."""
        return self._sourced(registers.regulation_plan(self.plan, self._link), (), ["data/regulasi.yml"])

    def program_digabung(self, dimensi) -> str:
        """Where the merged programmes of a dimension went, under their old anchors (only on its page)."""
        select.programs(self.plan, dimensi=dimensi)
        merged = [m for m in self.plan.merged if m.dimensi == dimensi]
        for m in merged:
            self._on_its_page(m)
        return self._sourced(registers.merged_notes(self.plan, merged, self._link), (),
                             ["data/program-digabung.yml"] if merged else [])

    # -- page context ----------------------------------------------------------------

    def _overdue(self, program: Program) -> tuple[str, ...]:
        reasons = staleness.reasons_to_update(program, self.build.today, staleness.review_limit(self.plan))
        return reasons_text(reasons)

    def _page_link_to(self, target: str) -> str:
        return permalinks.relative(target, self._page())

    def _page_link(self, info: PageInfo) -> str:
        return self._page_link_to(info.src)

    def _sourced(self, markdown: str, shown, extra: list[str] = ()) -> str:
        """`markdown` followed by links to edit the data files it was made from."""
        sources = programs.data_sources([*extra, *(p.source_file for p in shown)], self.build.edit_base)
        return f"{markdown}\n\n{sources}" if sources and (shown or extra) else markdown

    def _link(self, program: Program) -> str:
        return permalinks.href(self._page(), program)

    def _on_its_page(self, program: Program | Merged) -> None:
        """A detail block may only stand on its dimension's page: its permalink (publish.detail_links)."""
        expected = permalinks.detail_page(program)
        if self._page() != expected:
            raise MasterplanError(f"detail program {program.id} hanya boleh ditampilkan di docs/{expected}, "
                                  "agar tautannya tetap")


def _begun_year(plan: Masterplan, year: object, today: datetime.date) -> plan_evaluation.YearEvaluation:
    """The evaluation of `year`, a year of the plan that has begun."""
    begun = progress.started_years(plan, today)
    if not isinstance(year, int) or isinstance(year, bool) or year not in begun:
        which = f"{begun[0]}–{begun[-1]}" if begun else f"belum ada; yang pertama {plan.years[0]}"
        raise MasterplanError(f"tahun={year!r:.40} harus tahun masterplan yang sudah dimulai ({which})")
    return plan_evaluation.evaluation(plan, year, today)


def _heading_level(level: object) -> int:
    """A programme heading's level: 2 to 6, under the page's title."""
    if not isinstance(level, int) or isinstance(level, bool) or not 2 <= level <= 6:
        raise MasterplanError(f"level={level!r:.40} harus bilangan bulat 2 sampai 6 (tingkat judul)")
    return level


#: What a page may pass to a macro: every argument is a text, a whole number, or nothing.
_KINDS = {list: "daftar", tuple: "daftar", dict: "pasangan kolom", float: "bilangan pecahan", set: "himpunan"}


def _scalar_arguments(name: str, macro: Callable[..., str]) -> Callable[..., str]:
    """`macro`, but an argument of another kind (a list where a text is expected) is a MasterplanError
    naming the macro and the argument, not a TypeError deep in the engine."""
    parameters = list(inspect.signature(macro).parameters)

    @functools.wraps(macro)
    def checked(*args, **kwargs):
        named = {**dict(zip(parameters, args, strict=False)), **kwargs}  # extra positionals: Python says
        for parameter, value in named.items():
            if value is not None and not isinstance(value, (str, int)):
                kind = _KINDS.get(type(value), type(value).__name__)
                raise MasterplanError(f"{name}: argumen {parameter} harus teks atau bilangan bulat, bukan {kind} "
                                      f"({str(value)[:40]})")
        return macro(*args, **kwargs)

    return checked
