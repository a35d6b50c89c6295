"""The pick list and the packing slips as printed pages, in the user's language and formats.

The data comes ready from `sellerdesk.orders.picking` (no SQL here); this module only lays it out
(see `paper` for the machinery). Both documents render onto any paged device: a QPdfWriter for
"save as PDF" (also from the command line, on the offscreen platform) or the QPrinter a print
dialog set up. Painting happens off the UI thread: Qt allows QPainter on printers, PDF writers
and images from any one thread at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from babel.dates import format_time
from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageSize, QPainter, QPdfWriter

from sellerdesk.i18n import Formatter
from sellerdesk.orders.addresses import format_address
from sellerdesk.orders.picking import PackingSlip, PickList
from sellerdesk.store.models import utcnow
from sellerdesk.ui.orders.paper import (
    INK,
    MUTED,
    Block,
    Canvas,
    Cell,
    Column,
    Flow,
    Fonts,
    Frame,
    Page,
    Table,
)

translate = QCoreApplication.translate
RIGHT = Qt.AlignmentFlag.AlignRight
CENTER = Qt.AlignmentFlag.AlignHCenter
PhotoLoader = Callable[[str], QImage | None]
SIGN_OFF_GAP = 6.0
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE"}


class Kind(StrEnum):
    PICK_LIST = "pick_list"
    PACKING_SLIPS = "packing_slips"


def title_of(kind: Kind) -> str:
    return (translate("Printing", "Pick list") if kind == Kind.PICK_LIST
            else translate("Printing", "Packing slips"))


def file_name(kind: Kind, when: datetime) -> str:
    """A PDF name that sorts by date and says what it is, in the user's language."""
    stem = (translate("Printing", "pick-list") if kind == Kind.PICK_LIST
            else translate("Printing", "packing-slips"))
    return f"{stem}-{when:%Y-%m-%d-%H%M}.pdf"


@dataclass(frozen=True)
class DocumentInfo:
    """Who prints, in which language and formats, and how photos are found."""

    shop_name: str
    formatter: Formatter
    photo: PhotoLoader | None = None
    carrier_name: Callable[[str], str] = str
    now: datetime | None = None

    @property
    def locale(self) -> str:
        return self.formatter.locale

    def image(self, content_hash: str | None) -> QImage | None:
        if not content_hash or self.photo is None:
            return None
        try:
            return self.photo(content_hash)
        except OSError:  # a missing or unreadable file prints as a placeholder
            return None


def page_size_for(locale: str) -> QPageSize:
    """Letter where it is the norm, A4 everywhere else."""
    territory = locale.split("_")[1] if "_" in locale else ""
    return QPageSize(QPageSize.PageSizeId.Letter if territory in LETTER_COUNTRIES
                     else QPageSize.PageSizeId.A4)


def _options(options: dict[str, str]) -> str:
    return " · ".join(f"{name}: {value}" for name, value in options.items())


class DocumentWords(QObject):
    """Plural forms need `tr` on a QObject (that is what the translation tools recognise)."""

    def orders(self, n: int, fmt: Formatter) -> str:
        return self.tr("%n order(s)", "", n).replace(str(n), fmt.number(n))

    def items(self, n: int, fmt: Formatter) -> str:
        return self.tr("%n item(s)", "", n).replace(str(n), fmt.number(n))


def _frame(info: DocumentInfo, heading: Callable[[Page], tuple[str, str, str]],
           footer_label: Callable[[Page], str]) -> Frame:
    """Every page: the shop's name and the document's title, a line of context under each
    (`heading` gives: under the name, the title, under the title), and "page x of y"."""

    def header(canvas: Canvas, page: Page, number: int, of: int) -> None:
        left, right, top = canvas.left, canvas.right, canvas.top
        width = right - left
        under_name, title, under_title = heading(page)
        canvas.text(left, top + 1.2, width * 0.5, info.shop_name, Fonts.shop)
        canvas.text(left + width * 0.35, top, width * 0.65, title, Fonts.title, align=RIGHT)
        canvas.text(left, top + 8.6, width * 0.5, under_name, Fonts.small, color=MUTED)
        canvas.text(left + width * 0.4, top + 8.6, width * 0.6, under_title, Fonts.small,
                    color=MUTED, align=RIGHT)
        canvas.line(left, top + 14.5, right, top + 14.5, color=INK, width=0.5)

    def footer(canvas: Canvas, page: Page, number: int, of: int) -> None:
        y = canvas.bottom - 4.0
        canvas.line(canvas.left, y - 1.5, canvas.right, y - 1.5)
        width = canvas.right - canvas.left
        canvas.text(canvas.left, y, width * 0.7, footer_label(page), Fonts.small, color=MUTED)
        pages = translate("Documents", "Page %1 of %2").replace(
            "%1", info.formatter.number(number)).replace("%2", info.formatter.number(of))
        canvas.text(canvas.left + width * 0.5, y, width * 0.5, pages, Fonts.small, color=MUTED,
                    align=RIGHT)

    return Frame(header_height=21.0, header=header, footer_height=9.0, footer=footer)


def _printed(info: DocumentInfo) -> str:
    """"Printed 25 nov 2026, 10:32": the date in words, so no one reads 11/12 the wrong way."""
    moment = (info.now or utcnow()).astimezone()
    when = f"{info.formatter.date(moment)}, {format_time(moment, 'short', locale=info.locale)}"
    return translate("Documents", "Printed %1").replace("%1", when)


# -- the pick list ------------------------------------------------------------------------------


def render_pick_list(device: QPagedPaintDevice, data: PickList, info: DocumentInfo,
                     painter: QPainter) -> int:
    """Paint the pick list; returns the number of pages."""
    fmt = info.formatter
    canvas = Canvas(painter, device)
    title = translate("PickList", "Pick list")
    words = DocumentWords()
    counts = (f"{words.orders(len(data.order_numbers), fmt)} · "
              f"{words.items(data.total_quantity, fmt)}")
    printed = _printed(info)
    flow = Flow(canvas, _frame(info, lambda _p: (printed, title, counts),
                               lambda _p: f"{info.shop_name} · {title}"))
    table = Table(canvas, [
        Column("", 9.0, CENTER, "check"),
        Column("", 16.0, CENTER, "photo"),
        Column(translate("PickList", "Item"), 0),
        Column(translate("PickList", "SKU"), 40.0),
        Column(translate("PickList", "Qty"), 14.0, RIGHT),
        Column(translate("PickList", "For orders"), 40.0),
    ])
    header = table.header()
    flow.add(header, keep=20.0)
    sign_off = _sign_off(canvas, [translate("PickList", "Picked by"),
                                  translate("PickList", "Checked by")])
    for index, item in enumerate(data.items):
        orders = ", ".join(number if quantity == 1 else f"{number} × {fmt.number(quantity)}"
                           for number, quantity in item.orders)
        last = index == len(data.items) - 1
        flow.add(table.row([
            Cell(), Cell(image=info.image(item.photo_hash)),
            Cell(item.title, detail=_options(item.options), strong=True),
            Cell(code=item.sku),
            Cell(fmt.number(item.quantity), big=True),
            Cell(detail=orders),
        ], shaded=index % 2 == 1, header=header),
            keep=SIGN_OFF_GAP + sign_off.height if last else 0.0)  # never signatures alone
    if not data.items:
        flow.add(_paragraph(canvas, translate("PickList", "Nothing is left to pick for these "
                                                          "orders.")))
    flow.space(SIGN_OFF_GAP)
    flow.add(sign_off)
    return flow.paint()


def _paragraph(canvas: Canvas, text: str) -> Block:
    width = canvas.right - canvas.left
    height = canvas.text_height(text, Fonts.body, width) + 4.0

    def paint(c: Canvas, top: float) -> None:
        c.text(c.left, top + 2.0, width, text, Fonts.body, color=MUTED)

    return Block(height, paint)


def _sign_off(canvas: Canvas, labels: Sequence[str]) -> Block:
    """Lines to sign: who picked, who packed, who checked."""
    width = (canvas.right - canvas.left) / len(labels)

    def paint(c: Canvas, top: float) -> None:
        for index, label in enumerate(labels):
            x = c.left + index * width
            c.line(x, top + 9.0, x + width - 8.0, top + 9.0, color=INK)
            c.text(x, top + 10.0, width - 8.0, label, Fonts.small, color=MUTED)

    return Block(16.0, paint)


# -- packing slips ------------------------------------------------------------------------------


def render_packing_slips(device: QPagedPaintDevice, slips: Sequence[PackingSlip],
                         info: DocumentInfo, painter: QPainter) -> int:
    """One slip per order, each starting on a new page with its own page numbers."""
    fmt = info.formatter
    canvas = Canvas(painter, device)
    title = translate("PackingSlip", "Packing slip")
    numbers: list[str] = []

    def order_label(page: Page) -> str:
        return translate("PackingSlip", "Order %1").replace("%1", numbers[page.section])

    printed = _printed(info)
    flow = Flow(canvas, _frame(info, lambda p: (printed, order_label(p), title),
                               lambda p: f"{info.shop_name} · {order_label(p)}"))
    for index, slip in enumerate(slips):
        if index:
            flow.new_section()
        numbers.append(slip.number)
        flow.add(_addresses(canvas, slip, info))
        flow.space(6.0)
        table = Table(canvas, [
            Column("", 9.0, CENTER, "check"),
            Column("", 16.0, CENTER, "photo"),
            Column(translate("PackingSlip", "Item"), 0),
            Column(translate("PackingSlip", "Ordered"), 20.0, RIGHT),
            Column(translate("PackingSlip", "In this parcel"), 26.0, RIGHT),
        ])
        header = table.header()
        flow.add(header, keep=20.0)
        thanks = _paragraph(canvas, translate("PackingSlip", "Thank you for your order! If "
                                              "anything is missing or damaged, reply to the "
                                              "marketplace's order message and we will put it "
                                              "right."))
        sign_off = _sign_off(canvas, [translate("PackingSlip", "Packed by"),
                                      translate("PackingSlip", "Date")])
        trailer = 5.0 + thanks.height + 4.0 + sign_off.height
        for row, line in enumerate(slip.lines):
            last = row == len(slip.lines) - 1
            flow.add(table.row([
                Cell(), Cell(image=info.image(line.photo_hash)),
                Cell(line.title, detail=_options(line.options), code=line.sku, strong=True),
                Cell(fmt.number(line.ordered)),
                Cell(fmt.number(line.in_parcel), big=True),
            ], shaded=row % 2 == 1, header=header), keep=trailer if last else 0.0)
        flow.space(5.0)
        flow.add(thanks)
        flow.space(4.0)
        flow.add(sign_off)
    if not slips:
        numbers.append("—")
        flow.add(_paragraph(canvas, translate("PackingSlip", "Nothing to pack for these "
                                                             "orders.")))
    return flow.paint()


def _addresses(canvas: Canvas, slip: PackingSlip, info: DocumentInfo) -> Block:
    """"Ship to" on the left, in a size a courier reads at arm's length; the order's facts on
    the right."""
    fmt = info.formatter
    width = canvas.right - canvas.left
    left_w, right_w = width * 0.52, width * 0.44
    address = "\n".join(format_address(slip.address, locale=info.locale))
    facts = [
        (translate("PackingSlip", "Order"), slip.number),
        (translate("PackingSlip", "Order date"), fmt.date(slip.placed_at)),
    ]
    if slip.ship_by is not None:
        facts.append((translate("PackingSlip", "Ship by"), fmt.date(slip.ship_by)))
    facts.append((translate("PackingSlip", "Buyer"), slip.buyer_name))
    if slip.buyer_email:
        facts.append((translate("PackingSlip", "Email"), slip.buyer_email))
    if slip.reprint and slip.tracking_number:
        facts.append((translate("PackingSlip", "Shipped with"),
                      f"{info.carrier_name(slip.carrier)} · {slip.tracking_number}"))
    label_w = 28.0
    fact_heights = [max(canvas.text_height(v, Fonts.body, right_w - label_w), 4.2)
                    for _k, v in facts]
    address_h = canvas.text_height(address, Fonts.big, left_w)
    height = 6.0 + max(address_h, sum(fact_heights) + 1.5 * len(facts))

    def paint(c: Canvas, top: float) -> None:
        c.text(c.left, top, left_w, translate("PackingSlip", "Ship to").upper(), Fonts.heading,
               color=MUTED)
        c.text(c.left, top + 5.5, left_w, address, Fonts.big)
        x = c.right - right_w
        c.text(x, top, right_w, translate("PackingSlip", "Order details").upper(),
               Fonts.heading, color=MUTED)
        y = top + 5.5
        for (label, value), h in zip(facts, fact_heights, strict=True):
            c.text(x, y + 0.3, label_w, label, Fonts.small, color=MUTED)
            c.text(x + label_w, y, right_w - label_w, value, Fonts.body)
            y += h + 1.5

    return Block(height, paint)


# -- output -------------------------------------------------------------------------------------

Renderer = Callable[[QPagedPaintDevice, QPainter], int]


def paint_on(device: QPagedPaintDevice, render: Renderer) -> int:
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start printing on this device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        return render(device, painter)
    finally:
        painter.end()


def write_pdf(path: Path, render: Renderer, *, title: str, locale: str) -> int:
    """Write a print-ready PDF (300 dpi, A4 or Letter by locale); returns the page count.
    Raises OSError when the file cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageSize(page_size_for(locale))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("SellerDesk")
    pages = paint_on(writer, render)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages


def pick_list_renderer(data: PickList, info: DocumentInfo) -> Renderer:
    return lambda device, painter: render_pick_list(device, data, info, painter)


def packing_slips_renderer(slips: Sequence[PackingSlip], info: DocumentInfo) -> Renderer:
    return lambda device, painter: render_packing_slips(device, slips, info, painter)
