"""Hostile input in data and pages, built for real: it shows as text, or stops the build naming its place.

Each family of attack gets a scenario: values that reach the page head, the citation box, the
theme's tooltips and the spreadsheet export; files from outside the repository; input that
would exhaust the build or crash it.
"""

from __future__ import annotations

import csv
import html
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import MKDOCS, build, edit, line_of, served
from test_html import check, theme_error

QW = Path("docs/quick-win.md")
SCRIPT = "<script>alert(1)</script>"
DESCRIPTION = f'Program "quick win" kota"> {SCRIPT} <b>tebal</b> & semua yang cepat terasa.'
TITLE = 'Masterplan "Smart" City & <Kota> {Payakumbuh} 50%'
HEADING = 'Bab VII Program "Quick Win"'
TOOLTIP = '<img src=x onerror="window.__xss=1">Definisi beracun'
FORMULA = '=HYPERLINK("http://contoh.invalid","klik")'


class Head(HTMLParser):
    """<meta name=... content=...> of a page, decoded as a browser reads them."""

    def __init__(self, html: str):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "name" in attrs:
            self.meta.setdefault(attrs["name"], attrs.get("content"))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The project with hostile but valid values, built strictly and served: (site folder, its URL)."""
    project = tmp_path_factory.mktemp("hostile") / "project"
    from run import copy_project

    copy_project(project)
    edit(project / QW, "description: Program quick win smart city Kota Payakumbuh, satu untuk setiap dimensi, "
         "beserta kriteria pemilihan, cara pelaksanaan dan evaluasinya.", f"description: '{DESCRIPTION}'")
    edit(project / QW, "# Bab VII Program Quick Win", f"# {HEADING}\n\nJudul: {{{{ dokumen.judul }}}}")
    edit(project / "data/masterplan.yml", "judul: Masterplan Smart City Kota Payakumbuh", f"judul: '{TITLE}'")
    edit(project / "data/glosarium.yml", "  definisi: Penyelenggaraan pemerintahan yang memanfaatkan",
         f"  definisi: '{TOOLTIP}'\n  catatan_lama: Penyelenggaraan pemerintahan yang memanfaatkan")
    edit(project / "data/glosarium.yml", "  catatan_lama: ", "  # ")
    edit(project / "data/program/governance.yml", "nama: Pengembangan Aplikasi MY KOPAY", f"nama: '{FORMULA}'")
    site = tmp_path_factory.mktemp("hostile-site")
    with served(site) as url:
        result = build(project, site, {"SITE_URL": url})
        assert result.returncode == 0, result.stderr
        yield site, url


def test_front_matter_and_document_values_stay_inside_the_head(hostile_site):
    site, _ = hostile_site
    html = (site / "quick-win" / "index.html").read_text(encoding="utf-8")
    head = Head(html.split("</head>")[0])
    assert head.meta["description"] == DESCRIPTION  # one attribute, read back whole
    assert head.meta["citation_title"] == head.meta["DC.title"] == f"{TITLE}: {HEADING}"
    assert SCRIPT not in html


def test_document_values_on_pages_and_in_the_citation_box_are_text(hostile_site):
    site, _ = hostile_site
    page = (site / "quick-win" / "index.html").read_text(encoding="utf-8")
    paragraph = page.split("<p>Judul: ")[1].split("</p>")[0]
    assert text(paragraph) == TITLE and "<Kota>" not in page  # shown as written, never as a tag
    bibtex = text(page.split("@misc")[1].split("</code>")[0])
    assert r'title = {{Masterplan "Smart" City \& <Kota> \{Payakumbuh\} 50\%: Bab VII Program "Quick Win"}},' in bibtex


def text(fragment: str) -> str:
    """What a reader sees of an HTML fragment: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_hostile_pages_are_still_valid_html(hostile_site):
    """Also the site at the root of its host (real_build's has a path), where the 404 page differs."""
    site, _ = hostile_site
    ours = [m for m in check(site) if theme_error(m) is None]
    assert not ours, ours


def test_spreadsheet_cells_cannot_start_a_formula(hostile_site):
    site, _ = hostile_site
    with open(site / "data" / "program.csv", encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows["GOV-01"]["nama"] == "'" + FORMULA
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows.values() for cell in row.values())
    exported = (site / "data" / "program.json").read_text(encoding="utf-8")
    assert '"nama": "=HYPERLINK(\\"http://contoh.invalid\\",\\"klik\\")"' in exported  # JSON keeps the value


def test_glossary_tooltip_shows_markup_as_text(hostile_site, browser):
    """Material shows a title as HTML when hovered or focused: the definition must arrive as text."""
    _, url = hostile_site
    page = browser.new_page()
    page.goto(url + "tata-kelola/")
    term = page.locator("abbr", has_text="SPBE").first
    term.scroll_into_view_if_needed()
    term.hover()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    tooltip.wait_for()
    assert tooltip.inner_text() == "Sistem Pemerintahan Berbasis Elektronik. " + TOOLTIP
    assert tooltip.locator("img").count() == 0
    assert page.evaluate("window.__xss") is None
    page.close()


# -- files from outside the repository --------------------------------------------------------------

SECRET = "/etc/passwd"


def test_links_leaving_the_repository_are_refused_and_nothing_is_read(project):
    (project / "docs/assets/rahasia.txt").symlink_to(SECRET)
    (project / "data/opd.yml").unlink()
    (project / "data/opd.yml").symlink_to(SECRET)
    (project / "overrides/lingkungan").symlink_to("/proc/self")
    result = build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Berkas di luar repositori tidak dibaca (3 masalah)" in output
    for link in ("docs/assets/rahasia.txt", "data/opd.yml", "overrides/lingkungan"):
        assert f"{link}: tautan simbolik ke luar repositori tidak diizinkan" in output
    assert "root:" not in output and not (project / "site").exists()
    checked = subprocess.run([sys.executable, "-m", "macros.check", str(project)], capture_output=True, text=True,
                             cwd=project)
    assert checked.returncode == 1 and "data/opd.yml: tautan simbolik" in checked.stderr
    assert "root:" not in checked.stderr + checked.stdout


def test_links_inside_the_repository_are_fine(project):
    (project / "docs/assets/gaya.css").symlink_to("masterplan.css")
    assert build(project).returncode == 0


# -- input that would exhaust or crash the build ----------------------------------------------------

def test_bad_pages_are_named_with_their_line_and_all_at_once(project):
    tentang = project / "docs/tentang.md"
    tentang.write_bytes(tentang.read_text(encoding="utf-8").replace("# Tentang", "# Tentang caf\xe9", 1)
                        .encode("latin-1", errors="replace"))
    edit(project / QW, "pemilik: Tim Pelaksana", "pemilik: &p Tim Pelaksana\njuga: [*p, *p, *p]")
    edit(project / "docs/roadmap.md", "description: ", "description: " + "panjang " * 60, 1)
    result = build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "(3 masalah)" in output
    assert "docs/tentang.md baris " in output and "berkas bukan teks UTF-8" in output
    assert f"docs/quick-win.md baris {line_of(project / QW, 'juga:')}: alias YAML (*nama) tidak diizinkan" in output
    assert "docs/roadmap.md baris 2, kolom description: terlalu panjang: paling banyak 300 huruf" in output
    assert "Traceback" not in output and not (project / "site").exists()


def test_an_absurd_macro_argument_names_page_and_line(project):
    page = project / "docs/rencana-pembangunan/governance.md"
    edit(page, '{{ daftar_program(elemen="pelayanan-publik") }}',
         '{{ daftar_program(elemen="pelayanan-publik", level=1000000000000) }}')
    result = build(project)
    output = result.stdout + result.stderr
    line = line_of(page, "level=1000000000000")
    assert result.returncode != 0, output
    assert (f"docs/rencana-pembangunan/governance.md baris {line}: daftar_program(elemen='pelayanan-publik', "
            "level=1000000000000): level=1000000000000 harus bilangan bulat 2 sampai 6") in output
    assert "MemoryError" not in output and "Traceback" not in output


def test_a_data_bomb_stops_the_build_at_its_line(project):
    gov = project / "data/program/governance.yml"
    edit(gov, "  mitra: []", "  mitra: &m [a, b, c, d, e, f, g, h, i, j]", 1)
    text = gov.read_text(encoding="utf-8")
    gov.write_text(text + "".join(f"# {i}\n" for i in range(3)) + "- nested: " + "[" * 50_000 + "]" * 50_000
                   + "\n", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([*MKDOCS, "build", "--strict"], cwd=project, env=env, capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode not in (0, -11), output  # -11: the parser crashed (segmentation fault)
    assert "data/program/governance.yml baris" in output and "lebih dari 32 tingkat" in output
