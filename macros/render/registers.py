"""The plan's registers as Markdown: key indicators per dimension, risks, planned regulations, and the
notes that keep merged programmes' permalinks meaning what they meant.

Pure functions: the masterplan in, text out. Every data value is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..data.model import Dimension, Indicator, Masterplan, Merged
from .classes import MERGED_PROGRAM
from .escape import md_text
from .format import tanggal
from .illustrative import mark
from .markdown import table
from .programs import Link, agency_label, baseline_text, targets_text

#: How likely and how bad, as numbers: a risk's level is their product (1 to 9).
LEVELS = {"rendah": 1, "sedang": 2, "tinggi": 3}


def key_indicators(plan: Masterplan, dimensions: Sequence[Dimension], level: int = 3) -> str:
    """Each dimension's key indicators with their targets for every year of the plan; with more than one
    dimension, each under its own heading (anchor `indikator-utama-<dimension>`)."""
    parts = []
    for dimension in dimensions:
        if not dimension.indikator_utama:
            continue
        if len(dimensions) > 1:
            parts.append(f"{'#' * level} {md_text(dimension.nama)} {{ #indikator-utama-{dimension.id} }}")
        parts.append(_key_table(dimension))
    return "\n\n".join(parts) or "*Belum ada indikator utama.*"


def _key_table(dimension: Dimension) -> str:
    illustrative = mark(dimension.indikator_utama_ilustrasi)
    rows = [(_name(i), md_text(i.satuan), baseline_text(i), targets_text(i)) for i in dimension.indikator_utama]
    return table(("Indikator", "Satuan", f"Kondisi awal{illustrative}", f"Target per tahun{illustrative}"), rows)


def _name(indicator: Indicator) -> str:
    better = " *(makin kecil makin baik)*" if indicator.arah == "turun" else ""
    return md_text(indicator.nama) + better


def risk_register(plan: Masterplan, link: Link) -> str:
    """The risks, the most serious first (likelihood times impact), each with its owner and response."""
    if not plan.risks:
        return "*Belum ada risiko yang dicatat.*"
    words = plan.vocabulary
    ordered = sorted(plan.risks, key=lambda r: -LEVELS[r.kemungkinan] * LEVELS[r.dampak])
    rows = [(md_text(r.id), f"{md_text(r.risiko)}. *Penyebab:* {md_text(r.penyebab)}",
             md_text(words.label("tingkat", r.kemungkinan)), md_text(words.label("tingkat", r.dampak)),
             agency_label(plan, r.pemilik), md_text(r.mitigasi) + _programs(plan, r.program, link))
            for r in ordered]
    return table(("ID", "Risiko dan penyebabnya", "Kemungkinan", "Dampak", "Pemilik", "Mitigasi"), rows)


def regulation_plan(plan: Masterplan, link: Link) -> str:
    """The regulations the plan proposes, by year."""
    if not plan.regulations:
        return "*Belum ada rencana regulasi.*"
    rows = [(md_text(r.id), f"{md_text(r.jenis)} tentang {md_text(r.tentang)}", str(r.tahun),
             agency_label(plan, r.pemrakarsa), md_text(r.alasan) + _programs(plan, r.program, link))
            for r in sorted(plan.regulations, key=lambda r: (r.tahun, r.id))]
    return table(("ID", "Usulan regulasi", "Tahun", "Pemrakarsa", "Alasan"), rows)


def _programs(plan: Masterplan, ids: Sequence[str], link: Link) -> str:
    if not ids:
        return ""
    return " Program: " + ", ".join(f"[{md_text(i)}]({link(plan.program_by_id[i])})" for i in ids) + "."


MERGED_SECTION = "program-digabung"


def merged_notes(plan: Masterplan, merged: Sequence[Merged], link: Link) -> str:
    """A section saying where each merged programme went, each under a heading with its old anchor, so that
    a cited link to it still lands on the right page and says what became of it; nothing when none."""
    if not merged:
        return ""
    notes = [f"## Program yang digabung {{ #{MERGED_SECTION} }}",
             "Kode program berikut pernah diterbitkan dan tidak dipakai lagi. Pekerjaannya kini menjadi bagian "
             "program lain:"]
    for m in merged:
        into = plan.program_by_id[m.digabung_ke]
        notes.append(f"### {md_text(m.id)} · {md_text(m.nama)} {{ #{m.anchor} .{MERGED_PROGRAM} }}\n\n"
                     f"Digabung ke [{md_text(into.id)} {md_text(into.nama)}]({link(into)}) pada "
                     f"{tanggal(m.tanggal)}. {md_text(m.alasan)}")
    return "\n\n".join(notes)
