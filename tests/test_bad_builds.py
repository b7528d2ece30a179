"""Bad input stops the build with a clear message and publishes nothing."""

from __future__ import annotations

from pathlib import Path

from conftest import build, edit, line_of

GOV = Path("data/program/governance.yml")


def failed(project: Path) -> str:
    result = build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    return output


def test_invalid_data_fails_before_any_page_is_written(project):
    edit(project / GOV, "status: berjalan", "status: jalan")
    edit(project / "data/opd.yml", "singkatan: Diskominfo", "singkatan: 12")
    output = failed(project)
    line = line_of(project / GOV, "status: jalan")
    assert f"data/program/governance.yml baris {line}, kolom GOV-01.status: nilai 'jalan' tidak dikenal" in output
    short = line_of(project / "data/opd.yml", "singkatan: 12")
    assert f"data/opd.yml baris {short}, kolom diskominfo.singkatan: harus berupa teks, bukan 12" in output
    assert "(2 masalah)" in output
    assert not (project / "site" / "index.html").exists()


def test_unknown_filter_value_names_page_line_and_call(project):
    page = project / "docs/rencana-pembangunan/index.md"
    edit(page, "{{ tabel_program() }}", '{{ tabel_program(dimensi="govrnance") }}')
    output = failed(project)
    line = line_of(page, "govrnance")
    assert (f"docs/rencana-pembangunan/index.md baris {line}: tabel_program(dimensi='govrnance'): "
            "filter dimensi='govrnance' tidak dikenal") in output


def test_unknown_macro_argument_is_an_error(project):
    edit(project / "docs/quick-win.md", "{{ tabel_quick_win() }}", "{{ tabel_quick_win(tahun=2026) }}")
    assert "docs/quick-win.md: tabel_quick_win(tahun=2026): argumen tidak dikenal" in failed(project)


def test_undefined_variable_is_an_error(project):
    edit(project / "docs/quick-win.md", "# Bab VII", "# Bab VII {{ judul_tidak_ada }}")
    assert "judul_tidak_ada" in failed(project)


def test_missing_document_value_names_page_and_line(project):
    page = project / "docs/quick-win.md"
    edit(page, "# Bab VII", "# Bab VII\n\nVersi {{ dokumen.versi_tidak_ada }}")
    line = line_of(page, "versi_tidak_ada")
    output = failed(project)
    assert (f"Kesalahan makro: docs/quick-win.md baris {line}: '{{{{ dokumen.versi_tidak_ada }}}}': "
            "'versi_tidak_ada' tidak ada") in output
    assert not (project / "site" / "index.html").exists()


def test_detail_block_off_its_page_is_an_error(project):
    edit(project / "docs/quick-win.md", "{{ tabel_quick_win() }}", '{{ detail_program("GOV-01") }}')
    output = failed(project)
    assert "detail program GOV-01 hanya boleh ditampilkan di docs/rencana-pembangunan/governance.md" in output


def test_programme_without_detail_block_fails(project):
    page = project / "docs/rencana-pembangunan/governance.md"
    edit(page, '{{ daftar_program(elemen="pelayanan-publik") }}', "")
    output = failed(project)
    assert "#gov-01" in output  # tables link to an anchor that no longer exists


def test_broken_link_fails_the_strict_build(project):
    edit(project / "docs/quick-win.md", "# Bab VII Program Quick Win",
         "# Bab VII Program Quick Win\n\n[hilang](tidak-ada.md)")
    assert "tidak-ada.md" in failed(project)


def test_hostile_data_shows_as_text(project):
    edit(project / GOV, "nama: Pengembangan Aplikasi MY KOPAY", "nama: 'MY KOPAY | <script>alert(1)</script>'")
    result = build(project)
    assert result.returncode == 0, result.stderr
    html = (project / "site/rencana-pembangunan/governance/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert "MY KOPAY &#124; &#60;script&#62;alert&#40;1&#41;" in html or "&#60;script&#62;" in html
