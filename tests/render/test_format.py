"""Numbers, money and dates the Indonesian way."""

from __future__ import annotations

import datetime

import pytest

from macros.render.format import juta, miliar, number, percent, rupiah, tanggal


def test_rupiah_and_millions_use_indonesian_separators():
    assert rupiah(1_250_000_000) == "Rp1.250.000.000"
    assert juta(1_250_000_000) == "1.250"
    assert juta(12_500_000) == "12,5"
    assert miliar(12_500_000_000) == "Rp12,5 miliar"
    assert miliar(1_250_000_000_000, unit=False) == "1.250,0"


@pytest.mark.parametrize("amount, shown", [(2_450_000_000, "2,5"), (4_250_000_000, "4,3"), (6_049_999_999, "6,0")])
def test_a_half_rounds_up_as_readers_round(amount, shown):
    assert miliar(amount, unit=False) == shown


@pytest.mark.parametrize("value, shown", [(1500, "1.500"), (12.5, "12,5"), (5.0, "5,0"), (0.125, "0,125"),
                                          (1234567.25, "1.234.567,25")])
def test_a_number_keeps_the_decimals_it_was_written_with(value, shown):
    assert number(value) == shown


def test_a_share_has_at_most_one_decimal():
    assert [percent(v) for v in (42.5, 100.0, 99.96, 12.34, None)] == ["42,5%", "100%", "100%", "12,3%", "–"]


def test_dates_have_indonesian_month_names():
    assert tanggal(datetime.date(2026, 11, 28)) == "28 November 2026"
    assert tanggal(datetime.date(2027, 2, 1)) == "1 Februari 2027"
