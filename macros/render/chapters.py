"""Chapter furniture as Markdown: version line and citation box under the title, history at the end."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from ..data import versions
from ..data.frontmatter import PageInfo, Revision
from .citation import Citation, bibtex, citation_text, program_citation, program_link
from .classes import CHAPTER_META, COPY_BUTTON, COPY_BUTTONS, PROGRAM_CITATION, PROGRAM_CITATION_TEXT
from .escape import html_text, md_text
from .format import tanggal
from .markdown import table

HISTORY_ID = "riwayat-perubahan"


def version_line(info: PageInfo, status: str, updated: datetime.date | None) -> str:
    """Under a chapter's title: its version, the status of its text (a label), and when it last changed."""
    parts = [f"Versi {'bab' if info.bab else 'bagian'} **{md_text(info.versi)}**", f"Status: **{md_text(status)}**"]
    if updated:
        parts.append(f"Diperbarui {tanggal(updated)}")
    return " · ".join(parts) + f"\n{{ .{CHAPTER_META} }}"


PLACEHOLDER_NOTE = ("    *Alamat situs ini masih sementara, sampai dokumen ini mendapat alamat resmi: alamat di "
                    "sitasi ini akan berubah saat itu.*")


def citation_box(c: Citation, placeholder_addresses: bool = False) -> str:
    """A collapsed box with a ready citation and its BibTeX for reference managers (Material adds a copy
    button to each); it says plainly what the text is (a working draft, or adopted) and whether its
    address is a placeholder."""
    return "\n".join([
        '??? quote "Kutip halaman ini"',
        "",
        f"    Sitasi halaman ini dalam versi dokumen {md_text(c.version)} (tanggal akses diisi pembaca). "
        f"{md_text(c.note)} Dalam surat atau keputusan, kutip alamat versi ini; alamat /latest/ selalu "
        "membuka versi terbaru.",
        *(["", PLACEHOLDER_NOTE] if placeholder_addresses else []),
        "",
        *_indented_fence("text", citation_text(c)),
        "",
        "    Untuk aplikasi pengelola pustaka seperti Zotero atau Mendeley:",
        "",
        *_indented_fence("bibtex", bibtex(c)),
    ])


def program_citation_box(c: Citation, program_id: str, name: str, anchor: str) -> str:
    """Under a programme's heading, collapsed: its citation and its permanent link in this version, as text
    (assets/salin-tautan.js copies either in one click). Not code blocks: a dimension page has dozens of
    programmes, and Material's copy button on each code block cost a cheap phone a second of layout."""
    return "\n".join([
        f'??? quote {PROGRAM_CITATION} "Kutip program ini"',
        "",
        f"    Sitasi program ini dalam versi dokumen {md_text(c.version)} (tanggal akses diisi pembaca):",
        "",
        f"    {md_text(program_citation(c, program_id, name, anchor))}",
        f"    {{ .{PROGRAM_CITATION_TEXT} }}",
        "",
        f"    Tautan tetap program ini di versi {md_text(c.version)}, untuk surat, keputusan atau bahan paparan:",
        "",
        f"    {md_text(program_link(c, anchor))}",
        f"    {{ .{PROGRAM_CITATION_TEXT} }}",
    ])


def program_copy_buttons(program_id: str, anchor: str, citation: bool) -> str:
    """Under a programme's heading, on one line of HTML: "Salin tautan" (its permanent link in this version)
    and, with its citation box, "Salin kutipan". Written at build time, not by the reader's browser (inserting
    them there made a cheap phone lay the page out again); assets/salin-tautan.js makes them copy."""
    def button(kind: str, label: str, name: str) -> str:
        return (f'<button type="button" class="{COPY_BUTTON} md-button" data-mp-salin="{kind}" '
                f'data-mp-program="{html_text(anchor)}" aria-label="{html_text(name)}">{label}</button>')

    program = " ".join(str(program_id).split())
    buttons = [button("tautan", "Salin tautan", f"Salin tautan tetap program {program}")]
    buttons += [button("kutipan", "Salin kutipan", f"Salin kutipan program {program}")] if citation else []
    return f'<p class="{COPY_BUTTONS}">{"".join(buttons)}</p>'


def _indented_fence(language: str, text: str) -> list[str]:
    return [f"    ``` {language}", *(f"    {line}" for line in text.split("\n")), "    ```"]


def history_section(revisions: Sequence[Revision]) -> str:
    """The chapter's history in full, newest first, under a pinned heading."""
    return f"## Riwayat perubahan {{ #{HISTORY_ID} }}\n\n" + history_table(revisions)


def history_table(revisions: Sequence[Revision], chapter: Callable[[Revision], str] | None = None) -> str:
    ordered = sorted(revisions, key=lambda r: (r.tanggal, versions.key(r.versi)), reverse=True)
    header = ("Tanggal", *(["Bab"] if chapter else []), "Versi", "Ringkasan", "Dasar perubahan")
    rows = [
        (tanggal(r.tanggal), *([chapter(r)] if chapter else []), md_text(r.versi), md_text(r.ringkasan),
         md_text(r.dasar) or "–")
        for r in ordered
    ]
    return table(header, rows)


def all_history(pages: Sequence[PageInfo], link: Callable[[PageInfo], str]) -> str:
    """Every chapter's history in one table, newest first."""
    owner = {}
    revisions = []
    for info in pages:
        for revision in info.riwayat:
            owner[id(revision)] = info
            revisions.append(revision)
    return history_table(revisions, lambda r: f"[{md_text(owner[id(r)].title)}]({link(owner[id(r)])})")

