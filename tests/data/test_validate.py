"""One test per validation rule: each message names the file, the line and the field."""

from __future__ import annotations

import pytest

from macros.data.parse import MAX_PROBLEMS
from macros.data.read import read_masterplan
from macros.errors import MasterplanError
from support import data_problems, edit, line_of, only_problem

GOV = "program/governance.yml"
LIV = "program/living.yml"


def test_fixture_is_valid(data):
    plan = read_masterplan(data)
    assert [p.id for p in plan.programs] == ["GOV-01", "GOV-02", "LIV-01"]


# Each case: file, text to replace, replacement, the line's marker text, field, words of the message.
SCHEMA_CASES = {
    "required": (GOV, "  nama: Satu Data\n", "", "- id: GOV-02", "GOV-02 › nama", "wajib diisi"),
    "unknown-key": (GOV, "  deskripsi: Satu aplikasi", "  deskrpsi: Satu aplikasi", "deskrpsi:",
                    "GOV-01 › deskrpsi", "kolom 'deskrpsi' tidak dikenal (mungkin maksudnya 'deskripsi'?)"),
    "type": (GOV, "tahun_mulai: 2026", "tahun_mulai: dua ribu", "tahun_mulai: dua ribu",
             "GOV-02 › tahun_mulai", "harus berupa bilangan bulat, bukan 'dua ribu'"),
    "enum": (GOV, "status: rencana", "status: direncanakan", "status: direncanakan",
             "GOV-02 › riwayat_status ke-1 › status", "nilai 'direncanakan' tidak dikenal"),
    "pattern": (GOV, "- id: GOV-02", "- id: gov2", "- id: gov2", "gov2 › id",
                "'gov2' tidak sesuai format yang diminta, misalnya GOV-01"),
    "negative-budget": (GOV, "2027: 250000000", "2027: -5", "2027: -5", "GOV-02 › anggaran › 2027",
                        "tidak boleh kurang dari 0"),
    "budget-year-format": (GOV, "2027: 250000000", "tahun2027: 250000000", "tahun2027:",
                           "GOV-02 › anggaran › tahun2027", "nama kolom 'tahun2027' tidak sesuai format"),
    "boolean": (LIV, "anggaran: false", "anggaran: tidak", "anggaran: tidak", "LIV-01 › ilustrasi › anggaran",
                "harus berupa true atau false"),
    "empty-funding": (LIV, "sumber_dana: [APBD, DAK]", "sumber_dana: []", "sumber_dana: []",
                      "LIV-01 › sumber_dana", "sedikitnya 1 butir"),
    "duplicate-key": (LIV, "    oleh: tim-penyusun\n", "    oleh: tim-penyusun\n    oleh: bappeda\n",
                      "oleh: bappeda", "LIV-01 › ditinjau › oleh", "ditulis dua kali"),
    "document-status": ("masterplan.yml", "status_naskah: draf", "status_naskah: sah", "status_naskah: sah",
                        "status_naskah", "nilai 'sah' tidak dikenal; pilihan: draf, final, ditetapkan"),
    "continuation-without-source": (LIV, "opd: dinkes\n", "opd: dinkes\n  melanjutkan:\n    layanan: Antrean Lama\n",
                                    "melanjutkan:", "LIV-01 › melanjutkan › sumber", "wajib diisi"),
    "funding-label": (LIV, "sumber_dana: [APBD, DAK]", "sumber_dana: [APBD, Dak]", "sumber_dana: [APBD, Dak]",
                      "LIV-01 › sumber_dana ke-2", "nilai 'Dak' tidak dikenal (mungkin maksudnya 'DAK'?)"),
}

CROSS_CASES = {
    "unknown-element": (LIV, "elemen: kesehatan", "elemen: kesehatan-ibu", "elemen: kesehatan-ibu",
                        "LIV-01 › elemen", "bukan elemen dimensi living"),
    "element-of-other-dimension": (LIV, "elemen: kesehatan", "elemen: pelayanan-publik",
                                   "elemen: pelayanan-publik", "LIV-01 › elemen", "pilihan: harmonisasi-tata-ruang"),
    "unknown-agency": (LIV, "opd: dinkes", "opd: dinas-kesehatan", "opd: dinas-kesehatan", "LIV-01 › opd",
                       "OPD 'dinas-kesehatan' tidak ada di data/opd.yml"),
    "unknown-support-agency": (GOV, "opd_pendukung: [bappeda]", "opd_pendukung: [bapeda]",
                               "opd_pendukung: [bapeda]", "GOV-01 › opd_pendukung ke-1",
                               "(mungkin maksudnya 'bappeda'?)"),
    "lead-also-support": (LIV, "opd_pendukung: [diskominfo]", "opd_pendukung: [dinkes]",
                          "opd_pendukung: [dinkes]", "LIV-01 › opd_pendukung ke-1", "sudah menjadi pelaksana utama"),
    "year-outside-period": (LIV, "tahun_mulai: 2025", "tahun_mulai: 2024", "tahun_mulai: 2024",
                            "LIV-01 › tahun_mulai", "tahun 2024 di luar periode masterplan 2025–2029"),
    "end-before-start": (LIV, "tahun_mulai: 2025", "tahun_mulai: 2027", "tahun_selesai: 2026",
                         "LIV-01 › tahun_selesai", "tahun selesai 2026 lebih awal dari tahun mulai 2027"),
    "budget-outside-span": (GOV, "2027: 250000000", "2029: 250000000", "2029: 250000000",
                            "GOV-02 › anggaran › 2029", "di luar rentang program 2026–2028"),
    "id-prefix": (LIV, "- id: LIV-01", "- id: GOV-09", "- id: GOV-09", "GOV-09 › id", "harus diawali 'LIV-'"),
    "unknown-dimension": (LIV, "dimensi: living", "dimensi: livng", "dimensi: livng", "LIV-01 › dimensi",
                          "dimensi 'livng' tidak ada di data/dimensi.yml (mungkin maksudnya 'living'?)"),
    "agency-confirmed-without-source": ("opd.yml", "  sumber: Berita uji, 1 Januari 2025\n", "", "- id: diskominfo",
                                        "diskominfo › id", "nama yang sudah dipastikan perlu sumbernya"),
    "dimension-of-another-file": (LIV, "dimensi: living", "dimensi: governance", "dimensi: governance",
                                  "LIV-01 › dimensi", "program di berkas living.yml harus berdimensi living"),
}


@pytest.mark.parametrize("case", [*SCHEMA_CASES.values(), *CROSS_CASES.values()],
                         ids=[*SCHEMA_CASES, *CROSS_CASES])
def test_rule_names_file_line_and_field(data, case):
    file, old, new, marker, field, words = case
    edit(data / file, old, new)
    problem = only_problem(data)
    assert problem.file == f"data/{file}"
    assert problem.line == line_of(data / file, marker)
    assert problem.field == field
    assert words in problem.message


def test_duplicate_programme_id_across_files_names_both_places(data):
    edit(data / LIV, "- id: LIV-01", "- id: GOV-01")
    found = data_problems(data)
    duplicate = [p for p in found if "sudah dipakai" in p.message]
    assert len(duplicate) == 1
    assert duplicate[0].file == "data/program/living.yml" and duplicate[0].line == line_of(data / LIV, "- id: GOV-01")
    assert f"data/program/governance.yml baris {line_of(data / GOV, '- id: GOV-01')}" in duplicate[0].message


def test_a_duplicate_programme_id_is_reported_once_not_also_where_the_other_is_named(data):
    """GOV-02 renamed GOV-01 by mistake: the risk naming GOV-02 is not a second mistake."""
    edit(data / GOV, "- id: GOV-02", "- id: GOV-01")
    edit(data / RISKS, "program: [GOV-01]", "program: [GOV-02]")
    assert "sudah dipakai" in only_problem(data).message


def test_duplicate_agency_and_element_ids(data):
    edit(data / "opd.yml", "- id: dinkes", "- id: diskominfo")
    edit(data / "dimensi.yml", "id: manajemen-birokrasi", "id: pelayanan-publik")
    messages = [p.message for p in data_problems(data)]
    assert any("id OPD 'diskominfo' sudah dipakai di baris 1" in m for m in messages)
    assert any("id elemen 'pelayanan-publik' sudah dipakai" in m for m in messages)


def test_duplicate_glossary_term(data):
    edit(data / "glosarium.yml", "- istilah: quick win", "- istilah: SPBE")
    problem = only_problem(data)
    assert (problem.file, problem.line, problem.field) == ("data/glosarium.yml", 4, "SPBE › istilah")
    assert "istilah 'SPBE' sudah dipakai di baris 1" in problem.message


def test_file_name_must_be_a_dimension(data):
    (data / LIV).rename(data / "program" / "hidup.yml")
    problem = only_problem(data)
    assert problem.file == "data/program/hidup.yml"
    assert "nama berkas harus id sebuah dimensi" in problem.message


def test_yaml_syntax_error_names_line_in_indonesian(data):
    edit(data / GOV, "  deskripsi: Satu aplikasi untuk layanan kota.",
         "  deskripsi: Catatan: satu aplikasi: untuk layanan")
    problem = only_problem(data)
    assert problem.file == "data/program/governance.yml"
    assert problem.line == line_of(data / GOV, "deskripsi: Catatan")
    assert "tanda ':' tidak diharapkan di sini" in problem.message
    assert "apit nilai itu dengan tanda kutip" in problem.message
    assert "mapping" not in problem.message  # the YAML library's English is not shown


@pytest.mark.parametrize("old, new, marker, words", [
    # a key moved one space left, after a comment line: the mistake's line, not the next key's
    ("  opd: diskominfo\n  opd_pendukung: [bappeda]", "  opd: diskominfo\n  # pendukung\n opd_pendukung: [bappeda]",
     " opd_pendukung: [bappeda]", "baris ini menjorok 1 spasi, baris-baris di atasnya 0 atau 2 spasi"),
    ("  opd: diskominfo\n", "  opd diskominfo\n", "  opd diskominfo", "baris ini tidak berbentuk 'nama: nilai'"),
    ("  opd: diskominfo\n", '  opd: "diskominfo\n', '  opd: "diskominfo', "tanda kutip yang dibuka di baris ini"),
    ("  opd: diskominfo\n", "\topd: diskominfo\n", "\topd: diskominfo", "ada karakter tab di awal baris"),
    ("  mitra: []", "  mitra:\n    - Bank Nagari\n    nama: x", "    nama: x", "tidak diawali '- '"),
])
def test_an_indentation_mistake_is_named_at_its_line(data, old, new, marker, words):
    edit(data / GOV, old, new)
    problem = only_problem(data)
    assert problem.line == line_of(data / GOV, marker) and words in problem.message, problem


def test_a_block_left_empty_says_how_far_to_indent(data):
    """The common mistake: what belongs to a key is written at the key's own indentation."""
    edit(data / GOV, "  anggaran:\n    2025: 500000000", "  anggaran:\n  2025: 500000000")
    found = [p for p in data_problems(data) if p.field == "GOV-01 › anggaran"]
    assert len(found) == 1 and found[0].line == line_of(data / GOV, "  anggaran:")
    assert "bukan kosong; bila isinya ditulis di baris-baris berikutnya, baris itu menjorok 2 spasi lebih dalam" in \
        found[0].message


def test_missing_file(data):
    (data / "opd.yml").unlink()
    problem = only_problem(data)
    assert (problem.file, problem.message) == ("data/opd.yml", "berkas tidak ditemukan")


def test_every_problem_is_reported_at_once(data):
    edit(data / GOV, "status: rencana", "status: direncanakan")
    edit(data / LIV, "opd: dinkes", "opd: dinas-kesehatan")
    edit(data / "masterplan.yml", "versi: \"0.1\"", "versi: satu")
    with pytest.raises(MasterplanError) as caught:
        read_masterplan(data)
    text = str(caught.value)
    assert "(3 masalah)" in text
    for where in ("data/masterplan.yml baris 9", "data/program/governance.yml baris",
                  f"data/program/living.yml baris {line_of(data / LIV, 'opd: dinas-kesehatan')}"):
        assert where in text


# Monitoring: what may be reported, and when (Kota Uji's day is 30 November 2026: support.TODAY).
PROGRESS_CASES = {
    "result-outside-the-programme": (GOV, "          sumber: Laporan triwulan II Diskominfo 2025",
                                     "          sumber: Laporan triwulan II Diskominfo 2025\n        - tahun: 2026\n"
                                     "          nilai: 9\n          tanggal: 2026-11-01\n          sumber: Laporan",
                                     "- tahun: 2026",
                                     "GOV-01 › indikator ke-1 (Layanan terhubung) › capaian ke-2 › tahun",
                                     "capaian tahun 2026 di luar rentang program 2025–2025"),
    "result-for-a-year-to-come": (GOV, "        2028: 7\n", "        2028: 7\n      capaian:\n"
                                  "        - tahun: 2027\n          nilai: 9\n          tanggal: 2026-11-01\n"
                                  "          sumber: Perkiraan\n", "- tahun: 2027",
                                  "GOV-02 › indikator ke-2 (Waktu pemutakhiran data) › capaian ke-1 › tahun",
                                  "capaian tahun 2027 belum bisa ada: tahun itu belum dimulai"),
    "spending-for-a-year-to-come": (GOV, "    2027: 250000000\n", "    2027: 250000000\n  realisasi:\n"
                                    "    2027:  # tahun depan\n      jumlah: 100\n", "# tahun depan",
                                    "GOV-02 › realisasi › 2027",
                                    "realisasi tahun 2027 belum bisa ada: tahun itu belum dimulai"),
    "target-outside-the-programme": (GOV, "        2028: 200\n", "        2028: 200\n        2029: 250\n",
                                     "2029: 250", "GOV-02 › indikator ke-1 (Dataset terbit) › target › 2029",
                                     "target tahun 2029 di luar rentang program 2026–2028"),
    "a-year-without-target": (GOV, "      target:\n        2026: 30\n        2027: 14\n",
                              "      target:  # 2027 hilang\n        2026: 30\n", "# 2027 hilang",
                              "GOV-02 › indikator ke-2 (Waktu pemutakhiran data) › target",
                              "target untuk setiap tahun program; belum ada untuk 2027"),
    "history-out-of-order": (GOV, "    - tanggal: 2025-12-22", "    - tanggal: 2024-12-22", "tanggal: 2024-12-22",
                             "GOV-01 › riwayat_status ke-2 › tanggal", "riwayat status harus urut tanggal"),
    "paused-without-reason": (LIV, "      status: rencana\n", "      status: rencana\n    - tanggal: 2026-01-05\n"
                              "      status: tertunda\n", "status: tertunda", "LIV-01 › riwayat_status ke-2 › status",
                              "status tertunda perlu alasan di kolom catatan"),
    "finished-without-results": (GOV, "      capaian:\n        - tahun: 2025\n          triwulan: 2\n"
                                 "          nilai: 4\n          tanggal: 2025-07-05\n"
                                 "          sumber: Laporan triwulan II Diskominfo 2025\n"
                                 "          pelapor: diskominfo\n"
                                 "        - tahun: 2025\n          nilai: 8\n          tanggal: 2025-12-20\n"
                                 "          sumber: Laporan akhir program 2025\n"
                                 "          tautan: https://uji.invalid/laporan/aplikasi-2025.pdf\n"
                                 "          pelapor: diskominfo\n"
                                 "          verifikasi: {oleh: bappeda, tanggal: 2026-01-15}\n", "",
                                 "- nama: Layanan terhubung",
                                 "GOV-01 › indikator ke-1 (Layanan terhubung) › capaian",
                                 "program selesai perlu capaian akhir"),
    "same-period-twice": (GOV, "          triwulan: 2\n          nilai: 18\n",
                          "          triwulan: 1  # lagi\n          nilai: 18\n", "triwulan: 1  # lagi",
                          "GOV-02 › indikator ke-1 (Dataset terbit) › capaian ke-2 › triwulan",
                          "capaian triwulan 1 tahun 2026 sudah ada di capaian ke-1; satu angka per periode"),
    "verified-before-reported": (GOV, "tanggal: 2026-07-20}", "tanggal: 2026-07-01}", "tanggal: 2026-07-01}",
                                 "GOV-02 › indikator ke-1 (Dataset terbit) › capaian ke-2 › verifikasi › tanggal",
                                 "verifikasi 2026-07-01 lebih awal dari angkanya (2026-07-08)"),
    "unknown-reporter": (GOV, "      pelapor: diskominfo\n      verifikasi:", "      pelapor: diskominfo-kota\n"
                         "      verifikasi:", "pelapor: diskominfo-kota", "GOV-01 › realisasi › 2025 › pelapor",
                         "OPD 'diskominfo-kota' tidak ada di data/opd.yml"),
    "unknown-verifier": (GOV, "{oleh: bappeda, tanggal: 2026-01-15}", "{oleh: bapeda, tanggal: 2026-01-15}",
                         "{oleh: bapeda,",
                         "GOV-01 › indikator ke-1 (Layanan terhubung) › capaian ke-2 › verifikasi › oleh",
                         "(mungkin maksudnya 'bappeda'?)"),
    "evidence-not-https": (GOV, "tautan: https://uji.invalid/laporan/aplikasi-2025.pdf", "tautan: http://uji.invalid/a",
                           "tautan: http://", "GOV-01 › indikator ke-1 (Layanan terhubung) › capaian ke-2 › tautan",
                           "tidak sesuai format"),
    "unknown-reviewer": (LIV, "    oleh: tim-penyusun", "    oleh: walikota", "oleh: walikota",
                         "LIV-01 › ditinjau › oleh",
                         "nilai 'walikota' tidak dikenal"),
    "unknown-frequency": (GOV, "frekuensi: triwulanan", "frekuensi: mingguan", "frekuensi: mingguan",
                          "GOV-02 › indikator ke-1 (Dataset terbit) › definisi › frekuensi",
                          "nilai 'mingguan' tidak dikenal"),
    "no-such-day": (LIV, "tanggal: 2025-02-01\n    oleh", "tanggal: 2025-02-30\n    oleh", "tanggal: 2025-02-30",
                    "LIV-01 › ditinjau › tanggal",
                    "tanggal '2025-02-30' tidak ada di kalender"),
    "a-day-in-another-format": (LIV, "tanggal: 2025-02-01\n    oleh", "tanggal: 01-02-2025\n    oleh",
                                "tanggal: 01-02-2025", "LIV-01 › ditinjau › tanggal",
                                "'01-02-2025' tidak sesuai format yang diminta, misalnya 2026-11-28"),
    "a-day-to-come": (LIV, "tanggal: 2025-02-01\n    oleh", "tanggal: 2026-12-01\n    oleh", "tanggal: 2026-12-01",
                      "LIV-01 › ditinjau › tanggal",
                      "tanggal 2026-12-01 belum tiba (hari ini 2026-11-30)"),
    "baseline-after-the-start": (GOV, "        tahun: 2024\n", "        tahun: 2026\n", "tahun: 2026",
                                 "GOV-01 › indikator ke-1 (Layanan terhubung) › baseline › tahun",
                                 "kondisi awal diukur 2026, sesudah program mulai"),
}


# The plan's registers and the document's standing.
MERGED, RISKS, REGULATIONS, DIMENSIONS, PLAN = ("program-digabung.yml", "risiko.yml", "regulasi.yml", "dimensi.yml",
                                               "masterplan.yml")
REGISTER_CASES = {
    "merged-id-still-a-programme": (MERGED, "- id: GOV-03", "- id: GOV-02", "- id: GOV-02", "GOV-02 › id",
                                    "GOV-02 masih dipakai program di data/program/"),
    "merged-into-no-programme": (MERGED, "digabung_ke: GOV-01", "digabung_ke: GOV-09", "digabung_ke: GOV-09",
                                 "GOV-03 › digabung_ke", "program GOV-09 tidak ada di data/program/"),
    "merged-id-of-no-dimension": (MERGED, "- id: GOV-03", "- id: XYZ-03", "- id: XYZ-03", "XYZ-03 › id",
                                  "awalan XYZ bukan kode dimensi"),
    "risk-owner-unknown": (RISKS, "pemilik: bappeda", "pemilik: bapeda", "pemilik: bapeda", "R-01 › pemilik",
                           "OPD 'bapeda' tidak ada di data/opd.yml (mungkin maksudnya 'bappeda'?)"),
    "risk-of-no-programme": (RISKS, "program: [GOV-01]", "program: [GOV-22]", "program: [GOV-22]",
                             "R-01 › program ke-1", "program GOV-22 tidak ada di data/program/"),
    "risk-level-unknown": (RISKS, "kemungkinan: sedang", "kemungkinan: besar", "kemungkinan: besar",
                           "R-01 › kemungkinan", "nilai 'besar' tidak dikenal"),
    "regulation-outside-the-period": (REGULATIONS, "tahun: 2026", "tahun: 2031", "tahun: 2031", "REG-01 › tahun",
                                      "tahun 2031 di luar periode masterplan 2025–2029"),
    "key-indicator-without-a-year": (DIMENSIONS, "2028: 3.2, 2029: 3.5}", "2028: 3.2}", "2028: 3.2}",
                                     "governance › indikator_utama › daftar ke-1 (Indeks SPBE) › target",
                                     "target untuk setiap tahun periode masterplan; belum ada untuk 2029"),
    "short-term-past-the-first-half": (LIV, "tahun_selesai: 2026", "tahun_selesai: 2028", "tahun_selesai: 2028",
                                       "LIV-01 › tahun_selesai", "paling lambat 2027, bukan 2028"),
    "quick-win-of-two-years": (LIV, "tahapan: jangka-pendek", "tahapan: quick-win", "tahun_selesai: 2026",
                               "LIV-01 › tahun_selesai",
                               "quick win selesai dalam satu tahun: tahun selesai harus 2025, bukan 2026"),
    "adopted-without-its-act": (PLAN, "status_naskah: draf", "status_naskah: ditetapkan",
                                "status_naskah: ditetapkan", "status_naskah", "wajib mencatat penetapan"),
    "an-act-off-the-calendar": (PLAN, "penerbit: Tim Uji\nstatus_naskah: draf", "penerbit: Pemerintah Kota Uji\n"
                                "status_naskah: ditetapkan\npenetapan:\n  dasar: Perwal 1\n  tanggal: 2026-02-30",
                                "tanggal: 2026-02-30", "penetapan › tanggal",
                                "tanggal '2026-02-30' tidak ada di kalender"),
    "merged-off-the-calendar": (MERGED, "tanggal: 2026-06-01", "tanggal: 2026-06-31", "tanggal: 2026-06-31",
                                "GOV-03 › tanggal", "tanggal '2026-06-31' tidak ada di kalender"),
    "a-reversed-plan-period": (PLAN, "tahun_selesai: 2029", "tahun_selesai: 2024", "tahun_selesai: 2024",
                               "periode › tahun_selesai", "tahun selesai 2024 lebih awal dari tahun mulai 2025"),
    "a-draft-with-an-act": (PLAN, "status_naskah: draf", "status_naskah: draf\npenetapan:\n  dasar: Perwal 1\n"
                            "  tanggal: 2026-01-05", "penetapan:", "penetapan",
                            "penetapan hanya diisi bila status_naskah 'ditetapkan'"),
}


@pytest.mark.parametrize("case", REGISTER_CASES.values(), ids=REGISTER_CASES)
def test_register_rule_names_file_line_and_field(data, case):
    test_rule_names_file_line_and_field(data, case)


def test_an_adopted_document_is_published_by_its_government(data):
    edit(data / PLAN, "status_naskah: draf", "status_naskah: ditetapkan\npenetapan:\n  dasar: Perwal 1\n"
                                            "  tanggal: 2026-01-05")
    problem = only_problem(data)
    assert (problem.field, problem.line) == ("penerbit", line_of(data / PLAN, "penerbit:"))
    assert "penerbit dokumen yang ditetapkan adalah pemerintahnya, 'Pemerintah Kota Uji'" in problem.message
    edit(data / PLAN, "penerbit: Tim Uji", "penerbit: Pemerintah Kota Uji")
    assert read_masterplan(data).info["penetapan"]["dasar"] == "Perwal 1"


@pytest.mark.parametrize("case", PROGRESS_CASES.values(), ids=PROGRESS_CASES)
def test_monitoring_rule_names_file_line_and_field(data, case):
    test_rule_names_file_line_and_field(data, case)


def test_a_quarter_can_be_reported_once_it_has_begun(data, monkeypatch):
    monkeypatch.setenv("MASTERPLAN_TODAY", "2026-06-15")  # the third quarter of 2026 begins on 1 July
    edit(data / GOV, "          triwulan: 2\n          nilai: 18\n          tanggal: 2026-07-08",
         "          triwulan: 3\n          nilai: 18\n          tanggal: 2026-06-10")
    found = [p for p in data_problems(data) if p.field.endswith("triwulan")]
    assert [(p.field, p.line, p.message) for p in found] == [
        ("GOV-02 › indikator ke-1 (Dataset terbit) › capaian ke-2 › triwulan", line_of(data / GOV, "triwulan: 3"),
         "triwulan 3 tahun 2026 belum dimulai; laporkan setelah triwulan itu berjalan")]


@pytest.mark.parametrize("line_break", ["\\n", "\\r", "\\u2028", "\\x85"])
def test_a_glossary_term_holds_no_line_break_of_any_kind(data, line_break):
    edit(data / "glosarium.yml", "- istilah: SPBE", f'- istilah: "SP{line_break}BE"')
    problem = only_problem(data)
    assert (problem.file, problem.line) == ("data/glosarium.yml", 1) and problem.field.endswith("istilah")
    assert "tidak sesuai format" in problem.message


@pytest.mark.parametrize("old, new, field", [
    ("tahun_mulai: 2025", "tahun_mulai: 2025.0", "GOV-01 › tahun_mulai"),
    ("2027: 250000000", "2027: 2.5e+8", "GOV-02 › anggaran › 2027"),
    ("tahun_selesai: 2029", "tahun_selesai: 2029.0", "periode › tahun_selesai"),
])
def test_a_whole_number_is_written_whole(data, old, new, field):
    """JSON Schema counts 2028.0 as an integer; the build then crashed or published 2028.0."""
    file = PLAN if field.startswith("periode") else GOV
    edit(data / file, old, new)
    problem = only_problem(data)
    assert (problem.field, problem.line) == (field, line_of(data / file, new))
    assert "harus berupa bilangan bulat, tanpa angka di belakang titik" in problem.message


@pytest.mark.parametrize("written", ["'7%'", "'7,5'", "7 layanan", "' 7'"])
def test_a_number_with_its_unit_is_not_taken_for_a_text(data, written):
    """A value may be a text (a category), but one that begins with a number lost its number on the page."""
    edit(data / GOV, "          triwulan: 2\n          nilai: 4", f"          triwulan: 2\n          nilai: {written}")
    problem = only_problem(data)
    assert problem.field == "GOV-01 › indikator ke-1 (Layanan terhubung) › capaian ke-1 › nilai"
    assert "teks yang diawali angka tidak dibaca sebagai angka. Tulis angkanya saja" in problem.message


def test_a_value_quoted_in_a_message_cannot_start_a_line_of_the_log(data):
    """An unknown key holding a line break and a CI command, and a terminal escape, are shown as escapes."""
    edit(data / LIV, "  opd: dinkes\n", '  opd: dinkes\n  "x\\n::error file=a::palsu\\e[2J": 1\n')
    text = str(only_problem(data))
    assert "\n" not in text and "\x1b" not in text
    assert "x\\n::error file=a::palsu\\x1b[2J" in text


@pytest.mark.parametrize("written, shown", [
    ('"2025 "', "bukan teks '2025 ' (ada spasi atau tanda tak terlihat di akhir); tanda kutip atau spasi "
                "membuatnya teks: tulis angkanya saja, 2025"),
    ('"\\u200b2025"', "bukan teks '\\u200b2025' (ada spasi atau tanda tak terlihat di awal)"),
    ('"2025"', "bukan '2025'; tanda kutip atau spasi membuatnya teks: tulis angkanya saja, 2025"),
])
def test_what_is_wrong_with_a_value_can_be_seen(data, written, shown):
    """`tahun: "2025 "` was reported as "bukan '2025'": the quotes and the space were invisible."""
    edit(data / GOV, "tahun_mulai: 2025", f"tahun_mulai: {written}")
    assert shown in str(only_problem(data))


def test_a_file_of_many_problems_lists_the_first_and_says_there_are_more(data):
    """Thousands of wrong records are not each explained: the first are, and the rest are counted as more."""
    records = "".join(f"- {{id: GOV-{i:02d}, opd: opd-{i}}}\n" for i in range(150))
    (data / GOV).write_text(records, encoding="utf-8")
    found = [p for p in data_problems(data) if p.file == "data/program/governance.yml"]
    assert len(found) == MAX_PROBLEMS + 1
    assert str(found[0]) == ("data/program/governance.yml: berkas ini memuat lebih dari 100 masalah; hanya yang 100 "
                             "pertama ditulis: perbaiki itu dulu, lalu periksa lagi")
    assert found[1].line == 1 and found[-1].line < 150
