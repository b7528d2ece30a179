"""The programmes that need an update, in words."""

from __future__ import annotations

import dataclasses
import datetime

from macros.plan import staleness
from macros.render.staleness import overdue_list, overdue_report, reasons_text, reviewers_sentence
from support import detail_link

TODAY = datetime.date(2026, 11, 30)


def test_each_reason_is_said_with_its_year_or_date(plan):
    (late,) = staleness.overdue(plan, TODAY)
    assert reasons_text(late.reasons) == (
        "dijadwalkan mulai 2025, tetapi statusnya masih rencana",
        "terakhir ditinjau 1 Februari 2025, lebih dari 6 bulan lalu")


def test_the_log_names_each_programme_with_its_file_and_line(plan):
    report = overdue_report(staleness.overdue(plan, TODAY)).splitlines()
    assert report[0] == "Perlu pembaruan (1 program):"
    assert report[1].startswith("  - LIV-01 (data/program/") and " baris " in report[1]
    assert report[1].endswith("dijadwalkan mulai 2025, tetapi statusnya masih rencana; "
                              "terakhir ditinjau 1 Februari 2025, lebih dari 6 bulan lalu")


def test_the_overdue_list_says_why(plan):
    text = overdue_list(plan, TODAY, detail_link)
    assert text.startswith("1 program perlu pembaruan")
    assert ("\n\n- [LIV-01](rencana-pembangunan/living.md#liv-01) Antrean Puskesmas Daring (Dinkes): dijadwalkan "
            "mulai 2025, tetapi statusnya masih rencana; terakhir ditinjau 1 Februari 2025, lebih dari 6 bulan "
            "lalu.") in text
    assert overdue_list(plan, datetime.date(2025, 1, 2), detail_link) == (
        "Tidak ada program yang perlu pembaruan: tidak ada yang terlambat dimulai, dan semua ditinjau dalam 6 bulan "
        "terakhir. Peninjau terakhir data program: OPD pelaksana 1 program, Bappeda 1 program, Tim penyusun 1 program.")


def test_the_site_never_says_an_agency_confirmed_what_only_the_drafters_reviewed(plan):
    drafted = [dataclasses.replace(p, ditinjau=dataclasses.replace(p.ditinjau, oleh="tim-penyusun"))
               for p in plan.programs]
    sentence = reviewers_sentence(dataclasses.replace(plan, programs=tuple(drafted)))
    assert sentence == ("Peninjau terakhir data program: Tim penyusun 3 program. "
                        "Belum ada program yang datanya dipastikan OPD pelaksananya.")
    assert "Belum ada" not in reviewers_sentence(plan)  # GOV-01 was confirmed by its agency
