"""The mkdocs-macros adapter: under `mkdocs serve` it uses the engine's code as edited (macros/__init__.py)."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import macros
from support import ROOT


def every_module() -> list[str]:
    """Every module of the engine, by the files in macros/ (subpackages included)."""
    return [m.name for m in pkgutil.walk_packages([str(ROOT / "macros")], "macros.")]


def test_after_an_edit_every_module_of_the_engine_is_read_again():
    names = every_module()
    assert "macros.site.build" in names and "macros.data.model" in names
    for name in names:
        importlib.import_module(name)
    kept = {name: module for name, module in sys.modules.items() if name.startswith("macros.")}
    try:
        macros._loaded.clear()
        macros._fresh_modules()  # the files as they are now: the first build forgets nothing
        macros._fresh_modules()
        assert set(names) <= set(sys.modules)  # nothing changed: nothing forgotten
        macros._loaded[next(iter(macros._loaded))] -= 1  # as if one file had been edited since
        macros._fresh_modules()
        assert not [name for name in sys.modules if name.startswith("macros.")]  # each is imported anew
    finally:
        sys.modules.update(kept)
