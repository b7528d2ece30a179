"""Version numbers: what one is, and their order.

A version is two or three whole numbers joined by dots, `1.0` or `1.0.2`, in ASCII digits: the
document's (data/masterplan.yml), a chapter's (its front matter: two numbers), a release tag's
(`v1.0`). Versions sort by their numbers, so 1.9 comes before 1.10.
"""

from __future__ import annotations

import re

_VERSION = re.compile(r"[0-9]+\.[0-9]+(\.[0-9]+)?")


def is_version(text: object) -> bool:
    """`1.0` or `1.0.2`: a version number.

    >>> [is_version(t) for t in ("1.0", "1.0.2", "1", "1.0.2.3", "v1.0", "1.²", 1.0)]
    [True, True, False, False, False, False, False]
    """
    return isinstance(text, str) and _VERSION.fullmatch(text) is not None


def key(version: str) -> tuple[int, ...]:
    """A version's place in order: its numbers. Anything else is refused (ValueError).

    >>> sorted(["1.10", "1.9", "1.0.1", "1.0"], key=key)
    ['1.0', '1.0.1', '1.9', '1.10']
    """
    if not is_version(version):
        raise ValueError(f"not a version number: {version!r:.40}")
    return tuple(int(part) for part in version.split("."))
