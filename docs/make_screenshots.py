"""Screenshots of the real window on the demo shop, for the README and the docs.

Run under a real X server so fonts and styles are the platform's:
    Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb \
        python docs/make_screenshots.py --lang it [--only gallery|layout] [--strings JSON...]

`layout` (docs/window_shots.py): the detail pane after an edit, the File and Help menus, the
window at 1024 x 700 and in a dark palette. `--strings` adds translations not yet in the .ts
files through a temporary .qm (as docs/screenshot_sync.py does).

`gallery` is the product editor's Photos tab on a demo sofa: its listing photo (seeded by the
demo) plus three detail shots added as the owner would, i.e. waiting to be uploaded.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

import qasync
from PySide6.QtCore import QTranslator

from sellerdesk.app import create_context, make_application
from sellerdesk.paths import DataDir
from sellerdesk.ui.main_window import ORDERS, MainWindow
from sellerdesk.ui.translators import install_translators

OUT = Path(__file__).resolve().parent / "screenshots"


async def wait_until(condition: object, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():  # type: ignore[operator]
        if loop.time() > deadline:
            raise TimeoutError("the window did not load in time")
        await asyncio.sleep(0.05)


async def shoot_gallery(window: MainWindow, lang: str) -> None:
    from sellerdesk.demo import shop
    from sellerdesk.demo.photos import draw_view
    from sellerdesk.ui.catalogue.editor.dialog import PHOTOS

    page = window.catalogue
    await wait_until(lambda: page.model.rowCount() > 0)
    row = next(r for r in range(page.model.rowCount())  # a sofa: the demo's signature piece
               if page.model.data(page.model.index(r, 1)).startswith("DIV"))
    page.table.selectRow(row)
    await wait_until(lambda: page.detail.product_id is not None)
    product_id = page.detail.product_id
    library = page.photo_library
    await wait_until(lambda: len(library.photos(product_id)) == 1, timeout=60)
    sku = page.model.data(page.model.index(row, 1)).split()[0]
    item = next(i for i in shop.products() if any(v["sku"] == sku for v in i["variants"]))
    names = ("dettaglio.jpg", "lato.jpg", "cuciture.jpg")
    for view, name in enumerate(names, start=1):
        await window.ctx.jobs.in_thread(library.add_bytes, product_id, draw_view(item, view),
                                        name)
    page.photos_changed(product_id)
    page.table.setFocus()
    page.edit_current()
    await wait_until(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert editor is not None and editor.gallery is not None
    editor.resize(1180, 720)
    editor.tabs.setCurrentIndex(PHOTOS)
    gallery = editor.gallery
    await wait_until(lambda: gallery.model.rowCount() == 4)
    gallery.strip.setCurrentIndex(gallery.model.index(1, 0))
    await asyncio.sleep(1.0)  # thumbnails and the preview arrive from workers
    editor.grab().save(str(OUT / f"gallery-{lang}.png"))
    editor.reject()


async def shoot(window: MainWindow, lang: str) -> None:
    await wait_until(lambda: window.catalogue.model.rowCount() > 0)
    # The demo's listing photos are filled in one product at a time after start-up.
    await wait_until(lambda: not window.ctx.jobs.is_running("catalogue-demo-photos"), 60)
    window.catalogue.reload()
    await asyncio.sleep(1.0)  # thumbnails are decoded in the background
    window.catalogue.table.selectRow(0)
    await wait_until(lambda: window.catalogue.detail.currentWidget()
                     is window.catalogue.detail.content)
    window.refresh_status()
    await asyncio.sleep(0.5)
    window.grab().save(str(OUT / f"main-window-{lang}.png"))
    window.sidebar.setCurrentRow(ORDERS)
    await wait_until(lambda: window.orders.model.rowCount() > 0)
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / f"orders-{lang}.png"))
    window.close()


async def shoot_layout(window: MainWindow, lang: str) -> None:
    """Issue #16's layout: the detail pane after an edit, the menus, 1024 x 700, dark."""
    from window_shots import shoot_window_layout

    await shoot_window_layout(window, lang, OUT, wait_until)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="it")
    parser.add_argument("--only", choices=("all", "gallery", "layout"), default="all")
    parser.add_argument("--strings", type=Path, nargs="*", default=[],
                        help="i18n/strings-*.json not yet in the .ts files (a temporary .qm)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    install_translators(app, args.lang)
    if args.strings:
        from screenshot_sync import compile_with

        extra = QTranslator(app)
        folder = tempfile.mkdtemp()
        extra.load(str(compile_with(args.strings, args.lang, Path(folder))))
        app.installTranslator(extra)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        ctx = create_context(DataDir(Path(folder)).ensure(), lang=args.lang, demo=True)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = MainWindow(ctx)
        window.resize(1400, 860)
        window.show()
        window.start()
        with loop:
            if args.only == "gallery":
                loop.run_until_complete(shoot_gallery(window, args.lang))
            elif args.only == "layout":
                loop.run_until_complete(shoot_layout(window, args.lang))
            else:
                loop.run_until_complete(shoot(window, args.lang))
            loop.run_until_complete(ctx.jobs.shutdown())
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
