"""The JSON Schemas of data/schema/: read once per build, checked with jsonschema-rs, explained in Indonesian.

The schemas are the one schema: the build, `make check` and contributors' editors use the same
files. They refer to each other by file name (`kosakata.schema.json#/$defs/tahapan`), as an
editor resolves them beside each other.
"""

from __future__ import annotations

import difflib
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema_rs

from ..errors import Problem, visible
from .parse import MAX_PROBLEMS, Path_, Source, field_name

SUFFIX = ".schema.json"

_TYPES = {
    "string": "teks",
    "integer": "bilangan bulat",
    "number": "angka",
    "boolean": "true atau false",
    "array": "daftar (baris yang diawali '- ')",
    "object": "pasangan kolom: nilai",
    "null": "kosong",
}
MISSING = "wajib diisi tetapi tidak ada"
_LIMITS = {
    "minimum": "tidak boleh kurang dari {limit} (tertulis {value})",
    "maximum": "tidak boleh lebih dari {limit} (tertulis {value})",
    "minLength": "tidak boleh kosong",
    "maxLength": "terlalu panjang: paling banyak {limit} huruf (tertulis {length} huruf); ringkaskan",
    "minItems": "harus berisi sedikitnya {limit} butir",
    "maxItems": "paling banyak {limit} butir",
}
_NUMBER = re.compile(r"[-+]?[0-9]+(\.[0-9]+)?")  # a number written as a text, e.g. "2028 "
#: Longest value quoted in a message: enough to recognise it, never a whole file's worth.
SHOWN_MAX = 60


@dataclass(frozen=True)
class Schemas:
    """Every schema of one folder, by file name, and a validator for each."""

    documents: dict[str, dict]
    validators: dict[str, Any]
    # For a list file's schema (`type: array` and `items`, nothing else): a validator of one record.
    item_validators: dict[str, Any]

    def problems(self, source: Source) -> list[Problem]:
        """Every way `source` breaks the schema of its kind, each at its line and field; the first
        MAX_PROBLEMS and one more, when there are more (validate.at_most says so)."""
        explained = list(itertools.islice(self._explained(source.kind + SUFFIX, source.data), MAX_PROBLEMS + 1))
        # A misspelt key is reported once, as unknown with its suggestion, not also as missing; a date in
        # the wrong format once, with the format it needs, not also as off the calendar.
        misspelt = {where[:-1] + (m.group(1),) for _, where, message in explained
                    if (m := re.search(r"mungkin maksudnya '(.+)'\?", message)) and "tidak dikenal" in message}
        misformatted = {where for kind, where, _ in explained if kind == "pattern"}
        return [problem(source, _keys(source.data, where), message) for kind, where, message in explained
                if not (message == MISSING and where in misspelt) and not (kind == "format" and where in misformatted)]

    def _explained(self, name: str, data: Any) -> Iterator[tuple[str, Path_, str]]:
        """(kind, where, message) of each error, found as they are needed: a list file record by record,
        so that the first problems of a file of thousands of records come without checking them all."""
        items = self.item_validators.get(name)
        if items is not None and isinstance(data, list):
            for i, record in enumerate(data):
                for error in items.iter_errors(record):
                    at = self._at(name, list(error.evaluation_path)[:-1], _record(name))
                    yield from ((error.kind.name, (i, *where), message) for where, message in _explain(error, at))
            return
        for error in self.validators[name].iter_errors(data):
            at = self._at(name, list(error.evaluation_path)[:-1])
            yield from ((error.kind.name, where, message) for where, message in _explain(error, at))

    def _at(self, name: str, path: list, start: dict | None = None) -> dict:
        """The schema object reached from document `name` (or `start`) along an evaluation path, following $ref."""
        node: Any = start or self.documents[name]
        try:
            for step in path:
                if step == "$ref":
                    target, _, pointer = node["$ref"].partition("#")
                    name = target or name
                    node = self.documents[name]
                    for part in filter(None, pointer.split("/")):
                        node = node[part]
                else:
                    node = node[step]
        except (KeyError, IndexError, TypeError):  # a custom keyword's path starts where it was found
            return {}
        return node if isinstance(node, dict) else {}


def read(schema_dir: Path) -> Schemas:
    """The schemas of `schema_dir`, ready to check data (each compiled once, with the others to refer to).

    Two rules are stricter than JSON Schema's, as the files' readers expect: an `integer` is written
    as a whole number (JSON Schema counts 2028.0 as one), and a `format: date` is a day of the calendar.
    """
    documents = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(schema_dir.glob("*" + SUFFIX))}
    compiled = {name: _written_whole(schema) for name, schema in documents.items()}
    registry = jsonschema_rs.Registry(list(compiled.items()))
    options = {"registry": registry, "validate_formats": True, "keywords": {_WHOLE: _WrittenWhole}}
    validators = {name: jsonschema_rs.validator_for(schema, base_uri=name, **options)
                  for name, schema in compiled.items()}
    item_validators = {name: jsonschema_rs.validator_for(_record(name), **options)
                       for name, schema in compiled.items() if schema.get("type") == "array" and "items" in schema}
    return Schemas(documents, validators, item_validators)


def _record(name: str) -> dict:
    """The schema of one record of list file `name`: its `items`."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": f"{name}#/items"}


_WHOLE = "x-written-whole"


class _WrittenWhole:
    """The `integer` rule as a reader of the file means it: 2028.0 is not a year."""

    def __init__(self, parent_schema: dict, value: Any, schema_path: list):
        pass

    def validate(self, instance: Any) -> None:
        if isinstance(instance, float):
            raise ValueError("pecahan")


def _written_whole(node: Any) -> Any:
    """A copy of a schema in which every `integer` also carries the written-whole keyword."""
    if isinstance(node, list):
        return [_written_whole(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: _written_whole(value) for key, value in node.items()}
    types = node.get("type")
    if types == "integer" or (isinstance(types, list) and "integer" in types):
        copy[_WHOLE] = True
    return copy


# -- messages in Indonesian ---------------------------------------------------------------

def _explain(error, schema: dict) -> list[tuple[Path_, str]]:
    """A jsonschema-rs ValidationError as (where, message in Indonesian); `schema` is where it failed."""
    where, kind, value = tuple(error.instance_path), error.kind, error.instance
    name = kind.name
    if name == "required":
        return [(where + (kind.property,), MISSING)]
    if name == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        return [(where + (key,), f"kolom '{key}' tidak dikenal{suggest(key, allowed)}")
                for key in kind.unexpected[:MAX_PROBLEMS + 1]]
    if name == "propertyNames":
        key = kind.error.instance
        return [(where + (key,), f"nama kolom {_show(key)} tidak sesuai format yang diminta"
                                 f"{_example(schema.get('propertyNames', {}))}")]
    if name == _WHOLE:  # a custom keyword is named by its own name
        return [(where, f"harus berupa bilangan bulat, tanpa angka di belakang titik: bukan {_show(value)}")]
    if name == "format" and kind.format == "date":
        return [(where, f"tanggal {_show(value)} tidak ada di kalender")]
    if name == "type":
        message = f"harus berupa {' atau '.join(_TYPES.get(t, t) for t in kind.types)}, bukan {_show(value)}"
        if isinstance(value, str) and {"integer", "number"} & set(kind.types) and _NUMBER.fullmatch(value.strip()):
            message += f"; tanda kutip atau spasi membuatnya teks: tulis angkanya saja, {value.strip()}"
        if isinstance(value, (int, float)) and not isinstance(value, bool) and "string" in kind.types:
            message += f"; apit dengan tanda kutip agar dibaca sebagai teks: \"{value}\""
        if value is None and {"object", "array"} & set(kind.types):
            message += "; bila isinya ditulis di baris-baris berikutnya, baris itu menjorok 2 spasi lebih dalam"
        return [(where, message)]
    options = _options(schema)
    if name in ("enum", "oneOf") and options is not None:
        return [(where, f"nilai {_show(value)} tidak dikenal{suggest(value, options)}; "
                        f"pilihan: {', '.join(map(str, options))}")]
    if name in ("oneOf", "anyOf") and schema.get("description"):  # choices of different kinds: say what they are
        return [(where, f"tidak sesuai: {schema['description']}")]
    if name == "pattern" and schema.get("patternErrorMessage"):  # VS Code's keyword: editors show it too
        return [(where, f"{_show(value)}: {schema['patternErrorMessage']}")]
    if name == "pattern":
        return [(where, f"{_show(value)} tidak sesuai format yang diminta{_example(schema)}")]
    if name == "uniqueItems":
        return [(where, "ada butir yang ditulis dua kali")]
    if name in _LIMITS:
        length = len(value) if isinstance(value, str) else 0
        return [(where, _LIMITS[name].format(limit=kind.limit, value=_show(value), length=length))]
    return [(where, f"tidak sesuai skema (aturan '{name}')")]


def _options(schema: dict) -> list | None:
    """The values a schema allows, if it lists them: `enum`, or `oneOf` of `const`s (values with labels)."""
    if "enum" in schema:
        return list(schema["enum"])
    choices = schema.get("oneOf", [])
    if choices and all(isinstance(c, dict) and "const" in c for c in choices):
        return [c["const"] for c in choices]
    return None


def _example(schema: dict) -> str:
    examples = schema.get("examples") or []
    return f", misalnya {examples[0]}" if examples else ""


def _show(value: Any) -> str:
    """A value as a message quotes it: a text in quotes, with what cannot be seen at its ends said."""
    if isinstance(value, str):
        ends = [end for end, char in (("awal", value[:1]), ("akhir", value[-1:]))
                if char and (char.isspace() or visible(char) != char)]  # a space, or what a message escapes
        unseen = f" (ada spasi atau tanda tak terlihat di {' dan '.join(ends)})" if ends else ""
        return f"teks '{_cut(value)}'{unseen}" if unseen else f"'{_cut(value)}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "kosong"
    if isinstance(value, (list, dict)):
        return _TYPES["array" if isinstance(value, list) else "object"]
    return _cut(str(value))


def _cut(text: str) -> str:
    """`text` cut to SHOWN_MAX characters, an ellipsis marking the cut."""
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 1] + "…"


def suggest(value: Any, options: list) -> str:
    """' (mungkin maksudnya 'x'?)' for the option closest to `value`, or nothing."""
    by_folded = {str(o).casefold(): str(o) for o in options}  # "Dak" is close to "DAK"
    close = difflib.get_close_matches(str(value).casefold(), list(by_folded), n=1)
    return f" (mungkin maksudnya '{by_folded[close[0]]}'?)" if close else ""


def _keys(data: Any, where: Path_) -> Path_:
    """`where` with keys as the data has them (jsonschema-rs gives number-like keys as numbers)."""
    out, node = [], data
    for step in where:
        key = str(step) if isinstance(node, dict) else step
        out.append(key)
        node = node.get(key) if isinstance(node, dict) else node[key] if isinstance(node, list) else None
    return tuple(out)


def problem(source: Source, where: Path_, message: str) -> Problem:
    """A problem at `where` in `source`, with its line and field as contributors read them."""
    return Problem(source.path, source.line_of(where), label(source, where), message)


def label(source: Source, where: Path_) -> str:
    """`where` as contributors read it, e.g. GOV-03 › indikator ke-1 (Jumlah layanan…) › target."""
    return field_name(where, source.data)
