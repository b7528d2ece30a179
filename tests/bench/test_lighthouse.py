"""The Lighthouse part of `make bench` (bench/lighthouse.py): figures out of a report, medians, targets.

Lighthouse itself never runs here: its reports are fabricated, with only the fields the bench reads.
"""

from __future__ import annotations

import json
import sys

import pytest

from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import lighthouse as bench  # bench/lighthouse.py is a script, not a package


def report(performance=0.77, tbt=871.6, lcp=1226.9, accessibility=1, weight=86720, dom=1629,
           urls=("http://127.0.0.1:8000/", "data:image/svg+xml;base64,AA")) -> dict:
    """A Lighthouse 12 JSON report as far as the bench reads it."""
    return {
        "categories": {"performance": {"score": performance}, "accessibility": {"score": accessibility}},
        "audits": {
            "total-blocking-time": {"numericValue": tbt},
            "largest-contentful-paint": {"numericValue": lcp},
            "total-byte-weight": {"numericValue": weight},
            "dom-size": {"numericValue": dom},
            "network-requests": {"details": {"items": [{"url": u} for u in urls]}},
        },
    }


def test_figures_are_taken_from_the_report_in_the_bench_units():
    assert bench.figures(report()) == {"performance": 77, "tbt_ms": 872, "lcp_s": 1.23, "accessibility": 100,
                                       "transfer_bytes": 86720, "dom_elements": 1629}


def test_a_report_without_a_score_is_an_error_not_a_zero():
    with pytest.raises(ValueError, match="no score"):
        bench.figures(report(performance=None))


def test_requests_outside_loopback_are_named():
    assert bench.outside_loopback(report()) == []
    assert bench.outside_loopback(report(urls=("http://127.0.0.1:8000/", "https://fonts.gstatic.com/a.woff2"))) == [
        "https://fonts.gstatic.com/a.woff2"]


def test_each_figure_is_the_median_of_its_own_runs():
    runs = [bench.figures(report(performance=p, tbt=t)) for p, t in ((0.70, 900), (0.99, 100), (0.80, 300))]
    middle = bench.median(runs)
    assert (middle["performance"], middle["tbt_ms"]) == (80, 300)
    assert bench.median(runs[:2])["tbt_ms"] == 500  # an even number of runs: the mean of the middle two


def test_the_worse_page_stands_for_its_type_and_targets_are_checked():
    good = bench.figures(report(performance=0.97, tbt=150))
    measured = {path: [good] for paths in bench.PAGE_TYPES.values() for path in paths}
    measured["/rencana-pembangunan/governance/"] = [bench.figures(report(performance=0.77, tbt=870))]
    rows = bench.summarise(measured, runs=1)
    assert [r["page"] for r in rows] == list(bench.PAGE_TYPES)
    by = {r["page"]: r for r in rows}
    assert by["dimension"]["url"] == "/rencana-pembangunan/governance/"
    assert by["dimension"]["meets"] == {"performance": False, "tbt_ms": False, "accessibility": True}
    assert by["home"]["meets"] == {"performance": True, "tbt_ms": True, "accessibility": True}
    # at the limits: met; one point or millisecond beyond: not
    assert all(bench.meets({"performance": 95, "tbt_ms": 200, "accessibility": 100}).values())
    assert bench.meets({"performance": 94, "tbt_ms": 201, "accessibility": 99}) == {
        "performance": False, "tbt_ms": False, "accessibility": False}
    # same score: the longer blocking time is the worse
    assert bench.worse({"performance": 90, "tbt_ms": 100}, {"performance": 90, "tbt_ms": 300})["tbt_ms"] == 300
    lines = bench.table(rows).splitlines()
    assert lines[1].startswith("home") and lines[1].endswith("tercapai")
    assert lines[3].startswith("dimension") and lines[3].endswith("TIDAK: kinerja, TBT")


def test_results_file_has_every_page_type_and_the_documented_keys():
    rows = json.loads((ROOT / "bench" / "lighthouse.json").read_text(encoding="utf-8"))
    assert [r["page"] for r in rows] == list(bench.PAGE_TYPES)
    assert all(set(r) == {"page", "url", "runs", *bench.FIGURES, "meets"} for r in rows)
    assert all(r["url"] in bench.PAGE_TYPES[r["page"]] for r in rows)
