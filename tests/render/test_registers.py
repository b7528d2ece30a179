"""The plan's registers as pages show them: key indicators, risks, planned regulations, merged programmes."""

from __future__ import annotations

from macros.render import registers
from support import detail_link, to_html


def test_key_indicators_per_dimension_with_every_years_target(plan):
    text = registers.key_indicators(plan, plan.dimensions)
    assert text.startswith("### Smart Governance { #indikator-utama-governance }")
    assert "| Indikator | Satuan | Kondisi awal *ilustrasi*" in text  # the dimension's figures are estimates
    assert "| Indeks SPBE | indeks | belum diukur | 2025: 2,5; 2026: 2,8" in text
    assert ("| Waktu tunggu layanan *(makin kecil makin baik)* | menit | 40 (2024; Survei Kota Uji 2024) | "
            "2025: 35;") in text
    assert "Smart Living" not in text  # no key indicator: no empty heading
    one = registers.key_indicators(plan, [plan.dimension_by_id["governance"]])
    assert not one.startswith("#")  # one dimension: its table, under the page's own heading


def test_risks_the_most_serious_first_with_owner_and_programmes(plan):
    html = to_html(registers.risk_register(plan, detail_link))
    rows = html.split("<tbody>")[1].split("</tr>")
    assert "R-02" in rows[0] and "R-01" in rows[1]  # tinggi x tinggi before sedang x tinggi
    assert "Badan Perencanaan Pembangunan Daerah" in rows[1]
    assert '<a href="rencana-pembangunan/governance.md#gov-01">GOV-01</a>' in rows[1]


def test_planned_regulations_are_proposals_by_year(plan):
    text = registers.regulation_plan(plan, detail_link)
    assert "| REG-01 | Peraturan Wali Kota tentang Satu Data Kota Uji | 2026 |" in text
    assert "| Usulan regulasi |" in text


def test_a_merged_programme_keeps_its_anchor_and_says_where_it_went(plan):
    text = registers.merged_notes(plan, plan.merged, detail_link)
    assert text.startswith("## Program yang digabung { #program-digabung }")
    assert "### GOV-03 · Portal Layanan Lama { #gov-03 .mp-program-digabung }" in text
    assert ("Digabung ke [GOV-01 Aplikasi Layanan Kota](rencana-pembangunan/governance.md#gov-01) pada 1 Juni 2026. "
            "Layanannya kini ada di Aplikasi Layanan Kota.") in text
    assert registers.merged_notes(plan, (), detail_link) == ""  # a dimension with none shows nothing


def test_empty_registers_say_so(plan):
    import dataclasses

    empty = dataclasses.replace(plan, risks=(), regulations=())
    assert registers.risk_register(empty, detail_link) == "*Belum ada risiko yang dicatat.*"
    assert registers.regulation_plan(empty, detail_link) == "*Belum ada rencana regulasi.*"
