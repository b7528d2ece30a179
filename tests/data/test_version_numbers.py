"""Version numbers: one rule for what a version is and how versions sort, for chapters and release tags alike."""

from __future__ import annotations

import datetime

import pytest

from macros.data import versions
from macros.data.frontmatter import Revision
from macros.render import chapters


@pytest.mark.parametrize("text", ["0.1", "1.10", "2.0.3", "10.20.30"])
def test_a_version_is_two_or_three_numbers(text):
    assert versions.is_version(text)


@pytest.mark.parametrize("text", ["1", "1.0.0.1", "v1.0", "1.0 ", "1.0\n", "1..0", "1.x", "\uff11.0", "1.\u00b2", "",
                                  None, 1.0])
def test_anything_else_is_not(text):
    assert not versions.is_version(text)


def test_versions_sort_by_their_numbers():
    assert sorted(["1.10", "1.9", "2.0", "1.0.1", "1.0"], key=versions.key) == ["1.0", "1.0.1", "1.9", "1.10", "2.0"]


@pytest.mark.parametrize("text", ["1.\u00b2", "draf", "1"])
def test_only_a_version_has_a_place_in_order(text):
    with pytest.raises(ValueError, match="not a version number"):
        versions.key(text)


def test_a_chapter_history_sorts_versions_of_one_day_by_their_numbers():
    day = datetime.date(2026, 5, 1)
    text = chapters.history_table([Revision("0.9", day, "sembilan"), Revision("0.10", day, "sepuluh")])
    assert text.index("sepuluh") < text.index("sembilan")  # newest first: 0.10 after 0.9
