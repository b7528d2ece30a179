"""What the contributor docs say matches the code."""

from __future__ import annotations

import datetime
import inspect
import re

from babel.dates import get_month_names

from macros.site.macros import NAMES, PageMacros
from support import ROOT


def documented_macros() -> dict[str, list[str]]:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)\(([^)]*)\)` \|", text, flags=re.MULTILINE)
    return {name: [a.strip() for a in args.split(",") if a.strip()] for name, args in rows}


def test_documented_macros_are_the_registered_ones_with_their_arguments():
    documented = documented_macros()
    assert sorted(documented) == sorted(NAMES)
    for name, arguments in documented.items():
        parameters = list(inspect.signature(getattr(PageMacros, name)).parameters)[1:]  # drop self
        assert arguments == parameters, name


def test_progress_example_in_contributing_is_valid_data(tmp_path):
    """The web-editor example an agency copies must pass the checks it describes."""
    import shutil

    import yaml

    from macros.data.read import read_masterplan

    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Melaporkan capaian program", 1)[1]
    example = yaml.safe_load(re.search(r"```yaml\n(.*?)```", section, flags=re.DOTALL).group(1))
    program_id = re.search(r"melaporkan tahun pertama ([A-Z]{3}-\d+)", section).group(1)
    day = re.search(r"pada (\d+ \w+ \d{4}) Diskominfo", section).group(1)  # the report's day, in the example

    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    path = data / "program" / "governance.yml"
    programs = yaml.safe_load(path.read_text(encoding="utf-8"))
    program = next(p for p in programs if p["id"] == program_id)
    reported = example.pop("indikator")
    for indicator in reported:
        same = next(i for i in program["indikator"] if i["nama"] == indicator["nama"])
        same.update(indicator)
    program.update(example)
    path.write_text(yaml.safe_dump(programs, allow_unicode=True, sort_keys=False), encoding="utf-8")

    months = {name: number for number, name in get_month_names("wide", locale="id").items()}
    today = datetime.date(int(day.split()[2]), months[day.split()[1]], int(day.split()[0]))
    plan = read_masterplan(data, today=today)
    updated = plan.program_by_id[program_id]
    assert updated.status == example["riwayat_status"][-1]["status"]
    assert updated.indikator[0].capaian, "the example adds a capaian"
    assert updated.realised_total, "the example adds a realisasi"
