"""Refuse page templates that do more than call the registered macros with literal arguments.

mkdocs-macros renders every page with an unsandboxed Jinja2 environment, so a page (which
anyone may propose by pull request) could otherwise run Python during the build, e.g.
`{{ cycler.__init__.__globals__.os.popen("id").read() }}`. Pages may only contain:

- text, `{# comments #}` and `{% raw %}...{% endraw %}` (the escape for a literal `{{`);
- `{{ macro(...) }}` where `macro` is registered and every argument is a literal
  (string, number, true/false/none, or a list of those), passed by position or by name;
- `{{ dokumen.key }}` or `{{ dokumen.key.key }}`: values of data/masterplan.yml;
- `{{ "text" }}`: a string literal, e.g. `{{ "{{" }}`.

Everything else is refused, every construct reported with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jinja2 import Environment, TemplateSyntaxError, nodes

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
    environment = environment or Environment()
    try:
        template = environment.parse(source)
    except TemplateSyntaxError as error:
        return [(error.lineno, f"sintaks Jinja tidak valid ({error.message})")]
    return sorted(set(_statements(template.body, macros)))


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
        return f"nilai {node.value!r}"
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
