"""ProperDocs, the original maintainers' continuation of MkDocs 1.x, builds the site as MkDocs does.

MkDocs 1.x has had no release since August 2024 and Material reaches its end of life on 5 May 2027:
ProperDocs is the engine to move to (README, "Mesin situs"). Its pages must equal MkDocs' but for the
generator tag, so that a move changes nothing a reader or a cited link sees.
"""

from __future__ import annotations

import re

from support import PROPERDOCS, ROOT, build

_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_properdocs_builds_the_site_strictly_with_the_same_pages(real_build, tmp_path):
    site, _ = real_build
    result = build(ROOT, tmp_path / "site", engine=PROPERDOCS)
    assert result.returncode == 0, result.stderr
    assert "properdocs.yml" not in result.stderr  # the config file is named, as ProperDocs asks
    ours = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    theirs = sorted(p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*") if p.is_file())
    assert ours == theirs
    different = [str(path) for path in ours
                 if _GENERATOR.sub(b"", (site / path).read_bytes())
                 != _GENERATOR.sub(b"", (tmp_path / "site" / path).read_bytes())]
    assert different == []
    assert b"ProperDocs 1.6.7" in (tmp_path / "site" / "index.html").read_bytes()
