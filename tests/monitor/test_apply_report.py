"""`make apply-report`: recorded issue bodies (tests/fixtures/laporan/, as GitHub writes an issue form's
answers) applied to a copy of Kota Uji's data, on Kota Uji's day."""

from __future__ import annotations

import datetime
import difflib
from pathlib import Path

import pytest

from macros.data.read import read_masterplan
from macros.errors import MasterplanError
from macros.monitor import apply_report
from macros.render.programs import program_detail
from support import FIXTURES, TODAY

BODIES = FIXTURES / "laporan"
GOVERNANCE = Path("program") / "governance.yml"


def files(data: Path) -> dict[str, bytes]:
    return {p.relative_to(data).as_posix(): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def run(data: Path, name: str, tmp_path: Path) -> tuple[int, str]:
    """`make apply-report ISSUE=<name>` on the project whose data is `data`: exit status, Markdown summary."""
    summary = tmp_path / "hasil.md"
    code = apply_report.main([str(BODIES / name), "--root", str(data.parent), "--summary", str(summary)])
    return code, summary.read_text(encoding="utf-8")


def changed_lines(before: str, after: str) -> list[str]:
    """The lines removed (-) and added (+) from `before` to `after`."""
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def outside_code(markdown: str) -> str:
    """The lines of `markdown` outside its fenced code blocks."""
    lines, fence = [], None
    for line in markdown.splitlines():
        run_ = len(line) - len(line.lstrip("`"))
        if fence is None and run_ >= 3:
            fence = "`" * run_
        elif fence is not None and line.strip() == fence:
            fence = None
        elif fence is None:
            lines.append(line)
    return "\n".join(lines)


# -- bad reports: every problem listed, nothing changed -------------------------------------------

BAD = {
    "isian-tidak-dikenal.md": [
        "baris 3, kolom Id program: 'GOV-2': tidak ada di data/program/ (mungkin maksudnya 'GOV-02'?)",
        "baris 7, kolom Tanggal data dipastikan: '2027-01-01': tanggal itu belum tiba (hari ini 2026-11-30)",
        "baris 11, kolom OPD pelapor: 'Dinas Rahasia (DR)': OPD ini tidak ada di pilihan formulir",
        "baris 15, kolom Jabatan pelapor: wajib diisi tetapi kosong",
        "baris 19, kolom Status program sekarang: 'Jalan': status ini tidak ada di pilihan formulir "
        "(mungkin maksudnya 'Berjalan'?)",
    ],
    "angka-salah.md": [
        "kolom Tahun yang dilaporkan: '2029': program GOV-02 berjalan 2026–2028; pilih salah satu tahun itu",
        "kolom Nilai capaian: '3.000': harus angka (target indikator 'Dataset terbit' berupa angka): tanpa "
        "pemisah ribuan, desimal dengan koma",
        "kolom Realisasi anggaran (rupiah): 'sekitar 1 M': tulis rupiah sebagai bilangan bulat",
        "kolom Tautan dokumen: 'http://contoh.invalid/dok': tulis satu alamat yang diawali https://",
    ],
    "belum-dimulai.md": ["kolom Tahun yang dilaporkan: '2027': tahun itu belum dimulai pada tanggal data "
                         "dipastikan 2026-11-20"],
    "tidak-berubah.md": ["kolom Status program sekarang: laporan ini tidak mengubah apa pun"],
    "judul-ganda.md": ["baris 53, kolom Id program: judul kolom ini tertulis dua kali"],
    "terlalu-panjang.md": [
        "kolom Jabatan pelapor: 'Kepala�[2J Bidang �atad': memuat karakter kendali yang tidak tampil",
        "kolom Keterangan status: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…': terlalu panjang: "
        "paling banyak 2000 huruf (tertulis 2100)",
    ],
    "tanpa-formulir.md": [f"kolom {label}: wajib diisi tetapi kosong" for label in
                          ("Id program", "Jabatan pelapor", "OPD pelapor", "Status program sekarang",
                           "Tanggal data dipastikan")],
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_report_lists_every_problem_and_changes_nothing(data, tmp_path, capsys, name):
    before = files(data)
    code, summary = run(data, name, tmp_path)
    printed = capsys.readouterr()
    assert code == 1 and printed.out == ""
    assert files(data) == before
    assert f"({len(BAD[name])} masalah)" in printed.err, printed.err
    for expected in BAD[name]:
        assert expected in printed.err, printed.err
    assert summary.startswith("Laporan ini belum dapat diterapkan; tidak ada data yang diubah.")
    assert BAD[name][0] in summary


def test_a_problem_quotes_no_control_character(data, tmp_path, capsys):
    run(data, "terlalu-panjang.md", tmp_path)
    printed = capsys.readouterr().err
    assert "\x1b" not in printed and "\u202e" not in printed


def test_a_report_the_data_refuses_after_it_is_applied_changes_nothing(data, tmp_path, capsys):
    """The last check is the engine's, on a copy: here the programme could not end without a figure."""
    text = (BODIES / "dipastikan.md").read_text(encoding="utf-8").replace("Tidak berubah", "Selesai", 1)
    body = tmp_path / "selesai.md"
    body.write_text(text, encoding="utf-8")
    before = files(data)
    with pytest.raises(MasterplanError) as caught:
        apply_report.apply_report(body, data.parent, datetime.date.fromisoformat(TODAY))
    assert caught.value.summary == apply_report.INVALID
    assert ("GOV-02 › indikator ke-2 (Waktu pemutakhiran data) › capaian: program selesai perlu capaian akhir "
            "untuk indikator ini") in str(caught.value)
    assert files(data) == before


# -- good reports: exactly the intended lines change -----------------------------------------------

def test_a_status_reported_by_another_agency_is_appended_and_its_hostile_note_stays_text(data, tmp_path, capsys):
    before = (data / GOVERNANCE).read_text(encoding="utf-8")
    code, summary = run(data, "status-bukan-pelaksana.md", tmp_path)
    assert code == 0, capsys.readouterr().err
    after = (data / GOVERNANCE).read_text(encoding="utf-8")
    note = ('Menunggu anggaran: {{ config }} {% raw %} <script>alert(1)</script> - id: GOV-99 "kutip" '
            "# bukan komentar, ```kode``` Closes #1 @tim-uji")
    assert changed_lines(before, after) == [
        "+    - tanggal: 2026-11-20",
        "+      status: tertunda",
        "+      catatan: '" + note + "'",
    ]
    plan = read_masterplan(data)
    program = plan.program_by_id["GOV-02"]
    assert program.riwayat_status[-1].catatan == note and program.status == "tertunda"
    page = program_detail(program, plan)
    assert "{{" not in page and "{%" not in page and "<script>" not in page
    printed = capsys.readouterr().out
    assert "ditinjau tidak diubah: OPD pelapor (bappeda) bukan OPD pelaksana program (diskominfo)" in printed
    # In the pull request the report's values are inside code blocks: no mention, no issue closed.
    assert "@tim-uji" in summary and "Closes #1" in summary
    assert "@tim-uji" not in outside_code(summary) and "Closes" not in outside_code(summary)
    assert "+      status: tertunda" in summary


def proposed(data: Path, name: str) -> tuple[str, str, list[str]]:
    """The programme file's text before and after the report `name`, and what the change says (not validated)."""
    from macros.data.parse import parse
    from macros.monitor import edits
    from macros.monitor.apply import changes
    from macros.monitor.issue_form import read_body
    from macros.monitor.report import read_report

    plan = read_masterplan(data)
    answers, problems = read_body((BODIES / name).read_text(encoding="utf-8"), name)
    report, problems = read_report(answers, plan, datetime.date.fromisoformat(TODAY), name)
    assert report is not None, problems
    program = plan.program_by_id[report.program]
    before = (data.parent / program.source_file).read_text(encoding="utf-8")
    records = parse(before, program.source_file, "program")[0].data
    index = [r["id"] for r in records].index(program.id)
    made, said, refused = changes(report, records[index], index, plan)
    assert not refused
    return before, edits.apply(before, made), said


def test_a_quarterly_report_of_the_lead_agency_adds_a_figure_spending_status_and_review(data):
    before, after, said = proposed(data, "triwulan-pelaksana.md")
    source = "Laporan triwulan III Diskominfo Kota Uji 2026"
    link = "https://contoh.invalid/laporan-tw3.pdf"
    assert changed_lines(before, after) == [
        "+  realisasi:", "+    2026:", "+      jumlah: 150000000", f"+      sumber: {source}", f"+      tautan: {link}",
        "+      triwulan: 3", "+      pelapor: diskominfo",
        "+        - tahun: 2026", "+          triwulan: 3", "+          nilai: 35",
        "+          tanggal: 2026-11-10", f"+          sumber: {source}", f"+          tautan: {link}",
        "+          pelapor: diskominfo",
        "+    - tanggal: 2026-11-10", "+      status: berjalan", "+      catatan: Portal mulai diisi.",
        "-    tanggal: 2026-11-01", "-    oleh: bappeda", "+    tanggal: 2026-11-10", "+    oleh: opd-pelaksana",
    ]
    # Where they went: realisasi after anggaran, the third quarter after the first indicator's second.
    assert after.index("    2027: 250000000\n  realisasi:\n") > 0
    assert after.index("satu-data-tw2-2026.pdf") < after.index("triwulan: 3\n          nilai: 35") < \
        after.index("    - nama: Waktu pemutakhiran data")
    assert said == ["status: rencana → berjalan (2026-11-10), catatan 'Portal mulai diisi.'",
                    "capaian indikator 1 'Dataset terbit' 2026 triwulan 3: 35 (baru)",
                    "realisasi 2026 triwulan 3: Rp150.000.000 (baru)",
                    "ditinjau 2026-11-10 oleh OPD pelaksana (diskominfo)"]
    assert after.count("verifikasi") == before.count("verifikasi")  # a reviewer adds it, never the report


def test_a_figure_for_the_same_year_and_period_replaces_the_one_there_and_comments_stay(data):
    before, after, said = proposed(data, "ganti-capaian.md")
    assert changed_lines(before, after) == [
        "-          nilai: 8", "-          tanggal: 2025-12-20", "-          sumber: Laporan akhir program 2025",
        "-          tautan: https://uji.invalid/laporan/aplikasi-2025.pdf",
        "+          nilai: 9", "+          tanggal: 2026-11-20",
        "+          sumber: Laporan akhir program 2025 (revisi)",
        # a new figure is not the one that was verified: its evidence and verification go with it
        "-          verifikasi: {oleh: bappeda, tanggal: 2026-01-15}",
        "-    tanggal: 2026-10-15", "+    tanggal: 2026-11-20",
    ]
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert comments and comments == [line for line in after.splitlines() if line.lstrip().startswith("#")]
    assert "capaian indikator 1 'Layanan terhubung' 2025 (setahun penuh): 9 (menggantikan 8)" in said


def test_the_lead_agency_confirming_its_data_only_moves_the_review(data):
    before, after, said = proposed(data, "dipastikan.md")
    assert changed_lines(before, after) == ["-    tanggal: 2026-11-01", "-    oleh: bappeda",
                                            "+    tanggal: 2026-11-20", "+    oleh: opd-pelaksana"]
    assert said == ["status tetap rencana", "ditinjau 2026-11-20 oleh OPD pelaksana (diskominfo)"]
