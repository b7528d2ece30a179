"""The yearly evaluation's material as values: Kota Uji's years begun, dimension by dimension, and what
was not reported (None, never a zero)."""

from __future__ import annotations

import dataclasses
import datetime

from macros.data.model import Achievement, StatusChange
from macros.plan import evaluation as ev

TODAY = datetime.date(2026, 11, 30)  # Kota Uji's day: 2025 has ended (with reports), 2026 runs


def year(plan, which: int) -> ev.YearEvaluation:
    return next(e for e in ev.evaluations(plan, TODAY) if e.year == which)


def with_program(plan, program_id: str, **changes):
    """The plan with one programme changed."""
    changed = dataclasses.replace(plan.program_by_id[program_id], **changes)
    return dataclasses.replace(plan, programs=tuple(changed if p.id == program_id else p for p in plan.programs))


def test_every_year_begun_the_latest_first_and_the_running_one_marked(plan):
    found = ev.evaluations(plan, TODAY)
    assert [(e.year, e.as_of, e.running) for e in found] == [
        (2026, TODAY, True), (2025, datetime.date(2025, 12, 31), False)]
    assert ev.DIMENSIONS == ("Baseline", "Output", "Outcome", "Impact", "Quick Win")
    assert ev.evaluations(plan, datetime.date(2024, 12, 31)) == []  # the plan begins in 2025
    assert ev.first_year(plan) == 2025


def test_baseline_the_start_of_each_indicator_and_the_key_indicators(plan):
    b = year(plan, 2025).baseline
    assert [(s.program.id, s.indicator.nama, s.indicator.baseline.nilai, s.due, s.previous.achieved)
            for s in b.starts] == [("GOV-01", "Layanan terhubung", 2, False, None)]  # no target in 2024
    assert [(f.indicator.nama, f.target) for f in b.key_indicators] == [("Indeks SPBE", 2.5),
                                                                         ("Waktu tunggu layanan", 35)]
    assert b.before_plan == ()  # Kota Uji's history records nothing at work before 2025


def test_baseline_says_what_was_due_last_year_and_not_reported(plan):
    starts = year(plan, 2026).baseline.starts
    assert [(s.program.id, s.indicator.nama, s.due) for s in starts] == [
        ("GOV-02", "Dataset terbit", False), ("GOV-02", "Waktu pemutakhiran data", False)]
    later = with_program(plan, "GOV-02", tahun_mulai=2025, indikator=tuple(
        dataclasses.replace(i, target={2025: 10, **i.target}) for i in plan.program_by_id["GOV-02"].indikator))
    starts = ev.evaluation(later, 2026, TODAY).baseline.starts
    assert [(s.due, s.previous.achieved, s.previous.target) for s in starts] == [(True, None, 10), (True, None, 10)]


def test_baseline_lists_the_services_at_work_before_the_plan_began(plan):
    running = (StatusChange(datetime.date(2022, 6, 20), "berjalan", "Sudah berjalan."),)
    earlier = with_program(plan, "LIV-01", riwayat_status=running)
    before = ev.evaluation(earlier, 2025, TODAY).baseline.before_plan
    assert [(s.program.id, s.status, s.since) for s in before] == [("LIV-01", "berjalan", datetime.date(2022, 6, 20))]
    assert ev.evaluation(plan, 2025, TODAY).baseline.before_plan == ()  # LIV-01 was only planned then


def test_output_the_regulations_proposed_and_the_budget_allocated(plan):
    first, second = year(plan, 2025).output, year(plan, 2026).output
    assert first.regulations == () and [r.id for r in second.regulations] == ["REG-01"]  # proposed for 2026
    assert [(a.program.id, a.planned) for a in first.allocations] == [("GOV-01", 500_000_000), ("LIV-01", 200_000_000)]
    assert (first.planned, second.planned) == (700_000_000, 450_000_000)


def test_outcome_the_programmes_at_the_end_of_the_year_against_their_budget(plan):
    o = year(plan, 2025).outcome
    rows = [(c.program.id, c.state.status, c.state.since, c.planned, c.spent.jumlah if c.spent else None)
            for c in o.programmes]
    assert rows == [("GOV-01", "selesai", datetime.date(2025, 12, 22), 500_000_000, 450_000_000),
                    ("LIV-01", "rencana", datetime.date(2024, 11, 1), 200_000_000, None)]  # not reported: None
    spent = o.programmes[0].evidence
    assert (spent.sumber, spent.verified, spent.triwulan) == ("LKPJ 2025", True, None)
    assert o.programmes[1].evidence is None
    assert (o.summary.active, o.summary.budget.reports, o.summary.budget.due) == (2, 1, 2)
    assert [(f.program.id, f.target, f.achieved.nilai, f.percent) for f in o.outputs] == [("GOV-01", 10, 8, 80.0)]


def test_outcome_status_is_the_one_of_the_day_evaluated_not_of_today(plan):
    # GOV-01 became selesai on 22 December 2025: on 30 June it was still berjalan
    assert ev.state_on(plan.program_by_id["GOV-01"], datetime.date(2025, 6, 30)).status == "berjalan"
    assert ev.state_on(plan.program_by_id["GOV-02"], datetime.date(2026, 1, 1)) == ev.State(
        plan.program_by_id["GOV-02"], None, None)  # its history begins in November 2026
    outputs = year(plan, 2026).outcome.outputs
    assert [(f.indicator.nama, f.target, f.achieved and f.achieved.nilai) for f in outputs] == [
        ("Dataset terbit", 50, 18), ("Waktu pemutakhiran data", 30, None)]  # 18: up to the second quarter


def test_impact_outcome_indicators_key_indicators_and_surveys(plan):
    i = year(plan, 2025).impact
    assert i.outcomes == () and i.surveys == ()  # Kota Uji's programmes measure outputs only
    assert [(f.indicator.nama, f.achieved) for f in i.key_indicators] == [("Indeks SPBE", None),
                                                                          ("Waktu tunggu layanan", None)]
    gov_01 = plan.program_by_id["GOV-01"]
    felt = dataclasses.replace(gov_01.indikator[0], nama="Warga puas", satuan="%", jenis="hasil", target={2025: 70},
                               capaian=(Achievement(2025, 72, datetime.date(2025, 12, 15), "Survei kepuasan 2025"),))
    i = ev.evaluation(with_program(plan, "GOV-01", indikator=(felt,)), 2025, TODAY).impact
    assert [(f.indicator.nama, f.achieved.nilai) for f in i.outcomes] == [("Warga puas", 72)]
    assert [f.indicator.nama for f in i.surveys] == ["Warga puas"]


def test_each_quick_win_with_its_state_and_its_own_years_figures(plan):
    for evaluated in (2025, 2026):  # GOV-01 is the quick win of 2025: a later year shows its 2025 figures
        (q,) = year(plan, evaluated).quick_wins
        assert (q.state.program.id, q.state.status, q.year) == ("GOV-01", "selesai", 2025)
        assert [(f.year, f.achieved.nilai) for f in q.figures] == [(2025, 8)]
    later = with_program(plan, "GOV-01", tahun_mulai=2026, tahun_selesai=2026)
    (q,) = ev.evaluation(later, 2025, TODAY).quick_wins
    assert (q.year, q.figures) == (None, ())  # not begun in the year evaluated
