"""Page furniture: chapter version line, citation box and history; notice; tooltips joined; theme values."""

from __future__ import annotations

import markdown
import pytest
from markupsafe import Markup

from macros import settings
from macros.data import schema
from macros.data.frontmatter import read_pages
from macros.plan.select import one as program
from macros.render import programs
from macros.site import furniture
from macros.site.build import Build
from support import CITY, ROOT, to_html

INFO = {"pemerintah": "Pemerintah Kota Uji"}


@pytest.fixture
def furnished(plan):
    schemas = schema.read(ROOT / settings.SCHEMAS)
    pages = read_pages(CITY / "docs", schemas)
    return furniture.Furniture(Build(root=CITY, schemas=schemas, plan=plan, pages=pages, version="0.2"))


def test_notice_goes_under_the_title_once(plan):
    page = "# Judul\n\nTeks.\n\n" + programs.program_detail(program(plan, "GOV-02"), plan)
    once = furniture.with_notice(page, furniture.notice(plan.info, "../tentang.md"))
    assert once.startswith("# Judul\n\n!!! warning mp-notice-ilustrasi")
    assert furniture.with_notice(once, furniture.notice(plan.info, "../tentang.md")) == once
    assert '<a href="../tentang.md#ilustrasi">' in to_html(once)


def test_no_notice_without_illustrative_figures():
    assert furniture.with_notice("# Judul\n\nTeks.", furniture.notice(INFO, "tentang.md")) == "# Judul\n\nTeks."


def test_tooltips_survive_a_line_break_inside_a_term(furnished):
    text = furnished.prepare("Program\nQuick\n  win pertama.\n\nquick\n\nwin")
    html = markdown.markdown(text + "\n\n" + furnished.abbreviations, extensions=["abbr"])
    assert '<abbr title="Program percepatan yang hasilnya cepat terasa.">Quick win</abbr> pertama' in html
    assert "<p>quick</p>" in html  # a paragraph break is not joined


def test_chapter_gets_version_line_citation_box_and_history(furnished):
    page = "# Bab I Pendahuluan\n\nTeks."
    markdown_, tags = furnished.furnish("pendahuluan.md", page, "https://contoh.invalid/pendahuluan/")
    lines = markdown_.splitlines()
    assert lines[0] == "# Bab I Pendahuluan"
    assert lines[2].startswith("Versi bab **0.2** · Status: **Draf** · Diperbarui 20 November 2026")
    assert '??? quote "Kutip halaman ini"' in markdown_ and "## Riwayat perubahan { #riwayat-perubahan }" in markdown_
    assert ("citation_title", "Masterplan Uji: Bab I Pendahuluan") in tags and ("DC.creator", "Tim Uji") in tags
    assert "@misc{kotauji2026babipendahuluan," in markdown_


def test_a_page_that_is_no_chapter_gets_citation_tags_and_tooltips_only(furnished):
    markdown_, tags = furnished.furnish("tentang.md", "# Tentang\n\nTeks SPBE.", "https://contoh.invalid/tentang/")
    assert markdown_.startswith("# Tentang\n\nTeks SPBE.\n\n*[SPBE]: ") and ("DC.title", "Masterplan Uji: Tentang "
                                                                               "dokumen ini") in tags


def test_the_notice_names_the_government_from_the_data(furnished, plan):
    page = "# Judul\n\n" + programs.program_detail(program(plan, "GOV-02"), plan)
    text = furnished.furnish("rencana-pembangunan/governance.md", page, "u")[0]
    assert "**bukan angka resmi** Pemerintah Kota Uji. Lihat [Tentang dokumen ini](../tentang.md#ilustrasi)." in text


def test_theme_values_are_escaped_once_and_the_chapter_status_shown(furnished):
    shown = furnished.theme_meta({"description": 'Visi "Kota" <b>', "title": "A & B", "status_naskah": "draf"})
    assert shown == {"description": Markup("Visi &#34;Kota&#34; &lt;b&gt;"), "title": Markup("A &amp; B"),
                     "status": "draf"}


def test_the_cover_comes_from_the_data(furnished):
    cover = furnished.cover(pdf=True)
    assert (cover["judul"], cover["penerbit"], cover["pdf"]) == ("Masterplan Uji", "Tim Uji", "masterplan-uji.pdf")
    assert furnished.cover(pdf=False)["pdf"] == ""
