"""Front matter is data too: each page's is checked against halaman.schema.json and the chapter rules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros import settings
from macros.data import schema
from macros.data.frontmatter import read_pages, split_front_matter
from macros.errors import MasterplanError
from support import CITY, ROOT, edit

SCHEMAS = schema.read(ROOT / settings.SCHEMAS)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """The fictional city's pages, to edit."""
    target = tmp_path / "docs"
    shutil.copytree(CITY / "docs", target)
    return target


def problems(docs: Path) -> list[str]:
    with pytest.raises(MasterplanError) as caught:
        read_pages(docs, SCHEMAS)
    return [str(p) for p in caught.value.problems]


def test_pages_are_read_with_their_titles_and_history(docs):
    pages = read_pages(docs, SCHEMAS)
    chapter = pages["pendahuluan.md"]
    assert (chapter.title, chapter.bab, chapter.versi, chapter.status_naskah) == ("Bab I Pendahuluan", "I", "0.2",
                                                                                  "draf")
    assert [r.versi for r in chapter.riwayat] == ["0.2", "0.1"] and not pages["tentang.md"].is_versioned


def test_real_pages_are_valid():
    assert read_pages(ROOT / "docs", SCHEMAS)["analisis-strategis.md"].is_versioned


def test_bad_status_names_file_line_and_field(docs):
    edit(docs / "pendahuluan.md", "status_naskah: draf", "status_naskah: resmi")
    assert problems(docs) == ["docs/pendahuluan.md baris 5, kolom status_naskah: nilai 'resmi' tidak dikenal; "
                              "pilihan: draf, final, ditetapkan"]


def test_version_must_be_in_history(docs):
    edit(docs / "pendahuluan.md", 'versi: "0.2"\nstatus', 'versi: "0.3"\nstatus')
    assert problems(docs) == ["docs/pendahuluan.md baris 4, kolom versi: versi 0.3 tidak ada di riwayat; "
                              "tambahkan catatan riwayat untuk versi ini"]


def test_chapter_needs_version_status_and_history(docs):
    text = (docs / "pendahuluan.md").read_text(encoding="utf-8")
    start, end = text.index('versi: "0.2"\nstatus'), text.index("pemilik:")
    (docs / "pendahuluan.md").write_text(text[:start] + text[end:], encoding="utf-8")
    found = problems(docs)
    assert len(found) == 3 and all("wajib diisi karena ada kolom 'bab'" in p for p in found)


def test_page_without_front_matter(docs):
    (docs / "baru.md").write_text("# Baru\n", encoding="utf-8")
    assert problems(docs) == ["docs/baru.md baris 1: halaman harus diawali front matter "
                              "(blok YAML di antara dua baris ---)"]


@pytest.mark.parametrize("key, value, words", [
    ("hide", "[navigasi]", "nilai 'navigasi' tidak dikenal (mungkin maksudnya 'navigation'?)"),
    ("template", "../../etc/passwd", "nilai '../../etc/passwd' tidak dikenal; pilihan: main.html"),
    ("search", "{exclude: ya}", "harus berupa true atau false"),
    ("title", "'" + "Judul " * 40 + "'", "terlalu panjang: paling banyak 150 huruf"),
])
def test_theme_keys_are_checked_too(docs, key, value, words):
    edit(docs / "tentang.md", "pemilik: Tim Uji", f"pemilik: Tim Uji\n{key}: {value}")
    found = problems(docs)
    assert len(found) == 1 and found[0].startswith(f"docs/tentang.md baris 4, kolom {key}") and words in found[0]


def test_markdown_starts_after_the_front_matter():
    assert split_front_matter("---\na: 1\n---\n# Judul\n") == (4, "# Judul\n")
    assert split_front_matter("# Tanpa\n") == (1, "# Tanpa\n")


def test_a_date_off_the_calendar_is_a_problem_not_a_crash(docs):
    edit(docs / "pendahuluan.md", "tanggal: 2026-11-20", "tanggal: 2026-02-30")
    assert problems(docs) == ["docs/pendahuluan.md baris 8, kolom riwayat ke-1 › tanggal: tanggal '2026-02-30' "
                              "tidak ada di kalender"]


def test_a_title_is_read_in_linear_time_after_a_long_run_of_spaces(docs):
    """The first heading's pattern once backtracked over the spaces: 50,000 of them took minutes."""
    edit(docs / "pendahuluan.md", "# Bab I Pendahuluan", "# Bab I" + " " * 50_000 + "x {#bab}")
    assert read_pages(docs, SCHEMAS)["pendahuluan.md"].title == "Bab I" + " " * 50_000 + "x"


def test_a_version_written_as_a_number_is_told_to_quote_it(docs):
    """`versi: 0.2` is a number to YAML; the page needs the text "0.2"."""
    edit(docs / "pendahuluan.md", 'versi: "0.2"\nstatus', "versi: 0.2\nstatus")
    assert problems(docs) == ['docs/pendahuluan.md baris 4, kolom versi: harus berupa teks, bukan 0.2; apit dengan '
                              'tanda kutip agar dibaca sebagai teks: "0.2"']
