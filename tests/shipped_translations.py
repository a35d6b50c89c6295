"""Whether the shipped `.qm` already holds a string handed in through `i18n/strings-*.json`.

New strings reach `sellerdesk/translations/*.qm` when `i18n/update_translations.py --apply`
runs (once, at the end of a wave). Tests that need such a string are skipped until then, with
a reason that says so, instead of failing everyone's run in between.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from sellerdesk.ui.translators import TRANSLATIONS_DIR


def shipped(language: str, context: str, source: str) -> bool:
    translator = QTranslator()
    if not translator.load(f"sellerdesk_{language}", str(TRANSLATIONS_DIR)):
        return False
    return bool(translator.translate(context, source))


def needs_shipped(context: str, source: str, language: str = "it") -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not shipped(language, context, source),
        reason=f"{context}: {source!r} is not in sellerdesk_{language}.qm yet (run "
               "i18n/update_translations.py --apply i18n/strings-*.json)")
