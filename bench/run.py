"""`make bench`: what our layer costs, at 1x, 10x and 100x the programmes and at 10x the chapters.

For each case a synthetic masterplan is generated from the real one and built several times
(median reported). The same site is then built with the macro output pre-rendered to plain
Markdown and the macros plugin removed, its runs interleaved with the full site's after one
warm-up build of each (of the full site only at 100x, to stay within ten minutes): the
difference is the cost of our layer (loading, validation, macros, page furniture, exports and
the published-links check). Search indexing
(Pagefind, overrides/hooks/pencarian.py) runs on both sides. Results go to bench/results.json.

The timed builds find the build cache (macros/cache.py) filled by the warm-up, as a preview
after an edit of one page does. At 1x and 10x the layer is also measured without it
(MASTERPLAN_NO_CACHE=1: everything read, checked and compiled again, as after a data edit or on
a fresh machine): bench/tanpa-cache.json. Builds run as `make` runs them, with Python's
bytecode cache (PYTHONDONTWRITEBYTECODE unset).

    python bench/run.py [--repeat N] [--cases 1,10,100,c10]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")
RESULTS = ROOT / "bench" / "results.json"
COLD_RESULTS = ROOT / "bench" / "tanpa-cache.json"
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "NO_MKDOCS_2_WARNING": "1"}
NO_CACHE = {"MASTERPLAN_NO_CACHE": "1"}


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True)
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / part)
    return target


class FullDumper(yaml.SafeDumper):
    """Writes a value that occurs twice in full each time: the data loader refuses YAML aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def scale_programmes(project: Path, factor: int) -> int:
    """Every programme file holds `factor` times its programmes; the originals keep their ids."""
    codes = {d["id"]: d["kode"] for d in yaml.safe_load((project / "data/dimensi.yml").read_text("utf-8"))}
    total = 0
    for path in sorted((project / "data/program").glob("*.yml")):
        originals = yaml.safe_load(path.read_text("utf-8"))
        records, number = list(originals), len(originals)
        for copy in range(1, factor):
            for record in originals:
                number += 1
                records.append({**record, "id": f"{codes[path.stem]}-{number:02d}",
                                "nama": f"{record['nama']} (salinan {copy})"})
        text = yaml.dump(records, Dumper=FullDumper, allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
        total += len(records)
    return total


def scale_chapters(project: Path, factor: int) -> None:
    """Every chapter outside Bab V stands `factor` times in the navigation."""
    nav = ["  - Salinan bab:"]
    for path in sorted((project / "docs").glob("*.md")):
        if not re.search(r"^bab: ", path.read_text("utf-8"), flags=re.MULTILINE):
            continue
        for copy in range(1, factor):
            name = f"{path.stem}-salinan-{copy}.md"
            shutil.copy(path, path.parent / name)
            nav.append(f"      - {name}")
    with open(project / "mkdocs.yml", "a", encoding="utf-8") as config:
        config.write("\n".join(nav) + "\n")


def without_layer(project: Path, prerendered: Path) -> Path:
    """The same site with the macro output as plain Markdown and no macros plugin."""
    plain = project.parent / "tanpa-lapisan"
    shutil.copytree(project, plain, ignore=shutil.ignore_patterns("site"))
    shutil.rmtree(plain / "docs")
    shutil.copytree(prerendered, plain / "docs")
    for asset in (project / "docs" / "assets").rglob("*"):
        if asset.is_file():
            target = plain / "docs" / asset.relative_to(project / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(asset, target)
    config = (plain / "mkdocs.yml").read_text("utf-8")
    config = re.sub(r"  - macros:\n(?:      .*\n)+", "", config)
    (plain / "mkdocs.yml").write_text(config, encoding="utf-8")
    for page in (plain / "docs").rglob("*.md"):  # as with the layer: Material's lunr index left empty
        text = page.read_text("utf-8")
        page.write_text(text.replace("\n---\n", "\nsearch:\n  exclude: true\n---\n", 1), encoding="utf-8")
    return plain


def build(project: Path, extra_env: dict | None = None) -> tuple[float, float]:
    """One strict build: (wall seconds, peak resident MiB of the build and its children)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
                               cwd=project, env={**ENV, **(extra_env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)  # wait4: the child's own peak memory
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode()
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{errors}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def measure(case: dict, repeat: int, work: Path, cold: bool = False) -> tuple[dict, dict | None]:
    """The case's results (keys as in bench/results.json) and, if `cold`, its layer without the build cache."""
    project = copy_project(work / f"{case['series']}-{case['scale']}" / "situs")
    programmes = scale_programmes(project, case["scale"] if case["series"] == "programmes" else 1)
    if case["series"] == "chapters":
        scale_chapters(project, case["scale"])
    prerendered = project.parent / "prarender"
    build(project, {"MASTERPLAN_PRERENDER": str(prerendered)})  # warm-up, and the pre-rendered pages
    pages = sum(1 for _ in (project / "site").rglob("index.html"))
    plain = without_layer(project, prerendered)
    if case["scale"] < 100:  # at 100x the full site's warm-up has warmed all the plain one reads
        build(plain)  # warm-up
    runs, plain_runs, cold_runs = [], [], []
    for _ in range(repeat):  # interleaved, so drift in machine speed falls on both sides alike
        runs.append(build(project))
        plain_runs.append(build(plain)[0])
        if cold:
            cold_runs.append(build(project, NO_CACHE)[0])
    build_s, plain_s = statistics.median(r[0] for r in runs), statistics.median(plain_runs)
    layer_s = max(0.0, build_s - plain_s)
    result = {
        "scale": case["scale"], "series": case["series"], "programmes": programmes, "pages": pages,
        "build_s": round(build_s, 2), "layer_s": round(layer_s, 2), "layer_share": round(layer_s / build_s, 3),
        "peak_mib": round(max(r[1] for r in runs), 1),
        "per_1000_programmes_s": round(build_s / programmes * 1000, 2),
    }
    if not cold:
        return result, None
    cold_s = statistics.median(cold_runs)
    cold_layer = max(0.0, cold_s - plain_s)
    return result, {"scale": case["scale"], "series": case["series"], "build_s": round(cold_s, 2),
                    "layer_s": round(cold_layer, 2), "layer_share": round(cold_layer / cold_s, 3)}


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
    name, path = "Pengembangan Aplikasi MY KOPAY", project / "data/program/governance.yml"
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
            new = f"Aplikasi MY KOPAY Baru {number}"
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


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, text: str, seconds: float = 60) -> str:
    """Poll `url` until its page contains `text`; return the page (also used by tests/test_serve.py)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body = response.read().decode("utf-8")
                if text in body:
                    return body
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{text!r} not served at {url} within {seconds}s")


def table(results: list[dict]) -> str:
    head = (f"{'seri':10} {'skala':>5} {'program':>7} {'halaman':>7} {'build s':>8} {'lapisan s':>9} "
            f"{'porsi':>6} {'puncak MiB':>10} {'s/1000 program':>14}")
    rows = [f"{r['series']:10} {r['scale']:>4}x {r['programmes']:>7} {r['pages']:>7} {r['build_s']:>8.2f} "
            f"{r['layer_s']:>9.2f} {r['layer_share']:>6.1%} {r['peak_mib']:>10.1f} {r['per_1000_programmes_s']:>14.2f}"
            for r in results]
    return "\n".join([head, *rows])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per case (4 more at 1x, 3 at 100x)")
    parser.add_argument("--cases", default="1,10,100,c10")
    args = parser.parse_args(argv)
    cases = [{"series": "chapters", "scale": int(c[1:])} if c.startswith("c") else
             {"series": "programmes", "scale": int(c)} for c in args.cases.split(",")]
    results, cold = [], []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        for case in cases:
            if case["scale"] >= 100:
                repeat = min(args.repeat, 3)
            elif case["scale"] == 1:  # where a build is short, the layer's share is most sensitive to noise
                repeat = args.repeat + 4
            else:
                repeat = args.repeat
            result, without_cache = measure(case, repeat, Path(folder),
                                            cold=case["series"] == "programmes" and case["scale"] <= 10)
            results.append(result)
            cold += [without_cache] if without_cache else []
            print(table(results[-1:]).splitlines()[1], flush=True)
        rebuild = serve_rebuild(Path(folder))
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    COLD_RESULTS.write_text(json.dumps(cold, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(results))
    for c in cold:
        print(f"tanpa cache build, {c['series']} {c['scale']}x: build {c['build_s']:.2f} s, "
              f"lapisan {c['layer_s']:.2f} s ({c['layer_share']:.1%})")
    print(f"\nmkdocs serve, suntingan satu baris YAML (median 5 kali): build ulang {rebuild['rebuild_s']:.2f} s "
          f"(build situs nyata: {rebuild['build_s']:.2f} s, menurut MkDocs); dari suntingan sampai halaman "
          f"baru tersaji {rebuild['latency_s']:.2f} s, termasuk pemantau berkas MkDocs (jeda 0,5 + 0,1 s)")
    (ROOT / "bench" / "serve.json").write_text(json.dumps(rebuild, indent=2) + "\n", encoding="utf-8")
    print(f"Hasil: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
