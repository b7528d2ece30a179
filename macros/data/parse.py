"""Read the YAML data files, keeping the line of every key and list item.

The data is built in the JSON data model (string keys, dates as ISO text) because the
schema it is checked against is a JSON Schema. Lines are recorded while the data is
constructed, in one pass: the data sets grow to thousands of programmes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.cyaml import CParser  # libyaml's event parser (PyYAML's wheels carry it)
from yaml.resolver import Resolver

from ..errors import Problem, either, thousands
from .files import read_text

Path_ = tuple  # a path into the data: keys and list indexes

#: Data files by kind; the kind names the JSON Schema in data/schema/.
SINGLE_FILES = {"masterplan": "masterplan.yml", "dimensi": "dimensi.yml", "opd": "opd.yml",
                "glosarium": "glosarium.yml"}
#: Data files a city may leave out: merged programmes, the risk register, planned regulations.
OPTIONAL_FILES = {"program-digabung": "program-digabung.yml", "risiko": "risiko.yml", "regulasi": "regulasi.yml"}
PROGRAM_DIR = "program"


@dataclass
class Source:
    """One data file: its data and the line of each place in it."""

    path: str  # as contributors see it, e.g. data/program/governance.yml
    kind: str  # masterplan | dimensi | opd | glosarium | program | program-digabung | risiko | regulasi
    data: Any = None
    first_line: int = 1  # line of the data's first node
    # id of a dict or list in `data` -> its keys or indexes -> line
    container_lines: dict[int, dict[Any, int]] = field(default_factory=dict, repr=False)

    def line_of(self, where: Path_) -> int:
        """The line of `where`, or of its nearest parent the file has."""
        line, node = self.first_line, self.data
        for part in where:
            lines = self.container_lines.get(id(node))
            if lines is None or part not in lines:
                break
            line = lines[part]
            node = node[part]
        return line

    def last_line_of(self, where: Path_) -> int:
        """The last line of `where`: the line of the last key or item anywhere inside it."""
        node = self.data
        for part in where:
            node = node[part]
        last, stack = self.line_of(where), [node]
        while stack:
            lines = self.container_lines.get(id(node := stack.pop()))
            if lines:
                last = max(last, *lines.values())
                stack += [node[key] for key in lines]
        return last


def load_sources(data_dir: Path, shown_as: str = "data") -> tuple[list[Source], list[Problem]]:
    """Read every data file below `data_dir`; return the sources and the problems."""
    found = [(kind, data_dir / name) for kind, name in SINGLE_FILES.items()]
    found += [(kind, data_dir / name) for kind, name in OPTIONAL_FILES.items()
              if (data_dir / name).exists() or (data_dir / name).is_symlink()]
    found += [("program", p) for p in sorted((data_dir / PROGRAM_DIR).glob("*.yml"))]
    sources, problems = [], []
    for kind, path in found:
        shown = f"{shown_as}/{path.relative_to(data_dir).as_posix()}"
        if not path.is_file():
            problems.append(Problem(shown, 0, "", "berkas tidak ditemukan"))
            continue
        text, problem = read_text(path, shown)
        if problem is not None:
            problems.append(problem)
            continue
        source, parse_problems = parse(text, shown, kind)
        problems += parse_problems
        if source is not None:
            sources.append(source)
    return sources, problems


def parse(text: str, shown: str, kind: str, first_line: int = 1) -> tuple[Source | None, list[Problem]]:
    """Parse one YAML text into a Source (None if unreadable); duplicate keys are problems too.

    `first_line` is the file line the text starts on (front matter starts on line 2).
    """
    reader = _Reader(first_line - 1)
    try:
        data = reader.read(text)
    except yaml.YAMLError as error:
        return None, [_syntax_problem(shown, error, text, first_line - 1)]
    source = Source(shown, kind, data, reader.first_line or first_line, reader.container_lines)
    problems = [Problem(shown, line, field_name(_path_to(data, container) + (key,), data),
                        "kolom ini ditulis dua kali; hapus salah satunya")
                for container, key, line in reader.duplicates[:MAX_PROBLEMS]]
    return source, problems


#: Nesting deeper than this is refused: the data needs a handful of levels.
MAX_DEPTH = 32
#: Values (keys, values, list items, mappings and lists) one file may hold: far above any real file
#: (the real data's largest holds about 1,400; the benchmark's 100x data set about 138,000), low
#: enough that any file is read and checked within a second.
MAX_VALUES = 150_000
#: Keys one mapping may have: a record has a few dozen, a year-by-year mapping one per year.
MAX_KEYS = 1_000
#: Problems listed for one file: more are counted, not each explained.
MAX_PROBLEMS = 100

_TAG = "tag:yaml.org,2002:"
#: Scalars as JSON has them; dates are kept as written (ISO text, as in JSON).
_SCALARS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp", "value")}
_TEXT = {_TAG + "str", _TAG + "timestamp", _TAG + "value"}  # kept as written: "2026-01-01", "="
_INT = _TAG + "int"
_FLOAT = _TAG + "float"
#: Numbers as JSON writes them. YAML 1.1 also reads 0x1F, 0b11, 010 (octal: 8), 1_000 and 1:30 (base 60:
#: 90) as numbers, silently other than a reader of the file sees them: those forms are refused.
_DECIMAL_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_DECIMAL_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_NOT_FINITE = re.compile(r"[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)")


class _Refused(yaml.MarkedYAMLError):
    """YAML that parses but is refused here; its message says what to write instead."""

    def __init__(self, message: str, mark):
        super().__init__(problem=message, problem_mark=mark)


class _Reader:
    """Safe YAML read into the JSON data model, in one pass over libyaml's events, with the line of
    every key and list item.

    Refused, each as a YAML error at its line: aliases and merge keys (a few lines could expand
    into millions of values), nesting deeper than MAX_DEPTH, tags beyond JSON's (`!!binary`,
    `!!python/...`), and numbers that are not finite or too long to read. Nothing is built
    recursively, so no nesting can exhaust the stack.
    """

    def __init__(self, offset: int = 0):
        self.offset = offset  # lines before the text (front matter starts on line 2)
        self.first_line = 0
        self.container_lines: dict[int, dict[Any, int]] = {}
        self.duplicates: list[tuple[int, str, int]] = []
        self._resolver = Resolver()
        self._constructor = SafeConstructor()

    def read(self, text: str) -> Any:
        parser = CParser(text)
        try:
            return self._document(parser)
        finally:
            parser.dispose()

    def _document(self, parser) -> Any:
        stack: list[list] = []  # open containers: [container, lines, key waiting for its value, its line]
        root, documents, values = None, 0, 0
        while True:
            event = parser.get_event()
            kind = type(event)  # events by frequency: scalars first
            if kind is yaml.ScalarEvent:
                value = self._scalar(event)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    raise _Refused(f"susunan bertingkat lebih dari {MAX_DEPTH} tingkat; data ini tidak memerlukannya",
                                   event.start_mark)
                mapping = kind is yaml.MappingStartEvent
                self._check_tag(event, "map" if mapping else "seq")
                value = {} if mapping else []
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
                continue
            elif kind is yaml.AliasEvent:
                raise _Refused("alias YAML (*nama) tidak diizinkan; tulis nilainya langsung", event.start_mark)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Refused("berkas ini hanya boleh berisi satu dokumen YAML (satu blok ---)", event.start_mark)
                continue
            elif kind is yaml.StreamEndEvent:
                return root
            else:  # stream start, document end
                continue
            values += 1  # keys count too: a mapping of many keys is as long to check
            if values > MAX_VALUES:
                raise _Refused(f"berkas memuat lebih dari {thousands(MAX_VALUES)} nilai; data satu berkas tidak "
                               "memerlukan sebanyak itu", event.start_mark)
            line = event.start_mark.line + 1 + self.offset
            if stack:
                self._place(stack[-1], value, line, event)
            else:
                root, self.first_line = value, line
            if kind is not yaml.ScalarEvent:
                lines: dict[Any, int] = {}
                self.container_lines[id(value)] = lines
                stack.append([value, lines, None, 0])

    def _place(self, frame: list, value: Any, line: int, event) -> None:
        """Put `value` into the open container: a list item, or a mapping's key, then its value."""
        container, lines, key, key_line = frame
        if type(container) is list:
            lines[len(container)] = line
            container.append(value)
        elif key is None:  # a key
            if type(event) is not yaml.ScalarEvent:
                raise _Refused("nama kolom harus teks, bukan daftar atau pasangan kolom", event.start_mark)
            frame[2], frame[3] = str(value), line
        else:  # its value
            if key in lines:
                self.duplicates.append((id(container), key, key_line))
            elif len(lines) >= MAX_KEYS:
                raise _Refused(f"lebih dari {thousands(MAX_KEYS)} kolom dalam satu pasangan kolom; data ini tidak "
                               "memerlukannya", event.start_mark)
            else:
                lines[key] = key_line
            container[key] = value
            frame[2] = None

    def _check_tag(self, event, kind: str) -> None:
        if event.tag not in (None, "!", _TAG + kind):
            self._refuse_tag(event)

    def _scalar(self, event) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self._resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _TAG + "merge":
            raise _Refused("kunci gabung YAML (<<) tidak diizinkan; tulis kolomnya langsung", event.start_mark)
        if tag not in _SCALARS:
            self._refuse_tag(event)
        if tag in _TEXT:
            return event.value
        if tag == _INT and event.value.isdigit() and len(event.value) < 20 and event.value[0] != "0":
            return int(event.value)  # years and rupiah, the common case
        if (tag == _INT and not _DECIMAL_INT.fullmatch(event.value)) or (
                tag == _FLOAT and not _DECIMAL_FLOAT.fullmatch(event.value) and not _NOT_FINITE.fullmatch(event.value)):
            raise _Refused(_number_form(event.value), event.start_mark)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark)
        try:
            value = self._constructor.construct_object(node)
        except (ValueError, OverflowError):  # e.g. an integer of thousands of digits
            raise _Refused("nilai tidak bisa dibaca: angka terlalu panjang atau format tidak dikenal",
                           event.start_mark) from None
        if isinstance(value, float) and not math.isfinite(value):
            raise _Refused("angka harus terhingga (bukan .inf, .nan atau angka sebesar 1e999)", event.start_mark)
        return value

    @staticmethod
    def _refuse_tag(event) -> None:
        shown = (event.tag or "").replace(_TAG, "!!")[:60]
        raise _Refused(f"tanda YAML {shown} tidak diizinkan; tulis nilainya sebagai teks, angka atau daftar biasa",
                       event.start_mark)


def _number_form(text: str) -> str:
    """Why a number written as `text` is refused, and what to write instead."""
    shown = text[:30]
    if "_" in text:
        return f"angka {shown} memakai garis bawah; tulis angkanya tanpa pemisah, misalnya 1000000"
    if ":" in text:
        return f"{shown} dibaca YAML sebagai angka berbasis 60; apit dengan tanda kutip bila itu teks"
    if text.lstrip("+-").startswith("0") and text.lstrip("+-")[1:2].isdigit():
        return (f"angka {shown} diawali 0 dan dibaca YAML sebagai bilangan oktal; tulis tanpa 0 di depan, "
                "atau apit dengan tanda kutip bila itu kode")
    return f"angka {shown} ditulis dalam bentuk heksadesimal atau biner; tulis sebagai angka desimal biasa"


def _path_to(data: Any, container: int, where: Path_ = ()) -> Path_:
    """The path of the dict or list whose id is `container` (searched only to name a problem)."""
    if id(data) == container:
        return where
    children = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, child in children:
        found = _path_to(child, container, where + (key,))
        if found is not None:
            return found
    return None


def _syntax_problem(shown: str, error: yaml.YAMLError, text: str, offset: int = 0) -> Problem:
    """A YAML error in Indonesian, at the line of the mistake. Only what went wrong is shown, never the
    file's text around it."""
    mark, context_mark = getattr(error, "problem_mark", None), getattr(error, "context_mark", None)
    if isinstance(error, _Refused):
        return Problem(shown, mark.line + 1 + offset if mark else 0, "", error.problem)
    problem = getattr(error, "problem", None) or ""
    lines = text.split("\n")
    for words, at_context, message in _SYNTAX:
        if words in problem:
            where = context_mark if at_context and context_mark else mark
            line = where.line if where else 0
            indents = _indents(lines, context_mark, line)
            if words == "cannot start any token" and lines[line].startswith("\t"):
                message = _TAB
            elif message is _INDENT and indents["here"] in indents["levels"]:
                message = _UNMARKED_ITEM
            return Problem(shown, line + 1 + offset, "", message.format(**indents))
    return Problem(shown, mark.line + 1 + offset if mark else 0, "", _UNREADABLE)


_TAB = "ada karakter tab di awal baris; indentasi ditulis dengan spasi"
_UNREADABLE = ("format YAML tidak bisa dibaca. Periksa indentasi (spasi, bukan tab) dan tanda titik dua; teks yang "
               "memuat ': ' atau ' #' perlu diapit tanda kutip")
_INDENT = ("indentasi baris ini tidak cocok dengan baris di atasnya: baris ini menjorok {here} spasi, baris-baris di "
           "atasnya {above} spasi. Kolom yang setingkat menjorok sama jauh; butir daftar diawali '- '")
_UNMARKED_ITEM = ("baris ini sejajar dengan butir daftar di atasnya tetapi tidak diawali '- ': tambahkan '- ', atau "
                  "geser baris ini ke tingkat kolom yang memuatnya")
#: libyaml's problems (words of its message), whether the mistake is at the line where what failed
#: began (the context), and what to say.
_SYNTAX = (
    ("mapping values are not allowed", False,
     "tanda ':' tidak diharapkan di sini: baris ini menjorok lebih dalam dari baris di atasnya, atau nilainya "
     "memuat ': ' (apit nilai itu dengan tanda kutip)"),
    ("could not find expected ':'", True,
     "baris ini tidak berbentuk 'nama: nilai': tambahkan ':' dan spasi sesudah nama kolom, atau apit nilai "
     "yang berlanjut ke baris berikutnya dengan tanda kutip"),
    ("did not find expected '-' indicator", False, _INDENT),
    ("did not find expected key", False, _INDENT),
    ("expected <block end>", False, _INDENT),
    ("tab character", False, _TAB),
    ("found unexpected end of stream", True, "tanda kutip yang dibuka di baris ini tidak ditutup"),
    ("did not find expected ',' or ']'", True,
     "daftar [ ... ] yang dibuka di baris ini tidak ditutup dengan ']', atau butirnya tidak dipisah koma"),
    ("did not find expected ',' or '}'", True,
     "pasangan { ... } yang dibuka di baris ini tidak ditutup dengan '}', atau isinya tidak dipisah koma"),
    ("unknown escape character", False,
     "garis miring terbalik (\\) di dalam tanda kutip ganda; untuk teks yang memuatnya pakai tanda kutip tunggal"),
    ("cannot start any token", False,
     "nilai yang diawali @ atau ` perlu diapit tanda kutip"),
)


def _indents(lines: list[str], context_mark, line: int) -> dict:
    """How far line `line` is indented, and how far the written lines above it in the same block are."""
    def indent(text: str) -> int:
        return len(text) - len(text.lstrip(" "))
    first = context_mark.line if context_mark else 0
    above = sorted({indent(text) for text in lines[first:line] if text.strip() and not text.lstrip().startswith("#")})
    return {"here": indent(lines[line]) if line < len(lines) else 0, "above": either([str(n) for n in above] or ["0"]),
            "levels": above}


#: What names an item of a list in messages, in this order; and the longest name shown.
NAME_KEYS = ("id", "istilah", "nama")
NAME_MAX = 30


def field_name(where: Path_, data: Any = None) -> str:
    """A path as contributors read it: items counted from 1 and named by their id, term or name when
    `data` has them, e.g. GOV-01 › indikator ke-1 (Jumlah layanan…) › capaian ke-2 › nilai."""
    parts: list[str] = []
    node = data
    for step in where:
        child = _child(node, step)
        if isinstance(step, int):
            name = _item_name(child)
            if parts:
                parts[-1] += f" ke-{step + 1}" + (f" ({name})" if name else "")
            else:  # a record of the file: its id or term names it
                parts.append(name or f"butir ke-{step + 1}")
        else:
            parts.append(str(step))
        node = child
    return " › ".join(parts)


def _child(node: Any, step: Any) -> Any:
    if isinstance(node, dict):
        return node.get(step)
    if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return None


def _item_name(item: Any) -> str:
    names = [item.get(key) for key in NAME_KEYS] if isinstance(item, dict) else []
    name = next((n for n in names if isinstance(n, str) and n.strip()), "")
    return name if len(name) <= NAME_MAX else name[:NAME_MAX - 1] + "…"
