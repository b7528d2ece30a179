"""Where each programme's detail block was published, read from the built site.

A programme's detail block (or a merged programme's note) may stand on one page only, the one
`plan.permalinks.detail_page` names; MkDocs gives that page its URL and writes it. The block was
shown if the written page has the block's heading (its class) with the programme's anchor: another
heading that took the anchor is no block. So the permalinks are known
from what the build made, after it: nothing is recorded while pages render.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..data.model import Masterplan
from ..plan import permalinks
from ..render.classes import MERGED_PROGRAM, PROGRAM
from . import page_ids

#: A docs page (docs-relative path) -> its URL and the HTML file the build wrote; None if it has no such page.
BuiltPage = Callable[[str], tuple[str, Path] | None]


def published(plan: Masterplan, built: BuiltPage) -> dict[str, str]:
    """Programme id -> the URL of the page showing its detail block, for every programme and merged
    programme whose block the built site has."""
    found: dict[str, str] = {}
    blocks: dict[str, dict[str, set[str]]] = {}  # each page read once: its block headings' ids by kind
    merged = {m.id for m in plan.merged}
    for item in (*plan.programs, *plan.merged):
        page = built(permalinks.detail_page(item))
        if page is None:
            continue
        url, path = page
        if url not in blocks:
            html = path.read_bytes() if path.is_file() else b""
            blocks[url] = {kind: page_ids.heading_ids(html, kind) for kind in (PROGRAM, MERGED_PROGRAM)}
        if item.anchor in blocks[url][MERGED_PROGRAM if item.id in merged else PROGRAM]:
            found[item.id] = url
    return found


def unpublished(plan: Masterplan, found: dict[str, str]) -> list[str]:
    """The programmes and merged programmes no page showed the detail block of: they have no permalink."""
    return [item.id for item in (*plan.programs, *plan.merged) if item.id not in found]
