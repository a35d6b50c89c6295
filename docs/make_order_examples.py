"""Screenshots of the Orders page and example pages of the printed documents, in Italian.

Runs the real window on the demo shop (with the demo's product photos in the local photo store),
ships part of an order offline, flags one, writes a note, then grabs the queue, the order detail
and the ship dialog, and writes the pick list and a packing slip as PDF, rendered to PNG with
pdftoppm. Run under a real X server so fonts and styles are the platform's:

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb PYTHONPATH=. .venv/bin/python docs/make_order_examples.py

Until the lead compiles `i18n/strings-orders.json` into the shipped translation, the Italian of
the new strings comes from that file directly (tests/ui/orders/translations.py).
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import qasync

from sellerdesk.app import create_context, make_application
from sellerdesk.paths import DataDir
from sellerdesk.ui.main_window import ORDERS, MainWindow
from sellerdesk.ui.orders.documents import Kind
from sellerdesk.ui.orders.ship_dialog import ShipDialog

HERE = Path(__file__).resolve().parent
SHOTS = HERE / "screenshots"
EXAMPLES = HERE / "examples"


async def wait_until(condition: Any, timeout: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise TimeoutError("the window did not get there in time")
        await asyncio.sleep(0.05)


def add_demo_photos(ctx: Any) -> int:
    """The demo's product photos, drawn by the demo shop, into the local photo store."""
    from sqlalchemy import select

    from sellerdesk.demo import shop
    from sellerdesk.photos import PhotoLibrary
    from sellerdesk.store.models import Variant

    library = PhotoLibrary(ctx.database, ctx.data.photos)
    added = 0
    try:
        for product in shop.products():
            with ctx.database.read() as session:
                product_id = session.scalar(select(Variant.product_id).where(
                    Variant.sku == product["variants"][0]["sku"]))
            if product_id:
                library.add_bytes(product_id, shop.draw_photo(product, 480), "foto.jpg")
                added += 1
    finally:
        library.close()

    def on_the_marketplace_already(session: Any) -> None:
        from sqlalchemy import delete

        from sellerdesk.store.models import OutboxEntry

        session.execute(delete(OutboxEntry))  # as the demo seed does for its products

    ctx.database.run_write(on_the_marketplace_already)
    return added


def pdf_to_png(pdf: Path, png: Path, page: int = 1, dpi: int = 110) -> None:
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(pdf), str(stem)], check=True)


async def shoot(window: MainWindow, lang: str, out: Path) -> None:
    page = window.orders
    window.sidebar.setCurrentRow(ORDERS)
    await wait_until(lambda: page.model.rowCount() > 0 and "(" in page.tabs.tabText(0))
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    ready = [r for r in rows if r.status == "awaiting_shipment"]
    # A multi-line order abroad: ship one line offline, flag another order, write a note.
    detail_order = next(r for r in ready if r.item_count >= 2 and r.buyer_country != "IT")
    problem_order = next(r for r in ready if r.id != detail_order.id)
    service = page.actions.service
    detail = page.details.get(detail_order.id, window.ctx.language)
    first = detail.lines[0]
    service.ship(detail.number, "dhl", "1234567890", lines={first.sku: first.quantity})
    service.flag_problem(problem_order.number, "L'indirizzo è incompleto: manca il civico")
    service.set_notes(detail.id, "Cliente abituale: aggiungere un biglietto di ringraziamento.\n"
                                 "Il divano parte a parte con il corriere merci.")
    # Three orders that came in overnight and nobody has opened yet.
    unseen = [r.id for r in rows[16:40] if r.status == "awaiting_shipment"][:3]

    def arrived_overnight(session: Any) -> None:
        from sqlalchemy import update

        from sellerdesk.store.models import Order

        session.execute(update(Order).where(Order.id.in_(unseen)).values(seen_at=None))

    window.ctx.database.run_write(arrived_overnight)
    page.reload()
    await wait_until(lambda: "Problemi (1)" in page.tabs.tabText(3)
                     or "Problems (1)" in page.tabs.tabText(3))
    page.table.selectRow(2)
    await wait_until(lambda: page.current is not None)
    window.refresh_status()
    await asyncio.sleep(0.6)
    window.grab().save(str(SHOTS / f"orders-queue-{lang}.png"))

    row = page.model.row_of(detail.id)
    assert row is not None
    page.table.selectRow(row)
    await wait_until(lambda: page.current is not None and page.current.id == detail.id
                     and page.current.shipments != [])
    await asyncio.sleep(0.5)
    window.grab().save(str(SHOTS / f"order-detail-{lang}.png"))

    page.ship_current()
    await wait_until(lambda: isinstance(page.actions.dialog, ShipDialog))
    dialog: ShipDialog = page.actions.dialog
    dialog.carrier.setCurrentIndex(dialog.carrier.findData("poste-italiane"))
    dialog.tracking.setText("RR123456785IT")
    await asyncio.sleep(0.4)
    dialog.grab().save(str(SHOTS / f"ship-dialog-{lang}.png"))
    dialog.reject()

    # The documents: the pick list of the twelve most urgent paid orders, one packing slip.
    page.table.clearSelection()
    urgent = [r.id for r in rows if r.status == "awaiting_shipment"][:12]
    page.select_ids(urgent)
    prepared = await page.actions.printer.prepare(Kind.PICK_LIST, urgent)
    await page.actions.printer.save_pdf(prepared, out / f"picklist-{lang}.pdf")
    several = next(r for r in ready if r.item_count >= 3 and r.id != detail.id
                   and r.id != problem_order.id and r.buyer_country != "IT")
    prepared = await page.actions.printer.prepare(Kind.PACKING_SLIPS, [several.id])
    await page.actions.printer.save_pdf(prepared, out / f"packing-slip-{lang}.pdf")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="it")
    args = parser.parse_args()
    SHOTS.mkdir(parents=True, exist_ok=True)
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    from tests.ui.orders.translations import speak

    translators = speak(args.lang)  # kept referenced: a collected translator stops translating
    with tempfile.TemporaryDirectory() as folder:
        ctx = create_context(DataDir(Path(folder)).ensure(), lang=args.lang, demo=True)
        print("photos:", add_demo_photos(ctx))
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = MainWindow(ctx)
        window.resize(1500, 900)
        window.show()
        window.start()
        with loop:
            loop.run_until_complete(shoot(window, args.lang, EXAMPLES))
            loop.run_until_complete(ctx.jobs.shutdown())
        ctx.database.close()
    for name in ("picklist", "packing-slip"):
        pdf = EXAMPLES / f"{name}-{args.lang}.pdf"
        pdf_to_png(pdf, EXAMPLES / f"{name}-{args.lang}.png")
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
