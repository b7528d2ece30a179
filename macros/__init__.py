"""mkdocs-macros adapter: the only module that knows about MkDocs.

The masterplan logic lives in plain modules that take data and return Markdown or files.
This adapter, with mkdocs-macros as its host:

- once per build (`define_env`): starts the Build (data and front matter read and checked),
  registers the macros pages call (site.macros), and gives the printed cover its values;
- per page (`on_pre_page_macros`): compiles the page in the page language (site.language) and
  renders it from its parts, so that Jinja never runs a page; then (`on_post_page_macros`) adds
  the furniture (site.furniture);
- after the build (`on_post_build`): checks published links; finds each programme's permalink in
  the built site, from the page MkDocs made for its detail block (publish.detail_links), and
  writes the open data with them.

The one build in progress is `_build`; nothing else carries state between these steps.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # imported where used, so that `mkdocs serve` uses the code as reloaded
    from .site.build import Build
    from .site.furniture import Furniture

class _State(NamedTuple):
    """The build in progress: its data, its pages' furniture, and the macros pages call by name."""

    build: Build
    furniture: Furniture
    macros: dict[str, Callable[..., str]]


_build: _State | None = None  # set by define_env
log = logging.getLogger("mkdocs.plugins.masterplan")


def define_env(env) -> None:
    """Called by mkdocs-macros at each build (and each rebuild under `mkdocs serve`)."""
    global _build
    _fresh_modules()
    from mkdocs.exceptions import PluginError
    from mkdocs_macros.errors import format_error

    from . import settings
    from .errors import MasterplanError
    from .plan import staleness
    from .render.escape import md_values
    from .render.staleness import overdue_report
    from .site.build import Build
    from .site.first_use import FirstUseOnly
    from .site.furniture import Furniture
    from .site.macros import PageMacros
    from .site.tables import WrappedTables

    format_error.register(MasterplanError, lambda error, markdown, page: f"Kesalahan makro: {error}")
    config = env.conf
    try:
        build = Build.start(Path(env.project_dir), Path(config["docs_dir"]), config.get("repo_url") or "",
                            config.get("edit_uri") or "", config["extra"].get("alamat_sementara") is True)
    except MasterplanError as error:
        raise PluginError(str(error)) from None
    overdue = staleness.overdue(build.plan, build.today)
    if overdue and settings.is_release():  # a release must not publish data nobody has kept up to date
        raise PluginError("Rilis dibatalkan: data program perlu diperbarui dulu.\n" + overdue_report(overdue))
    if overdue:
        log.info(overdue_report(overdue))
    furniture = Furniture(build)
    macros = PageMacros(build, lambda: env.page.file.src_uri,
                        lambda: furniture.citation(env.page.file.src_uri, env.page.canonical_url)).functions()
    for name, function in macros.items():
        env.macro(function, name)
    # As page text, escaped for Markdown and HTML; with what the document is, said plainly (render/standing.py).
    env.variables["dokumen"] = md_values({**build.plan.info, "pernyataan": furniture.standing[1]})
    _build = _State(build, furniture, macros)
    # The engine's own Markdown steps: a glossary term explained at its first use on a page (site/first_use.py,
    # after `abbr` marks them all); tables wrapped at build time, not in the reader's browser (site/tables.py).
    for engine_extension in (FirstUseOnly, WrappedTables):
        if not any(isinstance(extension, engine_extension) for extension in config["markdown_extensions"]):
            config["markdown_extensions"].append(engine_extension())
    # The version selector and the old-version banner read versions.json, which only a mike deployment has:
    # elsewhere (make serve, make build, a test build) they would request a missing file on every page.
    if not settings.deployed_by_mike():
        config["extra"].pop("version", None)
    # The printed cover (overrides/print-cover.html, rendered by the print-site plugin with `config` only).
    config["extra"]["cetak"] = _build.furniture.cover(settings.pdf())


def on_pre_page_macros(env) -> None:
    """Compile the page in the page language and render it from its parts; Jinja never runs a page."""
    from mkdocs.exceptions import PluginError

    from .errors import MasterplanError
    from .site import language

    content, markdown, src = env.page.file.content_string, env.markdown, env.page.file.src_uri
    first_line = content[: len(content) - len(markdown)].count("\n") + 1 if content.endswith(markdown) else 1
    parts, refused = language.compile_page(markdown, set(_build.macros), env.env)
    if refused:
        raise PluginError(language.report(src, refused, first_line))
    parts = [language.Text(_build.furniture.prepare(p.text)) if isinstance(p, language.Text) else p for p in parts]
    try:
        env.markdown = language.render(parts, _build.macros, env.variables,
                                       where=lambda line: f"docs/{src} baris {line + first_line - 1}")
    except MasterplanError as error:
        raise PluginError(f"Kesalahan makro: {error}") from None
    env.page.meta["render_macros"] = False


def on_post_page_macros(env) -> None:
    """The page's furniture; its citation meta tags (overrides/main.html) and theme values."""
    markdown, tags = _build.furniture.furnish(env.page.file.src_uri, env.markdown, env.page.canonical_url)
    env.markdown = markdown
    env.page.meta["citation_tags"] = tags
    env.page.meta.update(_build.furniture.theme_meta(env.page.meta))
    # Pagefind indexes the site (Indonesian stemming); Material's lunr index is never downloaded
    # (overrides/partials/search.html), so it is left empty rather than built for nothing.
    env.page.meta["search"] = {"exclude": True}


def on_post_build(env) -> None:
    """Check published links and programme permalinks; write the open data into site/data/."""
    from mkdocs.exceptions import PluginError

    from . import settings
    from .errors import MasterplanError
    from .publish import detail_links, link_registry, opendata

    site_dir, build = Path(env.conf["site_dir"]), _build.build
    repeated = _repeated_ids(env.variables["files"], build)
    if repeated:
        raise PluginError(str(MasterplanError("Halaman memuat id yang sama lebih dari sekali (tautan ke id itu "
                                              "tidak tahu harus ke mana)", repeated)))
    broken = link_registry.broken(link_registry.load(build.root / settings.PUBLISHED_LINKS), site_dir)
    if broken:
        raise PluginError("Tautan yang sudah diterbitkan putus (tambahkan pengalihan atau kembalikan id-nya; "
                          "lihat CONTRIBUTING.md):\n" + "\n".join(f"  - {b}" for b in broken))
    detail_urls = detail_links.published(build.plan, _built_page(env.variables["files"]))
    missing = detail_links.unpublished(build.plan, detail_urls)
    if missing:
        raise PluginError("Program tanpa blok detail (tidak punya tautan tetap): " + ", ".join(missing) +
                          ". Tampilkan dengan daftar_program() di halaman dimensinya; program yang digabung "
                          "dengan program_digabung().")
    opendata.write(build.plan, detail_urls, build.root / settings.SCHEMAS, site_dir / "data",
                   build.plan.info["penerbit"], build.today, env.conf["site_url"] or "")


def _repeated_ids(files, build: Build) -> list:
    """Every id a built docs page has more than once, named at the lines of its Markdown."""
    from .publish import page_ids

    anchors = {item.anchor: item.id for item in (*build.plan.programs, *build.plan.merged)}
    problems = []
    for file in files.documentation_pages():
        path = Path(file.abs_dest_path)
        if path.is_file():
            problems += page_ids.repeated(file.src_uri, file.content_string, path.read_bytes(), anchors)
    return problems


def _built_page(files) -> Callable[[str], tuple[str, Path] | None]:
    """A docs page's URL and the HTML file written for it, as this build's MkDocs Files have them."""
    def built(src: str) -> tuple[str, Path] | None:
        file = files.get_file_from_path(src)
        return (file.url, Path(file.abs_dest_path)) if file is not None else None
    return built


_loaded: dict[str, float] = {}  # engine source file -> modification time when last imported


def _fresh_modules() -> None:
    """Under `mkdocs serve`, use the engine's code as edited: Python caches imported modules.

    Once any file of the package changed, every module of the package but this adapter is forgotten,
    so that the imports of the next build read each one again, whichever it is.
    """
    folder = Path(__file__).parent
    now = {path: path.stat().st_mtime for path in folder.rglob("*.py")}
    changed = bool(_loaded) and now != _loaded
    _loaded.clear()
    _loaded.update(now)
    if not changed:
        return
    for name in [name for name in sys.modules if name.startswith(f"{__name__}.")]:
        del sys.modules[name]
