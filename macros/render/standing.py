"""What the document is, said plainly: a text not yet adopted is its drafters', not the government's."""

from __future__ import annotations

from collections.abc import Mapping

from ..data.model import as_date
from .format import tanggal


def standing(info: Mapping) -> tuple[str, str]:
    """The document's standing as (a few words, a sentence), from data/masterplan.yml: an adopted text
    names the act that adopted it."""
    if info["status_naskah"] == "ditetapkan":
        basis = info["penetapan"]
        return "ditetapkan", f"Ditetapkan dengan {basis['dasar']} pada {tanggal(as_date(basis['tanggal']))}."
    kind = "draf kerja" if info["status_naskah"] == "draf" else "naskah final"
    return kind, (f"{kind[:1].upper()}{kind[1:]} {info['penerbit']}, belum ditetapkan; "
                  f"bukan dokumen resmi {info['pemerintah']}.")
