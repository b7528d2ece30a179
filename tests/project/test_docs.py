"""What the contributor docs say matches the code."""

from __future__ import annotations

import inspect
import re

from macros.site.macros import NAMES, PageMacros
from support import ROOT


def documented_macros() -> dict[str, list[str]]:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)\(([^)]*)\)` \|", text, flags=re.MULTILINE)
    return {name: [a.strip() for a in args.split(",") if a.strip()] for name, args in rows}


def test_documented_macros_are_the_registered_ones_with_their_arguments():
    documented = documented_macros()
    assert sorted(documented) == sorted(NAMES)
    for name, arguments in documented.items():
        parameters = list(inspect.signature(getattr(PageMacros, name)).parameters)[1:]  # drop self
        assert arguments == parameters, name
