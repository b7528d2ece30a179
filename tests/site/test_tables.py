"""Tables leave the build inside the theme's wrappers, marked so the theme's script does not wrap them again."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown

from macros.render.classes import TABLE
from macros.site.tables import WrappedTables, wrap_tables


def convert(text: str) -> str:
    return markdown.Markdown(extensions=["tables", "md_in_html", WrappedTables()]).convert(text)


def test_a_table_is_wrapped_in_place_with_the_text_around_it_kept():
    html = convert("Sebelum\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\nSesudah")
    assert html.startswith('<p>Sebelum</p>\n<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
                           f'<table class="{TABLE}">\n<thead>')
    assert html.endswith("</tbody>\n</table></div></div>\n<p>Sesudah</p>")


def test_tables_inside_blocks_are_wrapped_and_each_only_once():
    html = convert('<div class="mp-linimasa" markdown>\n\n| A |\n| - |\n| 1 |\n\n</div>\n\n| B |\n| - |\n| 2 |')
    assert html.count('<div class="md-typeset__scrollwrap">') == html.count(f'<table class="{TABLE}">') == 2
    assert html.index('class="mp-linimasa"') < html.index("md-typeset__scrollwrap")


def test_a_table_that_has_a_class_is_left_alone():
    root = etree.fromstring('<div><table class="lain"><tr><td>1</td></tr></table><table/></div>')
    wrap_tables(root)
    assert [child.tag for child in root] == ["table", "div"] and root[0].get("class") == "lain"
