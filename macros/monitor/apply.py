"""What a checked report changes in its programme's record, as edits of its YAML file and as sentences.

    status changed       a new last entry of `riwayat_status` (its note with it)
    a figure             the indicator's `capaian` for (tahun, triwulan), added or replaced
    rupiah               `realisasi` of the year, set (never back to an earlier quarter)
    from the lead agency `ditinjau` set to the report's date, reviewed by `opd-pelaksana`

Each figure records who reported it (`pelapor`), its document (`sumber`) and link (`tautan`).
Never `verifikasi`: a reviewer adds it once the figure is verified.
"""

from __future__ import annotations

import datetime

from ..data.model import Masterplan
from ..render.format import rupiah
from .edits import Append, Edit, Put
from .report import Report, shown

LEAD = "opd-pelaksana"  # vocabulary `peninjau`: who reviewed a programme's data


def changes(report: Report, record: dict, index: int, plan: Masterplan) -> tuple[list[Edit], list[str], list[str]]:
    """The edits of the programme's file (its record is item `index`), what they say, and the problems."""
    edits, said, problems = [], [], []
    for part in (_status, _achievement, _spending, _review):
        edit, sentence, problem = part(report, record, index, plan)
        edits += [edit] if edit else []
        said += [sentence] if sentence else []
        problems += [problem] if problem else []
    return edits, said, problems


def _status(report: Report, record: dict, index: int, plan: Masterplan):
    history = record["riwayat_status"]
    current = history[-1]["status"]
    if report.status in (None, current):
        return None, f"status tetap {current}", None
    last = datetime.date.fromisoformat(history[-1]["tanggal"])
    if report.tanggal < last:
        return None, None, ("tanggal", f"{report.tanggal.isoformat()} sebelum butir terakhir riwayat status "
                                       f"({last.isoformat()}); status baru diberi tanggal yang sama atau sesudahnya")
    entry = {"tanggal": report.tanggal, "status": report.status}
    entry |= {"catatan": report.catatan} if report.catatan else {}
    note = f", catatan {shown(report.catatan)}" if report.catatan else ""
    said = f"status: {current} → {report.status} ({report.tanggal.isoformat()}){note}"
    return Append((index, "riwayat_status"), entry), said, None


def _figure(report: Report, first: dict) -> dict:
    """A figure's fields after `first`, in the data's order; `verifikasi` is a reviewer's."""
    period = {"triwulan": report.triwulan} if report.triwulan else {}
    evidence = {"tautan": report.tautan} if report.tautan else {}
    return {**first, **period, **evidence, "pelapor": report.opd}


def _period(report: Report) -> str:
    return f"{report.tahun}" + (f" triwulan {report.triwulan}" if report.triwulan else " (setahun penuh)")


def _achievement(report: Report, record: dict, index: int, plan: Masterplan):
    if report.indikator is None:
        return None, None, None
    indicator = record["indikator"][report.indikator]
    entry = {"tahun": report.tahun, **({"triwulan": report.triwulan} if report.triwulan else {}),
             "nilai": report.nilai, "tanggal": report.tanggal, "sumber": report.sumber,
             **({"tautan": report.tautan} if report.tautan else {}), "pelapor": report.opd}
    where = (index, "indikator", report.indikator, "capaian")
    said = f"capaian indikator {report.indikator + 1} {shown(indicator['nama'])} {_period(report)}: {report.nilai}"
    found = [j for j, a in enumerate(indicator.get("capaian") or [])
             if a.get("tahun") == report.tahun and a.get("triwulan") == report.triwulan]
    if found:
        old = indicator["capaian"][found[0]]["nilai"]
        return Put((*where, found[0]), entry), f"{said} (menggantikan {old})", None
    if "capaian" in indicator:
        return Append(where, entry), f"{said} (baru)", None
    return Put(where, [entry], after=("target",)), f"{said} (baru)", None


def _spending(report: Report, record: dict, index: int, plan: Masterplan):
    if report.realisasi is None:
        return None, None, None
    entry = _figure(report, {"jumlah": report.realisasi, "sumber": report.sumber})
    entry = {k: entry[k] for k in ("jumlah", "sumber", "tautan", "triwulan", "pelapor") if k in entry}
    old = (record.get("realisasi") or {}).get(str(report.tahun))
    said = f"realisasi {_period(report)}: {rupiah(report.realisasi)}"
    if old is None:
        if "realisasi" not in record:
            return Put((index, "realisasi"), {report.tahun: entry}, after=("anggaran",)), f"{said} (baru)", None
        return Put((index, "realisasi", report.tahun), entry), f"{said} (baru)", None
    before = old.get("triwulan") or 5  # a whole year comes after every quarter
    if (report.triwulan or 5) < before:
        recorded = f"triwulan {before}" if before < 5 else "setahun penuh"
        return None, None, ("triwulan", f"realisasi {report.tahun} {recorded} sudah tercatat; angka kumulatif "
                                        "periode yang lebih awal tidak menggantinya")
    return Put((index, "realisasi", report.tahun), entry), f"{said} (menggantikan {rupiah(old['jumlah'])})", None


def _review(report: Report, record: dict, index: int, plan: Masterplan):
    lead = record["opd"]
    if report.opd != lead:
        return None, (f"ditinjau tidak diubah: OPD pelapor ({report.opd}) bukan OPD pelaksana program ({lead}); "
                      "peninjau memastikan data bersama OPD pelaksana"), None
    current = record["ditinjau"]
    day = datetime.date.fromisoformat(current["tanggal"] if isinstance(current, dict) else current)
    if day > report.tanggal:
        return None, f"ditinjau tidak diubah: sudah ditinjau {day.isoformat()}, sesudah tanggal laporan ini", None
    value = {"tanggal": report.tanggal, "oleh": LEAD}
    return Put((index, "ditinjau"), value), f"ditinjau {report.tanggal.isoformat()} oleh OPD pelaksana ({lead})", None
