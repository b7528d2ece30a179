"""Shared fixtures: fixture data, scenario sites to build, the real site, Chromium; and the tiers.

The tier of a test is its folder (markers declared in pyproject.toml):
- `unit` (everywhere else, and the examples in the engine's docstrings): plain functions on small
  fixture data or the project's files, no MkDocs build, no browser (`make test-unit`);
- `build` (tests/builds/): MkDocs builds of a scenario site (the fictional Kota Uji in
  tests/fixtures/kota-uji, built with this engine) or of the real site;
- `slow` (tests/slow/): Chromium, the PDF, `mkdocs serve`, mike releases;
- `content` (tests/content/): rules of the live masterplan's chapters and data, not of the engine
  (`make test-content`).

Helpers that are not fixtures live in tests/support.py.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from macros.publish.server import served
from macros.settings import CHROMIUM, CHROMIUM_ARGS
from support import AS_WRITTEN, CITY, ROOT, build, copy_city, copy_project

TESTS = Path(__file__).parent
#: The folders of tests/ that are a tier of their own, and their markers. Not "build/": pytest and ruff
#: skip folders of that name (as a build's output).
TIERS = {"builds": "build", "slow": "slow", "content": "content"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test gets the marker of its tier: its folder's, or `unit`."""
    for item in items:
        parts = item.path.relative_to(TESTS).parts if item.path.is_relative_to(TESTS) else ()
        item.add_marker(TIERS.get(parts[0], "unit") if len(parts) > 1 else "unit")


@pytest.fixture
def as_written(monkeypatch) -> None:
    """Kota Uji's day (support.TODAY) for the test's checks and builds, theirs and their subprocesses'."""
    for name, value in AS_WRITTEN.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def city(tmp_path: Path, as_written) -> Path:
    """The fictional Kota Uji, to edit and build (a scenario site)."""
    return copy_city(tmp_path / "kota-uji")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fresh copy of the real project, to edit and build."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The real site, built strictly once per test session."""
    site = tmp_path_factory.mktemp("site")
    result = build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site, result


@pytest.fixture
def data(tmp_path: Path, as_written) -> Path:
    """The fictional city's data set (small, valid) with the real schemas, to edit."""
    target = tmp_path / "data"
    shutil.copytree(CITY / "data", target)
    shutil.copytree(ROOT / "data" / "schema", target / "schema")
    return target


@pytest.fixture
def plan(data: Path):
    from macros.data.read import read_masterplan

    return read_masterplan(data)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """The real site, built for and served at a loopback URL."""
    site = tmp_path_factory.mktemp("served")
    with served(site) as url:
        result = build(ROOT, site, {"SITE_URL": url})
        assert result.returncode == 0, result.stderr
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    yield tab
    context.close()
