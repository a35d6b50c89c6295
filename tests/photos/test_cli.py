"""`sellerdesk photos import|list`, driven through the real `sellerdesk` entry point (in this
process, and once as a real child process)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from sellerdesk import cli
from sellerdesk.commands import photos as photos_command
from sellerdesk.photos import Progress
from sellerdesk.store import Database
from sellerdesk.store.models import OutboxEntry
from tests.photos import pictures


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    root = tmp_path / "shop"
    assert cli.main(["--data-dir", str(root), "products", "add", "--sku", "SOFA-001",
                     "--title", "it=Divano", "--price", "10"]) == 0
    return root


def test_import_a_folder_and_list_it(shop: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "camera"
    folder.mkdir()
    (folder / "SOFA-001_1.jpg").write_bytes(pictures.photo((1000, 900), seed=1))
    (folder / "SOFA-001_2.jpg").write_bytes(pictures.photo((640, 480), seed=2))
    capsys.readouterr()

    assert cli.main(["--data-dir", str(shop), "photos", "import", str(folder)]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("Imported 2 photo(s) for 1 product(s)")
    assert out.err == ""

    assert cli.main(["--data-dir", str(shop), "photos", "list", "SOFA-001"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].startswith("*  1  SOFA-001_1.jpg") and "1000×900" in listing[0]
    assert listing[2].strip().startswith("! 640 × 480 pixels is too small")


def test_refused_files_are_listed_with_reasons_and_exit_1(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "camera"
    folder.mkdir()
    (folder / "SOFA-001_1.jpg").write_bytes(pictures.photo((1000, 900), seed=3))
    (folder / "SOFA-001_2.jpg").write_bytes(b"")
    (folder / "NOPE-1.jpg").write_bytes(pictures.photo((1000, 900), seed=4))
    capsys.readouterr()

    code = cli.main(["--data-dir", str(shop), "photos", "import", str(folder)])

    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err[0] == "sellerdesk: 2 file(s) not imported:"
    assert sorted(line.split(": ", 1)[1][:28] for line in err[1:]) == [
        "No product's SKU matches thi", "The file is empty (0 bytes):"]


def test_dry_run_previews_and_json_reports(shop: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "camera"
    folder.mkdir()
    (folder / "sofa-001 (2).jpg").write_bytes(pictures.photo((1000, 900), seed=5))
    capsys.readouterr()

    assert cli.main(["--data-dir", str(shop), "photos", "import", str(folder),
                     "--dry-run"]) == 0
    assert "sofa-001 (2).jpg" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(shop), "photos", "list", "SOFA-001"]) == 0
    assert capsys.readouterr().out.strip() == "No photos."

    assert cli.main(["--data-dir", str(shop), "--json", "photos", "import", str(folder),
                     "--sku", "SOFA-001"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in report["imported"]] == ["sofa-001 (2).jpg"]
    assert report["refused"] == []


def test_unknown_sku_is_one_line_and_exit_1(shop: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert cli.main(["--data-dir", str(shop), "photos", "import", str(tmp_path),
                     "--sku", "NOPE"]) == 1
    assert capsys.readouterr().err == "sellerdesk: No product has the SKU “NOPE”.\n"


def test_the_progress_bar_draws_on_a_terminal_only() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    bar = photos_command.ProgressBar(terminal, 4)
    for done in range(1, 5):
        bar.update(Progress(done, 4, f"SOFA-001_{done}.jpg", done, 0), force=True)
    bar.close()
    drawn = terminal.getvalue().split("\r")
    assert "[###############...............] 2/4  SOFA-001_2.jpg" in drawn[2]
    assert "[##############################] 4/4" in drawn[4]
    assert drawn[-1] == ""  # the line is cleared for the summary

    pipe = io.StringIO()
    quiet = photos_command.ProgressBar(pipe, 4)
    quiet.update(Progress(1, 4, "x.jpg", 1, 0), force=True)
    assert pipe.getvalue() == ""


def test_import_as_a_real_process(shop: Path, tmp_path: Path) -> None:
    """The command as a shop's script runs it: registered in `sellerdesk`'s own parser, exit
    codes and output as DESIGN §9 says, the photo queued for the marketplace."""
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "fronte.jpg").write_bytes(pictures.photo((1000, 900), seed=7))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "sellerdesk", "--data-dir", str(shop),
                               *args], capture_output=True, text=True, timeout=60, env=env)

    done = run("--json", "photos", "import", str(folder), "--sku", "SOFA-001")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    report = json.loads(done.stdout)
    assert [p["name"] for p in report["imported"]] == ["fronte.jpg"]

    listed = run("photos", "list", "SOFA-001")
    assert listed.returncode == 0 and "fronte.jpg" in listed.stdout

    missing = run("photos", "import", str(folder), "--sku", "NOPE")
    assert missing.returncode == 1
    assert missing.stderr == "sellerdesk: No product has the SKU “NOPE”.\n"
    bad = run("photos", "import")
    assert bad.returncode == 2  # bad usage

    database = Database.open(shop / "sellerdesk.db")
    try:
        with database.read() as session:
            operations = list(session.scalars(select(OutboxEntry.operation)
                                              .where(OutboxEntry.operation != "create")))
    finally:
        database.close()
    assert operations == ["photo_upload", "set_photos"]  # waiting for the next sync
