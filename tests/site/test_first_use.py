"""A glossary term is explained at its first use in the text, not at every use nor in a heading; any
other repeated title is kept at its first use."""

from __future__ import annotations

import markdown

from macros.render.illustrative import MARK
from macros.site.first_use import FirstUseOnly


def convert(text: str, **toc: object) -> str:
    """`text` as the site converts it, with the engine's first-use extension; `toc`: the toc's settings."""
    return markdown.Markdown(extensions=["abbr", "attr_list", "tables", "toc", FirstUseOnly()],
                             extension_configs={"toc": toc}).convert(text)


def test_only_the_first_use_outside_headings_is_explained():
    html = convert("# Bab SPBE\n\nSPBE, *SPBE* dan TIK.\n\n- TIK dan SPBE\n\n## SPBE lagi\n\nSPBE\n\n"
                   "*[SPBE]: Sistem Pemerintahan\n*[TIK]: Teknologi")
    assert html == ('<h1 id="bab-spbe">Bab SPBE</h1>\n'
                    '<p><abbr title="Sistem Pemerintahan">SPBE</abbr>, <em>SPBE</em> dan <abbr title="Teknologi">TIK'
                    '</abbr>.</p>\n<ul>\n<li>TIK dan SPBE</li>\n</ul>\n<h2 id="spbe-lagi">SPBE lagi</h2>\n<p>SPBE</p>')


def test_forms_of_one_term_share_its_first_use():
    forms = "".join(f"*[{form}]: Program percepatan\n" for form in ("quick win", "Quick win", "Quick Win"))
    html = convert("Quick win dulu, lalu Quick Win dan quick win.\n\n" + forms)
    assert html.count("<abbr") == 1 and html.startswith('<p><abbr title="Program percepatan">Quick win</abbr> dulu')


def test_text_around_unwrapped_terms_is_kept_in_order():
    html = convert("A SPBE b SPBE c SPBE d\n\n*[SPBE]: S")
    assert html == '<p>A <abbr title="S">SPBE</abbr> b SPBE c SPBE d</p>'


def test_an_illustrative_mark_keeps_its_title_at_its_first_use_only():
    html = convert(f"| Program | Anggaran |\n|---|---|\n| A | 10 {MARK} |\n| B | 20 {MARK} |\n\nLalu 30 {MARK}.")
    assert html.count('title="Angka ilustrasi, bukan angka resmi"') == 1
    assert html.count('class="mp-ilustrasi"') == 3
    assert html.index('title="Angka ilustrasi') < html.index("<td>20")


def test_any_repeated_title_is_kept_at_its_first_use_only():
    html = convert('*a*{ title="Sama" } dan *b*{ title="Sama" } lalu *c*{ title="Lain" }')
    assert html == '<p><em title="Sama">a</em> dan <em>b</em> lalu <em title="Lain">c</em></p>'


def test_every_heading_permalink_is_named_and_only_the_first_keeps_its_tooltip():
    html = convert("# A\n\n## B\n\n## C", permalink=True, permalink_title="Tautan ke bagian ini")
    assert html.count('aria-label="Tautan ke bagian ini"') == 3
    assert html.count('title="Tautan ke bagian ini"') == 1
    assert html.index('title="Tautan') < html.index('id="b"')
