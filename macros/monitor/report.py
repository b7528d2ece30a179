"""A report, read from an issue form's answers and checked against the plan before anything is written.

Every answer is anyone's text. Each becomes a value of its kind (an id the data has, a date that has
come, a year the programme runs, a number, rupiah, an https link), or a problem naming the form's
field, the value as written and how to fix it. Text is kept on one line (a newline or a control
character never reaches the data), within the data's lengths.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from ..data.model import Indicator, Masterplan, Program, Value
from ..data.schema import suggest
from ..errors import Problem
from .form import FIELD_BY_ID, QUARTERS, UNCHANGED, WHOLE_YEAR, agency_option
from .issue_form import Answer

SHORT, LONG, LINK = 200, 2000, 500  # longest text: a source or title, a note, a link (data/schema/)
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")  # text that displays in another order
_NUMBER = re.compile(r"-?[0-9]+(,[0-9]+)?")
_RUPIAH = re.compile(r"[0-9]+|[0-9]{1,3}(\.[0-9]{3})+")
_LINK = re.compile(r"https://[^\s<>\"'`\\]+")


@dataclass(frozen=True)
class Report:
    """What a report says about one programme, checked; values as the data writes them."""

    program: str
    tanggal: datetime.date
    opd: str  # the reporting agency's id
    jabatan: str
    status: str | None = None  # the new status; None: unchanged
    catatan: str = ""
    tahun: int | None = None
    triwulan: int | None = None  # None: the whole year
    indikator: int | None = None  # index of the indicator in the programme
    nilai: Value | None = None
    realisasi: int | None = None
    sumber: str = ""
    tautan: str = ""


class _Reader:
    """Reads answers into values, collecting a problem for each one that is not right."""

    def __init__(self, answers: dict[str, Answer], shown: str):
        self.answers, self.shown, self.problems = answers, shown, []

    def text(self, field: str) -> str:
        answer = self.answers.get(field)
        return answer.text if answer and answer.text is not None else ""

    def fail(self, field: str, message: str) -> None:
        answer = self.answers.get(field)
        self.problems.append(Problem(self.shown, answer.line if answer else 0, FIELD_BY_ID[field].label, message))

    def value(self, field: str, read: Callable[[str], object], required: bool = False) -> object:
        """`read` of the field's text (None when empty); a problem when it raises ValueError or is missing."""
        written = self.text(field)
        if not written:
            if required:
                self.fail(field, "wajib diisi tetapi kosong")
            return None
        try:
            return read(written)
        except ValueError as error:
            self.fail(field, f"{shown(written)}: {error}")
            return None


def read_report(answers: dict[str, Answer], plan: Masterplan, today: datetime.date,
                shown_as: str) -> tuple[Report | None, list[Problem]]:
    """The report the answers give, or None and every problem in them."""
    read = _Reader(answers, shown_as)
    program = read.value("program", lambda t: _program(t, plan), required=True)
    tanggal = read.value("tanggal", lambda t: _date(t, today), required=True)
    agencies = {agency_option(a): a.id for a in plan.agencies}
    opd = read.value("opd", lambda t: _choice(t, agencies, "OPD"), required=True)
    statuses = {plan.vocabulary.label("status_program", s): s for s in plan.vocabulary.values("status_program")}
    status = read.value("status", lambda t: _choice(t, {UNCHANGED: "", **statuses}, "status"), required=True)
    fields = {
        "jabatan": read.value("jabatan", lambda t: one_line(t, SHORT), required=True),
        "catatan": read.value("catatan", lambda t: one_line(t, LONG)) or "",
        "tahun": read.value("tahun", lambda t: _year(t, plan, program, tanggal)),
        "triwulan": read.value("triwulan", lambda t: _choice(t, {WHOLE_YEAR: None, **QUARTERS}, "periode")),
        "realisasi": read.value("realisasi", _rupiah),
        "sumber": read.value("sumber", lambda t: one_line(t, SHORT)) or "",
        "tautan": read.value("tautan", _link) or "",
    }
    indicator = read.value("indikator", lambda t: _indicator(t, program)) if program else None
    if indicator is not None:
        fields["nilai"] = read.value("nilai", lambda t: _value(t, program.indikator[indicator]))
    if read.problems:
        return None, read.problems
    report = Report(program=program.id, tanggal=tanggal, opd=opd, status=status or None, indikator=indicator,
                    **fields)
    _consistent(report, program, read)
    return (None, read.problems) if read.problems else (report, [])


def _consistent(report: Report, program: Program, read: _Reader) -> None:
    """The rules across answers: what a figure needs, what a status needs, that something is reported."""
    figure = report.nilai is not None or report.realisasi is not None
    if read.text("nilai") and report.indikator is None:
        read.fail("indikator", "wajib diisi bila ada nilai capaian: nomor atau nama indikatornya")
    if report.indikator is not None and report.nilai is None:
        read.fail("nilai", "wajib diisi bila indikator diisi")
    if (figure or report.triwulan) and report.tahun is None:
        read.fail("tahun", "wajib dipilih bila ada capaian, realisasi atau periode")
    if figure and not report.sumber:
        read.fail("sumber", "wajib diisi bila ada capaian atau realisasi: dokumen asal angkanya (DPA, LKPJ, laporan)")
    if report.tautan and not report.sumber:
        read.fail("sumber", "wajib diisi bila tautan dokumen diisi: nama dokumennya")
    if report.tahun and report.triwulan and datetime.date(report.tahun, 3 * report.triwulan - 2, 1) > report.tanggal:
        read.fail("triwulan", f"triwulan {report.triwulan} tahun {report.tahun} belum dimulai pada tanggal "
                              f"{report.tanggal.isoformat()}; pilih triwulan yang sudah berjalan")
    changed = report.status not in (None, program.status)
    if report.status in ("tertunda", "dibatalkan") and changed and not report.catatan:
        read.fail("catatan", f"wajib diisi bila status menjadi {report.status}: sebutkan alasannya")
    if report.catatan and not changed:
        read.fail("catatan", f"hanya dicatat bila status berubah, dan status program tetap {program.status}; "
                             "kosongkan kolom ini atau pilih status baru")
    if not (figure or changed or report.opd == program.opd):
        read.fail("status", "laporan ini tidak mengubah apa pun: isi capaian, realisasi atau status baru "
                            "(memastikan data tanpa perubahan hanya dapat dilakukan OPD pelaksana)")


# -- one answer each --------------------------------------------------------------------------

def shown(text: str) -> str:
    """A value as messages quote it: on one line, without control characters, cut to 60 characters.

    >>> shown("a\\nb\\x1b[2J\\u202ec")
    "'a b�[2J�c'"
    """
    text = "".join("\ufffd" if _hidden(c) else c for c in " ".join(text.split()))
    return f"'{text if len(text) <= 60 else text[:59] + '…'}'"


def one_line(text: str, longest: int) -> str:
    """`text` on one line (every run of spaces and line breaks one space), or ValueError."""
    joined = " ".join(text.split())
    if any(_hidden(c) for c in joined):
        raise ValueError("memuat karakter kendali yang tidak tampil; tulis ulang teksnya")
    if len(joined) > longest:
        raise ValueError(f"terlalu panjang: paling banyak {longest} huruf (tertulis {len(joined)}); ringkaskan")
    return joined


def _hidden(character: str) -> bool:
    """A control character, or one that makes text display in another order than it reads."""
    return unicodedata.category(character) == "Cc" or character in _BIDI


def _program(text: str, plan: Masterplan) -> Program:
    pid = text.strip().upper()
    if pid in plan.program_by_id:
        return plan.program_by_id[pid]
    merged = next((m for m in plan.merged if m.id == pid), None)
    if merged:
        raise ValueError(f"program ini sudah digabung ke {merged.digabung_ke}; laporkan untuk {merged.digabung_ke}")
    raise ValueError(f"tidak ada di data/program/{suggest(pid, sorted(plan.program_by_id))}; tulis id "
                     "seperti di judul program, misalnya " + (plan.programs[0].id if plan.programs else "GOV-01"))


def _date(text: str, today: datetime.date) -> datetime.date:
    try:
        day = datetime.date.fromisoformat(text.strip()) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()) else None
    except ValueError:
        raise ValueError("tanggal itu tidak ada di kalender") from None
    if day is None:
        raise ValueError("tulis tanggal dengan format TTTT-BB-HH, misalnya " + today.isoformat())
    if day > today:
        raise ValueError(f"tanggal itu belum tiba (hari ini {today.isoformat()}); tulis tanggal data dipastikan")
    return day


def _choice(text: str, choices: dict, what: str) -> object:
    if text.strip() in choices:
        return choices[text.strip()]
    raise ValueError(f"{what} ini tidak ada di pilihan formulir{suggest(text.strip(), list(choices))}; "
                     "pilih salah satu pilihan daftarnya")


def _year(text: str, plan: Masterplan, program: Program | None, day: datetime.date | None) -> int:
    if not text.strip().isdigit() or int(text) not in plan.years:
        raise ValueError(f"bukan tahun periode masterplan {plan.years[0]}–{plan.years[-1]}")
    year = int(text)
    if program and not program.active_in(year):
        raise ValueError(f"program {program.id} berjalan {program.tahun_mulai}–{program.tahun_selesai}; "
                         "pilih salah satu tahun itu")
    if day and year > day.year:
        raise ValueError(f"tahun itu belum dimulai pada tanggal data dipastikan {day.isoformat()}")
    return year


def _indicator(text: str, program: Program) -> int:
    names = [" ".join(i.nama.split()).casefold() for i in program.indikator]
    written = " ".join(text.split())
    if written.isdigit() and 1 <= int(written) <= len(names):
        return int(written) - 1
    if written.casefold() in names:
        return names.index(written.casefold())
    listed = "; ".join(f"{n} {shown(i.nama)}" for n, i in enumerate(program.indikator, 1))
    raise ValueError(f"bukan indikator program {program.id}; tulis nomornya atau namanya persis: {listed}")


def _value(text: str, indicator: Indicator) -> Value:
    written = " ".join(text.split())
    unit = " ".join(indicator.satuan.split())
    if unit and written.casefold().endswith(unit.casefold()):
        written = written[:-len(unit)].strip()
    numeric = all(isinstance(t, (int, float)) for t in indicator.target.values())
    if _NUMBER.fullmatch(written):
        whole, _, decimals = written.partition(",")
        return float(f"{whole}.{decimals}") if decimals else int(whole)
    if numeric:
        raise ValueError(f"harus angka (target indikator {shown(indicator.nama)} berupa angka): tanpa pemisah "
                         "ribuan, desimal dengan koma, misalnya 7 atau 92,5")
    return one_line(written, 100)


def _rupiah(text: str) -> int:
    written = re.sub(r"^rp\.?", "", "".join(text.split()).casefold())
    written = re.sub(r",(00|-)$", "", written)
    if not _RUPIAH.fullmatch(written):
        raise ValueError("tulis rupiah sebagai bilangan bulat, misalnya 420000000 atau Rp420.000.000")
    amount = int(written.replace(".", ""))
    if amount > 10**14:
        raise ValueError("lebih dari Rp100 triliun; periksa angkanya")
    return amount


def _link(text: str) -> str:
    link = text.strip()
    if not _LINK.fullmatch(link):
        raise ValueError("tulis satu alamat yang diawali https://, tanpa spasi")
    if len(link) > LINK:
        raise ValueError(f"terlalu panjang: paling banyak {LINK} huruf")
    return link
