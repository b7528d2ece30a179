"""What git knows: when each page last changed, the release tags, and the data at a tag.

Every function degrades quietly where git has no answer (no repository, no git, a
shallow clone): the build must not warn, and pages then use their front-matter dates.
"""

from __future__ import annotations

import datetime
import logging
import subprocess
from pathlib import Path

from . import versions
from .parse import parse

log = logging.getLogger("mkdocs.plugins.masterplan")

TAG_PREFIX = "v"


def _git(root: Path, *args: str) -> str | None:
    """What git printed, or None if it failed or is not installed."""
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def is_full_history(root: Path) -> bool:
    """True in a git work tree with its whole history (not a shallow clone)."""
    return _git(root, "rev-parse", "--is-shallow-repository") == "false\n"


def last_changed(root: Path, folder: str) -> dict[str, datetime.date]:
    """Date of the last commit touching each file under `folder` (paths relative to `folder`).

    One `git log` for all files. Empty where git cannot tell the truth (shallow clone).
    """
    if not is_full_history(root):
        log.info("Riwayat git tidak lengkap: tanggal halaman diambil dari front matter.")
        return {}
    output = _git(root, "log", "--format=%x00%cs", "--name-only", "--relative", "--", folder) or ""
    dates: dict[str, datetime.date] = {}
    for block in output.split("\x00")[1:]:
        day, *names = block.strip().split("\n")
        for name in names:
            if name.startswith(folder + "/"):
                dates.setdefault(name[len(folder) + 1:], datetime.date.fromisoformat(day))
    return dates


def release_tags(root: Path) -> list[str]:
    """Release versions from tags `vX.Y`, oldest first."""
    output = _git(root, "tag", "--list", f"{TAG_PREFIX}[0-9]*") or ""
    names = [t[len(TAG_PREFIX):] for t in output.split()]
    return sorted((name for name in names if versions.is_version(name)), key=versions.key)


def previous_release(root: Path, current: str | None) -> str | None:
    """The newest release before `current` (or the newest of all when `current` is not a version)."""
    tags = release_tags(root)
    if versions.is_version(current):
        tags = [t for t in tags if versions.key(t) < versions.key(current)]
    return tags[-1] if tags else None


def programs_at(root: Path, version: str) -> dict[str, dict] | None:
    """Programme records by id in data/program/ at release tag `v<version>`; None if there is no such tag."""
    tag = f"{TAG_PREFIX}{version}"
    names = _git(root, "ls-tree", "--name-only", f"{tag}:data/program")
    if names is None:
        return None
    records: dict[str, dict] = {}
    for name in names.split():
        if name.endswith(".yml"):
            text = _git(root, "show", f"{tag}:data/program/{name}") or ""
            source, _ = parse(text, f"{tag}:data/program/{name}", "program")
            for record in (source.data if source and isinstance(source.data, list) else []):
                if isinstance(record, dict) and isinstance(record.get("id"), str):
                    records[record["id"]] = record
    return records
