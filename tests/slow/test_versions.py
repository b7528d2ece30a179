"""Frozen releases with mike: two deployments into a throwaway repository."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import AS_WRITTEN, GIT_IDENTITY, commit_all, copy_city, edit, git

BIN = str(Path(sys.executable).parent)


def release(repo: Path, version: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **GIT_IDENTITY, **AS_WRITTEN, "NO_MKDOCS_2_WARNING": "1",
           "PATH": BIN + os.pathsep + os.environ["PATH"]}
    return subprocess.run([sys.executable, "-m", "macros.publish.release", version], cwd=repo, env=env,
                          capture_output=True, text=True)


def set_version(repo: Path, old: str, new: str) -> None:
    edit(repo / "data/masterplan.yml", f'versi: "{old}"', f'versi: "{new}"')


def bring_up_to_date(city: Path) -> None:
    """The one programme of Kota Uji whose data needs an update (LIV-01), reviewed and started."""
    edit(city / "data/program/living.yml", "      status: rencana\n",
         "      status: rencana\n    - tanggal: 2026-03-02\n      status: berjalan\n")
    edit(city / "data/program/living.yml", "    tanggal: 2025-02-01\n    oleh", "    tanggal: 2026-11-20\n    oleh")


def test_a_release_waits_for_programmes_that_need_an_update(tmp_path):
    repo = copy_city(tmp_path / "repo")
    git(repo, "init", "-q", "-b", "main")
    commit_all(repo, "Kota Uji")
    result = release(repo, "0.1")
    assert result.returncode != 0 and "Perlu pembaruan (1 program):" in result.stdout + result.stderr
    assert "LIV-01" in result.stdout + result.stderr and git(repo, "tag", "--list") == ""  # nothing tagged


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    """A repository with releases 1.0 and 1.1 on gh-pages, and gh-pages:1.0 as it was before 1.1."""
    repo = copy_city(tmp_path_factory.mktemp("rilis") / "repo")
    bring_up_to_date(repo)
    git(repo, "init", "-q", "-b", "main")
    set_version(repo, "0.1", "1.0")
    commit_all(repo, "Masterplan 1.0")
    first = release(repo, "1.0")
    assert first.returncode == 0, first.stdout + first.stderr
    tree_before = git(repo, "rev-parse", "gh-pages:1.0").strip()
    commit_all(repo, "Registri tautan 1.0")
    set_version(repo, "1.0", "1.1")
    edit(repo / "data/program/governance.yml", "nama: Satu Data", "nama: Satu Data Kota")
    edit(repo / "docs/tentang.md", "## Angka ilustrasi", "Kalimat baru di versi 1.1.\n\n## Angka ilustrasi")
    commit_all(repo, "Masterplan 1.1")
    second = release(repo, "1.1")
    assert second.returncode == 0, second.stdout + second.stderr
    return repo, tree_before


def show(repo: Path, path: str) -> str:
    return git(repo, "show", f"gh-pages:{path}")


def test_versions_json_lists_both_with_latest_on_the_newest(deployed):
    repo, _ = deployed
    versions = json.loads(show(repo, "versions.json"))
    assert [(v["version"], v["aliases"]) for v in versions] == [("1.1", ["latest"]), ("1.0", [])]


def test_both_version_trees_and_the_alias_exist(deployed):
    repo, _ = deployed
    files = git(repo, "ls-tree", "-r", "--name-only", "gh-pages").split()
    for version in ("1.0", "1.1"):
        assert f"{version}/index.html" in files and f"{version}/pendahuluan/index.html" in files
    latest = git(repo, "ls-tree", "gh-pages", "latest").split()
    assert latest[0] == "120000" and show(repo, "latest") == "1.1"  # a symlink to 1.1
    assert "index.html" in files  # the root redirects to the default version


def test_release_1_0_did_not_change_when_1_1_was_deployed(deployed):
    repo, tree_before = deployed
    assert git(repo, "rev-parse", "gh-pages:1.0").strip() == tree_before
    assert "Kalimat baru di versi 1.1." not in show(repo, "1.0/tentang/index.html")
    assert "Kalimat baru di versi 1.1." in show(repo, "1.1/tentang/index.html")


def test_citations_are_pinned_to_their_version(deployed):
    repo, _ = deployed
    page = show(repo, "1.0/pendahuluan/index.html")
    assert "(Versi 1.0, draf kerja)" in page
    assert "/1.0/pendahuluan/" in page.split('name="citation_public_url"')[1].split(">")[0]
    canonical = "https://contoh.invalid/masterplan-kota-uji/1.0/pendahuluan/"
    assert f'<link rel="canonical" href="{canonical}">' in page


def test_release_tags_and_programme_changes(deployed):
    repo, _ = deployed
    assert git(repo, "tag", "--list").split() == ["v1.0", "v1.1"]
    changes = show(repo, "1.1/riwayat/index.html").split('id="perubahan-program"')[1]
    assert "sejak versi 1.0" in changes and "Satu Data Kota" in changes
    assert "<td>nama, indikator, status</td>" in changes  # the changed fields, in words
    assert "Belum ada rilis sebelumnya" in show(repo, "1.0/riwayat/index.html")


def test_release_refuses_a_version_the_data_does_not_declare(deployed):
    repo, _ = deployed
    result = release(repo, "2.0")
    assert result.returncode != 0
    assert "data/masterplan.yml menyatakan versi 1.1; ubah menjadi \"2.0\"" in result.stdout + result.stderr


@pytest.fixture(scope="module")
def gh_pages(deployed, tmp_path_factory):
    """The gh-pages branch checked out and served, as GitHub Pages would serve it."""
    from macros.publish.server import served

    repo, _ = deployed
    target = tmp_path_factory.mktemp("gh-pages")
    archive = subprocess.run(["git", "archive", "gh-pages"], cwd=repo, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    with served(target) as url:
        yield url


def test_old_version_shows_the_outdated_banner_and_selector(page, gh_pages):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(gh_pages + "1.0/tentang/")
    banner = page.locator("[data-md-component=outdated]")
    banner.wait_for(state="visible")
    assert errors == []  # Material's banner script resolved the relative base_url without a page address
    assert "bukan rilis terbaru" in banner.inner_text()
    assert page.locator(".md-version__current").inner_text() == "1.0"
    assert [t.replace("\n", "") for t in page.locator(".md-version__item").all_inner_texts()] == ["1.1latest", "1.0"]
    banner.locator("a").click()
    page.wait_for_url("**/latest/tentang/")
    assert "Kalimat baru di versi 1.1." in page.content()


def test_newest_version_has_no_banner(page, gh_pages):
    page.goto(gh_pages + "latest/tentang/")
    page.locator(".md-version__current").wait_for()
    assert page.locator("[data-md-component=outdated]").is_hidden()


def test_release_refuses_a_tag_on_another_commit(deployed):
    repo, _ = deployed
    git(repo, "stash", "-u")  # the link registry of 1.1 is not committed in the fixture
    try:
        git(repo, "commit", "-q", "--allow-empty", "-m", "Sesudah 1.1")
        result = release(repo, "1.1")
        assert result.returncode != 0
        assert "tag v1.1 sudah ada dan menunjuk commit lain" in result.stdout + result.stderr
    finally:
        git(repo, "reset", "-q", "--hard", "HEAD~1")
        git(repo, "stash", "pop")
