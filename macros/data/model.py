"""The masterplan as typed, read-only objects, built from validated data."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .parse import Source
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class Element:
    """One of a dimension's three elements (data/dimensi.yml `elemen`)."""

    id: str  # unique among the elements of every dimension
    nama: str
    deskripsi: str = ""


@dataclass(frozen=True)
class Dimension:
    """A Smart City dimension: its code (the prefix of its programmes' ids), elements and key indicators."""

    id: str  # the name of its file in data/program/
    kode: str  # GOV: the prefix of its programmes' ids
    nama: str
    deskripsi: str
    elements: tuple[Element, ...]  # data/dimensi.yml `elemen`
    indikator_utama: tuple[Indicator, ...] = ()  # the dimension's key outcomes, city-wide
    indikator_utama_ilustrasi: bool = False  # their baselines and targets are the drafters' estimates


@dataclass(frozen=True)
class Agency:
    """A perangkat daerah (data/opd.yml), flagged where its official name is not yet confirmed."""

    id: str
    nama: str
    singkatan: str
    perlu_verifikasi: bool = False
    sumber: str = ""  # where the name is confirmed; required unless perlu_verifikasi


@dataclass(frozen=True)
class Term:
    """A glossary term, shown as a tooltip wherever it occurs."""

    istilah: str
    definisi: str
    kepanjangan: str = ""


Value = int | float | str  # an indicator's value: a number, or a short text (a category)


@dataclass(frozen=True)
class Baseline:
    """Where an indicator starts: its value, the year it was measured, and the source."""

    nilai: Value
    tahun: int
    sumber: str


@dataclass(frozen=True)
class Verification:
    """Who checked a reported figure against its evidence, and on which day."""

    oleh: str  # an agency id (data/opd.yml), e.g. the planning agency
    tanggal: datetime.date


@dataclass(frozen=True, kw_only=True)
class Reported:
    """What every reported figure (an achievement, a realised budget) can carry besides its value."""

    triwulan: int | None = None  # cumulative up to the end of that quarter; None: the whole year
    tautan: str = ""  # a link to the evidence (https)
    pelapor: str = ""  # the agency id that reported it
    verifikasi: Verification | None = None  # None: not verified

    @property
    def verified(self) -> bool:
        return self.verifikasi is not None

    @property
    def period_key(self) -> int:
        """How far into its year the figure reaches: quarters 1 to 4, and 5 for the whole year."""
        return self.triwulan or 5


@dataclass(frozen=True)
class Achievement(Reported):
    """What an indicator reached in one year (or up to a quarter of it), when, and the report it comes from."""

    tahun: int
    nilai: Value
    tanggal: datetime.date  # measured or reported on
    sumber: str  # the report, e.g. LKPJ 2026
    catatan: str = ""


@dataclass(frozen=True)
class Definition:
    """How an indicator is measured, as a performance indicator manual defines it."""

    cara_hitung: str
    sumber_data: str
    frekuensi: str  # kosakata.schema.json frekuensi_indikator


@dataclass(frozen=True)
class Indicator:
    """What a programme (or a dimension) measures: where it starts, its target per year, what was reached."""

    nama: str
    satuan: str
    baseline: Baseline | None  # None: belum diukur
    target: dict[int, Value] = field(hash=False)  # year -> target
    capaian: tuple[Achievement, ...] = ()
    arah: str = "naik"  # naik: the larger the better; turun: the smaller the better
    jenis: str = "keluaran"  # keluaran: what the programme delivers; hasil: the change it makes
    definisi: Definition | None = None

    def achieved(self, year: int) -> Achievement | None:
        """The figure of `year`: the whole year's if reported, else the latest quarter's. Quarterly figures
        are cumulative, so they are never added up."""
        found = [a for a in self.capaian if a.tahun == year]
        return max(found, key=lambda a: (a.period_key, a.tanggal)) if found else None

    def latest(self) -> Achievement | None:
        """The figure of the latest year reported."""
        return self.achieved(max(a.tahun for a in self.capaian)) if self.capaian else None

    def percent_of_target(self, achievement: Achievement) -> float | None:
        """How far `achievement` is toward its year's target, in percent (None where either is not a number)."""
        target = self.target.get(achievement.tahun)
        value = achievement.nilai
        if not _number(target) or not _number(value) or (self.arah == "naik" and target == 0) or \
                (self.arah == "turun" and value == 0):
            return None
        return 100 * (value / target if self.arah == "naik" else target / value)


@dataclass(frozen=True)
class Spending(Reported):
    """Budget realised in one year, or up to the end of a quarter of it (one figure per year)."""

    jumlah: int
    sumber: str = ""


@dataclass(frozen=True)
class Review:
    """When a programme's data was last reviewed, and by whom (kosakata.schema.json peninjau)."""

    tanggal: datetime.date
    oleh: str  # kosakata.schema.json peninjau

    @property
    def by_agency(self) -> bool:
        """Confirmed by the implementing agency itself."""
        return self.oleh == "opd-pelaksana"


@dataclass(frozen=True)
class StatusChange:
    """One entry of a programme's status history: from `tanggal` on, its status was `status`."""

    tanggal: datetime.date
    status: str  # kosakata.schema.json status_program
    catatan: str = ""  # a reason, required where work stopped


@dataclass(frozen=True)
class Illustrative:
    """Which figures are the drafters' estimates, not official ones: the budget, the targets (and baselines)."""

    anggaran: bool  # the planned budget
    target: bool  # the indicators' baselines and targets


@dataclass(frozen=True)
class Continuation:
    """An existing service or innovation of the city that a programme carries on, and where it is recorded."""

    layanan: str
    sumber: str
    sejak: int | None = None  # the year it began, where the source says


@dataclass(frozen=True)
class Program:
    """One programme, its fields in the order of the YAML files."""

    id: str
    nama: str
    dimensi: str
    elemen: str
    deskripsi: str
    tahapan: str
    tahun_mulai: int
    tahun_selesai: int
    opd: str
    opd_pendukung: tuple[str, ...]
    mitra: tuple[str, ...]
    sumber_dana: tuple[str, ...]
    anggaran: dict[int, int] = field(hash=False)  # year -> planned rupiah
    realisasi: dict[int, Spending] = field(hash=False)  # year -> realised
    indikator: tuple[Indicator, ...]
    riwayat_status: tuple[StatusChange, ...]
    ditinjau: Review
    ilustrasi: Illustrative
    melanjutkan: Continuation | None = None  # None: a new programme
    catatan: str = ""
    source_file: str = field(default="", compare=False)  # data/program/governance.yml
    source_line: int = field(default=0, compare=False)  # its first line there
    source_end: int = field(default=0, compare=False)  # its last line

    @property
    def anchor(self) -> str:
        """The stable anchor of the programme's detail block: GOV-01 -> gov-01."""
        return self.id.lower()

    @property
    def status(self) -> str:
        """The current status: the last entry of its history."""
        return self.riwayat_status[-1].status

    @property
    def planned_total(self) -> int:
        """Rupiah planned over every year (`anggaran`)."""
        return sum(self.anggaran.values())

    @property
    def realised_total(self) -> int:
        """Rupiah realised over the years reported (`realisasi`)."""
        return sum(s.jumlah for s in self.realisasi.values())

    def active_in(self, year: int) -> bool:
        return self.tahun_mulai <= year <= self.tahun_selesai


@dataclass(frozen=True)
class Merged:
    """A programme folded into another: its id is never reused, and its old permalink says where it went."""

    id: str
    nama: str
    digabung_ke: str
    tanggal: datetime.date
    alasan: str
    dimensi: str = ""  # the dimension whose page held it, from its id's code

    @property
    def anchor(self) -> str:
        return self.id.lower()


@dataclass(frozen=True)
class Risk:
    """A risk to the plan, rated by likelihood and impact, with the agency that owns its response."""

    id: str
    risiko: str
    penyebab: str
    kemungkinan: str  # rendah | sedang | tinggi
    dampak: str
    pemilik: str  # agency id
    mitigasi: str
    program: tuple[str, ...] = ()


@dataclass(frozen=True)
class Regulation:
    """A regulation the plan proposes (not one that exists)."""

    id: str  # REG-01
    jenis: str  # Perda, Perwal, ...
    tentang: str
    tahun: int  # the year it is planned for, within the plan's period
    pemrakarsa: str  # agency id
    alasan: str
    program: tuple[str, ...] = ()


@dataclass(frozen=True)
class Masterplan:
    """The whole plan as one build reads it: every data file, typed and checked."""

    info: dict[str, Any]
    dimensions: tuple[Dimension, ...]
    agencies: tuple[Agency, ...]
    programs: tuple[Program, ...]
    glossary: tuple[Term, ...] = ()
    vocabulary: Vocabulary = field(default_factory=lambda: Vocabulary({}))
    merged: tuple[Merged, ...] = ()
    risks: tuple[Risk, ...] = ()
    regulations: tuple[Regulation, ...] = ()

    @property
    def years(self) -> range:
        period = self.info["periode"]
        return range(period["tahun_mulai"], period["tahun_selesai"] + 1)

    @cached_property
    def dimension_by_id(self) -> dict[str, Dimension]:
        return {d.id: d for d in self.dimensions}

    @cached_property
    def element_by_id(self) -> dict[str, Element]:
        return {e.id: e for d in self.dimensions for e in d.elements}

    @cached_property
    def agency_by_id(self) -> dict[str, Agency]:
        return {a.id: a for a in self.agencies}

    @cached_property
    def program_by_id(self) -> dict[str, Program]:
        return {p.id: p for p in self.programs}


def build(sources: list[Source], vocabulary: Vocabulary) -> Masterplan:
    """Typed objects from sources that passed validation."""
    by_kind = {s.kind: s for s in sources if s.kind != "program"}
    dimensions = tuple(_dimension(d) for d in by_kind["dimensi"].data)
    by_code = {d.kode: d.id for d in dimensions}
    programs = [
        _program(record, s.path, s.line_of((i,)), s.last_line_of((i,)))
        for s in sources if s.kind == "program"
        for i, record in enumerate(s.data or [])
    ]
    return Masterplan(
        info=by_kind["masterplan"].data,
        dimensions=dimensions,
        agencies=tuple(Agency(**a) for a in by_kind["opd"].data),
        programs=tuple(programs),
        glossary=tuple(Term(**t) for t in by_kind["glosarium"].data),
        vocabulary=vocabulary,
        merged=tuple(Merged(**{**m, "tanggal": as_date(m["tanggal"]), "dimensi": by_code[m["id"].split("-")[0]]})
                     for m in _records(by_kind, "program-digabung")),
        risks=tuple(Risk(**{**r, "program": tuple(r.get("program", ()))}) for r in _records(by_kind, "risiko")),
        regulations=tuple(Regulation(**{**r, "program": tuple(r.get("program", ()))})
                          for r in _records(by_kind, "regulasi")),
    )


def _records(by_kind: dict[str, Source], kind: str) -> list:
    """The records of an optional data file (none when it is absent)."""
    source = by_kind.get(kind)
    return (source.data or []) if source else []


def _dimension(record: dict) -> Dimension:
    elements = tuple(Element(**e) for e in record["elemen"])
    key = record.get("indikator_utama") or {}
    fields = {k: v for k, v in record.items() if k not in ("indikator_utama", "elemen")}
    return Dimension(**{**fields, "elements": elements,
                        "indikator_utama": tuple(_indicator(i) for i in key.get("daftar", ())),
                        "indikator_utama_ilustrasi": bool(key.get("ilustrasi"))})


def _program(record: dict, source_file: str, source_line: int, source_end: int) -> Program:
    return Program(**{
        **record,
        "opd_pendukung": tuple(record.get("opd_pendukung", ())),
        "mitra": tuple(record.get("mitra", ())),
        "sumber_dana": tuple(record["sumber_dana"]),
        "anggaran": _by_year(record["anggaran"]),
        "realisasi": {year: Spending(**_reported(s)) for year, s in _by_year(record.get("realisasi", {})).items()},
        "indikator": tuple(_indicator(i) for i in record["indikator"]),
        "riwayat_status": tuple(StatusChange(**{**change, "tanggal": as_date(change["tanggal"])})
                                for change in record["riwayat_status"]),
        "ditinjau": Review(as_date(record["ditinjau"]["tanggal"]), record["ditinjau"]["oleh"]),
        "ilustrasi": Illustrative(**record["ilustrasi"]),
        "melanjutkan": Continuation(**record["melanjutkan"]) if "melanjutkan" in record else None,
        "source_file": source_file,
        "source_line": source_line,
        "source_end": source_end,
    })


def _indicator(record: dict) -> Indicator:
    baseline = record["baseline"]
    return Indicator(**{
        **record,
        "baseline": Baseline(**baseline) if isinstance(baseline, dict) else None,
        "target": _by_year(record["target"]),
        "definisi": Definition(**record["definisi"]) if "definisi" in record else None,
        "capaian": tuple(Achievement(**_reported({**a, "tanggal": as_date(a["tanggal"])}))
                         for a in record.get("capaian", ())),
    })


def _reported(record: dict) -> dict:
    """A reported figure's fields, its verification typed."""
    check = record.get("verifikasi")
    return {**record, "verifikasi": Verification(check["oleh"], as_date(check["tanggal"])) if check else None}


def _by_year(values: dict) -> dict:
    return {int(year): value for year, value in sorted(values.items())}


def as_date(value: str | datetime.date) -> datetime.date:
    """A date of the data: validated ISO text (YYYY-MM-DD), or already a date."""
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
