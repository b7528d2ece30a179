"""Published links never break: a registry of every published page URL and heading anchor.

`data/tautan-terbit.yml` lists, per page URL, the heading ids that have been published.
Every build checks the built site against it: a page that is gone must be a redirect
(mkdocs-redirects), and every anchor must still exist on the page (or on the page it
redirects to). `python -m macros.publish.link_registry perbarui SITE_DIR` adds the links of a new release.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urljoin

import yaml

from .. import settings
from . import page_ids

HEADER = (
    "# Dibuat oleh `make links` pada setiap rilis: jangan diubah dengan tangan.\n"
    "# Setiap alamat dan anchor di sini pernah diterbitkan dan dikutip; build gagal bila salah satunya hilang\n"
    "# tanpa pengalihan. Lihat CONTRIBUTING.md, bagian 'Tautan yang tidak boleh putus'.\n"
)
_REFRESH = re.compile(rb'<meta http-equiv="refresh" content="0; url=([^"]+)"')


class _Page:
    """The ids of one built page (all, and those of h2-h6 headings) and where it redirects, if it does."""

    def __init__(self, html: bytes):
        self.ids = set(page_ids.ids(html))
        self.headings = page_ids.heading_ids(html)
        redirect = _REFRESH.search(html)
        self.redirect = redirect.group(1).decode() if redirect else None


def _url(path: Path, site_dir: Path) -> str:
    url = path.parent.relative_to(site_dir).as_posix()
    return "/" if url == "." else f"/{url}/"


def _pages(site_dir: Path) -> dict[str, _Page]:
    """Built pages by site-relative URL: '/' for the home page, '/bab/' for bab/index.html."""
    return {_url(path, site_dir): _Page(path.read_bytes()) for path in site_dir.rglob("index.html")}


def _page(site_dir: Path, url: str) -> _Page | None:
    path = site_dir / url.strip("/") / "index.html"
    return _Page(path.read_bytes()) if path.is_file() else None


#: Pages made by plugins whose anchors are not citable: the print page joins every chapter.
NOT_REGISTERED = ("/print_page/",)


def published(site_dir: Path) -> dict[str, list[str]]:
    """Every page URL of a built site with its heading anchors (redirect and print pages left out)."""
    return {url: sorted(page.headings) for url, page in sorted(_pages(site_dir).items())
            if not page.redirect and url not in NOT_REGISTERED}


def broken(registry: dict[str, list[str]], site_dir: Path) -> list[str]:
    """Registered URLs and anchors the built site no longer has, each as a sentence."""
    problems = []
    for url, anchors in registry.items():
        page, shown = _page(site_dir, url), url
        if page is not None and page.redirect:
            target = urljoin(url, page.redirect).split("#")[0]
            page, shown = _page(site_dir, target), f"{url} (dialihkan ke {target})"
        if page is None:
            problems.append(f"halaman {shown} hilang tanpa pengalihan")
            continue
        problems += [f"anchor {url}#{a} hilang dari halaman {shown}" for a in anchors if a not in page.ids]
    return problems


def load(path: Path) -> dict[str, list[str]]:
    if not path.is_file():
        return {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}


def merged(old: dict[str, list[str]], new: dict[str, list[str]]) -> dict[str, list[str]]:
    """Once published, always registered: the union of both."""
    urls = sorted(set(old) | set(new))
    return {url: sorted(set(old.get(url, [])) | set(new.get(url, []))) for url in urls}


def dump(registry: dict[str, list[str]]) -> str:
    return HEADER + yaml.safe_dump(registry, allow_unicode=True, sort_keys=True, default_flow_style=False)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "perbarui":
        print("Pakai: python -m macros.publish.link_registry perbarui SITE_DIR", file=sys.stderr)
        return 2
    site_dir = Path(argv[1])
    registry = merged(load(settings.PUBLISHED_LINKS), published(site_dir))
    settings.PUBLISHED_LINKS.write_text(dump(registry), encoding="utf-8")
    count = sum(len(a) for a in registry.values())
    print(f"{settings.PUBLISHED_LINKS}: {len(registry)} halaman, {count} anchor. Commit berkas ini.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
