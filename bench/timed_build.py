"""`make bench` only: one strict build of a project, timing the macros layer inside it.

    python bench/timed_build.py PROJECT_DIR   ->   {"build_s": ..., "layer_s": ...} on stdout

The layer is all that runs inside the mkdocs-macros plugin's events: importing and running
macros/ (reading and checking the data, the pages' macros and furniture, the checks and open
data after the build) and mkdocs-macros' own work. Timed in the build itself, it is measured as
precisely as the build: no second, plain build is needed to subtract.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(project: str) -> int:
    os.chdir(project)
    sys.path.insert(0, project)  # as MkDocs would find `macros`
    from mkdocs.__main__ import cli
    from mkdocs_macros.plugin import MacrosPlugin

    spent = [0.0]

    def timed(method):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start
        return run

    for name in ("on_config", "on_pre_build", "on_nav", "on_page_markdown", "on_post_build"):
        setattr(MacrosPlugin, name, timed(getattr(MacrosPlugin, name)))
    start = time.perf_counter()
    cli(["build", "--strict", "--site-dir", "site"], standalone_mode=False)
    print(json.dumps({"build_s": time.perf_counter() - start, "layer_s": spent[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
