"""`make bench` (bench/run.py): its synthetic masterplans are valid data, its results and targets as documented."""

from __future__ import annotations

import json
import sys

from macros.data.read import read_masterplan
from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import run as bench  # bench/run.py is a script, not a package


def test_scaled_programmes_are_valid_and_keep_the_original_ids(tmp_path):
    project = bench.copy_project(tmp_path / "situs")
    original = read_masterplan(ROOT / "data")
    assert bench.scale_programmes(project, 3) == 3 * len(original.programs)
    plan = read_masterplan(project / "data")
    assert len({p.id for p in plan.programs}) == 3 * len(original.programs)
    assert {p.id for p in original.programs} <= {p.id for p in plan.programs}


def test_results_files_have_the_documented_keys():
    keys = {"scale", "series", "programmes", "pages", "build_s", "layer_s", "layer_share", "peak_mib",
            "per_1000_programmes_s"}
    results = json.loads((ROOT / "bench" / "results.json").read_text(encoding="utf-8"))
    assert {(r["series"], r["scale"]) for r in results} >= {("programmes", 1), ("programmes", 10),
                                                          ("programmes", 100), ("chapters", 10)}
    assert all(set(r) == keys for r in results)
    serve = json.loads((ROOT / "bench" / "serve.json").read_text(encoding="utf-8"))
    assert set(serve) == {"latency_s", "rebuild_s", "build_s"}


def test_targets_are_reported_met_or_not():
    results = [{"series": "programmes", "scale": 10, "per_1000_programmes_s": 4.0},
               {"series": "programmes", "scale": 100, "layer_share": 0.12, "peak_mib": 300.0,
                "per_1000_programmes_s": 4.2}]
    lines = bench.verdicts(results, {"rebuild_s": 1.0, "build_s": 1.0})
    assert lines == ["TIDAK    porsi lapisan pada 100x: 12.0% (batas 10.0%)",
                     "TERCAPAI memori puncak pada 100x (MiB): 300 (batas 1024)",
                     "TERCAPAI biaya per 1.000 program, 100x dibanding 10x: 1.05x (batas 1.10x)",
                     "TERCAPAI build ulang serve dibanding build biasa: 1.00x (batas 1.10x)"]


def test_check_cases_stand_at_the_limits(tmp_path):
    """Each hostile case of bench/check_limits.py is as large as the limits allow, and no larger."""
    import check_limits

    from macros.data import files, parse
    from support import copy_project

    for name, make in check_limits.CASES.items():
        if name == "berkas program 100x":
            continue  # the benchmark's own data, measured by the 100x case above
        project = copy_project(tmp_path / name.replace(" ", "-"))
        make(project)
        page = project / check_limits.PAGE
        assert page.stat().st_size <= files.MAX_PAGE_BYTES, name
        text = (project / check_limits.PROGRAMMES).read_text(encoding="utf-8")
        source, problems = parse.parse(text, "x.yml", "program")
        if name == "nilai per berkas":
            assert "lebih dari 150.000 nilai" in str(problems[0])
        else:
            assert source is not None and not problems, (name, problems[:1])


def test_check_verdicts_name_each_case():
    import check_limits
    lines = check_limits.verdicts([{"case": "halaman terbesar", "check_s": 1.2, "largest_file_kb": 1023}])
    assert lines == ["TIDAK    make check, halaman terbesar (1023 kB): 1.20 s (batas 1.00 s)"]
