"""What git knows: when each page last changed, the release tags, and the data at a tag.

Every function degrades quietly where git has no answer (no repository, no git, a
shallow clone): the build must not warn, and pages then use their front-matter dates.
"""

from __future__ import annotations

import datetime
import json
import logging
import subprocess
from pathlib import Path

from ..data.parse import parse

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
    versions = [t[len(TAG_PREFIX):] for t in output.split() if is_version(t[len(TAG_PREFIX):])]
    return sorted(versions, key=_version_key)


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


#: Optional fields and the value they have when absent: a programme's, an indicator's, a status change's.
_DEFAULTS = {"opd_pendukung": [], "mitra": [], "catatan": "", "realisasi": {}}
_NESTED_DEFAULTS = {"indikator": {"arah": "naik", "capaian": []}, "riwayat_status": {"catatan": ""}}


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
    record = json.loads(json.dumps({**_DEFAULTS, **record}))
    for key, defaults in _NESTED_DEFAULTS.items():
        if isinstance(record.get(key), list):
            record[key] = [{**defaults, **item} if isinstance(item, dict) else item for item in record[key]]
    return record
