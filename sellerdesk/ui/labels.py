"""The words the window uses for stored codes (statuses, sync states), translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def product_status(code: str) -> str:
    return {
        "draft": translate("Labels", "Draft"),
        "auditing": translate("Labels", "Under review"),
        "active": translate("Labels", "Active"),
        "inactive": translate("Labels", "Inactive"),
    }.get(code, code)


def sync_state(code: str) -> str:
    return {
        "synced": translate("Labels", "Synced"),
        "pending": translate("Labels", "Waiting to sync"),
        "conflict": translate("Labels", "Conflict"),
        "rejected": translate("Labels", "Rejected by the marketplace"),
    }.get(code, code)


def order_status(code: str) -> str:
    return {
        "placed": translate("Labels", "Placed"),
        "awaiting_shipment": translate("Labels", "To ship"),
        "partially_shipped": translate("Labels", "Partly shipped"),
        "shipped": translate("Labels", "Shipped"),
        "completed": translate("Labels", "Completed"),
        "cancelled": translate("Labels", "Cancelled"),
    }.get(code, code)


def shipment_state(code: str) -> str:
    """A shipment's state (`orders.details.ShipmentState`), as the order detail words it."""
    return {
        "synced": translate("OrderDetail", "on the marketplace"),
        "waiting": translate("OrderDetail", "waiting to sync"),
        "sending": translate("OrderDetail", "being sent to the marketplace"),
        "refused": translate("OrderDetail", "refused by the marketplace"),
    }.get(code, code)


def language_name(code: str) -> str:
    return {
        "it": translate("Labels", "Italian"),
        "en": translate("Labels", "English"),
        "fr": translate("Labels", "French"),
        "de": translate("Labels", "German"),
        "es": translate("Labels", "Spanish"),
    }.get(code, code)
