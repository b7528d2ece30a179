"""MkDocs hook: print the whole masterplan to PDF once every plugin has finished.

The print page (mkdocs-print-site-plugin) is written in that plugin's on_post_build, so this
runs last. Only when MASTERPLAN_PDF=true (make pdf, make release, make draft); the work itself is
in macros/publish/pdf.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the project root, for `macros`


@event_priority(-100)
def on_post_build(config) -> None:
    from macros import settings
    from macros.publish.pdf import print_pdf

    if not settings.pdf():
        return
    cover = config["extra"]["cetak"]  # set by macros/__init__.py from data/masterplan.yml
    print_pdf(Path(config["site_dir"]), cover["pdf"], cover["judul"], cover["versi"])
