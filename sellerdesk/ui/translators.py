"""Loading the app's compiled translations and Qt's own (so standard dialogs speak it too).

The window and the command line load the same files: `QCoreApplication.translate` answers
only once a Qt application holds the translators, so the command line makes a windowless one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
_CLI_APP: list[QCoreApplication] = []  # kept alive for the whole command


def qt_translation_folders() -> list[str]:
    """Where Qt's own `qtbase_<lang>.qm` may be: where Qt says, then beside PySide6 itself
    (`PySide6/Qt/translations` on Linux and macOS, `PySide6/translations` on Windows; a
    frozen app keeps that layout, even when QLibraryInfo's answer points elsewhere)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(package / "Qt" / "translations"), str(package / "translations")]
    return list(dict.fromkeys(folder for folder in folders if folder))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's `qtbase_<language>.qm`, then `sellerdesk_<language>.qm`, when present.

    The app's file is searched first, so it also fills what Qt's own Italian lacks (see
    `ui/qt_gaps.py`). English is the source language, so the English file only matters for
    plural forms; a missing file is not an error (the source strings show).
    """
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    for folder in qt_translation_folders():
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            installed.append(qt)
            break
    own = QTranslator(app)
    if own.load(f"sellerdesk_{language}", str(TRANSLATIONS_DIR)):
        app.installTranslator(own)
        installed.append(own)
    return installed


def start_qt_for_cli(language: str, *, gui: bool = False) -> QCoreApplication:
    """A windowless Qt application for the command line, speaking `language`.

    `gui` makes it a QGuiApplication on the offscreen platform, for commands that paint PDFs
    (no display needed); other commands need no more than QCoreApplication. Only one Qt
    application can exist in a process: an existing one is kept.
    """
    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication(["sellerdesk", "-platform", "offscreen"])
        else:
            app = QCoreApplication(["sellerdesk"])
        install_translators(app, language)
        _CLI_APP.append(app)
    return app
