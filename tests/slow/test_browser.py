"""What a reader's browser shows: copy buttons for citations and programme permalinks."""

from __future__ import annotations

import pytest
import yaml
from playwright.sync_api import expect

from macros.publish.server import served
from support import AS_WRITTEN, ROOT, build, copy_city, edit, real_plan

PLAN = real_plan()


def test_programme_copy_link_button_copies_the_permalink(page, site_url):
    page.goto(site_url + "rencana-pembangunan/governance/")
    button = page.get_by_role("button", name="Salin tautan tetap program GOV-01")
    assert button.inner_text() == "Salin tautan"
    button.click()
    expect(button).to_have_text("Tautan disalin")  # once the copy has finished
    assert page.evaluate("navigator.clipboard.readText()") == site_url + "rencana-pembangunan/governance/#gov-01"


def test_copied_permalink_is_pinned_to_the_pages_version_not_the_address_used(page, site_url):
    """Read through an alias (/latest/), the copy still names the version: the canonical URL, which mike pins
    to the version (tests/slow/test_versions.py checks that)."""
    page.goto(site_url + "rencana-pembangunan/governance/")
    pinned = "https://contoh.invalid/masterplan/1.0/rencana-pembangunan/governance/"
    page.evaluate("url => document.querySelector('link[rel=canonical]').href = url", pinned)
    button = page.get_by_role("button", name="Salin tautan tetap program GOV-01")
    button.click()
    expect(button).to_have_text("Tautan disalin")
    assert page.evaluate("navigator.clipboard.readText()") == pinned + "#gov-01"


def test_without_javascript_the_copy_buttons_are_hidden(browser, site_url):
    """They copy by script: a reader without it sees no button that does nothing."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "rencana-pembangunan/living/")
    assert page.locator("button.mp-salin").count() >= 2
    expect(page.locator("button.mp-salin").first).to_be_hidden()
    expect(page.locator(".mp-kutip-program").first).to_be_visible()
    context.close()


def test_every_programme_has_one_copy_button(page, site_url):
    page.goto(site_url + "rencana-pembangunan/living/")
    living = yaml.safe_load((ROOT / "data" / "program" / "living.yml").read_text(encoding="utf-8"))
    under_heading = ".mp-program + .mp-program-isi > .mp-salin-tombol:first-child"
    buttons = page.locator(f"{under_heading} > button.mp-salin[data-mp-salin=tautan]")
    assert page.locator(".mp-program").count() == buttons.count() == len(living)


def test_citation_box_opens_and_copies_the_citation(page, site_url):
    page.goto(site_url + "analisis-strategis/")
    box = page.locator("details.quote", has_text="Kutip halaman ini")
    box.locator("summary").click()
    citation = box.locator("pre").first
    assert citation.is_visible()
    citation.hover()
    box.locator("button[data-md-type=copy]").first.click()
    page.wait_for_function("async url => (await navigator.clipboard.readText()).trim().endsWith(url)",
                           arg=site_url + "analisis-strategis/")  # the copy is done
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(f"{PLAN.info['penerbit']}. (20")
    assert copied.rstrip().endswith(site_url + "analisis-strategis/")


TOOLTIP = '<img src=x onerror="window.__xss=1">Definisi beracun'


@pytest.fixture(scope="module")
def hostile_glossary(tmp_path_factory):
    """The fictional city with markup in a glossary definition, built and served."""
    city = copy_city(tmp_path_factory.mktemp("tooltip") / "kota-uji")
    edit(city / "data/glosarium.yml", "  definisi: Pemerintahan yang memakai TIK untuk melayani.",
         f"  definisi: '{TOOLTIP}'")
    site = city / "site"
    with served(site) as url:
        result = build(city, site, {**AS_WRITTEN, "SITE_URL": url})
        assert result.returncode == 0, result.stderr
        yield url


def test_glossary_tooltip_shows_markup_as_text(page, hostile_glossary):
    """Material shows a title as HTML when hovered or focused: the definition must arrive as text."""
    page.goto(hostile_glossary + "pendahuluan/")
    page.locator("abbr", has_text="SPBE").first.hover()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    tooltip.wait_for()
    assert tooltip.inner_text() == "Sistem Pemerintahan Berbasis Elektronik. " + TOOLTIP
    assert tooltip.locator("img").count() == 0 and page.evaluate("window.__xss") is None


#: One page of each type readers open.
PAGE_TYPES = ("", "pendahuluan/", "rencana-pembangunan/living/", "capaian/", "roadmap/", "quick-win/",
              "data-terbuka/", "glosarium/", "evaluasi/", "404.html")


@pytest.mark.parametrize("path", PAGE_TYPES, ids=[p or "beranda" for p in PAGE_TYPES])
def test_a_page_logs_no_error_and_requests_nothing_missing(page, site_url, path):
    """No console error, no script error, no failed request (versions.json exists only in a mike
    deployment, tests/slow/test_versions.py), once the page and what it loads have settled."""
    problems = []
    page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(f"script: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on("response", lambda r: problems.append(f"{r.status}: {r.url}") if r.status >= 400 else None)
    page.goto(site_url + path, wait_until="networkidle")
    assert problems == []


def test_a_programme_is_cited_in_one_click_with_its_id_name_and_pinned_link(page, site_url):
    page.goto(site_url + "rencana-pembangunan/living/")
    button = page.get_by_role("button", name="Salin kutipan program LIV-03")
    button.click()
    expect(button).to_have_text("Kutipan disalin")
    copied = page.evaluate("navigator.clipboard.readText()")
    program = PLAN.program_by_id["LIV-03"]
    assert f"Program LIV-03 {program.nama} (Versi " in copied
    assert copied.startswith(f"{PLAN.info['penerbit']}. (20")
    assert copied.endswith(site_url + "rencana-pembangunan/living/#liv-03")
    box = page.locator("#liv-03 + .mp-program-isi > .mp-salin-tombol + details.mp-kutip-program")
    box.locator("summary").click()
    assert box.locator(".mp-kutipan").nth(1).inner_text().strip() == site_url + "rencana-pembangunan/living/#liv-03"
