"""`mkdocs serve` rebuilds when data or macro code changes, not only docs/."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import time

import pytest

from support import MKDOCS, edit, free_port, wait_for


@contextlib.contextmanager
def mkdocs_serve(project):
    """`mkdocs serve` of `project` as `make serve` runs it (the site at the server's root); yields its URL."""
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/"}
    process = subprocess.Popen([*MKDOCS, "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=project, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def serving_city(city):
    with mkdocs_serve(city) as base:
        yield city, base


@pytest.fixture
def serving(project):
    with mkdocs_serve(project) as base:
        yield project, base


def test_serve_reloads_after_yaml_and_macro_edits(serving_city):
    city, base = serving_city
    url = base + "rencana-pembangunan/governance/"
    wait_for(url, "Aplikasi Layanan Kota")
    edit(city / "data/program/governance.yml", "nama: Aplikasi Layanan Kota", "nama: Aplikasi Kota Versi Baru")
    wait_for(url, "Aplikasi Kota Versi Baru")
    edit(city / "macros/render/programs.py", '"OPD pelaksana", "Status")', '"OPD pelaksana", "Keadaan program")')
    wait_for(url, "<th>Keadaan program</th>")


def test_serve_builds_the_search_index_in_the_background(serving):
    """The page is served without waiting for Pagefind; the index follows, and follows edits."""
    project, base = serving
    entry_url = base + "pagefind/pagefind-entry.json"
    before = wait_for(entry_url, '"id"', 60)  # the index has its Indonesian language entry
    wait_for(base + "glosarium/", "</h1>")
    with open(project / "docs/glosarium.md", "a", encoding="utf-8") as page:
        page.write("\nKatakunciuniksekali.\n")
    wait_for(base + "glosarium/", "Katakunciuniksekali")
    deadline = time.monotonic() + 60
    while (after := wait_for(entry_url, '"id"', 60)) == before:  # the index of the edited site
        assert time.monotonic() < deadline, "the search index was not rebuilt after the edit"
        time.sleep(0.2)
    assert json.loads(after)["languages"]["id"]["page_count"] == json.loads(before)["languages"]["id"]["page_count"]
