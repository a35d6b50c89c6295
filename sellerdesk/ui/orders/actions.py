"""What staff do from the Orders page, as background jobs: ship, correct or withdraw a queued
shipment, cancel, flag a problem, save notes, print or save the documents.

Each flow asks (a dialog, opened and awaited), does the work in the job pool through the
`Orders` service (which commits locally with its outbox entry, so it works offline), then tells
the page what changed. Errors a person can act on come back as a calm notice on the page, in
their language; nothing here blocks the window.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from sellerdesk.errors import SellerDeskError
from sellerdesk.orders.carriers import CarrierBook, CarrierList
from sellerdesk.orders.details import OrderDetail
from sellerdesk.orders.service import Orders
from sellerdesk.ui.orders.documents import Kind
from sellerdesk.ui.orders.left_out import PrintAnywayDialog
from sellerdesk.ui.orders.order_dialogs import CancelDialog, ProblemDialog
from sellerdesk.ui.orders.printing import DocumentPrinter, run_dialog
from sellerdesk.ui.orders.ship_dialog import ShipDialog

if TYPE_CHECKING:
    from sellerdesk.ui.orders.page import OrdersPage

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


class OrderActions(QObject):
    changed = Signal(list)  # ids of orders whose data changed here
    notice = Signal(str, bool)  # text, is it a problem

    def __init__(self, page: OrdersPage) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.service = Orders(self.ctx.database)
        self.book = CarrierBook(self.ctx.data.root)
        self.carriers: CarrierList = CarrierList((), None)
        self.printer = DocumentPrinter(self.ctx, page)
        self.dialog: Any = None  # the dialog waiting for an answer (tests answer it)

    # -- plumbing ---------------------------------------------------------------------------

    def _state(self) -> QSettings:
        return QSettings(str(self.ctx.data.ui_state), QSettings.Format.IniFormat)

    async def _ask(self, dialog: Any) -> bool:
        self.dialog = dialog
        try:
            return await run_dialog(dialog)
        finally:
            self.dialog = None
            dialog.deleteLater()

    async def _do(self, work: Callable[[], Any], order_ids: list[str], done: str) -> bool:
        """Run `work` in the pool; report its outcome; True when it succeeded."""
        try:
            await self.ctx.jobs.in_thread(work)
        except SellerDeskError as error:
            self.notice.emit(error.text(translate), True)
            return False
        self.notice.emit(done, False)
        self.changed.emit(order_ids)
        return True

    async def load_carriers(self) -> CarrierList:
        self.carriers = await self.ctx.jobs.in_thread(self.book.load)
        return self.carriers

    async def refresh_carriers(self, market: Any) -> None:
        """Keep the marketplace's carrier list for offline use (after a sync, at most daily)."""
        if not await self.ctx.jobs.in_thread(self.book.is_stale):
            return
        try:
            self.carriers = await self.ctx.jobs.in_thread(self.book.refresh, market)
        except Exception as error:  # offline or refused: the cached list stays; try next time
            log.info("carrier list not refreshed: %s", error)

    def start(self, flow: Awaitable[Any], name: str) -> None:
        self.ctx.jobs.start(flow, name=name)  # type: ignore[arg-type]

    # -- shipping ---------------------------------------------------------------------------

    async def ship(self, order: OrderDetail) -> bool:
        if not self.carriers.carriers:
            await self.load_carriers()
        last = self._state().value("orders/last_carrier")
        dialog = ShipDialog(order, self.carriers, self.ctx.formatter, self.page,
                            last_carrier=str(last) if last else None)
        if not await self._ask(dialog):
            return False
        request = dialog.request()
        self._state().setValue("orders/last_carrier", request.carrier)
        return await self._do(
            lambda: self.service.ship(order.number, request.carrier, request.tracking_number,
                                      lines=request.lines,
                                      check_tracking=not request.format_confirmed),
            [order.id],
            translate("OrderActions", "%1 shipped — it reaches the marketplace at the next "
                                      "sync.").replace("%1", order.number))

    async def correct_shipment(self, order: OrderDetail, shipment_id: str) -> bool:
        shipment = next((s for s in order.shipments if s.id == shipment_id), None)
        if shipment is None:
            return False
        if not self.carriers.carriers:
            await self.load_carriers()
        dialog = ShipDialog(order, self.carriers, self.ctx.formatter, self.page,
                            shipment=shipment)
        if not await self._ask(dialog):
            return False
        request = dialog.request()
        return await self._do(
            lambda: self.service.update_shipment(
                shipment_id, request.carrier, request.tracking_number, lines=request.lines,
                check_tracking=not request.format_confirmed),
            [order.id],
            translate("OrderActions", "Shipment of %1 corrected.").replace("%1", order.number))

    async def withdraw_shipment(self, order: OrderDetail, shipment_id: str) -> bool:
        return await self._do(
            lambda: self.service.cancel_shipment(shipment_id), [order.id],
            translate("OrderActions", "Shipment of %1 withdrawn: the order is to ship again."
                      ).replace("%1", order.number))

    # -- cancelling, problems, notes --------------------------------------------------------

    async def cancel(self, order: OrderDetail) -> bool:
        dialog = CancelDialog(order.number, self.page)
        if not await self._ask(dialog):
            return False
        reason = dialog.reason_code()
        return await self._do(
            lambda: self.service.cancel(order.number, reason), [order.id],
            translate("OrderActions", "%1 cancelled — the marketplace is told at the next "
                                      "sync.").replace("%1", order.number))

    async def flag(self, order: OrderDetail) -> bool:
        dialog = ProblemDialog(order.number, order.problem, self.page)
        if not await self._ask(dialog):
            return False
        text = dialog.text()
        return await self._do(
            lambda: self.service.flag_problem(order.number, text), [order.id],
            translate("OrderActions", "%1 flagged: it stays off the pick list until the "
                                      "problem is resolved.").replace("%1", order.number))

    async def clear_problem(self, order: OrderDetail) -> bool:
        return await self._do(
            lambda: self.service.flag_problem(order.number, None), [order.id],
            translate("OrderActions", "Problem with %1 resolved.").replace("%1", order.number))

    async def save_notes(self, order_id: str, text: str) -> bool:
        try:
            await self.ctx.jobs.in_thread(self.service.set_notes, order_id, text)
        except SellerDeskError as error:
            self.notice.emit(error.text(translate), True)
            return False
        return True

    # -- documents --------------------------------------------------------------------------

    async def document(self, kind: Kind, order_ids: list[str], *, to_pdf: bool) -> Path | None:
        """Print (or save as PDF) the pick list or the packing slips of `order_ids` (all orders
        ready to ship when empty). Returns the PDF's path when one was written."""
        prepared = await self.printer.prepare(kind, order_ids)
        if prepared.empty and prepared.left_out:  # say why; print them only if asked to
            ask = PrintAnywayDialog(prepared, self.page)
            await self._ask(ask)
            if ask.accepted_anyway():
                prepared = await self.printer.prepare(kind, order_ids, ask.include)
        if prepared.empty:
            self.notice.emit(prepared.why, True)
            return None
        try:
            if to_pdf:
                folder = self._state().value("orders/pdf_folder")
                path = await self.printer.ask_pdf_path(kind, Path(folder) if folder else None)
                if path is None:
                    return None
                pages = await self.printer.save_pdf(prepared, path)
                self._state().setValue("orders/pdf_folder", str(path.parent))
                self.notice.emit(self.tr("Saved %n page(s) to %1", "", pages)
                                 .replace("%1", str(path)), False)
                return path
            pages_printed = await self.printer.print(prepared)
            if pages_printed:
                self.notice.emit(self.tr("Sent %n page(s) to the printer", "", pages_printed),
                                 False)
        except SellerDeskError as error:  # a file refused (exists, no folder): in words
            self.notice.emit(error.text(translate), True)
        except OSError as error:  # the disk or the printer refused: its reason, not a repr
            self.notice.emit(translate("OrderActions", "Could not print or save: %1").replace(
                "%1", error.strerror or type(error).__name__), True)
        return None
