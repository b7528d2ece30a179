"""Roadmaps as a timeline made at build time: an HTML table of programmes by year, with CSS bars.

No script draws it: it reads on a phone (names wrap, years stay in view), by keyboard and by
screen reader (a table with headers; each year a programme runs says so in words), and it
prints as it shows. Stage and status are given in words on every row, the colours repeat them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .model import Masterplan, Program
from .page_templates import template


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    href: str
    stage: str  # the vocabulary value, for the bar's class
    stage_label: str
    status: str
    status_label: str
    years: tuple[bool, ...]  # runs in each year of the plan


@dataclass(frozen=True)
class Group:
    name: str
    rows: tuple[Row, ...]


def timeline(programs: Sequence[Program], plan: Masterplan, title: str, by: str, link: Callable[[Program], str],
             this_year: int) -> str:
    """The timeline of `programs`, grouped by dimension (`by="dimensi"`) or element, as HTML."""
    years = list(plan.years)
    words = plan.vocabulary
    groups = []
    for name, members in _groups(programs, plan, by):
        rows = tuple(Row(p.id, p.nama, link(p), p.tahapan, words.label("tahapan", p.tahapan), p.status,
                         words.label("status_program", p.status), tuple(p.active_in(y) for y in years))
                     for p in members)
        groups.append(Group(name, rows))
    legend = {"stages": [(v, words.label("tahapan", v)) for v in words.values("tahapan")],
              "statuses": [(v, words.label("status_program", v)) for v in words.values("status_program")]}
    return template("linimasa.html").render(title=title, years=years, this_year=this_year, groups=groups,
                                            legend=legend, group_kind="Dimensi" if by == "dimensi" else "Elemen")


def _groups(programs: Sequence[Program], plan: Masterplan, by: str):
    groups = plan.dimensions if by == "dimensi" else [e for d in plan.dimensions for e in d.elemen]
    for group in groups:
        members = [p for p in programs if getattr(p, by) == group.id]
        if members:
            yield group.nama, members
