"""The agencies by dimension: which programmes each leads or supports."""

from __future__ import annotations

from macros.render.agencies import agency_matrix
from support import detail_link


def test_agency_matrix_bolds_the_lead(plan):
    text = agency_matrix(plan, detail_link)
    row = next(line for line in text.splitlines() if line.startswith("| Dinas Kesehatan"))
    assert "**[LIV-01](rencana-pembangunan/living.md#liv-01)**" in row
    bappeda = next(line for line in text.splitlines() if line.startswith("| Badan Perencanaan"))
    assert "(nama perlu verifikasi)" in bappeda and "[GOV-01]" in bappeda and "**[GOV-01]" not in bappeda
