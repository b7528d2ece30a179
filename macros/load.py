"""Read the YAML data files, keeping the line of every key and list item.

The data is built in the JSON data model (string keys, dates as ISO text) because the
schema it is checked against is a JSON Schema. Lines are recorded while the data is
constructed, in one pass: the data sets grow to thousands of programmes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.cyaml import CParser  # libyaml's event parser (PyYAML's wheels carry it)
from yaml.events import AliasEvent
from yaml.resolver import Resolver

from .errors import Problem
from .files import read_text

Path_ = tuple  # a path into the data: keys and list indexes

#: Data files by kind; the kind names the JSON Schema in data/schema/.
SINGLE_FILES = {"masterplan": "masterplan.yml", "dimensi": "dimensi.yml", "opd": "opd.yml",
                "glosarium": "glosarium.yml"}
PROGRAM_DIR = "program"


@dataclass
class Source:
    """One data file: its data and the line of each place in it."""

    path: str  # as contributors see it, e.g. data/program/governance.yml
    kind: str  # masterplan | dimensi | opd | program
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


def load_sources(data_dir: Path, shown_as: str = "data") -> tuple[list[Source], list[Problem]]:
    """Read every data file below `data_dir`; return the sources and the problems."""
    found = [(kind, data_dir / name) for kind, name in SINGLE_FILES.items()]
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
        source, found = parse(text, shown, kind)
        problems += found
        if source is not None:
            sources.append(source)
    return sources, problems


def parse(text: str, shown: str, kind: str, first_line: int = 1) -> tuple[Source | None, list[Problem]]:
    """Parse one YAML text into a Source (None if unreadable); duplicate keys are problems too.

    `first_line` is the file line the text starts on (front matter starts on line 2).
    """
    offset = first_line - 1
    loader = _LineLoader(text)
    loader.offset = offset
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        return None, [_syntax_problem(shown, error, offset)]
    finally:
        loader.dispose()
    source = Source(shown, kind, data, node.start_mark.line + 1 + offset if node is not None else first_line,
                    loader.container_lines)
    problems = [Problem(shown, line, field_name(_path_to(data, container) + (key,)),
                        "kolom ini ditulis dua kali; hapus salah satunya")
                for container, key, line in loader.duplicates]
    return source, problems


#: Nesting deeper than this is refused: the data needs a handful of levels, and each level costs
#: stack in the parser (very deep nesting would crash it).
MAX_DEPTH = 32


class _Refused(yaml.MarkedYAMLError):
    """YAML that parses but is refused here; its message says what to write instead."""

    def __init__(self, message: str, mark):
        super().__init__(problem=message, problem_mark=mark)


class _LineLoader(Composer, CParser, SafeConstructor, Resolver):
    """Safe YAML with string keys, dates kept as written, and the line of every key and item.

    Refused, each as a YAML error at its line: aliases and merge keys (a few lines could expand
    into millions of values), nesting deeper than MAX_DEPTH, and numbers that are not finite or
    too long to read. Events come from libyaml; nodes are composed here, one level at a time, so
    that depth and aliases are checked before anything is built.
    """

    def __init__(self, stream):
        CParser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self.offset = 0
        self.depth = 0
        self.container_lines: dict[int, dict[Any, int]] = {}
        self.duplicates: list[tuple[int, str, int]] = []

    def compose_node(self, parent, index):
        if self.check_event(AliasEvent):
            raise _Refused("alias YAML (*nama) tidak diizinkan; tulis nilainya langsung", self.peek_event().start_mark)
        if self.depth >= MAX_DEPTH:
            raise _Refused(f"susunan bertingkat lebih dari {MAX_DEPTH} tingkat; data ini tidak memerlukannya",
                           self.peek_event().start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError):  # e.g. an integer of thousands of digits
            raise _Refused("nilai tidak bisa dibaca: angka terlalu panjang atau format tidak dikenal",
                           node.start_mark) from None

    def construct_mapping(self, node, deep=False):  # always deep here
        if not isinstance(node, yaml.MappingNode):
            raise _Refused("di sini harus ada pasangan kolom: nilai", node.start_mark)
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _Refused("kunci gabung YAML (<<) tidak diizinkan; tulis kolomnya langsung", key_node.start_mark)
        mapping, lines = {}, {}
        self.container_lines[id(mapping)] = lines
        for key_node, value_node in node.value:
            key = str(self.construct_object(key_node, deep=True))
            line = key_node.start_mark.line + 1 + self.offset
            if key in lines:
                self.duplicates.append((id(mapping), key, line))
            else:
                lines[key] = line
            mapping[key] = self.construct_object(value_node, deep=True)
        return mapping

    def construct_sequence(self, node, deep=False):  # always deep here
        items = [self.construct_object(child, deep=True) for child in node.value]
        self.container_lines[id(items)] = {i: child.start_mark.line + 1 + self.offset
                                           for i, child in enumerate(node.value)}
        return items

    def construct_yaml_map(self, node):
        return self.construct_mapping(node)

    def construct_yaml_seq(self, node):
        return self.construct_sequence(node)

    def construct_yaml_timestamp(self, node):
        return self.construct_scalar(node)  # dates as written: ISO text, as in JSON

    def construct_undefined(self, node):
        shown = node.tag.replace("tag:yaml.org,2002:", "!!")[:60]
        raise _Refused(f"tanda YAML {shown} tidak diizinkan; tulis nilainya sebagai teks, angka atau daftar biasa",
                       node.start_mark)

    def construct_yaml_float(self, node):
        value = super().construct_yaml_float(node)
        if not math.isfinite(value):
            raise _Refused("angka harus terhingga (bukan .inf, .nan atau angka sebesar 1e999)", node.start_mark)
        return value


_LineLoader.add_constructor(None, _LineLoader.construct_undefined)
_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_yaml_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_yaml_seq)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_yaml_timestamp)
_LineLoader.add_constructor("tag:yaml.org,2002:float", _LineLoader.construct_yaml_float)
for _tag in ("binary", "set", "omap", "pairs"):  # not in the JSON data model the schemas describe
    _LineLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _LineLoader.construct_undefined)


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


def _syntax_problem(shown: str, error: yaml.YAMLError, offset: int = 0) -> Problem:
    """A YAML error in Indonesian. Only what went wrong is shown, never the file's text around it."""
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 1 + offset if mark else 0
    detail = getattr(error, "problem", None) or "tidak dikenali"
    if isinstance(error, _Refused):
        return Problem(shown, line, "", detail)
    return Problem(shown, line, "", (
        f"format YAML tidak bisa dibaca ({detail}). Periksa indentasi (spasi, bukan tab) "
        "dan tanda titik dua; teks yang memuat ':' atau '#' perlu diapit tanda kutip"))


def field_name(where: Path_) -> str:
    """A path as contributors read it: [2].anggaran.2026"""
    out = ""
    for part in where:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
