"""Creating a product in the real editor: 3 colours × 2 sizes and two languages, saved as one
step; the store holds exactly the product, one history entry and one outbox entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from sellerdesk.paths import DataDir
from tests.ui.catalogue.conftest import Store
from tests.ui.conftest import wait_until


def test_create_a_product_with_six_variants_in_two_languages(
        data_dir: DataDir, make_window: Any, qtbot: Any, run: Any, store: Any) -> None:
    window = make_window(data_dir)
    page = window.catalogue
    db: Store = store(window)

    async def scenario() -> None:
        await wait_until(lambda: page.listing.currentWidget() is page.listing.empty)
        assert page.add_first.isVisible()  # the empty state offers the way forward
        qtbot.mouseClick(page.add_first, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.editor is not None and page.editor.isVisible())
        editor = page.editor
        assert editor.texts.main_language == "en"
        qtbot.keyClicks(editor.texts.page("en").title, "Florence leather bag")
        editor.texts.page("en").description.source.setPlainText("Soft <b>calf</b> leather.")
        italian = editor.texts.page("it")
        editor.texts.tabs.setCurrentWidget(italian)
        qtbot.keyClicks(italian.title, "Borsa Firenze in pelle")
        editor.tabs.setCurrentWidget(editor.variants)
        colour, size = editor.variants.option_rows
        qtbot.keyClicks(colour.name, "Colour")
        qtbot.keyClicks(colour.values, "Red, Blue, Green")
        qtbot.keyClicks(size.name, "Size")
        qtbot.keyClicks(size.values, "S, M")
        qtbot.keyClicks(editor.variants.base_sku, "BAG-FLO")
        editor.variants.default_price.setText("")
        qtbot.keyClicks(editor.variants.default_price, "49.90")
        editor.variants.default_stock.setValue(3)
        qtbot.mouseClick(editor.variants.generate_button, Qt.MouseButton.LeftButton)
        assert editor.variants.model.rowCount() == 6
        assert editor.variants.count.text().startswith("6 variant")
        # Completeness per language follows what was typed.
        states = editor.texts.completeness()
        assert states["en"] == "complete" and states["it"] == "partial"
        assert states["fr"] == "missing"
        save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save.isEnabled()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.editor is None)
        await wait_until(lambda: page.model.rowCount() == 1)

        assert db.live_products() == 1
        [entry] = db.history()
        assert (entry.entity, entry.action) == ("product", "create")
        assert entry.after["title.en"] == "Florence leather bag"
        assert entry.after["title.it"] == "Borsa Firenze in pelle"
        skus = sorted(v["sku"] for v in entry.after["variants"])
        assert skus == ["BAG-FLO-BLUE-M", "BAG-FLO-BLUE-S", "BAG-FLO-GRE-M", "BAG-FLO-GRE-S",
                        "BAG-FLO-RED-M", "BAG-FLO-RED-S"]
        assert {v["price_minor"] for v in entry.after["variants"]} == {4990}
        assert {v["stock"] for v in entry.after["variants"]} == {3}
        assert {tuple(sorted(v["options"])) for v in entry.after["variants"]} == {
            ("Colour", "Size")}
        [queued] = db.outbox()
        assert (queued.entity, queued.operation) == ("product", "create")
        assert len(queued.payload["variants"]) == 6
        # One step on the undo stack, named after the product.
        assert page.undo.stack.count() == 1
        assert page.undo.stack.text(0) == "New product “Florence leather bag”"
        assert page.actions.undo.isEnabled()

    run(scenario())
