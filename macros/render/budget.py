"""The budget: the table of amounts per year and group, and the numbers and geometry of its chart.

Pure functions of the plan's planned budgets (`anggaran`); amounts in millions (table) or billions
(chart) of rupiah.
"""

from __future__ import annotations

from ..data.model import Masterplan
from .escape import md_text
from .format import juta, miliar
from .illustrative import SENTENCE, mark
from .markdown import table

#: One colour per dimension, in data order (distinguishable for colour-blind readers: Okabe-Ito).
CHART_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


def budget_summary(plan: Masterplan, dimensi: str | None = None) -> str:
    """Budget per year with totals, in millions of rupiah: rows by dimension, or by element of `dimensi`."""
    groups = plan.dimension_by_id[dimensi].elements if dimensi else plan.dimensions
    key, label = ("elemen", "Elemen") if dimensi else ("dimensi", "Dimensi")
    programs = [p for p in plan.programs if dimensi is None or p.dimensi == dimensi]
    years_ = list(plan.years)
    sums: dict[tuple[str, int], int] = {}  # (group, year) -> amount, in one pass over the programmes
    for p in programs:
        for year, amount in p.anggaran.items():
            sums[getattr(p, key), year] = sums.get((getattr(p, key), year), 0) + amount
    rows, column_totals = [], [0] * len(years_)
    for group in groups:
        amounts = [sums.get((group.id, y), 0) for y in years_]
        column_totals = [a + b for a, b in zip(column_totals, amounts, strict=False)]
        rows.append((md_text(group.nama), *map(juta, amounts), f"**{juta(sum(amounts))}**"))
    rows.append(("**Jumlah**", *(f"**{juta(t)}**" for t in column_totals), f"**{juta(sum(column_totals))}**"))
    illustrative = mark(any(p.ilustrasi.anggaran for p in programs))
    caption = f"Anggaran indikatif per {label.lower()} dan tahun, dalam juta rupiah{illustrative}."
    return caption + "\n\n" + table((label, *map(str, years_), "Jumlah"), rows)


def budget_chart(plan: Masterplan) -> dict:
    """The numbers and geometry of the budget chart (stacked bars: years x dimensions), for its template."""
    width, height, left, right, top, bottom = 640, 320, 64, 16, 28, 28
    years_ = list(plan.years)
    amounts = {(d.id, y): sum(p.anggaran.get(y, 0) for p in plan.programs if p.dimensi == d.id)
               for d in plan.dimensions for y in years_}
    totals = [sum(amounts[d.id, y] for d in plan.dimensions) for y in years_]
    step = _nice_step(max(totals, default=0) / 4)
    ceiling = step * max(1, -(-max(totals, default=0) // step))
    scale = (height - top - bottom) / ceiling
    slot = (width - left - right) / max(1, len(years_))
    bar_width = slot * 0.6
    bars = []
    for i, (year, total) in enumerate(zip(years_, totals, strict=True)):
        y, parts = height - bottom, []
        for dimension, color in zip(plan.dimensions, CHART_COLORS, strict=False):
            value = amounts[dimension.id, year]
            y -= value * scale
            parts.append({"y": round(y, 1), "height": round(value * scale, 1), "color": color,
                          "label": f"{' '.join(dimension.nama.split())} {year}: {miliar(value)}"})
        bars.append({"x": round(left + i * slot + (slot - bar_width) / 2, 1), "year": year, "parts": parts,
                     "top": round(y, 1), "total": miliar(total, unit=False)})
    ticks = [{"y": round(height - bottom - k * step * scale, 1), "label": miliar(k * step, unit=False)}
             for k in range(int(ceiling // step) + 1)]
    note = f" {SENTENCE}" if any(p.ilustrasi.anggaran for p in plan.programs) else ""
    return {
        "width": width, "height": height, "left": left, "right": right, "top": top, "bottom": bottom,
        "bar_width": round(bar_width, 1), "bars": bars, "ticks": ticks, "unit": "miliar rupiah",
        "legend": [{"label": " ".join(d.nama.split()), "color": c}
                   for d, c in zip(plan.dimensions, CHART_COLORS, strict=False)],
        "title": f"Anggaran indikatif per tahun dan dimensi, {years_[0]}–{years_[-1]}",
        "description": "; ".join(f"{y}: {miliar(t)}" for y, t in zip(years_, totals, strict=True)) + "." + note,
        "caption": "Anggaran indikatif per tahun, ditumpuk menurut dimensi (miliar rupiah). "
                   "Angka per dimensi ada di tabel di bawah." + note,
    }


def _nice_step(rough: float) -> int:
    """A round axis step (1, 2 or 5 times a power of ten rupiah) no smaller than `rough`."""
    step = 1_000_000
    while step * 10 <= rough:
        step *= 10
    for factor in (1, 2, 5, 10):
        if step * factor >= rough:
            return step * factor
    return step * 10
