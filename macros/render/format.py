"""Numbers, money and dates the Indonesian way, from CLDR (Babel's `id` locale).

Every figure a page shows goes through here, so a separator or a month name is written once:

>>> rupiah(1_250_000_000), juta(12_500_000), miliar(12_500_000_000), number(1500), percent(42.5)
('Rp1.250.000.000', '12,5', 'Rp12,5 miliar', '1.500', '42,5%')
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "id"


def number(value: int | float) -> str:
    """A number with Indonesian separators and the decimals it was written with: 1.500, 12,5, 5,0"""
    decimals = -Decimal(str(value)).as_tuple().exponent if isinstance(value, float) else 0
    return _decimal(value, "#,##0." + "0" * decimals if decimals > 0 else "#,##0")


def rupiah(amount: int) -> str:
    """Rupiah in full: Rp1.250.000.000"""
    return "Rp" + _decimal(amount, "#,##0")


def juta(amount: int) -> str:
    """Millions of rupiah: 1.250 when whole, else one decimal: 12,5"""
    millions = Decimal(amount) / 1_000_000
    return _decimal(millions, "#,##0" if millions == millions.to_integral() else "#,##0.0")


def miliar(amount: int, unit: bool = True) -> str:
    """Billions of rupiah, one decimal: Rp12,5 miliar (or 12,5 without the unit)."""
    text = _decimal(Decimal(amount) / 1_000_000_000, "#,##0.0")
    return f"Rp{text} miliar" if unit else text


def percent(value: float | None) -> str:
    """A share: 42,5%, 100%; or – where it cannot be computed."""
    return "–" if value is None else _decimal(value, "0.#") + "%"


def _decimal(value: int | float | Decimal, pattern: str) -> str:
    """`value` in a CLDR number pattern, a half rounded up (2,45 -> 2,5), as readers round."""
    with localcontext(rounding=ROUND_HALF_UP):
        return format_decimal(value, pattern, locale=LOCALE)


def tanggal(day: datetime.date) -> str:
    """A date with the Indonesian month name: 28 November 2026."""
    return format_date(day, "d MMMM y", locale=LOCALE)
