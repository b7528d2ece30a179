"""The yearly evaluation as Markdown: the five dimensions in order, figures linked to their programmes and
evidence, what was not reported and not verified said so, every data value escaped."""

from __future__ import annotations

import dataclasses
import datetime
import re

from macros.data.model import Spending, Verification
from macros.render import evaluation
from macros.render.escape import md_text
from support import detail_link, to_html

TODAY = datetime.date(2026, 11, 30)


def page(plan, today=TODAY) -> str:
    return evaluation.evaluation_page(plan, today, detail_link)


def section(text: str, year: int, name: str) -> str:
    """One dimension's part of a year: from its heading to the next heading of its level or higher."""
    return text.split(f"{{ #tahun-{year}-{name} }}")[1].split("\n### ")[0].split("\n## ")[0]


def test_each_year_begun_has_the_five_dimensions_in_order(plan):
    text = page(plan)
    headings = re.findall(r"^(#+ .*)$", text, flags=re.MULTILINE)
    expected = []
    for year in (2026, 2025):
        expected += [f"## Tahun {year} {{ #tahun-{year} }}", f"### Baseline {{ #tahun-{year}-baseline }}",
                     f"### Output {{ #tahun-{year}-output }}", f"### Outcome {{ #tahun-{year}-outcome }}",
                     f"### Impact {{ #tahun-{year}-impact }}", f"### Quick Win {{ #tahun-{year}-quick-win }}"]
    assert headings == expected
    assert "*Tahun 2026 masih berjalan: angka di bawah adalah keadaan per 30 November 2026" in text
    assert "Keadaan pada akhir tahun 2025 (31 Desember 2025)" in text


def test_the_level_moves_every_heading(plan):
    text = evaluation.evaluation_page(plan, TODAY, detail_link, level=3)
    assert "\n### Tahun 2025 { #tahun-2025 }" in text and "\n#### Quick Win { #tahun-2025-quick-win }" in text


def test_figures_link_to_their_programme_and_their_evidence(plan):
    outcome = section(page(plan), 2025, "outcome")
    assert ("| [GOV-01](rencana-pembangunan/governance.md#gov-01) Aplikasi Layanan Kota | selesai sejak "
            "22 Desember 2025 | 500 | 450; LKPJ 2025, dilaporkan Diskominfo, diverifikasi Bappeda 10 Februari 2026 |"
            ) in outcome
    assert ("| [GOV-01](rencana-pembangunan/governance.md#gov-01) Aplikasi Layanan Kota | Layanan terhubung | "
            "10 layanan *ilustrasi*") in outcome
    assert ("| 8 layanan | 80% | [Laporan akhir program 2025](https://uji.invalid/laporan/aplikasi-2025.pdf), "
            "dilaporkan Diskominfo, diverifikasi Bappeda 15 Januari 2026 |") in outcome
    gov_01 = plan.program_by_id["GOV-01"]
    spent = dataclasses.replace(gov_01.realisasi[2025], verifikasi=None)
    unchecked = dataclasses.replace(gov_01, realisasi={2025: spent})
    bare = dataclasses.replace(plan, programs=tuple(unchecked if p.id == "GOV-01" else p for p in plan.programs))
    unverified = section(page(bare), 2025, "outcome")
    assert "| 500 | 450; LKPJ 2025, dilaporkan Diskominfo, *belum diverifikasi* |" in unverified
    assert "**2 program terjadwal** pada 2025 (per 31 Desember 2025: 1 rencana, 1 selesai)" in outcome


def test_what_was_not_reported_says_so(plan):
    text = page(plan)
    outcome = section(text, 2025, "outcome")
    assert ("| [LIV-01](rencana-pembangunan/living.md#liv-01) Antrean Puskesmas Daring | rencana sejak "
            "1 November 2024 | 200 | belum dilaporkan |") in outcome
    impact = section(text, 2025, "impact")
    assert "| Smart Governance | Indeks SPBE *(hasil)* | 2,5 indeks *ilustrasi*" in impact
    assert "| belum dilaporkan | – | – |" in impact
    assert "**Survei warga** (capaian yang sumbernya survei): *belum ada hasil survei untuk 2025.*" in impact
    output = section(text, 2026, "output")
    assert "| REG-01 | Peraturan Wali Kota tentang Satu Data Kota Uji | 2026 |" in output
    assert "| belum dilaporkan | [GOV-01](rencana-pembangunan/governance.md#gov-01) |" in output  # its adoption
    assert "**Kelembagaan**: lembaga yang dibentuk tidak dicatat dalam data masterplan" in output
    assert "| 0 |" not in text and "Rp0,0" not in text  # nothing unreported shown as a zero


def test_quick_wins_with_their_state_and_figures(plan):
    quick = section(page(plan), 2026, "quick-win")
    assert ("| [GOV-01](rencana-pembangunan/governance.md#gov-01) Aplikasi Layanan Kota | 2025 | selesai sejak "
            "22 Desember 2025 | Layanan terhubung (2025): 8 layanan dari target 10 layanan") in quick
    assert ("(80%); [Laporan akhir program 2025](https://uji.invalid/laporan/aplikasi-2025.pdf), dilaporkan "
            "Diskominfo, diverifikasi Bappeda 15 Januari 2026 |") in quick


def test_before_the_plan_begins_the_page_says_when_and_what_it_will_hold(plan):
    text = page(plan, datetime.date(2024, 6, 1))
    assert text.startswith("*Belum ada tahun masterplan yang dimulai.* Tahun evaluasi pertama adalah **2025**")
    assert "**Baseline**, **Output**, **Outcome**, **Impact**, **Quick Win**" in text
    assert "#" not in text and "belum dilaporkan" not in text


def test_every_data_value_is_escaped(plan):
    gov_01 = plan.program_by_id["GOV-01"]
    spent = dataclasses.replace(gov_01.realisasi[2025], sumber="<script>alert(1)</script> | LKPJ\n# judul")
    hostile = dataclasses.replace(gov_01, nama="[x](javascript:alert(1)) <img src=x onerror=alert(1)>",
                                  realisasi={2025: spent})
    plan = dataclasses.replace(plan, programs=(hostile, *plan.programs[1:]))
    text = page(plan)
    html = to_html(text)
    assert "<script>" not in html and "<img" not in html and 'href="javascript:' not in html
    assert "&#60;script&#62;alert(1)&#60;/script&#62; &#124; LKPJ # judul" in text  # one line, one cell
    assert f"[GOV-01](rencana-pembangunan/governance.md#gov-01) {md_text(hostile.nama)} |" in text
    outcome = section(text, 2025, "outcome")
    row = next(line for line in outcome.splitlines() if "LKPJ" in line)
    assert row.count(" | ") == 3  # four cells: the value's | did not make a fifth


def test_evidence_links_are_escaped_for_their_place(plan):
    evidence = Spending(jumlah=1, sumber="DPA [2025]", tautan="https://contoh.invalid/a b)|<x>", pelapor="diskominfo")
    text = evaluation.evidence_text(plan, evidence)
    assert text == ("[DPA &#91;2025&#93;](https://contoh.invalid/a%20b%29%7C%3Cx%3E), dilaporkan Diskominfo, "
                    "*belum diverifikasi*")
    assert '<a href="https://contoh.invalid/a%20b%29%7C%3Cx%3E">DPA &#91;2025&#93;</a>' in to_html(text)
    checked = dataclasses.replace(evidence, tautan="", verifikasi=Verification("bappeda", datetime.date(2026, 1, 15)))
    assert evaluation.evidence_text(plan, checked) == ("DPA &#91;2025&#93;, dilaporkan Diskominfo, diverifikasi "
                                                       "Bappeda 15 Januari 2026")
    assert evaluation.evidence_text(plan, None) == "belum dilaporkan"
