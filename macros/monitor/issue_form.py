"""Read the body GitHub writes for an issue form: each field's answer under its label.

GitHub writes an issue form's answers as Markdown: a `### <label>` heading per field, then the
answer, or `_No response_` for a field left empty. The body is anyone's text (it can be edited
after filing): a label written twice, or an answer too long for any field, is a problem.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problem
from .form import FIELDS

NO_RESPONSE = "_No response_"
#: Longest body read: GitHub keeps 65,536 characters of an issue's body.
MAX_CHARS = 65536


@dataclass(frozen=True)
class Answer:
    """One field's answer as written (None: left empty), and the body's line it starts on."""

    text: str | None
    line: int


def read_body(body: str, shown: str) -> tuple[dict[str, Answer], list[Problem]]:
    """The answer of each field of the form found in `body` (by id), and the problems of the body.

    >>> answers, problems = read_body("### Id program\\n\\nGOV-01\\n\\n### Periode\\n\\n_No response_", "x")
    >>> answers["program"], answers["triwulan"].text, problems
    (Answer(text='GOV-01', line=3), None, [])
    """
    if len(body) > MAX_CHARS:
        return {}, [Problem(shown, 0, "", f"isi issue terlalu panjang ({len(body)} huruf; paling banyak {MAX_CHARS})")]
    by_label = {f.label: f.id for f in FIELDS}
    answers: dict[str, Answer] = {}
    problems: list[Problem] = []
    current, start, lines = None, 0, []
    for number, line in enumerate(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        heading = line[4:].strip() if line.startswith("### ") else None
        if heading not in by_label:  # an answer's line (a heading of no field is part of the answer)
            lines.append((number, line))
            continue
        if current is not None:
            answers[current] = _answer(lines, start)
        current, start, lines = by_label[heading], number, []
        if current in answers:
            problems.append(Problem(shown, number, heading, "judul kolom ini tertulis dua kali; sunting issue "
                                                            "agar setiap kolom dijawab sekali"))
            current = None
    if current is not None:
        answers[current] = _answer(lines, start)
    return answers, problems


def _answer(lines: list[tuple[int, str]], heading_line: int) -> Answer:
    """The answer below a heading: its text without the blank lines around it (None for _No response_)."""
    filled = [(n, line) for n, line in lines if line.strip()]
    if not filled:
        return Answer(None, heading_line)
    first, last = filled[0][0], filled[-1][0]
    text = "\n".join(line for n, line in lines if first <= n <= last).strip()
    return Answer(None if text == NO_RESPONSE else text, first)
