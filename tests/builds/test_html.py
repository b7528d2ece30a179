"""Every built page is valid HTML for the W3C Nu HTML Checker, but for what Material's own templates write."""

from __future__ import annotations

import re

from support import THEME_ERRORS, check, theme_error


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
