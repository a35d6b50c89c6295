"""Qt's own dialogs speak Italian too (#16.3): the file dialog said "Look in:", "Files of type:"
and "Folder", strings Qt's own `qtbase_it.qm` does not translate for Qt 6."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel

from sellerdesk.ui.translators import install_translators, qt_translation_folders
from tests.shipped_translations import needs_shipped


def _labels(dialog: QFileDialog) -> set[str]:
    return {label.text() for label in dialog.findChildren(QLabel)}


@needs_shipped("QFileDialog", "&Look in:")
def test_file_dialog_is_italian(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "foto").mkdir()
    translators = install_translators(qapp, "it")
    try:
        dialog = QFileDialog(None, "Foto", str(tmp_path), "Immagini (*.jpg)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
        qtbot.addWidget(dialog)
        labels = _labels(dialog)
        assert {"&Cerca in:", "File di &tipo:", "&Nome del file:"} <= labels, labels
        files = dialog.findChild(QFileSystemModel)
        assert files is not None
        folder = str(tmp_path / "foto")
        qtbot.waitUntil(lambda: files.index(folder).isValid())
        assert files.type(files.index(folder)) == "Cartella"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_GB"))


def test_qt_translations_are_found_beside_pyside6(monkeypatch: Any) -> None:
    """Qt's Italian is looked for beside PySide6 too, where a frozen app keeps it, even when
    QLibraryInfo points elsewhere."""
    from PySide6.QtCore import QLibraryInfo

    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: "/nonexistent"))
    found = [folder for folder in qt_translation_folders()
             if (Path(folder) / "qtbase_it.qm").is_file()]
    assert found, qt_translation_folders()
