"""Every id on a built page is unique, named at the line of the Markdown that wrote it."""

from __future__ import annotations

from macros.publish import page_ids

MARKDOWN = "---\ntitle: x\n---\n# Bab\n\n## Catatan { #gov-01 }\n\n<div id=\"ringkas\">a</div>\n"
HTML = (b'<h2 id="gov-01">Catatan</h2><div id="ringkas">a</div><p data-id="gov-01">x</p>'
        b'<h3 class="mp-program" id="gov-01">GOV-01</h3><section\tid=\'ringkas\'></section><a id="satu"></a>')


def test_ids_are_read_as_written_and_data_attributes_are_not_ids():
    assert page_ids.ids(HTML) == ["gov-01", "ringkas", "gov-01", "ringkas", "satu"]
    assert page_ids.heading_ids(HTML) == {"gov-01"}
    assert page_ids.heading_ids(b'<h2 id="a">x</h2><h3 class="z mp-program" id="b">', "mp-program") == {"b"}


def test_a_repeated_id_is_named_at_its_lines_and_a_programme_anchor_says_whose_it_is():
    found = [str(p) for p in page_ids.repeated("rencana/governance.md", MARKDOWN, HTML, {"gov-01": "GOV-01"})]
    assert found == [
        "docs/rencana/governance.md baris 6: id 'gov-01' dipakai 2 kali di halaman ini; tautan ke #gov-01 hanya "
        "menuju yang pertama. 'gov-01' adalah tautan tetap program GOV-01 dan milik blok programnya: ganti id "
        "judul atau elemen lain yang memakainya",
        "docs/rencana/governance.md baris 8: id 'ringkas' dipakai 2 kali di halaman ini; tautan ke #ringkas hanya "
        "menuju yang pertama; ganti salah satunya"]


def test_a_page_whose_ids_are_unique_has_no_problem():
    assert page_ids.repeated("a.md", "", b'<h2 id="a"></h2><p id="b"></p>', {}) == []
