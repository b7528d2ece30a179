"""`mkdocs serve` rebuilds when data or macro code changes, not only docs/."""

from __future__ import annotations

import os
import subprocess

import pytest

from conftest import MKDOCS, edit
from run import free_port, wait_for  # bench/run.py: the same wait serves `make bench`


@pytest.fixture
def serving(project):
    port = free_port()
    # As `make serve` does: the site at the server's root, not under site_url's path.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/"}
    process = subprocess.Popen([*MKDOCS, "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield project, f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_reloads_after_yaml_and_macro_edits(serving):
    project, base = serving
    url = base + "rencana-pembangunan/governance/"
    wait_for(url, "Pengembangan Aplikasi MY KOPAY")
    edit(project / "data/program/governance.yml", "nama: Pengembangan Aplikasi MY KOPAY",
         "nama: Aplikasi MY KOPAY Versi Baru")
    wait_for(url, "Aplikasi MY KOPAY Versi Baru")
    edit(project / "macros/render.py", '"OPD pelaksana", "Status")', '"OPD pelaksana", "Keadaan program")')
    wait_for(url, "<th>Keadaan program</th>")
