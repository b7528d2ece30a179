"""`make bench`, its second part: page weight and Lighthouse figures per page type of the real site.

The site is built (strict) and served on loopback gzip-compressed as GitHub Pages serves it
(macros/publish/server.py), then Lighthouse 12 (bench/lighthouse/, installed by `make bench` with
`npm ci`) measures each page type with its defaults: mobile, simulated slow 4G and 4x CPU slowdown.
Runs are one at a time, each round going through every page so that drift in machine speed falls
on all alike; each figure is the median of the runs. The dimension pages are two (a short one and
the longest); the worse of them stands for the type. Results: bench/lighthouse.json and the
targets met or missed, printed. A measurement, not a test: the machine's load moves the figures.

    python bench/lighthouse.py [--runs N] [--reports FOLDER]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from macros.publish.server import served  # noqa: E402  (the project's root, above)
from macros.settings import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

RESULTS = ROOT / "bench" / "lighthouse.json"
LIGHTHOUSE = ROOT / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}

#: Each page type and its pages (site-relative); of several, the worse stands for the type.
PAGE_TYPES = {
    "home": ["/"],
    "chapter": ["/pendahuluan/"],
    "dimension": ["/rencana-pembangunan/living/", "/rencana-pembangunan/governance/"],
    "progress": ["/capaian/"],
    "roadmap": ["/roadmap/"],
    "quick-wins": ["/quick-win/"],
    "open-data": ["/data-terbuka/"],
    "glossary": ["/glosarium/"],
}

#: The targets (issue: performance on every page type): Lighthouse's scores 0-100, TBT in ms.
TARGETS = {"performance": 95, "tbt_ms": 200, "accessibility": 100}

#: The figures taken from each report, keys as in bench/lighthouse.json.
FIGURES = ("performance", "tbt_ms", "lcp_s", "accessibility", "transfer_bytes", "dom_elements")


def figures(report: dict) -> dict:
    """The figures of one Lighthouse JSON report (scores 0-100, TBT in ms, LCP in s, bytes, elements)."""
    audits, categories = report["audits"], report["categories"]
    if any(categories[c]["score"] is None for c in ("performance", "accessibility")):
        raise ValueError(f"Lighthouse gave no score: {report.get('runtimeError') or report.get('runWarnings')}")
    return {
        "performance": round(categories["performance"]["score"] * 100),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "lcp_s": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
        "accessibility": round(categories["accessibility"]["score"] * 100),
        "transfer_bytes": round(audits["total-byte-weight"]["numericValue"]),
        "dom_elements": round(audits["dom-size"]["numericValue"]),
    }


def outside_loopback(report: dict) -> list[str]:
    """The page's requests that left 127.0.0.1 (none may: the site is measured alone)."""
    urls = [item["url"] for item in report["audits"]["network-requests"]["details"]["items"]]
    return [u for u in urls if urllib.parse.urlsplit(u).scheme in ("http", "https", "ws", "wss")
            and urllib.parse.urlsplit(u).hostname != "127.0.0.1"]


def median(runs: list[dict]) -> dict:
    """Each figure's median over the runs (each on its own: not all from the same run)."""
    return {key: round(statistics.median(run[key] for run in runs), 2) for key in FIGURES}


def worse(a: dict, b: dict) -> dict:
    """Of two pages' medians, the one further from the targets: the lower score, then the longer TBT."""
    return min(a, b, key=lambda r: (r["performance"], -r["tbt_ms"]))


def meets(row: dict) -> dict:
    """Each target, met or not."""
    return {"performance": row["performance"] >= TARGETS["performance"], "tbt_ms": row["tbt_ms"] <= TARGETS["tbt_ms"],
            "accessibility": row["accessibility"] >= TARGETS["accessibility"]}


def summarise(measured: dict[str, list[dict]], runs: int) -> list[dict]:
    """Rows of bench/lighthouse.json from each page's reports' figures: per page type, its worse page."""
    rows = []
    for page_type, paths in PAGE_TYPES.items():
        row = None
        for path in paths:
            candidate = {"page": page_type, "url": path, "runs": runs, **median(measured[path])}
            row = candidate if row is None else worse(row, candidate)
        rows.append({**row, "meets": meets(row)})
    return rows


_NAMES = {"performance": "kinerja", "tbt_ms": "TBT", "accessibility": "aksesibilitas"}


def table(rows: list[dict]) -> str:
    head = (f"{'jenis halaman':13} {'kinerja':>7} {'TBT ms':>7} {'LCP s':>6} {'aksesibilitas':>13} {'bobot kB':>9} "
            f"{'elemen DOM':>10}  sasaran")
    lines = [head]
    for r in rows:
        missed = [_NAMES[k] for k, ok in r["meets"].items() if not ok]
        lines.append(f"{r['page']:13} {r['performance']:>7g} {r['tbt_ms']:>7g} {r['lcp_s']:>6.2f} "
                     f"{r['accessibility']:>13g} {r['transfer_bytes'] / 1024:>9.1f} {r['dom_elements']:>10g}  "
                     + ("tercapai" if not missed else "TIDAK: " + ", ".join(missed)))
    return "\n".join(lines)


def lighthouse(url: str, output: Path) -> dict:
    """One Lighthouse run of `url` (mobile, simulated throttling: its defaults); its JSON report."""
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={output}", "--quiet",
               "--only-categories=performance,accessibility", "--no-enable-error-reporting",
               "--chrome-flags=" + " ".join(["--headless=new", *CHROMIUM_ARGS])]
    result = subprocess.run(command, env={**ENV, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True,
                            timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"Lighthouse failed on {url}:\n{result.stdout}{result.stderr}")
    return json.loads(output.read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median reported)")
    parser.add_argument("--reports", type=Path, help="keep each run's Lighthouse JSON report in this folder")
    args = parser.parse_args(argv)
    paths = [path for group in PAGE_TYPES.values() for path in group]
    measured: dict[str, list[dict]] = {path: [] for path in paths}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as folder:
        site, reports = Path(folder) / "site", args.reports or Path(folder) / "reports"
        site.mkdir()
        reports.mkdir(parents=True, exist_ok=True)
        with served(site, compress=True) as base:
            built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                                   cwd=ROOT, env={**ENV, "SITE_URL": base}, capture_output=True, text=True)
            if built.returncode != 0:
                raise SystemExit(f"build failed:\n{built.stdout}{built.stderr}")
            for number in range(1, args.runs + 1):
                for path in paths:
                    name = path.strip("/").replace("/", "-") or "home"
                    report = lighthouse(base + path.lstrip("/"), reports / f"{name}-{number}.json")
                    if leaks := outside_loopback(report):
                        raise SystemExit(f"{path} requested outside loopback: {leaks}")
                    measured[path].append(figures(report))
                print(f"putaran {number}/{args.runs} selesai ({time.perf_counter() - start:.0f} s)", flush=True)
    rows = summarise(measured, args.runs)
    RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print()
    print(table(rows))
    dimension = ", ".join(f"{p} kinerja {m['performance']:g}, TBT {m['tbt_ms']:g} ms"
                          for p in PAGE_TYPES["dimension"] for m in [median(measured[p])])
    print(f"\ndimension: yang lebih buruk dari {dimension}")
    print(f"Lighthouse 12, seluler, 4G lambat dan CPU 4x tersimulasi; median {args.runs} kali per halaman, "
          f"{time.perf_counter() - start:.0f} s. Sasaran: kinerja >= {TARGETS['performance']}, "
          f"TBT <= {TARGETS['tbt_ms']} ms, aksesibilitas {TARGETS['accessibility']}, pada setiap jenis halaman.")
    print(f"Hasil: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
