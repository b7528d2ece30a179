"""`make apply-report ISSUE=berkas.md`: a report from the issue form, written into its programme's YAML.

    python -m macros.monitor.apply_report BODY.md [--summary OUT.md] [--root PROJECT_DIR]

Reads the body of a "Laporan capaian program" issue (the Markdown GitHub writes for the form),
checks every answer against the plan, makes the change in the programme's file of data/program/
(only the lines it changes), and validates the whole data set, against today's date, on a copy.
Only then is the file in the working tree written: prints what changed and the file's diff, exit 0.
Otherwise prints every problem (the form's field, the value, how to fix), changes nothing, exit 1.

`--summary` also writes the outcome as Markdown for a pull request or an issue comment, every
value of the report inside a code block, where GitHub neither mentions anyone nor closes an issue.
"""

from __future__ import annotations

import argparse
import datetime
import difflib
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import settings
from ..data import schema
from ..data.files import read_text
from ..data.model import Masterplan
from ..data.parse import parse
from ..data.read import read_masterplan
from ..errors import MasterplanError, Problem
from . import edits
from .apply import changes
from .form import FIELD_BY_ID, agency_option
from .issue_form import Answer, read_body
from .report import Report, read_report, shown

REFUSED = "Laporan tidak dapat diterapkan; tidak ada data yang diubah. Perbaiki isi issue lalu beri label lagi"
UNVERIFIED = "angka ini belum diverifikasi: peninjau menambahkan `verifikasi` setelah angkanya diverifikasi"
INVALID = "Data program tidak valid setelah laporan diterapkan; tidak ada data yang diubah"


@dataclass(frozen=True)
class Applied:
    """A report written into its programme's file: which, what it says, and the file's diff."""

    path: str  # data/program/governance.yml
    said: list[str]
    diff: str
    text: str  # the file's new text


def apply_report(body_file: Path, root: Path, today: datetime.date) -> Applied:
    """The report of `body_file` applied to the data of `root` (the file is not written), or MasterplanError."""
    schemas = schema.read(root / settings.SCHEMAS)
    plan = read_masterplan(root / settings.DATA, schemas, today)
    report, answers = _read(body_file, plan, today)
    program = plan.program_by_id[report.program]
    text = (root / program.source_file).read_text(encoding="utf-8")
    records = parse(text, program.source_file, "program")[0].data
    index = next(i for i, r in enumerate(records) if r.get("id") == program.id)
    made, said, refused = changes(report, records[index], index, plan)
    if refused:
        raise MasterplanError(REFUSED, [Problem(body_file.name, answers[f].line if f in answers else 0,
                                                FIELD_BY_ID[f].label, message) for f, message in refused])
    new = edits.apply(text, made, program.source_file)
    _validate(root, program.source_file, new, schemas, today)
    diff = "".join(difflib.unified_diff(text.splitlines(keepends=True), new.splitlines(keepends=True),
                                        f"a/{program.source_file}", f"b/{program.source_file}"))
    reporter = f"dilaporkan oleh {agency_option(plan.agency_by_id[report.opd])}, {shown(report.jabatan)}"
    figure = report.nilai is not None or report.realisasi is not None
    return Applied(program.source_file, [f"{program.id} {program.nama}", reporter, *said,
                                         *([UNVERIFIED] if figure else [])], diff, new)


def _read(body_file: Path, plan: Masterplan, today: datetime.date) -> tuple[Report, dict[str, Answer]]:
    """The report in an issue's body, checked against the plan, and the answers it was read from."""
    body, unreadable = read_text(body_file, body_file.name)
    if unreadable:
        raise MasterplanError(REFUSED, [unreadable])
    answers, problems = read_body(body, body_file.name)
    report, problems = read_report(answers, plan, today, body_file.name) if not problems else (None, problems)
    if report is None:
        raise MasterplanError(REFUSED, problems)
    return report, answers


def _validate(root: Path, path: str, text: str, schemas: schema.Schemas, today: datetime.date) -> None:
    """The whole data set with `path` (data/…) changed to `text`, read on a copy; MasterplanError if invalid."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "project"
        shutil.copytree(root / settings.DATA, copy / settings.DATA, ignore=shutil.ignore_patterns(".*"))
        (copy / path).write_text(text, encoding="utf-8")
        try:
            read_masterplan(copy / settings.DATA, schemas, today)
        except MasterplanError as error:
            raise MasterplanError(INVALID, error.problems) from None


# -- what is printed and written ----------------------------------------------------------------

def summary(applied: Applied) -> str:
    """What changed, as the terminal shows it."""
    return "\n".join([f"Laporan untuk {applied.said[0]} diterapkan ke {applied.path}:",
                      *(f"  - {s}" for s in applied.said[1:])])


def markdown(applied: Applied | None, error: MasterplanError | None) -> str:
    """The outcome for a pull request or a comment: the report's values only inside code blocks."""
    if applied is not None:
        return (f"Laporan diterapkan ke `{applied.path}` dan lolos pemeriksaan data:\n\n"
                f"{_fenced(summary(applied), 'text')}\n\nPerubahan berkas:\n\n{_fenced(applied.diff, 'diff')}\n")
    return ("Laporan ini belum dapat diterapkan; tidak ada data yang diubah. Perbaiki isi issue "
            "(menu ... › Edit), lalu minta pengelola memberi label lagi.\n\n"
            f"{_fenced(str(error), 'text')}\n")


def _fenced(text: str, language: str) -> str:
    """`text` in a fenced code block whose fence no run of backticks inside it can close."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return f"{fence}{language}\n{text.rstrip()}\n{fence}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make apply-report", description=__doc__.splitlines()[0])
    parser.add_argument("body", type=Path)
    parser.add_argument("--summary", type=Path)
    parser.add_argument("--root", type=Path, default=Path("."))
    args = parser.parse_args(argv)
    try:
        applied, error = apply_report(args.body, args.root, settings.today()), None
    except MasterplanError as failure:
        applied, error = None, failure
    if args.summary:
        args.summary.write_text(markdown(applied, error), encoding="utf-8")
    if error is not None:
        print(error, file=sys.stderr)
        return 1
    (args.root / applied.path).write_text(applied.text, encoding="utf-8")
    print(summary(applied) + "\n\n" + applied.diff, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
