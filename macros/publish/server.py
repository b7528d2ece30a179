"""A folder served over HTTP on loopback, for as long as a block runs.

The PDF is printed from the built site served this way (`pdf`); the browser tests and the search
tests serve sites with it too (tests/conftest.py). Only 127.0.0.1, on a free port, quietly.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def served(directory: Path) -> Iterator[str]:
    """`directory` served on a free loopback port while the block runs; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
