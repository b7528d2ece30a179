"""The plan's progress as pages show it: the home panel, the progress page's tables, Bab X's evaluation."""

from __future__ import annotations

import dataclasses
import datetime

from macros.render import report
from support import detail_link, to_html

TODAY = datetime.date(2026, 11, 30)


def test_the_home_panel_gives_the_plan_at_a_glance(plan):
    html = to_html(report.panel(plan, TODAY, "capaian.md"))
    assert html.startswith('<section aria-label="Capaian sekilas" class="mp-panel">')
    cards = [c.split("</span> <span")[0].split(">")[-1] for c in html.split('<span class="mp-panel__angka">')[1:]]
    assert cards == ["2", "1", "1 dari 1", "90%", "1"]  # rencana, selesai, quick wins, realised, overdue
    # Of the four programme-years begun, one reported: 450 of its 500 million; the rest are not zeros.
    assert "program selesai" in html and "anggaran terealisasi, menurut 1 dari 4 laporan tahunan 2025–2026" in html
    assert '<p class="mp-panel__catatan">Data terakhir ditinjau 1 November 2026.' in html
    assert '<a href="capaian.md">Lihat rincian di halaman Capaian</a>' in html  # Markdown: MkDocs resolves it


def test_no_spending_reported_is_said_not_shown_as_zero(plan):
    import dataclasses

    unreported = dataclasses.replace(plan, programs=tuple(dataclasses.replace(p, realisasi={}) for p in plan.programs))
    html = report.panel(unreported, TODAY, "capaian.md")
    assert "belum dilaporkan</span> <span class=\"mp-panel__ket\">realisasi anggaran 2025–2026" in html
    assert "0%" not in html


def test_before_the_plan_begins_the_panel_says_when_it_will(plan):
    html = report.panel(plan, datetime.date(2024, 6, 1), "capaian.md")
    assert "mulai 2025</span> <span class=\"mp-panel__ket\">pelaksanaan masterplan" in html
    assert "belum dilaporkan" not in html and "Rp" not in html


def test_programmes_by_status_per_dimension_and_year(plan):
    text = report.status_tables(plan)
    assert "| Dimensi | Rencana | Berjalan | Selesai | Tertunda | Dibatalkan | Jumlah |" in text
    assert "| Smart Governance | 1 | 0 | 1 | 0 | 0 | 2 |" in text
    assert "| **Jumlah** | **2** | **0** | **1** | **0** | **0** | **3** |" in text
    assert "| 2026 | 2 | 0 | 0 | 0 | 0 | 2 |" in text and "| 2029 | 0 | 0 | 0 | 0 | 0 | 0 |" in text


def test_budget_planned_against_realised(plan):
    text = report.budget_report(plan, TODAY)
    chart, table = text.split("\n\nPer tahun.")
    # GOV-01 reported 450 of its 500 million for 2025; GOV-02 has not reported 2026.
    assert "<dt>Smart Governance</dt>" in chart
    assert "realisasi Rp0,5 miliar (90% dari rencananya; 1 dari 2 laporan tahunan)" in chart
    assert "<dt>Smart Living</dt>" in chart and "realisasi belum dilaporkan" in chart
    assert 'style="width: 100.0%"' in chart and "Smart Branding" not in chart  # nothing planned nor spent
    assert "| 2025 | 700 | 450 | 90% | 1 dari 2 |" in table
    assert "| 2026 | 450 | belum dilaporkan | – | 0 dari 2 |" in table
    assert "Rp0,0" not in chart and "| 0 |" not in table


def test_each_indicator_with_its_start_target_and_result(plan):
    text = report.indicator_table(plan, plan.programs, TODAY, detail_link)
    assert ("| [GOV-01](rencana-pembangunan/governance.md#gov-01) Aplikasi Layanan Kota | Layanan terhubung | "
            "2 layanan (2024; Inventarisasi Diskominfo 2024) | 10 layanan (2025) | 8 layanan | 80% |") in text
    assert "| Waktu pemutakhiran data | belum diukur | 30 hari (2026) | belum dilaporkan | – |" in text


def test_indicators_by_dimension_each_under_its_heading(plan):
    text = report.indicators_by_dimension(plan, plan.programs, TODAY, detail_link)
    assert text.startswith("### Smart Governance { #indikator-governance }")
    assert "GOV-01" in text and "GOV-02" in text
    assert "Smart Living" not in text  # LIV-01 has no indicator: no empty heading


def test_the_yearly_evaluation_covers_every_year_begun(plan):
    text = report.year_evaluation(plan, TODAY)
    assert ("| 2025 | 2 | 1 | 0 | 1 | 0 | 0 | 700 | 450 (90% dari rencananya; 1 dari 2 laporan tahunan) "
            "| 1 dari 1 | 0 |") in text
    assert "| 2026 | 2 | 2 | 0 | 0 | 0 | 0 | 450 | belum dilaporkan | 1 dari 2 | 0 |" in text
    assert "- **2026**: 2 program terjadwal, 2 di antaranya masih berstatus rencana; anggaran Rp0,5 miliar, " \
           "realisasi belum dilaporkan; capaian dilaporkan untuk 1 dari 2 indikator." in text
    gov_02 = plan.program_by_id["GOV-02"]
    unreported = dataclasses.replace(gov_02, indikator=tuple(dataclasses.replace(i, capaian=())
                                                            for i in gov_02.indikator))
    bare = dataclasses.replace(plan, programs=tuple(unreported if p.id == "GOV-02" else p for p in plan.programs))
    assert "capaian dilaporkan untuk 0 dari 2 indikator, sehingga hasilnya belum dapat dinilai." in \
        report.year_evaluation(bare, TODAY)
    assert "- **2025**: 2 program terjadwal, 1 di antaranya masih berstatus rencana; anggaran Rp0,7 miliar, " \
           "realisasi Rp0,5 miliar (90% dari rencananya; 1 dari 2 laporan tahunan); capaian" in text
    assert report.year_evaluation(plan, datetime.date(2024, 6, 1)) == "*Belum ada tahun masterplan yang dimulai.*"
