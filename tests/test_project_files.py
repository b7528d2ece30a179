"""Standard project files: pyproject.toml."""

from __future__ import annotations

import tomllib

from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# -- pyproject.toml -------------------------------------------------------------------------------

def test_pyproject_holds_the_tool_settings():
    project, tools = PYPROJECT["project"], PYPROJECT["tool"]
    assert project["name"] == "masterplan-smart-city" and project["requires-python"] == ">=3.11"
    assert project["license"] == "MIT" and (ROOT / "LICENSE").is_file()
    assert tools["ruff"]["line-length"] == 120 and tools["ruff"]["target-version"] == "py311"
    assert not (ROOT / "tests" / "ruff.toml").exists() and not (ROOT / "ruff.toml").exists()
    pytest_options = tools["pytest"]["ini_options"]
    assert pytest_options["testpaths"] == ["tests"] and pytest_options["filterwarnings"] == ["error"]
    assert any(marker.startswith("slow:") for marker in pytest_options["markers"])
