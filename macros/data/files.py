"""Read the project's own files, and nothing from outside the repository.

Pages, data and templates are proposed by pull request. A symbolic link among them could point
at a file of the machine that builds the site (a system file, /proc/self/environ), which the
build would then read or publish: links that leave the repository are refused before anything
is read. A file's content is never quoted in an error: it may not be ours to show.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import Problem, either, thousands

#: Largest data file read, in bytes: far above any real one (the 100x benchmark data set has 2 MB per
#: file), small enough that a mistaken or hostile file fails at once. What a file holds is limited
#: too (data/parse.py: MAX_VALUES), so that any file is checked within a second.
MAX_BYTES = 20 * 1024 * 1024
#: Largest page read: forty times the longest chapter (26 kB), read and checked within a second.
MAX_PAGE_BYTES = 1024 * 1024


def read_text(path: Path, shown: str, limit: int | None = None) -> tuple[str | None, Problem | None]:
    """The UTF-8 text of `path` (at most `limit` bytes, MAX_BYTES by default), or a problem naming `shown`
    (as contributors see the path) and the line."""
    size, limit = path.stat().st_size, limit or MAX_BYTES
    if size > limit:
        return None, Problem(shown, 0, "", f"berkas terlalu besar ({_size(size)}; paling besar {_size(limit)})")
    data = path.read_bytes()
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return None, Problem(shown, line, "", "berkas bukan teks UTF-8; simpan ulang dengan pengodean UTF-8 "
                                              "(di editor: Save with Encoding › UTF-8)")


def _size(size: int) -> str:
    """A file size as Indonesian readers write it: 3,0 MB; 1.025 kB below 10 MB."""
    if size >= 10 * 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{thousands(-(-size // 1024))} kB"


def links_leaving(root: Path, folders: Iterable[str]) -> list[Problem]:
    """Every symbolic link under `folders` (relative to `root`) that leads outside `root`, or nowhere, or
    inside it but out of `folders` or into a hidden folder: the repository's own `.git`, an installed
    `.venv` or a build folder are never read or published."""
    root = root.resolve()
    folders = tuple(folders)
    problems = []
    for folder in folders:
        top = root / folder
        if top.is_symlink():
            problems += _refused(top, root, folders, folder, "")
            continue
        for parent, directories, files in os.walk(root / folder):  # does not follow links to folders
            for name in sorted(directories + files):
                path = Path(parent) / name
                if path.is_symlink():
                    shown = path.relative_to(root).as_posix()
                    problems += _refused(path, root, folders, shown, "; salin berkasnya ke dalam repositori")
    return problems


def _refused(link: Path, root: Path, folders: tuple[str, ...], shown: str, advice: str) -> list[Problem]:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):  # broken or circular link
        target = None
    if target is None or not (target == root or root in target.parents):
        return [Problem(shown, 0, "", f"tautan simbolik ke luar repositori tidak diizinkan{advice}")]
    inside = target.relative_to(root).parts
    if inside and inside[0] in folders and not any(part.startswith(".") for part in inside):
        return []
    allowed = either([f"{folder}/" for folder in folders])
    return [Problem(shown, 0, "", f"tautan simbolik ke {'/'.join(inside) or 'akar repositori'} tidak diizinkan: "
                                  f"tautan hanya boleh menuju berkas di {allowed}, bukan ke folder tersembunyi "
                                  "seperti .git")]
