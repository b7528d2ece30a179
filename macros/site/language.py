"""The page language: what a page may write between {{ }}, checked, compiled to parts and rendered.

mkdocs-macros would render every page with an unsandboxed Jinja2 environment, so a page (which
anyone may propose by pull request) could run Python during the build, e.g.
`{{ cycler.__init__.__globals__.os.popen("id").read() }}`. Pages are therefore never run by
Jinja. They may contain only:

- text, `{# comments #}` and `{% raw %}...{% endraw %}` (the escape for a literal `{{`);
- `{{ macro(...) }}` where `macro` is registered and every argument is a literal
  (string, number, true/false/none, or a list of those), passed by position or by name;
- `{{ dokumen.key }}` or `{{ dokumen.key.key }}`: values of data/masterplan.yml;
- `{{ "text" }}`: a string literal, e.g. `{{ "{{" }}`.

    check(source, macros)          every refused construct, with its line
    compile_page(source, macros)   the page as parts: Text, MacroCall, DocumentValue (each with its line)
    render(parts, functions, ...)  the page with each call and value replaced, as Jinja would

A macro called with arguments it does not take, or raising MasterplanError, becomes an error
naming the line of that very call; any other exception is a bug and is left to show.
"""

from __future__ import annotations

import inspect
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, TemplateSyntaxError, nodes

from ..errors import MasterplanError, thousands

#: Variables a page may read, with plain attribute paths below them.
VARIABLES = frozenset({"dokumen"})
_PLAIN = re.compile(r"^[a-z][a-z0-9_]*$")

_NAMES = {
    nodes.Getattr: "akses atribut",
    nodes.Getitem: "akses indeks",
    nodes.Filter: "filter (|)",
    nodes.Test: "uji (is)",
    nodes.CondExpr: "ekspresi bersyarat",
    nodes.BinExpr: "operasi hitung",
    nodes.Concat: "penggabungan teks (~)",
    nodes.Compare: "perbandingan",
    nodes.UnaryExpr: "operasi",
    nodes.Slice: "potongan",
    nodes.Dict: "kamus",
    nodes.For: "blok {% for %}",
    nodes.If: "blok {% if %}",
    nodes.Assign: "blok {% set %}",
    nodes.AssignBlock: "blok {% set %}",
    nodes.Import: "blok {% import %}",
    nodes.FromImport: "blok {% from ... import %}",
    nodes.Include: "blok {% include %}",
    nodes.Extends: "blok {% extends %}",
    nodes.Block: "blok {% block %}",
    nodes.Macro: "blok {% macro %}",
    nodes.CallBlock: "blok {% call %}",
    nodes.FilterBlock: "blok {% filter %}",
    nodes.With: "blok {% with %}",
    nodes.Scope: "blok cakupan",
    nodes.ExprStmt: "blok {% do %}",
}


#: Jinja constructs one page may open: a chapter calls a few macros; Jinja reads 25,000 a second.
MAX_CONSTRUCTS = 1_000
_OPENING = re.compile(r"\{[{%#]")


def check(source: str, macros: set[str], environment: Environment | None = None) -> list[tuple[int, str]]:
    """(line, construct) for every refused construct of a page's Markdown; empty when the page is safe."""
    return parse(source, macros, environment)[1]


def parse(source: str, macros: set[str],
          environment: Environment | None = None) -> tuple[nodes.Template | None, list[tuple[int, str]]]:
    """The page's parsed template and its refused constructs; the template is None if it cannot be parsed."""
    environment = environment or Environment()
    opened = [m.start() for m in itertools.islice(_OPENING.finditer(source), MAX_CONSTRUCTS + 1)]
    if len(opened) > MAX_CONSTRUCTS:  # refused before Jinja reads them all: that would take minutes
        line = source.count("\n", 0, opened[-1]) + 1
        return None, [(line, f"lebih dari {thousands(MAX_CONSTRUCTS)} tanda {{{{ atau {{% di satu halaman; halaman "
                              "hanya memerlukan beberapa panggilan makro")]
    try:
        template = environment.parse(source)
    except TemplateSyntaxError as error:
        return None, [(error.lineno, f"sintaks Jinja tidak valid ({error.message})")]
    return template, sorted(set(_statements(template.body, macros)))


@dataclass(frozen=True)
class Text:
    """The page's own text, or a string literal written as `{{ "{{" }}`."""

    text: str


@dataclass(frozen=True)
class MacroCall:
    """`{{ name(args, key=value) }}` at `line` of the page's Markdown."""

    name: str
    args: tuple
    kwargs: dict
    line: int

    def __str__(self) -> str:
        shown = [f"{a!r:.60}" for a in self.args] + [f"{k}={v!r:.60}" for k, v in self.kwargs.items()]
        return f"{self.name}({', '.join(shown)})"  # values cut short: a page may hold a long literal


@dataclass(frozen=True)
class DocumentValue:
    """`{{ dokumen.key.key }}` at `line`: a value of data/masterplan.yml."""

    keys: tuple[str, ...]
    line: int

    def __str__(self) -> str:
        return "{{ " + ".".join(self.keys) + " }}"


Part = Text | MacroCall | DocumentValue


def compile_page(source: str, macros: set[str],
                 environment: Environment | None = None) -> tuple[list[Part] | None, list[tuple[int, str]]]:
    """(parts, []) for a page `check` accepts; (None, refused constructs) otherwise."""
    template, found = parse(source, macros, environment)
    if template is None or found:
        return None, found
    return [_part(child) for statement in template.body for child in statement.nodes], []


def _part(node: nodes.Node) -> Part:
    if isinstance(node, nodes.TemplateData):
        return Text(node.data)
    if isinstance(node, nodes.Const):
        return Text(node.value)
    if isinstance(node, nodes.Call):
        return MacroCall(node.node.name, tuple(_literal(a) for a in node.args),
                         {keyword.key: _literal(keyword.value) for keyword in node.kwargs}, node.lineno)
    keys = []
    while isinstance(node, nodes.Getattr):
        keys.insert(0, node.attr)
        node = node.node
    return DocumentValue((node.name, *keys), node.lineno)


def _literal(node: nodes.Node) -> Any:
    if isinstance(node, nodes.List):
        return [_literal(item) for item in node.items]
    if isinstance(node, nodes.Tuple):
        return tuple(_literal(item) for item in node.items)
    return node.value


def render(parts: list[Part], functions: Mapping[str, Callable[..., str]], variables: Mapping[str, Any],
           where: Callable[[int], str] = lambda line: f"baris {line}") -> str:
    """A compiled page, rendered: each macro call and variable replaced by its value, as Jinja would.

    `where(line)` names a line of the page in messages. A macro called with arguments it does
    not take, or raising MasterplanError, becomes a MasterplanError naming the line of that
    call; any other error is a bug and goes up as it is. Macro output is never rendered again.
    """
    out = []
    for part in parts:
        if isinstance(part, Text):
            out.append(part.text)
        elif isinstance(part, MacroCall):
            out.append(_run(part, functions[part.name], where))
        else:
            out.append(str(_lookup(part, variables, where)))
    return "".join(out)


def _run(call: MacroCall, function: Callable[..., str], where: Callable[[int], str]) -> str:
    try:
        inspect.signature(function).bind(*call.args, **call.kwargs)
    except TypeError as error:
        raise MasterplanError(f"{where(call.line)}: {call}: argumen tidak dikenal ({error})") from None
    try:
        return str(function(*call.args, **call.kwargs))
    except MasterplanError as error:
        raise MasterplanError(f"{where(call.line)}: {call}: {error}") from None


def _lookup(value: DocumentValue, variables: Mapping[str, Any], where: Callable[[int], str]) -> Any:
    found = variables[value.keys[0]]
    for key in value.keys[1:]:
        if not isinstance(found, Mapping) or key not in found:
            raise MasterplanError(f"{where(value.line)}: '{value}': '{key}' tidak ada "
                                  "(nilai dokumen.* diambil dari data/masterplan.yml)")
        found = found[key]
    if isinstance(found, Mapping):
        raise MasterplanError(f"{where(value.line)}: '{value}' berisi beberapa nilai; sebut salah satu: "
                              f"{', '.join(found)}")
    return found


def _statements(body: list[nodes.Node], macros: set[str]) -> Iterator[tuple[int, str]]:
    for node in body:
        if isinstance(node, nodes.Output):
            for child in node.nodes:
                if not isinstance(child, nodes.TemplateData):
                    yield from _expression(child, macros)
        else:
            yield node.lineno, _name(node)


def _expression(node: nodes.Node, macros: set[str]) -> Iterator[tuple[int, str]]:
    if isinstance(node, nodes.Call):
        yield from _call(node, macros)
    elif not (_is_variable(node) or (isinstance(node, nodes.Const) and isinstance(node.value, str))):
        yield node.lineno, _describe(node)


def _call(node: nodes.Call, macros: set[str]) -> Iterator[tuple[int, str]]:
    if isinstance(node.node, nodes.Name) and node.node.name not in macros:
        yield node.lineno, f"panggilan '{node.node.name}', bukan makro terdaftar"
        return
    if not isinstance(node.node, nodes.Name):
        yield node.lineno, f"panggilan fungsi lewat {_describe(node.node)}"
        return
    if node.dyn_args is not None or node.dyn_kwargs is not None:
        yield node.lineno, "argumen *args atau **kwargs"
    for argument in [*node.args, *(k.value for k in node.kwargs)]:
        if not _is_literal(argument):
            yield argument.lineno, f"argumen bukan nilai literal ({_describe(argument)})"


def _is_literal(node: nodes.Node) -> bool:
    if isinstance(node, nodes.Const):
        return node.value is None or isinstance(node.value, (str, int, float, bool))
    if isinstance(node, (nodes.List, nodes.Tuple)):
        return all(isinstance(item, nodes.Const) and _is_literal(item) for item in node.items)
    return False


def _is_variable(node: nodes.Node) -> bool:
    """`dokumen` or `dokumen.a.b` with plain, non-underscore attribute names."""
    while isinstance(node, nodes.Getattr):
        if not _PLAIN.match(node.attr):
            return False
        node = node.node
    return isinstance(node, nodes.Name) and node.name in VARIABLES


def _describe(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return f"nama '{node.name}'"
    if isinstance(node, nodes.Getattr):
        return f"akses atribut '.{node.attr}'"
    if isinstance(node, nodes.Call):
        return f"panggilan {_describe(node.node)}"
    if isinstance(node, nodes.Const):
        return f"nilai {node.value!r:.60}"
    return _name(node)


def _name(node: nodes.Node) -> str:
    for kind, name in _NAMES.items():
        if isinstance(node, kind):
            return name
    return f"konstruksi {type(node).__name__}"


def report(page: str, found: list[tuple[int, str]], first_line: int = 1) -> str:
    """The build error for a refused page; `first_line` is the file line the Markdown starts on."""
    lines = [f"  - docs/{page} baris {line + first_line - 1}: {construct}" for line, construct in found]
    return (f"Halaman docs/{page} memuat Jinja yang tidak diizinkan ({len(found)} masalah):\n" + "\n".join(lines) +
            "\nHalaman hanya boleh memanggil makro terdaftar dengan argumen literal. Untuk menulis {{ atau {% "
            "apa adanya, apit dengan {% raw %} ... {% endraw %} (lihat CONTRIBUTING.md).")
