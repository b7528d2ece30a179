"""The issue form "Laporan capaian program": written from the data by `make forms`, and read by its labels."""

from __future__ import annotations

import yaml

from macros.data.read import read_masterplan
from macros.monitor import form
from macros.monitor.issue_form import read_body
from support import ROOT, edit, real_plan


def test_the_form_in_the_repository_is_the_one_the_data_writes():
    written = (ROOT / form.FORM).read_text(encoding="utf-8")
    assert written == form.form_text(real_plan()), (
        "Pilihan formulir .github/ISSUE_TEMPLATE/laporan-capaian.yml tidak sama dengan data/: jalankan make forms")


def test_the_dropdowns_follow_the_data(data):
    plan = read_masterplan(data)
    choices = form.options(plan)
    assert choices["opd"] == ["Dinas Komunikasi dan Informatika (Diskominfo)", "Dinas Kesehatan (Dinkes)",
                              "Badan Perencanaan Pembangunan Daerah (Bappeda)"]
    assert choices["tahun"] == ["2025", "2026", "2027", "2028", "2029"]
    assert choices["status"] == ["Tidak berubah", "Rencana", "Berjalan", "Selesai", "Tertunda", "Dibatalkan"]
    edit(data / "opd.yml", "nama: Dinas Kesehatan", "nama: Dinas Kesehatan Kota")
    changed = form.options(read_masterplan(data))
    assert "Dinas Kesehatan Kota (Dinkes)" in changed["opd"] and "Dinas Kesehatan (Dinkes)" not in changed["opd"]
    assert form.form_text(read_masterplan(data)) != form.form_text(plan)


def test_every_field_of_the_form_is_read_back_by_its_label():
    """The body GitHub writes has a heading per field, its label: the reader knows each of them."""
    written = yaml.safe_load((ROOT / form.FORM).read_text(encoding="utf-8"))
    fields = [item for item in written["body"] if item["type"] != "markdown"]
    assert [f["id"] for f in fields] == [f.id for f in form.FIELDS]
    body = "\n\n".join(f"### {f['attributes']['label']}\n\nnilai {f['id']}" for f in fields)
    answers, problems = read_body(body, "laporan.md")
    assert problems == []
    assert {key: answer.text for key, answer in answers.items()} == {f["id"]: f"nilai {f['id']}" for f in fields}


def test_the_form_asks_only_what_the_data_needs_with_dropdowns_where_values_are_known():
    written = yaml.safe_load((ROOT / form.FORM).read_text(encoding="utf-8"))
    kinds = {item["id"]: item["type"] for item in written["body"] if "id" in item}
    assert {k for k, v in kinds.items() if v == "dropdown"} == {"opd", "status", "tahun", "triwulan"}
    # The programme stays a text field: each programme block's link fills it (?program=<id>), which
    # GitHub does for text fields; its value is checked against data/program/.
    assert kinds["program"] == "input"
    assert written["labels"] == [form.LABEL]
