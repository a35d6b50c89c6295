"""A price conflict reads as money in the owner's locale ("955,00 €"), never in cents or as
`price_minor`, on the Sync page and in a resolve dialog sized for one line per side; long texts
keep their boxes. The Sync page's account line and dates speak the window's language too."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton
from sqlalchemy import select

from sellerdesk.catalogue.inputs import ProductInput, VariantInput
from sellerdesk.i18n import Formatter
from sellerdesk.paths import DataDir
from sellerdesk.store.models import Conflict, Variant
from sellerdesk.sync.conflicts import ConflictView
from sellerdesk.ui.main_window import SYNC
from sellerdesk.ui.sync.conflict_dialog import ConflictDialog
from sellerdesk.ui.translators import install_translators
from tests.ui.conftest import wait_until

NBSP = "\u00a0"


def _spaces(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u202f", " ")


def _price_conflict(ctx: Any) -> str:
    """A sofa whose price was changed here (955,00) and on the marketplace (990,00) since both
    agreed on 890,00; returns the variant's id."""
    product_id = ctx.catalogue.create_product(ProductInput(
        texts={"it": {"title": "Divano Chianti", "description": ""}},
        variants=[VariantInput(sku="DIV-CH-3", price_minor=95_500)]))
    variant_id: str = ctx.catalogue.get(product_id).variants[0].id
    ctx.database.run_write(lambda s: s.add(Conflict(
        entity="variant", entity_id=variant_id, field="price_minor", base_value=89_000,
        local_value=95_500, remote_value=99_000, remote_version="3")))
    return variant_id


def test_a_price_conflict_is_money_in_the_list_and_the_dialog(
        data_dir: DataDir, make_window: Any, run: Any) -> None:
    app = QCoreApplication.instance()
    translators = install_translators(app, "it")
    try:
        window = make_window(data_dir, lang="it")
        ctx = window.ctx
        variant_id = _price_conflict(ctx)
        page = window.sync

        async def scenario() -> None:
            window.sidebar.setCurrentRow(SYNC)
            await page.reload()
            item = page.conflicts.topLevelItem(0)
            assert [_spaces(item.text(c)) for c in range(1, 4)] == [
                "Prezzo", "955,00 €", "990,00 €"]
            dialog = page.open_conflict()
            assert dialog is not None and dialog.isVisible()
            # One line per side, each the price as money; nothing in cents anywhere.
            assert dialog.findChildren(QPlainTextEdit) == []
            lines = {box.accessibleName(): _spaces(box.text())
                     for box in dialog.findChildren(QLineEdit)}
            assert lines == {"Come concordato l'ultima volta": "890,00 €",
                             "La mia": "955,00 €", "Quella del marketplace": "990,00 €"}
            shown = " ".join(w.text() for w in dialog.findChildren(QPushButton))
            assert "95500" not in shown and "price_minor" not in dialog.windowTitle()
            # The dialog fits its content: no text boxes of empty page under three prices.
            assert dialog.height() < 300, dialog.height()
            assert "Mantieni il testo modificato" not in shown  # a price is not a text
            [keep] = [b for b in dialog.findChildren(QPushButton)
                      if b.text() == "Mantieni quella del marketplace"]
            keep.click()
            await wait_until(page.conflicts.isHidden)

        run(scenario())
        with ctx.database.read() as session:
            assert session.get(Variant, variant_id).price_minor == 99_000
            [conflict] = session.scalars(select(Conflict)).all()
        assert conflict.resolution == "theirs"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_a_long_text_keeps_its_boxes(qtbot: Any) -> None:
    long_text = "Divano in velluto, tre posti.\nStruttura in faggio massello. " * 3
    conflict = ConflictView(id="c1", entity="product", entity_id="p1", field="description.it",
                            base="Divano.", mine=long_text, theirs=long_text + " Nuovo.",
                            detected_at=datetime(2026, 11, 24, tzinfo=UTC), label="Divano")
    dialog = ConflictDialog(conflict, formatter=Formatter("it_IT"))
    qtbot.addWidget(dialog)
    boxes = {box.accessibleName() for box in dialog.findChildren(QPlainTextEdit)}
    assert boxes == {"As last agreed", "Mine", "The marketplace's", "Edited value"}
    assert dialog.findChildren(QLineEdit) == []
    dialog.set_edited_text("Divano nuovo")
    assert dialog.edited_text() == "Divano nuovo"


def test_a_short_title_is_one_line_each_and_editable_in_a_line(qtbot: Any) -> None:
    conflict = ConflictView(id="c1", entity="product", entity_id="p1", field="title.it",
                            base="Vaso", mine="Vaso Lucca", theirs="Vaso toscano",
                            detected_at=datetime(2026, 11, 24, tzinfo=UTC), label="Vaso")
    dialog = ConflictDialog(conflict, formatter=Formatter("en_GB"))
    qtbot.addWidget(dialog)
    assert dialog.findChildren(QPlainTextEdit) == []
    assert {b.accessibleName(): b.text() for b in dialog.findChildren(QLineEdit)} == {
        "As last agreed": "Vaso", "Mine": "Vaso Lucca", "The marketplace's": "Vaso toscano",
        "Edited value": "Vaso Lucca"}
    [keep] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Keep the edited text"]
    dialog.set_edited_text("Vaso Lucca toscano")
    keep.click()
    assert dialog.choice == ("mine", "Vaso Lucca toscano")
