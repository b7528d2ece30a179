"""A glossary term is explained at its first use in a page's text, as print does, not at every use.

Markdown's `abbr` extension marks every occurrence of a term with an `<abbr title>` and the theme
attaches a tooltip to each: a dimension page had 157 of them for 30 terms, most of its scripting time
on a cheap phone. This Markdown extension runs after `abbr` and keeps, for each explanation, the first
`<abbr>` outside a heading; the others (and those in headings) become plain text.

Any other title repeated on a page is the same case: the mark of an illustrative figure
(render/illustrative.py) in every row of a budget table, the "Ubah data program ini" link under every
programme, the section sign of every heading. The first element keeps its title; the others keep their
text and class and lose the title, hence the tooltip. A heading's section-sign link is named by an
`aria-label` holding that title, so that a screen reader announces what the sign does on every heading,
not only where the title is kept. This second pass runs after the table of contents adds those links.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: The class the table of contents gives a heading's permalink (its `permalink_class`, left as default).
PERMALINK = "headerlink"


def first_use_only(root: etree.Element) -> None:
    """Unwrap every `<abbr>` of `root` but the first outside a heading for each title, in reading order."""
    seen: set[str] = set()
    unwrap: list[tuple[etree.Element, etree.Element]] = []

    def walk(element: etree.Element, in_heading: bool) -> None:
        for child in element:
            if child.tag == "abbr":
                title = child.get("title", "")
                if in_heading or title in seen:
                    unwrap.append((element, child))
                else:
                    seen.add(title)
            walk(child, in_heading or child.tag in HEADINGS)

    walk(root, root.tag in HEADINGS)
    for parent, abbr in unwrap:
        _unwrap(parent, abbr)


def repeated_titles_dropped(root: etree.Element) -> None:
    """Drop the title of every element of `root` but the first with that title, in reading order (terms
    are `first_use_only`'s); each heading's permalink is first named by its title (`aria-label`)."""
    seen: set[str] = set()
    for element in root.iter():
        title = element.get("title")
        if title is None or element.tag == "abbr":
            continue
        if element.tag == "a" and PERMALINK in element.get("class", "").split():
            element.set("aria-label", title)
        if title in seen:
            del element.attrib["title"]
        else:
            seen.add(title)


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


class _RepeatedTitles(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        repeated_titles_dropped(root)


class FirstUseOnly(Extension):
    """Terms after `abbr` (priority 7), before the table of contents reads the headings (5); repeated
    titles after it has added the headings' permalinks."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_FirstUse(md), "mp_first_use", 6.5)
        md.treeprocessors.register(_RepeatedTitles(md), "mp_repeated_titles", 4)
