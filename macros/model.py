"""The masterplan as typed, read-only objects, built from validated data."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .load import Source
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class Element:
    id: str
    nama: str
    deskripsi: str = ""


@dataclass(frozen=True)
class Dimension:
    id: str
    kode: str
    nama: str
    deskripsi: str
    elemen: tuple[Element, ...]


@dataclass(frozen=True)
class Agency:
    id: str
    nama: str
    singkatan: str
    perlu_verifikasi: bool = False


@dataclass(frozen=True)
class Term:
    """A glossary term, shown as a tooltip wherever it occurs."""

    istilah: str
    definisi: str
    kepanjangan: str = ""


@dataclass(frozen=True)
class Indicator:
    nama: str
    target: str | int | float


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
    anggaran: dict[int, int] = field(hash=False)
    indikator: tuple[Indicator, ...]
    status: str
    ilustrasi: bool
    catatan: str = ""
    source_file: str = field(default="", compare=False)  # data/program/governance.yml
    source_line: int = field(default=0, compare=False)

    @property
    def anchor(self) -> str:
        """The stable anchor of the programme's detail block: GOV-01 -> gov-01."""
        return self.id.lower()

    @property
    def total(self) -> int:
        return sum(self.anggaran.values())

    def active_in(self, year: int) -> bool:
        return self.tahun_mulai <= year <= self.tahun_selesai


@dataclass(frozen=True)
class Masterplan:
    info: dict[str, Any]
    dimensions: tuple[Dimension, ...]
    agencies: tuple[Agency, ...]
    programs: tuple[Program, ...]
    glossary: tuple[Term, ...] = ()
    vocabulary: Vocabulary = field(default_factory=lambda: Vocabulary({}))

    @property
    def years(self) -> range:
        period = self.info["periode"]
        return range(period["tahun_mulai"], period["tahun_selesai"] + 1)

    @cached_property
    def dimension_by_id(self) -> dict[str, Dimension]:
        return {d.id: d for d in self.dimensions}

    @cached_property
    def element_by_id(self) -> dict[str, Element]:
        return {e.id: e for d in self.dimensions for e in d.elemen}

    @cached_property
    def agency_by_id(self) -> dict[str, Agency]:
        return {a.id: a for a in self.agencies}

    @cached_property
    def program_by_id(self) -> dict[str, Program]:
        return {p.id: p for p in self.programs}


def build(sources: list[Source], vocabulary: Vocabulary) -> Masterplan:
    """Typed objects from sources that passed validation."""
    by_kind = {s.kind: s for s in sources if s.kind != "program"}
    programs = [
        _program(record, s.path, s.line_of((i,)))
        for s in sources if s.kind == "program"
        for i, record in enumerate(s.data or [])
    ]
    return Masterplan(
        info=by_kind["masterplan"].data,
        dimensions=tuple(_dimension(d) for d in by_kind["dimensi"].data),
        agencies=tuple(Agency(**a) for a in by_kind["opd"].data),
        programs=tuple(programs),
        glossary=tuple(Term(**t) for t in by_kind["glosarium"].data),
        vocabulary=vocabulary,
    )


def _dimension(record: dict) -> Dimension:
    elements = tuple(Element(**e) for e in record["elemen"])
    return Dimension(**{**record, "elemen": elements})


def _program(record: dict, source_file: str, source_line: int) -> Program:
    return Program(**{
        **record,
        "opd_pendukung": tuple(record.get("opd_pendukung", ())),
        "mitra": tuple(record.get("mitra", ())),
        "sumber_dana": tuple(record["sumber_dana"]),
        "anggaran": {int(year): amount for year, amount in sorted(record["anggaran"].items())},
        "indikator": tuple(Indicator(**i) for i in record["indikator"]),
        "source_file": source_file,
        "source_line": source_line,
    })
