"""Edits of a YAML file that leave every other byte as it was (macros/monitor/edits.py)."""

from __future__ import annotations

import datetime

import pytest

from macros.monitor.edits import Append, Put, apply

TEXT = """\
# Komentar di kepala berkas.
- id: UJI-01   # komentar di baris
  mitra: [Mitra Satu, 'Mitra: Dua']
  anggaran:
    2026: 100
    2028: 300
  riwayat_status:
    - tanggal: 2026-01-05
      status: berjalan
      catatan: >-
        Catatan yang dilipat
        ke dua baris.
  ditinjau: {tanggal: 2026-02-01, oleh: tim-penyusun}

# --- komentar antarprogram ---
- id: UJI-02
  capaian: []
"""


def added_and_removed(before: str, after: str) -> tuple[list[str], list[str]]:
    old, new = before.splitlines(), after.splitlines()
    return [line for line in new if line not in old], [line for line in old if line not in new]


def test_an_item_is_appended_after_a_folded_value_with_the_lists_indentation():
    after = apply(TEXT, [Append((0, "riwayat_status"), {"tanggal": datetime.date(2026, 3, 1), "status": "tertunda",
                                                         "catatan": "yes"})])
    assert after == TEXT.replace("        ke dua baris.\n", "        ke dua baris.\n    - tanggal: 2026-03-01\n"
                                 "      status: tertunda\n      catatan: 'yes'\n")


def test_a_year_goes_among_the_years_in_order_and_a_mapping_keeps_its_flow_style():
    after = apply(TEXT, [Put((0, "anggaran", 2027), 200),
                         Put((0, "ditinjau"), {"tanggal": datetime.date(2026, 4, 1), "oleh": "opd-pelaksana"})])
    assert added_and_removed(TEXT, after) == (
        ["    2027: 200", "  ditinjau: {tanggal: 2026-04-01, oleh: opd-pelaksana}"],
        ["  ditinjau: {tanggal: 2026-02-01, oleh: tim-penyusun}"])
    assert after.index("2026: 100") < after.index("2027: 200") < after.index("2028: 300")


def test_a_new_key_goes_after_the_one_named_and_an_empty_flow_list_becomes_a_block():
    after = apply(TEXT, [Put((0, "realisasi"), {2026: {"jumlah": 90, "sumber": "DPA: 2026 # 1"}}, after=("anggaran",)),
                         Append((1, "capaian"), {"tahun": 2026, "nilai": "{{ x }}"})])
    assert added_and_removed(TEXT, after) == (
        ["  realisasi:", "    2026:", "      jumlah: 90", "      sumber: 'DPA: 2026 # 1'",
         "  capaian:", "    - tahun: 2026", "      nilai: '{{ x }}'"],
        ["  capaian: []"])
    assert after.index("2028: 300") < after.index("  realisasi:") < after.index("  riwayat_status:")


def test_comments_and_quoting_elsewhere_are_kept_byte_for_byte():
    after = apply(TEXT, [Put((1, "id"), "UJI-03")])
    assert after == TEXT.replace("- id: UJI-02", "- id: UJI-03")


@pytest.mark.parametrize("word", ["yes", "on", "null", "2026-01-01", "1:20", "- a", "#b", "x: y", "'q'"])
def test_text_that_yaml_would_read_as_something_else_is_quoted(word):
    after = apply(TEXT, [Put((1, "id"), word)])
    assert "- id: " + word + "\n" not in after  # apply() itself checks it reads back as the same text


def test_an_edit_that_would_not_read_back_as_intended_is_refused(monkeypatch):
    """The last check of apply(): the new text, parsed, is the old data with the edits made."""
    import macros.monitor.edits as edits

    monkeypatch.setattr(edits, "_scalar_text", lambda value: str(value))  # no quoting at all
    with pytest.raises(RuntimeError, match="bug mesin"):
        apply(TEXT, [Put((1, "id"), "yes")])
