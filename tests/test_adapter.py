"""The mkdocs-macros adapter: under `mkdocs serve` it reloads edited macro code (macros/__init__.py)."""

from __future__ import annotations

import ast

import macros
from conftest import ROOT

#: Run by `python -m macros.<name>` (make check, make release), never imported by a build.
COMMANDS = {"check", "release"}


def imports_within_the_package(path) -> set[str]:
    """The macros modules `path` imports: `from .x import y` and `from . import x, y`."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found |= {node.module} if node.module else {alias.name for alias in node.names}
    return found


def test_serve_reloads_every_module_after_the_modules_it_imports():
    modules = {p.stem: p for p in (ROOT / "macros").glob("*.py") if p.stem != "__init__"}
    order = list(macros._MODULES)
    assert sorted(order) == sorted(set(modules) - COMMANDS)  # a module left out keeps its old code under serve
    for name in order:
        earlier = set(order[: order.index(name)])
        assert imports_within_the_package(modules[name]) <= earlier, name
