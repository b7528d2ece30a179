"""Check the data: each file against its JSON Schema, then the rules across files.

The JSON Schemas in data/schema/ are the one schema: the build, `make check` and
contributors' editors all use them. Every problem is returned, none is raised here.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

import fastjsonschema

from . import cache as build_cache
from .errors import Problem
from .load import Path_, Source, field_name

_NAME_KEYS = ("id", "istilah")  # what names a record in messages
_ID = re.compile(r"^[A-Z]{3}-[0-9]{2,4}$")

_TYPES = {
    "string": "teks",
    "integer": "bilangan bulat",
    "number": "angka",
    "boolean": "true atau false",
    "array": "daftar (baris yang diawali '- ')",
    "object": "pasangan kolom: nilai",
    "null": "kosong",
}


def validate(sources: list[Source], schema_dir: Path, cache: Path | None = None) -> list[Problem]:
    """Every problem in the data: schema problems per file, then cross-file rules.

    `cache`: the build cache folder (macros.cache), where the compiled checks are kept.
    """
    problems: list[Problem] = []
    for source in sources:
        problems += schema_problems(source, validator_for(schema_dir, source.kind, cache))
    problems += cross_file_problems(sources)
    return problems


class Checker(NamedTuple):
    """One schema, and a compiled fast check where it is exact; jsonschema explains the problems."""

    schema: dict
    fast: Callable[[Any], Any] | None

    @property
    def full(self):
        """jsonschema's validator: it lists every problem. Imported only when data is invalid."""
        from jsonschema import Draft202012Validator

        return Draft202012Validator(self.schema)


def validator_for(schema_dir: Path, kind: str, cache: Path | None = None) -> Checker:
    """The checker of `kind` (program, opd, halaman, ...) as its schema file reads now."""
    return _checker(kind, (schema_dir / f"{kind}.schema.json").read_text(encoding="utf-8"), cache)


@functools.cache  # by schema text: `mkdocs serve` picks up an edited schema at the next rebuild
def _checker(kind: str, text: str, cache: Path | None) -> Checker:
    schema = json.loads(text)
    # The schemas themselves are checked by the test suite (tests/test_schema.py), not at every build.
    return Checker(schema, _fast_check(schema, kind, cache))


#: Keywords the compiled fast check understands exactly like jsonschema does (JSON Schema draft 7).
_FAST_KEYWORDS = {"$schema", "$id", "$ref", "$defs", "title", "description", "examples", "type", "items",
                  "properties", "required", "additionalProperties", "propertyNames", "pattern", "enum",
                  "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems"}


def _fast_check(schema: dict, kind: str, cache: Path | None) -> Callable[[Any], Any] | None:
    """A compiled validity check (fastjsonschema) for schemas that use only `_FAST_KEYWORDS`, else None.

    Valid data, the common case, is then checked in a fraction of the time; invalid data is
    still explained by jsonschema, which lists every problem. The compiled code is kept in the
    build cache: compiling it takes longer than checking the data.
    """
    if not _keywords(schema) <= _FAST_KEYWORDS:
        return None
    # Without "$id" the compiled check is named `validate`; its references are all local (#/$defs/...).
    draft7 = {**{k: v for k, v in schema.items() if k != "$id"}, "$schema": "http://json-schema.org/draft-07/schema#"}
    made_from = build_cache.key("fastjsonschema", fastjsonschema.VERSION, json.dumps(draft7, sort_keys=True))
    namespace: dict[str, Any] = {}
    code = build_cache.compiled(cache, f"skema-{kind}", made_from, lambda: fastjsonschema.compile_to_code(draft7))
    exec(code, namespace)
    return namespace["validate"]


def _keywords(schema) -> set[str]:
    if isinstance(schema, list):
        return set().union(*map(_keywords, schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    for key, value in schema.items():
        if key in ("properties", "$defs"):
            found |= set().union(*(_keywords(v) for v in value.values())) if value else set()
        elif key not in ("enum", "examples", "required"):
            found |= _keywords(value)
    return found


def schema_problems(source: Source, checker: Checker) -> list[Problem]:
    if checker.fast is not None:
        try:
            checker.fast(source.data)
            return []
        except fastjsonschema.JsonSchemaException:
            pass
    explained = [_explain(error) for error in checker.full.iter_errors(source.data)]
    # A misspelt key is reported once, as unknown with its suggestion, not also as missing.
    misspelt = {where[:-1] + (m.group(1),) for where, message in explained
                if (m := re.search(r"mungkin maksudnya '(.+)'\?", message)) and "tidak dikenal" in message}
    return [_problem(source, where, message) for where, message in explained
            if not (message == _MISSING and where in misspelt)]


# -- schema messages in Indonesian -------------------------------------------------

_MISSING = "wajib diisi tetapi tidak ada"


_LIMITS = {
    "minimum": "tidak boleh kurang dari {limit} (tertulis {value})",
    "maximum": "tidak boleh lebih dari {limit} (tertulis {value})",
    "minLength": "tidak boleh kosong",
    "maxLength": "terlalu panjang: paling banyak {limit} huruf (tertulis {length} huruf); ringkaskan",
    "minItems": "harus berisi sedikitnya {limit} butir",
    "maxItems": "paling banyak {limit} butir",
    "uniqueItems": "ada butir yang ditulis dua kali",
}


def _explain(error) -> tuple[Path_, str]:
    """A jsonschema ValidationError as (where, message in Indonesian)."""
    where = tuple(error.absolute_path)
    kind, value, schema = error.validator, error.instance, error.schema
    if kind == "required":
        missing = re.match(r"'(.+)' is a required property", error.message)
        name = missing.group(1) if missing else str(error.validator_value)
        return where + (name,), _MISSING
    if kind == "dependentRequired":
        missing = re.match(r"'(.+)' is a dependency of '(.+)'", error.message)
        if missing:
            return where + (missing.group(1),), f"wajib diisi karena ada kolom '{missing.group(2)}'"
    if "propertyNames" in error.relative_schema_path:
        return where + (value,), f"nama kolom {_show(value)} tidak sesuai format yang diminta, misalnya " \
            f"{(schema.get('examples') or [''])[0]}"
    if kind == "additionalProperties" and isinstance(value, dict):
        allowed = list(schema.get("properties", {}))
        extra = [k for k in value if k not in allowed]
        if extra and allowed:
            return where + (extra[0],), f"kolom '{extra[0]}' tidak dikenal{_suggest(extra[0], allowed)}"
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        names = " atau ".join(_TYPES.get(t, t) for t in wanted)
        return where, f"harus berupa {names}, bukan {_show(value)}"
    if kind == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return where, f"nilai {_show(value)} tidak dikenal{_suggest(value, error.validator_value)}; pilihan: {options}"
    if kind == "pattern":
        example = (schema.get("examples") or [""])[0]
        hint = f", misalnya {example}" if example else ""
        return where, f"{_show(value)} tidak sesuai format yang diminta{hint}"
    if kind in _LIMITS:
        length = len(value) if isinstance(value, str) else 0
        return where, _LIMITS[kind].format(limit=error.validator_value, value=_show(value), length=length)
    return where, f"tidak sesuai skema (aturan '{kind}')"


#: Longest value quoted in a message: enough to recognise it, never a whole file's worth.
SHOWN_MAX = 60


def _show(value: Any) -> str:
    if isinstance(value, str):
        text = " ".join(value.split())
        return f"'{text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 1] + '…'}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "kosong"
    if isinstance(value, (list, dict)):
        return _TYPES["array" if isinstance(value, list) else "object"]
    text = str(value)
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 1] + "…"


def _suggest(value: Any, options: list) -> str:
    close = difflib.get_close_matches(str(value), [str(o) for o in options], n=1)
    return f" (mungkin maksudnya '{close[0]}'?)" if close else ""


def _problem(source: Source, where: Path_, message: str) -> Problem:
    return Problem(source.path, source.line_of(where), _label(source, where), message)


def _label(source: Source, where: Path_) -> str:
    """`GOV-03.tahun_selesai` where the record has a name (id or term), else `[2].tahun_selesai`."""
    if where and isinstance(where[0], int) and isinstance(source.data, list) and len(where) > 1:
        record = source.data[where[0]] if where[0] < len(source.data) else None
        names = [record.get(k) for k in _NAME_KEYS] if isinstance(record, dict) else []
        name = next((n for n in names if isinstance(n, str)), None)
        if name:
            return field_name((name,) + where[1:])
    return field_name(where)


# -- rules across files --------------------------------------------------------------

def _records(source: Source | None) -> Iterator[tuple[int, dict]]:
    if source is not None and isinstance(source.data, list):
        for i, item in enumerate(source.data):
            if isinstance(item, dict):
                yield i, item


def _first(sources: list[Source], kind: str) -> Source | None:
    return next((s for s in sources if s.kind == kind), None)


def cross_file_problems(sources: list[Source]) -> list[Problem]:
    dimensi, opd = _first(sources, "dimensi"), _first(sources, "opd")
    programs = [s for s in sources if s.kind == "program"]
    problems = _unique(dimensi, "id", "id dimensi") + _unique(opd, "id", "id OPD")
    problems += _unique(dimensi, "kode", "kode dimensi") + _unique_elements(dimensi)
    problems += _unique(_first(sources, "glosarium"), "istilah", "istilah")
    problems += _unique_program_ids(programs)
    context = _Context(
        period=_period(_first(sources, "masterplan")),
        dims={d.get("id"): d for _, d in _records(dimensi)},
        agencies={a.get("id") for _, a in _records(opd)} if opd else None,
    )
    for source in programs:
        problems += _file_matches_dimension(source, context)
        for i, program in _records(source):
            problems += [_problem(source, (i,) + where, msg) for where, msg in _program_rules(program, context)]
    return problems


class _Context:
    """What programme rules check against; None or empty where that file could not be read."""

    def __init__(self, period: tuple[int, int] | None, dims: dict, agencies: set | None):
        self.period, self.dims, self.agencies = period, dims, agencies


def _period(source: Source | None) -> tuple[int, int] | None:
    periode = source.data.get("periode") if source and isinstance(source.data, dict) else None
    if not isinstance(periode, dict):
        return None
    start, end = periode.get("tahun_mulai"), periode.get("tahun_selesai")
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
            problems.append(_problem(source, (i, key), f"{what} '{value}' sudah dipakai di baris {seen[value]}"))
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
                problems.append(_problem(dimensi, where, f"id elemen '{value}' sudah dipakai di baris {seen[value]}"))
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
                problems.append(_problem(source, (i, "id"), (
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


def _program_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    yield from _dimension_rules(program, context)
    yield from _agency_rules(program, context)
    yield from _year_rules(program, context)


def _dimension_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    dim_id, element, pid = program.get("dimensi"), program.get("elemen"), program.get("id")
    dim = context.dims.get(dim_id)
    if dim is None:
        return
    elements = [e.get("id") for e in dim.get("elemen") or [] if isinstance(e, dict)]
    if isinstance(element, str) and element not in elements:
        yield ("elemen",), (f"elemen '{element}' bukan elemen dimensi {dim_id}{_suggest(element, elements)}; "
                            f"pilihan: {', '.join(map(str, elements))}")
    code = dim.get("kode")
    if isinstance(pid, str) and _ID.match(pid) and isinstance(code, str) and not pid.startswith(code + "-"):
        yield ("id",), f"id program dimensi {dim_id} harus diawali '{code}-', misalnya {code}-01"


def _agency_rules(program: dict, context: _Context) -> Iterator[tuple[Path_, str]]:
    if context.agencies is None:
        return
    known = sorted(a for a in context.agencies if isinstance(a, str))
    lead = program.get("opd")
    if isinstance(lead, str) and lead not in context.agencies:
        yield ("opd",), f"OPD '{lead}' tidak ada di data/opd.yml{_suggest(lead, known)}"
    for j, agency in enumerate(program.get("opd_pendukung") or []):
        if not isinstance(agency, str):
            continue
        if agency not in context.agencies:
            yield ("opd_pendukung", j), f"OPD '{agency}' tidak ada di data/opd.yml{_suggest(agency, known)}"
        elif agency == lead:
            yield ("opd_pendukung", j), f"OPD '{agency}' sudah menjadi pelaksana utama; hapus dari opd_pendukung"


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
    budget = program.get("anggaran")
    if isinstance(budget, dict) and isinstance(start, int) and isinstance(end, int):
        for year in budget:
            if year.isdigit() and not start <= int(year) <= end:
                yield ("anggaran", year), (f"anggaran tahun {year} di luar rentang program "
                                           f"{start}–{end}; anggaran hanya untuk tahun pelaksanaan")
