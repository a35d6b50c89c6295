"""`sellerdesk orders list|show|ship|unship|cancel|flag|note|carriers|picklist|slips`.

Everything the Orders page does, for scripts and for support. Shipping works offline exactly as
in the window: the shipment is committed with its outbox entry and reaches the marketplace at
the next `sellerdesk sync`. The PDFs are the window's own (same layout, same language); they
need Qt's paint engine but no display, so they are drawn on the offscreen platform.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sellerdesk.commands.words import CommandCounts, fill
from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.safe_files import check_new, write_new

if TYPE_CHECKING:
    from sellerdesk.cli import Context
    from sellerdesk.orders.carriers import CarrierList
    from sellerdesk.orders.details import OrderDetail

translate = QCoreApplication.translate
def _quantity(value: str) -> tuple[str, int]:
    sku, equals, amount = value.rpartition("=")
    try:
        quantity = int(amount)
    except ValueError:
        quantity = 0
    if not equals or not sku.strip() or quantity < 1:
        raise argparse.ArgumentTypeError(f"expected SKU=QUANTITY (at least 1), got {value!r}")
    return sku.strip(), quantity


def register(sub: Callable[..., argparse.ArgumentParser]) -> None:
    from sellerdesk.commands.products import add_action_parser

    orders = sub("orders", help="list, show, ship and print orders")
    actions = orders.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, func: Callable[[Context], int], **kwargs: Any) -> argparse.ArgumentParser:
        return add_action_parser(actions, name, func, **kwargs)

    listing = action("list", list_orders, help="list orders (newest first; to ship: by deadline)")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--to-ship", action="store_const", const="to_ship", dest="view",
                       help="only orders still to ship, most urgent first")
    which.add_argument("--view", choices=["to_ship", "shipped", "cancelled", "problems", "all"])
    listing.add_argument("--search", default="", help="order number, buyer or SKU")
    listing.add_argument("--limit", type=int, default=0, help="at most this many (0: all)")

    show = action("show", show_order, help="one order: lines, status, shipments, history")
    show.add_argument("number")

    ship = action("ship", ship_order, help="ship an order (works offline; syncs later)")
    ship.add_argument("number")
    ship.add_argument("--carrier", required=True, help="carrier code or name (see `carriers`)")
    ship.add_argument("--tracking", required=True, help="the tracking number on the label")
    ship.add_argument("--lines", nargs="+", type=_quantity, metavar="SKU=QTY",
                      help="ship only these (default: everything left)")
    ship.add_argument("--no-check", action="store_true",
                      help="accept a tracking number that does not match the carrier's format")

    unship = action("unship", unship_order,
                    help="withdraw a shipment that has not reached the marketplace yet")
    unship.add_argument("number")
    unship.add_argument("--tracking", help="which shipment (default: the latest)")

    cancel = action("cancel", cancel_order, help="cancel an order nothing of which has shipped")
    cancel.add_argument("number")
    cancel.add_argument("--reason", default="seller",
                        help="out_of_stock, buyer_request, address, other, ...")

    flag = action("flag", flag_order, help="flag (or clear) a problem with an order")
    flag.add_argument("number")
    what = flag.add_mutually_exclusive_group(required=True)
    what.add_argument("--problem", help="what is wrong (only your team sees it)")
    what.add_argument("--clear", action="store_true", help="the problem is resolved")

    note = action("note", note_order, help="replace an order's internal notes")
    note.add_argument("number")
    note.add_argument("text")

    carriers = action("carriers", list_carriers, help="the carriers you can ship with")
    carriers.add_argument("--refresh", action="store_true",
                          help="download the marketplace's list now")

    for name, func, text in (("picklist", pick_list, "the pick list as a PDF"),
                             ("slips", packing_slips, "packing slips as a PDF")):
        document = action(name, func, help=text)
        document.add_argument("--out", type=Path, metavar="FILE.pdf",
                              help="where to write it (default: in the current folder); an "
                                   "existing file is refused unless --force")
        document.add_argument("--force", action="store_true",
                              help="replace FILE.pdf if it exists")
        document.add_argument("--orders", nargs="+", default=[], metavar="NUMBER",
                              help="these orders (default: every paid order left to ship)")
        document.add_argument("--include", action="append", default=[],
                              choices=["unpaid", "flagged", "shipped"],
                              help="print chosen orders of this kind too, which are left out "
                                   "otherwise (repeatable; a shipped order prints its latest "
                                   "parcel again)")
        document.set_defaults(qt_app="gui")  # painting needs QGuiApplication (offscreen)


# -- reading ------------------------------------------------------------------------------------


def list_orders(ctx: Context) -> int:
    from sellerdesk.commands.order_text import list_line, no_orders
    from sellerdesk.i18n import Formatter
    from sellerdesk.orders.queries import OrderBrowser

    args = ctx.args
    browser = OrderBrowser(ctx.database())
    ids = browser.ids(args.view or "all", args.search)
    if args.limit:
        ids = ids[: args.limit]
    found = browser.rows(ids)
    rows = [found[i] for i in ids if i in found]
    fmt = Formatter(ctx.locale)
    now = datetime.now(UTC)
    lines = [list_line(row, fmt, now) for row in rows]
    ctx.emit([row.to_json() for row in rows], "\n".join(lines) or no_orders())
    return 0


def _describe(ctx: Context, order: OrderDetail, carriers: CarrierList) -> str:
    from sellerdesk.commands.order_text import describe
    from sellerdesk.i18n import Formatter

    return describe(order, carriers, Formatter(ctx.locale))


def _carriers(ctx: Context) -> CarrierList:
    from sellerdesk.orders.carriers import CarrierBook

    return CarrierBook(ctx.data.root).load()


def show_order(ctx: Context) -> int:
    from sellerdesk.i18n import ui_language
    from sellerdesk.orders.details import OrderDetails

    order = OrderDetails(ctx.database()).by_number(ctx.args.number, ui_language(ctx.locale))
    ctx.emit(order.to_json(), _describe(ctx, order, _carriers(ctx)))
    return 0


# -- changing -----------------------------------------------------------------------------------


def _carrier_code(ctx: Context, given: str) -> str:
    """The marketplace's code for `given` (a code or a name, any case)."""
    carriers = _carriers(ctx)
    wanted = given.strip().lower()
    for carrier in carriers.carriers:
        if wanted in (carrier.code.lower(), carrier.name.lower()):
            return carrier.code
    known = ", ".join(c.code for c in carriers.carriers)
    raise ValidationError(f"Unknown carrier {given!r}; use one of: {known} (`sellerdesk orders "
                          "carriers --refresh` downloads the marketplace's list).")


def ship_order(ctx: Context) -> int:
    from sellerdesk.orders.messages import OrderMessage
    from sellerdesk.orders.service import Orders, TrackingFormatError

    args = ctx.args
    carrier = _carrier_code(ctx, args.carrier)
    lines: dict[str, int] | None = None
    if args.lines:
        lines = {}
        for sku, quantity in args.lines:
            lines[sku] = lines.get(sku, 0) + quantity
    try:
        Orders(ctx.database()).ship(args.number, carrier, args.tracking, lines=lines,
                                    check_tracking=not args.no_check)
    except TrackingFormatError as error:
        raise ValidationError(OrderMessage("check_or_no_check", error.text(translate),
                                           field="tracking")) from error
    return _show_after(ctx, fill(translate(
        "OrderCommands", "Shipped %1 with %2; it reaches the marketplace at the next sync."),
        args.number, carrier))


def _show_after(ctx: Context, message: str) -> int:
    from sellerdesk.i18n import ui_language
    from sellerdesk.orders.details import OrderDetails

    order = OrderDetails(ctx.database()).by_number(ctx.args.number, ui_language(ctx.locale))
    ctx.emit(order.to_json(), message)
    return 0


def unship_order(ctx: Context) -> int:
    from sellerdesk.orders.details import OrderDetails
    from sellerdesk.orders.service import Orders

    args = ctx.args
    order = OrderDetails(ctx.database()).by_number(args.number)
    candidates = [s for s in order.shipments
                  if args.tracking is None or s.tracking_number == args.tracking.strip()]
    if not candidates:
        raise NotFoundError(f"Order {args.number} has no such shipment.")
    Orders(ctx.database()).cancel_shipment(candidates[-1].id)
    return _show_after(ctx, fill(translate(
        "OrderCommands", "Withdrew the shipment %1 of %2; the order is to ship again."),
        candidates[-1].tracking_number, args.number))


def cancel_order(ctx: Context) -> int:
    from sellerdesk.orders.service import Orders

    Orders(ctx.database()).cancel(ctx.args.number, ctx.args.reason)
    return _show_after(ctx, fill(translate(
        "OrderCommands", "Cancelled %1; the marketplace is told at the next sync."),
        ctx.args.number))


def flag_order(ctx: Context) -> int:
    from sellerdesk.orders.service import Orders

    args = ctx.args
    Orders(ctx.database()).flag_problem(args.number, None if args.clear else args.problem)
    return _show_after(ctx, fill(
        translate("OrderCommands", "Problem with %1 resolved.") if args.clear else
        translate("OrderCommands", "Flagged %1: it stays off the pick list until resolved."),
        args.number))


def note_order(ctx: Context) -> int:
    from sellerdesk.orders.details import OrderDetails
    from sellerdesk.orders.service import Orders

    order = OrderDetails(ctx.database()).by_number(ctx.args.number)
    Orders(ctx.database()).set_notes(order.id, ctx.args.text)
    return _show_after(ctx, fill(translate("OrderCommands", "Notes of %1 saved."),
                                 ctx.args.number))


def list_carriers(ctx: Context) -> int:
    from sellerdesk.orders.carriers import CarrierBook

    book = CarrierBook(ctx.data.root)
    if ctx.args.refresh:
        from sellerdesk.commands.sync import make_engine
        from sellerdesk.marketplaces.base import MarketplaceError

        engine = make_engine(ctx)
        try:
            carriers = book.refresh(engine.market)
        except MarketplaceError as error:
            raise ValidationError(f"Could not download the carrier list: {error.message} The "
                                  "list kept from before still works.") from error
        finally:
            engine.market.close()
    else:
        carriers = book.load()
    source = (fill(translate("OrderCommands", "the marketplace's list of %1 UTC"),
                   f"{carriers.fetched_at:%Y-%m-%d %H:%M}") if carriers.fetched_at else
              translate("OrderCommands",
                        "built-in list (not downloaded from the marketplace yet)"))
    lines = [f"{c.code:<20} {c.name}" for c in carriers.carriers] + [f"({source})"]
    ctx.emit(carriers.to_json(), "\n".join(lines))
    return 0


# -- documents ----------------------------------------------------------------------------------


def qt_for_documents(locale: str) -> Any:
    """A QGuiApplication on the offscreen platform (no display needed), speaking `locale`;
    the command line starts it before the command (these parsers set `qt_app="gui"`)."""
    from sellerdesk.i18n import ui_language
    from sellerdesk.ui.painting_messages import install as route_painting_messages
    from sellerdesk.ui.translators import start_qt_for_cli

    route_painting_messages()  # "QPainter::begin(): Returned false" to the log, not the shell
    return start_qt_for_cli(ui_language(locale), gui=True)


def _document(ctx: Context, kind: str) -> int:
    from sellerdesk.i18n import Formatter, ui_language
    from sellerdesk.orders.details import OrderDetails
    from sellerdesk.orders.picking import OrderDocuments

    args = ctx.args
    database = ctx.database()
    ids = [OrderDetails(database).by_number(n).id for n in args.orders]
    documents = OrderDocuments(database)
    language = ui_language(ctx.locale)
    qt_for_documents(ctx.locale)
    from sellerdesk.ui.orders import documents as layout
    from sellerdesk.ui.orders.photo_cell import PhotoFiles

    which = layout.Kind(kind)
    # Buyers' addresses go into these files: never over an existing file or through a link.
    out = args.out or Path(layout.file_name(which, datetime.now()))
    check_new(out, force=args.force)  # before drawing: a refusal should come at once
    info = layout.DocumentInfo(shop_name=documents.shop_name("SellerDesk"),
                               formatter=Formatter(ctx.locale),
                               photo=PhotoFiles(ctx.data.photos).image,
                               carrier_name=_carriers(ctx).name_of)
    include = tuple(args.include)  # the same orders on both documents (orders.printing_selection)
    if which == layout.Kind.PICK_LIST:
        data = documents.pick_list(ids, language, include)
        render, count, summary = layout.pick_list_renderer(data, info), len(data.items), \
            data.to_json()
    else:
        slips = documents.packing_slips(ids, language, include)
        render, count = layout.packing_slips_renderer(slips, info), len(slips)
        summary = {"orders": [slip.number for slip in slips]}
    if not count:  # why, order by order: "order BR-7 is flagged: An item is damaged"
        raise documents.selection(ids, language, include).nothing_to_print()
    written: list[int] = []
    write_new(out, lambda temporary: written.append(layout.write_pdf(
        temporary, render, title=layout.title_of(which), locale=ctx.locale)), force=args.force)
    pages = written[0]
    ctx.emit({"file": str(out), "pages": pages, **summary},
             fill(translate("OrderCommands", "Wrote %1 (%2)."), out, CommandCounts().pages(pages)))
    return 0


def pick_list(ctx: Context) -> int:
    return _document(ctx, "pick_list")


def packing_slips(ctx: Context) -> int:
    return _document(ctx, "packing_slips")
