"""`make bench`'s timed build (bench/timed_build.py): it times the layer inside one real build."""

from __future__ import annotations

import sys

from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import run as bench  # bench/run.py is a script, not a package


def test_a_timed_build_times_the_layer_inside_the_build(tmp_path):
    project = bench.copy_project(tmp_path / "situs")
    bench.scale_chapters(project, 2)
    run = bench.build(project)
    assert (project / "site" / "pendahuluan-salinan-1" / "index.html").is_file()
    assert 0 < run["layer_s"] < run["build_s"] and run["peak_mib"] > 10
