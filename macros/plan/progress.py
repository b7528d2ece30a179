"""The plan's life, computed from the data: the summaries of status, budget and indicators that the
progress page, the home page and Bab X show (which programmes need an update: `staleness`).

Pure functions of the masterplan and the build's date. Nothing here is stored: what a summary
says follows from the programmes' status history, achievements and spending as the YAML holds them.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..data.model import Achievement, Indicator, Masterplan, Program
from . import staleness


def status_counts(programs: Iterable[Program]) -> Counter:
    """How many programmes have each current status."""
    return Counter(p.status for p in programs)


def started_years(plan: Masterplan, today: datetime.date) -> list[int]:
    """The plan's years that have begun."""
    return [y for y in plan.years if y <= today.year]


@dataclass(frozen=True)
class Budget:
    """Rupiah planned for some programmes and years, and what their reports say was realised.

    A year of a programme with no `realisasi` is unreported, not zero: `reports` and `due` count
    the programme-years reported and expected, and the share compares only what was reported.
    """

    planned: int
    realised: int
    planned_reported: int  # planned for the programme-years that report a realisation
    reports: int
    due: int  # programme-years with a budget planned or realised
    unverified: int = 0  # of the reports, those no one has verified yet

    @property
    def share(self) -> float | None:
        """Realised against what the reporting programme-years planned; None before any report."""
        return self.realised / self.planned_reported if self.reports and self.planned_reported else None


def budget(programs: Iterable[Program], years: Sequence[int]) -> Budget:
    """The budget of `programs` over `years`."""
    planned = realised = planned_reported = reports = due = unverified = 0
    for p in programs:
        for y in years:
            if y not in p.anggaran and y not in p.realisasi:
                continue
            due += 1
            planned += p.anggaran.get(y, 0)
            if y in p.realisasi:
                reports += 1
                unverified += not p.realisasi[y].verified
                realised += p.realisasi[y].jumlah
                planned_reported += p.anggaran.get(y, 0)
    return Budget(planned, realised, planned_reported, reports, due, unverified)


@dataclass(frozen=True)
class Glance:
    """The plan at a glance, for the home page."""

    by_status: Counter
    quick_wins: int
    quick_wins_done: int
    budget: Budget  # over the years that have begun
    last_review: datetime.date
    reviewers: Counter  # who last reviewed each programme (kosakata peninjau)
    overdue: int


def glance(plan: Masterplan, today: datetime.date) -> Glance:
    quick = [p for p in plan.programs if p.tahapan == "quick-win"]
    return Glance(by_status=status_counts(plan.programs), quick_wins=len(quick),
                  quick_wins_done=sum(p.status == "selesai" for p in quick),
                  budget=budget(plan.programs, started_years(plan, today)),
                  last_review=max(p.ditinjau.tanggal for p in plan.programs), reviewers=reviewers(plan.programs),
                  overdue=len(staleness.overdue(plan, today)))


def reviewers(programs: Iterable[Program]) -> Counter:
    """How many programmes each kind of reviewer (kosakata.schema.json `peninjau`) last reviewed."""
    return Counter(p.ditinjau.oleh for p in programs)


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator as the progress page shows it: its start, this year's target, and the latest result."""

    program: Program
    indicator: Indicator
    year: int  # the year of the target shown: the latest result's, else this year (or the programme's nearest)
    target: object
    achieved: object | None
    percent: float | None
    figure: Achievement | None = None  # the latest result itself: its period, evidence, verification


def indicator_rows(programs: Iterable[Program], today: datetime.date) -> list[IndicatorRow]:
    rows = []
    for p in programs:
        for indicator in p.indikator:
            latest = indicator.latest()
            year = latest.tahun if latest else min(max(today.year, p.tahun_mulai), p.tahun_selesai)
            rows.append(IndicatorRow(p, indicator, year, indicator.target.get(year),
                                     latest.nilai if latest else None,
                                     indicator.percent_of_target(latest) if latest else None, latest))
    return rows


@dataclass(frozen=True)
class YearSummary:
    """One year of the plan, as the yearly evaluation summarises it."""

    year: int
    active: int  # programmes scheduled in the year
    by_status: Counter  # their current status
    budget: Budget
    indicators: int  # indicators of the programmes scheduled in the year
    reported: int  # of those, with a result reported for the year
    met: int  # of those, at or beyond the year's target


def year_summaries(plan: Masterplan, today: datetime.date) -> list[YearSummary]:
    """Every year of the plan that has begun."""
    summaries = []
    for year in started_years(plan, today):
        active = [p for p in plan.programs if p.active_in(year)]
        results = [(i, i.achieved(year)) for p in active for i in p.indikator]
        reported = [(i, a) for i, a in results if a is not None]
        met = sum(1 for i, a in reported if (i.percent_of_target(a) or 0) >= 100)
        summaries.append(YearSummary(year, len(active), status_counts(active), budget(active, [year]), len(results),
                                     len(reported), met))
    return summaries
