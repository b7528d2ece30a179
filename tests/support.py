"""What the tests share besides their fixtures (tests/conftest.py): paths, builds, copies, edits, git,
a loopback wait, the HTML checker, the real masterplan. `make bench` (bench/run.py) imports it too.

Only the standard library at import time: bench/ imports this module without `macros` on its path.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
CITY = FIXTURES / "kota-uji"  # a second, fictional city: its mkdocs.yml, docs/ and data/
MKDOCS = [sys.executable, "-m", "mkdocs"]
#: The engine a city's site is built with; data/schema is its contract with the data.
ENGINE = ("macros", "overrides", "data/schema")
#: The parts of the real project a copy of it needs to build (the `project` fixture, `make bench`).
PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides")

#: The day Kota Uji's data is written for: which of its years have begun and what is overdue (LIV-01)
#: stay as its tests say, whenever they run. Only checks and builds of fixture data see it; the real
#: site and the live data are checked against the real date (macros/settings.py, today()).
TODAY = "2026-11-30"
AS_WRITTEN = {"MASTERPLAN_TODAY": TODAY}


#: ProperDocs, the maintained continuation of MkDocs 1.x, given the config file by name as it asks.
PROPERDOCS = [sys.executable, "-m", "properdocs"]


def build(project: Path, site: Path | None = None, env: dict | None = None,
          engine: list[str] = MKDOCS) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` (or ProperDocs') of `project` into `site` (default project/site), with `env` added."""
    site = site or project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", **(env or {})}
    return subprocess.run([*engine, "build", "--strict", "--config-file", "mkdocs.yml", "--site-dir", str(site)],
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


def copy_project(target: Path) -> Path:
    """The real project's parts that a build needs, copied to `target`."""
    target.mkdir(parents=True)
    for part in PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / part)
    return target


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


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, text: str, seconds: float = 60) -> str:
    """Poll `url` until its page contains `text`; return the page."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body = response.read().decode("utf-8")
                if text in body:
                    return body
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{text!r} not served at {url} within {seconds}s")


# -- the W3C Nu HTML Checker (tests/vnu/, installed by `make test`) -------------------------------

VNU = ROOT / "tests" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

#: Errors that Material for MkDocs' own templates write on every page, which we leave alone rather
#: than copy and change its templates: (message, the element it is about, why it is there).
THEME_ERRORS = [
    ("Attribute “autocomplete” is only allowed when the input type is", '<input class="md-toggle"',
     "base.html: the drawer and search toggles are checkboxes with autocomplete=off, so that a browser "
     "does not restore them open when a page is reloaded"),
    ("Bad value “” for attribute “tabindex” on element “label”", '<label class="md-nav__link',
     "partials/nav-item.html: with navigation.sections a section's label gets tabindex=\"\" (not focusable)"),
    ("The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control",
     '<label class="md-nav__title" for="__toc">',
     "partials/toc.html: the table of contents' title points at its toggle, which a page without "
     "headings below its title does not have"),
]


def check(site: Path) -> list[dict]:
    """The checker's errors for every HTML file under `site`."""
    result = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html",
                             str(site)], capture_output=True, text=True)
    return [m for m in json.loads(result.stderr)["messages"] if m["type"] in ("error", "non-document-error")]


def theme_error(message: dict) -> int | None:
    """The index in THEME_ERRORS of the theme's error this is, or None if it is not one."""
    for i, (text, element, _) in enumerate(THEME_ERRORS):
        if message["message"].startswith(text) and element in message.get("extract", ""):
            return i
    return None


# -- the real masterplan --------------------------------------------------------------------------

#: The chapters of the real masterplan, in order: their pages and numbers.
CHAPTERS = [
    ("pendahuluan.md", "I"), ("gambaran-umum.md", "II"), ("analisis-strategis.md", "III"),
    ("visi-misi-strategi.md", "IV"), ("rencana-pembangunan/index.md", "V"), ("infrastruktur-tik.md", "VI"),
    ("quick-win.md", "VII"), ("roadmap.md", "VIII"), ("tata-kelola.md", "IX"), ("monitoring-evaluasi.md", "X"),
]


def data_problems(data: Path) -> list:
    """Every problem that reading the data set in `data` reports; the test fails if it reads without one."""
    import pytest

    from macros.data.read import read_masterplan
    from macros.errors import MasterplanError

    with pytest.raises(MasterplanError) as caught:
        read_masterplan(data)
    return caught.value.problems


def only_problem(data: Path):
    """The one problem that reading `data` reports; the test fails on none or several."""
    found = data_problems(data)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


@functools.cache
def real_plan():
    """The live data (data/), read and checked once, against the real date."""
    from macros.data.read import read_masterplan

    return read_masterplan(ROOT / "data")


def to_html(text: str) -> str:
    """Markdown as the site renders the engine's output (the extensions it relies on)."""
    import markdown

    return markdown.markdown(text, extensions=["tables", "attr_list", "admonition", "abbr", "md_in_html"])


def detail_link(program) -> str:
    """The link target a renderer is given for a programme, from a page at the docs root."""
    return f"rencana-pembangunan/{program.dimensi}.md#{program.anchor}"
