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


def read(text: str) -> list[tuple[Glob, tuple[str, ...]]]:
    """The rules of a CODEOWNERS text, in order: (pattern, owners)."""
    rules = []
    for line in text.splitlines():
        parts = line.split("#", 1)[0].split()
        if parts:
            rules.append((Glob(parts[0]), tuple(parts[1:])))
    return rules


def owners(rules: list[tuple[Glob, tuple[str, ...]]], path: str) -> tuple[str, ...]:
    """The owners of repository-relative `path` (none when no rule matches).

    >>> owners(read("* @a\\n/data/ @b @c\\n/data/schema/ @a"), "data/program/x.yml")
    ('@b', '@c')
    """
    found: tuple[str, ...] = ()
    for pattern, who in rules:
        if pattern.match(path):
            found = who
    return found


class Glob:
    """One CODEOWNERS pattern, matched in time linear in the path for each part of the pattern.

    A pattern is contributor text: translated into a regular expression, `*a*a*a*b` would backtrack
    for minutes. Here the positions of the path each part can end at are followed part by part.
    """

    def __init__(self, glob: str):
        self.anchored = glob.startswith("/") or "/" in glob.rstrip("/")
        self.parts = [part for part in re.split(r"(\*\*/?|\*|\?)", glob.strip("/")) if part]

    def match(self, path: str) -> bool:
        """Whether the pattern matches `path`, or a folder that holds it."""
        ends = {0} if self.anchored else {0} | {i + 1 for i, c in enumerate(path) if c == "/"}
        for part in self.parts:
            ends = _after(part, ends, path)
            if not ends:
                return False
        return any(end == len(path) or path[end] == "/" for end in ends)


def _after(part: str, ends: set[int], path: str) -> set[int]:
    """The positions of `path` one part of a pattern can end at, from the positions it can start at."""
    if part == "**":
        return set(range(min(ends), len(path) + 1))
    if part == "**/":  # zero or more whole folders
        return ends | {i + 1 for i in range(min(ends), len(path)) if path[i] == "/"}
    if part == "?":
        return {i + 1 for i in ends if i < len(path) and path[i] != "/"}
    if part == "*":  # any run within one path part: from each start, up to the next "/"
        out, reach = set(), -1
        for start in sorted(ends):
            i = max(start, reach)
            out.add(start)
            while i < len(path) and path[i] != "/":
                i += 1
                out.add(i)
            reach = i
        return out
    return {i + len(part) for i in ends if path.startswith(part, i)}
