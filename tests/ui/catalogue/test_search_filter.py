"""Search as you type and the filters, driven through the real widgets on a known shop: the
table lists exactly the expected products, and looking never writes anything."""

from __future__ import annotations

from typing import Any

from sellerdesk.catalogue import Catalogue
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.ui.catalogue.product_model import SKU
from tests.ui.catalogue.conftest import Store, fill_shop
from tests.ui.conftest import wait_until


def listed(page: Any) -> list[str]:
    model = page.model
    return [model.data(model.index(row, SKU)).split()[0] for row in range(model.rowCount())]


def test_search_and_filters(data_dir: DataDir, make_window: Any, qtbot: Any, run: Any,
                            store: Any) -> None:
    fill_shop(data_dir, 30)  # VASO-000…029; odd ones active; stock n % 5; all synced
    with Database.open(data_dir.database) as database:
        catalogue = Catalogue(database)
        translated = catalogue.get_by_sku("VASO-012").id
        catalogue.update_product(translated, {"title.en": "Vase twelve"})  # now pending
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)
    history, outbox = len(db.history()), len(db.outbox())

    async def step(expected: list[str]) -> None:
        await wait_until(lambda: listed(page) == expected)

    async def scenario() -> None:
        await step([f"VASO-{n:03d}" for n in range(30)])
        qtbot.keyClicks(window.search, "vaso 01")  # prefixes, as typed
        await step([f"VASO-{n:03d}" for n in range(10, 20)])
        page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
        await step([f"VASO-{n:03d}" for n in range(11, 20, 2)])
        page.low_stock.setChecked(True)  # below 3 in stock: n % 5 in (0, 1, 2)
        await step([f"VASO-{n:03d}" for n in range(11, 20, 2) if n % 5 < 3])
        page.low_stock.setChecked(False)
        page.status_filter.setCurrentIndex(0)
        page.missing_language.setCurrentIndex(page.missing_language.findData("en"))
        await step([f"VASO-{n:03d}" for n in range(10, 20) if n != 12])
        page.missing_language.setCurrentIndex(0)
        window.search.clear()
        page.not_synced.setChecked(True)
        await step(["VASO-012"])
        page.not_synced.setChecked(False)
        qtbot.keyClicks(window.search, "vase twel")  # any language's title
        await step(["VASO-012"])
        window.search.clear()
        qtbot.keyClicks(window.search, "nothing-like-this")
        await wait_until(lambda: page.listing.currentWidget() is page.listing.empty)
        assert not page.add_first.isVisible()  # the shop is not empty: no "add your first"
        window.search.clear()
        await step([f"VASO-{n:03d}" for n in range(30)])
        assert (len(db.history()), len(db.outbox())) == (history, outbox)

    run(scenario())
