"""Make data values safe inside Markdown and HTML.

Every value that comes from the data goes through one of these before it is
put on a page, so a `|` cannot break a table and a `<script>` shows as text.
"""

from __future__ import annotations

import functools
import html
import re
from urllib.parse import quote

# Characters that mean something to Markdown, its extensions or HTML, written as
# numeric character references: they show as themselves and mean nothing.
_INLINE = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_[]{}|~^=:!<>&"})
_MAY_START_BLOCK = frozenset("#+-0123456789")
_BLOCK_START = re.compile(r"^(\s*)(#+(?=\s|$)|[+\-*](?=\s)|\d+(?=[.)](?:\s|$)))")


# Memo: names of agencies, elements and stages recur thousands of times; at 100x programmes the memo
# cuts the time spent rendering pages to about a third (`make bench` measures it).
@functools.lru_cache(maxsize=8192)
def md_text(value: object) -> str:
    """Escape a value for inline Markdown: a table cell, a heading, a paragraph.

    >>> md_text("a | b <script>")
    'a &#124; b &#60;script&#62;'
    """
    text = " ".join(str(value).split())  # a newline would end a table row
    text = text.translate(_INLINE)
    if not text or text[0] not in _MAY_START_BLOCK:
        return text
    return _BLOCK_START.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), text)


def md_values(data: object) -> object:
    """`data` with every leaf value escaped by `md_text`, for pages to show (`{{ dokumen.judul }}`)."""
    if isinstance(data, dict):
        return {key: md_values(value) for key, value in data.items()}
    if isinstance(data, list):
        return [md_values(value) for value in data]
    return md_text(data)


def tooltip_text(value: object) -> str:
    """Text for a Markdown abbreviation's title, which Material's tooltips (`content.tooltips`) insert as HTML.

    The browser decodes the attribute once, then the tooltip parses the result as HTML: so
    markup is escaped twice. (Python-Markdown leaves `&lt;` alone when it writes the attribute,
    hence `&amp;lt;` here.) Without JavaScript the browser's own tooltip shows `&lt;` for `<`.

    >>> tooltip_text('R&D <img src=x onerror=alert(1)>')
    'R&amp;amp;D &amp;lt;img src=x onerror=alert(1)&amp;gt;'
    """
    once = html.escape(" ".join(str(value).split()), quote=False)
    return html.escape(once, quote=False)


def html_text(value: object) -> str:
    """Escape a value for HTML text or an attribute value."""
    return html.escape(str(value), quote=True)


def md_url(url: str) -> str:
    """A URL for a Markdown link's target: anything that could end the link, the table cell or the line
    (spaces, brackets, quotes, `|`, `<`, `>`, backslashes, backticks) is percent-encoded.

    >>> md_url("https://contoh.invalid/a b)|<x>")
    'https://contoh.invalid/a%20b%29%7C%3Cx%3E'
    """
    return quote(str(url), safe=":/?#@!$&+,;=%~-._")
