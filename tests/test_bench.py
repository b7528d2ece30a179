"""The benchmark's synthetic masterplans are valid sites (its timings are for `make bench`, not tests)."""

from __future__ import annotations

import sys

from conftest import ROOT, build
from macros.data import read_masterplan

sys.path.insert(0, str(ROOT / "bench"))
import run as bench  # bench/run.py is a script, not a package


def test_scaled_programmes_are_valid_and_keep_the_original_ids(tmp_path):
    project = bench.copy_project(tmp_path / "situs")
    original = read_masterplan(ROOT / "data")
    assert bench.scale_programmes(project, 3) == 3 * len(original.programs)
    plan = read_masterplan(project / "data")
    assert len({p.id for p in plan.programs}) == 3 * len(original.programs)
    assert {p.id for p in original.programs} <= {p.id for p in plan.programs}


def test_scaled_chapters_and_the_site_without_the_layer_both_build(tmp_path):
    project = bench.copy_project(tmp_path / "situs")
    bench.scale_chapters(project, 2)
    prerendered = tmp_path / "prarender"
    seconds, peak = bench.build(project, {"MASTERPLAN_PRERENDER": str(prerendered)})
    assert seconds > 0 and peak > 10
    assert (project / "site" / "pendahuluan-salinan-1" / "index.html").is_file()
    page = (prerendered / "rencana-pembangunan" / "living.md").read_text(encoding="utf-8")
    assert page.startswith("---\n") and "{{" not in page and "| [LIV-01](#liv-01) |" in page
    plain = bench.without_layer(project, prerendered)
    assert "  - macros:" not in (plain / "mkdocs.yml").read_text(encoding="utf-8")
    result = build(plain)
    assert result.returncode == 0, result.stderr
    assert (plain / "site" / "rencana-pembangunan" / "living" / "index.html").is_file()


def test_results_file_has_the_documented_keys():
    keys = {"scale", "series", "programmes", "pages", "build_s", "layer_s", "layer_share", "peak_mib",
            "per_1000_programmes_s"}
    import json

    results = json.loads((ROOT / "bench" / "results.json").read_text(encoding="utf-8"))
    assert {(r["series"], r["scale"]) for r in results} >= {("programmes", 1), ("programmes", 10),
                                                          ("programmes", 100), ("chapters", 10)}
    assert all(set(r) == keys for r in results)
    cold = json.loads((ROOT / "bench" / "tanpa-cache.json").read_text(encoding="utf-8"))
    assert {(c["series"], c["scale"]) for c in cold} == {("programmes", 1), ("programmes", 10)}
    assert all(set(c) == {"scale", "series", "build_s", "layer_s", "layer_share"} for c in cold)
