"""Who reviewed the programmes, and which need an update, in words: for their detail block, the progress
page and the log. It never says an agency confirmed what only the drafting team reviewed."""

from __future__ import annotations

import datetime

from ..data.model import Masterplan
from ..plan import progress, staleness
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
    months = staleness.review_limit(plan)
    if not found:
        return (f"Tidak ada program yang perlu pembaruan: tidak ada yang terlambat dimulai, dan semua ditinjau dalam "
                f"{months} bulan terakhir. {reviewers_sentence(plan)}")
    items = [f"- {id_link(o.program, link)} {md_text(o.program.nama)} "
             f"({md_text(plan.agency_by_id[o.program.opd].singkatan)}): {md_text('; '.join(reasons_text(o.reasons)))}."
             for o in found]
    intro = (f"{len(found)} program perlu pembaruan: statusnya masih *rencana* padahal tahun mulainya sudah lewat, "
             f"atau datanya tidak ditinjau lebih dari {months} bulan.")
    return intro + " Di belakang setiap program: OPD pelaksananya, lalu alasannya.\n\n" + "\n".join(items)


def reviewers_sentence(plan: Masterplan) -> str:
    """Who last reviewed the programmes' data, and how many each: the agencies themselves, the planning
    agency, or only the drafting team."""
    counts, words = progress.reviewers(plan.programs), plan.vocabulary
    parts = [f"{md_text(words.label('peninjau', who))} {counts[who]} program" for who in words.values("peninjau")
             if counts.get(who)]
    sentence = "Peninjau terakhir data program: " + ", ".join(parts) + "."
    if not counts.get("opd-pelaksana"):
        sentence += " Belum ada program yang datanya dipastikan OPD pelaksananya."
    return sentence
