"""Printing the pick list and packing slips: through the print dialog, or saved as a PDF.

The data is read and the pages are painted in the job pool; only the dialogs run on the UI
thread. Dialogs are opened (not exec'd) and awaited, so the window keeps painting and tests can
answer them like a person would. A PDF or a print that cannot be made is said in words (an
OSError whose `strerror` the window shows); Qt's own console lines about it go to the log.
"""

from __future__ import annotations

import asyncio
import errno
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from sellerdesk.orders.carriers import CarrierBook
from sellerdesk.orders.picking import OrderDocuments
from sellerdesk.orders.printing_selection import LeftOut, describe
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.orders.documents import (
    DocumentInfo,
    Kind,
    Renderer,
    file_name,
    packing_slips_renderer,
    page_size_for,
    paint_on,
    pick_list_renderer,
    title_of,
    write_pdf,
)
from sellerdesk.ui.orders.photo_cell import PhotoFiles
from sellerdesk.ui.painting_messages import install as route_painting_messages

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Prepared:
    title: str
    renderer: Renderer
    empty: bool
    why: str = ""  # when empty: why nothing is left to print, in the window's language
    left_out: tuple[LeftOut, ...] = field(default=())  # chosen but not printed, and why
    numbers: tuple[str, ...] = ()  # the orders the document covers

    def left_out_text(self) -> str:
        """'order BR-7 is flagged: item damaged; …' in the window's language, or ''."""
        return describe(self.left_out, translate) if self.left_out else ""


async def run_dialog(dialog: QDialog) -> bool:
    """Open `dialog` window-modally and wait for the answer without blocking the loop."""
    future: asyncio.Future[bool] = asyncio.get_event_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result == QDialog.DialogCode.Accepted)

    dialog.finished.connect(finished)
    QDialog.open(dialog)  # QPrintDialog hides the plain overload behind open(receiver, slot)
    return await future


class DocumentPrinter:
    """The window's way to the printed documents of some orders (all ready ones when none)."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        self.documents = OrderDocuments(ctx.database)
        self.photos = PhotoFiles(ctx.data.photos)
        self.dialog: QDialog | None = None  # the dialog waiting for an answer, for tests
        self._printer: QPrinter | None = None
        route_painting_messages()  # "QPainter::begin(): Returned false" to the log

    def _prepare(self, kind: Kind, order_ids: list[str],
                 include: Collection[str] = ()) -> Prepared:
        """Blocking: read the data (in the pool). Both documents take the same orders from
        `order_ids` (unpaid, flagged or shipped ones only when in `include`)."""
        carriers = CarrierBook(self.ctx.data.root).load()
        info = DocumentInfo(shop_name=self.documents.shop_name(self.ctx.shop_name),
                            formatter=self.ctx.formatter, photo=self.photos.image,
                            carrier_name=carriers.name_of)
        selection = self.documents.selection(order_ids, self.ctx.language, include)
        left_out = tuple(selection.left_out)
        why = selection.nothing_to_print().text(translate)
        if kind == Kind.PICK_LIST:
            data = self.documents.pick_list(order_ids, self.ctx.language, include)
            return Prepared(title_of(kind), pick_list_renderer(data, info), not data.items,
                            why, left_out, tuple(data.order_numbers))
        slips = self.documents.packing_slips(order_ids, self.ctx.language, include)
        return Prepared(title_of(kind), packing_slips_renderer(slips, info), not slips, why,
                        left_out, tuple(slip.number for slip in slips))

    async def prepare(self, kind: Kind, order_ids: list[str],
                      include: Collection[str] = ()) -> Prepared:
        return await self.ctx.jobs.in_thread(self._prepare, kind, list(order_ids),
                                             tuple(include))

    async def ask_pdf_path(self, kind: Kind, folder: Path | None) -> Path | None:
        start = folder or Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        dialog = QFileDialog(self.parent, translate("Printing", "Save %1 as PDF").replace(
            "%1", title_of(kind)))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(translate("Printing", "PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(str(start))
        dialog.selectFile(file_name(kind, datetime.now()))
        self.dialog = dialog
        try:
            if not await run_dialog(dialog) or not dialog.selectedFiles():
                return None
            return Path(dialog.selectedFiles()[0])
        finally:
            self.dialog = None
            dialog.deleteLater()

    async def save_pdf(self, prepared: Prepared, path: Path) -> int:
        """Write the PDF in the pool; returns its page count. Raises OSError, in words."""
        def write() -> int:
            _check_writable(path)
            try:
                return write_pdf(path, prepared.renderer, title=prepared.title,
                                 locale=self.ctx.locale)
            except OSError as error:
                if error.strerror:
                    raise
                raise OSError(errno.EIO, translate(
                    "Printing", "the PDF could not be written to %1").replace(
                    "%1", str(path))) from error

        return await self.ctx.jobs.in_thread(write)

    async def print(self, prepared: Prepared) -> int | None:
        """Ask the print dialog, then print; None when the user changed their mind."""
        if self._printer is None:  # kept: the next print starts from the last choices
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setPageSize(page_size_for(self.ctx.locale))
        printer = self._printer
        printer.setFullPage(False)
        printer.setDocName(prepared.title)
        printer.setCreator("SellerDesk")
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(translate("Printing", "Print %1").replace("%1", prepared.title))
        self.dialog = dialog
        try:
            if not await run_dialog(dialog):
                return None
            printer.setFullPage(True)  # our own margins, measured from the paper's edge
            try:
                return await self.ctx.jobs.in_thread(paint_on, printer, prepared.renderer)
            except OSError as error:
                if error.strerror:
                    raise
                raise OSError(errno.EIO, translate(
                    "Printing", "the printer did not accept the document")) from error
        finally:
            self.dialog = None
            dialog.deleteLater()


def _check_writable(path: Path) -> None:
    """Before painting: a folder where the file should be, or a file the system will not let
    us write, raises the system's own OSError (with its `strerror`), instead of a painter that
    cannot begin. A file that did not exist is not left behind."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    existed = path.exists()
    with open(path, "ab"):
        pass
    if not existed:
        path.unlink(missing_ok=True)
