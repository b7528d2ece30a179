"""The build cache: results that depend only on their inputs, kept between builds.

A small build spends more time compiling schema checks, reading the YAML data and parsing
page templates than on anything else of ours, and those inputs rarely change between two
previews. Each result is stored under a hash of everything it was made from (the input
files' bytes, the code of macros/, the Python version), so a changed input makes a new
entry and a stale one is never read back.

The folder is the user's cache (~/.cache/masterplan-smart-city, or under $XDG_CACHE_HOME),
outside the checkout: code and pickles are loaded from it, so a pull request must not be
able to put files there. It can be deleted at any time (`make clean`); MASTERPLAN_NO_CACHE=1
builds without it. A folder that cannot be written only makes builds slower. Entries
not made again for KEEP_DAYS days are deleted.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import CodeType
from typing import Any, TypeVar

T = TypeVar("T")

_CODE = Path(__file__).parent


def folder() -> Path | None:
    """The cache folder of this user, or None when MASTERPLAN_NO_CACHE=1."""
    if os.environ.get("MASTERPLAN_NO_CACHE") == "1":
        return None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "masterplan-smart-city"


def key(*parts: str | bytes) -> str:
    """A hash of `parts` (texts, file contents), the Python version and the code of macros/."""
    digest = hashlib.sha256(f"{sys.implementation.cache_tag}\0{_CODE_DIGEST}".encode())
    for part in parts:
        digest.update(b"\0" + (part.encode() if isinstance(part, str) else part))
    return digest.hexdigest()[:32]


def contents(root: Path, paths: Iterable[Path]) -> bytes:
    """Files by name (relative to `root`) and content, for `key`."""
    return b"".join(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0" for p in paths)


def _code_digest() -> str:
    """A hash of macros/*.py as imported. Under `mkdocs serve` an edit re-imports every module
    (macros._fresh_modules), this one included, so the hash follows the code."""
    return hashlib.sha256(contents(_CODE, sorted(_CODE.glob("*.py")))).hexdigest()


_CODE_DIGEST = _code_digest()


def kept(place: Path | None, name: str, made_from: str, make: Callable[[], T], codec: Any = pickle) -> T:
    """`make()`, or its result kept in `place` under `name` and the hash `made_from` (see `key`).

    `codec`: pickle, or marshal for code objects.
    """
    if place is None:
        return make()
    path = place / f"{name}-{made_from}.{codec.__name__}"
    try:
        return codec.loads(path.read_bytes())
    except Exception:  # not made yet, or unreadable (any loader error): make it again
        pass
    value = make()
    try:
        place.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_bytes(codec.dumps(value))
        os.replace(partial, path)  # whole or not at all, even with builds running side by side
        _prune(place)
    except OSError:
        pass
    return value


#: Entries not made again for this long are deleted (when a new entry is made), so the folder
#: does not grow without end as pages, data and code change.
KEEP_DAYS = 30


def _prune(place: Path) -> None:
    oldest = time.time() - KEEP_DAYS * 86400
    with os.scandir(place) as entries:
        for entry in entries:
            if entry.is_file() and entry.stat().st_mtime < oldest:
                Path(entry.path).unlink(missing_ok=True)


def compiled(place: Path | None, name: str, made_from: str, source: Callable[[], str]) -> CodeType:
    """The code object of `source()`, compiled once per `made_from`."""
    return kept(place, name, made_from, lambda: compile(source(), name, "exec"), codec=marshal)
