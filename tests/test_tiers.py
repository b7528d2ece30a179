"""A test's tier is its folder (tests/conftest.py): `make test-unit` runs no build, no browser, no content rule."""

from __future__ import annotations

from support import ROOT

TESTS = ROOT / "tests"
TIERS = {"unit", "build", "slow", "content"}
#: The folders that are a tier of their own; every other test, and the docstrings' examples, is a unit test.
FOLDERS = {"builds": "build", "slow": "slow", "content": "content"}


def expected(path) -> str:
    parts = path.relative_to(TESTS).parts if path.is_relative_to(TESTS) else ()
    return FOLDERS.get(parts[0], "unit") if len(parts) > 1 else "unit"


def test_every_test_has_one_tier_that_of_its_folder(request):
    items = request.session.items
    assert any(item.path == TESTS / "test_tiers.py" for item in items)
    wrong = [f"{item.nodeid}: {sorted(tiers)}" for item in items
             if (tiers := {m.name for m in item.iter_markers() if m.name in TIERS}) != {expected(item.path)}]
    assert not wrong, wrong  # a file's own pytestmark would give a second tier

