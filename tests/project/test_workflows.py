"""GitHub workflows, templates and hooks: checked offline (zizmor, GitHub's schemas), and the rules no tool checks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

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


def test_a_pull_requests_code_runs_with_read_permissions_only():
    """Every workflow a pull request triggers grants nothing by default and no job more than read
    (zizmor flags pull_request_target, but not a write permission given to a pull request's job)."""
    triggered = [path.name for path in WORKFLOWS if "pull_request" in workflow(path.name)["on"]]
    assert triggered
    for name in triggered:
        flow = workflow(name)
        assert flow["permissions"] == {}, name
        for job_name, job in flow["jobs"].items():
            assert set(job.get("permissions", {}).values()) <= {"read", "none"}, (name, job_name)


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
    assert len(pins) == 11  # checkout and setup-python in five jobs, upload-artifact once
    for pin in pins:
        assert re.fullmatch(r"[0-9a-f]{40}", pin[1]) and re.fullmatch(r" # v\d+\.\d+\.\d+", pin[2]), pin


def test_pre_commit_runs_the_make_checks():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    assert [hook["entry"] for hook in hooks] == ["make check", "make lint"]
    result = run(str(BIN / "pre-commit"), "validate-config", ".pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_code_is_lint_clean():
    result = run(str(BIN / "ruff"), "check", ".")  # the whole repository, settings in pyproject.toml
    assert result.returncode == 0, result.stdout


def test_the_report_form_each_programme_links_to_exists_and_takes_its_id():
    """Programme blocks link to the form with ?template=<file>&program=<id>; GitHub fills the field by its id."""
    from urllib.parse import parse_qs, urlsplit

    from macros.render.programs import report_form_url

    query = parse_qs(urlsplit(report_form_url("https://github.com/o/r")).query)
    form = yaml.safe_load((GITHUB / "ISSUE_TEMPLATE" / query["template"][0]).read_text(encoding="utf-8"))
    fields = {item.get("id"): item for item in form["body"]}
    assert fields["program"]["type"] == "input"
    assert form["name"] == "Laporan capaian program"
