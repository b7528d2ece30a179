"""Open data: programmes as JSON and CSV, long tables of results and budgets, reference tables; safe in spreadsheets."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

from macros.publish import opendata


def rows(plan):
    return opendata.records(plan, lambda p: f"rencana-pembangunan/{p.dimensi}/#{p.anchor}")


def table(data):
    fields, values = data
    return list(csv.DictReader(io.StringIO(opendata.to_csv([f[0] for f in fields], values))))


def test_records_are_the_yaml_with_current_status_and_permalink(plan):
    record = rows(plan)[0]
    assert record["anggaran"] == {"2025": 500000000} and record["tautan"] == "rencana-pembangunan/governance/#gov-01"
    assert record["realisasi"] == {"2025": {"jumlah": 450000000, "sumber": "LKPJ 2025"}}
    assert record["status"] == "selesai" and record["riwayat_status"][-1] == {
        "tanggal": "2025-12-22", "status": "selesai", "catatan": "Aplikasi diserahterimakan."}
    assert record["indikator"][0]["baseline"] == {"nilai": 2, "tahun": 2024, "sumber": "Inventarisasi Diskominfo 2024"}
    assert record["ilustrasi"] == {"anggaran": False, "target": True} and record["ditinjau"] == "2026-10-15"
    assert rows(plan)[1]["indikator"][0]["baseline"] == "belum diukur"
    assert json.loads(opendata.to_json(rows(plan)))[0] == record


def test_programme_csv_has_planned_and_realised_budget_by_year(plan):
    first = table(opendata.program_table(plan, rows(plan)))[0]
    assert (first["status"], first["status_sejak"], first["opd_pendukung"]) == ("selesai", "2025-12-22", "bappeda")
    assert (first["anggaran_2025"], first["realisasi_2025"], first["realisasi_2026"], first["realisasi_jumlah"]) == \
        ("500000000", "450000000", "", "450000000")


def test_results_in_long_form_one_row_per_indicator_and_year(plan):
    results = table(opendata.achievement_table(plan))
    assert results[0] == {"program": "GOV-01", "indikator": "1", "nama_indikator": "Layanan terhubung",
                          "satuan": "layanan", "arah": "naik", "tahun": "2025", "target": "10", "capaian": "8",
                          "tanggal_capaian": "2025-12-20", "sumber_capaian": "Laporan akhir program 2025",
                          "ilustrasi_target": "true"}
    assert [(r["program"], r["indikator"], r["tahun"], r["capaian"]) for r in results[1:4]] == \
        [("GOV-02", "1", "2026", ""), ("GOV-02", "1", "2027", ""), ("GOV-02", "1", "2028", "")]


def test_budget_in_long_form(plan):
    budget = table(opendata.budget_table(plan))
    assert budget[0] == {"program": "GOV-01", "tahun": "2025", "rencana": "500000000", "realisasi": "450000000",
                         "sumber_realisasi": "LKPJ 2025", "ilustrasi_anggaran": "false"}
    assert len(budget) == 1 + 2 + 2


def test_the_data_package_describes_every_table(plan):
    tables = {"program": opendata.program_table(plan, rows(plan)), "capaian": opendata.achievement_table(plan),
              "anggaran": opendata.budget_table(plan), **opendata.reference_tables(plan)}
    package = opendata.datapackage(plan, tables, "Tim Uji")
    assert [r["path"] for r in package["resources"]] == [f"{name}.csv" for name in tables]
    assert package["contributors"] == [{"title": "Tim Uji", "role": "publisher"}]
    assert "diusulkan" in package["licenses"][0]["title"]
    capaian = next(r for r in package["resources"] if r["name"] == "capaian")
    assert capaian["schema"]["foreignKeys"] == [{"fields": "program", "reference": {"resource": "program",
                                                                                     "fields": "id"}}]


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_text(plan):
    hostile = dataclasses.replace(plan.programs[0], nama="=HYPERLINK(\"http://x\")", mitra=("+62 812", "@kota"),
                                  catatan="-1")
    plan = dataclasses.replace(plan, programs=(hostile,))
    first = table(opendata.program_table(plan, rows(plan)))[0]
    assert (first["nama"], first["mitra"], first["catatan"]) == ("'=HYPERLINK(\"http://x\")", "'+62 812; @kota", "'-1")
    assert first["anggaran_2025"] == "500000000"  # numbers stay numbers
    assert json.loads(opendata.to_json(rows(plan)))[0]["nama"] == "=HYPERLINK(\"http://x\")"
