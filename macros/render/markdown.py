"""Markdown constructs the renderers share; cells and items must already be escaped (escape.md_text)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table.

    >>> print(table(("A", "B"), [("1", "2")]))
    | A | B |
    | --- | --- |
    | 1 | 2 |
    """
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def joined(values: Iterable[str]) -> str:
    """Values in a cell, comma-separated; – where there is none."""
    return ", ".join(values) or "–"
