"""`sellerdesk photos import|list`, driven through the real `sellerdesk` entry point."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sellerdesk import cli
from sellerdesk.commands import photos as photos_command
from sellerdesk.photos import Progress
from tests.photos import pictures


@pytest.fixture(autouse=True)
def photos_command_registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Add `photos` to the command line unless cli.py already lists it."""
    original = cli.build_parser

    def build(*args: Any, **kwargs: Any) -> argparse.ArgumentParser:
        parser = original(*args, **kwargs)
        commands = next(a for a in parser._actions
                        if isinstance(a, argparse._SubParsersAction))
        if "photos" not in commands.choices:

            def sub(name: str, **kwargs: object) -> argparse.ArgumentParser:
                child = commands.add_parser(name, **kwargs)  # type: ignore[arg-type]
                cli._common(child, suppress=True)
                return child

            photos_command.register(sub)
        return parser

    monkeypatch.setattr(cli, "build_parser", build)
    yield


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
