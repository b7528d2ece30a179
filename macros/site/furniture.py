"""Page furniture: what every page gets around its own text, made once per build.

    Furniture(build)
      .prepare(text)             a page's own text: glossary terms broken over two lines joined
      .furnish(src, markdown, url) -> (markdown, meta tags)
                                 chapter version line, citation box and history; the notice on
                                 pages with illustrative figures; glossary tooltips
      .theme_meta(meta)          the front-matter values the theme writes into HTML, escaped
      .cover()                   the printed cover's values

Pure text in, text out: the MkDocs adapter (macros/__init__.py) applies it to each page.
"""

from __future__ import annotations

import posixpath
import re

from markupsafe import escape

from .. import settings
from ..data.frontmatter import PageInfo
from ..data.model import Term
from ..render import chapters
from ..render.citation import Citation, meta_tags, standing, tanggal
from ..render.escape import md_text, tooltip_text
from ..render.programs import ILUSTRASI_CLASS, NOTICE_CLASS
from .build import Build

#: Front-matter values the theme writes into HTML as they are (MkDocs' templates do not escape):
#: the page's title and its description in <meta name="description">.
THEME_TEXT = ("title", "description")


class Furniture:
    """The furniture of one build's pages; the glossary's tooltips are made once, here."""

    def __init__(self, build: Build):
        self.build = build
        self.abbreviations = abbreviations(build.plan.glossary)
        self.broken_terms = broken_terms_pattern(build.plan.glossary)
        self.standing = standing(build.plan.info)  # what the document is: (a few words, a sentence)

    def prepare(self, text: str) -> str:
        """A page's own text (not macro output) with multi-word glossary terms broken by a line break joined."""
        if self.broken_terms is None:
            return text
        return self.broken_terms.sub(lambda m: " ".join(m.group(0).split()), text)

    def furnish(self, src: str, markdown: str, canonical_url: str) -> tuple[str, list[tuple[str, str]]]:
        """The page's Markdown with its furniture, and its citation meta tags (for overrides/main.html)."""
        markdown = with_notice(markdown, notice(self.build.plan.info, _relative(settings.ABOUT_PAGE, src)))
        markdown, tags = self._chapter(src, markdown, canonical_url)
        return f"{markdown}\n\n{self.abbreviations}\n", tags

    def _chapter(self, src: str, markdown: str, canonical_url: str) -> tuple[str, list[tuple[str, str]]]:
        info = self.build.pages.get(src)
        if info is None:
            return markdown, []
        plan, updated = self.build.plan, self.build.updated(info)
        kind, sentence = self.standing
        citation = Citation(document=plan.info["judul"], part=part_title(info, self.build.pages),
                            publisher=plan.info["penerbit"],
                            version=self.build.version, date=updated or self.build.today, url=canonical_url,
                            key=plan.info["kota"], status=kind, note=sentence)
        if info.is_versioned:
            status = plan.vocabulary.label("status_naskah", info.status_naskah)
            head = (chapters.version_line(info, status, updated) + "\n\n"
                    + chapters.citation_box(citation, self.build.placeholder_addresses))
            markdown = after_title(markdown, head) + "\n\n" + chapters.history_section(info.riwayat) + "\n"
        return markdown, meta_tags(citation)

    def theme_meta(self, meta: dict) -> dict:
        """Front-matter values for the theme: THEME_TEXT escaped once (as Markup, so no template escapes them
        twice), and the chapter's status where Material shows it in the navigation."""
        shown = {key: escape(meta[key]) for key in THEME_TEXT if isinstance(meta.get(key), str)}
        if "status_naskah" in meta:
            shown["status"] = meta["status_naskah"]
        return shown

    def cover(self, pdf: bool) -> dict:
        """The printed cover (overrides/print-cover.html) and the PDF link: values of data/masterplan.yml."""
        info = self.build.plan.info
        return {"judul": info["judul"], "penerbit": info["penerbit"], "gerakan": info["gerakan"],
                "provinsi": info["provinsi"], "versi": self.build.version, "status": info["status_naskah"],
                "tanggal": tanggal(self.build.today), "pdf": info["berkas_pdf"] if pdf else "",
                "pernyataan": self.standing[1]}


def part_title(info: PageInfo, pages: dict[str, PageInfo]) -> str:
    """How a page is cited: a chapter by its title; a part of one (a page in a chapter's folder) after it.

    >>> bab = PageInfo("rencana/index.md", "Bab V Rencana", "", "", bab="V")
    >>> part_title(PageInfo("rencana/a.md", "Smart A", "", ""), {bab.src: bab})
    'Bab V Rencana: Smart A'
    """
    folder = posixpath.dirname(info.src)
    chapter = pages.get(f"{folder}/index.md") if folder and not info.bab else None
    return f"{chapter.title}: {info.title}" if chapter and chapter.bab and chapter.src != info.src else info.title


def after_title(markdown: str, block: str) -> str:
    """Insert `block` right under the page's `# ` title (or at the top if it has none)."""
    lines = markdown.split("\n")
    at = next((i + 1 for i, line in enumerate(lines) if line.startswith("# ")), 0)
    return "\n".join(lines[:at] + ["", block, ""] + lines[at:])


def with_notice(markdown: str, notice_: str) -> str:
    """Put the illustrative-figures notice under the page title, once, if the page shows such figures."""
    if ILUSTRASI_CLASS not in markdown or NOTICE_CLASS in markdown:
        return markdown
    return after_title(markdown, notice_)


def notice(info: dict, about_link: str) -> str:
    """The notice shown on every page with illustrative figures; whose figures they are not comes from the data."""
    return (
        f'!!! warning {NOTICE_CLASS} "Angka ilustrasi"\n'
        "    Anggaran dan target yang ditandai *ilustrasi* di halaman ini adalah angka perkiraan "
        f"penyusun untuk keperluan perencanaan, **bukan angka resmi** {md_text(info['pemerintah'])}. "
        f"Lihat [Tentang dokumen ini]({about_link}#ilustrasi)."
    )


def abbreviations(terms: tuple[Term, ...]) -> str:
    """Abbreviation definitions (Markdown `abbr`): each term becomes a tooltip wherever it occurs.

    Terms in lower case also match at the start of a sentence or in a title ("Quick win", "Quick Win").
    """
    lines = []
    for term in terms:
        name = term.istilah
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


def _relative(target: str, src: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(src) or ".")
