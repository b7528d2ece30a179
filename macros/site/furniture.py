"""Page furniture: what every page of one build gets around its own text.

    Furniture(build)
      .prepare(text)             a page's own text, with glossary terms broken over two lines joined
      .furnish(src, markdown, url) -> (markdown, meta tags)
                                 a chapter's version line, citation box and history; the notice on a
                                 page with illustrative figures; the glossary's tooltips
      .theme_meta(meta)          the front-matter values the theme writes into HTML, escaped
      .cover(pdf)                the printed cover's values, and the PDF's file name when there is one

What it adds is rendered by macros/render/ (chapters, glossary, standing); the MkDocs adapter
(macros/__init__.py) calls it for each page.
"""

from __future__ import annotations

import posixpath

from markupsafe import escape

from .. import settings
from ..data.frontmatter import PageInfo
from ..plan.permalinks import relative
from ..render import chapters
from ..render.citation import Citation, meta_tags
from ..render.classes import ILLUSTRATIVE, NOTICE
from ..render.escape import md_text
from ..render.format import tanggal
from ..render.glossary import abbreviations, broken_terms_pattern
from ..render.standing import standing
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
        markdown = with_notice(markdown, notice(self.build.plan.info, relative(settings.ABOUT_PAGE, src)))
        markdown, tags = self._chapter(src, markdown, canonical_url)
        return f"{markdown}\n\n{self.abbreviations}\n", tags

    def citation(self, src: str, canonical_url: str) -> Citation | None:
        """How the page `src` (at `canonical_url`, pinned to its version in a release) is cited."""
        info = self.build.pages.get(src)
        if info is None:
            return None
        plan, updated = self.build.plan, self.build.updated(info)
        kind, sentence = self.standing
        return Citation(document=plan.info["judul"], part=part_title(info, self.build.pages),
                        publisher=plan.info["penerbit"],
                        version=self.build.version, date=updated or self.build.today, url=canonical_url,
                        key=plan.info["kota"], status=kind, note=sentence)

    def _chapter(self, src: str, markdown: str, canonical_url: str) -> tuple[str, list[tuple[str, str]]]:
        citation = self.citation(src, canonical_url)
        if citation is None:
            return markdown, []
        info, plan = self.build.pages[src], self.build.plan
        updated = self.build.updated(info)
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
    if ILLUSTRATIVE not in markdown or NOTICE in markdown:
        return markdown
    return after_title(markdown, notice_)


def notice(info: dict, about_link: str) -> str:
    """The notice shown on every page with illustrative figures; whose figures they are not comes from the data."""
    return (
        f'!!! warning {NOTICE} "Angka ilustrasi"\n'
        "    Anggaran dan target yang ditandai *ilustrasi* di halaman ini adalah angka perkiraan "
        f"penyusun untuk keperluan perencanaan, **bukan angka resmi** {md_text(info['pemerintah'])}. "
        f"Lihat [Tentang dokumen ini]({about_link}#ilustrasi)."
    )
