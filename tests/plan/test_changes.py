"""Programme changes between a release's records and the current ones: added, removed, fields changed."""

from __future__ import annotations

import pytest

from macros.data.parse import parse
from macros.plan import changes, record


def test_compare_programs():
    old = {"A-01": {"id": "A-01", "nama": "x", "mitra": []}, "A-02": {"id": "A-02", "nama": "y"}}
    new = {"A-01": {"id": "A-01", "nama": "x2", "mitra": ()}, "A-03": {"id": "A-03", "nama": "z"}}
    assert changes.compare_programs(old, new) == (["A-03"], ["A-02"], {"A-01": ["nama"]})


def test_an_optional_field_left_out_is_its_default():
    old = {"A-01": {"id": "A-01", "indikator": [{"nama": "n"}], "riwayat_status": [{"status": "rencana"}]}}
    new = {"A-01": {"id": "A-01", "mitra": [], "catatan": "", "realisasi": {},
                    "indikator": [{"nama": "n", "arah": "naik", "capaian": []}],
                    "riwayat_status": [{"status": "rencana", "catatan": ""}]}}
    assert changes.compare_programs(old, new) == ([], [], {})
    new["A-01"]["indikator"][0]["arah"] = "turun"
    assert changes.compare_programs(old, new) == ([], [], {"A-01": ["indikator"]})


@pytest.mark.xfail(strict=True, reason="known defect, left for its own change: the data record adds `status` and "
                   "defaults (an indicator's `jenis`, an achievement's `catatan`) that _normal does not fill in, so "
                   "every programme reads as changed since any release")
def test_a_programme_compared_with_its_own_yaml_has_not_changed(data, plan):
    """The current programmes (as data records) against the same YAML, read as a release tag's is."""
    program = plan.programs[0]
    source, _ = parse((data / "program" / "governance.yml").read_text(encoding="utf-8"), "governance.yml", "program")
    old = {r["id"]: r for r in source.data}
    assert changes.compare_programs({program.id: old[program.id]},
                                    {program.id: record.data_record(program)}) == ([], [], {})
