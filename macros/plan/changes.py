"""What changed between two sets of programme records: programmes added, removed, and the fields changed.

The records are JSON-like dicts: a release's as its YAML reads (data.git.programs_at), the current
programmes as their data records (plan.record). Fields the YAML may leave out compare equal to
their defaults, so a record that only gained an empty optional field has not changed.
"""

from __future__ import annotations

import json

#: Optional fields and the value they have when absent: a programme's, an indicator's, a status change's.
_DEFAULTS = {"opd_pendukung": [], "mitra": [], "catatan": "", "realisasi": {}}
_NESTED_DEFAULTS = {"indikator": {"arah": "naik", "capaian": []}, "riwayat_status": {"catatan": ""}}

Changes = tuple[list[str], list[str], dict[str, list[str]]]


def compare_programs(old: dict[str, dict], new: dict[str, dict]) -> Changes:
    """Programmes added, removed, and changed (id -> changed field names) from `old` to `new`."""
    added = [i for i in new if i not in old]
    removed = [i for i in old if i not in new]
    changed = {}
    for program_id in (i for i in new if i in old):
        before, after = _normal(old[program_id]), _normal(new[program_id])
        fields = [f for f in dict.fromkeys([*before, *after]) if before.get(f) != after.get(f)]
        if fields:
            changed[program_id] = fields
    return added, removed, changed


def _normal(record: dict) -> dict:
    """Defaults filled in, tuples as lists: the JSON form, so equal data compares equal."""
    record = json.loads(json.dumps({**_DEFAULTS, **record}))
    for key, defaults in _NESTED_DEFAULTS.items():
        if isinstance(record.get(key), list):
            record[key] = [{**defaults, **item} if isinstance(item, dict) else item for item in record[key]]
    return record
