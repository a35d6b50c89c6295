"""The window as a user meets it: it opens fast on a big shop, lists, searches, sorts,
filters, speaks Italian, remembers its layout."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from sellerdesk.paths import DataDir
from sellerdesk.ui.catalogue.page import FIRST_SCREEN
from sellerdesk.ui.catalogue.product_model import PRICE, SKU, TITLE
from sellerdesk.ui.lazy_model import BLOCK
from sellerdesk.ui.main_window import CATALOGUE, ORDERS
from tests.ui.conftest import BIG_SHOP_PRODUCTS, wait_until


def cell(window: Any, row: int, column: int) -> str:
    model = window.catalogue.model
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_opens_with_100k_products_and_stays_lazy(big_shop: DataDir, make_window: Any,
                                                 run: Any) -> None:
    window = make_window(big_shop)

    async def scenario() -> None:
        await wait_until(lambda: window.catalogue.model.rowCount() == BIG_SHOP_PRODUCTS)
        assert window.catalogue.listing.currentWidget() is window.catalogue.table
        assert cell(window, 0, SKU) == "SKU-000000"
        assert cell(window, 0, TITLE) == "Divano perché 0"
        assert cell(window, 0, PRICE) == "€10.00"
        window.catalogue.table.scrollToBottom()
        await wait_until(lambda: window.catalogue.model.cached_rows > 0)
        assert cell(window, BIG_SHOP_PRODUCTS - 1, SKU) == "SKU-099999"
        # Painting the top and the bottom read a few blocks, never the whole table.
        assert window.catalogue.model.cached_rows <= 4 * BLOCK

    run(scenario())


def test_a_big_shop_shows_a_screenful_before_the_whole_listing(
        big_shop: DataDir, make_window: Any, run: Any) -> None:
    window = make_window(big_shop)
    counts: list[int] = []
    window.catalogue.model.modelReset.connect(
        lambda: counts.append(window.catalogue.model.rowCount()))

    async def scenario() -> None:
        await wait_until(lambda: window.catalogue.model.rowCount() == BIG_SHOP_PRODUCTS)
        assert counts == [FIRST_SCREEN, BIG_SHOP_PRODUCTS]
        assert cell(window, 0, SKU) == "SKU-000000"

    run(scenario())


def test_search_as_you_type_folds_accents(big_shop: DataDir, make_window: Any, qtbot: Any,
                                          run: Any) -> None:
    window = make_window(big_shop)

    async def scenario() -> None:
        await wait_until(lambda: window.catalogue.model.rowCount() == BIG_SHOP_PRODUCTS)
        qtbot.keyClicks(window.search, "perche 4242")
        await wait_until(lambda: window.catalogue.model.rowCount() == 11)  # 4242, 42420-42429
        assert cell(window, 0, SKU) == "SKU-004242"
        window.search.clear()
        await wait_until(lambda: window.catalogue.model.rowCount() == BIG_SHOP_PRODUCTS)

    run(scenario())


def test_sorting_happens_in_sql(big_shop: DataDir, make_window: Any, run: Any) -> None:
    window = make_window(big_shop)

    async def scenario() -> None:
        await wait_until(lambda: window.catalogue.model.rowCount() == BIG_SHOP_PRODUCTS)
        header = window.catalogue.table.horizontalHeader()
        header.setSortIndicator(PRICE, Qt.SortOrder.DescendingOrder)
        await wait_until(lambda: cell(window, 0, SKU) == "SKU-099999")
        assert window.catalogue.model.cached_rows <= 2 * BLOCK

    run(scenario())


def test_filters_and_empty_states(data_dir: DataDir, make_window: Any, qtbot: Any,
                                  run: Any) -> None:
    window = make_window(data_dir, demo=True)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 60)
        page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
        await wait_until(lambda: 0 < page.model.rowCount() < 60)
        drafts = page.model.rowCount()
        assert all(cell(window, row, 5) == "Draft" for row in range(drafts))
        page.status_filter.setCurrentIndex(0)
        page.low_stock.setChecked(True)
        await wait_until(lambda: page.model.rowCount() < 60)
        page.low_stock.setChecked(False)
        qtbot.keyClicks(window.search, "zzzz-nothing")
        await wait_until(lambda: page.listing.currentWidget() is page.listing.empty)
        assert "Nothing found" in page.listing.empty.title.text()

    run(scenario())


def test_empty_shop_shows_what_to_do(data_dir: DataDir, make_window: Any, run: Any) -> None:
    window = make_window(data_dir)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.listing.currentWidget() is page.listing.empty)
        assert page.listing.empty.title.text() == "No products yet"

    run(scenario())


def test_selecting_a_product_shows_its_detail(data_dir: DataDir, make_window: Any,
                                              run: Any) -> None:
    window = make_window(data_dir, demo=True)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 60)
        page.table.selectRow(0)
        await wait_until(lambda: page.detail.currentWidget() is page.detail.content)
        assert page.detail.title.text() == cell(window, 0, TITLE)
        assert page.detail.variants.topLevelItemCount() >= 1

    run(scenario())


def test_orders_page_lists_orders_to_ship(data_dir: DataDir, make_window: Any, run: Any) -> None:
    window = make_window(data_dir, demo=True)

    async def scenario() -> None:
        window.sidebar.setCurrentRow(ORDERS)
        await wait_until(lambda: window.orders.model.rowCount() > 0)
        window.refresh_status()
        await wait_until(lambda: "to ship" in window.sidebar.item(ORDERS).text())
        to_ship = window.orders.model.rowCount()
        assert f"{to_ship} to ship" in window.sidebar.item(ORDERS).text()

    run(scenario())


def test_italian_window(data_dir: DataDir, make_window: Any, run: Any, qapp: Any) -> None:
    from sellerdesk.ui.translators import install_translators

    translators = install_translators(qapp, "it")
    try:
        window = make_window(data_dir, lang="it", demo=True)

        async def scenario() -> None:
            await wait_until(lambda: window.catalogue.model.rowCount() == 60)
            assert window.sidebar.item(CATALOGUE).text().startswith("Catalogo")
            assert window.search.placeholderText() == "Cerca prodotti…"
            assert window.catalogue.count_label.text() == "60 prodotti"
            price = cell(window, 0, PRICE)
            assert price.endswith("€") and "," in price  # e.g. 330,00 €

        run(scenario())
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_layout_is_remembered(data_dir: DataDir, make_window: Any, run: Any) -> None:
    # The offscreen screen is 800 x 600: stay inside it, or Qt rightly clamps the geometry.
    first = make_window(data_dir)
    sizes = []

    async def close_first() -> None:
        first.resize(first.minimumSizeHint().width() + 7, 503)
        first.catalogue.table.setColumnWidth(SKU, 321)
        await wait_until(lambda: first.height() == 503)
        sizes.append(first.size())
        first.close()

    run(close_first())
    second = make_window(data_dir)

    async def check_second() -> None:
        await wait_until(lambda: second.isVisible())
        assert second.size() == sizes[0]
        assert second.catalogue.table.columnWidth(SKU) == 321

    run(check_second())
