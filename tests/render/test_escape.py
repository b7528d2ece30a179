"""Data values cannot break tables or inject markup."""

from __future__ import annotations

import markdown
import pytest

from macros.render.escape import html_text, md_text
from macros.render.markdown import table

HOSTILE = [
    "a | b",
    "<script>alert(1)</script>",
    "*tebal* _miring_ `kode`",
    "[tautan](https://contoh.invalid)",
    "# bukan judul",
    "1. bukan daftar",
    "- bukan butir",
    "baris\nbaru | sel",
    "{{ bukan jinja }}",
    "R&D <b>",
]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "attr_list"])


@pytest.mark.parametrize("value", HOSTILE)
def test_value_shows_as_text_in_a_table_cell(value):
    html = to_html(table(("Kolom", "Lain"), [(md_text(value), "x")]))
    assert html.count("<td>") == 2  # no extra cell, row intact
    assert "<script>" not in html and "<a " not in html and "<em>" not in html and "<code>" not in html
    shown = html.split("<td>")[1].split("</td>")[0]
    # the browser shows the same characters as the value (newlines folded)
    import html as html_lib
    assert html_lib.unescape(shown) == " ".join(value.split())


@pytest.mark.parametrize("value", HOSTILE)
def test_value_shows_as_text_in_a_paragraph(value):
    html = to_html(md_text(value))
    assert html.startswith("<p>") and html.count("<p>") == 1
    assert "<script>" not in html and "<h1>" not in html and "<ol>" not in html and "<ul>" not in html


def test_html_text_escapes_quotes_for_attributes():
    assert html_text('"><script>') == "&quot;&gt;&lt;script&gt;"
