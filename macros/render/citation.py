"""How to cite a page: a ready citation, BibTeX, and the metadata reference managers read."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Citation:
    """One page of one version of the masterplan, as a reader would cite it."""

    document: str  # the document's title (data/masterplan.yml judul)
    part: str  # the page title, e.g. Bab III Analisis Strategis
    publisher: str  # data/masterplan.yml penerbit
    version: str  # document version the URL is pinned to: 1.0, or draf
    date: datetime.date  # when the page last changed
    url: str  # absolute URL of the page in that version
    key: str = ""  # what BibTeX keys start with, e.g. the city: Kota Contoh -> kotacontoh2026...
    status: str = ""  # what the text is, in a few words: draf kerja, naskah final, ditetapkan
    note: str = ""  # the same said in full (render/standing.py), for BibTeX's note

    def __post_init__(self):
        # Each value on one line: a line break in a data value must not end the citation's code block.
        for name in ("document", "part", "publisher", "version", "url", "key", "status", "note"):
            object.__setattr__(self, name, " ".join(str(getattr(self, name)).split()))

    @property
    def title(self) -> str:
        return f"{self.document}: {self.part}" if self.part != self.document else self.document


def citation_text(c: Citation) -> str:
    """Indonesian reference style; the reader fills in the access date."""
    return _reference(c, c.title, c.url)


def program_citation(c: Citation, program_id: str, name: str, anchor: str) -> str:
    """A programme cited within its page: its id and name after the page's title, the link to its block."""
    program = " ".join(f"Program {program_id} {name}".split())
    return _reference(c, f"{c.title}, {program}", program_link(c, anchor))


def _reference(c: Citation, title: str, url: str) -> str:
    version = f"Versi {c.version}, {c.status}" if c.status else f"Versi {c.version}"
    return (f"{c.publisher}. ({c.date.year}). {title} ({version}). {c.publisher}. "
            f"Diakses pada [tanggal akses], dari {url}")


def program_link(c: Citation, anchor: str) -> str:
    """The programme's permanent link in the cited version: the page's address and the block's anchor."""
    return f"{c.url.split('#')[0]}#{anchor}"


def bibtex(c: Citation) -> str:
    key = _slug(c.key) + str(c.date.year) + _slug(c.part)[:24]
    fields = [
        ("author", f"{{{bibtex_text(c.publisher)}}}"),  # braces: an institution, not a person's name
        ("title", f"{{{bibtex_text(c.title)}}}"),  # braces: styles keep its capitals
        ("publisher", bibtex_text(c.publisher)),
        ("year", str(c.date.year)),
        ("version", bibtex_text(c.version)),
        *([("note", bibtex_text(c.note))] if c.note else []),
        ("url", c.url),
        ("language", "indonesian"),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}"


_BIBTEX = str.maketrans({"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&",
                         "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"})


def bibtex_text(value: str) -> str:
    r"""A value for a BibTeX field: characters that mean something to BibTeX or LaTeX, escaped.

    >>> print(bibtex_text("50% {Kota} & Desa"))
    50\% \{Kota\} \& Desa
    """
    return value.translate(_BIBTEX)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def meta_tags(c: Citation) -> list[tuple[str, str]]:
    """Highwire Press `citation_*` and Dublin Core `DC.*` tags, as (name, content) pairs."""
    return [
        ("citation_title", c.title),
        ("citation_author", c.publisher),
        ("citation_publisher", c.publisher),
        ("citation_publication_date", c.date.strftime("%Y/%m/%d")),
        ("citation_public_url", c.url),
        ("citation_language", "id"),
        ("citation_technical_report_institution", c.publisher),
        ("DC.title", c.title),
        ("DC.creator", c.publisher),
        ("DC.publisher", c.publisher),
        ("DC.date", c.date.isoformat()),
        ("DC.identifier", c.url),
        ("DC.language", "id"),
        ("DC.type", "Text"),
        ("DC.format", "text/html"),
    ]
