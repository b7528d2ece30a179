"""The workflow that turns a report into a pull request: the rules of its safety that no tool checks
(zizmor and GitHub's schema check it in tests/project/test_workflows.py)."""

from __future__ import annotations

import re

import yaml

from support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "laporan.yml"


def flow() -> dict:
    return yaml.load(WORKFLOW.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def test_no_text_of_the_issue_is_ever_inside_an_expression():
    text = WORKFLOW.read_text(encoding="utf-8")
    for untrusted in ("issue.body", "issue.title", "comment.body", "head_ref", "label.description"):
        assert untrusted not in text, untrusted
    expressions = set(re.findall(r"\$\{\{\s*([^}]*?)\s*\}\}", text))
    assert expressions == {"github.event.issue.number", "secrets.GITHUB_TOKEN"}, expressions


def test_no_shell_line_holds_an_expression_the_body_reaches_the_code_as_a_file():
    steps = [step for job in flow()["jobs"].values() for step in job["steps"]]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs and all("${{" not in run for run in runs)
    assert any(re.search(r'gh issue view "\$NUMBER" .*--json body --jq \.body > "\$RUNNER_TEMP/laporan\.md"', run)
               for run in runs)
    assert any('make apply-report ISSUE="$RUNNER_TEMP/laporan.md"' in run for run in runs)
    assert any("--body-file" in run and "gh pr create" in run for run in runs)


def test_only_a_maintainers_label_on_a_report_starts_it():
    workflow = flow()
    assert workflow["on"] == {"issues": {"types": ["labeled"]}}
    (job,) = workflow["jobs"].values()
    assert "github.event.label.name == 'laporan-diproses'" in job["if"]
    assert "contains(github.event.issue.labels.*.name, 'laporan-capaian')" in job["if"]


def test_permissions_are_the_least_it_needs():
    workflow = flow()
    assert workflow["permissions"] == {}
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "write", "pull-requests": "write", "issues": "write"}
    assert "write-all" not in WORKFLOW.read_text(encoding="utf-8")
    checkout = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] == "false" and checkout["with"]["ref"] == "main"


def test_one_run_per_issue_at_a_time():
    assert flow()["concurrency"] == {"group": "laporan-${{ github.event.issue.number }}", "cancel-in-progress": "false"}


def test_the_label_is_documented_for_maintainers():
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "`laporan-diproses`" in contributing and "make apply-report ISSUE=" in contributing
