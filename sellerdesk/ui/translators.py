"""Loading the app's compiled translations and Qt's own (so standard dialogs speak it too)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install `sellerdesk_<language>.qm` and Qt's `qtbase_<language>.qm` when present.

    English is the source language, so the English file only matters for plural forms; a
    missing file is not an error (the source strings show).
    """
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"sellerdesk_{language}",
                                                            str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
