"""Roadmaps as a timeline made at build time: a table of programmes by year, with CSS bars.

No script draws it: it reads on a phone (names wrap, one narrow column a year), by keyboard and
by screen reader (a table with a header row; each year a programme runs says so in words), and
it prints as it shows. Stage and status are given in words on every row; the colours repeat them.
The table is Markdown, so MkDocs resolves and checks every programme's link.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..data.model import Masterplan, Program
from .classes import TIMELINE, modifier
from .escape import md_text
from .markdown import table


def timeline(programs: Sequence[Program], plan: Masterplan, title: str, by: str, link: Callable[[Program], str],
             this_year: int) -> str:
    """The timeline of `programs`, grouped by dimension (`by="dimensi"`) or element, as Markdown."""
    years = list(plan.years)
    words = plan.vocabulary
    header = ["Program", *(f'{y} <span class="{TIMELINE}__kini-teks">kini</span>' if y == this_year else str(y)
                           for y in years)]
    rows = []
    for name, members in _groups(programs, plan, by):
        rows.append((f"**{'Dimensi' if by == 'dimensi' else 'Elemen'}: {md_text(name)}**", *[""] * len(years)))
        for p in members:
            stage, status = words.label("tahapan", p.tahapan), words.label("status_program", p.status)
            label = (f"[{md_text(p.id)} {md_text(p.nama)}]({link(p)})"
                     f"<br><span class=\"{TIMELINE}__ket\">{md_text(stage)} · {md_text(status)}</span>")
            rows.append((label, *(_cell(p, year, status, this_year) for year in years)))
    legend = [f'<span class="mp-legenda"><span class="mp-batang {modifier("mp-tahapan", v)}"></span> '
              f"{md_text(label)}</span>" for v, label in _labels(plan, "tahapan")]
    fills = [f'<span class="mp-legenda {modifier("mp-status", v)}"><span class="mp-batang '
             f'mp-tahapan--jangka-pendek"></span> {md_text(label)}</span>'
             for v, label in _labels(plan, "status_program")]
    return "\n\n".join([
        f'<div class="{TIMELINE}" markdown="1">',
        f"{md_text(title)}. Setiap baris satu program; kotak berisi menandai tahun pelaksanaannya. "
        f"Tahun ini: {this_year}.\n{{ .{TIMELINE}__judul }}",
        table(header, rows),
        f"Warna menurut tahapan: {' '.join(legend)}\n{{ .{TIMELINE}__legenda }}",
        f"Isian menurut status: {' '.join(fills)}\n{{ .{TIMELINE}__legenda }}",
        "</div>",
    ])


def _cell(program: Program, year: int, status: str, this_year: int) -> str:
    now = f'<span class="{TIMELINE}__kini"></span>' if year == this_year else ""
    if not program.active_in(year):
        return now
    classes = f'mp-batang {modifier("mp-tahapan", program.tahapan)} {modifier("mp-status", program.status)}'
    return (f'{now}<span class="{classes}">'
            f'<span class="mp-sr">{md_text(status.lower())} {year}</span></span>')


def _labels(plan: Masterplan, term: str) -> list[tuple[str, str]]:
    return [(value, plan.vocabulary.label(term, value)) for value in plan.vocabulary.values(term)]


def _groups(programs: Sequence[Program], plan: Masterplan, by: str):
    groups = plan.dimensions if by == "dimensi" else [e for d in plan.dimensions for e in d.elements]
    for group in groups:
        members = [p for p in programs if getattr(p, by) == group.id]
        if members:
            yield group.nama, members
