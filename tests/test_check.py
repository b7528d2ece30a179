"""`make check` (python -m macros.check): the contributors' fast data check."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, edit, line_of


def check(data_dir) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "macros.check", str(data_dir)], cwd=ROOT,
                          capture_output=True, text=True)


def test_real_data_is_valid():
    result = check(ROOT / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Data valid: ")


def test_bad_data_exits_1_listing_every_problem(data):
    edit(data / "program/governance.yml", "status: rencana", "status: direncanakan")
    edit(data / "program/living.yml", "opd: dinkes", "opd: dinas-kesehatan")
    result = check(data)
    assert result.returncode == 1
    assert "(2 masalah)" in result.stderr
    status = line_of(data / "program/governance.yml", "status: direncanakan")
    agency = line_of(data / "program/living.yml", "opd: dinas-kesehatan")
    assert f"data/program/governance.yml baris {status}, kolom GOV-02.status" in result.stderr
    assert f"data/program/living.yml baris {agency}, kolom LIV-01.opd" in result.stderr
