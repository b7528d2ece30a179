"""CONTRIBUTING's table of error messages lists every message a contributor can get.

The messages are read from the engine's code: every text given to a Problem, to the YAML reader's
refusal, to a build error, and every (place, message) a rule yields. Each is recognised in the table
by its longest fixed part (the words between the values it quotes).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from support import ROOT

TABLE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8").split("## Membaca pesan kesalahan", 1)[1]
TABLE = TABLE.split("\n## ", 1)[0]
#: Calls whose text argument is a message: (name, position of the message).
MESSAGE_CALLS = {"Problem": 3, "problem": 2, "_Refused": 0, "MasterplanError": 0, "PluginError": 0}
#: Module constants that hold messages (or tables of them).
MESSAGE_CONSTANTS = {"MISSING", "_LIMITS", "_SYNTAX", "_TAB", "_UNREADABLE", "_INDENT", "_UNMARKED_ITEM"}
#: Functions that return a message.
MESSAGE_FUNCTIONS = {"_number_form", "suggest", "report"}
#: Where a report form's answer is refused, the message is a ValueError's text.
RAISES_MESSAGES = {"macros/monitor/report.py"}


def _parts(node: ast.AST) -> list[str]:
    """The fixed parts of a message written as a text, an f-string or a sum of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.split(r"\{[a-z_]*\}", node.value)  # a template's {placeholders} are values too
    if isinstance(node, ast.JoinedStr):
        out, current = [], ""
        for value in node.values:
            if isinstance(value, ast.Constant):
                current += value.value
            else:
                out.append(current)
                current = ""
        return [*out, current]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _parts(node.left) + _parts(node.right)
    return []


def _constant_messages(node: ast.AST) -> list[ast.AST]:
    """A constant's messages: the text itself, a mapping's values, or each row's last item (its message)."""
    if isinstance(node, ast.Dict):
        return list(node.values)
    if isinstance(node, ast.Tuple):
        return [row.elts[-1] if isinstance(row, ast.Tuple) else row for row in node.elts]
    return [node]


def _messages(path: Path) -> list[tuple[int, list[str]]]:
    relative = path.relative_to(ROOT).as_posix()
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        texts: list[ast.AST] = []
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            position = MESSAGE_CALLS.get(name)
            if position is not None and len(node.args) > position:
                texts.append(node.args[position])
            if name == "ValueError" and relative in RAISES_MESSAGES and node.args:
                texts.append(node.args[0])
        elif isinstance(node, ast.Yield) and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 2:
            texts.append(node.value.elts[1])
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and relative == "macros/data/schema.py":
            texts.append(node.elts[1])  # _explain's (where, message)
        elif isinstance(node, (ast.Assign, ast.AugAssign)) and "message" in [
                getattr(t, "id", "") for t in getattr(node, "targets", [getattr(node, "target", None)])]:
            texts.append(node.value)  # a message built in steps: message = ...; message += "; ..."
        elif isinstance(node, ast.FunctionDef) and node.name in MESSAGE_FUNCTIONS:
            texts += [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") in MESSAGE_CONSTANTS for t in node.targets):
            texts += _constant_messages(node.value)
        found += [(node.lineno, parts) for text in texts if (parts := _parts(text))]
    return found


def fragment(parts: list[str]) -> str:
    """The longest fixed part of a message, without the punctuation around the values it quotes."""
    return max((part.strip(" \n;:,.()'\"") for part in parts), key=len)


def _schema_messages(path: Path) -> list[tuple[int, list[str]]]:
    """The messages a schema gives for its patterns (patternErrorMessage, which editors show too)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [(n, [json.loads("{" + line.strip().rstrip(",") + "}")["patternErrorMessage"]])
            for n, line in enumerate(lines, 1) if '"patternErrorMessage"' in line]


def _all_messages() -> list[tuple[str, int, list[str]]]:
    found = [(path, line, parts) for path in sorted((ROOT / "macros").rglob("*.py")) for line, parts in _messages(path)]
    found += [(path, line, parts) for path in sorted((ROOT / "data" / "schema").glob("*.json"))
              for line, parts in _schema_messages(path)]
    return [(path.relative_to(ROOT).as_posix(), line, parts) for path, line, parts in found]


MESSAGES = sorted({(path, line, fragment(parts)) for path, line, parts in _all_messages() if len(fragment(parts)) >= 6})


def test_the_engine_s_messages_are_found():
    assert len(MESSAGES) > 100  # the reading above still finds them


@pytest.mark.parametrize("where, line, words", MESSAGES, ids=[f"{w}:{n}" for w, n, _ in MESSAGES])
def test_every_message_is_in_contributing_s_table(where, line, words):
    table = " ".join(TABLE.split())
    assert " ".join(words.split()) in table, f"{where} baris {line}: tambahkan '{words}' ke tabel pesan"


def test_the_table_names_no_message_the_engine_no_longer_gives():
    written = " ".join(" ".join(parts) for _, _, parts in _all_messages())
    for cell in re.findall(r"^\| `([^`]+)`", TABLE, flags=re.MULTILINE):
        for words in re.split(r"…", cell):
            words = words.strip(" ;:,.()'\"")
            assert len(words) < 6 or words in written, f"'{words}' tidak lagi diberikan mesin"
