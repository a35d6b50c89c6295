"""`sellerdesk orders ...` on a real data folder: in-process through the real entry point (fast),
and as a separate process with no display at all for the PDFs."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sellerdesk.cli import main
from sellerdesk.demo.seed import seed_demo
from sellerdesk.paths import DataDir
from sellerdesk.store import Database


def process(data: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """A separate `sellerdesk` process without any display (no DISPLAY, no QT_QPA_PLATFORM)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                            "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--data-dir", str(data), "--lang", lang, *args],
        capture_output=True, text=True, env=env, timeout=120,
    )


@pytest.fixture
def sellerdesk(capsys: pytest.CaptureFixture[str], qapp: Any) -> Iterator[Any]:
    """`sellerdesk(shop, "orders", "list")` through `sellerdesk.cli.main`, in this process.

    With the test session's QApplication made first: the PDF commands would otherwise create a
    QGuiApplication here, and every window test after this one would have no QApplication."""

    def run(data: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        code = main(["--data-dir", str(data), "--lang", lang, *args])
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    yield run
    root = logging.getLogger()  # the command set up its log file: leave logging as it was
    for handler in [h for h in root.handlers if getattr(h, "_sellerdesk", False)]:
        root.removeHandler(handler)
        handler.close()


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = DataDir(tmp_path_factory.mktemp("cli-orders") / "shop").ensure()
    with Database.open(data.database) as database:
        seed_demo(database)
    return data.root


def test_list_show_ship_and_correct(shop: Path, sellerdesk: Any) -> None:
    listed = as_json(sellerdesk(shop, "orders", "list", "--to-ship", "--json"))
    ready = [o for o in listed if o["status"] == "awaiting_shipment"]
    deadlines = [o["ship_by"] for o in listed]
    assert deadlines == sorted(deadlines) and ready
    number = ready[0]["number"]
    shown = as_json(sellerdesk(shop, "orders", "show", number, "--json"))
    assert shown["number"] == number and shown["lines"] and shown["shipments"] == []
    sku = shown["lines"][0]["sku"]

    bad = sellerdesk(shop, "orders", "ship", number, "--carrier", "DHL Express",
                     "--tracking", "12345")
    assert bad.returncode == 1 and "--no-check" in bad.stderr and "Traceback" not in bad.stderr
    # A carrier whose numbers have no known shape (BRT): "!!" is still no tracking number.
    nonsense = sellerdesk(shop, "orders", "ship", number, "--carrier", "brt",
                          "--tracking", "!!", lang="en")
    assert nonsense.returncode == 1 and "is not a tracking number" in nonsense.stderr
    assert "--no-check" in nonsense.stderr
    unknown = sellerdesk(shop, "orders", "ship", number, "--carrier", "pigeon",
                         "--tracking", "1")
    assert unknown.returncode == 1 and "poste-italiane" in unknown.stderr
    shipped = as_json(sellerdesk(shop, "orders", "ship", number, "--carrier", "DHL Express",
                                 "--tracking", "12345 67890", "--lines", f"{sku}=1", "--json"))
    (shipment,) = shipped["shipments"]
    assert (shipment["carrier"], shipment["tracking_number"], shipment["state"]) == (
        "dhl", "1234567890", "waiting")
    text = sellerdesk(shop, "orders", "show", number)
    assert "waiting to sync" in text.stdout and "DHL Express 1234567890" in text.stdout

    back = as_json(sellerdesk(shop, "orders", "unship", number, "--json"))
    assert back["shipments"] == [] and back["status"] == "awaiting_shipment"
    flagged = as_json(sellerdesk(shop, "orders", "flag", number, "--problem", "Indirizzo?",
                                 "--json"))
    assert flagged["problem"] == "Indirizzo?"
    problems = as_json(sellerdesk(shop, "orders", "list", "--view", "problems", "--json"))
    assert [o["number"] for o in problems] == [number]
    noted = as_json(sellerdesk(shop, "orders", "note", number, "Fragile", "--json"))
    assert noted["notes"] == "Fragile"
    missing = sellerdesk(shop, "orders", "show", "BR-0")
    assert missing.returncode == 1 and "No order is numbered BR-0" in missing.stderr


def test_cancel_and_carriers(shop: Path, sellerdesk: Any) -> None:
    listed = as_json(sellerdesk(shop, "orders", "list", "--to-ship", "--json"))
    number = next(o["number"] for o in listed if o["status"] == "awaiting_shipment"
                  and not o["problem"])
    cancelled = as_json(sellerdesk(shop, "orders", "cancel", number, "--reason",
                                   "out_of_stock", "--json"))
    assert cancelled["status"] == "cancelled" and cancelled["cancel_pending"]
    carriers = as_json(sellerdesk(shop, "orders", "carriers", "--json"))
    assert carriers["fetched_at"] is None and {"code": "brt", "name": "BRT Bartolini"} in \
        carriers["carriers"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_pick_list_and_slips_as_pdf_without_a_display(shop: Path, tmp_path: Path,
                                                      sellerdesk: Any) -> None:
    out = tmp_path / "lista.pdf"
    made = as_json(process(shop, "orders", "picklist", "--out", str(out), "--json", lang="it"))
    assert made["file"] == str(out) and made["pages"] >= 1 and made["items"]
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert made["items"][0]["sku"] in text
    assert re.search(r"\d{1,2} (gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic) \d{4}", text)
    listed = as_json(sellerdesk(shop, "orders", "list", "--to-ship", "--json"))
    number = next(o["number"] for o in listed
                  if o["status"] == "awaiting_shipment" and not o["problem"])
    slips = as_json(sellerdesk(shop, "orders", "slips", "--orders", number, "--out",
                               str(tmp_path / "slip.pdf"), "--json"))
    assert slips["orders"] == [number] and slips["pages"] == 1
    placed = next(o["number"] for o in listed if o["status"] == "placed")
    nothing = sellerdesk(shop, "orders", "picklist", "--orders", placed, "--out",
                         str(tmp_path / "none.pdf"))
    assert nothing.returncode == 1 and f"order {placed} is not paid yet" in nothing.stderr
