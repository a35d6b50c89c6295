"""Strings of Qt's own dialogs that Qt's Italian (`qtbase_it.qm`) does not translate.

Qt 6 gave the file dialog's labels mnemonics ("&Look in:", "Files of &type:") and its
translations still carry the old texts, so an Italian file dialog said "Look in:". Marked here
in Qt's own contexts, they land in `sellerdesk_<lang>.ts`; the app's translator is searched
before Qt's (`ui/translators.py`), so it fills exactly these gaps. Nothing imports the list:
lupdate reads it, and `tests/ui/test_qt_dialogs_italian.py` checks the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
