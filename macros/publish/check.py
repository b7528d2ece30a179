"""`make check`: the contributors' fast check, without building the site.

    python -m macros.publish.check [PROJECT_DIR]

Checks the data (data/*.yml against data/schema/ and the rules across files), every page's
front matter, and every page's Jinja (only registered macros with literal arguments).
Prints every problem and exits 1, or prints a one-line summary and exits 0. Programmes whose data
needs an update are listed too; with MASTERPLAN_RELEASE=true (a release) they make it exit 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import settings
from ..data import schema
from ..data.files import MAX_PAGE_BYTES, links_leaving, read_text
from ..data.frontmatter import read_pages, split_front_matter
from ..data.read import read_masterplan
from ..errors import MasterplanError
from ..plan import staleness
from ..render.staleness import overdue_report
from ..site import language
from ..site.macros import NAMES


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(".")
    leaving = links_leaving(root, settings.PROJECT_FOLDERS)
    if leaving:  # nothing else is read
        print(MasterplanError("Berkas di luar repositori tidak dibaca", leaving), file=sys.stderr)
        return 1
    failures, schemas = [], schema.read(root / settings.SCHEMAS)
    try:
        plan = read_masterplan(root / settings.DATA, schemas)
    except MasterplanError as error:
        failures.append(str(error))
    try:
        pages = read_pages(root / "docs", schemas)
    except MasterplanError as error:
        failures.append(str(error))
    for path in sorted((root / "docs").rglob("*.md")):
        text, unreadable = read_text(path, path.as_posix(), MAX_PAGE_BYTES)
        if unreadable is not None:
            continue  # reported with the front matter
        first_line, markdown = split_front_matter(text)
        found = language.check(markdown, set(NAMES))
        if found:
            failures.append(language.report(path.relative_to(root / "docs").as_posix(), found, first_line))
    if failures:
        print("\n\n".join(failures), file=sys.stderr)
        return 1
    print(f"Data valid: {len(plan.programs)} program, {len(plan.dimensions)} dimensi, "
          f"{len(plan.agencies)} OPD, {len(pages)} halaman.")
    overdue = staleness.overdue(plan, settings.today())
    if overdue:
        print(overdue_report(overdue))
    return 1 if overdue and settings.is_release() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
