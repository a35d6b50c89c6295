"""The demo as a user meets it: the window opens on the local copy, the embedded marketplace
starts, the first sync links the two without creating anything twice, and the status bar says
the work is safe. Runs the window in a child process (demo_child.py, run as a module so
that it imports the shared test helpers)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("marketplace", "account"), [("rest", "Demo marketplace"),
                                                      ("aliexpress", "Demo AliExpress")])
def test_demo_syncs_with_its_marketplace(tmp_path: Path, marketplace: str,
                                         account: str) -> None:
    """Through the sandbox's own API, and (`--demo-marketplace aliexpress`) its AliExpress
    gateway: the same shop, linked by SKU either way."""
    done = subprocess.run([sys.executable, "-m", "tests.ui.demo_child", str(tmp_path / "demo"),
                           marketplace], cwd=ROOT,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    print("demo sync:", report)
    assert report["shown_before_sync"] == 60  # the local copy is on screen before any sync
    assert report["products"] == 60 and report["linked"] == 60  # linked by SKU, none twice
    assert report["orders"] == 200
    assert report["pending"] == 0 and report["conflicts"] == 0
    assert report["last_error"] is None
    assert "Online" in report["connection"]
    assert report["account"] == account
    assert report["sync_now"] is True
