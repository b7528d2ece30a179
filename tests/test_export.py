"""Open data: every programme as JSON and CSV, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

from macros import export


def rows(plan):
    return export.records(plan, lambda p: f"rencana-pembangunan/{p.dimensi}/#{p.anchor}")


def test_records_carry_every_yaml_field_and_the_permalink(plan):
    record = rows(plan)[0]
    assert list(record) == [*export.FIELDS, "tautan"]
    assert record["anggaran"] == {"2025": 500000000} and record["tautan"] == "rencana-pembangunan/governance/#gov-01"
    assert json.loads(export.to_json(rows(plan)))[0] == record


def test_csv_flattens_lists_and_budget(plan):
    table = list(csv.DictReader(io.StringIO(export.to_csv(rows(plan), plan.years))))
    first = table[0]
    assert (first["opd_pendukung"], first["anggaran_2025"], first["anggaran_2026"], first["anggaran_jumlah"]) == \
        ("bappeda", "500000000", "", "500000000")
    assert first["indikator"] == "Layanan terhubung = 10 layanan" and first["ilustrasi"] == "true"


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_text(plan):
    hostile = dataclasses.replace(plan.programs[0], nama="=HYPERLINK(\"http://x\")", mitra=("+62 812", "@kota"),
                                  catatan="-1")
    plan = dataclasses.replace(plan, programs=(hostile,))
    table = list(csv.DictReader(io.StringIO(export.to_csv(rows(plan), plan.years))))
    assert (table[0]["nama"], table[0]["mitra"], table[0]["catatan"]) == \
        ("'=HYPERLINK(\"http://x\")", "'+62 812; @kota", "'-1")
    assert table[0]["anggaran_2025"] == "500000000"  # numbers stay numbers
    assert json.loads(export.to_json(rows(plan)))[0]["nama"] == "=HYPERLINK(\"http://x\")"
