"""Tables leave the build inside the theme's scrolling wrapper, so a reader's phone need not move them.

Material wraps every class-less table of a page in `div.md-typeset__scrollwrap > div.md-typeset__table`
in the browser, one table after another once the page has loaded: on a dimension page (30 tables) that
was most of the blocking time Lighthouse measured on its slow phone (about 650 of 800 ms). This
Markdown extension writes the same wrappers at build time and marks each table `mp-tabel`, a class, so
the theme's script leaves it alone; assets/masterplan.css gives `table.mp-tabel` the theme's table style.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..render.classes import TABLE


def wrap_tables(root: etree.Element) -> None:
    """Each class-less `<table>` under `root` moved, in place, into the theme's two wrappers and marked."""
    for parent in list(root.iter()):
        for index, child in enumerate(list(parent)):
            if child.tag == "table" and child.get("class") is None:
                parent.remove(child)
                parent.insert(index, _wrapped(child))


def _wrapped(table: etree.Element) -> etree.Element:
    """`table`, marked, inside `div.md-typeset__scrollwrap > div.md-typeset__table`; its tail moves out."""
    scroller = etree.Element("div", {"class": "md-typeset__scrollwrap"})
    scroller.tail, table.tail = table.tail, None
    etree.SubElement(scroller, "div", {"class": "md-typeset__table"}).append(table)
    table.set("class", TABLE)
    return scroller


class _WrapTables(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        wrap_tables(root)


class WrappedTables(Extension):
    """A tree step after the block parsers (which made the tables); the order among tree steps is free."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_WrapTables(md), "mp_wrapped_tables", 6)
