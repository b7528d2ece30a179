"""What the self-assessment of a yearly Smart City evaluation asks, gathered from the plan for one year.

The evaluation has five dimensions, in this order: Baseline (where the city stood before and at the
start of the year), Output (regulations, institutions, budget allocated), Outcome (the programmes
carried out against the plan), Impact (the results residents feel: outcome indicators, surveys) and
Quick Win (each quick win's state). One dataclass per dimension, each a pure function of the plan,
the year and the build's date. Nothing is scored and nothing is filled in: a figure not reported is
None, and the words for a page are render/evaluation.py's.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..data.model import Achievement, Dimension, Indicator, Masterplan, Program, Regulation, Spending, Value
from . import progress

#: The dimensions of the evaluation, in the order of its self-assessment.
DIMENSIONS = ("Baseline", "Output", "Outcome", "Impact", "Quick Win")

#: Statuses under which a programme is already at work.
AT_WORK = ("berjalan", "selesai")


@dataclass(frozen=True)
class Figure:
    """An indicator in one year: its target, the figure reported for it (None: not reported), its share."""

    program: Program | None  # None: a dimension's key indicator
    dimension: Dimension
    indicator: Indicator
    year: int
    target: Value | None
    achieved: Achievement | None
    percent: float | None

    @property
    def evidence(self) -> Achievement | None:
        """The figure's report: its source, link, reporter, verification and quarter (model.Reported)."""
        return self.achieved


def figure(plan: Masterplan, program: Program | None, indicator: Indicator, year: int,
           dimension: Dimension | None = None) -> Figure:
    """`indicator` of `program` (or, with no programme, a key indicator of `dimension`) in `year`."""
    achieved = indicator.achieved(year)
    return Figure(program, dimension or plan.dimension_by_id[program.dimensi], indicator, year,
                  indicator.target.get(year), achieved, indicator.percent_of_target(achieved) if achieved else None)


@dataclass(frozen=True)
class State:
    """A programme's status on a day, from its history (None: not yet recorded then) and since when."""

    program: Program
    status: str | None
    since: datetime.date | None


def state_on(program: Program, day: datetime.date) -> State:
    """The programme's status on `day`: the last entry of its history dated on or before it."""
    known = [change for change in program.riwayat_status if change.tanggal <= day]
    return State(program, known[-1].status, known[-1].tanggal) if known else State(program, None, None)


# -- the five dimensions ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Start:
    """An indicator at the start of the year: its baseline and the figure of the year before."""

    program: Program
    indicator: Indicator
    previous: Figure  # the year before: None achieved where nothing was reported
    due: bool  # a figure for the year before was due (the indicator had a target that year)


@dataclass(frozen=True)
class BaselineSection:
    """Where the city stood: indicator baselines and last year's figures, the key indicators, and the
    programmes already at work before the plan began (the city's earlier services)."""

    starts: tuple[Start, ...]  # the indicators of the programmes scheduled in the year
    key_indicators: tuple[Figure, ...]  # every dimension's key indicators, with the year's target
    before_plan: tuple[State, ...]  # at work on the eve of the plan's first year


@dataclass(frozen=True)
class Allocation:
    """The budget a programme planned for the year."""

    program: Program
    planned: int


@dataclass(frozen=True)
class OutputSection:
    """What was prepared: the regulations proposed up to the year, and the budget allocated to it."""

    regulations: tuple[Regulation, ...]  # proposed for the year or earlier; whether adopted is not recorded
    allocations: tuple[Allocation, ...]
    planned: int


@dataclass(frozen=True)
class Carried:
    """A programme scheduled in the year: its state at the end of it, budget planned and realised."""

    state: State
    planned: int | None
    spent: Spending | None  # None: not reported

    @property
    def program(self) -> Program:
        return self.state.program

    @property
    def evidence(self) -> Spending | None:
        """The spending's report: its source, link, reporter, verification and quarter (model.Reported)."""
        return self.spent


@dataclass(frozen=True)
class OutcomeSection:
    """The plan carried out: the programmes scheduled in the year, their output indicators, the sums."""

    summary: progress.YearSummary
    programmes: tuple[Carried, ...]
    outputs: tuple[Figure, ...]  # output indicators (keluaran) with a target or a figure for the year


@dataclass(frozen=True)
class ImpactSection:
    """The results residents feel: outcome indicators of programmes and key indicators, surveys."""

    outcomes: tuple[Figure, ...]  # outcome indicators (hasil) with a target or a figure for the year
    key_indicators: tuple[Figure, ...]  # the dimensions' outcome key indicators
    surveys: tuple[Figure, ...]  # of those, the figures whose evidence is a survey


@dataclass(frozen=True)
class QuickWin:
    """A quick win's state at the end of the year, and its indicators in its own year (up to this one)."""

    state: State
    year: int | None  # the year its figures are for; None: it starts after the year evaluated
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class YearEvaluation:
    """One year's self-assessment material, dimension by dimension."""

    year: int
    as_of: datetime.date  # the end of the year, or today while it runs
    baseline: BaselineSection
    output: OutputSection
    outcome: OutcomeSection
    impact: ImpactSection
    quick_wins: tuple[QuickWin, ...]

    @property
    def running(self) -> bool:
        """The year has not ended: its figures are provisional."""
        return self.as_of.year == self.year and self.as_of < datetime.date(self.year, 12, 31)


def first_year(plan: Masterplan) -> int:
    """The first year an evaluation can cover."""
    return plan.years[0]


def evaluations(plan: Masterplan, today: datetime.date) -> list[YearEvaluation]:
    """Every year of the plan that has begun, the latest first."""
    return [evaluation(plan, year, today) for year in reversed(progress.started_years(plan, today))]


def evaluation(plan: Masterplan, year: int, today: datetime.date) -> YearEvaluation:
    """The material of `year`, as the data stands on `today`."""
    as_of = min(datetime.date(year, 12, 31), today)
    scheduled = [p for p in plan.programs if p.active_in(year)]
    return YearEvaluation(year, as_of, baseline(plan, scheduled, year), output(plan, scheduled, year),
                          outcome(plan, scheduled, year, today, as_of), impact(plan, scheduled, year),
                          quick_wins(plan, year, as_of))


def baseline(plan: Masterplan, scheduled: list[Program], year: int) -> BaselineSection:
    """Before and at the start of `year`; the programmes at work on the eve of the plan's first day."""
    starts = tuple(Start(p, i, figure(plan, p, i, year - 1), year - 1 in i.target)
                   for p in scheduled for i in p.indikator)
    keys = tuple(figure(plan, None, i, year, d) for d in plan.dimensions for i in d.indikator_utama)
    eve = datetime.date(first_year(plan), 1, 1) - datetime.timedelta(days=1)
    before = tuple(s for s in (state_on(p, eve) for p in plan.programs) if s.status in AT_WORK)
    return BaselineSection(starts, keys, before)


def output(plan: Masterplan, scheduled: list[Program], year: int) -> OutputSection:
    """The regulations proposed up to `year` and the budget its programmes planned for it."""
    regulations = tuple(sorted((r for r in plan.regulations if r.tahun <= year), key=lambda r: (r.tahun, r.id)))
    allocations = tuple(Allocation(p, p.anggaran[year]) for p in scheduled if year in p.anggaran)
    return OutputSection(regulations, allocations, sum(a.planned for a in allocations))


def outcome(plan: Masterplan, scheduled: list[Program], year: int, today: datetime.date,
            as_of: datetime.date) -> OutcomeSection:
    """The programmes scheduled in `year` as they stood on `as_of`, their spending and output indicators."""
    summary = next(s for s in progress.year_summaries(plan, today) if s.year == year)
    carried = tuple(Carried(state_on(p, as_of), p.anggaran.get(year), p.realisasi.get(year)) for p in scheduled)
    return OutcomeSection(summary, carried, _figures(plan, scheduled, year, "keluaran"))


def impact(plan: Masterplan, scheduled: list[Program], year: int) -> ImpactSection:
    """The outcome indicators of the programmes and of the dimensions in `year`, and the surveys among them."""
    outcomes = _figures(plan, scheduled, year, "hasil")
    keys = tuple(figure(plan, None, i, year, d) for d in plan.dimensions for i in d.indikator_utama
                 if i.jenis == "hasil")
    surveys = tuple(f for f in (*outcomes, *keys) if f.achieved and is_survey(f))
    return ImpactSection(outcomes, keys, surveys)


def quick_wins(plan: Masterplan, year: int, as_of: datetime.date) -> tuple[QuickWin, ...]:
    """Every quick win of the plan, in data order, as it stood on `as_of`."""
    found = []
    for p in plan.programs:
        if p.tahapan != "quick-win":
            continue
        own = min(year, p.tahun_selesai) if p.tahun_mulai <= year else None
        figures = tuple(figure(plan, p, i, own) for i in p.indikator) if own else ()
        found.append(QuickWin(state_on(p, as_of), own, figures))
    return tuple(found)


def _figures(plan: Masterplan, programs: list[Program], year: int, kind: str) -> tuple[Figure, ...]:
    """The indicators of `kind` with a target or a figure for the year."""
    return tuple(figure(plan, p, i, year) for p in programs for i in p.indikator
                 if i.jenis == kind and (year in i.target or i.achieved(year)))


def is_survey(found: Figure) -> bool:
    """The figure comes from a survey of residents: its source, its indicator's data source or name says so."""
    definition = getattr(found.indicator, "definisi", None)
    sources = (found.achieved.sumber if found.achieved else "", definition.sumber_data if definition else "",
               found.indicator.nama)
    return any("survei" in source.lower() for source in sources)
