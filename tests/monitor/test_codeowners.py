"""Who owns a file, as GitHub reads CODEOWNERS."""

from __future__ import annotations

import subprocess
import sys

import pytest

from macros.monitor.codeowners import owners, read
from support import ROOT

RULES = read("""# comment
*                 @org/site
/data/            @org/planning @org/team   # data
/data/schema/     @org/site
*.md              @org/writers
docs/rencana/**/living.md @org/living
/data/opd.yml
""")


@pytest.mark.parametrize("path, expected", [
    ("README.mk", ("@org/site",)),
    ("data/program/governance.yml", ("@org/planning", "@org/team")),
    ("data/schema/program.schema.json", ("@org/site",)),  # the last matching rule wins
    ("docs/deep/page.md", ("@org/writers",)),  # no slash: any depth
    ("docs/rencana/a/b/living.md", ("@org/living",)),
    ("data/opd.yml", ()),  # a pattern without owners takes ownership away
    ("mydata/x.yml", ("@org/site",)),  # /data/ is anchored to the root
])
def test_the_last_matching_rule_wins(path, expected):
    assert owners(RULES, path) == expected


def test_no_codeowners_no_owners():
    assert owners(read(""), "data/program/x.yml") == ()


def test_a_pattern_of_many_stars_is_matched_at_once():
    """`*a*a*...*b` as a regular expression backtracked for minutes on a path of a's; a fresh process
    stops the test rather than the suite if that comes back."""
    code = ("from macros.monitor import codeowners; "
            "print(codeowners.owners(codeowners.read('*a' * 40 + '*b @x'), 'data/' + 'a' * 60 + '.yml'))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=20)
    assert result.stdout.strip() == "()"
