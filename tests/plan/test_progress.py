"""The plan's life from its data: the summaries of status, budget and results."""

from __future__ import annotations

import dataclasses
import datetime

from macros.data.model import Achievement, Indicator
from macros.plan import progress

TODAY = datetime.date(2026, 11, 30)


def test_at_a_glance(plan):
    at = progress.glance(plan, TODAY)
    assert dict(at.by_status) == {"selesai": 1, "rencana": 2}
    assert (at.quick_wins, at.quick_wins_done, at.overdue) == (1, 1, 1)
    money = at.budget
    assert (money.planned, money.realised) == (500_000_000 + 300_000_000 + 200_000_000 + 150_000_000, 450_000_000)
    assert (money.reports, money.due, money.share) == (1, 4, 0.9)  # GOV-01 spent 450 of its 500 million
    assert at.last_review == datetime.date(2026, 11, 1)  # the latest of the programmes' reviews


def test_percent_of_target_follows_the_direction_of_the_indicator():
    up = Indicator("Layanan", "layanan", None, {2026: 20})
    down = dataclasses.replace(up, arah="turun", target={2026: 7})
    result = Achievement(2026, 14, TODAY, "laporan")
    assert up.percent_of_target(result) == 70.0
    assert down.percent_of_target(result) == 50.0  # 14 days where 7 were the target
    assert up.percent_of_target(dataclasses.replace(result, nilai="Digital")) is None
    assert up.percent_of_target(dataclasses.replace(result, tahun=2027)) is None  # no target that year


def test_indicator_rows_show_the_latest_result_or_this_years_target(plan):
    rows = progress.indicator_rows(plan.programs, TODAY)
    assert [(r.program.id, r.year, r.target, r.achieved, r.percent) for r in rows] == [
        ("GOV-01", 2025, 10, 8, 80.0), ("GOV-02", 2026, 50, 18, 36.0), ("GOV-02", 2026, 30, None, None)]
    assert rows[1].figure.triwulan == 2 and rows[1].figure.verified  # the second quarter's, verified


def test_a_years_figure_is_the_whole_year_else_the_latest_quarter_never_a_sum(plan):
    services = plan.program_by_id["GOV-01"].indikator[0]  # 2025: 4 up to the second quarter, 8 for the year
    assert services.achieved(2025).nilai == 8 and services.latest().nilai == 8
    datasets = plan.program_by_id["GOV-02"].indikator[0]  # 2026: 5 in the first quarter, 18 up to the second
    assert datasets.achieved(2026).nilai == 18 and datasets.achieved(2026).triwulan == 2
    early = dataclasses.replace(datasets, capaian=tuple(reversed(datasets.capaian)))
    assert early.achieved(2026).nilai == 18  # not the order of the file


def test_each_year_begun_is_summarised(plan):
    years = progress.year_summaries(plan, TODAY)
    assert [y.year for y in years] == [2025, 2026]
    first = years[0]
    assert (first.active, dict(first.by_status), first.budget.planned, first.budget.realised) == (
        2, {"selesai": 1, "rencana": 1}, 700_000_000, 450_000_000)
    assert (first.indicators, first.reported, first.met) == (1, 1, 0)  # 8 of 10 layanan
    assert (years[1].indicators, years[1].reported) == (2, 1)
    assert first.budget.reports == 1 and first.budget.unverified == 0  # GOV-01's spending was verified


def test_a_year_not_reported_is_not_a_zero(plan):
    gov_02 = plan.program_by_id["GOV-02"]  # 300 million planned for 2026, nothing reported
    money = progress.budget([gov_02], [2026])
    assert (money.planned, money.realised, money.reports, money.due, money.share) == (300_000_000, 0, 0, 1, None)
    assert progress.budget([gov_02], [2025]).due == 0  # not a year of the programme
