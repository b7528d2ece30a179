"""What a spreadsheet may be given as text: a cell it would run as a formula is neutralised.

The CSV files and the workbooks (publish.opendata, publish.workbook) both write text through
`spreadsheet_text`, so a value reads the same in either.
"""

from __future__ import annotations

import unicodedata

#: A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection"), also in their
#: full-width forms, which some spreadsheets read as the same characters.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
#: What a spreadsheet may skip before a formula: spaces, and characters that show nothing (controls, formats).
_UNSEEN = ("Zs", "Zl", "Zp", "Cc", "Cf")


def spreadsheet_text(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character is preceded by an apostrophe (OWASP).

    A formula behind spaces or invisible characters counts too.

    >>> print(spreadsheet_text("=SUM(A1:A9)"), spreadsheet_text("\u200b =1"), spreadsheet_text("GOV-01"))
    '=SUM(A1:A9) '\u200b =1 GOV-01
    """
    shown = text.lstrip("".join(dict.fromkeys(c for c in text[:64] if unicodedata.category(c) in _UNSEEN)))
    return "'" + text if text.startswith(FORMULA_START) or shown.startswith(FORMULA_START) else text
