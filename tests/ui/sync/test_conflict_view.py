"""Conflicts on the Sync page as the owner meets them: listed by product and field, opened side
by side (as last agreed, mine, the marketplace's), and decided with one click."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton
from sqlalchemy import select

from sellerdesk.catalogue.inputs import ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.store.models import Conflict
from sellerdesk.sync.conflicts import ConflictView
from sellerdesk.ui.main_window import SYNC
from sellerdesk.ui.sync.conflict_dialog import ConflictDialog
from tests.ui.conftest import wait_until


def _boxes(dialog: ConflictDialog) -> dict[str, str]:
    """Each side's value by its accessible name: a line for a short value, a box for a text."""
    lines = {box.accessibleName(): box.text() for box in dialog.findChildren(QLineEdit)
             if box.isVisibleTo(dialog)}
    texts = {box.accessibleName(): box.toPlainText()
             for box in dialog.findChildren(QPlainTextEdit) if box.isVisibleTo(dialog)}
    return {**lines, **texts}


def _button(dialog: ConflictDialog, text: str) -> QPushButton:
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return button


def _product_in_conflict(window: Any, sku: str, title: str, field: str,
                         values: tuple[str, str, str], **fields: Any) -> str:
    """A product made at the desk with a conflict on `field` (base, mine, theirs), as the pull
    leaves it after a 412; returns the product's id."""
    ctx = window.ctx
    product_id: str = ctx.catalogue.create_product(ProductInput(
        texts={"it": {"title": title, "description": ""}},
        variants=[VariantInput(sku=sku, price_minor=4_500)], **fields))
    base, mine, theirs = values

    def plant(session: Any) -> None:
        session.add(Conflict(entity="product", entity_id=product_id, field=field,
                             base_value=base, local_value=mine, remote_value=theirs,
                             remote_version="3"))

    ctx.database.run_write(plant)
    return product_id


def test_a_title_conflict_side_by_side_then_keep_the_marketplaces(
        data_dir: DataDir, make_window: Any, run: Any) -> None:
    window = make_window(data_dir)
    ctx = window.ctx
    product_id = _product_in_conflict(
        window, "ARNO-1", "Divano Arno (mio)", "title.it",
        ("Divano Arno", "Divano Arno (mio)", "Divano Arno (sito)"))
    page = window.sync

    async def scenario() -> None:
        window.sidebar.setCurrentRow(SYNC)
        await page.reload()
        assert page.conflicts.isVisible() and page.conflicts.topLevelItemCount() == 1
        item = page.conflicts.topLevelItem(0)
        assert [item.text(column) for column in range(4)] == [
            "Divano Arno (mio)", "Title (Italian)", "Divano Arno (mio)", "Divano Arno (sito)"]

        dialog = page.open_conflict()
        assert dialog is not None and dialog.isVisible()
        assert _boxes(dialog) == {"As last agreed": "Divano Arno", "Mine": "Divano Arno (mio)",
                                  "The marketplace's": "Divano Arno (sito)",
                                  "Edited value": "Divano Arno (mio)"}
        _button(dialog, "Keep the marketplace's").click()
        await wait_until(page.conflicts.isHidden)  # decided: the list empties itself

    run(scenario())
    assert ctx.catalogue.get(product_id).texts["it"]["title"] == "Divano Arno (sito)"
    with ctx.database.read() as session:
        [conflict] = session.scalars(select(Conflict)).all()
    assert conflict.resolution == "theirs" and conflict.resolved_at is not None


def test_an_edited_value_is_what_is_kept(data_dir: DataDir, make_window: Any,
                                         run: Any) -> None:
    window = make_window(data_dir)
    ctx = window.ctx
    product_id = _product_in_conflict(
        window, "LUCCA-1", "Vaso Lucca", "brand",
        ("Bottega", "Bottega Lucca", "Bottega Toscana"), brand="Bottega")
    page = window.sync

    async def scenario() -> None:
        window.sidebar.setCurrentRow(SYNC)
        await page.reload()
        dialog = page.open_conflict()
        assert dialog is not None
        dialog.set_edited_text("Bottega Lucca e Toscana")
        _button(dialog, "Keep the edited text").click()
        await wait_until(page.conflicts.isHidden)

    run(scenario())
    assert ctx.catalogue.get(product_id).brand == "Bottega Lucca e Toscana"
    assert [e.operation for e in ctx.outbox.pending()][-1:] == ["update"]  # sent when online


def test_a_delete_against_an_edit_is_said_in_words(qtbot: Any) -> None:
    ours = ConflictView(id="c1", entity="product", entity_id="p1", field="_deleted",
                        base=False, mine=True, theirs=False,
                        detected_at=datetime(2026, 11, 24, tzinfo=UTC), label="Sgabello")
    dialog = ConflictDialog(ours)
    qtbot.addWidget(dialog)
    assert _boxes(dialog) == {"As last agreed": "Still listed", "Mine": "Deleted",
                              "The marketplace's": "Still listed"}  # nothing to edit
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "You deleted this product here" in words

    theirs = ConflictView(id="c2", entity="product", entity_id="p1", field="_deleted",
                          base=False, mine=False, theirs=True,
                          detected_at=datetime(2026, 11, 24, tzinfo=UTC), label="Sgabello")
    other = ConflictDialog(theirs)
    qtbot.addWidget(other)
    words = " ".join(label.text() for label in other.findChildren(QLabel))
    assert "deleted on the marketplace" in words and "You deleted" not in words
