"""Every setting of the engine in one place: project paths, environment switches, the browser.

Switches are read when asked, not at import: `make`, mike and the tests set them per process.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

# -- project paths, relative to the project root (the folder of mkdocs.yml) ---------------------
DATA = Path("data")
SCHEMAS = DATA / "schema"
PUBLISHED_LINKS = DATA / "tautan-terbit.yml"  # every published page URL and anchor (macros/publish/link_registry.py)
#: The folders a build reads or publishes files from: links leaving the repository are refused there.
PROJECT_FOLDERS = ("docs", "data", "overrides", "macros")
#: Templates of the engine's own HTML (the budget chart).
TEMPLATES = Path(__file__).parent / "render" / "templates"
#: The page that explains illustrative figures (anchor #ilustrasi); the notice links to it.
ABOUT_PAGE = "tentang.md"
#: The progress page; the home page's panel links to it.
PROGRESS_PAGE = "capaian.md"

# -- the browser that prints the PDF and runs the browser tests: Debian's Chromium -------------
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def pdf() -> bool:
    """MASTERPLAN_PDF=true (make pdf, make release, make draft): print the whole masterplan to PDF."""
    return os.environ.get("MASTERPLAN_PDF") == "true"


def deployed_by_mike() -> bool:
    """Built by `mike deploy`, for the gh-pages branch: the only place versions.json exists."""
    return bool(os.environ.get("MIKE_DOCS_VERSION"))


def published_version(default: str) -> str:
    """The version a build publishes: set by `mike deploy` (MIKE_DOCS_VERSION), else `default`."""
    return os.environ.get("MIKE_DOCS_VERSION") or default


def today() -> datetime.date:
    """The build's date: it decides which years have started and what is overdue.

    MASTERPLAN_TODAY=YYYY-MM-DD fixes it (tests, or rebuilding the site of a past day).
    """
    fixed = os.environ.get("MASTERPLAN_TODAY")
    return datetime.date.fromisoformat(fixed) if fixed else datetime.date.today()


def is_release() -> bool:
    """MASTERPLAN_RELEASE=true (set by `make release`): programmes that need an update stop the build."""
    return os.environ.get("MASTERPLAN_RELEASE") == "true"
