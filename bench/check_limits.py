"""How long `make check` takes on the worst files the limits allow: each must answer within a second.

Each case is the real project with one file replaced by a hostile or huge one at a limit (values per
file, keys per mapping, problems, page size, Jinja constructs per page, the 100x benchmark's largest
programme file). `make check` runs as contributors run it, a fresh process; the median of a few runs
is reported.

    python bench/check_limits.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from macros.data.files import MAX_PAGE_BYTES  # noqa: E402
from macros.data.parse import MAX_KEYS, MAX_VALUES  # noqa: E402
from macros.site.language import MAX_CONSTRUCTS  # noqa: E402
from support import copy_project  # noqa: E402

RESULTS = ROOT / "bench" / "check.json"
#: The target: `make check` answers within a second (issue 20).
LIMIT_S = 1.0
PROGRAMMES = Path("data/program/governance.yml")
PAGE = Path("docs/tentang.md")


def _values(project: Path) -> None:  # a list one value longer than a file may hold
    (project / PROGRAMMES).write_text("- 1\n" * MAX_VALUES, encoding="utf-8")


def _wrong_records(project: Path) -> None:  # records each wrong three ways, as many as the values allow
    records = MAX_VALUES // 10
    (project / PROGRAMMES).write_text("".join(f"- {{id: GOV-{i % 100:02d}, opd: opd-{i}, dimensi: governance, "
                                              f"elemen: e{i}}}\n" for i in range(records)), encoding="utf-8")


def _keys(project: Path) -> None:  # mappings of as many unknown keys as a mapping may hold
    mapping = "".join(f"  kolom{i}: 1\n" for i in range(MAX_KEYS - 1))
    (project / PROGRAMMES).write_text(f"- id: GOV-01\n{mapping}" * (MAX_VALUES // (2 * MAX_KEYS + 1)), encoding="utf-8")


def _page(project: Path) -> None:  # a page of the largest size, its heading followed by spaces
    text = (project / PAGE).read_text(encoding="utf-8").replace("\n# ", "\n# Judul" + " " * MAX_PAGE_BYTES, 1)
    (project / PAGE).write_text(text[:MAX_PAGE_BYTES - 10] + "x\n", encoding="utf-8")


def _constructs(project: Path) -> None:  # a page of as many refused Jinja constructs as a page may open
    with open(project / PAGE, "a", encoding="utf-8") as page:
        page.write("{{ x }}\n" * (MAX_CONSTRUCTS - 5))


def _benchmark_file(project: Path) -> None:  # the 100x benchmark's largest programme file, valid
    from run import scale_programmes
    scale_programmes(project, 100)
    for path in sorted((project / "data/program").glob("*.yml")):
        if path.name != PROGRAMMES.name:
            (project / path.relative_to(project)).write_text((ROOT / path.relative_to(project)).read_text("utf-8"),
                                                             encoding="utf-8")


CASES: dict[str, Callable[[Path], None]] = {
    "nilai per berkas": _values, "catatan salah": _wrong_records, "kolom per pasangan": _keys,
    "halaman terbesar": _page, "konstruksi Jinja": _constructs, "berkas program 100x": _benchmark_file,
}


def measure(name: str, make: Callable[[Path], None], repeat: int, work: Path) -> dict:
    project = copy_project(work / name.replace(" ", "-"))
    make(project)
    command = [sys.executable, "-m", "macros.publish.check", str(project)]
    times, size = [], max(p.stat().st_size for p in (project / PROGRAMMES, project / PAGE))
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
    return {"case": name, "check_s": round(statistics.median(times), 2), "exit": result.returncode,
            "largest_file_kb": size // 1024}


def run(repeat: int) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="bench-check-") as folder:
        return [measure(name, make, repeat, Path(folder)) for name, make in CASES.items()]


def verdicts(results: list[dict]) -> list[str]:
    return [f"{'TERCAPAI' if r['check_s'] <= LIMIT_S else 'TIDAK   '} make check, {r['case']} "
            f"({r['largest_file_kb']} kB): {r['check_s']:.2f} s (batas {LIMIT_S:.2f} s)" for r in results]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    results = run(parser.parse_args(argv).repeat)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\n".join(verdicts(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
