"""Check the data: each file against its JSON Schema (schema.py), then the rules across files.

Every problem is returned, none is raised here.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from ..errors import Problem
from .parse import MAX_PROBLEMS, Path_, Source
from .schema import Schemas, problem, suggest

_ID = re.compile(r"^[A-Z]{3}-[0-9]{2,4}$")


def validate(sources: list[Source], schemas: Schemas, today: datetime.date, complete: bool = True) -> list[Problem]:
    """Every problem in the data: schema problems per file, then cross-file rules.

    `today` decides which years have started: nothing may be reported for a year to come.
    `complete`: false when a data file could not be read (see cross_file_problems).
    """
    problems: list[Problem] = []
    for source in sources:
        problems += schemas.problems(source)
    return at_most(problems + cross_file_problems(sources, today, complete))


# -- rules across files --------------------------------------------------------------

def _records(source: Source | None) -> Iterator[tuple[int, dict]]:
    if source is not None and isinstance(source.data, list):
        for i, item in enumerate(source.data):
            if isinstance(item, dict):
                yield i, item


def _first(sources: list[Source], kind: str) -> Source | None:
    return next((s for s in sources if s.kind == kind), None)


def cross_file_problems(sources: list[Source], today: datetime.date, complete: bool = True) -> list[Problem]:
    """The rules across files. When a file could not be read (`complete` false) or a programme id is
    written twice, references to the programmes are not checked: they would be reported missing
    because of that one mistake."""
    dimensi, opd = _first(sources, "dimensi"), _first(sources, "opd")
    programs = [s for s in sources if s.kind == "program"]
    problems = _unique(dimensi, "id", "id dimensi") + _unique(opd, "id", "id OPD")
    problems += _unique(dimensi, "kode", "kode dimensi") + _unique_elements(dimensi)
    problems += _unique(_first(sources, "glosarium"), "istilah", "istilah")
    duplicates = _unique_program_ids(programs)
    problems += duplicates
    problems += _adoption_rules(_first(sources, "masterplan")) + _period_rules(_first(sources, "masterplan"))
    for kind in ("program-digabung", "risiko", "regulasi"):
        problems += _unique(_first(sources, kind), "id", "id")
    context = _Context(
        period=_period(_first(sources, "masterplan")),
        dims={d.get("id"): d for _, d in _records(dimensi)},
        agencies={a.get("id") for _, a in _records(opd)} if opd else None,
        today=today,
    )
    for source in programs:
        problems += _file_matches_dimension(source, context)
        stem = PurePosixPath(source.path).stem
        problems += _first_problems(source, (((i,) + where, msg) for i, program in _records(source)
                                             for where, msg in _program_rules(program, stem, context)))
    # Which programmes exist is known only when every file was read and no id is written twice: a
    # programme whose id was overwritten by another's would be reported missing wherever it is named.
    active = {p.get("id") for s in programs for _, p in _records(s)} if complete and not duplicates else None
    checks = [(opd, _agency_name_rules), (dimensi, _key_indicator_rules),
              (_first(sources, "program-digabung"), _merged_rules),
              (_first(sources, "risiko"), _risk_rules), (_first(sources, "regulasi"), _regulation_rules)]
    for source, rules in checks:
        problems += _first_problems(source, (((i,) + where, msg) for i, record in _records(source)
                                             for where, msg in rules(record, context, active)))
    return problems


def _first_problems(source: Source | None, found: Iterator[tuple[Path_, str]]) -> list[Problem]:
    """The first MAX_PROBLEMS of a file's problems, found one by one: a file of thousands of wrong records
    is not checked to its end (validate() says there are more)."""
    return [problem(source, where, message) for where, message in itertools.islice(found, MAX_PROBLEMS + 1)]


def at_most(problems: list[Problem]) -> list[Problem]:
    """MAX_PROBLEMS of each file's problems, in file order, and one more saying when there were more."""
    by_file: dict[str, list[Problem]] = {}
    for found in problems:
        by_file.setdefault(found.file, []).append(found)
    kept = []
    for file, found in by_file.items():
        kept += sorted(found)[:MAX_PROBLEMS]
        if len(found) > MAX_PROBLEMS:
            kept.append(Problem(file, 0, "", f"berkas ini memuat lebih dari {MAX_PROBLEMS} masalah; hanya yang "
                                             f"{MAX_PROBLEMS} pertama ditulis: perbaiki itu dulu, lalu periksa lagi"))
    return kept


def _agency_name_rules(agency: dict, context: _Context, active: set) -> Iterator[tuple[Path_, str]]:
    """A name given as confirmed says where it is confirmed."""
    if agency.get("perlu_verifikasi") is not True and not agency.get("sumber"):
        yield ("id",), ("nama yang sudah dipastikan perlu sumbernya: isi sumber (berita atau dokumen yang "
                        "menyebut nama ini, dengan tanggalnya), atau tulis perlu_verifikasi: true")


def _key_indicator_rules(dimension: dict, context: _Context, active: set) -> Iterator[tuple[Path_, str]]:
    """A dimension's key indicators run over the whole plan period."""
    if context.period:
        key = _dict(dimension.get("indikator_utama"))
        yield from _indicators(_list(key.get("daftar")), context.period, "periode masterplan",
                               ("indikator_utama", "daftar"), context)


def _merged_rules(merged: dict, context: _Context, active: set) -> Iterator[tuple[Path_, str]]:
    """A merged id is no longer a programme's, belongs to a dimension, and points at a programme that is."""
    pid, into = merged.get("id"), merged.get("digabung_ke")
    codes = {d.get("kode") for d in context.dims.values()}
    if active is None:
        return
    if isinstance(pid, str) and pid in active:
        yield ("id",), f"{pid} masih dipakai program di data/program/; id program yang digabung tidak dipakai ulang"
    elif isinstance(pid, str) and _ID.match(pid) and pid.split("-")[0] not in codes:
        yield ("id",), f"awalan {pid.split('-')[0]} bukan kode dimensi: {', '.join(sorted(map(str, codes)))}"
    yield from _unknown_program(into, ("digabung_ke",), active)
    yield from _date_rule(merged.get("tanggal"), ("tanggal",), context)


def _risk_rules(risk: dict, context: _Context, active: set) -> Iterator[tuple[Path_, str]]:
    yield from _unknown_agency(risk.get("pemilik"), ("pemilik",), context)
    yield from _known_programs(risk, active)


def _regulation_rules(regulation: dict, context: _Context, active: set) -> Iterator[tuple[Path_, str]]:
    yield from _unknown_agency(regulation.get("pemrakarsa"), ("pemrakarsa",), context)
    yield from _known_programs(regulation, active)
    year = regulation.get("tahun")
    if context.period and isinstance(year, int) and not context.period[0] <= year <= context.period[1]:
        low, high = context.period
        yield ("tahun",), f"tahun {year} di luar periode masterplan {low}–{high}"


def _unknown_agency(agency: object, where: Path_, context: _Context) -> Iterator[tuple[Path_, str]]:
    """An agency id that data/opd.yml does not have (unchecked when that file could not be read)."""
    if context.agencies is not None and isinstance(agency, str) and agency not in context.agencies:
        known = sorted(a for a in context.agencies if isinstance(a, str))
        yield where, f"OPD '{agency}' tidak ada di data/opd.yml{suggest(agency, known)}"


def _unknown_program(pid: object, where: Path_, active: set | None) -> Iterator[tuple[Path_, str]]:
    """A programme id that data/program/ does not have (unchecked when a programme file could not be read)."""
    if active is not None and isinstance(pid, str) and pid not in active:
        yield where, f"program {pid} tidak ada di data/program/{suggest(pid, sorted(map(str, active)))}"


def _known_programs(record: dict, active: set | None) -> Iterator[tuple[Path_, str]]:
    for j, pid in enumerate(_list(record.get("program"))):
        yield from _unknown_program(pid, ("program", j), active)


class _Context:
    """What programme rules check against; None or empty where that file could not be read."""

    def __init__(self, period: tuple[int, int] | None, dims: dict, agencies: set | None, today: datetime.date):
        self.period, self.dims, self.agencies, self.today = period, dims, agencies, today


def _period_years(source: Source | None) -> tuple[object, object]:
    """The plan period's first and last year as data/masterplan.yml writes them (None where it does not)."""
    periode = source.data.get("periode") if source and isinstance(source.data, dict) else None
    return (periode.get("tahun_mulai"), periode.get("tahun_selesai")) if isinstance(periode, dict) else (None, None)


def _period(source: Source | None) -> tuple[int, int] | None:
    start, end = _period_years(source)
    if isinstance(start, int) and isinstance(end, int) and start <= end:
        return start, end
    return None


def _unique(source: Source | None, key: str, what: str) -> list[Problem]:
    problems, seen = [], {}
    for i, record in _records(source):
        value = record.get(key)
        if not isinstance(value, str):
            continue
        if value in seen:
            problems.append(problem(source, (i, key), f"{what} '{value}' sudah dipakai di baris {seen[value]}"))
        else:
            seen[value] = source.line_of((i, key))
    return problems


def _unique_elements(dimensi: Source | None) -> list[Problem]:
    problems, seen = [], {}
    for i, dim in _records(dimensi):
        for j, element in enumerate(dim.get("elemen") or []):
            value = element.get("id") if isinstance(element, dict) else None
            if not isinstance(value, str):
                continue
            where = (i, "elemen", j, "id")
            if value in seen:
                problems.append(problem(dimensi, where, f"id elemen '{value}' sudah dipakai di baris {seen[value]}"))
            else:
                seen[value] = dimensi.line_of(where)
    return problems


def _unique_program_ids(programs: list[Source]) -> list[Problem]:
    problems, seen = [], {}
    for source in programs:
        for i, program in _records(source):
            value = program.get("id")
            if not isinstance(value, str):
                continue
            here = (source.path, source.line_of((i, "id")))
            if value in seen:
                first = seen[value]
                problems.append(problem(source, (i, "id"), (
                    f"id program '{value}' sudah dipakai di {first[0]} baris {first[1]}; "
                    "id program harus unik dan tidak boleh dipakai ulang")))
            else:
                seen[value] = here
    return problems


def _file_matches_dimension(source: Source, context: _Context) -> list[Problem]:
    stem = PurePosixPath(source.path).stem
    if not context.dims or stem in context.dims:
        return []
    names = ", ".join(f"{d}.yml" for d in context.dims if isinstance(d, str))
    return [Problem(source.path, 0, "", f"nama berkas harus id sebuah dimensi: {names}")]


def _program_rules(program: dict, stem: str, context: _Context) -> Iterator[tuple[Path_, str]]:
    yield from _dimension_rules(program, stem, context)
    yield from _agency_rules(program, context)
    yield from _year_rules(program, context)
    yield from _stage_rules(program, context)
    yield from _history_rules(program, context)
    yield from _indicator_rules(program, context)
    yield from _report_rules(program, context)


def _dimension_rules(program: dict, stem: str, context: _Context) -> Iterator[tuple[Path_, str]]:
    dim_id, element, pid = program.get("dimensi"), program.get("elemen"), program.get("id")
    dim = context.dims.get(dim_id)
    if dim is None:
        if isinstance(dim_id, str) and context.dims:
            known = [d for d in context.dims if isinstance(d, str)]
            yield ("dimensi",), (f"dimensi '{dim_id}' tidak ada di data/dimensi.yml{suggest(dim_id, known)}; "
                                 f"pilihan: {', '.join(known)}")
        return
    if dim_id != stem and stem in context.dims:  # its element and id are then checked against the wrong one
        yield ("dimensi",), f"program di berkas {stem}.yml harus berdimensi {stem}, bukan {dim_id}"
        return
    elements = [e.get("id") for e in dim.get("elemen") or [] if isinstance(e, dict)]
    if isinstance(element, str) and element not in elements:
        yield ("elemen",), (f"elemen '{element}' bukan elemen dimensi {dim_id}{suggest(element, elements)}; "
                            f"pilihan: {', '.join(map(str, elements))}")
    code = dim.get("kode")
    if isinstance(pid, str) and _ID.match(pid) and isinstance(code, str) and not pid.startswith(code + "-"):
        yield ("id",), f"id program dimensi {dim_id} harus diawali '{code}-', misalnya {code}-01"


def _agency_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    if context.agencies is None:
        return
    lead = program.get("opd")
    yield from _unknown_agency(lead, ("opd",), context)
    for j, agency in enumerate(program.get("opd_pendukung") or []):
        if isinstance(agency, str) and agency in context.agencies and agency == lead:
            yield ("opd_pendukung", j), f"OPD '{agency}' sudah menjadi pelaksana utama; hapus dari opd_pendukung"
        else:
            yield from _unknown_agency(agency, ("opd_pendukung", j), context)


def _year_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    start, end = program.get("tahun_mulai"), program.get("tahun_selesai")
    if context.period:
        low, high = context.period
        for key, year in (("tahun_mulai", start), ("tahun_selesai", end)):
            if isinstance(year, int) and not low <= year <= high:
                yield (key,), f"tahun {year} di luar periode masterplan {low}–{high}"
    if isinstance(start, int) and isinstance(end, int) and end < start:
        yield ("tahun_selesai",), f"tahun selesai {end} lebih awal dari tahun mulai {start}"
        return
    if not (isinstance(start, int) and isinstance(end, int)):
        return
    for year in _dict(program.get("anggaran")):
        if year.isdigit() and not start <= int(year) <= end:
            yield ("anggaran", year), (f"anggaran tahun {year} di luar rentang program "
                                       f"{start}–{end}; anggaran hanya untuk tahun pelaksanaan")
    for year in _dict(program.get("realisasi")):
        if year.isdigit() and not start <= int(year) <= end:
            yield ("realisasi", year), f"realisasi tahun {year} di luar rentang program {start}–{end}"
        elif year.isdigit() and int(year) > context.today.year:
            yield ("realisasi", year), f"realisasi tahun {year} belum bisa ada: tahun itu belum dimulai"
    yield from _date_rule(_dict(program.get("ditinjau")).get("tanggal"), ("ditinjau", "tanggal"), context)


def _stage_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    """Stages keep their definitions (kosakata.schema.json): a quick win takes one year; quick wins and
    short-term programmes finish in the first half of the plan period."""
    start, end, stage = program.get("tahun_mulai"), program.get("tahun_selesai"), program.get("tahapan")
    if not (context.period and isinstance(start, int) and isinstance(end, int)):
        return
    low, high = context.period
    half = low + (high - low) // 2
    if stage == "quick-win" and end != start:
        yield ("tahun_selesai",), f"quick win selesai dalam satu tahun: tahun selesai harus {start}, bukan {end}"
    elif stage in ("quick-win", "jangka-pendek") and end > half:
        yield ("tahun_selesai",), (f"tahapan {stage} selesai di paruh pertama periode {low}–{high}, paling lambat "
                                   f"{half}, bukan {end}; atau ubah tahapannya")


def _period_rules(source: Source | None) -> list[Problem]:
    """The plan period runs forward: every year and span in the data is checked against it."""
    start, end = _period_years(source)
    if isinstance(start, int) and isinstance(end, int) and end < start:
        return [problem(source, ("periode", "tahun_selesai"),
                        f"tahun selesai {end} lebih awal dari tahun mulai {start}")]
    return []


def _adoption_rules(source: Source | None) -> list[Problem]:
    """An adopted document records how and by whom; a draft records no adoption."""
    info = source.data if source and isinstance(source.data, dict) else {}
    adopted = info.get("status_naskah") == "ditetapkan"
    if adopted and "penetapan" not in info:
        return [problem(source, ("status_naskah",), "dokumen yang ditetapkan wajib mencatat penetapan: dasar "
                                                    "(peraturan atau keputusan beserta nomornya) dan tanggal")]
    if adopted and info.get("penerbit") != info.get("pemerintah"):
        return [problem(source, ("penerbit",), f"penerbit dokumen yang ditetapkan adalah pemerintahnya, "
                                               f"'{info.get('pemerintah')}'")]
    if not adopted and "penetapan" in info:
        return [problem(source, ("penetapan",), "penetapan hanya diisi bila status_naskah 'ditetapkan'")]
    return []


# -- monitoring: status history, indicators, dates ------------------------------------------

def _history_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    """Dates in order and not to come; a reason where work stopped; a final result where it ended."""
    history = [(j, c) for j, c in enumerate(_list(program.get("riwayat_status"))) if isinstance(c, dict)]
    before = None
    for j, change in history:
        where = ("riwayat_status", j)
        yield from _date_rule(change.get("tanggal"), (*where, "tanggal"), context)
        day = _day(change.get("tanggal"))
        if day and before and day < before:
            yield (*where, "tanggal"), f"riwayat status harus urut tanggal: {day} sebelum {before} di butir sebelumnya"
        before = day or before
        if change.get("status") in ("tertunda", "dibatalkan") and not change.get("catatan"):
            yield (*where, "status"), f"status {change['status']} perlu alasan di kolom catatan"
    if history and history[-1][1].get("status") == "selesai":
        for k, indicator in enumerate(_list(program.get("indikator"))):
            if isinstance(indicator, dict) and not _list(indicator.get("capaian")):
                yield ("indikator", k, "capaian"), "program selesai perlu capaian akhir untuk indikator ini"


def _indicator_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    start, end = program.get("tahun_mulai"), program.get("tahun_selesai")
    if isinstance(start, int) and isinstance(end, int) and start <= end:
        yield from _indicators(_list(program.get("indikator")), (start, end), "program", ("indikator",), context)


def _indicators(items: list, span: tuple[int, int], whose: str, key: Path_,
                context: _Context) -> Iterator[tuple[Path_, str]]:
    """Targets for every year of `span` (a programme's years, or the plan's), baselines measured before it
    begins, results only for its years that have begun."""
    start, end = span
    for k, indicator in enumerate(items):
        if not isinstance(indicator, dict):
            continue
        where = (*key, k)
        targets = _dict(indicator.get("target"))
        for year in targets:
            if year.isdigit() and not start <= int(year) <= end:
                yield (*where, "target", year), f"target tahun {year} di luar rentang {whose} {start}–{end}"
        low, high = context.period or (start, end)  # years outside the plan are reported already
        missing = [str(y) for y in range(max(start, low), min(end, high) + 1) if str(y) not in targets]
        if missing and "target" in indicator:
            yield (*where, "target"), f"target untuk setiap tahun {whose}; belum ada untuk {', '.join(missing)}"
        baseline = indicator.get("baseline")
        if isinstance(baseline, dict) and isinstance(baseline.get("tahun"), int) and baseline["tahun"] > start:
            yield (*where, "baseline", "tahun"), (f"kondisi awal diukur {baseline['tahun']}, sesudah {whose} mulai "
                                                  f"{start}; kondisi awal diukur sebelum atau saat mulai")
        for m, achieved in enumerate(_list(indicator.get("capaian"))):
            if not isinstance(achieved, dict):
                continue
            year, place = achieved.get("tahun"), (*where, "capaian", m)
            if isinstance(year, int) and not start <= year <= end:
                yield (*place, "tahun"), f"capaian tahun {year} di luar rentang {whose} {start}–{end}"
            elif isinstance(year, int) and year > context.today.year:
                yield (*place, "tahun"), f"capaian tahun {year} belum bisa ada: tahun itu belum dimulai"
            yield from _date_rule(achieved.get("tanggal"), (*place, "tanggal"), context)


def _report_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    """Every reported figure (achievements, realised budget): its quarter begun, its reporter and verifier
    known agencies, its verification not before the figure; one figure per indicator, year and quarter."""
    for year, spent in _dict(program.get("realisasi")).items():
        if isinstance(spent, dict) and year.isdigit():
            yield from _reported(spent, ("realisasi", year), int(year), datetime.date(int(year), 1, 1), context)
    for k, indicator in enumerate(_list(program.get("indikator"))):
        seen: dict[tuple, int] = {}
        for m, achieved in enumerate(_list(_dict(indicator).get("capaian"))):
            if not isinstance(achieved, dict):
                continue
            place, year, quarter = ("indikator", k, "capaian", m), achieved.get("tahun"), achieved.get("triwulan")
            if (year, quarter) in seen:
                period = f"triwulan {quarter} tahun {year}" if quarter else f"tahun {year} (setahun penuh)"
                yield (*place, "triwulan" if quarter else "tahun"), (
                    f"capaian {period} sudah ada di capaian ke-{seen[year, quarter] + 1}; "
                    "satu angka per periode: ganti angka yang lama, jangan menambah")
            seen.setdefault((year, quarter), m)
            if isinstance(year, int):
                yield from _reported(achieved, place, year, _day(achieved.get("tanggal")), context)


def _reported(figure: dict, where: Path_, year: int, since: datetime.date | None,
              context: _Context) -> Iterator[tuple[Path_, str]]:
    quarter = figure.get("triwulan")
    if isinstance(quarter, int) and 1 <= quarter <= 4 and datetime.date(year, 3 * quarter - 2, 1) > context.today:
        yield (*where, "triwulan"), (f"triwulan {quarter} tahun {year} belum dimulai; "
                                     "laporkan setelah triwulan itu berjalan")
    yield from _unknown_agency(figure.get("pelapor"), (*where, "pelapor"), context)
    check = _dict(figure.get("verifikasi"))
    yield from _unknown_agency(check.get("oleh"), (*where, "verifikasi", "oleh"), context)
    yield from _date_rule(check.get("tanggal"), (*where, "verifikasi", "tanggal"), context)
    day = _day(check.get("tanggal"))
    if day and since and day < since:
        yield (*where, "verifikasi", "tanggal"), (f"verifikasi {day} lebih awal dari angkanya ({since}); "
                                                  "verifikasi dilakukan sesudah angka dilaporkan")


def _date_rule(text: object, where: Path_, context: _Context) -> Iterator[tuple[Path_, str]]:
    """A date that has come (the schema checks that it is one)."""
    day = _day(text)
    if day is not None and day > context.today:
        yield where, f"tanggal {text} belum tiba (hari ini {context.today.isoformat()})"


def _day(text: object) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []
