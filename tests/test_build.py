"""The real site, built strictly: pages, permalinks, search index, open data."""

from __future__ import annotations

import csv
import gzip
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, build
from macros import render

PROGRAM_FILES = sorted((ROOT / "data" / "program").glob("*.yml"))
PROGRAMS = [p for f in PROGRAM_FILES for p in (yaml.safe_load(f.read_text(encoding="utf-8")) or [])]


class Elements(HTMLParser):
    """Text of each element with an id, and every class used, from one HTML page."""

    def __init__(self, html: str):
        super().__init__()
        self.text_by_id: dict[str, str] = {}
        self.classes: set[str] = set()
        self._open: list[tuple[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.classes.update((attrs.get("class") or "").split())
        self._open.append((tag, attrs.get("id")))
        if attrs.get("id"):
            self.text_by_id.setdefault(attrs["id"], "")

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, element_id in self._open:
            if element_id:
                self.text_by_id[element_id] += data


def page(site: Path, url: str) -> Elements:
    return Elements((site / url / "index.html").read_text(encoding="utf-8"))


def test_build_prints_no_warning(real_build):
    _, result = real_build
    output = result.stdout + result.stderr
    assert "WARNING" not in output and "ERROR" not in output, output


def test_every_nav_page_is_built(real_build):
    site, _ = real_build
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)

    def files(items):
        for item in items:
            value = item if isinstance(item, str) else next(iter(item.values()))
            yield from ([value] if isinstance(value, str) else files(value))

    for source in files(config["nav"]):
        built = source.removesuffix("index.md").removesuffix(".md") + "/index.html"
        assert (site / built.lstrip("/")).is_file(), source


@pytest.mark.parametrize("program", PROGRAMS, ids=[p["id"] for p in PROGRAMS])
def test_every_programme_has_its_permalink_on_its_dimension_page(real_build, program):
    site, _ = real_build
    elements = page(site, f"rencana-pembangunan/{program['dimensi']}")
    heading = elements.text_by_id[program["id"].lower()]
    assert heading.startswith(f"{program['id']} · {program['nama']}")


def test_macro_output_is_in_the_search_index(real_build):
    site, _ = real_build
    fragments = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        record = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        fragments[record["url"]] = record
    assert len(fragments) >= 20
    for program in PROGRAMS:
        page = fragments[f"/rencana-pembangunan/{program['dimensi']}/"]
        assert f"{program['id']} · {program['nama']}" in page["content"]
        anchors = [a["id"] for a in page["anchors"]]
        assert program["id"].lower() in anchors
    assert "Salin tautan" not in fragments["/rencana-pembangunan/living/"]["content"]


def test_open_data_matches_the_yaml(real_build):
    site, _ = real_build
    exported = json.loads((site / "data" / "program.json").read_text(encoding="utf-8"))
    assert [row["id"] for row in exported] == [p["id"] for p in PROGRAMS]
    for row, program in zip(exported, PROGRAMS, strict=False):
        for key, value in program.items():
            if key == "anggaran":
                value = {str(year): amount for year, amount in value.items()}
            assert row[key] == value, (program["id"], key)
        assert row["tautan"] == f"rencana-pembangunan/{program['dimensi']}/#{program['id'].lower()}"
        url, anchor = row["tautan"].split("#")
        assert anchor in page(site, url.rstrip("/")).text_by_id


def test_csv_matches_the_json(real_build):
    site, _ = real_build
    exported = json.loads((site / "data" / "program.json").read_text(encoding="utf-8"))
    with open(site / "data" / "program.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(exported)
    for row, record in zip(rows, exported, strict=False):
        assert (row["id"], row["nama"], row["tautan"]) == (record["id"], record["nama"], record["tautan"])
        assert row["opd_pendukung"] == "; ".join(record["opd_pendukung"])
        assert int(row["anggaran_jumlah"]) == sum(record["anggaran"].values())
        for year, amount in record["anggaran"].items():
            assert int(row[f"anggaran_{year}"]) == amount


def test_json_schemas_are_published_beside_the_data(real_build):
    site, _ = real_build
    for schema in (ROOT / "data" / "schema").glob("*.schema.json"):
        assert (site / "data" / schema.name).read_text(encoding="utf-8") == schema.read_text(encoding="utf-8")


def test_pages_with_illustrative_figures_show_the_notice(real_build):
    site, _ = real_build
    marked = 0
    for html_file in site.rglob("index.html"):
        elements = Elements(html_file.read_text(encoding="utf-8"))
        if render.ILUSTRASI_CLASS in elements.classes:
            marked += 1
            assert render.NOTICE_CLASS in elements.classes, html_file
    assert marked >= 3  # dimension pages, budget summaries


def test_roadmap_is_a_mermaid_block(real_build):
    site, _ = real_build
    html = (site / "roadmap" / "index.html").read_text(encoding="utf-8")
    assert '<pre class="mermaid"><code>gantt' in html


def test_every_programme_links_to_its_exact_data_file_and_line(real_build):
    site, _ = real_build
    edit_base = "https://github.com/pemkot-payakumbuh/masterplan-smart-city/edit/main/"
    for path in PROGRAM_FILES:
        relative = path.relative_to(ROOT).as_posix()
        dimension = path.stem
        html = (site / "rencana-pembangunan" / dimension / "index.html").read_text(encoding="utf-8")
        lines = path.read_text(encoding="utf-8").splitlines()
        for program in yaml.safe_load(path.read_text(encoding="utf-8")):
            line = lines.index(f"- id: {program['id']}") + 1
            block = html.split(f'id="{program["id"].lower()}"')[1].split('class="mp-program"')[0]
            assert (f'<a href="{edit_base}{relative}">Ubah data program ini</a> ({relative}, baris {line})'
                    in block), program["id"]
        assert f'Sumber data (ubah di sini): <a href="{edit_base}{relative}">' in html


def test_build_cache_changes_nothing_in_the_site(tmp_path):
    """The same site from an empty cache, from the cache it filled, and without any cache."""
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    sites = {name: tmp_path / name for name in ("kosong", "terisi", "tanpa")}
    for name, env in (("kosong", cache), ("terisi", cache), ("tanpa", {"MASTERPLAN_NO_CACHE": "1"})):
        result = build(ROOT, sites[name], env)
        assert result.returncode == 0, result.stderr
    kept = list((tmp_path / "cache" / "masterplan-smart-city").iterdir())
    assert {entry.name.split("-")[0] for entry in kept} >= {"data", "halaman", "skema", "jinja"}

    def files(site: Path) -> dict[str, bytes]:
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*")
                if p.is_file() and p.name not in ("sitemap.xml", "sitemap.xml.gz")}

    reference = files(sites["tanpa"])
    assert len(reference) > 100
    assert files(sites["kosong"]) == reference
    assert files(sites["terisi"]) == reference
