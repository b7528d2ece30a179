"""The ids of a built page: every id on a page is unique, and a programme's anchor is its block's.

A cited link (`.../governance/#gov-01`) lands on the first element with that id: a heading that
claimed a programme's anchor, or any second element with one id, would take the link elsewhere.
Pages are searched as bytes, from a literal start ("id=", "<h"): quick even on large pages.
"""

from __future__ import annotations

import re
from collections import Counter

from ..errors import Problem

_ID = re.compile(rb"""id=["']([^"']+)["']""")
_SPACE = (b" ", b"\t", b"\n", b"\r")
_HEADING = re.compile(rb"<h[2-6]\b[^>]*>")
_CLASS = re.compile(rb"""\sclass=["']([^"']*)["']""")


def ids(html: bytes) -> list[str]:
    """Every id of a page, in page order, as often as it is written."""
    # an id attribute is preceded by white space (not part of e.g. data-id=)
    return [m.group(1).decode() for m in _ID.finditer(html) if html[m.start() - 1:m.start()] in _SPACE]


def heading_ids(html: bytes, kind: str = "") -> set[str]:
    """The ids of the h2-h6 headings of a page (a page's h1 is cited through its URL); with `kind`,
    only of those that have that class (a programme's block)."""
    found = set()
    for tag in _HEADING.findall(html):
        classes = _CLASS.search(tag)
        if kind and not (classes and kind.encode() in classes.group(1).split()):
            continue
        found.update(ids(tag))
    return found


def repeated(src: str, markdown: str, html: bytes, anchors: dict[str, str]) -> list[Problem]:
    """Each id page `src` (docs-relative) has more than once, at the lines of its Markdown that write it.
    `anchors`: programme anchor -> programme id, to say whose anchor a heading took."""
    problems = []
    for id_, count in Counter(ids(html)).items():
        if count < 2:
            continue
        message = f"id '{id_}' dipakai {count} kali di halaman ini; tautan ke #{id_} hanya menuju yang pertama"
        if id_ in anchors:
            message += (f". '{id_}' adalah tautan tetap program {anchors[id_]} dan milik blok programnya: "
                        "ganti id judul atau elemen lain yang memakainya")
        else:
            message += "; ganti salah satunya"
        problems += [Problem(f"docs/{src}", line, "", message) for line in _lines(markdown, id_) or [0]]
    return problems


def _lines(markdown: str, id_: str) -> list[int]:
    """The lines of `markdown` that give an element the id: `{ #id }` or `id="id"`."""
    written = re.compile(rf"""#{re.escape(id_)}(?![\w-])|\bid=["']{re.escape(id_)}["']""")
    return [n for n, line in enumerate(markdown.split("\n"), 1) if written.search(line)]
