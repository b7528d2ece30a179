"""Every built page is valid HTML for the W3C Nu HTML Checker, but for what Material's own templates write."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.build

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


def shown(message: dict) -> str:
    page = re.sub(r"^.*?/site[^/]*/", "", message.get("url", ""))
    return f"{page}:{message.get('lastLine')}: {message['message']} [{message.get('extract', '').strip()}]"


def test_built_pages_are_valid_html(real_build):
    site, _ = real_build
    errors = check(site)
    ours = [shown(m) for m in errors if theme_error(m) is None]
    assert not ours, "\n".join(ours)
    seen = {theme_error(m) for m in errors}
    # The list stays true: an error the theme no longer writes is taken off it.
    assert seen == set(range(len(THEME_ERRORS))), [THEME_ERRORS[i][0] for i in set(range(len(THEME_ERRORS))) - seen]
