"""The template guard: injection payloads are refused, real pages and plain macro calls are accepted."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from jinja2 import Environment, StrictUndefined

from conftest import ROOT, build, edit
from macros import guard, links
from macros.data import read_masterplan
from macros.errors import MasterplanError
from macros.pages import read_pages, split_front_matter
from macros.registry import BuildContext, Macros

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


def _macros_for(src: str) -> Macros:
    plan = read_masterplan(ROOT / "data")
    context = BuildContext(pages=read_pages(ROOT / "docs", ROOT / "data" / "schema"), version="0.1", root=ROOT)
    return Macros(plan, lambda: (src, links.detail_page(plan.programs[0])), context)


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT / "docs")) for p in PAGES])
def test_rendering_a_page_gives_what_jinja_gives(page):
    """The build renders pages from the checked template; Jinja (as mkdocs-macros runs it) agrees."""
    src = page.relative_to(ROOT / "docs").as_posix()
    markdown = split_front_matter(page.read_text(encoding="utf-8"))[1]
    environment = Environment(undefined=StrictUndefined)
    variables = {"dokumen": read_masterplan(ROOT / "data").info}
    by_jinja = environment.from_string(markdown).render(**_macros_for(src).registered, **variables)
    parts, found = guard.compile_page(markdown, MACROS, environment)
    assert found == []
    assert guard.render(parts, _macros_for(src).registered, variables) == by_jinja


def test_rendering_evaluates_only_the_calls():
    calls = []
    functions = {"tabel_program": lambda *a, **k: calls.append((a, k)) or "TABEL {{ x }}"}
    parts, _ = guard.compile_page('Teks {{ tabel_program("living", tahun=[2026, 2027], opd=("a",)) }} '
                                  "{{ dokumen.versi }} {{ '{{' }}{% raw %}{% x %}{% endraw %}\n", MACROS)
    assert marshal.loads(marshal.dumps(parts)) == parts  # as the build cache keeps it
    out = guard.render(parts, functions, {"dokumen": {"versi": "1.0"}})
    assert out == "Teks TABEL {{ x }} 1.0 {{{% x %}"  # macro output is not rendered again
    assert calls == [(("living",), {"tahun": [2026, 2027], "opd": ("a",)})]


def test_a_missing_document_value_names_its_line():
    parts, _ = guard.compile_page("a\n\n{{ dokumen.periode.akhir }}", MACROS)
    with pytest.raises(MasterplanError, match=r"baris 3: '\{\{ dokumen.periode.akhir \}\}': 'akhir' tidak ada"):
        guard.render(parts, {}, {"dokumen": {"periode": {"mulai": 2025}}})


def test_a_refused_page_compiles_to_nothing():
    assert guard.compile_page("a\n{{ cycler.__init__ }}", MACROS) == (None, [(2, "akses atribut '.__init__'")])
