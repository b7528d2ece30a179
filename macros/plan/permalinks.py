"""Where each programme's detail block lives, and links to it (and between pages).

A programme's permalink is `rencana-pembangunan/<dimensi>/#<id in lowercase>`:
officials cite it, so the rule below must not change.
"""

from __future__ import annotations

import functools
import posixpath

from ..data.model import Program

DETAIL_PAGE = "rencana-pembangunan/{dimensi}.md"


def detail_page(program: Program) -> str:
    """The docs-relative Markdown file that holds the programme's detail block."""
    return DETAIL_PAGE.format(dimensi=program.dimensi)


def href(from_page: str, program: Program) -> str:
    """A Markdown link target from page `from_page` (docs-relative) to the detail block.

    >>> from types import SimpleNamespace as P
    >>> href("quick-win.md", P(dimensi="living", anchor="liv-01"))
    'rencana-pembangunan/living.md#liv-01'
    """
    target = detail_page(program)
    if target == from_page:
        return f"#{program.anchor}"
    return f"{relative(target, from_page)}#{program.anchor}"


@functools.lru_cache(maxsize=1024)  # memo: the same few page pairs for every programme link (see escape.md_text)
def relative(target: str, from_page: str) -> str:
    """A Markdown link from page `from_page` to the file `target` (both docs-relative).

    >>> relative("tentang.md", "rencana-pembangunan/living.md")
    '../tentang.md'
    """
    return posixpath.relpath(target, posixpath.dirname(from_page) or ".")


def permalink(page_url: str, program: Program) -> str:
    """Site-relative permalink from the URL MkDocs gave the detail page."""
    return f"{page_url}#{program.anchor}"
