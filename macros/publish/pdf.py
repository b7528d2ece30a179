"""Export the whole masterplan as one PDF: the print page (mkdocs-print-site-plugin) printed by
headless Chromium. Everything on it, roadmaps included, is made at build time; the one thing to
wait for is the page itself: parsed to the end, and its table of contents filled in by the
plugin's script on DOMContentLoaded. That is the `load` event. (`networkidle` is not: the network
falls quiet while Chromium is still parsing the 1 MB page, and a PDF printed then stops mid-way.)

Runs after a build when MASTERPLAN_PDF=true (`make pdf`, `make release`, `make draft`), writing
the PDF (its name: `berkas_pdf` in data/masterplan.yml) into the site, so each published version
links to its own PDF.
"""

from __future__ import annotations

import html
from pathlib import Path

from .. import settings
from .server import served

FOOTER = ('<div style="font-size:8px;width:100%;text-align:center;color:#555">{title} · versi {version}'
          ' · halaman <span class="pageNumber"></span> dari <span class="totalPages"></span></div>')


def print_pdf(site_dir: Path, name: str, title: str, version: str) -> Path:
    """Print site_dir/print_page/ to site_dir/`name`, `title` and `version` in each page's footer; return its path."""
    from playwright.sync_api import sync_playwright

    target = site_dir / name
    with served(site_dir) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=settings.CHROMIUM, args=settings.CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{url}print_page/", wait_until="load")
        page.emulate_media(media="print")
        footer = FOOTER.format(title=html.escape(title), version=html.escape(version))
        page.pdf(path=str(target), format="A4", print_background=True, display_header_footer=True,
                 header_template="<span></span>", footer_template=footer,
                 margin={"top": "18mm", "bottom": "18mm", "left": "16mm", "right": "16mm"})
        browser.close()
    return target
