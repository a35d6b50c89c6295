"""The catalogue as it looks: a row never pairs one variant's SKU with another's price, the
detail pane never cuts its text off on the right, columns fit their content and are kept,
figures take their colours from the theme, and the table's keyboard focus is visible."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import update

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.store.models import Product
from sellerdesk.ui.catalogue.product_model import PRICE, SKU, STOCK
from sellerdesk.ui.theme import Tone, colour
from tests.ui.conftest import wait_until


def _shop(data: DataDir, *, sync_state: str | None = None) -> None:
    with Database.open(data.database) as database:
        Catalogue(database).create_product(ProductInput(
            texts={"it": {"title": "Borsa Arno in pelle", "description": ""}},
            variants=[VariantInput("BOR-ARNO-TES", 123450, stock=1),
                      VariantInput("BOR-ARNO-NER", 33000, stock=0),
                      VariantInput("BOR-ARNO-ROS", 45000, stock=0),
                      VariantInput("BOR-ARNO-BLU", 99000, stock=1)]))
        if sync_state:
            database.run_write(lambda s: s.execute(update(Product).values(sync_state=sync_state)))


def _cell(page: Any, row: int, column: int, role: Any = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.model.data(page.model.index(row, column), role)


def test_a_row_never_shows_one_variants_sku_beside_anothers_price(
        data_dir: DataDir, make_window: Any, run: Any) -> None:
    _shop(data_dir)
    window = make_window(data_dir)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        assert _cell(page, 0, SKU) == "BOR-ARNO-TES  +3"
        # Not "€330.00" beside BOR-ARNO-TES (which costs €1,234.50): a price "from".
        assert _cell(page, 0, PRICE) == "from €330.00"
        assert _cell(page, 0, PRICE, Qt.ItemDataRole.ToolTipRole) == (
            "Variants from €330.00 to €1,234.50")

    run(scenario())


def test_the_detail_pane_fits_its_width_after_an_edit(
        data_dir: DataDir, make_window: Any, run: Any, qapp: Any) -> None:
    """In Italian an edited product is "In attesa di sincronizzazione": it was cut off."""
    from sellerdesk.ui.translators import install_translators

    _shop(data_dir, sync_state="pending")  # as an edit leaves it
    translators = install_translators(qapp, "it")
    try:
        _detail_fits(make_window(data_dir, lang="it"), run)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _detail_fits(window: Any, run: Any) -> None:
    window.resize(1024, 700)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        page.splitter.setSizes([2000, 1])  # the pane at its narrowest
        page.table.selectRow(0)
        await wait_until(lambda: page.detail.currentWidget() is page.detail.content)
        viewport = page.detail.content.viewport()
        QApplication.processEvents()
        body = page.detail.content.widget()
        assert body.width() <= viewport.width()
        for label in body.findChildren(QLabel):
            if label.isVisible() and label.text():
                right = label.mapTo(viewport, QPoint(label.width(), 0)).x()
                assert right <= viewport.width(), label.text()
                assert label.sizeHint().width() <= label.width() or label.wordWrap(), (
                    label.text())
        header = page.detail.variants.header()
        for column in (1, 2):  # "Stock" and "Price" whole, not "Sto"
            assert header.sectionSize(column) >= header.sectionSizeHint(column)

    run(scenario())


def test_columns_follow_content_then_keep_the_owners_widths(
        data_dir: DataDir, make_window: Any, run: Any) -> None:
    _shop(data_dir)
    window = make_window(data_dir)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        header = page.table.horizontalHeader()
        assert header.sectionSize(SKU) >= page.table.sizeHintForColumn(SKU)
        assert header.sectionSize(SKU) < 190  # the old fixed width: fitted, not guessed
        header.resizeSection(SKU, 250)
        window.close()

    run(scenario())
    again = make_window(data_dir)

    async def reopened() -> None:
        await wait_until(lambda: again.catalogue.model.rowCount() == 1)
        assert again.catalogue.table.horizontalHeader().sectionSize(SKU) == 250

    run(reopened())


def test_low_stock_and_sync_dots_take_the_themes_colours(
        data_dir: DataDir, make_window: Any, run: Any, qapp: Any) -> None:
    _shop(data_dir)
    window = make_window(data_dir)
    page = window.catalogue
    light = QApplication.palette()
    dark = QPalette(light)
    for role, shade in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base,
                        "#181818"), (QPalette.ColorRole.Text, "#e8eaed"),
                        (QPalette.ColorRole.WindowText, "#e8eaed")):
        dark.setColor(role, QColor(shade))

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        for palette in (light, dark):
            QApplication.setPalette(palette)
            brush = _cell(page, 0, STOCK, Qt.ItemDataRole.ForegroundRole)  # 2: below the threshold
            assert brush.color() == colour(Tone.ERROR, palette)
        assert colour(Tone.ERROR, dark) != colour(Tone.ERROR, light)

    try:
        run(scenario())
    finally:
        QApplication.setPalette(light)


def test_the_table_shows_its_focus_and_selects_the_first_row(
        data_dir: DataDir, make_window: Any, run: Any) -> None:
    _shop(data_dir)
    window = make_window(data_dir)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        page.table.clearSelection()
        page.table.setCurrentIndex(page.model.index(-1, -1))
        window.activateWindow()
        page.table.setFocus(Qt.FocusReason.TabFocusReason)
        await wait_until(page.table.hasFocus)
        assert page.table.currentIndex().row() == 0
        assert page.table.selectionModel().isRowSelected(0)
        role = QPalette.ColorRole.Highlight
        assert page.table.palette().color(role) == QApplication.palette().color(role)
        window.search.setFocus()  # the selection greys out: the keys act elsewhere now
        await wait_until(lambda: not page.table.hasFocus())
        assert page.table.palette().color(role) != QApplication.palette().color(role)

    run(scenario())
