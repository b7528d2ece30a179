"""GitHub workflows, templates and hooks: checked offline, and least privilege asserted."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import ROOT

BIN = Path(sys.executable).parent
GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def workflow(name: str) -> dict:
    data = yaml.load((GITHUB / "workflows" / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    return data


def test_zizmor_finds_nothing():
    result = run(str(BIN / "zizmor"), "--offline", "--strict-collection", ".github/workflows")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


def test_workflows_match_github_schema():
    result = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                 *(str(w) for w in WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_issue_forms_match_github_schema():
    forms = [str(p) for p in (GITHUB / "ISSUE_TEMPLATE").glob("*.yml") if p.name != "config.yml"]
    assert len(forms) == 3
    assert run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-issue-forms", *forms).returncode == 0
    config = str(GITHUB / "ISSUE_TEMPLATE" / "config.yml")
    assert run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-issue-config", config).returncode == 0


def test_no_workflow_uses_pull_request_target():
    for path in WORKFLOWS:
        assert "pull_request_target" not in workflow(path.name)["on"], path.name


def test_pull_requests_run_read_only_checks_only():
    pr = workflow("usulan.yml")
    assert list(pr["on"]) == ["pull_request"]
    assert pr["permissions"] == {}
    assert [job["permissions"] for job in pr["jobs"].values()] == [{"contents": "read"}]
    checks = workflow("periksa.yml")
    assert list(checks["on"]) == ["workflow_call"] and checks["permissions"] == {}
    assert checks["jobs"]["periksa"]["permissions"] == {"contents": "read"}
    steps = " ".join(step.get("run", "") for step in checks["jobs"]["periksa"]["steps"])
    for command in ("make check", "make lint", "make build", "make test"):
        assert command in steps
    assert "secrets" not in (GITHUB / "workflows" / "periksa.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, trigger, command", [
    ("terbitkan.yml", {"push": {"branches": ["main"]}}, "make draft"),
    ("rilis.yml", {"push": {"tags": ["v[0-9]+.[0-9]+"]}}, 'make release VERSION="${TAG#v}"'),
])
def test_deploys_follow_the_checks_one_at_a_time(name, trigger, command):
    flow = workflow(name)
    assert flow["on"] == trigger and flow["permissions"] == {}
    assert flow["concurrency"] == {"group": "gh-pages", "cancel-in-progress": "false"}
    deploy = next(job for key, job in flow["jobs"].items() if key != "periksa")
    assert deploy["needs"] == "periksa"
    assert deploy["permissions"] == {"contents": "write"}
    checkout = deploy["steps"][0]
    assert checkout["with"] == {"fetch-depth": "0", "persist-credentials": "false"}
    assert any(step.get("run") == command for step in deploy["steps"])


def test_reusable_workflows_of_this_repository_exist():
    # A reusable workflow of this repository is called as $/.github/workflows/<file>, GitHub's
    # self-repository syntax: this commit's file, whatever is checked out (zizmor's self-repository
    # audit flags the older ./ form). One of another repository carries @<ref>, like an action.
    local = [(path.name, job["uses"]) for path in WORKFLOWS for job in workflow(path.name)["jobs"].values()
             if "uses" in job and "@" not in job["uses"]]
    assert len(local) == 3, local  # the shared checks, called by usulan, terbitkan and rilis
    for name, uses in local:
        assert uses.startswith("$/.github/workflows/"), (name, uses)
        called = (ROOT / uses.removeprefix("$/")).resolve()
        assert called.parent == GITHUB / "workflows" and called.is_file(), (name, uses)
        assert "workflow_call" in workflow(called.name)["on"], (name, uses)


def test_actions_are_pinned_to_full_commit_shas():
    uses = re.compile(r"uses: ([\w-]+/[\w-]+)@(\S+)(.*)")
    pins = [(action, ref, comment) for path in WORKFLOWS
            for action, ref, comment in uses.findall(path.read_text(encoding="utf-8"))]
    assert len(pins) == 7  # checkout and setup-python in three jobs, upload-artifact once
    for pin in pins:
        assert re.fullmatch(r"[0-9a-f]{40}", pin[1]) and re.fullmatch(r" # v\d+\.\d+\.\d+", pin[2]), pin


def test_pre_commit_runs_the_make_checks():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    assert [hook["entry"] for hook in hooks] == ["make check", "make lint"]
    result = run(str(BIN / "pre-commit"), "validate-config", ".pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_codeowners_cover_chapters_and_data():
    owners = (GITHUB / "CODEOWNERS").read_text(encoding="utf-8")
    for path in ("/data/", "/docs/analisis-strategis.md", "/docs/rencana-pembangunan/", "/macros/"):
        assert re.search(rf"^{re.escape(path)}\s+@", owners, flags=re.MULTILINE), path


def test_python_code_is_lint_clean():
    result = run(str(BIN / "ruff"), "check", ".")  # the whole repository, settings in pyproject.toml
    assert result.returncode == 0, result.stdout


def test_the_report_form_each_programme_links_to_exists_and_takes_its_id():
    """Programme blocks link to the form with ?template=<file>&program=<id>; GitHub fills the field by its id."""
    from urllib.parse import parse_qs, urlsplit

    from macros.site.build import report_form

    query = parse_qs(urlsplit(report_form("https://github.com/o/r")).query)
    form = yaml.safe_load((GITHUB / "ISSUE_TEMPLATE" / query["template"][0]).read_text(encoding="utf-8"))
    fields = {item.get("id"): item for item in form["body"]}
    assert fields["program"]["type"] == "input"
    assert form["name"] == "Laporan capaian program"
