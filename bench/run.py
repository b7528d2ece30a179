"""`make bench`: what our layer costs, at 1x, 10x and 100x the programmes and at 10x the chapters.

For each case a synthetic masterplan is generated from the real one and built several times
after one warm-up build (median reported). Each build times, inside itself, everything that
runs in the mkdocs-macros plugin (bench/timed_build.py): that is our layer (loading and checking
the data, the pages' macros and furniture, the checks and open data after the build, and
mkdocs-macros' own work); the rest is MkDocs, Material and Pagefind. Builds run as `make` runs
them, with Python's bytecode cache (PYTHONDONTWRITEBYTECODE unset). Results: bench/results.json
and bench/serve.json, and the targets met or missed, printed at the end; then `make check` on the
worst files the limits allow (bench/check_limits.py, bench/check.json).

    python bench/run.py [--repeat N] [--cases 1,10,100,c10]
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
# The tests' support module: one copy of the project's parts and one loopback wait, for `make bench` and the tests.
import check_limits  # noqa: E402  (beside this file)

from support import copy_project, free_port, wait_for  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"
TIMED_BUILD = ROOT / "bench" / "timed_build.py"
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "NO_MKDOCS_2_WARNING": "1",
       "DISABLE_MKDOCS_2_WARNING": "true"}


def scale_programmes(project: Path, factor: int) -> int:
    """Every programme file holds `factor` times its programmes; the originals keep their ids."""
    codes = {d["id"]: d["kode"] for d in yaml.safe_load((project / "data/dimensi.yml").read_text("utf-8"))}
    merged = project / "data/program-digabung.yml"
    retired = [m["id"] for m in yaml.safe_load(merged.read_text("utf-8")) or []] if merged.exists() else []
    total = 0
    for path in sorted((project / "data/program").glob("*.yml")):
        originals = yaml.safe_load(path.read_text("utf-8"))
        used = [r["id"] for r in originals] + [i for i in retired if i.startswith(codes[path.stem] + "-")]
        records, number = list(originals), max(int(i.split("-")[1]) for i in used)  # copies after every used id
        for copy_number in range(1, factor):
            for record in originals:
                number += 1
                # each record its own values: shared ones would be written as YAML aliases, which data refuses
                records.append({**copy.deepcopy(record), "id": f"{codes[path.stem]}-{number:02d}",
                                "nama": f"{record['nama']} (salinan {copy_number})"})
        path.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), encoding="utf-8")
        total += len(records)
    return total


def scale_chapters(project: Path, factor: int) -> None:
    """Every chapter outside Bab V stands `factor` times in the navigation."""
    nav = ["  - Salinan bab:"]
    for path in sorted((project / "docs").glob("*.md")):
        if not re.search(r"^bab: ", path.read_text("utf-8"), flags=re.MULTILINE):
            continue
        for copy_number in range(1, factor):
            name = f"{path.stem}-salinan-{copy_number}.md"
            shutil.copy(path, path.parent / name)
            nav.append(f"      - {name}")
    with open(project / "mkdocs.yml", "a", encoding="utf-8") as config:
        config.write("\n".join(nav) + "\n")


def build(project: Path) -> dict:
    """One strict build: build_s and layer_s (bench/timed_build.py), and the peak resident MiB of the build."""
    log = project.parent / "build.log"  # a file, not a pipe: a pipe left full would stop the build
    with open(log, "w+", encoding="utf-8") as output:
        process = subprocess.Popen([sys.executable, str(TIMED_BUILD), str(project)], env=ENV,
                                   stdout=output, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)  # wait4: the child's own peak memory
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        printed = output.read()
    if process.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{printed}")
    return {**json.loads(printed.strip().splitlines()[-1]), "peak_mib": usage.ru_maxrss / 1024}


def measure(case: dict, repeat: int, work: Path) -> dict:
    """The case's results, keys as in bench/results.json."""
    project = copy_project(work / f"{case['series']}-{case['scale']}" / "situs")
    programmes = scale_programmes(project, case["scale"] if case["series"] == "programmes" else 1)
    if case["series"] == "chapters":
        scale_chapters(project, case["scale"])
    build(project)  # warm-up: bytecode and disk caches, as for any build but the first
    pages = sum(1 for _ in (project / "site").rglob("index.html"))
    runs = [build(project) for _ in range(repeat)]
    build_s = statistics.median(r["build_s"] for r in runs)
    layer_s = statistics.median(r["layer_s"] for r in runs)
    return {
        "scale": case["scale"], "series": case["series"], "programmes": programmes, "pages": pages,
        "build_s": round(build_s, 2), "layer_s": round(layer_s, 2),
        "layer_share": round(statistics.median(r["layer_s"] / r["build_s"] for r in runs), 3),
        "peak_mib": round(max(r["peak_mib"] for r in runs), 1),
        "per_1000_programmes_s": round(build_s / programmes * 1000, 2),
    }


_BUILT_IN = re.compile(r"Documentation built in ([0-9.]+) seconds")


def serve_rebuild(work: Path, edits: int = 5) -> dict:
    """One-line YAML edits under `mkdocs serve`, against builds of the real site (medians of `edits`).

    Each edit is made under a newly started server, after one build of the same project run
    while the server waits, so that drift in machine speed falls on both alike. `latency_s`: from
    the edit to the changed page being served (includes MkDocs' file watcher, which polls every
    0.5 s and waits 0.1 s for edits to settle). `rebuild_s` and `build_s`: the durations MkDocs
    itself reports ("Documentation built in") for the rebuild and for a build. MkDocs never logs
    the same line twice, so one rebuild per server: its line is missing only when it repeats the
    server's first build's, which then gives its duration.
    """
    project = copy_project(work / "serve" / "situs")
    builds, rebuilds, latencies = [], [], []
    path = project / "data/program/governance.yml"
    name = yaml.safe_load(path.read_text("utf-8"))[0]["nama"]  # the first programme's name, on its page
    for number in range(1, edits + 1):
        port = free_port()
        url = f"http://127.0.0.1:{port}/rencana-pembangunan/governance/"
        env = {**ENV, "SITE_URL": f"http://127.0.0.1:{port}/"}
        log = work / "serve.log"
        with open(log, "w", encoding="utf-8") as server_log:
            server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                      cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=server_log)
        try:
            wait_for(url, name, 120)
            built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir",
                                    str(work / "serve" / "build")], cwd=project, env=ENV, capture_output=True,
                                   text=True, check=True)
            builds.append(float(_BUILT_IN.findall(built.stderr)[-1]))
            new = f"Program Baru {number}"
            path.write_text(path.read_text("utf-8").replace(name, new), encoding="utf-8")
            start = time.perf_counter()
            wait_for(url, new, 120)
            latencies.append(time.perf_counter() - start)
            name = new
        finally:
            server.terminate()
            server.wait(timeout=30)
        rebuilds.append(float(_BUILT_IN.findall(log.read_text(encoding="utf-8"))[-1]))
    return {"latency_s": round(statistics.median(latencies), 2), "rebuild_s": statistics.median(rebuilds),
            "build_s": statistics.median(builds)}


def table(results: list[dict]) -> str:
    head = (f"{'seri':10} {'skala':>5} {'program':>7} {'halaman':>7} {'build s':>8} {'lapisan s':>9} "
            f"{'porsi':>6} {'puncak MiB':>10} {'s/1000 program':>14}")
    rows = [f"{r['series']:10} {r['scale']:>4}x {r['programmes']:>7} {r['pages']:>7} {r['build_s']:>8.2f} "
            f"{r['layer_s']:>9.2f} {r['layer_share']:>6.1%} {r['peak_mib']:>10.1f} {r['per_1000_programmes_s']:>14.2f}"
            for r in results]
    return "\n".join([head, *rows])


#: The targets `make bench` reports on (issue 12): layer at 100x, growth from 10x to 100x, memory, serve.
TARGETS = {"layer_share_100x": 0.10, "per_1000_ratio_100x_10x": 1.1, "peak_mib_100x": 1024,
           "serve_rebuild_ratio": 1.1}


def verdicts(results: list[dict], rebuild: dict) -> list[str]:
    """Each target with what was measured, met or not."""
    by = {(r["series"], r["scale"]): r for r in results}
    lines = []
    if ("programmes", 100) in by:
        big = by["programmes", 100]
        lines.append(_verdict("porsi lapisan pada 100x", big["layer_share"], TARGETS["layer_share_100x"], "{:.1%}"))
        lines.append(_verdict("memori puncak pada 100x (MiB)", big["peak_mib"], TARGETS["peak_mib_100x"], "{:.0f}"))
        if ("programmes", 10) in by:
            ratio = big["per_1000_programmes_s"] / by["programmes", 10]["per_1000_programmes_s"]
            lines.append(_verdict("biaya per 1.000 program, 100x dibanding 10x", ratio,
                                  TARGETS["per_1000_ratio_100x_10x"], "{:.2f}x"))
    ratio = rebuild["rebuild_s"] / rebuild["build_s"]
    lines.append(_verdict("build ulang serve dibanding build biasa", ratio, TARGETS["serve_rebuild_ratio"], "{:.2f}x"))
    return lines


def _verdict(name: str, value: float, limit: float, shown: str) -> str:
    return f"{'TERCAPAI' if value <= limit else 'TIDAK   '} {name}: {shown.format(value)} (batas {shown.format(limit)})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per case (4 more at 1x)")
    parser.add_argument("--cases", default="1,10,100,c10")
    args = parser.parse_args(argv)
    cases = [{"series": "chapters", "scale": int(c[1:])} if c.startswith("c") else
             {"series": "programmes", "scale": int(c)} for c in args.cases.split(",")]
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        for case in cases:
            # where a build is short, the layer's share is most sensitive to noise
            repeat = args.repeat + 4 if case["scale"] == 1 else args.repeat
            results.append(measure(case, repeat, Path(folder)))
            print(table(results[-1:]).splitlines()[1], flush=True)
        rebuild = serve_rebuild(Path(folder))
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (ROOT / "bench" / "serve.json").write_text(json.dumps(rebuild, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(results))
    print(f"\nmkdocs serve, suntingan satu baris YAML (median 5 kali): build ulang {rebuild['rebuild_s']:.2f} s "
          f"(build situs nyata: {rebuild['build_s']:.2f} s, menurut MkDocs); dari suntingan sampai halaman "
          f"baru tersaji {rebuild['latency_s']:.2f} s, termasuk pemantau berkas MkDocs (jeda 0,5 + 0,1 s)\n")
    print("\n".join(verdicts(results, rebuild)))
    checks = check_limits.run(repeat=3)
    check_limits.RESULTS.write_text(json.dumps(checks, indent=2) + "\n", encoding="utf-8")
    print("\n".join(check_limits.verdicts(checks)))
    print(f"Hasil: {RESULTS.relative_to(ROOT)}, bench/serve.json, bench/check.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
