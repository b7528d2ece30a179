"""A new city from this engine (`make kota-baru`, copier.yml and .kota-baru/), and its engine updates.

The generated city builds strictly with every feature, names nothing of this repository's city, and
keeps its own chapters and data when the engine is updated (`make perbarui-mesin`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import ROOT, build

COPIER = [sys.executable, "-m", "copier"]
ANSWERS = ["--data", "jenis=kabupaten", "--data", "nama=Lembah Sarimbo", "--data", "provinsi=Sumatera Barat",
           "--data", "tahun_mulai=2027", "--data", "tahun_selesai=2031", "--data", "tanggal=2026-11-30"]
#: This repository's city, which a new city must not name anywhere.
FIRST_CITY = yaml.safe_load((ROOT / "data" / "masterplan.yml").read_text(encoding="utf-8"))["kota"].split()[-1]
GIT = ["git", "-c", "user.name=Uji", "-c", "user.email=uji@contoh.invalid"]


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"})
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def generate(target: Path, ref: str | None = None) -> Path:
    """A new city in `target`, from this repository as it is (or at commit `ref`), committed to git."""
    run([*COPIER, "copy", "--trust", "--defaults", *ANSWERS, *(["--vcs-ref", ref] if ref else []), str(ROOT),
         str(target)], ROOT)
    run(["git", "init", "-q", "-b", "main"], target)
    run([*GIT, "add", "-A"], target)
    run([*GIT, "commit", "-qm", "Kabupaten Lembah Sarimbo"], target)
    return target


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> Path:
    return generate(tmp_path_factory.mktemp("kota-baru") / "masterplan")


def test_a_new_city_names_nothing_of_this_repository_s_city(city):
    named = [path.relative_to(city).as_posix() for path in city.rglob("*")
             if path.is_file() and ".git" not in path.parts and FIRST_CITY in path.read_text("utf-8", "replace")]
    assert named == []
    assert not [p for p in city.rglob("*") if p.is_symlink()]  # the engine is copied, not linked
    info = yaml.safe_load((city / "data" / "masterplan.yml").read_text(encoding="utf-8"))
    assert (info["kota"], info["pemerintah"], info["periode"]) == (
        "Kabupaten Lembah Sarimbo", "Pemerintah Kabupaten Lembah Sarimbo", {"tahun_mulai": 2027, "tahun_selesai": 2031})


def test_a_new_city_has_the_engine_and_a_chapter_of_each_kind(city):
    for part in ("macros", "overrides", "data/schema", "tests", "Makefile", "CHANGELOG.md", ".github/workflows",
                 ".github/ISSUE_TEMPLATE/laporan-capaian.yml", "docs/assets", ".copier-answers.yml", ".gitignore"):
        assert (city / part).exists(), part
    assert not (city / "tests" / "content").exists()  # this repository's content rules are its own
    nav = (city / "mkdocs.yml").read_text(encoding="utf-8")
    assert "INHERIT: macros/site/mkdocs-base.yml" in nav and "Bab II Gambaran Umum Kabupaten Lembah Sarimbo" in nav
    programmes = yaml.safe_load((city / "data" / "program" / "living.yml").read_text(encoding="utf-8"))
    assert [p["nama"] for p in programmes] == ["Program contoh LIV"]  # one example, said to be one


def test_a_new_city_is_valid_and_builds_strictly_with_every_feature(city, tmp_path):
    run([sys.executable, "-m", "macros.publish.check", str(city)], ROOT)
    result = build(city, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    for page in ("capaian", "data-terbuka", "glosarium", "evaluasi", "roadmap", "quick-win",
                 "rencana-pembangunan/living"):
        assert (site / page / "index.html").is_file(), page
    assert (site / "data" / "program.csv").is_file() and (site / "pagefind").is_dir()
    assert (site / "assets" / "masterplan.css").is_file()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Masterplan Smart City Kabupaten Lembah Sarimbo" in home
    named = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()
             and FIRST_CITY.encode() in p.read_bytes()]
    assert named == []


def test_an_engine_update_keeps_the_city_s_chapters_and_data(tmp_path):
    """From the first engine that had the starter to this one: the engine is new, the content the city's."""
    first = run(["git", "log", "--diff-filter=A", "--format=%H", "--", "copier.yml"], ROOT).stdout.split()
    city = generate(tmp_path / "masterplan", ref=first[-1] if first else None)
    chapter, data = city / "docs" / "pendahuluan.md", city / "data" / "program" / "living.yml"
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\nTeks daerah ini.\n", encoding="utf-8")
    data.write_text(re.sub(r"(?m)^  nama: .*$", "  nama: Puskesmas Daring", data.read_text(encoding="utf-8"), count=1),
                    encoding="utf-8")
    run([*GIT, "commit", "-qam", "Isi daerah"], city)
    # HEAD, as `make perbarui-mesin` asks: this repository's tags are the document's versions, not the engine's
    before = yaml.safe_load((city / ".copier-answers.yml").read_text(encoding="utf-8"))["_commit"]
    run([*COPIER, "update", "--trust", "--defaults", "--skip-answered", "--vcs-ref", "HEAD"], city)
    after = yaml.safe_load((city / ".copier-answers.yml").read_text(encoding="utf-8"))["_commit"]
    head = run(["git", "rev-parse", "--short", "HEAD"], ROOT).stdout.strip()
    dirty = run(["git", "status", "--porcelain"], ROOT).stdout.strip()
    assert after != before or (str(before).startswith(head) and not dirty)  # the city took the newest engine
    assert "Teks daerah ini." in chapter.read_text(encoding="utf-8")
    assert "Puskesmas Daring" in data.read_text(encoding="utf-8")
    assert (city / "macros" / "site" / "mkdocs-base.yml").read_text(encoding="utf-8") == \
        (ROOT / "macros" / "site" / "mkdocs-base.yml").read_text(encoding="utf-8")
    result = build(city, tmp_path / "site")
    assert result.returncode == 0, result.stderr
