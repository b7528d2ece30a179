"""Reading a project's files: too large or not UTF-8 is refused at its line; links leaving the repository are found."""

from __future__ import annotations

from macros.data import files
from support import line_of, only_problem

GOV = "program/governance.yml"


def test_a_file_that_is_not_utf8_is_named_with_its_line(data):
    line, text = line_of(data / GOV, "nama: Satu Data"), (data / GOV).read_text(encoding="utf-8")
    (data / GOV).write_bytes(text.replace("nama: Satu Data", "nama: Satu Data \xe9").encode("latin-1"))
    assert str(only_problem(data)).startswith(f"data/program/governance.yml baris {line}: berkas bukan teks UTF-8")


def test_an_oversized_file_is_refused_without_being_read(data, monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 2 * 1024 * 1024)
    (data / GOV).write_bytes(b"\xff" * 3 * 1024 * 1024)  # not even UTF-8: never read
    assert str(only_problem(data)) == ("data/program/governance.yml: berkas terlalu besar (3.072 kB; paling besar "
                                       "2.048 kB)")


def test_a_page_has_its_own_smaller_limit(tmp_path):
    """A page of a megabyte is forty times the longest chapter; it is refused before it is read."""
    page = tmp_path / "bab.md"
    page.write_text("x" * (files.MAX_PAGE_BYTES + 1), encoding="utf-8")
    assert files.read_text(page, "docs/bab.md", files.MAX_PAGE_BYTES)[1].message == (
        "berkas terlalu besar (1.025 kB; paling besar 1.024 kB)")
    assert files.read_text(page, "docs/bab.md")[1] is None


def test_links_leaving_the_repository_or_leading_nowhere_are_named(tmp_path):
    docs = tmp_path / "docs"
    (docs / "bab").mkdir(parents=True)
    (docs / "a.md").write_text("a", encoding="utf-8")
    (docs / "b.md").symlink_to("a.md")  # inside: fine
    (docs / "bab" / "rahasia.txt").symlink_to("/etc/passwd")
    (docs / "hilang.md").symlink_to("tidak-ada.md")
    (tmp_path / "data").symlink_to("/etc")
    found = [str(p) for p in files.links_leaving(tmp_path, ["docs", "data", "overrides"])]
    assert found == ["docs/hilang.md: tautan simbolik ke luar repositori tidak diizinkan; salin berkasnya ke dalam "
                     "repositori",
                     "docs/bab/rahasia.txt: tautan simbolik ke luar repositori tidak diizinkan; salin berkasnya ke "
                     "dalam repositori",
                     "data: tautan simbolik ke luar repositori tidak diizinkan"]


def test_links_into_the_repository_s_own_git_or_build_folders_are_named(tmp_path):
    """Inside the repository is not enough: .git holds its configuration, site/ and .venv are not ours."""
    for folder in (".git", "site", "docs/.rahasia"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "config").write_text("x", encoding="utf-8")
    (tmp_path / "docs" / "konfigurasi.md").symlink_to("../.git/config")
    (tmp_path / "docs" / "git").symlink_to("../.git")
    (tmp_path / "docs" / "situs").symlink_to("../site")
    (tmp_path / "docs" / "tersembunyi.md").symlink_to(".rahasia/config")
    (tmp_path / "docs" / "akar").symlink_to("..")
    found = [str(p) for p in files.links_leaving(tmp_path, ["docs", "data"])]
    assert [text.split(":")[0] for text in found] == [
        "docs/akar", "docs/git", "docs/konfigurasi.md", "docs/situs", "docs/tersembunyi.md"]
    assert found[2] == ("docs/konfigurasi.md: tautan simbolik ke .git/config tidak diizinkan: tautan hanya boleh "
                        "menuju berkas di docs/ atau data/, bukan ke folder tersembunyi seperti .git")
