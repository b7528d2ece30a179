"""Selecting programmes by the filters macros accept; unknown values are errors."""

from __future__ import annotations

import pytest

from macros.errors import MasterplanError
from macros.plan import select


@pytest.mark.parametrize("filters, expected", [
    ({}, ["GOV-01", "GOV-02", "LIV-01"]),
    ({"dimensi": "governance"}, ["GOV-01", "GOV-02"]),
    ({"elemen": "kesehatan"}, ["LIV-01"]),
    ({"tahapan": "quick-win"}, ["GOV-01"]),
    ({"opd": "diskominfo"}, ["GOV-01", "GOV-02", "LIV-01"]),  # lead or support
    ({"opd": "bappeda"}, ["GOV-01"]),
    ({"status": "rencana"}, ["GOV-02", "LIV-01"]),
    ({"tahun": 2027}, ["GOV-02"]),
    ({"dimensi": "governance", "tahun": 2025}, ["GOV-01"]),
])
def test_select_filters(plan, filters, expected):
    assert [p.id for p in select.programs(plan, **filters)] == expected


@pytest.mark.parametrize("filters, words", [
    ({"dimensi": "govrnance"}, "filter dimensi='govrnance' tidak dikenal"),
    ({"elemen": "x"}, "filter elemen='x' tidak dikenal"),
    ({"tahapan": "segera"}, "pilihan: quick-win, jangka-pendek, jangka-menengah"),
    ({"opd": "dinas-x"}, "filter opd='dinas-x' tidak dikenal"),
    ({"status": "jalan"}, "filter status='jalan' tidak dikenal"),
    ({"tahun": 2040}, "filter tahun=2040 di luar periode masterplan 2025–2029"),
])
def test_unknown_filter_values_are_errors(plan, filters, words):
    with pytest.raises(MasterplanError, match=words.replace("(", r"\(")):
        select.programs(plan, **filters)


def test_a_huge_filter_value_is_quoted_short(plan):
    with pytest.raises(MasterplanError) as caught:
        select.programs(plan, dimensi="x" * 100_000)
    assert str(caught.value).startswith("filter dimensi='xxxxxxxx") and len(str(caught.value)) < 200


def test_unknown_programme_id_is_an_error(plan):
    with pytest.raises(MasterplanError, match="program 'GOV-99' tidak ada"):
        select.one(plan, "GOV-99")


