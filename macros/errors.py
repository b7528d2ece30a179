"""The one exception type of the masterplan layer, and the problems it carries.

    MasterplanError            raised for anything a contributor must fix
      .problems: list[Problem] every problem found, not just the first

Messages are in plain Indonesian: contributors read them, often in a CI log.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

#: Characters a message shows as escapes: controls (a line break, a terminal escape), invisible formats
#: (bidirectional overrides) and line separators. A value quoted in a message can then neither start a
#: line of the log (where CI reads commands such as ::error::) nor drive the terminal.
_HIDDEN = ("Cc", "Cf", "Zl", "Zp")


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one place of one data file.

    >>> str(Problem("data/opd.yml", 4, "[0].nama", "wajib diisi"))
    'data/opd.yml baris 4, kolom [0].nama: wajib diisi'
    """

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{visible(self.file)} baris {self.line}" if self.line else visible(self.file)
        if self.field:
            where += f", kolom {visible(self.field)}"
        return f"{where}: {visible(self.message)}"


def visible(text: str) -> str:
    r"""`text` on one line, every control or invisible character written as its escape.

    >>> print(visible("nama\n::error::palsu \x1b[31m \u202e"))
    nama\n::error::palsu \x1b[31m \u202e
    """
    return "".join(c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in _HIDDEN else c
                   for c in str(text))


def thousands(number: int) -> str:
    """A whole number as Indonesian text writes it, for messages (pages use render/format).

    >>> thousands(150000)
    '150.000'
    """
    return f"{number:,}".replace(",", ".")


def either(items: list[str]) -> str:
    """Choices as Indonesian text lists them: 'a, b atau c'.

    >>> either(["0", "2", "4"]), either(["docs/"])
    ('0, 2 atau 4', 'docs/')
    """
    return " atau ".join(filter(None, (", ".join(items[:-1]), items[-1] if items else "")))


class MasterplanError(Exception):
    """Bad data or a bad macro call: the build must stop and publish nothing."""

    def __init__(self, summary: str, problems: list[Problem] | None = None):
        self.summary = summary
        self.problems = sorted(problems or [])
        super().__init__(str(self))

    def __str__(self) -> str:
        if not self.problems:
            return self.summary
        lines = [f"{self.summary} ({len(self.problems)} masalah):"]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)
