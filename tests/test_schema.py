"""The one schema: valid JSON Schema, and wired to every data file for editors."""

from __future__ import annotations

import fnmatch
import json
import re

import pytest
from jsonschema import Draft202012Validator

from conftest import ROOT
from macros import urls

SCHEMAS = sorted((ROOT / "data" / "schema").glob("*.schema.json"))
# Data contributors edit; the link registry is generated (macros/urls.py), not edited.
DATA_FILES = sorted(p for p in (ROOT / "data").rglob("*.yml") if p != ROOT / urls.REGISTRY)


@pytest.mark.parametrize("schema", SCHEMAS, ids=[s.name for s in SCHEMAS])
def test_schema_is_valid_json_schema(schema):
    Draft202012Validator.check_schema(json.loads(schema.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", DATA_FILES, ids=[str(p.relative_to(ROOT)) for p in DATA_FILES])
def test_editors_validate_every_data_file(path):
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    relative = path.relative_to(ROOT).as_posix()
    matches = [schema for schema, glob in settings.items() if fnmatch.fnmatch(relative, glob)]
    assert len(matches) == 1, relative
    assert (ROOT / matches[0]).is_file()
    modeline = re.match(r"# yaml-language-server: \$schema=(\S+)", path.read_text(encoding="utf-8"))
    assert modeline, f"{relative} lacks the yaml-language-server line"
    assert (path.parent / modeline.group(1)).resolve() == (ROOT / matches[0]).resolve()
