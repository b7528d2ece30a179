"""The loopback server: a folder served on 127.0.0.1 while a block runs, and no longer after."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request

import pytest

from macros.publish.server import served


def test_a_folder_is_served_on_loopback_only_while_the_block_runs(tmp_path):
    (tmp_path / "a.txt").write_text("isi", encoding="utf-8")
    with served(tmp_path) as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/")
        with urllib.request.urlopen(f"{url}a.txt", timeout=5) as response:
            assert response.read() == b"isi"
        with pytest.raises(urllib.error.HTTPError, match="404"):
            urllib.request.urlopen(f"{url}tidak-ada.txt", timeout=5)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}a.txt", timeout=5)


def _get(url: str, accept: str | None) -> tuple[dict, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": accept} if accept else {})
    with urllib.request.urlopen(request, timeout=5) as response:
        return dict(response.headers), response.read()


def test_the_compressing_server_gzips_text_only_for_a_client_that_accepts_it(tmp_path):
    """As GitHub Pages serves them: HTML (a folder's index.html too), CSS, JS, JSON, SVG gzip-encoded."""
    page = "<p>halaman</p>" * 200
    (tmp_path / "bab").mkdir()
    (tmp_path / "bab" / "index.html").write_text(page, encoding="utf-8")
    (tmp_path / "gaya.css").write_text("p { color: red }\n" * 50, encoding="utf-8")
    (tmp_path / "foto.png").write_bytes(b"\x89PNG" + bytes(500))
    with served(tmp_path, compress=True) as url:
        for path in ("bab/", "bab/index.html"):
            headers, body = _get(url + path, "gzip, deflate, br")
            assert headers["Content-Encoding"] == "gzip" and headers["Content-Type"] == "text/html"
            assert int(headers["Content-Length"]) == len(body) < len(page)
            assert gzip.decompress(body).decode("utf-8") == page
        headers, body = _get(url + "gaya.css", "gzip")
        assert headers["Content-Encoding"] == "gzip" and gzip.decompress(body).startswith(b"p { color")
        for accept in (None, "identity", "gzip;q=0, br"):
            headers, body = _get(url + "bab/", accept)
            assert "Content-Encoding" not in headers and body.decode("utf-8") == page, accept
        headers, body = _get(url + "foto.png", "gzip")  # already compressed: sent as it is
        assert "Content-Encoding" not in headers and body.startswith(b"\x89PNG")
        with pytest.raises(urllib.error.HTTPError, match="404"):
            _get(url + "tidak-ada.html", "gzip")


def test_the_plain_server_never_compresses(tmp_path):
    (tmp_path / "index.html").write_text("<p>x</p>", encoding="utf-8")
    with served(tmp_path) as url:
        headers, body = _get(url, "gzip")
    assert "Content-Encoding" not in headers and body == b"<p>x</p>"
