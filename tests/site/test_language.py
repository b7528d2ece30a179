"""The page language: only registered macros with literal arguments; checked, compiled to parts, rendered."""

from __future__ import annotations

import pytest
from jinja2 import Environment, StrictUndefined

from macros import settings
from macros.data import schema
from macros.data.frontmatter import read_pages, split_front_matter
from macros.data.read import read_masterplan
from macros.errors import MasterplanError
from macros.site import language
from macros.site.build import Build
from macros.site.furniture import Furniture
from macros.site.language import DocumentValue, MacroCall, Text
from macros.site.macros import NAMES, PageMacros
from support import FIXTURES, ROOT

MACROS = set(NAMES)
CORPUS_FILE = FIXTURES / "jinja-serangan.txt"
CORPUS = [line.replace("\\n", "\n") for line in CORPUS_FILE.read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]
PAGES = sorted((ROOT / "docs").rglob("*.md"))


@pytest.mark.parametrize("payload", CORPUS)
def test_payload_is_refused(payload):
    found = language.check("# Judul\n\nTeks.\n\n" + payload + "\n", MACROS)
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
    assert language.check(source, MACROS) == []


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT / "docs")) for p in PAGES])
def test_every_real_page_is_accepted(page):
    text = page.read_text(encoding="utf-8")
    assert language.check(text.split("\n---\n", 1)[1], MACROS) == []


def test_messages_name_each_construct():
    found = language.check("a\n{{ cycler.__init__ }}\n{% set x = 1 %}\n{{ tabel_program(dimensi=x) }}", MACROS)
    assert found == [(2, "akses atribut '.__init__'"), (3, "blok {% set %}"),
                     (4, "argumen bukan nilai literal (nama 'x')")]


def test_a_page_compiles_to_typed_parts_each_call_with_its_line():
    parts, refused = language.compile_page('Teks {{ tabel_program("living", tahun=[2026, 2027]) }}\n'
                                           "{{ tabel_program('living', tahun=[2026, 2027]) }} {{ dokumen.versi }}"
                                           " {{ '{{' }}{% raw %}{% x %}{% endraw %}\n", MACROS)
    assert refused == []
    assert parts == [Text("Teks "), MacroCall("tabel_program", ("living",), {"tahun": [2026, 2027]}, 1), Text("\n"),
                     MacroCall("tabel_program", ("living",), {"tahun": [2026, 2027]}, 2), Text(" "),
                     DocumentValue(("dokumen", "versi"), 2), Text(" "), Text("{{"), Text("{% x %}")]


def test_rendering_evaluates_only_the_calls():
    calls = []
    functions = {"tabel_program": lambda *a, **k: calls.append((a, k)) or "TABEL {{ x }}"}
    parts, _ = language.compile_page('Teks {{ tabel_program("living", tahun=[2026, 2027], opd=("a",)) }} '
                                     "{{ dokumen.versi }} {{ '{{' }}{% raw %}{% x %}{% endraw %}\n", MACROS)
    out = language.render(parts, functions, {"dokumen": {"versi": "1.0"}})
    assert out == "Teks TABEL {{ x }} 1.0 {{{% x %}"  # macro output is not rendered again
    assert calls == [(("living",), {"tahun": [2026, 2027], "opd": ("a",)})]


def refuse(dimensi=None):
    if dimensi == "x":
        raise MasterplanError("filter dimensi='x' tidak dikenal")
    return "ok"


def test_an_error_names_the_line_of_its_own_call():
    """Two identical calls: the error is the second's, at the second's line."""
    parts, _ = language.compile_page('{{ tabel_program(dimensi="a") }}\n\n{{ tabel_program(dimensi="x") }}\n'
                                     '{{ tabel_program(dimensi="x") }}', MACROS)
    with pytest.raises(MasterplanError) as caught:
        language.render(parts, {"tabel_program": refuse}, {}, where=lambda line: f"docs/a.md baris {line + 4}")
    assert str(caught.value) == ("docs/a.md baris 7: tabel_program(dimensi='x'): filter dimensi='x' tidak dikenal")


def test_arguments_a_macro_does_not_take_are_named_at_their_line():
    parts, _ = language.compile_page('a\n{{ tabel_program(tahun=2026, warna="merah") }}', MACROS)
    with pytest.raises(MasterplanError, match=r"^baris 2: tabel_program\(tahun=2026, warna='merah'\): "
                                              r"argumen tidak dikenal \(got an unexpected keyword argument 'tahun'\)"):
        language.render(parts, {"tabel_program": refuse}, {})


def test_a_bug_inside_a_macro_is_not_dressed_as_a_contributor_error():
    def broken(dimensi=None):
        return None + 1  # a TypeError inside the engine

    parts, _ = language.compile_page("{{ tabel_program() }}", MACROS)
    with pytest.raises(TypeError, match="unsupported operand"):
        language.render(parts, {"tabel_program": broken}, {})


def test_a_missing_document_value_names_its_line():
    parts, _ = language.compile_page("a\n\n{{ dokumen.periode.akhir }}", MACROS)
    with pytest.raises(MasterplanError, match=r"baris 3: '\{\{ dokumen.periode.akhir \}\}': 'akhir' tidak ada"):
        language.render(parts, {}, {"dokumen": {"periode": {"mulai": 2025}}})


def test_a_group_of_document_values_asks_for_one_of_them():
    parts, _ = language.compile_page("{{ dokumen.periode }}", MACROS)
    with pytest.raises(MasterplanError, match="berisi beberapa nilai; sebut salah satu: mulai, akhir"):
        language.render(parts, {}, {"dokumen": {"periode": {"mulai": 2025, "akhir": 2029}}})


def test_a_refused_page_compiles_to_nothing():
    assert language.compile_page("a\n{{ cycler.__init__ }}", MACROS) == (None, [(2, "akses atribut '.__init__'")])


@pytest.fixture(scope="module")
def real():
    schemas = schema.read(ROOT / settings.SCHEMAS)
    return Build(root=ROOT, schemas=schemas, plan=read_masterplan(ROOT / "data", schemas),
                 pages=read_pages(ROOT / "docs", schemas), version="0.1")


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT / "docs")) for p in PAGES])
def test_rendering_a_page_gives_what_jinja_gives(page, real):
    """The build renders pages from their parts; Jinja (as mkdocs-macros would run it) agrees."""
    src = page.relative_to(ROOT / "docs").as_posix()
    markdown = split_front_matter(page.read_text(encoding="utf-8"))[1]
    environment = Environment(undefined=StrictUndefined)
    variables = {"dokumen": {**real.plan.info, "pernyataan": Furniture(real).standing[1]}}  # as the adapter has it
    functions = PageMacros(real, lambda: src).functions()
    by_jinja = environment.from_string(markdown).render(**functions, **variables)
    parts, found = language.compile_page(markdown, MACROS, environment)
    assert found == []
    assert language.render(parts, functions, variables) == by_jinja


def test_a_page_of_thousands_of_constructs_is_refused_before_jinja_reads_them(monkeypatch):
    """Jinja reads about 25,000 constructs a second: a page of a million would take a minute to refuse."""
    monkeypatch.setattr(language, "MAX_CONSTRUCTS", 3)
    found = language.check("a\n{{ x }}\n{% if %}\n{# c #}\n{{ y }}\n", set())
    assert found == [(5, "lebih dari 3 tanda {{ atau {% di satu halaman; halaman hanya memerlukan beberapa "
                         "panggilan makro")]
