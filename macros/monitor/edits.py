"""Change a few values of a YAML file and leave every other byte of it as it was.

A round-trip dump of a whole file (ruamel.yaml) keeps its comments, key order and quoting, but
writes every list with one indentation: the data files indent their top-level list and the lists
inside it differently, so a dump would rewrite thousands of lines. Here only the changed places
are rewritten: each edit is located with the positions PyYAML gives every node of the original
text, and the new YAML is written by ruamel.yaml (which quotes a value where YAML needs it) and
indented like its neighbours. The same edits applied to the parsed data say what the new text
must read as; `apply` checks it does.

    Put(path, value, after=())   set a mapping's key (or replace a list's item) at `path`
    Append(path, item)           add `item` at the end of the list at `path`

A path is keys and list indexes from the document's root, as `macros.data.parse` writes them.
"""

from __future__ import annotations

import copy
import datetime
import io
from dataclasses import dataclass
from typing import Any

import yaml
from ruamel.yaml import YAML

from ..data.parse import parse

Path_ = tuple


@dataclass(frozen=True)
class Put:
    """Set `path[-1]` of the mapping (or list) at `path[:-1]` to `value`. A new key goes after the
    first of `after` the mapping has, or among the years in order when it is a year, or at the end."""

    path: Path_
    value: Any  # any value YAML can hold
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Append:
    """Add `item` at the end of the list at `path`."""

    path: Path_
    item: Any  # any value YAML can hold


Edit = Put | Append


def apply(text: str, edits: list[Edit], shown: str = "") -> str:
    """`text` with `edits` made; raises RuntimeError if the result does not read as the edited data.
    A text that does not end with a line break is given one."""
    text = text if text.endswith("\n") else text + "\n"
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    changes = sorted((_change(root, text, edit) for edit in edits), key=lambda c: c[0], reverse=True)
    new = text
    for start, end, replacement in changes:
        new = new[:start] + replacement + new[end:]
    expected = apply_to_data(parse(text, shown, "program")[0].data, edits)
    if parse(new, shown, "program")[0].data != expected:
        raise RuntimeError(f"{shown}: suntingan tidak menghasilkan data yang dimaksud (bug mesin)")
    return new


def apply_to_data(data: Any, edits: list[Edit]) -> Any:
    """The edits made on data in the JSON model of macros.data.parse (ISO dates, text keys)."""
    data = copy.deepcopy(data)
    for edit in edits:
        parent = _walk(data, edit.path if isinstance(edit, Append) else edit.path[:-1])
        if isinstance(edit, Append):
            parent.append(json_model(edit.item))
        elif isinstance(parent, list):
            parent[edit.path[-1]] = json_model(edit.value)
        else:
            parent[str(edit.path[-1])] = json_model(edit.value)
    return data


def json_model(value: Any) -> Any:
    """`value` as macros.data.parse reads it: dates as ISO text, every mapping key as text."""
    if isinstance(value, dict):
        return {str(k): json_model(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_model(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _walk(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part] if isinstance(data, list) else data[str(part)]
    return data


# -- where each edit lands in the text ---------------------------------------------------------

def _change(root: yaml.Node, text: str, edit: Edit) -> tuple[int, int, str]:
    """(start, end, replacement) in the text's characters for one edit."""
    offsets = _offsets(text.splitlines(keepends=True))
    if isinstance(edit, Append):
        sequence = _node(root, edit.path)
        if not isinstance(sequence, yaml.SequenceNode) or sequence.flow_style or not sequence.value:
            items = [*_plain(sequence), edit.item]
            return _change(root, text, Put(edit.path, items))
        at = offsets[_end_line(sequence.value[-1]) + 1]
        return at, at, _item_text(edit.item, sequence.start_mark.column)
    parent = _node(root, edit.path[:-1])
    if isinstance(parent, yaml.SequenceNode):
        item = parent.value[edit.path[-1]]
        end, dash = offsets[_end_line(item) + 1] - 1, parent.start_mark.column
        return item.start_mark.index, end, _item_text(edit.value, dash)[dash + 2:-1]
    return _put(parent, offsets, edit, text)


def _put(mapping: yaml.MappingNode, offsets: list[int], edit: Put, text: str) -> tuple[int, int, str]:
    key = str(edit.path[-1])
    pairs = {k.value: (k, v) for k, v in mapping.value}
    column = mapping.value[0][0].start_mark.column
    if key in pairs:
        name, value = pairs[key]
        if isinstance(value, yaml.ScalarNode) and not isinstance(edit.value, (dict, list)):
            return value.start_mark.index, value.end_mark.index, _scalar_text(edit.value)
        if _same_keys(value, edit.value):
            return _values_in_place(value, edit.value, text)
        end = offsets[_end_line(value) + 1] - 1
        return name.start_mark.index, end, _block({edit.path[-1]: edit.value}, column)[column:-1]
    before = _insert_before(mapping, edit)
    if before is not None:
        at = offsets[before.start_mark.line]
    else:
        previous = next((pairs[k][1] for k in edit.after if k in pairs), mapping.value[-1][1])
        at = offsets[_end_line(previous) + 1]
    return at, at, _block({edit.path[-1]: edit.value}, column)


def _same_keys(node: yaml.Node, value: Any) -> bool:
    """Whether `node` is a mapping of scalars with exactly the keys of `value`, a mapping of scalars."""
    return (isinstance(node, yaml.MappingNode) and isinstance(value, dict)
            and [k.value for k, _ in node.value] == [str(k) for k in value]
            and all(isinstance(v, yaml.ScalarNode) for _, v in node.value)
            and not any(isinstance(v, (dict, list)) for v in value.values()))


def _values_in_place(node: yaml.MappingNode, value: dict, text: str) -> tuple[int, int, str]:
    """The mapping's values replaced where they are, in its own style (`{tanggal: …, oleh: …}` stays so)."""
    start, end = node.value[0][1].start_mark.index, node.value[-1][1].end_mark.index
    out = text[start:end]
    for (_, old), new in reversed(list(zip(node.value, value.values(), strict=True))):
        out = out[:old.start_mark.index - start] + _scalar_text(new) + out[old.end_mark.index - start:]
    return start, end, out


def _insert_before(mapping: yaml.MappingNode, edit: Put) -> yaml.Node | None:
    """For a new year: the key of the first later year, which it goes before (None: after the others)."""
    if not isinstance(edit.path[-1], int):
        return None
    later = [k for k, _ in mapping.value if k.value.isdigit() and int(k.value) > edit.path[-1]]
    return later[0] if later else None


def _node(root: yaml.Node, path: Path_) -> yaml.Node:
    node = root
    for part in path:
        if isinstance(node, yaml.SequenceNode):
            node = node.value[part]
        else:
            node = next(v for k, v in node.value if k.value == str(part))
    return node


def _end_line(node: yaml.Node) -> int:
    """The last line (0-based) with text of `node`'s value."""
    if isinstance(node, yaml.ScalarNode) or node.flow_style:
        end = node.end_mark
        return end.line if end.column > 0 else end.line - 1
    last = node.value[-1]
    return _end_line(last[1] if isinstance(node, yaml.MappingNode) else last)


def _offsets(lines: list[str]) -> list[int]:
    """The character offset of the start of every line, and of the end of the text (twice, for a last line)."""
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line)
    return offsets + [at, at]


def _plain(node: yaml.Node | None) -> list:
    """The items of a flow (or empty) list, as data."""
    if node is None or not isinstance(node, yaml.SequenceNode):
        return []
    return yaml.load(yaml.serialize(node), Loader=yaml.CSafeLoader) or []


# -- new YAML, quoted by ruamel.yaml, indented like its neighbours ------------------------------

def _dump(value: Any) -> list[str]:
    """`value` as block YAML lines. Quoted as YAML 1.1 needs (the data is read by PyYAML, for which
    `yes` and `on` are booleans); the `%YAML 1.1` and `---` lines that this writes are left out."""
    writer = YAML()
    writer.version = (1, 1)
    writer.width = 4096  # never fold a long value onto a second line
    writer.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    writer.dump(value, out)
    lines = out.getvalue().splitlines()
    return lines[lines.index("---") + 1:]


def _block(mapping: dict, column: int) -> str:
    """`mapping` as block YAML whose keys start at `column`, ending with a newline."""
    return "".join(" " * column + line + "\n" for line in _dump(mapping))


def _item_text(item: Any, dash: int) -> str:
    """`item` as a block list item whose dash is at column `dash`, ending with a newline."""
    lines = _dump(item)
    first = " " * dash + "- " + lines[0] + "\n"
    return first + "".join(" " * (dash + 2) + line + "\n" for line in lines[1:])


def _scalar_text(value: Any) -> str:
    return _dump({"k": value})[0].removeprefix("k: ")
