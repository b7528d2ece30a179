"""A glossary term is explained at its first use in a page's text, as print does, not at every use.

Markdown's `abbr` extension marks every occurrence of a term with an `<abbr title>` and the theme
attaches a tooltip to each: a dimension page had 157 of them for 30 terms, most of its scripting time
on a cheap phone. This Markdown extension runs after `abbr` and keeps, for each explanation, the first
`<abbr>` outside a heading; the others (and those in headings) become plain text.

The mark of an illustrative figure (render/illustrative.py) is the same case: a budget table shows it
in every row, each with the same title. The first mark keeps its title; the others keep their text and
class (the page's notice says what the mark means) and lose the title, hence the tooltip.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..render.classes import ILLUSTRATIVE

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def first_use_only(root: etree.Element) -> None:
    """Unwrap every `<abbr>` of `root` but the first outside a heading for each title, in reading order;
    drop the title of every illustrative mark but the first with that title."""
    seen: set[str] = set()
    marks_seen: set[str] = set()
    unwrap: list[tuple[etree.Element, etree.Element]] = []

    def walk(element: etree.Element, in_heading: bool) -> None:
        for child in element:
            if child.tag == "abbr":
                title = child.get("title", "")
                if in_heading or title in seen:
                    unwrap.append((element, child))
                else:
                    seen.add(title)
            elif "title" in child.attrib and ILLUSTRATIVE in child.get("class", "").split():
                if child.get("title") in marks_seen:
                    del child.attrib["title"]
                else:
                    marks_seen.add(child.get("title"))
            walk(child, in_heading or child.tag in HEADINGS)

    walk(root, root.tag in HEADINGS)
    for parent, abbr in unwrap:
        _unwrap(parent, abbr)


def _unwrap(parent: etree.Element, element: etree.Element) -> None:
    """`element` (an `<abbr>`, which holds text only) replaced by its text, its tail kept."""
    index = list(parent).index(element)
    text = (element.text or "") + (element.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(element)


class _FirstUse(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        first_use_only(root)


class FirstUseOnly(Extension):
    """Registered after `abbr` (priority 7), before the table of contents reads the headings."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_FirstUse(md), "mp_first_use", 6.5)
