"""The budget's table per group and year, and its chart's numbers."""

from __future__ import annotations

from macros.render import budget
from macros.render.classes import ILLUSTRATIVE


def test_budget_summary_totals(plan):
    text = budget.budget_summary(plan)
    rows = {line.split(" | ")[0].strip("| "): line for line in text.splitlines() if line.startswith("|")}
    assert rows["Smart Governance"] == "| Smart Governance | 500 | 300 | 250 | 0 | 0 | **1.050** |"
    assert rows["Smart Living"] == "| Smart Living | 200 | 150 | 0 | 0 | 0 | **350** |"
    assert rows["**Jumlah**"] == "| **Jumlah** | **700** | **450** | **250** | **0** | **0** | **1.400** |"
    assert ILLUSTRATIVE in text


def test_budget_summary_of_one_dimension_is_by_element(plan):
    text = budget.budget_summary(plan, "living")
    assert "| Elemen | 2025 |" in text
    assert "| Kesehatan | 200 | 150 | 0 | 0 | 0 | **350** |" in text
    assert "| Harmonisasi tata ruang | 0 |" in text and "Smart Governance" not in text
    assert ILLUSTRATIVE not in text  # LIV-01's figures are not illustrative
