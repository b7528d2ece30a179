"""What git knows: last change per page, release tags, programmes at a tag; quiet where it cannot tell."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from macros.data import git as data_git
from support import commit_all, git


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "docs" / "a.md").write_text("a", encoding="utf-8")
    (repo / "docs" / "b.md").write_text("b", encoding="utf-8")
    commit_all(repo, "satu", date="2026-01-02T10:00:00")
    (repo / "docs" / "a.md").write_text("a2", encoding="utf-8")
    commit_all(repo, "dua", date="2026-03-04T10:00:00")
    return repo


def test_last_changed_comes_from_git(repo):
    assert data_git.last_changed(repo, "docs") == {"a.md": datetime.date(2026, 3, 4),
                                                  "b.md": datetime.date(2026, 1, 2)}


def test_shallow_clone_gives_no_dates_and_no_warning(repo, tmp_path, caplog):
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo}", str(shallow))
    assert data_git.last_changed(shallow, "docs") == {}
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


def test_no_git_gives_no_dates(tmp_path):
    assert data_git.last_changed(tmp_path, "docs") == {}


def test_previous_release_sorts_versions_numerically(repo):
    for tag in ("v1.9", "v1.10", "v2.0", "vnope", "v1.²", "v1.0.0.1"):
        git(repo, "tag", tag)
    assert data_git.release_tags(repo) == ["1.9", "1.10", "2.0"]
    assert data_git.previous_release(repo, "2.0") == "1.10"
    assert data_git.previous_release(repo, "draf") == "2.0"
    assert data_git.previous_release(repo, "1.9") is None


def test_programmes_at_a_tag(repo):
    (repo / "data" / "program").mkdir(parents=True)
    (repo / "data" / "program" / "a.yml").write_text("- id: A-01\n  nama: Satu\n", encoding="utf-8")
    commit_all(repo, "data")
    git(repo, "tag", "v1.0")
    assert data_git.programs_at(repo, "1.0") == {"A-01": {"id": "A-01", "nama": "Satu"}}
    assert data_git.programs_at(repo, "9.9") is None

