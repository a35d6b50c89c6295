"""Fixtures shared by the whole suite: a fresh shop database per test, never the user's files."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run headless; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sellerdesk.catalogue import Catalogue
from sellerdesk.paths import DATA_DIR_ENV, DataDir
from sellerdesk.store import Database

_APPLICATION: list[object] = []


@pytest.fixture(autouse=True, scope="session")
def _one_qt_application() -> None:
    """The suite's one QApplication, made first (pytest-qt's `qapp` then takes it). Commands
    run in this process make a windowless Qt application of their own when none exists
    (`ui.translators.start_qt_for_cli`); a QCoreApplication made that way before pytest-qt's
    would abort the first widget of a later test ("Must construct a QApplication before a
    QWidget"). Not through `qapp` itself: tests that do not ask for it keep Python's own
    garbage collector (`_collect_on_the_gui_thread`)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _APPLICATION.append(QApplication(["sellerdesk-tests"]))


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real per-user data folder."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "user-data"))


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Qt tests collect garbage on the GUI thread only, as the app does (see
    sellerdesk/ui/collector.py): windows of a finished test are freed here, between tests,
    never by a sync or job thread in the middle of a later one."""
    if "qapp" not in request.fixturenames:
        yield
        return
    from sellerdesk.ui.collector import GuiThreadCollector

    request.getfixturevalue("qapp")
    gc.collect()
    collector = GuiThreadCollector()
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "shop").ensure()


@pytest.fixture
def database(data_dir: DataDir) -> Iterator[Database]:
    db = Database.open(data_dir.database)
    yield db
    db.close()


@pytest.fixture
def catalogue(database: Database) -> Catalogue:
    return Catalogue(database)
