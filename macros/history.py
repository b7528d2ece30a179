"""What git knows: when each page last changed, the release tags, and the data at a tag.

Every function degrades quietly where git has no answer (no repository, no git, a
shallow clone): the build must not warn, and pages then use their front-matter dates.
"""

from __future__ import annotations

import datetime
import functools
import json
import logging
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path

from .load import parse

log = logging.getLogger("mkdocs.plugins.masterplan")

TAG_PREFIX = "v"


def _git(root: Path, *args: str) -> str | None:
    return _output(_start(root, *args))


def _start(root: Path, *args: str) -> subprocess.Popen | None:
    """git running in the background (None without git), for `_output` to collect."""
    try:
        return subprocess.Popen(["git", *args], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True)
    except OSError:
        return None


def _output(process: subprocess.Popen | None) -> str | None:
    """What a git started by `_start` printed, or None if it failed."""
    if process is None:
        return None
    output, _ = process.communicate()
    return output if process.returncode == 0 else None


def is_full_history(root: Path) -> bool:
    """True in a git work tree with its whole history (not a shallow clone)."""
    return _git(root, "rev-parse", "--is-shallow-repository") == "false\n"


def last_changed(root: Path, folder: str) -> Mapping[str, datetime.date]:
    """Date of the last commit touching each file under `folder` (paths relative to `folder`).

    One `git log` for all files. Empty where git cannot tell the truth (shallow clone). git runs
    in the background from this call on, while the build goes on; the first lookup waits for it.
    """
    return _LastChanged(root, folder)


class _LastChanged(Mapping[str, datetime.date]):

    def __init__(self, root: Path, folder: str):
        self._folder = folder
        self._shallow = _start(root, "rev-parse", "--is-shallow-repository")
        self._log = _start(root, "log", "--format=%x00%cs", "--name-only", "--relative", "--", folder)
        self._dates: dict[str, datetime.date] | None = None

    def _read(self) -> dict[str, datetime.date]:
        if self._dates is None:
            full, output = _output(self._shallow) == "false\n", _output(self._log) or ""
            if not full:
                log.info("Riwayat git tidak lengkap: tanggal halaman diambil dari front matter.")
            self._dates = _dates(output, self._folder) if full else {}
        return self._dates

    def __getitem__(self, name: str) -> datetime.date:
        return self._read()[name]

    def __iter__(self):
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


def _dates(output: str, folder: str) -> dict[str, datetime.date]:
    dates: dict[str, datetime.date] = {}
    for block in output.split("\x00")[1:]:
        day, *names = block.strip().split("\n")
        for name in names:
            if name.startswith(folder + "/"):
                dates.setdefault(name[len(folder) + 1:], datetime.date.fromisoformat(day))
    return dates


def release_tags(root: Path) -> list[str]:
    """Release versions from tags `vX.Y`, oldest first."""
    return release_tags_soon(root)()


def release_tags_soon(root: Path) -> Callable[[], list[str]]:
    """release_tags(), with git started now, in the background; call the result for the tags."""
    process = _start(root, "tag", "--list", f"{TAG_PREFIX}[0-9]*")

    @functools.cache
    def tags() -> list[str]:
        output = _output(process) or ""
        versions = [t[len(TAG_PREFIX):] for t in output.split() if is_version(t[len(TAG_PREFIX):])]
        return sorted(versions, key=_version_key)

    return tags


def previous_release(root: Path, current: str | None, tags: list[str] | None = None) -> str | None:
    """The newest release before `current` (or the newest of all when `current` is not a release).

    `tags`: the release tags, if already known (else git is asked).
    """
    tags = release_tags(root) if tags is None else tags
    if current and is_version(current):
        tags = [t for t in tags if _version_key(t) < _version_key(current)]
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


def is_version(text: object) -> bool:
    """`1.0` or `1.0.2`: a release number."""
    if not isinstance(text, str):
        return False
    parts = text.split(".")
    return len(parts) in (2, 3) and all(p.isdigit() for p in parts)


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


#: Optional programme fields and the value they have when absent.
_DEFAULTS = {"opd_pendukung": [], "mitra": [], "catatan": ""}


def compare_programs(old: dict[str, dict], new: dict[str, dict]) -> tuple[list[str], list[str], dict[str, list[str]]]:
    """Programmes added, removed, and changed (id -> changed field names) from `old` to `new`."""
    added = [i for i in new if i not in old]
    removed = [i for i in old if i not in new]
    changed = {}
    for program_id in (i for i in new if i in old):
        before, after = _normal(old[program_id]), _normal(new[program_id])
        fields = [f for f in dict.fromkeys([*before, *after]) if before.get(f) != after.get(f)]
        if fields:
            changed[program_id] = fields
    return added, removed, changed


def _normal(record: dict) -> dict:
    """Defaults filled in, tuples as lists: the JSON form, so equal data compares equal."""
    return json.loads(json.dumps({**_DEFAULTS, **record}))
