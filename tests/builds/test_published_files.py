"""What the built site holds: only what is meant for readers (a build of the real site)."""

from __future__ import annotations

from support import ROOT


def test_nothing_from_the_theme_overrides_is_published(real_build):
    site, _ = real_build
    overrides = [path.relative_to(ROOT / "overrides") for path in (ROOT / "overrides").rglob("*") if path.is_file()]
    assert any(path.name == "print-cover.html" for path in overrides)
    published = [str(path) for path in overrides if (site / path).exists()]
    assert not published, f"overrides/ is for the theme, not for readers: {published}"
