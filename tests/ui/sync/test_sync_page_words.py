"""The Sync page in Italian: the account line is Italian ("Account collegato"), and the
"Quando" column shows whole dates, whatever the font size."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication

from sellerdesk.catalogue.inputs import ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.sync.engine import SyncStatus
from sellerdesk.ui.main_window import SYNC
from sellerdesk.ui.translators import install_translators
from tests.ui.orders.translations import JsonTranslator

STRINGS = Path(__file__).resolve().parents[3] / "i18n" / "strings-conflicts-documents.json"


def test_the_account_line_speaks_italian(data_dir: DataDir, make_window: Any) -> None:
    app = QCoreApplication.instance()
    ours = JsonTranslator("it", json.loads(STRINGS.read_text(encoding="utf-8")))
    translators = [*install_translators(app, "it"), ours]
    app.installTranslator(ours)
    try:
        window = make_window(data_dir, lang="it")
        page = window.sync
        page.controller = SimpleNamespace(account_name="Bottega Rossi")  # what attach() sets
        page.show_status(SyncStatus(online=True, connected=True))
        assert page.account.text() == "Account collegato: Bottega Rossi"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_the_when_column_shows_whole_dates(data_dir: DataDir, make_window: Any,
                                           run: Any) -> None:
    window = make_window(data_dir, lang="it")
    page = window.sync
    font = page.changes.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)  # a larger system font, or a HiDPI setting
    page.changes.setFont(font)
    window.ctx.catalogue.create_product(ProductInput(
        texts={"it": {"title": "Divano Chianti"}},
        variants=[VariantInput(sku="DIV-CH-3", price_minor=95_500)]))

    async def scenario() -> None:
        window.sidebar.setCurrentRow(SYNC)
        await page.reload()

    run(scenario())
    assert page.changes.topLevelItemCount() >= 1
    when = page.changes.topLevelItem(0).text(2)
    assert "/" in when and ":" in when  # a date and a time, e.g. 08/12/26, 10:32
    assert page.changes.columnWidth(2) >= page.changes.sizeHintForColumn(2)
