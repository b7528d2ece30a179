"""`make check` (python -m macros.publish.check): the contributors' fast check, without building the site."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support import ROOT, copy_city, edit, line_of


def check(project) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "macros.publish.check", str(project)], cwd=ROOT,
                          capture_output=True, text=True)


@pytest.fixture
def city_files(tmp_path, as_written):
    return copy_city(tmp_path / "kota-uji")


def test_real_project_is_valid():
    result = check(ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Data valid: ")


def test_the_fictional_city_is_valid_and_its_overdue_programmes_listed(city_files):
    result = check(city_files)
    assert result.returncode == 0
    assert result.stdout == ("Data valid: 3 program, 6 dimensi, 3 OPD, 7 halaman.\n"
                             "Perlu pembaruan (1 program):\n"
                             "  - LIV-01 (data/program/living.yml baris 5): dijadwalkan mulai 2025, tetapi statusnya "
                             "masih rencana; terakhir ditinjau 1 Februari 2025, lebih dari 6 bulan lalu\n")


def test_in_a_release_overdue_programmes_fail_the_check(city_files):
    result = subprocess.run([sys.executable, "-m", "macros.publish.check", str(city_files)], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "MASTERPLAN_RELEASE": "true"})
    assert result.returncode == 1 and "Perlu pembaruan (1 program)" in result.stdout


def test_bad_front_matter_and_template_are_reported(city_files):
    edit(city_files / "docs/pendahuluan.md", "status_naskah: draf", "status_naskah: resmi")
    edit(city_files / "docs/tentang.md", "# Tentang dokumen ini", "# Tentang dokumen ini\n\n{{ config }}")
    result = check(city_files)
    assert result.returncode == 1
    assert "docs/pendahuluan.md baris 5, kolom status_naskah: nilai 'resmi' tidak dikenal" in result.stderr
    line = line_of(city_files / "docs/tentang.md", "{{ config }}")
    assert f"docs/tentang.md baris {line}: nama 'config'" in result.stderr


def test_bad_data_exits_1_listing_every_problem(city_files):
    data = city_files / "data"
    edit(data / "program/governance.yml", "  status: rencana", "  status: direncanakan")
    edit(data / "program/living.yml", "opd: dinkes", "opd: dinas-kesehatan")
    result = check(city_files)
    assert result.returncode == 1
    assert "(2 masalah)" in result.stderr
    status = line_of(data / "program/governance.yml", "status: direncanakan")
    agency = line_of(data / "program/living.yml", "opd: dinas-kesehatan")
    assert f"data/program/governance.yml baris {status}, kolom GOV-02 › riwayat_status ke-1 › status" in result.stderr
    assert f"data/program/living.yml baris {agency}, kolom LIV-01 › opd" in result.stderr


def test_links_leaving_the_repository_stop_the_check_before_anything_is_read(city_files):
    (city_files / "data/opd.yml").unlink()
    (city_files / "data/opd.yml").symlink_to("/etc/passwd")
    result = check(city_files)
    assert result.returncode == 1 and "data/opd.yml: tautan simbolik ke luar repositori" in result.stderr
    assert "root:" not in result.stdout + result.stderr
