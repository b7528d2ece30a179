"""The glossary: its page's table, and the tooltips every page gets."""

from __future__ import annotations

import markdown
import pytest

from macros.data.model import Term
from macros.render.glossary import abbreviations, glossary_table


def test_glossary_table_is_alphabetical(plan):
    rows = glossary_table(plan.glossary).splitlines()[2:]
    assert rows[0].startswith("| **quick win** | – |") and rows[1].startswith("| **SPBE** |")


def test_glossary_terms_become_abbreviations(plan):
    text = abbreviations(plan.glossary)
    assert text.splitlines() == [
        "*[SPBE]: Sistem Pemerintahan Berbasis Elektronik. Pemerintahan yang memakai TIK untuk melayani.",
        "*[quick win]: Program percepatan yang hasilnya cepat terasa.",
        "*[Quick win]: Program percepatan yang hasilnya cepat terasa.",
        "*[Quick Win]: Program percepatan yang hasilnya cepat terasa.",
    ]
    html = markdown.markdown("Indeks SPBE dan program quick win.\n\n" + text, extensions=["abbr"])
    assert '<abbr title="Sistem Pemerintahan Berbasis Elektronik. Pemerintahan' in html
    assert '<abbr title="Program percepatan yang hasilnya cepat terasa.">quick win</abbr>' in html


@pytest.mark.parametrize("line_break", ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"])
def test_a_term_cannot_start_a_new_line_whatever_the_line_break(line_break):
    term = Term(f"Kota{line_break}<div>Cerdas", f"Definisi{line_break}# bukan judul", f"Kepanjangan{line_break}x")
    text = abbreviations((term,))
    assert text.splitlines() == ["*[Kota <div>Cerdas]: Kepanjangan x. Definisi # bukan judul"]
