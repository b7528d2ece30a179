"""What changed since the previous release, as readers read it: codes, names, and the fields in words."""

from __future__ import annotations

from macros.render.changes import program_changes
from support import detail_link


def test_changed_fields_are_named_in_words_not_as_data_keys(plan):
    text = program_changes("0.1", ([], [], {"GOV-01": ["tahun_mulai", "opd_pendukung"]}), plan, {}, detail_link)
    assert "| Kode | Program | Isian yang berubah |" in text
    assert "| tahun mulai, opd pendukung |" in text and "`" not in text


def test_nothing_to_compare_before_the_first_release(plan):
    assert program_changes(None, None, plan, {}, detail_link) == "*Belum ada rilis sebelumnya untuk dibandingkan.*"
