"""CONTRIBUTING's examples of a progress report are valid data on the day they are read.

Each example is applied to a copy of the live data and validated against the real date, or against
the day the example says it becomes possible when that day is still to come; an example said to be
possible today must be valid today.
"""

from __future__ import annotations

import datetime
import re
import shutil

import pytest
import yaml
from babel.dates import get_month_names

from macros import settings
from macros.data.read import read_masterplan
from support import ROOT

SECTION = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8").split("## Melaporkan capaian program", 1)[1]
SECTION = SECTION.split("\n## ", 1)[0]
def examples(section: str) -> list[tuple[str, str, str]]:
    """Each YAML example with the paragraph before it that names its day ("pada 1 Desember 2026") and
    programme: (paragraph, day, YAML)."""
    found, sentence = [], ""
    for paragraph in re.split(r"\n\n(?=```yaml|[^`])", section):
        if paragraph.startswith("```yaml"):
            found.append((sentence, re.search(r"pada\s+(\d+\s+\w+\s+\d{4})", sentence).group(1),
                          paragraph.removeprefix("```yaml\n").split("```")[0]))
        elif re.search(r"pada\s+\d+\s+\w+\s+\d{4}", paragraph):
            sentence = paragraph
    return found


EXAMPLES = examples(SECTION)
MONTHS = {name: number for number, name in get_month_names("wide", locale="id").items()}


def day_of(text: str) -> datetime.date:
    day, month, year = text.split()  # any whitespace: the date may be broken over two lines
    return datetime.date(int(year), MONTHS[month], int(day))


def apply(program: dict, example: dict) -> None:
    """What an agency does in the web editor: new years of spending, new results under existing
    indicators, a status appended to the history, the review replaced."""
    for year, spent in example.get("realisasi", {}).items():
        program.setdefault("realisasi", {})[year] = spent
    for reported in example.get("indikator", []):
        indicator = next(i for i in program["indikator"] if i["nama"] == reported["nama"])
        indicator.setdefault("capaian", []).extend(reported["capaian"])
    program["riwayat_status"] += example.get("riwayat_status", [])
    program["ditinjau"] = example.get("ditinjau", program["ditinjau"])


def test_there_is_an_example_for_today_and_one_for_the_first_results():
    assert len(EXAMPLES) == 2
    assert "hari ini" in EXAMPLES[0][0] and day_of(EXAMPLES[0][1]) <= settings.today()
    assert "capaian" in EXAMPLES[1][2] and "realisasi" in EXAMPLES[1][2]


@pytest.mark.parametrize("sentence, day, block", EXAMPLES, ids=["hari-ini", "capaian-pertama"])
def test_each_example_is_valid_data_from_its_day(tmp_path, sentence, day, block):
    program_id = re.search(r"\b([A-Z]{3}-\d+)\b", sentence).group(1)
    example = yaml.safe_load(block)
    data = shutil.copytree(ROOT / "data", tmp_path / "data")
    path = next(f for f in (data / "program").glob("*.yml") if f"id: {program_id}\n" in f.read_text(encoding="utf-8"))
    programs = yaml.safe_load(path.read_text(encoding="utf-8"))
    apply(next(p for p in programs if p["id"] == program_id), example)
    path.write_text(yaml.safe_dump(programs, allow_unicode=True, sort_keys=False), encoding="utf-8")

    plan = read_masterplan(data, today=max(settings.today(), day_of(day)))  # raises, listing every problem
    updated = plan.program_by_id[program_id]
    assert updated.ditinjau.tanggal == datetime.date.fromisoformat(str(example["ditinjau"]["tanggal"]))
    if "indikator" in example:
        assert updated.status == example["riwayat_status"][-1]["status"]
        assert updated.indikator[0].capaian and updated.realisasi
