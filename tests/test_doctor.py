"""`sellerdesk doctor`: the report support and the frozen-build smoke test rely on.

The keyring is always a test double set with `keyring.set_keyring`, never the user's own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from sellerdesk.cli import main
from sellerdesk.commands import doctor
from sellerdesk.store import Database
from sellerdesk.store.migrate import HEAD
from tests.keyrings import MemoryKeyring


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def report(capsys: pytest.CaptureFixture[str], shop: Path, *args: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(shop), "doctor", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_fresh_folder_reports_every_part(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, data = report(capsys, tmp_path / "shop")
    checks = data["checks"]
    assert code == 0 and data["ok"]
    assert checks["app"]["frozen"] is False
    assert checks["database"]["revision"] is None and checks["database"]["head"] == HEAD
    assert checks["migrations"]["status"] == "ok" and checks["migrations"]["heads"] == [HEAD]
    assert {"it", "en"} <= set(checks["translations"]["app"])
    assert checks["icons"]["status"] == "ok" and "app.svg" in checks["icons"]["icons"]
    assert checks["sqlite"]["fts5"] is True
    assert checks["qt"]["qt"] and "offscreen" in checks["qt"]["platform_plugins"]


def test_no_keyring_is_said_clearly_and_fails_only_when_required(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = report(capsys, tmp_path / "shop")
    found = data["checks"]["keyring"]
    assert code == 0
    assert found["status"] == "warning" and found["real"] is False and found["kind"] == "none"
    assert found["backend"] == "keyring.backends.fail.Keyring"
    assert "NO system keyring" in found["summary"]
    assert "never writes them to disk" in found["summary"]
    assert {"SecretService", "Windows", "macOS"} <= set(found["entry_points"])

    code = main(["--data-dir", str(tmp_path / "shop"), "doctor", "--require-keyring"])
    captured = capsys.readouterr()
    assert code == 1
    assert "doctor found 1 problem(s): keyring" in captured.err
    assert "FAIL NO system keyring" in captured.out


def test_schema_revision_after_migration(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    shop = tmp_path / "shop"
    shop.mkdir()
    Database.open(shop / "sellerdesk.db").close()
    code, data = report(capsys, shop)
    assert code == 0
    assert data["checks"]["database"]["revision"] == HEAD
    assert "(current)" in data["checks"]["database"]["summary"]


def test_database_newer_than_the_build_is_a_problem(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    shop = tmp_path / "shop"
    shop.mkdir()
    Database.open(shop / "sellerdesk.db").close()
    import sqlite3

    with sqlite3.connect(shop / "sellerdesk.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    code = main(["--data-dir", str(shop), "doctor"])
    captured = capsys.readouterr()
    assert code == 1
    assert "newer than this build" in captured.out


@pytest.mark.parametrize(("module", "name", "kind"), [
    ("keyring.backends.fail", "Keyring", "none"),
    ("keyring.backends.null", "Keyring", "none"),
    ("keyring.backends.SecretService", "Keyring", "system"),
    ("keyring.backends.Windows", "WinVaultKeyring", "system"),
    ("keyring.backends.macOS", "Keyring", "system"),
    ("keyrings.alt.file", "PlaintextKeyring", "insecure"),
    ("tests.memory", "MemoryKeyring", "other"),
])
def test_classify(module: str, name: str, kind: str) -> None:
    backend = type(name, (), {"__module__": module})()
    assert doctor.classify(backend)[0] == kind


def test_roundtrip_stores_reads_and_deletes() -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    assert doctor._roundtrip(keyring) == "ok"
    assert memory.store == {}
    keyring.set_keyring(fail.Keyring())
    assert doctor._roundtrip(keyring).startswith("NoKeyringError")


def test_gui_probe_starts_qt_in_a_child(tmp_path: Path) -> None:
    qt = doctor.check_qt(gui=True, data_dir_arg=str(tmp_path / "shop"))
    assert qt.status == "ok", qt.summary
    assert qt.details["gui"]["platform"] == "offscreen"
