"""The monthly reminders: one issue per lead agency, updated, not duplicated, closed when done."""

from __future__ import annotations

import json

from macros.monitor import reminders
from support import edit

CODEOWNERS = "*  @uji/situs\n/data/  @uji/bappeda @uji/pelaksana\n"


def decide(city, open_issues=()):
    (city / ".github").mkdir(exist_ok=True)
    (city / ".github" / "CODEOWNERS").write_text(CODEOWNERS, encoding="utf-8")
    return reminders.plan_actions(city, list(open_issues))


def test_each_lead_agency_with_programmes_to_update_gets_one_issue(city):
    (action,) = decide(city)  # 30 November 2026: only LIV-01 (Dinkes) is late and unreviewed
    assert (action.kind, action.agency, action.number, action.title) == ("buka", "dinkes", None,
                                                                        "Pengingat data program: Dinkes")
    lines = action.text.splitlines()
    assert lines[0] == "<!-- pengingat:opd=dinkes -->"
    (item,) = [line for line in lines if line.startswith("- ")]
    assert item.startswith("- [LIV-01](https://contoh.invalid/masterplan-kota-uji/rencana-pembangunan/living/#liv-01) "
                           "Antrean Puskesmas Daring: dijadwalkan mulai 2025, tetapi statusnya masih rencana; "
                           "terakhir ditinjau 1 Februari 2025, lebih dari 6 bulan lalu.")
    assert "(https://contoh.invalid/kota-uji/masterplan/blob/main/data/program/living.yml#L5-L" in item
    assert "issues/new?template=laporan-capaian.yml&program=LIV-01" in item
    assert lines[-1] == "Peninjau data: @uji/bappeda @uji/pelaksana"


def test_an_open_reminder_is_updated_and_one_with_nothing_left_is_closed(city):
    issues = [{"number": 7, "body": "<!-- pengingat:opd=dinkes -->\nlama"},
              {"number": 9, "body": "<!-- pengingat:opd=diskominfo -->\nlama"},
              {"number": 12, "body": "issue lain berlabel sama"}]
    kinds = [(a.kind, a.agency, a.number) for a in decide(city, issues)]
    assert kinds == [("perbarui", "dinkes", 7), ("tutup", "diskominfo", 9)]


def test_more_agencies_when_more_programmes_are_late(city):
    edit(city / "data/program/governance.yml", "    tanggal: 2026-10-15\n", "    tanggal: 2026-04-15\n")
    assert [(a.agency, a.text.count("\n- ")) for a in decide(city)] == [("diskominfo", 1), ("dinkes", 1)]


def test_no_reviewers_in_codeowners_says_how_to_add_them(city):
    (city / ".github").mkdir(exist_ok=True)
    (city / ".github" / "CODEOWNERS").write_text("/docs/ @uji/penulis\n", encoding="utf-8")
    (action,) = reminders.plan_actions(city, [])
    assert "Belum ada peninjau untuk berkas data ini di `.github/CODEOWNERS`" in action.text
    assert "@uji/penulis" not in action.text


def test_names_from_data_cannot_mention_link_or_break_the_issue(city):
    edit(city / "data/program/living.yml", "nama: Antrean Puskesmas Daring",
         "nama: 'Antrean @semua #12 <b>x</b> [tautan](https://jahat.invalid)'")
    (action,) = decide(city)
    item = next(line for line in action.text.splitlines() if line.startswith("- "))
    assert "@semua" not in item and "#12" not in item and "@\u200bsemua" in item and "#\u200b12" in item
    assert "<b>" not in item and "[tautan](" not in item


def test_the_command_prints_without_a_token_and_writes_the_workflows_files(city, tmp_path, capsys):
    (city / ".github").mkdir(exist_ok=True)
    (city / ".github" / "CODEOWNERS").write_text(CODEOWNERS, encoding="utf-8")
    opened = tmp_path / "terbuka.json"
    opened.write_text(json.dumps([{"number": 3, "body": "<!-- pengingat:opd=bappeda -->"}]), encoding="utf-8")
    code = reminders.main(["--root", str(city), "--issues", str(opened), "--actions", str(tmp_path / "keluar")])
    printed = capsys.readouterr().out
    assert code == 0 and printed.splitlines()[0] == "dinkes: buka issue baru"
    assert "bappeda: tutup issue #3" in printed
    listed = json.loads((tmp_path / "keluar" / "actions.json").read_text(encoding="utf-8"))
    assert [(a["kind"], a["number"]) for a in listed] == [("buka", None), ("tutup", 3)]
    assert (tmp_path / "keluar" / "000-dinkes.md").read_text(encoding="utf-8").startswith("<!-- pengingat:opd=dinkes")
