"""The reader's site in Chromium: search, privacy, accessibility, keyboard, weight, phones."""

from __future__ import annotations

import gzip
from urllib.parse import urlsplit

import pytest
import search_eval
from axe_playwright_python.sync_playwright import Axe

from support import real_plan

#: Page types a reader meets: home, chapter, dimension page (programme blocks), roadmap, quick wins,
#: open data, glossary, history, progress, Bab X (yearly evaluation).
PAGE_TYPES = ["", "analisis-strategis/", "rencana-pembangunan/living/", "roadmap/", "quick-win/", "data-terbuka/",
              "glosarium/", "riwayat/", "capaian/", "monitoring-evaluasi/"]
#: A phone (390 px, touch, no hover) and a laptop.
SCREENS = {"ponsel": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
           "laptop": {"viewport": {"width": 1280, "height": 800}}}
#: Every page's weight budget: all a first visit downloads, CSS and JavaScript included, compressed as
#: GitHub Pages serves it (gzip), the search index (loaded only when searching) left out.
BUDGET = 150 * 1024


def open_page(page, url: str) -> None:
    """Go to `url` and wait until the page is as a reader sees it: its tables wrapped and labelled."""
    assert page.goto(url).ok
    page.wait_for_function("() => document.documentElement.hasAttribute('data-mp-gulir-siap')")


def open_search(page, query: str) -> None:
    box = page.locator(".md-search__input")
    if not box.is_visible():
        page.locator("label.md-header__button[for=__search]").click()
    box.fill(query)
    page.wait_for_function("q => document.querySelector('.md-search-result__meta').dataset.query === q", arg=query)


# -- search ------------------------------------------------------------------------------

def test_query_set_hit_rate_at_5_is_at_least_90_percent(page, site_url):
    results = search_eval.evaluate(page, site_url, search_eval.load_queries())
    rate = sum(r["kena"] for r in results) / len(results)
    print(search_eval.summary(results))
    assert len(results) >= 30
    assert rate >= 0.9, search_eval.summary(results)


def _first_programme() -> tuple[str, str]:
    """The first programme of the data and its permalink, to search for by id."""
    first = real_plan().programs[0]
    return first.id, f"rencana-pembangunan/{first.dimensi}/#{first.anchor}"


@pytest.mark.parametrize("query, expected", [_first_programme()])  # a programme id leads to its permalink
def test_search_leads_to_the_section(page, site_url, query, expected):
    page.goto(site_url)
    open_search(page, query)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert site_url + expected in hrefs[:12]


def test_search_results_look_like_the_theme(page, site_url):
    page.goto(site_url + "analisis-strategis/")
    open_search(page, "pelayanan")
    first = page.locator(".md-search-result__item").first
    assert first.locator("article.md-search-result__article h1").inner_text()
    assert first.locator("mark").count() >= 1
    assert page.locator(".md-search-result__meta").inner_text().endswith("halaman cocok")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")


# -- privacy -----------------------------------------------------------------------------

@pytest.mark.parametrize("path", [*PAGE_TYPES, "riwayat/", "search"])
def test_no_request_leaves_the_site(browser, site_url, path):
    context = browser.new_context()
    page = context.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    if path == "search":
        page.goto(site_url, wait_until="load")
        open_search(page, "sampah")  # returns once the results, fetched from the index, are shown
    else:
        assert page.goto(site_url + path, wait_until="load").ok  # parsed to the end, then
        page.wait_for_load_state("networkidle")  # every request the page makes after that
    context.close()
    assert hosts == {urlsplit(site_url).netloc}


# -- accessibility -----------------------------------------------------------------------

#: Only violations are needed: axe then skips the details of what passed.
AXE_OPTIONS = {"resultTypes": ["violations"]}


def serious(results) -> list[str]:
    return [f"{v['id']} ({v['impact']}): {n['target']}" for v in results.response["violations"]
            if v["impact"] in ("serious", "critical") for n in v["nodes"]]


# governance: the longest dimension page, whose blocks away from the screen are drawn only when reached
@pytest.mark.parametrize("path", [*PAGE_TYPES, "rencana-pembangunan/governance/", "search"])
@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation(browser, site_url, path, screen, scheme):
    context = browser.new_context(color_scheme=scheme, **SCREENS[screen])
    page = context.new_page()
    if path == "search":
        open_page(page, site_url + "analisis-strategis/")
        open_search(page, "kesehatan")
    else:
        open_page(page, site_url + path)
        page.eval_on_selector_all("details", "els => els.forEach(e => e.open = true)")  # check what they hide too
    found = serious(Axe().run(page, options=AXE_OPTIONS))
    context.close()
    assert not found, found


def test_wide_tables_on_a_phone_are_named_regions_a_keyboard_reaches(browser, site_url):
    context = browser.new_context(**SCREENS["ponsel"])
    page = context.new_page()
    open_page(page, site_url + "glosarium/")
    region = page.locator(".md-typeset__scrollwrap")
    assert region.get_attribute("role") == "region" and region.get_attribute("tabindex") == "0"
    assert region.get_attribute("aria-label").startswith("Tabel: Glosarium")
    region.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('.md-typeset__scrollwrap').scrollLeft > 0")
    page.set_viewport_size({"width": 1280, "height": 800})  # wide enough: no longer a region to scroll
    page.wait_for_function("() => !document.querySelector('.md-typeset__scrollwrap').hasAttribute('tabindex')")
    context.close()


def test_a_table_away_from_the_screen_is_drawn_and_named_when_the_reader_reaches_it(browser, site_url):
    """A phone does not lay out the tables below the screen at load (the main cost of a long page);
    each, once the reader scrolls to it, is a named region if it is wider than the screen."""
    context = browser.new_context(**SCREENS["ponsel"])
    page = context.new_page()
    open_page(page, site_url + "rencana-pembangunan/governance/")
    at_load = page.evaluate("() => [...document.querySelectorAll('.md-typeset__scrollwrap')].map("
                            "e => e.firstElementChild.checkVisibility({contentVisibilityAuto: true}))")
    assert at_load[0] and not at_load[-1], at_load  # the first table is on the screen, the last far below
    regions = 0
    for index in [i for i, drawn in enumerate(at_load) if not drawn]:
        page.locator(".md-typeset__scrollwrap").nth(index).scroll_into_view_if_needed()
        # drawn, then a region exactly when it scrolls sideways
        page.wait_for_function("""i => {
          const e = document.querySelectorAll('.md-typeset__scrollwrap')[i];
          return e.firstElementChild.checkVisibility({contentVisibilityAuto: true})
            && e.hasAttribute('role') === (e.scrollWidth > e.clientWidth + 1);
        }""", arg=index, timeout=5000)
        regions += page.locator(".md-typeset__scrollwrap").nth(index).get_attribute("role") == "region"
    assert regions >= 5, regions  # wide tables among those below the screen were named
    context.close()


#: What a table's look is made of: its box, its text, its cells' padding and borders.
TABLE_STYLE = ["display", "font-size", "border-top-width", "border-top-style", "border-radius", "background-color",
               "max-width", "overflow-x"]
CELL_STYLE = ["padding-top", "padding-left", "font-weight", "text-align", "vertical-align", "border-top-width",
              "min-width"]

#: Each table of the page against a class-less copy, which the theme's own table style dresses (the
#: roadmap's timeline left out: it has narrower cells of its own, assets/masterplan.css).
COMPARE_TABLES = """([tableStyle, cellStyle]) => {
  const pick = (element, names) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(names.map(name => [name, style.getPropertyValue(name)]));
  };
  const tables = Array.from(document.querySelectorAll(".md-typeset table"));
  return tables.filter(table => !table.closest(".mp-linimasa")).map(table => {
    const copy = table.cloneNode(true);
    copy.removeAttribute("class");
    table.after(copy);
    const look = element => ({table: pick(element, tableStyle),
                              th: pick(element.querySelector("th"), cellStyle),
                              td: pick(element.querySelector("td"), cellStyle)});
    const result = {built: look(table), theme: look(copy)};
    copy.remove();
    return result;
  });
}"""


@pytest.mark.parametrize("path", ["rencana-pembangunan/living/", "roadmap/"])
def test_tables_come_wrapped_from_the_build_in_the_theme_s_style(page, site_url, path):
    """The theme's script wraps no table in the browser (the build did), and a table looks as the theme's."""
    open_page(page, site_url + path)
    counts = page.evaluate("""() => ({
      tables: document.querySelectorAll('.md-typeset table').length,
      wrapped: document.querySelectorAll('.md-typeset__scrollwrap > .md-typeset__table > table.mp-tabel').length,
      nested: document.querySelectorAll('.md-typeset__table .md-typeset__scrollwrap').length})""")
    assert counts["tables"] >= 2 and counts == {"tables": counts["tables"], "wrapped": counts["tables"], "nested": 0}
    looks = page.evaluate(COMPARE_TABLES, [TABLE_STYLE, CELL_STYLE])
    assert looks and all(look["built"] == look["theme"] for look in looks), looks[0]


def test_keyboard_reaches_search_and_citation_box(page, site_url):
    page.goto(site_url + "analisis-strategis/")
    reached = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        reached.add(page.evaluate(
            "(() => { const e = document.activeElement;"
            " if (e.matches('.md-search__input')) return 'search';"
            " if (e.matches('details.quote > summary')) return 'citation'; return e.tagName; })()"))
        if {"search", "citation"} <= reached:
            break
    assert {"search", "citation"} <= reached
    page.locator("details.quote > summary").focus()
    page.keyboard.press("Enter")
    assert page.locator("details.quote").get_attribute("open") is not None
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.matches('.md-search__input')")


# -- weight and phones ------------------------------------------------------------------

@pytest.mark.parametrize("path", PAGE_TYPES)
def test_page_weight_within_budget(browser, site_url, path):
    context = browser.new_context()  # empty cache: everything the first visit downloads
    page = context.new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda response: sizes.__setitem__(response.url, len(gzip.compress(response.body()))))
    page.goto(site_url + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    context.close()
    total = sum(size for url, size in sizes.items() if "/pagefind/" not in url)
    print(f"{path or '/'}: {total / 1024:.0f} KiB")
    assert total <= BUDGET, f"{path or '/'}: {total / 1024:.0f} KiB > {BUDGET / 1024:.0f} KiB"


def test_chapter_fits_a_phone_screen(browser, site_url, tmp_path):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "analisis-strategis/", wait_until="load")
    page.screenshot(path=tmp_path / "bab-iii-ponsel.png", full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    drawer = page.locator("label.md-header__button[for=__drawer]").is_visible()
    title = page.locator("h1").bounding_box()
    context.close()
    assert overflow <= 0  # wide tables scroll inside their own box, the page does not
    assert drawer and title["x"] >= 0 and title["x"] + title["width"] <= 360
    assert (tmp_path / "bab-iii-ponsel.png").stat().st_size > 10_000
