"""Programme permalinks read from the built site: the page MkDocs made for a detail block, and the
block's heading on it."""

from __future__ import annotations

from pathlib import Path

from macros.publish import detail_links

GOVERNANCE = "rencana-pembangunan/governance.md"
LIVING = "rencana-pembangunan/living.md"


def site(tmp_path: Path, pages: dict[str, str | None]) -> detail_links.BuiltPage:
    """MkDocs' view of a built site: each docs page's URL and HTML file (None: the page was not written)."""
    urls = {src: src.removesuffix(".md") + "/" for src in pages}
    for src, html in pages.items():
        if html is not None:
            (tmp_path / urls[src]).mkdir(parents=True)
            (tmp_path / urls[src] / "index.html").write_text(html, encoding="utf-8")
    return lambda src: (urls[src], tmp_path / urls[src] / "index.html") if src in urls else None


def test_a_block_is_published_where_its_page_has_its_heading(plan, tmp_path):
    built = site(tmp_path, {GOVERNANCE: '<h2 id="gov-01" class="mp-program">GOV-01</h2>\n'
                                        '<h6 class="x mp-program-digabung" id="gov-03">x</h6>',
                            LIVING: '<h3 class="mp-program" id="liv-01">LIV-01</h3>'})
    found = detail_links.published(plan, built)
    assert found == {"GOV-01": "rencana-pembangunan/governance/", "LIV-01": "rencana-pembangunan/living/",
                     "GOV-03": "rencana-pembangunan/governance/"}
    assert detail_links.unpublished(plan, found) == ["GOV-02"]


def test_a_heading_that_took_a_programme_s_anchor_is_no_detail_block(plan, tmp_path):
    """A chapter's own heading `## Catatan { #gov-01 }` does not publish GOV-01's block."""
    built = site(tmp_path, {GOVERNANCE: '<h2 id="gov-01">Catatan</h2> <h2 class="mp-program" id="gov-03">x</h2>',
                            LIVING: None})
    assert detail_links.published(plan, built) == {}


def test_an_anchor_that_is_not_a_heading_is_no_detail_block(plan, tmp_path):
    html = '<a href="#gov-01">GOV-01</a> <p data-id="gov-02">x</p> <div id="gov-03">x</div> <h1 id="liv-01">x</h1>'
    built = site(tmp_path, {GOVERNANCE: html, LIVING: html})
    assert detail_links.published(plan, built) == {}


def test_a_page_the_build_did_not_make_or_write_publishes_nothing(plan, tmp_path):
    built = site(tmp_path, {GOVERNANCE: None})  # known to MkDocs, never written; living.md unknown
    found = detail_links.published(plan, built)
    assert found == {}
    assert detail_links.unpublished(plan, found) == ["GOV-01", "GOV-02", "LIV-01", "GOV-03"]
