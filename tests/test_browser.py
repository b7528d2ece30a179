"""What a reader's browser shows: copy buttons for citations and programme permalinks."""

from __future__ import annotations

from playwright.sync_api import expect


def test_programme_copy_link_button_copies_the_permalink(page, site_url):
    page.goto(site_url + "rencana-pembangunan/governance/")
    button = page.locator("#gov-01 + button.mp-salin")
    assert button.inner_text() == "Salin tautan"
    button.click()
    expect(button).to_have_text("Tautan disalin")  # once the copy has finished
    assert page.evaluate("navigator.clipboard.readText()") == site_url + "rencana-pembangunan/governance/#gov-01"


def test_every_programme_has_one_copy_button(page, site_url):
    page.goto(site_url + "rencana-pembangunan/living/")
    assert page.locator(".mp-program").count() == page.locator(".mp-program + button.mp-salin").count() >= 8


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
    assert copied.startswith("Pemerintah Kota Payakumbuh. (20")
    assert copied.rstrip().endswith(site_url + "analisis-strategis/")
