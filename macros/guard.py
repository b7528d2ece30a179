"""Refuse page templates that do more than call the registered macros with literal arguments.

mkdocs-macros renders every page with an unsandboxed Jinja2 environment, so a page (which
anyone may propose by pull request) could otherwise run Python during the build, e.g.
`{{ cycler.__init__.__globals__.os.popen("id").read() }}`. Pages may only contain:

- text, `{# comments #}` and `{% raw %}...{% endraw %}` (the escape for a literal `{{`);
- `{{ macro(...) }}` where `macro` is registered and every argument is a literal
  (string, number, true/false/none, or a list of those), passed by position or by name;
- `{{ dokumen.key }}` or `{{ dokumen.key.key }}`: values of data/masterplan.yml;
- `{{ "text" }}`: a string literal, e.g. `{{ "{{" }}`.

Everything else is refused, every construct reported with its line. A page that passes is
compiled to a list of parts (`compile_page`) and rendered from them (`render`), which does
exactly what these constructs do: no Jinja code is generated or run for a page, and the
result is what Jinja would render.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from jinja2 import Environment, TemplateSyntaxError, nodes

from .errors import MasterplanError

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


def check(source: str, macros: set[str], environment: Environment | None = None) -> list[tuple[int, str]]:
    """(line, construct) for every refused construct of a page's Markdown; empty when the page is safe."""
    return parse(source, macros, environment)[1]


def parse(source: str, macros: set[str],
          environment: Environment | None = None) -> tuple[nodes.Template | None, list[tuple[int, str]]]:
    """The page's parsed template and its refused constructs; the template is None if it cannot be parsed."""
    environment = environment or Environment()
    try:
        template = environment.parse(source)
    except TemplateSyntaxError as error:
        return None, [(error.lineno, f"sintaks Jinja tidak valid ({error.message})")]
    return template, sorted(set(_statements(template.body, macros)))


#: A checked page, ready to render: its parts in order, each a tuple of plain values (kept in the
#: build cache with marshal): ("teks", text) for the page's own text, ("nilai", text) for a
#: string literal, ("makro", name, args, kwargs, line) and ("dokumen", keys, line).
Part = tuple


def compile_page(source: str, macros: set[str],
                 environment: Environment | None = None) -> tuple[list[Part] | None, list[tuple[int, str]]]:
    """(parts, []) for a page `check` accepts; (None, refused constructs) otherwise."""
    template, found = parse(source, macros, environment)
    if template is None or found:
        return None, found
    return [_part(child) for statement in template.body for child in statement.nodes], []


def _part(node: nodes.Node) -> Part:
    if isinstance(node, nodes.TemplateData):
        return ("teks", node.data)
    if isinstance(node, nodes.Const):
        return ("nilai", node.value)
    if isinstance(node, nodes.Call):
        return ("makro", node.node.name, [_literal(a) for a in node.args],
                {keyword.key: _literal(keyword.value) for keyword in node.kwargs}, node.lineno)
    keys = []
    while isinstance(node, nodes.Getattr):
        keys.insert(0, node.attr)
        node = node.node
    return ("dokumen", [node.name, *keys], node.lineno)


def _literal(node: nodes.Node) -> Any:
    if isinstance(node, nodes.List):
        return [_literal(item) for item in node.items]
    if isinstance(node, nodes.Tuple):
        return tuple(_literal(item) for item in node.items)
    return node.value


def render(parts: list[Part], functions: Mapping[str, Callable[..., str]], variables: Mapping[str, Any],
           where: Callable[[int], str] = lambda line: f"baris {line}") -> str:
    """A compiled page, rendered: each macro call and variable replaced by its value, as Jinja would.

    `where` names a template line in messages. Raise MasterplanError for a variable that does not
    exist, as Jinja's strict mode would. Macro output is never rendered again.
    """
    out = []
    for part in parts:
        kind = part[0]
        if kind in ("teks", "nilai"):
            out.append(part[1])
        elif kind == "makro":
            out.append(str(functions[part[1]](*part[2], **part[3])))
        else:
            out.append(str(_lookup(part[1], variables, lambda line=part[2]: where(line))))
    return "".join(out)


def _lookup(keys: list[str], variables: Mapping[str, Any], where: Callable[[], str]) -> Any:
    value, shown = variables[keys[0]], "{{ " + ".".join(keys) + " }}"
    for key in keys[1:]:
        if not isinstance(value, Mapping) or key not in value:
            raise MasterplanError(f"{where()}: '{shown}': '{key}' tidak ada "
                                  "(nilai dokumen.* diambil dari data/masterplan.yml)")
        value = value[key]
    if isinstance(value, Mapping):
        raise MasterplanError(f"{where()}: '{shown}' berisi beberapa nilai; sebut salah satu: {', '.join(value)}")
    return value


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
