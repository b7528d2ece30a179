"""The one schema: valid JSON Schema, wired to every data file for editors, one vocabulary for all."""

from __future__ import annotations

import fnmatch
import json
import re

import jsonschema_rs
import pytest

from macros import settings
from macros.data import schema, vocabulary
from support import ROOT

SCHEMAS = sorted((ROOT / settings.SCHEMAS).glob("*.schema.json"))
# Data contributors edit; the link registry is generated (macros/publish/link_registry.py), not edited.
DATA_FILES = sorted(p for p in (ROOT / "data").rglob("*.yml") if p != ROOT / settings.PUBLISHED_LINKS)


@pytest.mark.parametrize("path", SCHEMAS, ids=[s.name for s in SCHEMAS])
def test_schema_is_valid_json_schema(path):
    jsonschema_rs.meta.validate(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", DATA_FILES, ids=[str(p.relative_to(ROOT)) for p in DATA_FILES])
def test_editors_validate_every_data_file(path):
    wired = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    relative = path.relative_to(ROOT).as_posix()
    matches = [name for name, glob in wired.items() if isinstance(glob, str) and fnmatch.fnmatch(relative, glob)]
    assert len(matches) == 1, relative
    assert (ROOT / matches[0]).is_file()
    modeline = re.match(r"# yaml-language-server: \$schema=(\S+)", path.read_text(encoding="utf-8"))
    assert modeline, f"{relative} lacks the yaml-language-server line"
    assert (path.parent / modeline.group(1)).resolve() == (ROOT / matches[0]).resolve()


def test_fixed_values_are_defined_once_in_the_vocabulary():
    """Stages, statuses and funding sources: only kosakata.schema.json lists them; the others refer to it."""
    words = vocabulary.from_schema(json.loads((ROOT / settings.SCHEMAS / vocabulary.SCHEMA).read_text("utf-8")))
    assert words.values("status_program") == ("rencana", "berjalan", "selesai", "tertunda", "dibatalkan")
    assert words.label("tahapan", "quick-win") == "Quick win"
    assert words.label("status_naskah", "ditetapkan") == "Ditetapkan"
    for path in SCHEMAS:
        if path.name == vocabulary.SCHEMA:
            continue
        text = path.read_text(encoding="utf-8")
        for value in ("jangka-menengah", "dibatalkan", "ditetapkan", "APBD Provinsi"):
            assert f'"{value}"' not in text, f"{path.name} lists {value} again"


def test_references_between_schemas_resolve():
    schemas = schema.read(ROOT / settings.SCHEMAS)
    refs = {m for path in SCHEMAS for m in re.findall(r'"\$ref": "([^"#]+)#', path.read_text(encoding="utf-8"))}
    names = {p.name for p in SCHEMAS}
    assert vocabulary.SCHEMA in refs and refs <= names and set(schemas.validators) == names


def test_a_list_file_s_schema_says_nothing_but_what_its_records_are():
    """List files are checked record by record (so that a file of thousands of wrong records answers at
    once): a keyword of the list itself, such as minItems, would go unchecked."""
    for path in sorted((ROOT / "data" / "schema").glob("*.schema.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("type") == "array":
            assert set(document) - {"$schema", "$id", "title", "description", "$defs"} == {"type", "items"}, path
