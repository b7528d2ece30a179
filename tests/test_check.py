"""`make check` (python -m macros.check): the contributors' fast data check."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, edit, line_of


def check(project) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "macros.check", str(project)], cwd=ROOT,
                          capture_output=True, text=True)


def test_real_project_is_valid():
    result = check(ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Data valid: ")


def test_bad_front_matter_and_template_are_reported(project):
    edit(project / "docs/quick-win.md", "status: draf", "status: resmi")
    edit(project / "docs/tentang.md", "# Tentang dokumen ini", "# Tentang dokumen ini\n\n{{ config }}")
    result = check(project)
    assert result.returncode == 1
    assert "docs/quick-win.md baris 5, kolom status: nilai 'resmi' tidak dikenal" in result.stderr
    line = line_of(project / "docs/tentang.md", "{{ config }}")
    assert f"docs/tentang.md baris {line}: nama 'config'" in result.stderr


def test_bad_data_exits_1_listing_every_problem(project):
    data = project / "data"
    edit(data / "program/governance.yml", "  status: rencana", "  status: direncanakan")
    edit(data / "program/living.yml", "opd: dinkes", "opd: dinas-kesehatan")
    result = check(project)
    assert result.returncode == 1
    assert "(2 masalah)" in result.stderr
    status = line_of(data / "program/governance.yml", "status: direncanakan")
    agency = line_of(data / "program/living.yml", "opd: dinas-kesehatan")
    assert f"data/program/governance.yml baris {status}, kolom GOV-02.status" in result.stderr
    assert f"data/program/living.yml baris {agency}, kolom LIV-03.opd" in result.stderr
