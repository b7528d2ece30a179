"""Which programmes need an update, and why, as values."""

from __future__ import annotations

import datetime

import pytest

from macros.plan import staleness
from macros.plan.select import one as program
from macros.plan.staleness import NotReviewed, NotStarted

TODAY = datetime.date(2026, 11, 30)


def test_a_programme_is_overdue_when_late_to_start_or_not_reviewed_for_long(plan):
    assert staleness.reasons_to_update(program(plan, "LIV-01"), TODAY, 6) == (
        NotStarted(2025), NotReviewed(datetime.date(2025, 2, 1), 6))
    assert staleness.reasons_to_update(program(plan, "GOV-02"), TODAY, 6) == ()  # starts this year
    assert staleness.reasons_to_update(program(plan, "GOV-01"), TODAY, 1) == (
        NotReviewed(datetime.date(2026, 10, 15), 1),)
    assert [o.program.id for o in staleness.overdue(plan, TODAY)] == ["LIV-01"]


@pytest.mark.parametrize("day, months, expected", [
    (datetime.date(2026, 11, 30), 6, datetime.date(2026, 5, 30)),
    (datetime.date(2026, 8, 31), 6, datetime.date(2026, 2, 28)),  # the month's last day where it is shorter
    (datetime.date(2026, 3, 15), 15, datetime.date(2024, 12, 15)),
])
def test_months_before(day, months, expected):
    assert staleness.months_before(day, months) == expected
