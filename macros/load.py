"""Read the YAML data files, keeping the line of every key and list item.

The data is turned into the JSON data model (string keys, dates as ISO text)
because the schema it is checked against is a JSON Schema.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

Path_ = tuple  # a path into the data: keys and list indexes

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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
    lines: dict[Path_, int] = field(default_factory=dict)
    offset: int = 0  # lines of the file before the YAML text

    def line_of(self, where: Path_) -> int:
        """The line of `where`, or of its nearest parent the file has (1 at worst)."""
        where = tuple(where)
        while where:
            if where in self.lines:
                return self.lines[where]
            where = where[:-1]
        return self.lines.get((), 1)


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
        source, found_problems = parse(path.read_text(encoding="utf-8"), shown, kind)
        problems += found_problems
        if source is not None:
            sources.append(source)
    return sources, problems


def parse(text: str, shown: str, kind: str, first_line: int = 1) -> tuple[Source | None, list[Problem]]:
    """Parse one YAML text into a Source (None if unreadable); duplicate keys are problems too.

    `first_line` is the file line the text starts on (front matter starts on line 2).
    """
    source = Source(shown, kind, offset=first_line - 1)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        return None, [_syntax_problem(shown, error, first_line - 1)]
    finally:
        loader.dispose()
    problems: list[Problem] = []
    if node is not None:
        source.lines[()] = node.start_mark.line + 1 + source.offset
        _index(node, (), source, problems)
    source.data = to_json_model(data)
    return source, problems


def to_json_model(value: Any) -> Any:
    """YAML values as JSON would hold them: string keys, dates as ISO text."""
    if isinstance(value, dict):
        return {str(k): to_json_model(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json_model(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def _index(node: yaml.Node, where: Path_, source: Source, problems: list[Problem]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1 + source.offset
            if key in seen:
                problems.append(Problem(source.path, line, field_name(where + (key,)),
                                        "kolom ini ditulis dua kali; hapus salah satunya"))
            seen.add(key)
            source.lines.setdefault(where + (key,), line)
            _index(value_node, where + (key,), source, problems)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            source.lines[where + (i,)] = item.start_mark.line + 1 + source.offset
            _index(item, where + (i,), source, problems)


def _syntax_problem(shown: str, error: yaml.YAMLError, offset: int = 0) -> Problem:
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 1 + offset if mark else 0
    detail = getattr(error, "problem", None) or str(error)
    return Problem(shown, line, "", (
        f"format YAML tidak bisa dibaca ({detail}). Periksa indentasi (spasi, bukan tab) "
        "dan tanda titik dua; teks yang memuat ':' atau '#' perlu diapit tanda kutip"))


def field_name(where: Path_) -> str:
    """A path as contributors read it: [2].anggaran.2026"""
    out = ""
    for part in where:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
