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

from ..errors import Problem

#: Largest page or data file read, in bytes: far above any real one (the 100x benchmark data set
#: has 1.5 MB per file), small enough that a mistaken or hostile file fails at once.
MAX_BYTES = 20 * 1024 * 1024


def read_text(path: Path, shown: str) -> tuple[str | None, Problem | None]:
    """The UTF-8 text of `path`, or a problem naming `shown` (as contributors see the path) and the line."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        return None, Problem(shown, 0, "", f"berkas terlalu besar ({_mb(size)} MB; paling besar {_mb(MAX_BYTES)} MB)")
    data = path.read_bytes()
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return None, Problem(shown, line, "", "berkas bukan teks UTF-8; simpan ulang dengan pengodean UTF-8 "
                                              "(di editor: Save with Encoding › UTF-8)")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


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
    allowed = " atau ".join(filter(None, (", ".join(f"{f}/" for f in folders[:-1]), f"{folders[-1]}/")))
    return [Problem(shown, 0, "", f"tautan simbolik ke {'/'.join(inside) or 'akar repositori'} tidak diizinkan: "
                                  f"tautan hanya boleh menuju berkas di {allowed}, bukan ke folder tersembunyi "
                                  "seperti .git")]
