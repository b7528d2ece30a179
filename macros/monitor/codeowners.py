"""Who owns a file, as GitHub reads .github/CODEOWNERS: the last matching pattern wins.

Patterns follow gitignore's rules as GitHub applies them: `/` at the start anchors a pattern to the
repository root, `/` at the end matches a folder and everything in it, a pattern without a `/`
matches at any depth, `*` matches within one path part and `**` across parts. A line with a
pattern and no owner takes ownership away.
"""

from __future__ import annotations

import re
from pathlib import Path

FILE = Path(".github") / "CODEOWNERS"


def read(text: str) -> list[tuple[re.Pattern, tuple[str, ...]]]:
    """The rules of a CODEOWNERS text, in order: (pattern, owners)."""
    rules = []
    for line in text.splitlines():
        parts = line.split("#", 1)[0].split()
        if parts:
            rules.append((_pattern(parts[0]), tuple(parts[1:])))
    return rules


def owners(rules: list[tuple[re.Pattern, tuple[str, ...]]], path: str) -> tuple[str, ...]:
    """The owners of repository-relative `path` (none when no rule matches).

    >>> owners(read("* @a\\n/data/ @b @c\\n/data/schema/ @a"), "data/program/x.yml")
    ('@b', '@c')
    """
    found: tuple[str, ...] = ()
    for pattern, who in rules:
        if pattern.match(path):
            found = who
    return found


def _pattern(glob: str) -> re.Pattern:
    anchored = glob.startswith("/") or "/" in glob.rstrip("/")
    body = glob.strip("/")
    regex = ""
    for i, part in enumerate(re.split(r"(\*\*/?|\*|\?)", body)):
        if i % 2 == 0:
            regex += re.escape(part)
        else:
            regex += {"**": ".*", "**/": "(?:.*/)?", "*": "[^/]*", "?": "[^/]"}[part]
    start = "" if anchored else "(?:.*/)?"
    return re.compile(f"^{start}{regex}(?:/.*)?$")
