"""The monthly reminders: one issue per lead agency listing its programmes that need an update.

    python -m macros.monitor.reminders [--issues FILE] [--actions FOLDER]   (make reminders)

What needs an update, and why, is plan/staleness.py's and its words render/staleness.py's. This
module decides, per agency, what the workflow (.github/workflows/pengingat.yml) does with the open
reminder issues it is given (`--issues`, the JSON `gh issue list --json number,body` prints): open
one, update it, or close it when nothing is left. Without `--issues` it assumes none is open. It
prints the decisions in Indonesian; with `--actions` it also writes them for the workflow, as
`actions.json` and one Markdown file per issue body or comment. It needs no token and no network.
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import settings
from ..data import schema
from ..data.model import Agency, Masterplan
from ..data.read import read_masterplan
from ..errors import MasterplanError
from ..plan import permalinks, staleness
from ..plan.staleness import Overdue
from ..render.escape import md_text
from ..render.programs import report_form_url, report_link
from ..render.staleness import reasons_text
from . import codeowners

LABEL = "pengingat-data"
MARKER = "<!-- pengingat:opd={} -->"
_MARKER = re.compile(r"<!-- pengingat:opd=([a-z0-9-]+) -->")


@dataclass(frozen=True)
class Addresses:
    """Where readers and agencies go: the published site, and the repository (from mkdocs.yml)."""

    site: str  # e.g. https://o.github.io/r/
    repository: str  # e.g. https://github.com/o/r


@dataclass(frozen=True)
class Reminder:
    """What one lead agency is told: its programmes that need an update, and whom to mention."""

    agency: Agency
    overdue: tuple[Overdue, ...]
    reviewers: tuple[str, ...]  # CODEOWNERS owners of the files that hold those programmes


@dataclass(frozen=True)
class Action:
    """What the workflow does with one agency's issue: open, update, close, or nothing."""

    kind: str  # buka | perbarui | tutup
    agency: str
    number: int | None = None  # the open issue, when there is one
    title: str = ""
    text: str = ""  # the issue's body (buka, perbarui) or the closing comment (tutup)


def reminders(plan: Masterplan, overdue: list[Overdue], rules: list) -> list[Reminder]:
    """One reminder per lead agency with programmes that need an update, in data/opd.yml's order."""
    found = []
    for agency in plan.agencies:
        mine = tuple(o for o in overdue if o.program.opd == agency.id)
        if mine:
            files = sorted({o.program.source_file for o in mine})
            who = tuple(dict.fromkeys(owner for f in files for owner in codeowners.owners(rules, f)))
            found.append(Reminder(agency, mine, who))
    return found


def title(agency: Agency) -> str:
    """The issue's title, plain text (GitHub shows titles as they are)."""
    return "Pengingat data program: " + " ".join(agency.singkatan.split())


def body(reminder: Reminder, addresses: Addresses, months: int) -> str:
    """The issue's Markdown: every programme with why, its page, its data lines and the report form."""
    agency = reminder.agency
    lines = [MARKER.format(agency.id),
             f"Data program berikut, dengan {_plain(agency.nama)} sebagai OPD pelaksana, perlu diperbarui: statusnya "
             f"masih *rencana* padahal tahun mulainya sudah lewat, atau datanya tidak ditinjau lebih dari {months} "
             "bulan. Laporkan keadaannya lewat formulir, atau ubah datanya langsung (lihat CONTRIBUTING.md, "
             "bagian Melaporkan capaian program). Issue ini diperbarui setiap bulan dan ditutup sendiri bila "
             "tidak ada lagi yang perlu diperbarui.", ""]
    lines += [_item(o, addresses) for o in reminder.overdue]
    if reminder.reviewers:
        lines += ["", "Peninjau data: " + " ".join(reminder.reviewers)]
    else:
        lines += ["", "Belum ada peninjau untuk berkas data ini di `.github/CODEOWNERS`: tambahkan tim OPD atau "
                      "badan perencanaan daerah sebagai pemilik `data/program/` agar mereka disebut di sini."]
    return "\n".join(lines) + "\n"


def _item(overdue: Overdue, addresses: Addresses) -> str:
    p = overdue.program
    page = posixpath.splitext(permalinks.detail_page(p))[0] + "/"
    data = f"{addresses.repository}/blob/main/{p.source_file}#L{p.source_line}-L{p.source_end}"
    form = report_link(report_form_url(addresses.repository), p)
    return (f"- [{p.id}]({addresses.site}{page}#{p.anchor}) {_plain(p.nama)}: "
            f"{_plain('; '.join(reasons_text(overdue.reasons)))}. [Data, baris {p.source_line}–{p.source_end}]({data}) "
            f"· [Laporkan lewat formulir]({form})")


def _plain(text: str) -> str:
    """A value from data as issue text: escaped Markdown that cannot mention anyone (@) or link an issue (#12)."""
    return re.sub(r"([@#])(?=\w)", "\\1\u200b", md_text(text))


def actions(found: list[Reminder], open_issues: list[dict], addresses: Addresses, months: int) -> list[Action]:
    """What to do with each agency's issue: update the open one or open one; close those with nothing left."""
    existing: dict[str, int] = {}
    for issue in open_issues:
        match = _MARKER.search(issue.get("body") or "")
        if match:
            existing.setdefault(match.group(1), issue["number"])
    todo = []
    for reminder in found:
        number = existing.pop(reminder.agency.id, None)
        todo.append(Action("perbarui" if number else "buka", reminder.agency.id, number, title(reminder.agency),
                           body(reminder, addresses, months)))
    todo += [Action("tutup", agency, number, text="Tidak ada lagi program OPD ini yang perlu diperbarui. Terima kasih.")
             for agency, number in existing.items()]
    return todo


def addresses(root: Path) -> Addresses:
    """site_url and repo_url of mkdocs.yml, read as lines (the file holds tags only MkDocs resolves);
    `!ENV [NAME, default]` as MkDocs reads it: the variable if set, else the default."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")

    def value(key: str) -> str:
        match = re.search(rf"^{key}:(.*)$", text, flags=re.MULTILINE)
        found = match.group(1).strip(" \t") if match else ""
        if found.startswith("!ENV"):
            *names, default = yaml.safe_load(found.removeprefix("!ENV"))
            return next((os.environ[n] for n in names if os.environ.get(n)), default)
        return found.strip("'\"")

    return Addresses(value("site_url").rstrip("/") + "/", value("repo_url").rstrip("/"))


def plan_actions(root: Path, open_issues: list[dict]) -> list[Action]:
    plan = read_masterplan(root / settings.DATA, schema.read(root / settings.SCHEMAS))
    rules = codeowners.read(_text(root / codeowners.FILE))
    found = reminders(plan, staleness.overdue(plan, settings.today()), rules)
    return actions(found, open_issues, addresses(root), staleness.review_limit(plan))


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def write(todo: list[Action], folder: Path) -> None:
    """actions.json and one Markdown file per text, for the workflow to pass to `gh` as files."""
    folder.mkdir(parents=True, exist_ok=True)
    listed = []
    for i, action in enumerate(todo):
        text_file = folder / f"{i:03d}-{action.agency}.md"
        text_file.write_text(action.text, encoding="utf-8")
        listed.append({"kind": action.kind, "agency": action.agency, "number": action.number,
                       "title": action.title, "file": str(text_file)})
    (folder / "actions.json").write_text(json.dumps(listed, ensure_ascii=False, indent=2), encoding="utf-8")


def describe(todo: list[Action]) -> str:
    """The decisions, one agency each, in Indonesian."""
    if not todo:
        return "Tidak ada pengingat: tidak ada program yang perlu diperbarui dan tidak ada issue pengingat terbuka."
    words = {"buka": "buka issue baru", "perbarui": "perbarui issue #{n}", "tutup": "tutup issue #{n}"}
    lines = []
    for action in todo:
        lines.append(f"{action.agency}: {words[action.kind].format(n=action.number)}")
        if action.kind != "tutup":
            lines += ["    " + line for line in action.text.splitlines()[2:] if line.startswith("- ")]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="make reminders", description="Pengingat bulanan per OPD pelaksana.")
    parser.add_argument("--issues", type=Path, help="JSON issue pengingat yang terbuka (gh issue list --json)")
    parser.add_argument("--actions", type=Path, help="folder untuk actions.json dan isi setiap issue")
    parser.add_argument("--root", type=Path, default=Path("."))
    args = parser.parse_args(argv)
    try:
        todo = plan_actions(args.root, json.loads(args.issues.read_text(encoding="utf-8")) if args.issues else [])
    except MasterplanError as error:
        print(error, file=sys.stderr)
        return 1
    print(describe(todo))
    if args.actions:
        write(todo, args.actions)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
