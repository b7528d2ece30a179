"""Programmes as pages show them: tables, detail blocks, and the links to edit their data."""

from __future__ import annotations

import dataclasses

from macros.plan.select import one as program
from macros.render import programs
from macros.render.classes import ILLUSTRATIVE
from support import detail_link, to_html


def test_program_table_links_each_id_to_its_detail_block(plan):
    text = programs.program_table(plan.programs, plan, detail_link)
    lines = text.splitlines()
    assert lines[0] == "| ID | Program | Elemen | Tahapan | Tahun | OPD pelaksana | Status |"
    assert len(lines) == 2 + 3
    assert "| [GOV-01](rencana-pembangunan/governance.md#gov-01) | Aplikasi Layanan Kota | Pelayanan publik " \
           "| Quick win | 2025 | Diskominfo | Selesai |" in text
    assert "| 2026–2028 |" in lines[3]


def test_empty_selection_says_so(plan):
    assert programs.program_table([], plan, detail_link) == programs.EMPTY


def test_detail_block_has_the_permalink_anchor_and_all_facts(plan):
    text = programs.program_detail(program(plan, "LIV-01"), plan)
    html = to_html(text)
    assert '<h3 class="mp-program" id="liv-01">LIV-01 · Antrean Puskesmas Daring</h3>' in html
    for fact in ("Smart Living › Kesehatan", "Jangka pendek, 2025–2026", "Dinas Kesehatan (Dinkes)",
                 "Dinas Komunikasi dan Informatika (Diskominfo)", "BPJS Kesehatan", "APBD, DAK",
                 "2025: Rp200.000.000; 2026: Rp150.000.000; jumlah Rp350.000.000"):
        assert fact in html
    assert ILLUSTRATIVE not in html  # LIV-01 is not illustrative


def test_illustrative_figures_are_marked_each_as_flagged(plan):
    html = to_html(programs.program_detail(program(plan, "GOV-02"), plan))
    assert html.count(f'class="{ILLUSTRATIVE}"') == 3  # budget; baselines and targets
    html = to_html(programs.program_detail(program(plan, "GOV-01"), plan))  # official budget, illustrative targets
    assert html.count(f'class="{ILLUSTRATIVE}"') == 2 and "Rp500.000.000 <em" not in html


def test_detail_shows_the_plans_life(plan):
    """Status history, indicators with start, yearly targets and results, budget realised, review date."""
    html = to_html(programs.program_detail(program(plan, "GOV-01"), plan, overdue=("terakhir ditinjau lama",)))
    assert "Selesai, tercatat 22 Desember 2025" in html
    assert "Data ditinjau</td>\n<td>15 Oktober 2026 (OPD pelaksana)" in html
    assert "<li>6 Januari 2025: Berjalan. Pengadaan dimulai.</li>\n<li>22 Desember 2025: Selesai." in html
    assert "<td>2 (2024; Inventarisasi Diskominfo 2024)</td>\n<td>2025: 10</td>" in html
    assert ("2025 s.d. triwulan II: 4, 40% dari target (Laporan triwulan II Diskominfo 2025; 5 Juli 2025; "
            "<em>belum diverifikasi</em>); 2025: 8, 80% dari target (Laporan akhir program 2025; 20 Desember 2025; "
            '<a href="https://uji.invalid/laporan/aplikasi-2025.pdf">bukti</a>; diverifikasi Bappeda 15 Januari 2026)'
            ) in html
    assert "2025: Rp450.000.000 (LKPJ 2025; diverifikasi Bappeda 10 Februari 2026)" in html
    assert '<p class="mp-perlu-pembaruan"><strong>Perlu pembaruan:</strong> terakhir ditinjau lama.</p>' in html
    plain = to_html(programs.program_detail(program(plan, "GOV-02"), plan))
    assert "Realisasi anggaran</td>\n<td>belum dilaporkan" in plain and "<td>belum diukur</td>" in plain
    assert "2026: 30; 2027: 14; 2028: 7" in plain and "Perlu pembaruan" not in plain
    assert "Data ditinjau</td>\n<td>1 November 2026 (Bappeda)" in plain
    assert ("<li>Dataset terbit: cara menghitung: Jumlah set data yang terbit di portal sampai akhir periode, "
            "kumulatif sejak awal tahun; sumber data: Catatan portal Satu Data Diskominfo; diukur triwulanan.</li>"
            ) in plain


def test_an_evidence_link_from_data_cannot_break_the_link_or_the_table(plan):
    gov_01 = program(plan, "GOV-01")
    hostile = dataclasses.replace(gov_01.realisasi[2025], tautan="https://x.invalid/a b)|[c](javascript:x)")
    text = programs.program_detail(dataclasses.replace(gov_01, realisasi={2025: hostile}), plan)
    assert "[bukti](https://x.invalid/a%20b%29%7C%5Bc%5D%28javascript:x%29)" in text
    assert '<a href="https://x.invalid/a%20b%29%7C%5Bc%5D%28javascript:x%29">bukti</a>' in to_html(text)


def test_detail_escapes_hostile_names(plan):
    hostile = dataclasses.replace(program(plan, "GOV-01"), nama="A | <script>x</script>", catatan="*x*")
    html = to_html(programs.program_detail(hostile, plan))
    assert "<script>" not in html and "<em>x</em>" not in html
    heading = html.split("</h3>")[0]
    assert heading.endswith("GOV-01 · A &#124; &#60;script&#62;x&#60;/script&#62;")


def test_detail_links_to_its_data_file_when_the_repository_is_known(plan):
    text = programs.program_detail(program(plan, "LIV-01"), plan, edit_base="https://x.invalid/edit/main/")
    link = to_html(text).split('<p class="mp-sumber-data">')[1].split("</p>")[0]
    assert link == ('<a href="https://x.invalid/edit/main/data/program/living.yml" title="Membuka '
                    'data/program/living.yml di editor web GitHub dari baris pertama; baris program ini tertulis '
                    'sesudah tautan ini (gulir ke sana atau cari ID program)">Ubah data program ini</a> ('
                    '<a href="https://x.invalid/blob/main/data/program/living.yml#L5-L29">baris 5–29</a>)')
    assert "data/program/living.yml" not in to_html(text).split("<a ")[0]  # no file path for readers to read
    assert "Ubah data" not in programs.program_detail(program(plan, "LIV-01"), plan)


def test_data_sources_lists_each_file_once():
    text = programs.data_sources(["data/b.yml", "data/a.yml", "data/b.yml"], "https://x.invalid/e/")
    assert text.startswith('Ubah data tabel ini: [a](https://x.invalid/e/data/a.yml "data/a.yml") · '
                           '[b](https://x.invalid/e/data/b.yml "data/b.yml")')
    assert programs.data_sources(["data/a.yml"], "") == ""


def test_an_agency_whose_name_is_unverified_says_so_wherever_it_is_shown(plan):
    """Bappeda's name is flagged in Kota Uji's opd.yml: the detail block says so in full, a table marks it."""
    gov01 = program(plan, "GOV-01")  # supported by Bappeda
    assert "Badan Perencanaan Pembangunan Daerah (Bappeda) *(nama perlu verifikasi)*" in \
        programs.program_detail(gov01, plan)
    led = dataclasses.replace(gov01, opd="bappeda")
    text = programs.program_table([led], plan, lambda p: "#")
    assert "| Bappeda&#42; |" in text and text.endswith("&#42; Nama perangkat daerah ini perlu verifikasi.")
    assert "perlu verifikasi" not in programs.program_table([gov01], plan, lambda p: "#")  # Diskominfo is verified


def test_a_programme_that_carries_on_an_existing_service_says_which_and_where_it_is_recorded(plan):
    from macros.data.model import Continuation
    new = program(plan, "GOV-01")
    assert "Melanjutkan" not in to_html(programs.program_detail(new, plan))
    carried = dataclasses.replace(new, melanjutkan=Continuation("Lapor *Cepat* |", "Berita <b>x</b>, 2024", 2021))
    html = to_html(programs.program_detail(carried, plan))
    assert ("<td>Melanjutkan</td>\n<td>Lapor &#42;Cepat&#42; &#124;, berjalan sejak 2021; tercatat dalam "
            "Berita &#60;b&#62;x&#60;/b&#62;, 2024</td>") in html
    table = to_html(programs.continuation_table([new, carried], detail_link))
    assert table.count("<tr>") == 2 and "2021" in table and 'href="rencana-pembangunan/governance.md#gov-01"' in table
    assert programs.continuation_table([new], detail_link).startswith("*Belum ada program")
