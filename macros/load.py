"""Read the YAML data files, keeping the line of every key and list item.

The data is built in the JSON data model (string keys, dates as ISO text) because the
schema it is checked against is a JSON Schema. Lines are recorded while the data is
constructed, in one pass: the data sets grow to thousands of programmes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

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


#: The files this process has parsed, with their text: under `mkdocs serve`, a rebuild after an
#: edit parses again only the files that changed. Sources are never changed once parsed.
_parsed: dict[tuple[Path, str, str], tuple[str, Source | None, list[Problem]]] = {}


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
        text, place = path.read_text(encoding="utf-8"), (path.resolve(), shown, kind)
        before = _parsed.get(place)
        if before is None or before[0] != text:
            before = _parsed[place] = (text, *parse(text, shown, kind))
        _, source, found_problems = before
        problems += found_problems
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


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML with string keys, dates kept as written, and the line of every key and item."""

    def __init__(self, stream):
        super().__init__(stream)
        self.offset = 0
        self.container_lines: dict[int, dict[Any, int]] = {}
        self.duplicates: list[tuple[int, str, int]] = []

    def construct_mapping(self, node, deep=False):  # always deep here
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(None, None, "expected a mapping", node.start_mark)
        self.flatten_mapping(node)
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


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_yaml_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_yaml_seq)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_yaml_timestamp)


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
