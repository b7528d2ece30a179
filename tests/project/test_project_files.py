"""Standard project files: pyproject.toml and the locks, CITATION.cff, Dependabot, editor settings."""

from __future__ import annotations

import datetime
import importlib.metadata
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from support import ROOT

BIN = Path(sys.executable).parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[\w,-]+\])?==(\S+)$")


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(requirements: list[str]) -> dict[str, str]:
    """{name: version} of requirements written `name==version` (extras allowed); fails on any other."""
    found = {}
    for requirement in requirements:
        match = PIN.match(requirement)
        assert match, f"{requirement!r}: a direct dependency is pinned exactly, name==version"
        found[canonical(match[1])] = match[2]
    return found


def locked(lock: str) -> dict[str, str]:
    """{name: version} of a pip-compile lock, checking that every package carries its hashes."""
    text = (ROOT / lock).read_text(encoding="utf-8")
    entries = re.findall(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\\n((?:    --hash=sha256:[0-9a-f]{64}.*\n)+)",
                         text, flags=re.MULTILINE)
    starts = re.findall(r"^[^\s#]", text, flags=re.MULTILINE)
    assert len(entries) == len(starts), f"{lock}: every line is `name==version` followed by its hashes"
    return {canonical(name): version for name, version, _ in entries}


def document() -> dict:
    return yaml.safe_load((ROOT / "data" / "masterplan.yml").read_text(encoding="utf-8"))


class MkDocsLoader(yaml.SafeLoader):
    """mkdocs.yml as it reads with no environment: an !ENV value is its default."""


MkDocsLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])
MkDocsLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: suffix)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=MkDocsLoader)


# -- pyproject.toml and the locks ----------------------------------------------------------------

def test_direct_dependencies_are_declared_once_and_locked_at_their_pins():
    assert not list(ROOT.glob("requirements*.in"))  # pyproject.toml is the one place
    site = pins(PYPROJECT["project"]["dependencies"])
    tests = pins(PYPROJECT["project"]["optional-dependencies"]["test"])
    site_lock, test_lock = locked("requirements.txt"), locked("requirements-test.txt")
    for name, version in site.items():
        assert site_lock.get(name) == version, f"{name}: pyproject.toml pins {version}; run `make lock`"
    for name, version in {**site, **tests}.items():
        assert test_lock.get(name) == version, f"{name}: pyproject.toml pins {version}; run `make lock`"
    # The test lock holds the site build at the same versions, so that it installs alone.
    assert {name: test_lock.get(name) for name in site_lock} == site_lock


def test_the_project_itself_is_never_installed():
    for lock in ("requirements.txt", "requirements-test.txt"):
        assert canonical(PYPROJECT["project"]["name"]) not in locked(lock)
        text = (ROOT / lock).read_text(encoding="utf-8")
        assert not re.search(r"^\s*(-e|--editable|\.|file:)", text, flags=re.MULTILINE), lock
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.distribution(PYPROJECT["project"]["name"])


# -- CITATION.cff --------------------------------------------------------------------------------

def test_citation_file_follows_the_document():
    """CITATION.cff must follow data/masterplan.yml (and mkdocs.yml): update it when they change."""
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    plan, config = document(), mkdocs_config()
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "software"
    preferred = cff["preferred-citation"]
    assert preferred["type"] == "report"
    for citation in (cff, preferred):
        assert citation["title"] == plan["judul"], "CITATION.cff: title is `judul` of data/masterplan.yml"
        assert [a["name"] for a in citation["authors"]] == [plan["penerbit"]], \
            "CITATION.cff: the author is `penerbit` of data/masterplan.yml, an institution"
        assert citation["version"] == plan["versi"], "CITATION.cff: version is `versi` of data/masterplan.yml"
        assert citation["url"] == config["site_url"], "CITATION.cff: url is site_url of mkdocs.yml"
    assert cff["repository-code"] == config["repo_url"]
    assert preferred["publisher"]["name"] == preferred["institution"]["name"] == plan["penerbit"]
    assert isinstance(cff["date-released"], datetime.date) and preferred["year"] == cff["date-released"].year


def test_the_engine_s_version_is_its_newest_release_in_the_changelog():
    releases = re.findall(r"^## \[([0-9]+\.[0-9]+\.[0-9]+)\]", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"),
                          flags=re.MULTILINE)
    assert releases and PYPROJECT["project"]["version"] == releases[0], "pyproject.toml: version is CHANGELOG's newest"


def test_citation_file_matches_its_schema():
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.citation-file-format", "CITATION.cff")
    assert result.returncode == 0, result.stdout + result.stderr


# -- Dependabot ----------------------------------------------------------------------------------

def test_dependabot_config_matches_its_schema_and_zizmor_finds_nothing():
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.dependabot", ".github/dependabot.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    result = run(str(BIN / "zizmor"), "--offline", "--strict-collection", ".github/dependabot.yml")
    assert result.returncode == 0, result.stdout + result.stderr


# -- Editor settings -----------------------------------------------------------------------------

def test_vscode_knows_the_schemas_and_the_tags_of_mkdocs_yml():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    schemas = settings["yaml.schemas"]
    assert schemas["https://squidfunk.github.io/mkdocs-material/schema.json"] == "mkdocs.yml"
    for schema, files in schemas.items():
        if not schema.startswith("https://"):
            assert (ROOT / schema).is_file(), schema
            assert list(ROOT.glob(files)), files
    # Every tag mkdocs.yml uses is declared, so that the editor does not flag it.
    declared = {tag.split()[0] for tag in settings["yaml.customTags"]}
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"(?<=: )!\w+", text))
    used |= {"tag:yaml.org,2002:python/name:" + name for name in re.findall(r"!!python/name:([\w.]+)", text)}
    assert used and used <= declared, used - declared
