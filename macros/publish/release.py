"""`make release VERSION=X.Y` and `make draft`: frozen site versions on the gh-pages branch with mike.

    python -m macros.publish.release X.Y     release X.Y: tag vX.Y, deploy, move `latest`, update the link registry
    python -m macros.publish.release draf    the living draft from the current commit

Runs in the repository root with `mike` and `mkdocs` on PATH. Nothing is pushed: CI (or a
maintainer) pushes gh-pages. Older versions on gh-pages are never rebuilt.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .. import settings
from ..data.read import read_masterplan
from ..errors import MasterplanError
from ..plan import staleness
from ..render.staleness import overdue_report
from . import link_registry

DRAFT = "draf"
LATEST = "latest"


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _problems(version: str) -> list[str]:
    """Why `version` cannot be released from this working tree (empty when it can)."""
    problems = []
    if not re.fullmatch(r"[0-9]+\.[0-9]+", version):
        problems.append(f"versi '{version}' harus berbentuk ANGKA.ANGKA, misalnya 1.0")
    try:
        plan = read_masterplan(settings.DATA)
    except MasterplanError as error:
        return problems + [str(error)]
    declared = plan.info["versi"]
    overdue = staleness.overdue(plan, settings.today())
    if overdue:  # a release publishes the plan's state: it must be current
        problems.append(overdue_report(overdue))
    if declared != version:
        problems.append(f"data/masterplan.yml menyatakan versi {declared}; ubah menjadi \"{version}\" dan commit dulu")
    if _run("git", "status", "--porcelain", "--untracked-files=no").strip():
        problems.append("ada perubahan yang belum di-commit; rilis harus sama persis dengan satu commit")
    tagged = _run("git", "rev-list", "-n", "1", f"v{version}", "--").strip() if _tag_exists(version) else ""
    if tagged and tagged != _run("git", "rev-parse", "HEAD").strip():
        problems.append(f"tag v{version} sudah ada dan menunjuk commit lain; rilis dari commit tag itu")
    return problems


def _tag_exists(version: str) -> bool:
    return bool(_run("git", "tag", "--list", f"v{version}").strip())


def release(version: str) -> None:
    problems = _problems(version)
    if problems:
        raise SystemExit("Rilis dibatalkan:\n" + "\n".join(f"  - {p}" for p in problems))
    tag = f"v{version}"
    if not _tag_exists(version):
        title = read_masterplan(settings.DATA).info["judul"]
        _run("git", "tag", "-a", tag, "-m", f"{title} versi {version}")
    os.environ["MASTERPLAN_RELEASE"] = "true"  # the build mike runs refuses data that needs an update, too
    _run("mike", "deploy", "--update-aliases", version, LATEST)
    _run("mike", "set-default", LATEST)
    registry = link_registry.merged(link_registry.load(settings.PUBLISHED_LINKS), link_registry.published(Path("site")))
    settings.PUBLISHED_LINKS.write_text(link_registry.dump(registry), encoding="utf-8")
    print(f"Versi {version} diterbitkan ke cabang gh-pages (alias {LATEST}); tag {tag}.")
    print(f"Commit {settings.PUBLISHED_LINKS} (tautan terbit versi ini) lalu push main, tag dan gh-pages.")


def draft() -> None:
    _run("mike", "deploy", DRAFT)
    print(f"Draf diterbitkan ke cabang gh-pages sebagai versi {DRAFT}.")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("Pakai: python -m macros.publish.release VERSI | draf", file=sys.stderr)
        return 2
    try:
        draft() if argv[0] == DRAFT else release(argv[0])
    except subprocess.CalledProcessError as error:
        print(f"Perintah gagal: {' '.join(error.cmd)}\n{error.stderr}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
