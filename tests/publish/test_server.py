"""The loopback server: a folder served on 127.0.0.1 while a block runs, and no longer after."""

from __future__ import annotations

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
