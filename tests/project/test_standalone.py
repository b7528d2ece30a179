"""The repository stands alone: no tracked file refers to a path outside the checkout."""

from __future__ import annotations

import re
import subprocess
from pathlib import PurePosixPath

from support import ROOT

#: The drafters' folder beside a checkout, which a clone does not have. The pattern is put together from
#: its parts, so that this file does not itself carry the path it forbids.
BESIDE = "".join(("sha", "red"))
OUTSIDE = re.compile(re.escape("../") + BESIDE)
CODE = ("tests/", "macros/", "bench/", "overrides/")


def tracked_text_files() -> dict[str, str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    files = {}
    for name in listed.decode("utf-8").split("\0"):
        path = ROOT / name
        if not name or not path.is_file():
            continue
        data = path.read_bytes()
        if b"\0" not in data:  # binary files hold NUL bytes
            files[name] = data.decode("utf-8", errors="replace")
    return files


def escapes(name: str, text: str) -> list[str]:
    """Lines of a Python file that climb above the repository root from __file__.

    A file at depth d (tests/x.py: d = 2) reaches the root with parents[d - 1] or d times .parent.
    """
    depth = len(PurePosixPath(name).parts)
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        levels = [int(n) + 1 for n in re.findall(r"\.parents\[(\d+)\]", line)]
        levels += [len(chain) // len(".parent") for chain in
                   re.findall(r"__file__\)(?:\.resolve\(\))?((?:\.parent\b)+)", line)]
        if any(level > depth for level in levels) or re.search(r"\bROOT(\.parent\b|\s*/\s*[\"']\.\.)", line):
            found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_tracked_file_refers_to_the_folder_beside_the_checkout():
    files = tracked_text_files()
    assert "tests/conftest.py" in files and "README.md" in files
    found = [f"{name}:{number}" for name, text in files.items()
             for number, line in enumerate(text.splitlines(), 1) if OUTSIDE.search(line)]
    assert not found, found


def test_no_python_file_climbs_above_the_repository_root():
    code = {name: text for name, text in tracked_text_files().items()  # this file's examples climb on purpose
            if name.startswith(CODE) and name.endswith(".py") and name != "tests/project/test_standalone.py"}
    assert "overrides/hooks/pdf.py" in code  # parents[2] there is the root itself
    found = [line for name, text in code.items() for line in escapes(name, text)]
    assert not found, found


def test_the_climb_check_counts_from_each_file():
    assert escapes("tests/x.py", "ROOT = Path(__file__).resolve().parent.parent") == []
    assert escapes("overrides/hooks/x.py", "root = Path(__file__).resolve().parents[2]") == []
    assert escapes("tests/x.py", 'Path(__file__).resolve().parents[2] / "beside"')
    assert escapes("tests/x.py", "Path(__file__).parent.parent.parent")
    assert escapes("bench/x.py", 'ROOT / ".." / "beside"') and escapes("bench/x.py", "ROOT.parent")


#: Pages every city has as they are (a new city's starter links to them): they take the city from data.
SHARED_PAGES = {f"docs/{name}.md" for name in ("capaian", "evaluasi", "riwayat", "data-terbuka", "aksesibilitas",
                                               "glosarium")}


def test_the_engine_names_no_city():
    """macros/, overrides/, the schemas and the pages every city shares serve any city: what is the
    city's lives in its data and its own chapters."""
    import yaml

    info = yaml.safe_load((ROOT / "data" / "masterplan.yml").read_text(encoding="utf-8"))
    agencies = yaml.safe_load((ROOT / "data" / "opd.yml").read_text(encoding="utf-8"))
    city = {info["kota"].split()[-1], info["provinsi"], "pemkot"}
    code = city | {a["id"] for a in agencies if len(a["id"]) > 4}  # code names no agency either
    engine = {name: text for name, text in tracked_text_files().items()
              if name.startswith(("macros/", "overrides/", "data/schema/")) or name in SHARED_PAGES}
    assert "macros/__init__.py" in engine and "overrides/main.html" in engine and "docs/capaian.md" in engine
    found = [f"{name}: {word}" for name, text in engine.items()
             for word in (code if name.startswith(("macros/", "overrides/")) else city)
             if word.casefold() in text.casefold()]
    assert not found, found
