"""Italian for the Orders strings straight from `i18n/strings-orders.json`, for previews.

The compiled `.qm` files are made from `i18n/*.ts` by the lead (`update_translations.py
--apply`); until then, this translator lets tests and the example documents speak the Italian
the JSON hands in, on top of the shipped translation for everything else.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from sellerdesk.ui.translators import install_translators

STRINGS = Path(__file__).resolve().parents[3] / "i18n" / "strings-orders.json"


class JsonTranslator(QTranslator):
    def __init__(self, language: str, strings: dict[str, Any] | None = None) -> None:
        super().__init__()
        data = strings or json.loads(STRINGS.read_text(encoding="utf-8"))
        self.table: dict[str, dict[str, Any]] = data.get(language, {})

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        value = self.table.get(context, {}).get(source)
        if value is None:
            return None  # a null string: the next translator (the shipped .qm) answers
        if isinstance(value, list):
            return value[0] if n == 1 else value[-1]
        return str(value)

    def isEmpty(self) -> bool:
        return not self.table


def speak(language: str) -> list[QTranslator]:
    """Install the shipped translation of `language` and, over it, the JSON's."""
    app = QCoreApplication.instance()
    assert app is not None
    installed = install_translators(app, language)
    extra = JsonTranslator(language)
    app.installTranslator(extra)
    return [*installed, extra]


def silence(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        for translator in translators:
            app.removeTranslator(translator)
