"""Screenshots of the catalogue on the demo shop: the table, the editor, the bulk edit.

Run under a real X server so fonts and styles are the platform's:
    Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb \
        python docs/catalogue_screenshots.py --lang it

Writes docs/screenshots/catalogue-{table,editor,editor-variants,bulk-edit}-<lang>.png.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import qasync
from PySide6.QtCore import Qt

from sellerdesk.app import create_context, make_application
from sellerdesk.catalogue.bulk import PriceChange
from sellerdesk.paths import DataDir
from sellerdesk.ui.catalogue.product_model import SKU
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.translators import install_translators

OUT = Path(__file__).resolve().parent / "screenshots"


async def wait_until(condition: Callable[[], object], timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("the window did not get there in time")
        await asyncio.sleep(0.05)


def row_of_sku(window: MainWindow, prefix: str) -> int:
    model = window.catalogue.model
    for row in range(model.rowCount()):
        if str(model.data(model.index(row, SKU))).startswith(prefix):
            return row
    return 0


async def shoot(window: MainWindow, lang: str, out: Path) -> None:
    page = window.catalogue
    await wait_until(lambda: page.model.rowCount() > 0)

    # -- bulk edit of the leather bags: the preview, then apply it
    first = row_of_sku(window, "BOR")
    page.table.clearSelection()
    selection = page.table.selectionModel()
    for offset in range(8):
        index = page.model.index(first + offset, 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    page.actions.bulk_edit.trigger()
    await wait_until(lambda: page.bulk_dialog is not None and page.bulk_dialog.isVisible())
    dialog = page.bulk_dialog
    dialog.price_mode.setCurrentIndex(dialog.price_mode.findData(PriceChange.PERCENT))
    dialog.price_value.setText("10")
    dialog.set_status.setChecked(True)
    dialog.status.setCurrentIndex(dialog.status.findData("active"))
    dialog.add_tags.setText("saldi" if lang == "it" else "sale")
    await wait_until(lambda: dialog.apply_button.isEnabled())
    await asyncio.sleep(0.3)
    dialog.grab().save(str(out / f"catalogue-bulk-edit-{lang}.png"))
    dialog.apply()
    await wait_until(lambda: page.bulk_dialog is None and not page.undo.busy)

    # -- a duplicate, undone: the history panel shows it greyed, ready to redo
    page.table.clearSelection()
    page.table.selectRow(row_of_sku(window, "DIV3-CHIANT"))
    page.actions.duplicate.trigger()
    await wait_until(lambda: page.editor is not None and page.editor.isVisible())
    page.editor.reject()
    await wait_until(lambda: page.editor is None)
    page.actions.undo.trigger()
    await wait_until(lambda: not page.undo.busy)

    # -- the table with the history panel open
    window.history_dock.show()
    window.resizeDocks([window.history_dock], [250], Qt.Orientation.Horizontal)
    await wait_until(lambda: page.model.rowCount() == 60)
    page.table.selectRow(row_of_sku(window, "DIV3-CHIANT"))
    await wait_until(lambda: page.detail.currentWidget() is page.detail.content)
    window.refresh_status()
    await asyncio.sleep(0.8)
    window.grab().save(str(out / f"catalogue-table-{lang}.png"))
    window.history_dock.hide()

    # -- the editor, on a sofa with fabric × colour variants and five languages
    page.actions.edit.trigger()
    await wait_until(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    editor.resize(1040, 720)
    # An imported English text: a title too long for AliExpress, markup with a tracking pixel.
    english = editor.texts.page("en")
    editor.texts.tabs.setCurrentWidget(english)
    english.title.setText(english.title.text() + " in linen or velvet with removable, washable "
                          "covers, solid beech frame, free delivery and assembly anywhere in "
                          "Italy")
    english.description.set_text(
        english.description.text()
        + "\n\n<b>Removable covers</b>: machine washable at 30 °C."
        + '\n<img src="http://tracker.example/pixel.gif" onerror="alert(1)">'
    )
    english.title.setFocus()
    english.title.deselect()
    await asyncio.sleep(0.8)  # the preview renders in the background
    editor.grab().save(str(out / f"catalogue-editor-{lang}.png"))
    editor.tabs.setCurrentWidget(editor.variants)
    await asyncio.sleep(0.3)
    editor.grab().save(str(out / f"catalogue-editor-variants-{lang}.png"))
    editor.done(0)
    await wait_until(lambda: page.editor is None)
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="it")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        ctx = create_context(DataDir(Path(folder)).ensure(), lang=args.lang, demo=True)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = MainWindow(ctx)
        window.resize(1560, 900)
        window.show()
        window.start()
        with loop:
            loop.run_until_complete(shoot(window, args.lang, args.out))
            loop.run_until_complete(ctx.jobs.shutdown())
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
