"""The mark of an illustrative figure: a budget or target that is the drafters' estimate, not official.

Pages showing the mark get the notice (site/furniture.py finds it by its class).
"""

from __future__ import annotations

from .classes import ILLUSTRATIVE

MARK = f'*ilustrasi*{{ .{ILLUSTRATIVE} title="Angka ilustrasi, bukan angka resmi" }}'

#: The same said in a sentence, where the mark's Markdown cannot go (the budget chart's SVG).
SENTENCE = "Angka ilustrasi, bukan angka resmi."


def mark(illustrative: bool) -> str:
    """The mark after a figure or a column heading (with its leading space), or nothing.

    >>> mark(False)
    ''
    """
    return f" {MARK}" if illustrative else ""
