"""A folder served over HTTP on loopback, for as long as a block runs.

The PDF is printed from the built site served this way (`pdf`); the browser tests and the search
tests serve sites with it too (tests/conftest.py). Only 127.0.0.1, on a free port, quietly.
`make bench` (bench/lighthouse.py) serves with `compress=True`: text files gzip-encoded when the
client accepts it, as GitHub Pages serves them, so that transfer sizes are the published ones.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import os
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

#: The files sent gzip-encoded by the compressing server: text, as GitHub Pages compresses it.
COMPRESSED = {".html", ".css", ".js", ".json", ".svg"}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def accepts_gzip(header: str | None) -> bool:
    """Whether an Accept-Encoding header allows gzip (named or `*`, with a q above 0).

    >>> accepts_gzip("gzip, deflate, br"), accepts_gzip("gzip;q=0"), accepts_gzip("*"), accepts_gzip(None)
    (True, False, True, False)
    """
    allowed = {}
    for item in (header or "").split(","):
        name, _, params = item.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        allowed[name.strip().lower()] = q
    return allowed.get("gzip", allowed.get("*", 0.0)) > 0


class _Compressing(_Quiet):
    """Text files gzip-encoded when Accept-Encoding allows it; everything else as the plain handler sends it."""

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if path.suffix not in COMPRESSED or not path.is_file() or not accepts_gzip(self.headers.get("Accept-Encoding")):
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(os.fspath(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def served(directory: Path, compress: bool = False) -> Iterator[str]:
    """`directory` served on a free loopback port while the block runs; yields its base URL.

    `compress`: HTML, CSS, JS, JSON and SVG gzip-encoded for a client that accepts it.
    """
    handler = _Compressing if compress else _Quiet
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
