"""The connect dialog refuses a plain-http address off this computer before any login starts
(#23: tokens bound to their host; http only on loopback)."""

from __future__ import annotations

import pytest

from sellerdesk.ui.sync.connect_dialog import valid_url


@pytest.mark.parametrize(("url", "ok"), [
    ("https://api.marketplace.example", True),
    ("http://127.0.0.1:8765", True),
    ("http://localhost:8765", True),
    ("http://[::1]:8765", True),
    ("http://marketplace.example", False),
    ("http://192.168.1.10:8080", False),
    ("ftp://marketplace.example", False),
    ("marketplace.example", False),
])
def test_only_https_or_this_computer(url: str, ok: bool) -> None:
    assert valid_url(url) is ok
