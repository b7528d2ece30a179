"""Chapter version, status, history and citation; citation metadata on every page."""

from __future__ import annotations

import datetime
import re
import shutil
from pathlib import Path

import pytest
from test_content import CHAPTERS

from conftest import ROOT, build, commit_all, edit, git
from macros import cite, history
from macros.errors import MasterplanError
from macros.pages import read_pages

SCHEMA = ROOT / "data" / "schema"


def html_of(site: Path, src: str) -> str:
    url = src.removesuffix("index.md").removesuffix(".md")
    return (site / url / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("src, bab", CHAPTERS)
def test_chapter_shows_version_citation_and_history(real_build, src, bab):
    site, _ = real_build
    html = html_of(site, src)
    meta = re.search(r'<p class="mp-bab-meta">(.*?)</p>', html).group(1)
    assert re.search(r"Versi bab <strong>[0-9.]+</strong> · Status: <strong>(Draf|Final|Ditetapkan)</strong>"
                     r" · Diperbarui \d{1,2} \w+ 20\d\d", meta), meta
    box = html.split("<summary>Kutip halaman ini</summary>")[1].split("</details>")[0]
    assert "Pemerintah Kota Payakumbuh. (20" in box and "Diakses pada [tanggal akses], dari https://" in box
    assert "@misc" in box
    assert html.index("mp-bab-meta") < html.index("Kutip halaman ini") < html.index('id="riwayat-perubahan"')


@pytest.mark.parametrize("src", sorted(p.relative_to(ROOT / "docs").as_posix()
                                       for p in (ROOT / "docs").rglob("*.md")))
def test_every_page_has_citation_metadata_and_canonical_link(real_build, src):
    site, _ = real_build
    html = html_of(site, src)
    for name in ("citation_title", "citation_author", "citation_publication_date", "citation_public_url",
                 "citation_language", "DC.title", "DC.creator", "DC.date", "DC.identifier", "DC.language"):
        assert f'<meta name="{name}" content="' in html, (src, name)
    assert '<link rel="canonical" href="https://' in html


def test_history_page_aggregates_every_chapter_newest_first(real_build):
    site, _ = real_build
    table = html_of(site, "riwayat.md").split('id="riwayat-bab"')[1].split("</table>")[0]
    for _src, bab in CHAPTERS:
        assert f"Bab {bab} " in table
    dates = re.findall(r"<td>(\d{1,2} \w+ \d{4})</td>", table)
    parsed = [datetime.datetime.strptime(d.split()[2] + "-" + str(cite.MONTHS.index(d.split()[1]) + 1)
                                         + "-" + d.split()[0], "%Y-%m-%d") for d in dates]
    assert parsed == sorted(parsed, reverse=True)


def test_citation_formats():
    c = cite.Citation("Masterplan", "Bab I Pendahuluan", "Pemkot", "1.0", datetime.date(2027, 3, 5),
                      "https://contoh.invalid/1.0/pendahuluan/")
    assert cite.citation_text(c) == ("Pemkot. (2027). Masterplan: Bab I Pendahuluan (Versi 1.0). Pemkot. "
                                     "Diakses pada [tanggal akses], dari https://contoh.invalid/1.0/pendahuluan/")
    assert cite.bibtex(c).startswith("@misc{payakumbuh2027babipendahuluan,\n  author = {{Pemkot}},")
    assert ("citation_publication_date", "2027/03/05") in cite.meta_tags(c)
    assert cite.tanggal(datetime.date(2026, 11, 28)) == "28 November 2026"


# -- front matter validation ----------------------------------------------------------------

@pytest.fixture
def docs(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", target)
    return target


def problems(docs: Path) -> list[str]:
    with pytest.raises(MasterplanError) as caught:
        read_pages(docs, SCHEMA)
    return [str(p) for p in caught.value.problems]


def test_real_pages_are_valid():
    pages = read_pages(ROOT / "docs", SCHEMA)
    assert pages["analisis-strategis.md"].title == "Bab III Analisis Strategis"
    assert pages["analisis-strategis.md"].is_chapter and not pages["tentang.md"].is_chapter


def test_bad_status_names_file_line_and_field(docs):
    edit(docs / "quick-win.md", "status: draf", "status: resmi")
    assert problems(docs) == ["docs/quick-win.md baris 5, kolom status: nilai 'resmi' tidak dikenal; "
                              "pilihan: draf, final, ditetapkan"]


def test_version_must_be_in_history(docs):
    edit(docs / "roadmap.md", 'versi: "0.1"\nstatus', 'versi: "0.2"\nstatus')
    assert problems(docs) == ["docs/roadmap.md baris 4, kolom versi: versi 0.2 tidak ada di riwayat; "
                              "tambahkan catatan riwayat untuk versi ini"]


def test_chapter_needs_version_status_and_history(docs):
    text = (docs / "roadmap.md").read_text(encoding="utf-8")
    start, end = text.index('versi: "0.1"\nstatus'), text.index("pemilik:")
    (docs / "roadmap.md").write_text(text[:start] + text[end:], encoding="utf-8")
    found = problems(docs)
    assert len(found) == 3 and all("wajib diisi karena ada kolom 'bab'" in p for p in found)


def test_page_without_front_matter(docs):
    (docs / "baru.md").write_text("# Baru\n", encoding="utf-8")
    assert problems(docs) == ["docs/baru.md baris 1: halaman harus diawali front matter "
                              "(blok YAML di antara dua baris ---)"]


def test_bad_front_matter_fails_the_build(project):
    edit(project / "docs/quick-win.md", "status: draf", "status: disahkan")
    result = build(project)
    assert result.returncode != 0
    assert "docs/quick-win.md baris 5, kolom status: nilai 'disahkan' tidak dikenal" in result.stderr


# -- git history ---------------------------------------------------------------------------

@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "docs" / "a.md").write_text("a", encoding="utf-8")
    (repo / "docs" / "b.md").write_text("b", encoding="utf-8")
    commit_all(repo, "satu", date="2026-01-02T10:00:00")
    (repo / "docs" / "a.md").write_text("a2", encoding="utf-8")
    commit_all(repo, "dua", date="2026-03-04T10:00:00")
    return repo


def test_last_changed_comes_from_git(repo):
    assert history.last_changed(repo, "docs") == {"a.md": datetime.date(2026, 3, 4),
                                                  "b.md": datetime.date(2026, 1, 2)}


def test_shallow_clone_gives_no_dates_and_no_warning(repo, tmp_path, caplog):
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow))
    assert history.last_changed(shallow, "docs") == {}
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


def test_no_git_gives_no_dates(tmp_path):
    assert history.last_changed(tmp_path, "docs") == {}


def test_previous_release_sorts_versions_numerically(repo):
    for tag in ("v1.9", "v1.10", "v2.0", "vnope"):
        git(repo, "tag", tag)
    assert history.release_tags(repo) == ["1.9", "1.10", "2.0"]
    assert history.previous_release(repo, "2.0") == "1.10"
    assert history.previous_release(repo, "draf") == "2.0"
    assert history.previous_release(repo, "1.9") is None


def test_compare_programs():
    old = {"A-01": {"id": "A-01", "nama": "x", "mitra": []}, "A-02": {"id": "A-02", "nama": "y"}}
    new = {"A-01": {"id": "A-01", "nama": "x2", "mitra": ()}, "A-03": {"id": "A-03", "nama": "z"}}
    assert history.compare_programs(old, new) == (["A-03"], ["A-02"], {"A-01": ["nama"]})
