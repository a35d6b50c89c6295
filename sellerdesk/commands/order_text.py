"""What `sellerdesk orders list|show` print, in the `--lang` language.

Statuses and labels go through QCoreApplication.translate with the window's own words
(`ui/labels.py`, the Orders page's shipment states), so the terminal and the window agree; the
`--json` output keeps the stored codes for scripts.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sellerdesk.commands.words import fill
from sellerdesk.orders.messages import problem_text
from sellerdesk.ui.labels import order_status, shipment_state

if TYPE_CHECKING:
    from sellerdesk.i18n import Formatter
    from sellerdesk.orders.carriers import CarrierList
    from sellerdesk.orders.details import OrderDetail

translate = QCoreApplication.translate
ACTIVE = ("placed", "awaiting_shipment", "partially_shipped")


def list_line(row: Any, fmt: Formatter, now: datetime) -> str:
    """One order in `orders list`: number, status, buyer, country, items, total, deadline."""
    deadline = ""
    if row.ship_by is not None and row.status in ACTIVE:
        deadline = fill(translate("OrderCommands", "ship by %1"), fmt.datetime(row.ship_by))
        if row.overdue(now):
            deadline += " " + translate("OrderCommands", "(overdue)")
    flags = " ".join(f"[{word}]" for word, on in (
        (translate("OrderCommands", "waiting to sync"), row.waiting_sync),
        (translate("OrderCommands", "refused"), row.refused),
        (translate("OrderCommands", "problem"), bool(row.problem)),
        (translate("OrderCommands", "new"), row.is_new)) if on)
    return (f"{row.number:<14} {order_status(row.status):<18} {row.buyer_name[:24]:<24} "
            f"{row.buyer_country:<2} {row.item_count:>3} "
            f"{fmt.money(row.total_minor, row.currency):>13}  {deadline} {flags}").rstrip()


def no_orders() -> str:
    return translate("OrderCommands", "No orders.")


def describe(order: OrderDetail, carriers: CarrierList, fmt: Formatter) -> str:
    """`orders show`: the order as the detail pane shows it, as plain lines."""
    from sellerdesk.orders.addresses import format_address

    status = order_status(order.status)
    if order.waiting_sync:
        status += f" ({translate('OrderCommands', 'waiting to sync')})"
    placed = fill(translate("OrderCommands", "placed %1"), fmt.datetime(order.placed_at))
    if order.ship_by:
        placed += " · " + fill(translate("OrderCommands", "ship by %1"),
                               fmt.datetime(order.ship_by))
    buyer = order.buyer_name + (f" <{order.buyer_email}>" if order.buyer_email else "")
    out = [fill(translate("OrderCommands", "Order %1: %2"), order.number, status),
           f"  {placed}", "  " + fill(translate("OrderCommands", "buyer: %1"), buyer)]
    if order.problem:
        out.append("  " + fill(translate("OrderCommands", "problem: %1"),
                               problem_text(order.problem, translate)))
    out.append("  " + translate("OrderCommands", "ship to:"))
    out += [f"    {line}" for line in format_address(order.shipping_address, locale=fmt.locale)]
    out.append("  " + translate("OrderCommands", "lines:"))
    for line in order.lines:
        options = ", ".join(f"{k}: {v}" for k, v in line.options.items())
        shipped = fill(translate("OrderCommands", "shipped %1/%2"), line.shipped, line.quantity)
        out.append(f"    {line.sku:<26} {line.quantity:>3} × "
                   f"{fmt.money(line.unit_price_minor, order.currency):>12}  {shipped}  "
                   f"{line.title}" + (f" ({options})" if options else ""))
    out.append("  " + fill(translate("OrderCommands", "total: %1"),
                           fmt.money(order.total_minor, order.currency)))
    if order.shipments:
        out.append("  " + translate("OrderCommands", "shipments:"))
        for shipment in order.shipments:
            items = ", ".join(f"{sku}×{quantity}" for sku, quantity in shipment.lines)
            out.append(f"    {carriers.name_of(shipment.carrier)} {shipment.tracking_number}"
                       f"  {shipment_state(shipment.state)}  [{items}]"
                       + (f"  {shipment.message}" if shipment.message else ""))
    if order.notes:
        out.append("  " + translate("OrderCommands", "notes:"))
        out += [f"    {line}" for line in order.notes.splitlines()]
    return "\n".join(out)
