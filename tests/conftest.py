"""Shared fixtures: fixture data, scenario sites to build, the real site, Chromium.

Tiers (markers declared in pyproject.toml):
- unit tests: no marker; plain functions on small fixture data, no MkDocs (`make test-unit`);
- `build`: MkDocs builds of a scenario site (the fictional Kota Uji in tests/fixtures/kota-uji,
  built with this engine) or of the real site;
- `slow`: Chromium, the PDF, `mkdocs serve`, mike releases.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: The tests' date, for builds and checks alike: which years have begun and what is overdue stay as
#: the tests were written, whenever they run (macros/settings.py, today()).
TODAY = "2026-11-30"
os.environ["MASTERPLAN_TODAY"] = TODAY

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
CITY = FIXTURES / "kota-uji"  # a second, fictional city: its mkdocs.yml, docs/ and data/
MKDOCS = [sys.executable, "-m", "mkdocs"]
#: The engine a city's site is built with; data/schema is its contract with the data.
ENGINE = ("macros", "overrides", "data/schema")


def build(project: Path, site: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `project` into `site` (default project/site), with `env` added."""
    site = site or project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run([*MKDOCS, "build", "--strict", "--site-dir", str(site)],
                          cwd=project, env=env, capture_output=True, text=True)


def failed(project: Path, before_pages: bool = True) -> str:
    """What a build that must fail printed. Bad data, front matter or pages stop it `before_pages` are
    written; checks of the built site (links) fail it after (the exit status stops any deployment)."""
    result = build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert (project / "site" / "index.html").exists() != before_pages, output
    return output


def copy_city(target: Path, city: Path = CITY) -> Path:
    """A city's site (mkdocs.yml, docs/, data/) with this repository's engine beside it, ready to build."""
    shutil.copytree(city, target)
    for part in ENGINE:
        shutil.copytree(ROOT / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture
def city(tmp_path: Path) -> Path:
    """The fictional Kota Uji, to edit and build (a scenario site)."""
    return copy_city(tmp_path / "kota-uji")


sys.path.insert(0, str(ROOT / "bench"))
from run import copy_project  # noqa: E402  (one copy of the project's parts, shared with `make bench`)


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


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace `old` by `new` in a file; fail loudly if `old` is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, text: str, start: int = 1) -> int:
    """1-based number of the first line at or after `start` that contains `text`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if number >= start and text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The fictional city's data set (small, valid) with the real schemas, to edit."""
    target = tmp_path / "data"
    shutil.copytree(CITY / "data", target)
    shutil.copytree(ROOT / "data" / "schema", target / "schema")
    return target


@pytest.fixture
def plan(data: Path):
    from macros.data.read import read_masterplan

    return read_masterplan(data)


GIT_IDENTITY = {"GIT_AUTHOR_NAME": "Uji", "GIT_AUTHOR_EMAIL": "uji@contoh.invalid",
                "GIT_COMMITTER_NAME": "Uji", "GIT_COMMITTER_EMAIL": "uji@contoh.invalid"}


def git(repo: Path, *args: str, env: dict | None = None) -> str:
    """Run git in `repo` with a fixed identity; return its output."""
    full_env = {**os.environ, **GIT_IDENTITY, **(env or {})}
    result = subprocess.run(["git", *args], cwd=repo, env=full_env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def commit_all(repo: Path, message: str, date: str | None = None) -> None:
    env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else None
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, env=env)


from macros.publish.server import served  # noqa: E402  (one loopback server for the PDF, the browser tests and search)
from macros.settings import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (Debian's Chromium and its flags)


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

