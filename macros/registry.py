"""The macros pages call, bound to one build's data and to the page being rendered.

Each macro is a thin call into `query`, `render` and `roadmap`. A MasterplanError
raised inside one is re-raised naming the page, the line and the call.
"""

from __future__ import annotations

import functools
import posixpath
import re
from typing import Callable

from . import links, query, render, roadmap
from .errors import MasterplanError
from .model import Masterplan, Program

ABOUT_PAGE = "tentang.md"


class Macros:
    """Macro functions for one build. `page()` returns the current page's (src_uri, url, markdown)."""

    NAMES = ("tabel_program", "detail_program", "daftar_program", "tabel_quick_win",
             "ringkasan_anggaran", "matriks_opd", "roadmap", "glosarium")

    def __init__(self, plan: Masterplan, page: Callable[[], tuple[str, str, str]]):
        self.plan = plan
        self._page = page
        self.detail_urls: dict[str, str] = {}  # programme id -> URL of the page with its detail block

    def functions(self) -> dict[str, Callable[..., str]]:
        return {name: _reported(name, getattr(self, name), self._page) for name in self.NAMES}

    # -- the macros ------------------------------------------------------------------

    def tabel_program(self, dimensi=None, elemen=None, tahapan=None, opd=None, status=None, tahun=None) -> str:
        """Table of programmes matching the filters, ids linking to their detail blocks."""
        found = query.select(self.plan, dimensi, elemen, tahapan, opd, status, tahun)
        return render.program_table(found, self.plan, self._link)

    def detail_program(self, id, level=3) -> str:
        """The detail block of one programme, with its permalink anchor."""
        program = query.program(self.plan, id)
        self._claim(program)
        return render.program_detail(program, self.plan, level)

    def daftar_program(self, dimensi=None, elemen=None, tahapan=None, opd=None, status=None, tahun=None,
                       level=3) -> str:
        """Detail blocks of every programme matching the filters."""
        found = query.select(self.plan, dimensi, elemen, tahapan, opd, status, tahun)
        for program in found:
            self._claim(program)
        return render.program_details(found, self.plan, level)

    def tabel_quick_win(self) -> str:
        """The quick wins of every dimension."""
        return render.quick_win_table(query.select(self.plan, tahapan="quick-win"), self.plan, self._link)

    def ringkasan_anggaran(self, dimensi=None) -> str:
        """Budget per dimension (or per element of one dimension) and year, with totals."""
        query.select(self.plan, dimensi=dimensi)  # rejects an unknown dimension
        return render.budget_summary(self.plan, dimensi)

    def matriks_opd(self) -> str:
        """Which agency leads or supports which programme, by dimension."""
        return render.agency_matrix(self.plan, self._link)

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

    # -- page context ----------------------------------------------------------------

    def _link(self, program: Program) -> str:
        return links.href(self._page()[0], program)

    def _claim(self, program: Program) -> None:
        """Record where a detail block is; it may only stand on its dimension's page."""
        src, url, _ = self._page()
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


def _reported(name: str, func: Callable[..., str], page: Callable[[], tuple[str, str, str]]) -> Callable[..., str]:
    """Wrap a macro so its errors name the page, the line and the call."""

    @functools.wraps(func)
    def macro(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except MasterplanError as error:
            src, _, markdown = page()
            call = _call_text(name, args, kwargs)
            line = _line_of(markdown, name, args, kwargs)
            where = f"docs/{src} baris {line}" if line else f"docs/{src}"
            raise MasterplanError(f"{where}: {call}: {error}") from None
        except TypeError as error:  # wrong or unknown argument names
            src = page()[0]
            raise MasterplanError(f"docs/{src}: {_call_text(name, args, kwargs)}: argumen tidak dikenal ({error})") from None

    return macro


def _call_text(name: str, args: tuple, kwargs: dict) -> str:
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
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
