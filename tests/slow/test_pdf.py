"""`make pdf`: the whole masterplan as one printable PDF, linked from the site."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from macros import settings
from macros.data import schema
from macros.data.frontmatter import read_pages
from support import CHAPTERS, ROOT, real_plan

PLAN = real_plan()
PDF_NAME = PLAN.info["berkas_pdf"]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    site = tmp_path_factory.mktemp("cetak")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MASTERPLAN_PDF": "true"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    pdf = site / PDF_NAME
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return site, text, info


def test_cover_names_version_and_date(printed):
    _, text, _ = printed
    cover = text.split("\f")[0]
    assert PLAN.info["judul"].split()[0] in cover and PLAN.info["penerbit"] in cover
    version = re.escape(PLAN.info["versi"])
    assert re.search(rf"Versi {version} \(draf\) · \d{{1,2}} \w+ 20\d\d", cover), cover
    assert "belum ditetapkan; bukan dokumen" in " ".join(cover.split())  # a long name wraps the line


def test_table_of_contents_then_chapters_in_order(printed):
    _, text, _ = printed
    assert "Daftar Isi" in text
    pages = read_pages(ROOT / "docs", schema.read(ROOT / settings.SCHEMAS))
    titles = [pages[src].title for src, _ in CHAPTERS]
    # A chapter starts where its title stands right above its version line.
    starts = [re.search(rf"{re.escape(title)}\s*\n\s*Versi bab", text) for title in titles]
    assert all(starts), [t for t, s in zip(titles, starts, strict=True) if not s]
    positions = [s.start() for s in starts]
    assert positions == sorted(positions) and text.index("Daftar Isi") < positions[0]
    contents = text[text.index("Daftar Isi"):positions[0]]  # filled in by the plugin's script on load
    labels = [" ".join(title.split()[:2]) for title in titles]  # "Bab IV": the nav may shorten the rest
    assert all(re.search(rf"{re.escape(label)}\b", contents) for label in labels), contents[:500]


def test_pages_are_numbered_and_printable(printed):
    _, text, info = printed
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages > 50
    assert f"halaman 1 dari {pages}" in text and f"halaman {pages} dari {pages}" in text
    assert "A4" in info or "595.92 x 842.88" in info


def test_tables_and_rendered_roadmaps_are_in_the_pdf(printed):
    _, text, _ = printed
    first = next(p for p in PLAN.programs if len(p.nama) < 20)  # a name that fits on one line of the roadmap
    assert f"{first.id} · {first.nama}" in text  # a programme detail block
    assert re.search(rf"{first.id} {re.escape(first.nama)}\s", text)  # its row of the roadmap timeline
    assert "Evaluasi tahunan" in text and "Capaian Pelaksanaan" in text  # Bab X's summary, the progress page
    assert "Bahan evaluasi per tahun" in text  # the yearly evaluation's page (docs/evaluasi.md)
    assert "Salin tautan" not in text and "Ubah data program ini" not in text  # screen-only parts hidden


def test_each_page_links_to_the_pdf_of_its_version(printed):
    site, _, _ = printed
    html = (site / "analisis-strategis" / "index.html").read_text(encoding="utf-8")
    assert f'href="../{PDF_NAME}"' in html and "Unduh seluruh masterplan versi ini (PDF)" in html
