"""MkDocs hook: the Pagefind search index of the built site, with Indonesian stemming.

The language comes from <html lang="id">. The index covers the pages MkDocs wrote. It runs
before the plugins' own post-build steps, so plugin-made pages are left out: the print page
(which repeats every chapter) and redirect stubs.

After `mkdocs build` the index is complete when the command returns, and a failure fails the
build. Under `mkdocs serve` it is built in the background, so an edited page is served without
waiting for it; search catches up a moment later. A rebuild stops an unfinished run first.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the project root, for `macros`

_serving = False
_background: subprocess.Popen | None = None


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config) -> None:
    _stop()  # the site folder is about to be emptied and written again


def on_shutdown() -> None:
    _stop()


@event_priority(50)  # before the plugins' post-build steps (print page, redirects)
def on_post_build(config) -> None:
    global _background
    from pagefind_bin_extended import get_executable

    from macros.render.classes import NOT_INDEXED  # page parts search must not match

    command = [str(get_executable()), "--site", config["site_dir"], "--quiet", "--exclude-selectors", NOT_INDEXED]
    if _serving:
        _background = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"Indeks pencarian (Pagefind) gagal dibuat:\n{result.stdout}{result.stderr}")


def _stop() -> None:
    global _background
    if _background is not None and _background.poll() is None:
        _background.terminate()
        _background.wait()
    _background = None
