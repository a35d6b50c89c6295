"""An order's history entries in words: who did what, here or on the marketplace."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sellerdesk.orders.details import HistoryView
from sellerdesk.ui import labels

translate = QCoreApplication.translate


def _shipment(summary: str, carrier_name: Callable[[str], str]) -> str:
    """History summaries of shipments read "NUMBER: carrier tracking"."""
    text = summary.split(": ", 1)[-1]
    carrier, _space, tracking = text.partition(" ")
    return f"{carrier_name(carrier)} {tracking}".strip()


def history_text(entry: HistoryView, carrier_name: Callable[[str], str] = str) -> str:
    before, after = entry.before or {}, entry.after or {}
    if entry.entity == "fulfilment":
        shipment = _shipment(entry.summary, carrier_name)
        if entry.action == "create":
            return translate("OrderHistory", "Shipped here: %1").replace("%1", shipment)
        if entry.action == "update":
            return translate("OrderHistory", "Shipment corrected: %1").replace("%1", shipment)
    if entry.action == "create":
        return translate("OrderHistory", "Arrived from the marketplace")
    if entry.action == "update" and "status" in after:
        return translate("OrderHistory", "The marketplace set it to “%1”").replace(
            "%1", labels.order_status(str(after["status"])))
    if entry.action == "unship":
        shipment = f"{carrier_name(str(before.get('carrier', '')))} " \
                   f"{before.get('tracking_number', '')}".strip()
        return translate("OrderHistory", "Shipment withdrawn before it synced: %1").replace(
            "%1", shipment)
    if entry.action == "cancel":
        return translate("OrderHistory", "Cancelled here")
    if entry.action == "flag":
        return translate("OrderHistory", "Problem flagged: %1").replace(
            "%1", str(after.get("problem") or ""))
    if entry.action == "unflag":
        return translate("OrderHistory", "Problem resolved")
    return entry.action
