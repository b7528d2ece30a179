"""The one exception type of the masterplan layer, and the problems it carries.

    MasterplanError            raised for anything a contributor must fix
      .problems: list[Problem] every problem found, not just the first

Messages are in plain Indonesian: contributors read them, often in a CI log.
"""

from __future__ import annotations

from dataclasses import dataclass


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
        where = f"{self.file} baris {self.line}" if self.line else self.file
        if self.field:
            where += f", kolom {self.field}"
        return f"{where}: {self.message}"


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
