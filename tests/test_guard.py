"""The template guard: injection payloads are refused, real pages and plain macro calls are accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, build, edit
from macros import guard
from macros.registry import Macros

MACROS = set(Macros.NAMES)
CORPUS_FILE = Path(__file__).parent / "fixtures" / "jinja-serangan.txt"
CORPUS = [line.replace("\\n", "\n") for line in CORPUS_FILE.read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]
PAGES = sorted((ROOT / "docs").rglob("*.md"))


@pytest.mark.parametrize("payload", CORPUS)
def test_payload_is_refused(payload):
    found = guard.check("# Judul\n\nTeks.\n\n" + payload + "\n", MACROS)
    assert found, payload
    assert all(line >= 5 for line, _ in found)


@pytest.mark.parametrize("source", [
    "{{ tabel_program() }}",
    '{{ tabel_program(dimensi="living", tahun=2026) }}',
    "{{ daftar_program('governance', None, None, None, None, None, 3) }}",
    "{{ roadmap(dimensi='living') }}",
    "{{ dokumen.versi }} {{ dokumen.periode.tahun_mulai }}",
    "{% raw %}{{ cycler.__init__ }} {% set x = 1 %}{% endraw %}",
    '{{ "{{" }} harfiah',
    "{# komentar #}",
    "Teks biasa dengan { kurung } dan { #anchor } tanpa Jinja.",
])
def test_allowed_constructs(source):
    assert guard.check(source, MACROS) == []


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT / "docs")) for p in PAGES])
def test_every_real_page_is_accepted(page):
    text = page.read_text(encoding="utf-8")
    assert guard.check(text.split("\n---\n", 1)[1], MACROS) == []


def test_messages_name_each_construct():
    found = guard.check("a\n{{ cycler.__init__ }}\n{% set x = 1 %}\n{{ tabel_program(dimensi=x) }}", MACROS)
    assert found == [(2, "akses atribut '.__init__'"), (3, "blok {% set %}"),
                     (4, "argumen bukan nilai literal (nama 'x')")]


def test_build_refuses_the_page_and_runs_nothing(project):
    page = project / "docs" / "quick-win.md"
    edit(page, "## Daftar quick win", "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}\n\n"
                                      "## Daftar quick win")
    result = build(project)
    assert result.returncode != 0
    line = next(i for i, text in enumerate(page.read_text(encoding="utf-8").splitlines(), 1) if "PWNED" in text)
    assert "Halaman docs/quick-win.md memuat Jinja yang tidak diizinkan (1 masalah)" in result.stderr
    assert f"docs/quick-win.md baris {line}: panggilan fungsi lewat akses atribut '.system'" in result.stderr
    assert "{% raw %}" in result.stderr
    assert not (project / "PWNED").exists() and not (project / "docs" / "PWNED").exists()
    assert not (project / "site" / "index.html").exists()


def test_raw_block_shows_braces_literally(project):
    edit(project / "docs/tentang.md", "# Tentang dokumen ini",
         "# Tentang dokumen ini\n\n{% raw %}Tulis {{ tabel_program() }} untuk tabel.{% endraw %}")
    result = build(project)
    assert result.returncode == 0, result.stderr
    html = (project / "site/tentang/index.html").read_text(encoding="utf-8")
    assert "Tulis {{ tabel_program() }} untuk tabel." in html
