"""The yearly evaluation page of Kota Uji, built: a year with reports shows every dimension of the
evaluation, every programme's figure links to the programme's permalink, and the spreadsheet file is
published and described beside the other open data."""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from support import AS_WRITTEN, build, copy_city

PERMALINK = re.compile(r"^\.\./rencana-pembangunan/([a-z]+)/#([a-z]{3}-\d+)$")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    city = copy_city(tmp_path_factory.mktemp("evaluasi") / "kota-uji")
    result = build(city, env=AS_WRITTEN)
    assert result.returncode == 0, result.stderr
    return city / "site"


class Rows(HTMLParser):
    """The body rows of a page's tables: each cell's text and the links in it."""

    def __init__(self, html: str):
        super().__init__()
        self.rows: list[list[tuple[str, list[str]]]] = []
        self._cell: tuple[list[str], list[str]] | None = None
        self._in_body = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.rows.append([])
        elif tag == "td" and self._in_body:
            self._cell = ([], [])
        elif tag == "a" and self._cell is not None:
            self._cell[1].append(dict(attrs).get("href", ""))

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_body = False
        elif tag == "td" and self._cell is not None:
            self.rows[-1].append(("".join(self._cell[0]).strip(), self._cell[1]))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[0].append(data)


def year_part(site: Path, year: int) -> str:
    """The HTML of one year's part of the page: from its heading to the next year's."""
    html = (site / "evaluasi" / "index.html").read_text(encoding="utf-8")
    return html.split(f'id="tahun-{year}"')[1].split('<h2 id="tahun-')[0]


def test_a_year_with_reports_shows_every_dimension_in_order(site):
    part = year_part(site, 2025)
    found = re.findall(r'<h3 id="(tahun-2025-[a-z-]+)"', part)
    assert found == ["tahun-2025-baseline", "tahun-2025-output", "tahun-2025-outcome", "tahun-2025-impact",
                     "tahun-2025-quick-win"]
    assert "450; LKPJ 2025, dilaporkan Diskominfo, diverifikasi Bappeda 10 Februari 2026" in part  # GOV-01 spending
    assert "8 layanan" in part and "belum dilaporkan" in part  # a figure, and what is missing


def test_every_programme_figure_links_to_its_programme(site):
    rows = Rows(year_part(site, 2025)).rows
    linked = set()
    for row in rows:
        first, links = row[0]
        found = re.match(r"^([A-Z]{3}-\d+) ", first)
        if found is None:  # a key indicator (a dimension's), or a total
            assert first in ("Smart Governance", "Jumlah"), row
            continue
        target = next(PERMALINK.match(h) for h in links)
        assert target and target.group(2) == found.group(1).lower(), row
        linked.add(found.group(1))
    # the programmes scheduled in 2025 and the quick win, each in the tables
    assert linked == {"GOV-01", "LIV-01"}


def test_the_running_year_is_provisional_and_the_page_is_in_the_nav(site):
    assert "masih berjalan: angka di bawah adalah keadaan per 30 November 2026" in year_part(site, 2026)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="evaluasi/"' in home


def test_the_spreadsheet_file_is_published_and_described(site):
    package = json.loads((site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    described = next(r for r in package["resources"] if r["name"] == "evaluasi")
    with open(site / "data" / "evaluasi.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [f["name"] for f in described["schema"]["fields"]]
    assert {r["tahun"] for r in rows} == {"2025", "2026"}
    spent = next(r for r in rows if (r["tahun"], r["bagian"], r["butir"]) == ("2025", "program", "GOV-01"))
    assert (spent["nilai"], spent["tautan_program"]) == (
        "450000000", "https://contoh.invalid/masterplan-kota-uji/rencana-pembangunan/governance/#gov-01")
