"""MkDocs hook for `make bench` only: write every page as plain Markdown, as the macros layer made it.

The benchmark builds the same site from these pages without the macros plugin, and takes the
difference as the layer's cost. Enabled by listing this file under `hooks:` in a benchmark copy
of mkdocs.yml; MASTERPLAN_PRERENDER names the folder to write to.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.plugins import event_priority


@event_priority(-100)  # after mkdocs-macros: the page's macros and furniture are in the Markdown
def on_page_markdown(markdown, page, config, files):
    content = page.file.content_string
    front = content[: len(content) - len(page.markdown)] if content.endswith(page.markdown) else ""
    target = Path(os.environ["MASTERPLAN_PRERENDER"]) / page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(front + markdown, encoding="utf-8")
    return markdown
