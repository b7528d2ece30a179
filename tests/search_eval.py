"""Search quality: run the committed query set through the real search box in Chromium.

    python tests/search_eval.py [SITE_DIR]     (make search-quality)

Builds nothing: serves SITE_DIR (default: site/) on loopback, types each query of
tests/fixtures/pencarian.yml into the search box, reads the first five results, and
reports the hit rate at 5 overall and per kind of query.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import yaml

QUERIES = Path(__file__).parent / "fixtures" / "pencarian.yml"
TOP = 5


def load_queries() -> list[dict]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def top_pages(page, base_url: str, query: str) -> list[str]:
    """Site-relative page URLs of the first results for `query`, in order, as the reader sees them."""
    box = page.locator(".md-search__input")
    if not box.is_visible():  # phone layout: open the search dialog first
        page.locator("label.md-header__button[for=__search]").click()
    box.fill(query)
    # The search (assets/pencarian.js) marks the query it has shown the results of: no stale results.
    page.wait_for_function("q => document.querySelector('.md-search-result__meta').dataset.query === q", arg=query)
    links = page.eval_on_selector_all(
        ".md-search-result__list > .md-search-result__item > a.md-search-result__link",
        "els => els.map(e => e.href)")
    pages = []
    for href in links:
        path = urlsplit(href).path
        path = path[len(urlsplit(base_url).path):] if path.startswith(urlsplit(base_url).path) else path
        if path not in pages:
            pages.append(path)
    return pages[:TOP]


def evaluate(page, base_url: str, queries: list[dict]) -> list[dict]:
    """Each query typed into the search box of one page, in turn (the queries are all different)."""
    assert len({item["kueri"] for item in queries}) == len(queries), "a query is listed twice"
    page.goto(base_url)
    results = []
    for item in queries:
        found = top_pages(page, base_url, item["kueri"])
        results.append({**item, "hasil": found, "kena": any(p in item["harapan"] for p in found)})
    return results


def summary(results: list[dict]) -> str:
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by_kind[r["jenis"]].append(r["kena"])
    lines = [f"{'kueri':28} {'kena':5} lima hasil teratas"]
    lines += [f"{r['kueri']:28} {'ya' if r['kena'] else 'TIDAK':5} {', '.join(r['hasil']) or '-'}" for r in results]
    lines.append("")
    for kind, hits in sorted(by_kind.items()):
        lines.append(f"{kind:10} {sum(hits):3}/{len(hits):3} = {sum(hits) / len(hits):.0%}")
    hits = [r["kena"] for r in results]
    lines.append(f"{'semua':10} {sum(hits):3}/{len(hits):3} = {sum(hits) / len(hits):.1%} (hit rate at {TOP})")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    from macros.publish.server import served
    from macros.settings import CHROMIUM, CHROMIUM_ARGS

    site = Path(argv[0]) if argv else Path("site")
    with served(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        results = evaluate(browser.new_page(), url, load_queries())
        browser.close()
    print(summary(results))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent.parent))  # macros
    sys.exit(main(sys.argv[1:]))
