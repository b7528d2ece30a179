"""Roadmaps as Mermaid gantt charts, which Material renders from a ```mermaid fence."""

from __future__ import annotations

from collections.abc import Sequence

from .escape import mermaid_text
from .model import Masterplan, Program

LABEL_MAX = 60


def gantt(programs: Sequence[Program], plan: Masterplan, title: str, by: str = "dimensi") -> str:
    """A gantt chart of `programs`, one section per dimension (`by="dimensi"`) or element."""
    lines = ["```mermaid", "gantt", f"    title {mermaid_text(title)}",
             "    dateFormat YYYY-MM-DD", "    axisFormat %Y"]
    for name, members in _sections(programs, plan, by):
        lines.append(f"    section {mermaid_text(name)}")
        lines += [f"    {_label(p)} :{_tags(p)}{p.anchor.replace('-', '')}, "
                  f"{p.tahun_mulai}-01-01, {p.tahun_selesai}-12-31" for p in members]
    lines.append("```")
    return "\n".join(lines)


def _sections(programs: Sequence[Program], plan: Masterplan, by: str):
    groups = plan.dimensions if by == "dimensi" else [e for d in plan.dimensions for e in d.elemen]
    for group in groups:
        members = [p for p in programs if getattr(p, by) == group.id]
        if members:
            yield group.nama, members


def _label(program: Program) -> str:
    label = mermaid_text(f"{program.id} {program.nama}")
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1].rstrip() + "…"


def _tags(program: Program) -> str:
    tags = []
    if program.tahapan == "quick-win":
        tags.append("crit")
    if program.status == "berjalan":
        tags.append("active")
    elif program.status == "selesai":
        tags.append("done")
    return "".join(f"{t}, " for t in tags)
