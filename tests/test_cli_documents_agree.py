"""`sellerdesk orders picklist|slips` in a separate process: the same orders on both documents,
left-out orders only with --include, and "nothing to print" says which order and why."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sellerdesk.demo.seed import seed_demo
from sellerdesk.orders.queries import OrderBrowser
from sellerdesk.orders.service import Orders
from sellerdesk.paths import DataDir
from sellerdesk.store import Database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], str]:
    """The demo shop, every order to ship by number, and one flagged "item damaged"."""
    data = DataDir(tmp_path_factory.mktemp("agree") / "shop").ensure()
    with Database.open(data.database) as database:
        seed_demo(database)
        browser = OrderBrowser(database)
        ids = browser.ids("to_ship")
        rows = browser.rows(ids)
        numbers = [rows[i].number for i in ids]
        ready = next(rows[i].number for i in ids
                     if rows[i].status == "awaiting_shipment" and not rows[i].problem)
        Orders(database).flag_problem(ready, "item damaged")
    return data.root, numbers, ready


def _run(data: Path, out: Path, kind: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--data-dir", str(data), "--lang", "en", "--json",
         "orders", kind, "--out", str(out), *args],
        capture_output=True, text=True, env=env, timeout=180)


def test_same_orders_on_both_documents(demo: tuple[Path, list[str], str], tmp_path: Path) -> None:
    data, numbers, flagged = demo
    pick = _run(data, tmp_path / "pick.pdf", "picklist", "--orders", *numbers)
    slips = _run(data, tmp_path / "slips.pdf", "slips", "--orders", *numbers)
    assert pick.returncode == slips.returncode == 0, (pick.stderr, slips.stderr)
    picked, packed = json.loads(pick.stdout)["orders"], json.loads(slips.stdout)["orders"]
    assert picked == packed and flagged not in packed and len(packed) < len(numbers)
    asked = _run(data, tmp_path / "slips2.pdf", "slips", "--orders", *numbers,
                 "--include", "flagged")
    assert asked.returncode == 0 and flagged in json.loads(asked.stdout)["orders"]


def test_nothing_to_print_says_why(demo: tuple[Path, list[str], str], tmp_path: Path) -> None:
    data, _numbers, flagged = demo
    done = _run(data, tmp_path / "none.pdf", "slips", "--orders", flagged)
    assert done.returncode == 1
    assert f"order {flagged} is flagged: item damaged" in done.stderr
    assert not (tmp_path / "none.pdf").exists()
