"""mkdocs-macros adapter: the only module that knows about MkDocs.

The masterplan logic lives in plain modules (load, validate, model, query, render,
roadmap, export, pages, chapters, cite, guard, urls, ...) that take data and return
Markdown or files. This adapter, once per build: reads and checks the data and the
pages' front matter, and registers the macros; per page: refuses unsafe Jinja and
renders the page from what the guard accepted, then adds the chapter furniture,
notices and glossary tooltips; after the build: checks published links and writes the
open data (the search index is overrides/hooks/pencarian.py). What depends only on its
inputs is kept in the build cache (cache.py) between builds.
Macros are listed in `registry.Macros.NAMES` and documented in CONTRIBUTING.md.
"""

from __future__ import annotations

import importlib
import marshal
import os
import sys
from pathlib import Path

_MODULES = ("errors", "files", "cache", "load", "validate", "model", "data", "pages", "history", "escape", "links",
            "query", "render", "roadmap", "export", "cite", "chapters", "urls", "guard", "cetak", "registry")


def define_env(env) -> None:
    """Called by mkdocs-macros at each build (and each rebuild under `mkdocs serve`)."""
    _fresh_modules()
    from mkdocs.exceptions import PluginError
    from mkdocs_macros.errors import format_error

    from . import cache, history
    from .cetak import PDF_NAME
    from .cite import tanggal
    from .data import read_masterplan
    from .errors import MasterplanError
    from .escape import md_values
    from .files import PROJECT_FOLDERS, links_leaving
    from .pages import read_pages
    from .registry import BuildContext, Macros

    format_error.register(MasterplanError, lambda error, markdown, page: f"Kesalahan makro: {error}")
    root, docs, kept = Path(env.project_dir), Path(env.conf["docs_dir"]), cache.folder()
    leaving = links_leaving(root, PROJECT_FOLDERS)
    if leaving:  # before MkDocs reads or copies a single file
        raise PluginError(str(MasterplanError("Berkas di luar repositori tidak dibaca", leaving)))
    # git runs in the background while the data is read
    dates, tags = history.last_changed(root, docs.relative_to(root).as_posix()), history.release_tags_soon(root)
    try:
        plan = read_masterplan(root / "data", kept)
        pages = read_pages(docs, root / "data" / "schema", kept)
    except MasterplanError as error:
        raise PluginError(str(error)) from None

    def page() -> tuple[str, str]:
        return env.page.file.src_uri, env.page.url

    def source() -> str:
        return env.page.file.content_string

    context = BuildContext(
        pages=pages,
        dates=dates,
        version=os.environ.get("MIKE_DOCS_VERSION") or plan.info["versi"],  # set by `mike deploy`
        root=root,
        edit_base=_edit_base(env.conf),
        cache=kept,
        tags=tags,
    )
    macros = Macros(plan, page, context, source)
    for name, function in macros.registered.items():
        env.macro(function, name)
    env.variables["dokumen"] = md_values(plan.info)  # as page text: escaped for Markdown and HTML
    env.variables["_masterplan_macros"] = macros
    # For the printed cover (overrides/sampul.tpl): the version this build publishes, and its date.
    env.conf["extra"]["cetak"] = {"versi": context.version, "status": plan.info["status"],
                                  "tanggal": tanggal(context.today), "pdf": PDF_NAME if _with_pdf() else ""}


def on_pre_page_macros(env) -> None:
    """Refuse a page whose Jinja does more than call the registered macros with literal arguments; render it.

    The page is compiled by the guard, its glossary terms broken over two lines joined, and the
    result kept in the build cache; it is rendered from that and marked `render_macros: false`,
    so that mkdocs-macros does not parse and compile it again. Rendered by Jinja instead (by a
    host without this hook), it would read the same.
    """
    import jinja2
    from mkdocs.exceptions import PluginError

    from . import cache
    from .errors import MasterplanError
    from .guard import render, report
    from .registry import Macros

    content, markdown = env.page.file.content_string, env.markdown
    first_line = content[: len(content) - len(markdown)].count("\n") + 1 if content.endswith(markdown) else 1
    macros, jinja = env.variables["_masterplan_macros"], env.env
    syntax = (jinja2.__version__, jinja.variable_start_string, jinja.variable_end_string, jinja.block_start_string,
              jinja.block_end_string, jinja.comment_start_string, jinja.comment_end_string)
    terms = tuple(term.istilah for term in macros.plan.glossary)
    made_from = cache.key(*syntax, *Macros.NAMES, "\0", *terms, markdown)
    parts, found = cache.kept(macros.context.cache, "halaman", made_from,
                              lambda: _compiled(markdown, jinja, macros.plan.glossary), codec=marshal)
    if found:
        raise PluginError(report(env.page.file.src_uri, found, first_line))
    try:
        env.markdown = render(parts, macros.registered, env.variables,
                              where=lambda line: f"docs/{env.page.file.src_uri} baris {line + first_line - 1}")
    except MasterplanError as error:
        raise PluginError(f"Kesalahan makro: {error}") from None
    env.page.meta["render_macros"] = False


def _compiled(markdown: str, jinja, glossary) -> tuple[list | None, list]:
    """The guard's verdict on a page and its parts, glossary terms broken over two lines joined in its text."""
    from .guard import compile_page
    from .registry import Macros
    from .render import join_broken_terms

    parts, found = compile_page(markdown, set(Macros.NAMES), jinja)
    if parts is not None:
        parts = [("teks", join_broken_terms(part[1], glossary)) if part[0] == "teks" else part for part in parts]
    return parts, found


def on_post_page_macros(env) -> None:
    """Page furniture: chapter version, citation and history; illustrative notice; glossary tooltips."""
    from .pages import escaped_for_theme
    from .render import notice, with_notice, with_tooltips

    macros = env.variables["_masterplan_macros"]
    markdown = with_notice(env.markdown, notice(macros.about_link()))
    markdown, tags = macros.furnish(markdown, env.page.canonical_url)
    env.page.meta["citation_tags"] = tags  # rendered by overrides/main.html
    env.page.meta.update(escaped_for_theme(env.page.meta))
    # Pagefind indexes the site (Indonesian stemming); Material's lunr index is never downloaded
    # (overrides/partials/search.html), so it is left empty rather than built for nothing.
    env.page.meta["search"] = {"exclude": True}
    env.markdown = with_tooltips(markdown, macros.plan.glossary)
    if os.environ.get("MASTERPLAN_PRERENDER"):  # make bench: the same site without this layer
        _keep_prerendered(Path(os.environ["MASTERPLAN_PRERENDER"]), env.page.file, env.markdown)


def _keep_prerendered(folder: Path, file, markdown: str) -> None:
    """Write a page as plain Markdown: its front matter and what the macros made of it."""
    from .pages import split_front_matter

    content = file.content_string
    front = content[: len(content) - len(split_front_matter(content)[1])]
    target = folder / file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(front + markdown, encoding="utf-8")


def on_post_build(env) -> None:
    """Check published links and programme permalinks; write the open data into site/data/."""
    from mkdocs.exceptions import PluginError

    from . import export, links, urls

    site_dir = Path(env.conf["site_dir"])
    broken = urls.broken(urls.load(Path(env.project_dir) / urls.REGISTRY), site_dir)
    if broken:
        raise PluginError("Tautan yang sudah diterbitkan putus (tambahkan pengalihan atau kembalikan id-nya; "
                          "lihat CONTRIBUTING.md):\n" + "\n".join(f"  - {b}" for b in broken))
    macros = env.variables["_masterplan_macros"]
    missing = macros.missing_details()
    if missing:
        raise PluginError("Program tanpa blok detail (tidak punya tautan tetap): " + ", ".join(missing) +
                          ". Tampilkan dengan daftar_program() di halaman dimensinya.")
    plan = macros.plan
    rows = export.records(plan, lambda p: links.permalink(macros.detail_urls[p.id], p))
    out = site_dir / "data"
    out.mkdir(parents=True, exist_ok=True)
    (out / "program.json").write_text(export.to_json(rows), encoding="utf-8")
    (out / "program.csv").write_text(export.to_csv(rows, plan.years), encoding="utf-8")
    for schema in (Path(env.project_dir) / "data" / "schema").glob("*.schema.json"):
        (out / schema.name).write_text(schema.read_text(encoding="utf-8"), encoding="utf-8")


def _with_pdf() -> bool:
    """MASTERPLAN_PDF=true (make pdf, make release, make draf): print the whole masterplan to PDF."""
    return os.environ.get("MASTERPLAN_PDF") == "true"


def _edit_base(config) -> str:
    """The web-editor URL of the repository root, from `repo_url` and `edit_uri` (…/edit/main/docs/)."""
    repo, edit = config.get("repo_url"), config.get("edit_uri")
    if not repo or not edit:
        return ""
    docs = Path(config["docs_dir"]).name + "/"
    base = repo.rstrip("/") + "/" + edit.strip("/") + "/"
    return base.removesuffix(docs)


_loaded: dict[str, float] = {}  # macro source file -> modification time when last imported


def _fresh_modules() -> None:
    """Under `mkdocs serve`, reload macro code that was edited: Python caches imported modules.

    All topic modules are reloaded, in dependency order, once any of them changed.
    """
    folder = Path(__file__).parent
    now = {path.name: path.stat().st_mtime for path in folder.glob("*.py")}
    changed = _loaded and now != _loaded
    _loaded.update(now)
    if not changed:
        return
    for name in _MODULES:
        module = sys.modules.get(f"{__name__}.{name}")
        if module is not None:
            importlib.reload(module)
