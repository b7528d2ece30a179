"""Roadmaps as Mermaid gantt charts: sections, tags, dates, safe labels."""

from __future__ import annotations

import dataclasses

from macros import roadmap
from macros.query import program


def test_gantt_sections_tags_and_dates(plan):
    text = roadmap.gantt(plan.programs, plan, "Roadmap: semua", by="dimensi")
    lines = text.splitlines()
    assert lines[:3] == ["```mermaid", "gantt", "    title Roadmap semua"]
    assert "    section Smart Governance" in lines and "    section Smart Living" in lines
    assert "    GOV-01 Aplikasi Layanan Kota :crit, active, gov01, 2025-01-01, 2025-12-31" in lines
    assert "    GOV-02 Satu Data :gov02, 2026-01-01, 2028-12-31" in lines
    assert lines[-1] == "```"


def test_gantt_labels_are_safe_and_short(plan):
    long = dataclasses.replace(program(plan, "GOV-02"), nama="Nama: sangat; panjang # " + "x" * 80)
    line = roadmap.gantt([long], plan, "t", by="elemen").splitlines()[-2]
    label = line.split(" :")[0].strip()
    assert ":" not in label and ";" not in label and "#" not in label
    assert len(label) <= roadmap.LABEL_MAX and label.endswith("…")


