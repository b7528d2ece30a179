"""Which programmes need an update ("perlu pembaruan"), and why, as values.

A programme needs one when it is late to start (still `rencana` after its first year has begun) or
when its data was not reviewed for longer than the plan allows (data/masterplan.yml
`pemantauan.batas_tinjau_bulan`). The words for a page or a log are render/staleness.py's.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..data.model import Masterplan, Program


@dataclass(frozen=True)
class NotStarted:
    """Scheduled to start in `year`, and still planned."""

    year: int


@dataclass(frozen=True)
class NotReviewed:
    """Last reviewed on `since`, more than `months` months ago."""

    since: datetime.date
    months: int


Reason = NotStarted | NotReviewed


@dataclass(frozen=True)
class Overdue:
    """A programme whose data needs an update, and why."""

    program: Program
    reasons: tuple[Reason, ...]


def review_limit(plan: Masterplan) -> int:
    """Months after which a programme's data is due for review (data/masterplan.yml)."""
    return plan.info["pemantauan"]["batas_tinjau_bulan"]


def reasons_to_update(program: Program, today: datetime.date, months: int) -> tuple[Reason, ...]:
    """Why `program` needs an update, if it does."""
    reasons: list[Reason] = []
    if program.status == "rencana" and program.tahun_mulai < today.year:
        reasons.append(NotStarted(program.tahun_mulai))
    if program.ditinjau.tanggal < months_before(today, months):
        reasons.append(NotReviewed(program.ditinjau.tanggal, months))
    return tuple(reasons)


def overdue(plan: Masterplan, today: datetime.date) -> list[Overdue]:
    """Every programme that needs an update, in data order."""
    months = review_limit(plan)
    found = [Overdue(p, reasons_to_update(p, today, months)) for p in plan.programs]
    return [o for o in found if o.reasons]


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` earlier (the month's last day where it is shorter)."""
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    for day_of_month in range(day.day, 0, -1):
        try:
            return datetime.date(year, month, day_of_month)
        except ValueError:
            continue
    raise AssertionError("unreachable")
