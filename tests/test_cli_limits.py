"""The shell refuses what the editor refuses: a title over a marketplace's limit is kept only
on a draft (#16 item 6: a 324-character title was saved and broke the layout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellerdesk.cli import main

LONG = "Vaso " + "x" * 319  # 324 characters


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), "--lang", "en", *args])
    return code, capsys.readouterr().err


def test_a_title_over_the_limit_only_on_a_draft(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "shop"
    code, err = run(capsys, data, "products", "add", "--sku", "V-1", "--title", f"it={LONG}",
                    "--price", "12.50", "--status", "active")
    assert code == 1 and "324" in err and "draft" in err, err
    code, err = run(capsys, data, "products", "add", "--sku", "V-1", "--title", f"it={LONG}",
                    "--price", "12.50", "--status", "draft")
    assert code == 0, err
    code, err = run(capsys, data, "products", "set", "V-1", "--status", "active")
    assert code == 1 and "324" in err, err
    code, err = run(capsys, data, "products", "set", "V-1", "--title", "it=Vaso blu",
                    "--status", "active")
    assert code == 0, err
    code, err = run(capsys, data, "products", "set", "V-1", "--title", f"it={LONG}")
    assert code == 1 and "324" in err, err
