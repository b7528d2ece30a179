"""One test per validation rule: each message names the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import edit, line_of
from macros.data import read_masterplan
from macros.errors import MasterplanError, Problem

GOV = "program/governance.yml"
LIV = "program/living.yml"


def problems(data: Path) -> list[Problem]:
    with pytest.raises(MasterplanError) as caught:
        read_masterplan(data)
    return caught.value.problems


def only(data: Path) -> Problem:
    found = problems(data)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def test_fixture_is_valid(data):
    plan = read_masterplan(data)
    assert [p.id for p in plan.programs] == ["GOV-01", "GOV-02", "LIV-01"]


# Each case: file, text to replace, replacement, the line's marker text, field, words of the message.
SCHEMA_CASES = {
    "required": (GOV, "  nama: Satu Data\n", "", "- id: GOV-02", "GOV-02.nama", "wajib diisi"),
    "unknown-key": (GOV, "  deskripsi: Satu aplikasi", "  deskrpsi: Satu aplikasi", "deskrpsi:",
                    "GOV-01.deskrpsi", "kolom 'deskrpsi' tidak dikenal (mungkin maksudnya 'deskripsi'?)"),
    "type": (GOV, "tahun_mulai: 2026", "tahun_mulai: dua ribu", "tahun_mulai: dua ribu",
             "GOV-02.tahun_mulai", "harus berupa bilangan bulat, bukan 'dua ribu'"),
    "enum": (GOV, "status: rencana", "status: direncanakan", "status: direncanakan", "GOV-02.status",
             "nilai 'direncanakan' tidak dikenal"),
    "pattern": (GOV, "- id: GOV-02", "- id: gov2", "- id: gov2", "gov2.id",
                "'gov2' tidak sesuai format yang diminta, misalnya GOV-01"),
    "negative-budget": (GOV, "2027: 250000000", "2027: -5", "2027: -5", "GOV-02.anggaran.2027",
                        "tidak boleh kurang dari 0"),
    "budget-year-format": (GOV, "2027: 250000000", "tahun2027: 250000000", "tahun2027:",
                           "GOV-02.anggaran.tahun2027", "nama kolom 'tahun2027' tidak sesuai format"),
    "boolean": (LIV, "ilustrasi: false", "ilustrasi: tidak", "ilustrasi: tidak", "LIV-01.ilustrasi",
                "harus berupa true atau false"),
    "empty-funding": (LIV, "sumber_dana: [APBD, DAK]", "sumber_dana: []", "sumber_dana: []",
                      "LIV-01.sumber_dana", "sedikitnya 1 butir"),
    "duplicate-key": (LIV, "  status: rencana\n", "  status: rencana\n  status: berjalan\n", "status: berjalan",
                      "[0].status", "ditulis dua kali"),
    "document-status": ("masterplan.yml", "status: draf", "status: sah", "status: sah", "status",
                       "pilihan: draf, final, ditetapkan"),
}

CROSS_CASES = {
    "unknown-element": (LIV, "elemen: kesehatan", "elemen: kesehatan-ibu", "elemen: kesehatan-ibu",
                        "LIV-01.elemen", "bukan elemen dimensi living"),
    "element-of-other-dimension": (LIV, "elemen: kesehatan", "elemen: pelayanan-publik",
                                   "elemen: pelayanan-publik", "LIV-01.elemen", "pilihan: harmonisasi-tata-ruang"),
    "unknown-agency": (LIV, "opd: dinkes", "opd: dinas-kesehatan", "opd: dinas-kesehatan", "LIV-01.opd",
                       "OPD 'dinas-kesehatan' tidak ada di data/opd.yml"),
    "unknown-support-agency": (GOV, "opd_pendukung: [bappeda]", "opd_pendukung: [bapeda]",
                               "opd_pendukung: [bapeda]", "GOV-01.opd_pendukung[0]", "(mungkin maksudnya 'bappeda'?)"),
    "lead-also-support": (LIV, "opd_pendukung: [diskominfo]", "opd_pendukung: [dinkes]",
                          "opd_pendukung: [dinkes]", "LIV-01.opd_pendukung[0]", "sudah menjadi pelaksana utama"),
    "year-outside-period": (GOV, "tahun_selesai: 2028", "tahun_selesai: 2031", "tahun_selesai: 2031",
                            "GOV-02.tahun_selesai", "tahun 2031 di luar periode masterplan 2025–2029"),
    "end-before-start": (LIV, "tahun_mulai: 2025", "tahun_mulai: 2027", "tahun_selesai: 2026",
                         "LIV-01.tahun_selesai", "tahun selesai 2026 lebih awal dari tahun mulai 2027"),
    "budget-outside-span": (GOV, "2027: 250000000", "2029: 250000000", "2029: 250000000",
                            "GOV-02.anggaran.2029", "di luar rentang program 2026–2028"),
    "id-prefix": (LIV, "- id: LIV-01", "- id: GOV-09", "- id: GOV-09", "GOV-09.id", "harus diawali 'LIV-'"),
}


@pytest.mark.parametrize("case", [*SCHEMA_CASES.values(), *CROSS_CASES.values()],
                         ids=[*SCHEMA_CASES, *CROSS_CASES])
def test_rule_names_file_line_and_field(data, case):
    file, old, new, marker, field, words = case
    edit(data / file, old, new)
    problem = only(data)
    assert problem.file == f"data/{file}"
    assert problem.line == line_of(data / file, marker)
    assert problem.field == field
    assert words in problem.message


def test_duplicate_programme_id_across_files_names_both_places(data):
    edit(data / LIV, "- id: LIV-01", "- id: GOV-01")
    found = problems(data)
    duplicate = [p for p in found if "sudah dipakai" in p.message]
    assert len(duplicate) == 1
    assert duplicate[0].file == "data/program/living.yml" and duplicate[0].line == 1
    assert "data/program/governance.yml baris 1" in duplicate[0].message


def test_duplicate_agency_and_element_ids(data):
    edit(data / "opd.yml", "- id: dinkes", "- id: diskominfo")
    edit(data / "dimensi.yml", "id: manajemen-birokrasi", "id: pelayanan-publik")
    messages = [p.message for p in problems(data)]
    assert any("id OPD 'diskominfo' sudah dipakai di baris 1" in m for m in messages)
    assert any("id elemen 'pelayanan-publik' sudah dipakai" in m for m in messages)


def test_duplicate_glossary_term(data):
    edit(data / "glosarium.yml", "- istilah: quick win", "- istilah: SPBE")
    problem = only(data)
    assert (problem.file, problem.line, problem.field) == ("data/glosarium.yml", 4, "SPBE.istilah")
    assert "istilah 'SPBE' sudah dipakai di baris 1" in problem.message


def test_file_name_must_be_a_dimension(data):
    (data / LIV).rename(data / "program" / "hidup.yml")
    problem = only(data)
    assert problem.file == "data/program/hidup.yml"
    assert "nama berkas harus id sebuah dimensi" in problem.message


def test_yaml_syntax_error_names_line_in_indonesian(data):
    edit(data / GOV, "  deskripsi: Satu aplikasi untuk layanan kota.",
         "  deskripsi: Catatan: satu aplikasi: untuk layanan")
    problem = only(data)
    assert problem.file == "data/program/governance.yml"
    assert problem.line == line_of(data / GOV, "deskripsi: Catatan")
    assert "format YAML tidak bisa dibaca" in problem.message
    assert "tanda kutip" in problem.message


def test_missing_file(data):
    (data / "opd.yml").unlink()
    problem = only(data)
    assert (problem.file, problem.message) == ("data/opd.yml", "berkas tidak ditemukan")


def test_every_problem_is_reported_at_once(data):
    edit(data / GOV, "status: rencana", "status: direncanakan")
    edit(data / LIV, "opd: dinkes", "opd: dinas-kesehatan")
    edit(data / "masterplan.yml", "versi: \"0.1\"", "versi: satu")
    with pytest.raises(MasterplanError) as caught:
        read_masterplan(data)
    text = str(caught.value)
    assert "(3 masalah)" in text
    for where in ("data/masterplan.yml baris 7", "data/program/governance.yml baris",
                  "data/program/living.yml baris 9"):
        assert where in text


# -- the build cache (macros.cache) ------------------------------------------------------------------

def test_valid_data_is_kept_and_any_change_is_read_and_checked_again(data, tmp_path):
    """The cache returns the same plan for the same files; an edited data file or schema is never served stale."""
    cache = tmp_path / "cache"
    plan = read_masterplan(data, cache)
    kept = sorted(p.name for p in cache.iterdir())
    assert sorted(name.split("-")[0] + "-" + name.split("-")[1] if name.startswith("skema") else name.split("-")[0]
                  for name in kept) == ["data", *sorted(f"skema-{k}" for k in
                                                        ("dimensi", "glosarium", "masterplan", "opd", "program"))]
    assert read_masterplan(data, cache) == plan == read_masterplan(data)
    assert sorted(p.name for p in cache.iterdir()) == kept

    edit(data / GOV, "status: berjalan", "status: jalan")
    assert [p.field for p in problems_with_cache(data, cache)] == ["GOV-01.status"]
    edit(data / GOV, "status: jalan", "status: berjalan")
    edit(data / "schema/program.schema.json", '"minimum": 2000,', '"minimum": 2026,')
    found = problems_with_cache(data, cache)
    assert {p.field for p in found} >= {"GOV-01.tahun_mulai", "LIV-01.tahun_mulai"}, found
    edit(data / "schema/program.schema.json", '"minimum": 2026,', '"minimum": 2000,')
    assert read_masterplan(data, cache) == plan


def problems_with_cache(data: Path, cache: Path) -> list[Problem]:
    with pytest.raises(MasterplanError) as caught:
        read_masterplan(data, cache)
    return caught.value.problems


def test_cache_makes_once_per_key_and_survives_damage(tmp_path):
    from macros.cache import compiled, kept

    made = []

    def source(text="VALUE = 1"):
        made.append(text)
        return text

    folder = tmp_path / "cache"
    first = compiled(folder, "contoh", "kunci", source)
    again = compiled(folder, "contoh", "kunci", source)
    assert made == ["VALUE = 1"] and first.co_filename == again.co_filename == "contoh"
    compiled(folder, "contoh", "kunci-lain", lambda: source("VALUE = 2"))
    assert made == ["VALUE = 1", "VALUE = 2"]

    for entry in folder.iterdir():
        entry.write_bytes(b"\x00rusak")
    namespace = {}
    exec(compiled(folder, "contoh", "kunci", source), namespace)
    assert namespace["VALUE"] == 1 and len(made) == 3

    blocked = tmp_path / "berkas"  # a file where the folder should be: made all the same, every time
    blocked.write_text("")
    assert kept(blocked, "contoh", "kunci", lambda: {"a": (1, 2)}) == {"a": (1, 2)}
    assert kept(None, "contoh", "kunci", lambda: 3) == 3


def test_cache_forgets_entries_not_made_for_a_month(tmp_path):
    import os
    import time

    from macros.cache import KEEP_DAYS, kept

    folder = tmp_path / "cache"
    kept(folder, "lama", "a", lambda: 1)
    kept(folder, "baru", "b", lambda: 2)
    old = time.time() - (KEEP_DAYS + 1) * 86400
    os.utime(folder / "lama-a.pickle", (old, old))
    kept(folder, "lain", "c", lambda: 3)  # a new entry prunes the folder
    assert sorted(p.name for p in folder.iterdir()) == ["baru-b.pickle", "lain-c.pickle"]


def test_a_rebuild_in_the_same_process_parses_only_the_edited_file(data):
    """Under `mkdocs serve` the next build reuses what was parsed; an edited file is parsed again."""
    from macros.load import load_sources

    first = {s.path: s for s in load_sources(data)[0]}
    edit(data / GOV, "nama: Satu Data", "nama: Satu Data Kota")
    second = {s.path: s for s in load_sources(data)[0]}
    assert second["data/program/living.yml"] is first["data/program/living.yml"]
    assert second["data/program/governance.yml"] is not first["data/program/governance.yml"]
    assert second["data/program/governance.yml"].data[1]["nama"] == "Satu Data Kota"
    assert read_masterplan(data).program_by_id["GOV-02"].nama == "Satu Data Kota"


def test_cache_folder_is_the_users_and_can_be_turned_off(monkeypatch, tmp_path):
    from macros.cache import folder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert folder() == tmp_path / "masterplan-smart-city"
    monkeypatch.setenv("MASTERPLAN_NO_CACHE", "1")
    assert folder() is None
