"""`sellerdesk orders picklist|slips --out FILE`, run as a user runs it: the PDFs carry buyers'
names and addresses, so they never replace a file by surprise nor write through a link."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sellerdesk.demo.seed import seed_demo
from sellerdesk.paths import DataDir
from sellerdesk.store import Database


def sellerdesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--data-dir", str(data), "--lang", "en", *args],
        capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = DataDir(tmp_path_factory.mktemp("cli-out") / "shop").ensure()
    with Database.open(data.database) as database:
        seed_demo(database)
    return data.root


@pytest.mark.parametrize("command", ["picklist", "slips"])
def test_an_existing_file_is_kept_unless_forced(shop: Path, tmp_path: Path,
                                                command: str) -> None:
    out = tmp_path / "orders.pdf"
    out.write_bytes(b"yesterday's list, annotated by hand")
    refused = sellerdesk(shop, "orders", command, "--out", str(out))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == f"sellerdesk: {out} already exists: choose another name, or add " \
                             "--force to replace it.\n"
    assert out.read_bytes() == b"yesterday's list, annotated by hand"

    forced = sellerdesk(shop, "orders", command, "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["orders.pdf"]  # no temporary left


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges there")
def test_a_link_is_not_followed(shop: Path, tmp_path: Path) -> None:
    precious = tmp_path / "thesis.txt"
    precious.write_text("three years of work")
    out = tmp_path / "picklist.pdf"
    out.symlink_to(precious)

    refused = sellerdesk(shop, "orders", "picklist", "--out", str(out))
    assert refused.returncode == 1 and "already exists" in refused.stderr
    forced = sellerdesk(shop, "orders", "picklist", "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr

    assert precious.read_text() == "three years of work"
    assert not out.is_symlink() and out.read_bytes().startswith(b"%PDF")


def test_a_missing_folder_is_reported_not_created(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "Desktpo" / "slips.pdf"
    refused = sellerdesk(shop, "orders", "slips", "--out", str(out))
    assert refused.returncode == 1
    assert refused.stderr == f"sellerdesk: The folder {out.parent} does not exist: create it " \
                             "first, or choose another.\n"
    assert not out.parent.exists()
