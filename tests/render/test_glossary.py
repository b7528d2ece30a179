"""The glossary: its page's table, and the tooltips every page gets."""

from __future__ import annotations

import markdown

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
