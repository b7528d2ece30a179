"""The macros pages call, bound to one build's data and to the page being rendered.

Each macro is a thin call into `query`, `render` and `roadmap`. A MasterplanError
raised inside one is re-raised naming the page, the line and the call.
"""

from __future__ import annotations

import datetime
import functools
import json
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import chapters, export, history, links, query, render, roadmap
from .cite import Citation, meta_tags
from .errors import MasterplanError
from .model import Masterplan, Program
from .pages import PageInfo

ABOUT_PAGE = "tentang.md"


@dataclass
class BuildContext:
    """What one build knows besides the data: pages' front matter, git dates, version."""

    pages: dict[str, PageInfo] = field(default_factory=dict)
    dates: Mapping[str, datetime.date] = field(default_factory=dict)  # docs-relative path -> last commit
    version: str = ""  # the document version this build publishes: 1.0, or draf
    root: Path = Path(".")
    edit_base: str = ""  # web-editor URL of the repository root, e.g. https://github.com/o/r/edit/main/
    today: datetime.date = field(default_factory=datetime.date.today)
    cache: Path | None = None  # the build cache folder (macros.cache)
    tags: Callable[[], list[str]] | None = None  # release tags, when git was started early for them


class Macros:
    """Macro functions for one build.

    `page()` returns the current page's (src_uri, url); `source()` its file's text, read only to
    name the line of a failing macro call.
    """

    NAMES = ("tabel_program", "detail_program", "daftar_program", "tabel_quick_win",
             "ringkasan_anggaran", "matriks_opd", "roadmap", "glosarium", "riwayat_perubahan",
             "perubahan_program", "grafik_anggaran", "kamus_data")

    def __init__(self, plan: Masterplan, page: Callable[[], tuple[str, str]],
                 context: BuildContext | None = None, source: Callable[[], str] = lambda: ""):
        self.plan = plan
        self._page = page
        self._source = source
        self.context = context or BuildContext(version=plan.info["versi"])
        self.detail_urls: dict[str, str] = {}  # programme id -> URL of the page with its detail block
        #: The macros as pages call them: errors name the page, the line and the call.
        self.registered: dict[str, Callable[..., str]] = {
            name: _reported(name, getattr(self, name), page, source) for name in self.NAMES}

    # -- the macros ------------------------------------------------------------------

    def tabel_program(self, dimensi=None, elemen=None, tahapan=None, opd=None, status=None, tahun=None) -> str:
        """Table of programmes matching the filters, ids linking to their detail blocks."""
        found = query.select(self.plan, dimensi, elemen, tahapan, opd, status, tahun)
        return self._sourced(render.program_table(found, self.plan, self._link), found)

    def detail_program(self, id, level=3) -> str:
        """The detail block of one programme, with its permalink anchor."""
        program = query.program(self.plan, id)
        self._claim(program)
        return render.program_detail(program, self.plan, _heading_level(level), self.context.edit_base)

    def daftar_program(self, dimensi=None, elemen=None, tahapan=None, opd=None, status=None, tahun=None,
                       level=3) -> str:
        """Detail blocks of every programme matching the filters."""
        found = query.select(self.plan, dimensi, elemen, tahapan, opd, status, tahun)
        level = _heading_level(level)
        for program in found:
            self._claim(program)
        return render.program_details(found, self.plan, level, self.context.edit_base)

    def tabel_quick_win(self) -> str:
        """The quick wins of every dimension."""
        found = query.select(self.plan, tahapan="quick-win")
        return self._sourced(render.quick_win_table(found, self.plan, self._link), found)

    def ringkasan_anggaran(self, dimensi=None) -> str:
        """Budget per dimension (or per element of one dimension) and year, with totals."""
        found = query.select(self.plan, dimensi=dimensi)  # also rejects an unknown dimension
        return self._sourced(render.budget_summary(self.plan, dimensi), found)

    def matriks_opd(self) -> str:
        """Which agency leads or supports which programme, by dimension."""
        matrix = render.agency_matrix(self.plan, self._link)
        return self._sourced(matrix, self.plan.programs, extra=["data/opd.yml"])

    def roadmap(self, dimensi=None) -> str:
        """Gantt roadmap of one dimension (sections by element) or of all (by dimension)."""
        found = query.select(self.plan, dimensi=dimensi)
        if not found:
            return render.EMPTY
        if dimensi is None:
            return roadmap.gantt(found, self.plan, "Roadmap seluruh program", by="dimensi")
        title = f"Roadmap {self.plan.dimension_by_id[dimensi].nama}"
        return roadmap.gantt(found, self.plan, title, by="elemen")

    def glosarium(self) -> str:
        """Every glossary term with its expansion and definition."""
        return render.glossary_table(self.plan.glossary)

    def riwayat_perubahan(self) -> str:
        """Every chapter's history, newest first."""
        chapters_ = [p for p in self.context.pages.values() if p.is_chapter]
        return chapters.all_history(chapters_, self._page_link)

    def perubahan_program(self, dari=None) -> str:
        """Programmes added, removed and changed since release `dari` (default: the previous release)."""
        if dari is not None and not history.is_version(dari):
            raise MasterplanError(f"dari={dari!r:.40} harus nomor versi rilis, misalnya \"1.0\"")
        tags = self.context.tags() if self.context.tags else None
        since = dari or history.previous_release(self.context.root, self.context.version, tags)
        old = history.programs_at(self.context.root, since) if since else {}
        if since and old is None:
            raise MasterplanError(f"rilis {since} tidak ditemukan: tidak ada tag git v{since}")
        current = {p.id: export.data_record(p) for p in self.plan.programs}
        changes = history.compare_programs(old, current) if since else None
        return render.program_changes(since, changes, self.plan, old or {}, self._link)

    def grafik_anggaran(self) -> str:
        """Chart of the budget per year, stacked by dimension (SVG, with a text description)."""
        template = _template("grafik-anggaran.svg", self.context.cache)
        return template.render(c=render.budget_chart(self.plan))

    def kamus_data(self) -> str:
        """The programme fields, as the JSON Schema describes them."""
        schema = json.loads((self.context.root / "data" / "schema" / "program.schema.json").read_text("utf-8"))
        return render.schema_fields(schema["$defs"]["program"])

    # -- page furniture ----------------------------------------------------------------

    def furnish(self, markdown: str, canonical_url: str) -> tuple[str, list[tuple[str, str]]]:
        """The page's Markdown with its chapter furniture, and its citation meta tags."""
        src = self._page()[0]
        info = self.context.pages.get(src)
        if info is None:
            return markdown, []
        updated = self.updated(info)
        citation = Citation(document=self.plan.info["judul"], part=info.title, publisher=self.plan.info["penerbit"],
                            version=self.context.version, date=updated or self.context.today, url=canonical_url)
        if info.is_chapter:
            head = chapters.version_line(info, updated) + "\n\n" + chapters.citation_box(citation)
            markdown = render.after_title(markdown, head) + "\n\n" + chapters.history_section(info.riwayat) + "\n"
        return markdown, meta_tags(citation)

    def updated(self, info: PageInfo) -> datetime.date | None:
        """Last change: the front matter's date, else git's, else the newest history entry."""
        newest = max((r.tanggal for r in info.riwayat), default=None)
        return info.tanggal or self.context.dates.get(info.src) or newest

    def _page_link(self, info: PageInfo) -> str:
        return posixpath.relpath(info.src, posixpath.dirname(self._page()[0]) or ".")

    def _sourced(self, markdown: str, programs, extra: list[str] = ()) -> str:
        """`markdown` followed by links to edit the data files it was made from."""
        sources = render.data_sources([*extra, *(p.source_file for p in programs)], self.context.edit_base)
        return f"{markdown}\n\n{sources}" if sources and programs else markdown

    # -- page context ----------------------------------------------------------------

    def _link(self, program: Program) -> str:
        return links.href(self._page()[0], program)

    def _claim(self, program: Program) -> None:
        """Record where a detail block is; it may only stand on its dimension's page."""
        src, url = self._page()
        expected = links.detail_page(program)
        if src != expected:
            raise MasterplanError(f"detail program {program.id} hanya boleh ditampilkan di docs/{expected}, "
                                  "agar tautannya tetap")
        self.detail_urls[program.id] = url

    def about_link(self) -> str:
        src = self._page()[0]
        return posixpath.relpath(ABOUT_PAGE, posixpath.dirname(src) or ".")

    def missing_details(self) -> list[str]:
        return [p.id for p in self.plan.programs if p.id not in self.detail_urls]


def _heading_level(level: object) -> int:
    """A programme heading's level: 2 to 6, under the page's title."""
    if not isinstance(level, int) or isinstance(level, bool) or not 2 <= level <= 6:
        raise MasterplanError(f"level={level!r:.40} harus bilangan bulat 2 sampai 6 (tingkat judul)")
    return level


def _reported(name: str, func: Callable[..., str], page: Callable[[], tuple[str, str]],
              source: Callable[[], str]) -> Callable[..., str]:
    """Wrap a macro so its errors name the page, the line and the call."""

    @functools.wraps(func)
    def macro(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except MasterplanError as error:
            src, markdown = page()[0], source()
            call = _call_text(name, args, kwargs)
            line = _line_of(markdown, name, args, kwargs)
            where = f"docs/{src} baris {line}" if line else f"docs/{src}"
            raise MasterplanError(f"{where}: {call}: {error}") from None
        except TypeError as error:  # wrong or unknown argument names
            call = _call_text(name, args, kwargs)
            raise MasterplanError(f"docs/{page()[0]}: {call}: argumen tidak dikenal ({error})") from None

    return macro


def _call_text(name: str, args: tuple, kwargs: dict) -> str:
    parts = [f"{a!r:.60}" for a in args] + [f"{k}={v!r:.60}" for k, v in kwargs.items()]  # a value cut short
    return f"{name}({', '.join(parts)})"


def _line_of(markdown: str, name: str, args: tuple, kwargs: dict) -> int:
    """The line of the call in the page source: the first `name(` line naming the arguments."""
    values = [str(v) for v in (*args, *kwargs.values())]
    candidates = [i for i, line in enumerate(markdown.splitlines(), 1) if re.search(rf"\b{name}\s*\(", line)]
    for i in candidates:
        line = markdown.splitlines()[i - 1]
        if all(v in line for v in values):
            return i
    return candidates[0] if candidates else 0


@functools.cache
def _template(name: str, cache: Path | None = None):
    """A template from macros/templates/, HTML-escaped by default; compiled once into the build cache."""
    from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, select_autoescape

    bytecode = None
    if cache is not None:
        try:
            cache.mkdir(parents=True, exist_ok=True)
            bytecode = FileSystemBytecodeCache(str(cache), "jinja-%s.cache")
        except OSError:
            pass  # compiled every time instead
    environment = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                              autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True,
                              bytecode_cache=bytecode)
    return environment.get_template(name)
