"""Select programmes by the filters the macros accept; unknown filter values are errors."""

from __future__ import annotations

from ..data.model import Masterplan, Program
from ..errors import MasterplanError


def programs(plan: Masterplan, dimensi: str | None = None, elemen: str | None = None,
           tahapan: str | None = None, opd: str | None = None, status: str | None = None,
           tahun: int | None = None) -> list[Program]:
    """Programmes matching every filter given, in data order.

    `opd` matches the lead agency and supporting agencies; `tahun` matches programmes
    running in that year.
    """
    _known("dimensi", dimensi, plan.dimension_by_id)
    _known("elemen", elemen, plan.element_by_id)
    _known("tahapan", tahapan, plan.vocabulary.values("tahapan"))
    _known("opd", opd, plan.agency_by_id)
    _known("status", status, plan.vocabulary.values("status_program"))
    if tahun is not None and (not isinstance(tahun, int) or tahun not in plan.years):
        raise MasterplanError(f"filter tahun={tahun!r:.40} di luar periode masterplan "
                              f"{plan.years[0]}–{plan.years[-1]}")
    return [
        p for p in plan.programs
        if (dimensi is None or p.dimensi == dimensi)
        and (elemen is None or p.elemen == elemen)
        and (tahapan is None or p.tahapan == tahapan)
        and (opd is None or opd == p.opd or opd in p.opd_pendukung)
        and (status is None or p.status == status)
        and (tahun is None or p.active_in(tahun))
    ]


def one(plan: Masterplan, program_id: str) -> Program:
    try:
        return plan.program_by_id[program_id]
    except (KeyError, TypeError):
        raise MasterplanError(f"program {program_id!r:.60} tidak ada di data/program/") from None


def _known(name: str, value: object, options) -> None:
    if value is not None and value not in options:
        raise MasterplanError(f"filter {name}={value!r:.60} tidak dikenal; pilihan: {', '.join(options)}")
