"""Roadmaps as a timeline made at build time: a table of programmes by year, in words as well as colours."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser

import markdown

from macros.plan.select import one as program
from macros.render import timeline


def rendered(text: str) -> str:
    """The timeline as the page shows it: a Markdown table inside an HTML block (md_in_html)."""
    return markdown.markdown(text, extensions=["md_in_html", "tables", "attr_list"])


def link(p):
    return f"#{p.anchor}"


class Cells(HTMLParser):
    """Each table row as (kind, text) cells; what a screen reader reads."""

    def __init__(self, text: str):
        super().__init__()
        self.rows: list[list[tuple[str, str]]] = []
        self._cell: list | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self._cell = [tag, ""]

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self._cell is not None:
            self.rows[-1].append((self._cell[0], " ".join(self._cell[1].split())))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[1] += data


def test_programmes_by_year_grouped_with_stage_and_status_in_words(plan):
    html = rendered(timeline.timeline(plan.programs, plan, "Roadmap", "dimensi", link, 2026))
    rows = Cells(html).rows
    assert rows[0] == [("th", "Program"), ("th", "2025"), ("th", "2026 kini"), ("th", "2027"), ("th", "2028"),
                       ("th", "2029")]
    assert rows[1][0] == ("td", "Dimensi: Smart Governance")
    assert rows[2] == [("td", "GOV-01 Aplikasi Layanan KotaQuick win · Selesai"), ("td", "selesai 2025"),
                       ("td", ""), ("td", ""), ("td", ""), ("td", "")]
    assert rows[3][1:] == [("td", ""), ("td", "rencana 2026"), ("td", "rencana 2027"), ("td", "rencana 2028"),
                           ("td", "")]
    assert '<a href="#gov-02">GOV-02 Satu Data</a>' in html
    assert '<td><span class="mp-linimasa__kini"></span><span class="mp-batang mp-tahapan--jangka-menengah' in html
    assert "Warna menurut tahapan:" in html and "</span> Jangka menengah</span>" in html
    assert "Isian menurut status:" in html and "</span> Dibatalkan</span>" in html


def test_a_name_with_markup_is_text(plan):
    hostile = dataclasses.replace(program(plan, "GOV-01"), nama="<script>alert(1)</script> & co")
    html = rendered(timeline.timeline([hostile], plan, "Roadmap <b>", "elemen", link, 2026))
    assert "<script>" not in html and "GOV-01 &#60;script&#62;alert(1)&#60;/script&#62; &#38; co</a>" in html
    assert "Roadmap &#60;b&#62;" in html and "Elemen: Pelayanan publik" in html


def test_a_value_from_a_schema_cannot_leave_its_class_attribute(plan):
    """The stages and statuses come from kosakata.schema.json; one value there could hold quotes."""
    hostile = 'rencana" onmouseover="alert(1)'
    terms = {**plan.vocabulary.terms, "status_program": {hostile: "Rencana", **plan.vocabulary.terms["status_program"]}}
    words = dataclasses.replace(plan.vocabulary, terms=terms)
    gov_02 = dataclasses.replace(program(plan, "GOV-02"),
                                 riwayat_status=(dataclasses.replace(program(plan, "GOV-02").riwayat_status[0],
                                                                     status=hostile),))
    text = timeline.timeline([gov_02], dataclasses.replace(plan, vocabulary=words), "Roadmap", "dimensi", link, 2026)
    assert "onmouseover=" not in text.replace("-onmouseover--", "")
    assert 'class="mp-batang mp-tahapan--jangka-menengah mp-status--rencana--onmouseover--alert-1-"' in text
