"""The agencies (data/opd.yml) by dimension: which programmes each leads or supports."""

from __future__ import annotations

from ..data.model import Masterplan
from .escape import md_text
from .markdown import table
from .programs import Link, agency_label, id_link


def agency_matrix(plan: Masterplan, link: Link) -> str:
    """Agencies by dimension: the programmes each leads (bold) or supports."""
    header = ("OPD", *(md_text(d.nama) for d in plan.dimensions))
    cells: dict[tuple[str, str], list[str]] = {}
    for p in plan.programs:  # one pass: (agency, dimension) -> linked ids, leads in bold
        cells.setdefault((p.opd, p.dimensi), []).append(f"**{id_link(p, link)}**")
        for agency in p.opd_pendukung:
            cells.setdefault((agency, p.dimensi), []).append(id_link(p, link))
    rows = []
    for agency in plan.agencies:
        name = agency_label(plan, agency.id)  # says when the name is still to be verified
        rows.append((name, *(", ".join(cells.get((agency.id, d.id), [])) or "–" for d in plan.dimensions)))
    legend = "Id **tebal**: OPD sebagai pelaksana utama; id biasa: OPD sebagai pendukung."
    return table(header, rows) + "\n\n" + legend
