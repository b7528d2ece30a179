"""The programmes that need an update, in words: for their detail block, the progress page and the log."""

from __future__ import annotations

import datetime

from ..data.model import Masterplan
from ..plan import staleness
from ..plan.staleness import NotStarted, Overdue, Reason
from .escape import md_text
from .format import tanggal
from .programs import Link, id_link


def reason_text(reason: Reason) -> str:
    """One reason, as a clause.

    >>> reason_text(NotStarted(2028))
    'dijadwalkan mulai 2028, tetapi statusnya masih rencana'
    """
    if isinstance(reason, NotStarted):
        return f"dijadwalkan mulai {reason.year}, tetapi statusnya masih rencana"
    return f"terakhir ditinjau {tanggal(reason.since)}, lebih dari {reason.months} bulan lalu"


def reasons_text(reasons: tuple[Reason, ...]) -> tuple[str, ...]:
    return tuple(reason_text(r) for r in reasons)


def overdue_report(found: list[Overdue]) -> str:
    """The programmes that need an update, one line each, for `make check` and the build's log."""
    lines = [f"Perlu pembaruan ({len(found)} program):"]
    lines += [f"  - {o.program.id} ({o.program.source_file} baris {o.program.source_line}): "
              f"{'; '.join(reasons_text(o.reasons))}" for o in found]
    return "\n".join(lines)


def overdue_list(plan: Masterplan, today: datetime.date, link: Link) -> str:
    """The programmes whose data needs an update, each with why (the progress page)."""
    found = staleness.overdue(plan, today)
    if not found:
        return "Semua program sudah ditinjau sesuai jadwal."
    items = [f"- {id_link(o.program, link)} {md_text(o.program.nama)} "
             f"({md_text(plan.agency_by_id[o.program.opd].singkatan)}): {md_text('; '.join(reasons_text(o.reasons)))}."
             for o in found]
    months = staleness.review_limit(plan)
    intro = (f"{len(found)} program perlu pembaruan: statusnya masih *rencana* padahal tahun mulainya sudah lewat, "
             f"atau datanya belum ditinjau OPD pelaksana lebih dari {months} bulan.")
    return intro + " Di belakang setiap program: OPD pelaksananya, lalu alasannya.\n\n" + "\n".join(items)
