"""The monthly reminder workflow: when it runs, what it may do, and that every text reaches gh as a file
(zizmor and GitHub's schema check it in tests/project/test_workflows.py)."""

from __future__ import annotations

import re

import yaml

from support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pengingat.yml"


def flow() -> dict:
    return yaml.load(WORKFLOW.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def test_it_runs_monthly_and_by_hand():
    on = flow()["on"]
    (cron,) = [entry["cron"] for entry in on["schedule"]]
    assert re.fullmatch(r"\d+ \d+ 1 \* \*", cron) and "workflow_dispatch" in on


def test_it_may_only_read_the_code_and_write_issues():
    workflow = flow()
    assert workflow["permissions"] == {}
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read", "issues": "write"}


def test_the_decisions_are_the_tested_command_and_texts_go_to_gh_as_files():
    (job,) = flow()["jobs"].values()
    runs = [step["run"] for step in job["steps"] if "run" in step]
    assert all("${{" not in run for run in runs)
    assert any("make reminders" in run for run in runs)
    lines = [line for run in runs for line in run.splitlines()]
    gh_writes = [line for line in lines if re.search(r"gh issue (create|edit|comment)", line)]
    assert gh_writes and all("--body-file" in line and "--body " not in line for line in gh_writes)
