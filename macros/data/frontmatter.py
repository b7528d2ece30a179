"""The pages' front matter: chapter number, version, status of the text and history, checked like the data."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import MasterplanError, Problem
from .files import MAX_PAGE_BYTES, read_text
from .parse import Source, parse
from .schema import Schemas
from .validate import at_most

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n", re.DOTALL)
_TITLE = re.compile(r"^# (.*)$", re.MULTILINE)  # the first level-1 heading; its attribute list is cut after


@dataclass(frozen=True)
class Revision:
    """One entry of a page's history: the version, its date, what changed and on what basis."""

    versi: str
    tanggal: datetime.date
    ringkasan: str
    dasar: str = ""


@dataclass(frozen=True)
class PageInfo:
    """What the front matter and title of one docs page say."""

    src: str  # docs-relative path, e.g. analisis-strategis.md
    title: str
    description: str
    pemilik: str
    bab: str = ""
    versi: str = ""
    status_naskah: str = ""
    tanggal: datetime.date | None = None
    riwayat: tuple[Revision, ...] = ()

    @property
    def is_versioned(self) -> bool:
        """A chapter, or a part of one such as a dimension page: versioned, cited and with a history."""
        return bool(self.versi)


def read_pages(docs_dir: Path, schemas: Schemas) -> dict[str, PageInfo]:
    """Every page's front matter, validated; raise MasterplanError listing every problem."""
    pages, problems = {}, []
    for path in sorted(docs_dir.rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        text, unreadable = read_text(path, f"docs/{src}", MAX_PAGE_BYTES)
        if unreadable is not None:
            problems.append(unreadable)
            continue
        source, found = _front_matter(text, f"docs/{src}")
        problems += found
        if source is None:
            continue
        found = schemas.problems(source) + _chapter_rules(source)
        problems += found
        if not found:
            pages[src] = _page(src, source, text)
    if problems:
        raise MasterplanError("Front matter halaman tidak valid; perbaiki lalu bangun ulang", at_most(problems))
    return pages


def split_front_matter(text: str) -> tuple[int, str]:
    """(line the Markdown starts on, the Markdown) of a page, front matter removed."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return 1, text
    return text.count("\n", 0, match.end()) + 1, text[match.end():]


def _front_matter(text: str, shown: str) -> tuple[Source | None, list[Problem]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, [Problem(shown, 1, "", "halaman harus diawali front matter (blok YAML di antara dua baris ---)")]
    source, problems = parse(match.group(1) or "", shown, "halaman", first_line=2)
    if source is not None and source.data is None:
        source.data = {}
    return source, problems


def _chapter_rules(source: Source) -> list[Problem]:
    """A versioned page (a chapter, with `bab`, or a part of one, with `versi`) carries its version,
    status_naskah and history, and its version is in that history."""
    data = source.data if isinstance(source.data, dict) else {}
    because = next((key for key in ("bab", "versi") if key in data), None)
    if because is None:
        return []
    missing = [Problem(source.path, source.line_of((because,)), key, f"wajib diisi karena ada kolom '{because}'")
               for key in ("versi", "status_naskah", "riwayat") if key not in data]
    return missing or _version_in_history(source, data)


def _version_in_history(source: Source, data: dict) -> list[Problem]:
    history = data.get("riwayat")
    if not isinstance(data.get("versi"), str) or not isinstance(history, list):  # a wrong type is the schema's
        return []
    versions = [r.get("versi") for r in history if isinstance(r, dict)]
    if data["versi"] in versions:
        return []
    return [Problem(source.path, source.line_of(("versi",)), "versi",
                    f"versi {data['versi']} tidak ada di riwayat; tambahkan catatan riwayat untuk versi ini")]


def _page(src: str, source: Source, text: str) -> PageInfo:
    data = dict(source.data)
    title = _TITLE.search(split_front_matter(text)[1])
    history = tuple(
        Revision(**{**r, "tanggal": datetime.date.fromisoformat(r["tanggal"])})
        for r in data.pop("riwayat", [])
    )
    for name in ("title", "template", "hide", "search"):
        data.pop(name, None)
    if "tanggal" in data:
        data["tanggal"] = datetime.date.fromisoformat(data["tanggal"])
    return PageInfo(src=src, title=_heading_text(title.group(1)) if title else src, riwayat=history, **data)


def _heading_text(line: str) -> str:
    """A heading's text without its attribute list (`Judul {#id}`), read without a pattern that backtracks."""
    text = line.strip()
    if text.endswith("}") and "{" in text:
        text = text[:text.rindex("{")].rstrip()
    return text or line.strip()
