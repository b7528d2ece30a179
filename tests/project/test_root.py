"""The repository's root holds only what a docs-as-code project of this kind keeps there.

A stray file at the root (a draft of a data file, a tool's leftover) is easy to miss in review and
easy to take for the real thing: data lives in data/, chapters in docs/, the engine in macros/.
"""

from __future__ import annotations

import re
import subprocess

from support import ROOT

#: Files a project like this keeps at its root: its description, licence, citation, configuration, locks.
FILES = re.compile(r"(README\.md|CONTRIBUTING\.md|CHANGELOG\.md|SECURITY\.md|LICENSE(\.\w+)?|CITATION\.cff|Makefile"
                   r"|mkdocs\.yml|pyproject\.toml|requirements(-[a-z]+)?\.txt|copier\.ya?ml"
                   r"|\.gitignore|\.gitattributes|\.pre-commit-config\.yaml|\.editorconfig|\.copier-answers\.yml)")
#: Its folders, as the README's "Isi repositori" lists them.
FOLDERS = {"docs", "data", "macros", "overrides", "tests", "bench", ".ci", ".github", ".vscode", ".kota-baru"}


def root_entries() -> tuple[set[str], set[str]]:
    """The files and the folders git tracks at the root."""
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode()
    paths = [name for name in names.split("\0") if name]
    return {p for p in paths if "/" not in p}, {p.split("/")[0] for p in paths if "/" in p}


def test_the_root_holds_only_the_project_files():
    files, folders = root_entries()
    assert {"README.md", "mkdocs.yml", "Makefile"} <= files and {"docs", "data", "macros"} <= folders
    assert not [name for name in files if not FILES.fullmatch(name)]
    assert folders <= FOLDERS, folders - FOLDERS


def test_a_stray_file_would_be_noticed():
    assert not FILES.fullmatch("risiko.yml") and not FILES.fullmatch("indikator-utama.yml")
    assert not FILES.fullmatch("notes.txt") and FILES.fullmatch("requirements-test.txt")
