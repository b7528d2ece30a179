"""Open data: programmes as JSON and CSV, long tables of results and budgets, reference tables; safe in spreadsheets."""

from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import json

import pytest

from macros.publish import cells, opendata, tables

TODAY = datetime.date(2026, 11, 30)  # Kota Uji's day (support.TODAY)


def link(item):
    return f"rencana-pembangunan/{item.dimensi}/#{item.anchor}"


def rows(plan):
    return opendata.records(plan, link)


def table(data: tables.Table):
    return list(csv.DictReader(io.StringIO(opendata.to_csv(data.header, data.rows()))))


def test_records_are_the_yaml_with_current_status_and_permalink(plan):
    record = rows(plan)[0]
    assert record["anggaran"] == {"2025": 500000000} and record["tautan"] == "rencana-pembangunan/governance/#gov-01"
    assert record["realisasi"] == {"2025": {"jumlah": 450000000, "sumber": "LKPJ 2025", "triwulan": None, "tautan": "",
                                            "pelapor": "diskominfo",
                                            "verifikasi": {"oleh": "bappeda", "tanggal": "2026-02-10"}}}
    assert record["status"] == "selesai" and record["riwayat_status"][-1] == {
        "tanggal": "2025-12-22", "status": "selesai", "catatan": "Aplikasi diserahterimakan."}
    assert record["indikator"][0]["baseline"] == {"nilai": 2, "tahun": 2024, "sumber": "Inventarisasi Diskominfo 2024"}
    assert record["ilustrasi"] == {"anggaran": False, "target": True} and record["ditinjau"] == {
        "tanggal": "2026-10-15", "oleh": "opd-pelaksana"}
    assert rows(plan)[1]["indikator"][0]["baseline"] == "belum diukur"
    assert json.loads(opendata.to_json(rows(plan)))[0] == record


def test_programme_csv_has_planned_and_realised_budget_by_year(plan):
    first = table(tables.program_table(plan, link))[0]
    assert (first["status"], first["status_sejak"], first["opd_pendukung"]) == ("selesai", "2025-12-22", "bappeda")
    assert (first["anggaran_2025"], first["realisasi_2025"], first["realisasi_2026"], first["realisasi_jumlah"]) == \
        ("500000000", "450000000", "", "450000000")


def test_results_in_long_form_one_row_per_indicator_and_year(plan):
    results = table(tables.achievement_table(plan))
    assert results[0] == {"program": "GOV-01", "indikator": "1", "nama_indikator": "Layanan terhubung",
                          "satuan": "layanan", "arah": "naik", "tahun": "2025", "target": "10", "capaian": "8",
                          "tanggal_capaian": "2025-12-20", "sumber_capaian": "Laporan akhir program 2025",
                          "triwulan_capaian": "", "tautan_capaian": "https://uji.invalid/laporan/aplikasi-2025.pdf",
                          "pelapor_capaian": "diskominfo", "diverifikasi_oleh_capaian": "bappeda",
                          "tanggal_verifikasi_capaian": "2026-01-15", "ilustrasi_target": "true"}
    # One row per year: the year's figure (here the second quarter's, 18), never the quarters added up.
    assert [(r["program"], r["indikator"], r["tahun"], r["capaian"], r["triwulan_capaian"]) for r in results[1:4]] == \
        [("GOV-02", "1", "2026", "18", "2"), ("GOV-02", "1", "2027", "", ""), ("GOV-02", "1", "2028", "", "")]


def test_budget_in_long_form(plan):
    budget = table(tables.budget_table(plan))
    assert budget[0] == {"program": "GOV-01", "tahun": "2025", "rencana": "500000000", "realisasi": "450000000",
                         "sumber_realisasi": "LKPJ 2025", "triwulan_realisasi": "", "tautan_realisasi": "",
                         "pelapor_realisasi": "diskominfo", "diverifikasi_oleh_realisasi": "bappeda",
                         "tanggal_verifikasi_realisasi": "2026-02-10", "ilustrasi_anggaran": "false"}
    assert len(budget) == 1 + 2 + 2


def test_the_data_package_describes_every_table(plan):
    some = [tables.program_table(plan, link), tables.achievement_table(plan), tables.budget_table(plan),
            *tables.reference_tables(plan)]
    package = opendata.datapackage(plan, some, "Tim Uji")
    assert [r["path"] for r in package["resources"]] == [f"{t.name}.csv" for t in some]
    assert package["contributors"] == [{"title": "Tim Uji", "role": "publisher"}]
    assert "diusulkan" in package["licenses"][0]["title"]
    capaian = next(r for r in package["resources"] if r["name"] == "capaian")
    assert capaian["schema"]["foreignKeys"] == [{"fields": "program", "reference": {"resource": "program",
                                                                                     "fields": "id"}}]


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_text(plan):
    hostile = dataclasses.replace(plan.programs[0], nama="=HYPERLINK(\"http://x\")", mitra=("+62 812", "@kota"),
                                  catatan="-1")
    plan = dataclasses.replace(plan, programs=(hostile,))
    first = table(tables.program_table(plan, link))[0]
    assert (first["nama"], first["mitra"], first["catatan"]) == ("'=HYPERLINK(\"http://x\")", "'+62 812; @kota", "'-1")
    assert first["anggaran_2025"] == "500000000"  # numbers stay numbers
    assert json.loads(opendata.to_json(rows(plan)))[0]["nama"] == "=HYPERLINK(\"http://x\")"


@pytest.mark.parametrize("hidden", [" ", "\u00a0", "\u200b", "\ufeff", "\u2060", "\t", "\u3000 "])
@pytest.mark.parametrize("formula", ["=1+1", "+62", "@SUM(A1)", "\uff1dHYPERLINK(1)"])
def test_a_formula_behind_spaces_or_invisible_characters_is_text_too(hidden, formula):
    assert cells.spreadsheet_text(hidden + formula) == "'" + hidden + formula
    plain = hidden.lstrip("\t") + "Dinas Kesehatan"  # a leading tab is a formula start of its own
    assert cells.spreadsheet_text(plain) == plain


def test_every_file_written_agrees_with_its_description_in_the_data_package(plan, data, tmp_path):
    urls = {p.id: f"rencana-pembangunan/{p.dimensi}/" for p in (*plan.programs, *plan.merged)}
    opendata.write(plan, urls, data / "schema", tmp_path, "Tim Uji", TODAY)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in package["resources"]} == {t.name for t in tables.every_table(plan, link, TODAY)}
    for resource in package["resources"]:
        with open(tmp_path / resource["path"], encoding="utf-8", newline="") as handle:
            header, *cells = list(csv.reader(handle))
        assert header == [f["name"] for f in resource["schema"]["fields"]], resource["name"]
        assert all(len(row) == len(header) for row in cells), resource["name"]
        keys = resource["schema"]["primaryKey"]
        assert set([keys] if isinstance(keys, str) else keys) <= set(header), resource["name"]
        assert {k["fields"] for k in resource["schema"]["foreignKeys"]} <= set(header), resource["name"]
    exported = json.loads((tmp_path / "program.json").read_text(encoding="utf-8"))
    with open(tmp_path / "program.csv", encoding="utf-8", newline="") as handle:
        assert [r["tautan"] for r in csv.DictReader(handle)] == [r["tautan"] for r in exported]
    assert exported[0]["tautan"] == "rencana-pembangunan/governance/#gov-01"
    with open(tmp_path / "digabung.csv", encoding="utf-8", newline="") as handle:
        assert [r["tautan"] for r in csv.DictReader(handle)] == [urls[m.id] + "#" + m.anchor for m in plan.merged]
    assert (tmp_path / "program.schema.json").read_bytes() == (data / "schema" / "program.schema.json").read_bytes()


def test_the_evaluation_table_holds_each_year_begun_dimension_by_dimension(plan):
    rows = table(tables.evaluation_table(plan, link, TODAY))
    assert [r["tahun"] for r in rows] == sorted(r["tahun"] for r in rows)  # 2025, then 2026
    assert {r["tahun"] for r in rows} == {"2025", "2026"}
    of_2025 = [r for r in rows if r["tahun"] == "2025"]
    order = list(dict.fromkeys(r["dimensi_evaluasi"] for r in of_2025))
    assert order == ["Baseline", "Output", "Outcome", "Impact", "Quick Win"]
    spent = next(r for r in of_2025 if r["bagian"] == "program" and r["butir"] == "GOV-01")
    assert (spent["rencana"], spent["nilai"], spent["sumber"], spent["status_program"]) == (
        "500000000", "450000000", "LKPJ 2025", "selesai")
    assert spent["diverifikasi_oleh"] == "bappeda"
    assert spent["tautan_program"] == "rencana-pembangunan/governance/#gov-01"
    unreported = next(r for r in of_2025 if r["bagian"] == "program" and r["butir"] == "LIV-01")
    assert (unreported["nilai"], unreported["keterangan"]) == ("", "realisasi belum dilaporkan")
    result = next(r for r in of_2025 if r["bagian"] == "indikator keluaran")
    assert (result["butir"], result["rencana"], result["nilai"], result["sumber"]) == (
        "GOV-01/1", "10", "8", "Laporan akhir program 2025")
    key = next(r for r in of_2025 if r["bagian"] == "indikator utama hasil" and r["butir"] == "governance/2")
    assert (key["program"], key["rencana"], key["keterangan"], key["ilustrasi"]) == ("", "35", "belum dilaporkan",
                                                                                    "true")
    regulation = next(r for r in rows if r["bagian"] == "regulasi")
    assert (regulation["tahun"], regulation["butir"], regulation["keterangan"]) == (
        "2026", "REG-01", "penetapan belum dilaporkan")
    keys = [(r["tahun"], r["bagian"], r["butir"]) for r in rows]
    assert len(keys) == len(set(keys))  # the primary key holds
    assert table(tables.evaluation_table(plan, link, datetime.date(2024, 6, 1))) == []  # nothing begun


def test_evaluation_cells_a_spreadsheet_would_run_are_text(plan):
    gov_01 = plan.programs[0]
    hostile = dataclasses.replace(gov_01, nama="=1+1", realisasi={2025: dataclasses.replace(
        gov_01.realisasi[2025], sumber="@SUM(A1)")})
    plan = dataclasses.replace(plan, programs=(hostile, *plan.programs[1:]))
    text = opendata.to_csv(*(lambda t: (t.header, t.rows()))(tables.evaluation_table(plan, link, TODAY)))
    assert ",'=1+1," in text and ",'@SUM(A1)," in text
    assert ",=1+1," not in text and ",@SUM(A1)," not in text
