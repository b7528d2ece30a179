"""Links that never break: the registry of published URLs and anchors, checked against a built site."""

from __future__ import annotations

from pathlib import Path

from macros.publish import link_registry


def write_page(site: Path, url: str, html: str) -> None:
    path = site / url.strip("/") / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def test_broken_names_missing_pages_and_anchors(tmp_path):
    write_page(tmp_path, "/a/", '<h2 id="satu">Satu</h2><span id="lama"></span>')
    write_page(tmp_path, "/b/", '<meta http-equiv="refresh" content="0; url=../a/">')
    registry = {"/a/": ["satu", "lama", "dua"], "/b/": ["satu", "tiga"], "/c/": ["x"]}
    assert link_registry.broken(registry, tmp_path) == [
        "anchor /a/#dua hilang dari halaman /a/",
        "anchor /b/#tiga hilang dari halaman /b/ (dialihkan ke /a/)",
        "halaman /c/ hilang tanpa pengalihan",
    ]


def test_merged_registry_never_forgets():
    assert link_registry.merged({"/a/": ["x"]}, {"/a/": ["y"], "/b/": []}) == {"/a/": ["x", "y"], "/b/": []}


def test_print_page_is_not_registered(tmp_path):
    write_page(tmp_path, "/print_page/", '<h2 id="bab-1-x">X</h2>')
    write_page(tmp_path, "/a/", '<h2 id="satu">Satu</h2>')
    assert link_registry.published(tmp_path) == {"/a/": ["satu"]}
