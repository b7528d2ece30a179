"""A programme as its data record: the YAML record as JSON reads it, with its current status.

The open data publishes it (publish.opendata: program.json, with its permalink added); the
programme changes since a release compare it with the records at the release's tag (plan.changes).
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ..data.model import Program


def data_record(program: Program) -> dict[str, Any]:
    """A programme as its YAML record reads in JSON (lists, string years, ISO dates), every optional field
    present (empty where the YAML leaves it out), with its current status."""
    record = _plain({f.name: getattr(program, f.name) for f in dataclasses.fields(program)
                     if not f.name.startswith("source_")})
    for indicator, source in zip(record["indikator"], program.indikator, strict=True):
        if source.baseline is None:
            indicator["baseline"] = "belum diukur"
    return {**record, "status": program.status}


def _plain(value: Any) -> Any:
    """Dataclasses, tuples, dates and year keys as JSON has them."""
    if dataclasses.is_dataclass(value):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
