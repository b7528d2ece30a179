"""The glossary (data/glosarium.yml): its page's table, and the tooltips every page gets.

A term becomes a tooltip wherever it occurs through Markdown's abbreviations (`abbr`); a multi-word
term broken over two lines in a page's source is joined first, so that it matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..data.model import Term
from .escape import md_text, tooltip_text
from .markdown import table


def glossary_table(terms: Sequence[Term]) -> str:
    """The glossary page: every term, alphabetically."""
    ordered = sorted(terms, key=lambda t: t.istilah.casefold())
    rows = [(f"**{md_text(t.istilah)}**", md_text(t.kepanjangan) or "–", md_text(t.definisi)) for t in ordered]
    return table(("Istilah", "Kepanjangan", "Definisi"), rows)


def abbreviations(terms: tuple[Term, ...]) -> str:
    """Abbreviation definitions (Markdown `abbr`): each term becomes a tooltip wherever it occurs.

    Terms in lower case also match at the start of a sentence or in a title ("Quick win", "Quick Win").
    """
    lines = []
    for term in terms:
        name = " ".join(term.istilah.split())  # one line, whatever line break the data holds (\r, U+2028, ...)
        forms = dict.fromkeys([name, name[:1].upper() + name[1:], name.title()]) if name.islower() else [name]
        lines += [f"*[{form}]: {tooltip(term)}" for form in forms]
    return "\n".join(lines)


def tooltip(term: Term) -> str:
    """A glossary term's tooltip: its expansion and definition, safe where the theme shows it as HTML."""
    return tooltip_text(f"{term.kepanjangan}. {term.definisi}" if term.kepanjangan else term.definisi)


def broken_terms_pattern(terms: tuple[Term, ...]) -> re.Pattern | None:
    """One pattern for every multi-word glossary term broken by a line break (None if there is none)."""
    line_break = r"[ \t]*\n[ \t]*"
    broken = [line_break.join(map(re.escape, t.istilah.split())) for t in terms if len(t.istilah.split()) > 1]
    return re.compile(r"\b(?:" + "|".join(broken) + r")\b", re.IGNORECASE) if broken else None
