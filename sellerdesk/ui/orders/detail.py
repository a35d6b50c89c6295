"""The pane beside the order list: everything about the selected order on one scrollable page.

Buyer and the address as the label will read, the lines with their photos and what is left to
ship, the shipments with whether each has reached the marketplace (and, until then, buttons to
correct or withdraw it), internal notes saved as they are typed, and the order's history. It
shows and asks; the page does the work (in the background) and calls `show_order` again.

Almost everything here was written by someone else: the buyer, the marketplace, its error
messages. It is shown as plain text (issue #23: a buyer named `<img src=...>` made the pane read
a local file); the one rich label, the history table, escapes every text it holds.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.i18n import Formatter
from sellerdesk.orders.addresses import country_name, format_address
from sellerdesk.orders.details import OrderDetail, ShipmentState
from sellerdesk.orders.messages import problem_text
from sellerdesk.ui import labels
from sellerdesk.ui.orders.history import history_text
from sellerdesk.ui.orders.photo_cell import placeholder_pixmap
from sellerdesk.ui.plain_text import plain
from sellerdesk.ui.widgets import ListOrEmpty, heading

translate = QCoreApplication.translate
PHOTO_PX = 52
NOTES_DELAY_MS = 700


def _clear(layout: QLayout) -> None:
    """Empty a layout; what is taken out is deleted by Qt, on the GUI thread (left to Python's
    garbage collector it could be destroyed from any thread)."""
    while layout.count():
        item = layout.takeAt(0)
        if (widget := item.widget()) is not None:
            widget.deleteLater()
        elif (child := item.layout()) is not None:
            _clear(child)
            child.deleteLater()


def _label(text: str = "", *, muted: bool = False, selectable: bool = True,
           wrap: bool = True, rich: bool = False) -> QLabel:
    """A label of the pane; plain text unless `rich` (then every outside part of its text must
    be escaped by the caller)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if muted:
        label.setForegroundRole(label.foregroundRole())
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _section(text: str) -> QLabel:
    label = heading(text, 1.0)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def _banner(kind: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(f"{kind}Banner")
    colours = {"problem": ("#fdecea", "#c62828"), "sync": ("#eef3fb", "#1a4f9c")}
    background, border = colours[kind]
    frame.setStyleSheet(f"QFrame#{kind}Banner {{ background: {background}; "
                        f"border-left: 3px solid {border}; border-radius: 3px; }} "
                        f"QFrame#{kind}Banner QLabel {{ color: #202124; }}")
    return frame


class OrderDetailPane(ListOrEmpty):
    ship_requested = Signal()
    cancel_requested = Signal()
    problem_requested = Signal()
    problem_cleared = Signal()
    edit_shipment = Signal(str)
    withdraw_shipment = Signal(str)
    notes_edited = Signal(str, str)  # order id, text

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        self._fmt = formatter
        self.carrier_name: Callable[[str], str] = str
        self.order: OrderDetail | None = None
        self.scroll = QScrollArea()
        super().__init__(self.scroll, parent)
        self.setMinimumWidth(320)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Everything wraps to the pane's width; a sideways scroll would hide the amounts.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 12)

        self.title = heading(parent=body)
        plain(self.title)  # the order number is the marketplace's
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = _label()
        self.ship_button = QPushButton(translate("OrderDetail", "Ship…"))
        self.ship_button.setDefault(True)
        self.problem_button = QPushButton(translate("OrderDetail", "Flag a problem…"))
        self.ship_button.clicked.connect(self.ship_requested)
        self.problem_button.clicked.connect(self.problem_requested)
        # Cancelling is rare and cannot be undone: one step away, under "More".
        self.more_button = QToolButton()
        self.more_button.setText(translate("OrderDetail", "More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.cancel_action = more.addAction(translate("OrderDetail", "Cancel order…"))
        self.cancel_action.triggered.connect(self.cancel_requested)
        self.more_button.setMenu(more)
        buttons = QHBoxLayout()
        for button in (self.ship_button, self.problem_button, self.more_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.problem_banner = _banner("problem")
        problem_row = QHBoxLayout(self.problem_banner)
        self.problem_text = _label()
        resolved = QPushButton(translate("OrderDetail", "Resolved"))
        resolved.setToolTip(translate("OrderDetail", "Clear the problem flag"))
        resolved.clicked.connect(self.problem_cleared)
        problem_row.addWidget(self.problem_text, 1)
        problem_row.addWidget(resolved)
        self.sync_banner = _banner("sync")
        sync_row = QHBoxLayout(self.sync_banner)
        self.sync_text = _label()
        sync_row.addWidget(self.sync_text, 1)

        people = QGridLayout()
        people.setColumnStretch(0, 1)
        people.setColumnStretch(1, 1)
        people.addWidget(_section(translate("OrderDetail", "Buyer")), 0, 0)
        people.addWidget(_section(translate("OrderDetail", "Ship to")), 0, 1)
        self.buyer = _label()
        self.address = _label()
        self.address.setAccessibleName(translate("OrderDetail", "Shipping address"))
        people.addWidget(self.buyer, 1, 0, Qt.AlignmentFlag.AlignTop)
        people.addWidget(self.address, 1, 1, Qt.AlignmentFlag.AlignTop)

        self.lines = QVBoxLayout()
        self.lines.setSpacing(6)
        self.totals = _label()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.shipments = QVBoxLayout()
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(translate("OrderDetail", "Internal notes"))
        self.notes.setPlaceholderText(translate("OrderDetail", "Notes for the team: the buyer "
                                                               "never sees them"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)
        self.notes_state = _label(muted=True, selectable=False)
        self._notes_dirty = False
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._notes_timer.timeout.connect(self.flush_notes)
        self.notes.textChanged.connect(self._notes_changed)
        self.history = _label(rich=True)

        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.sync_banner)
        layout.addLayout(people)
        layout.addWidget(_section(translate("OrderDetail", "Items")))
        layout.addLayout(self.lines)
        layout.addWidget(self.totals)
        self.shipments_title = _section(translate("OrderDetail", "Shipments"))
        layout.addWidget(self.shipments_title)
        layout.addLayout(self.shipments)
        layout.addWidget(_section(translate("OrderDetail", "Internal notes")))
        layout.addWidget(self.notes)
        layout.addWidget(self.notes_state)
        layout.addWidget(_section(translate("OrderDetail", "History")))
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.show_nothing()

    # -- showing ----------------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.flush_notes()
        self.order = None
        self.show_empty(
            translate("OrderDetail", "No order selected"),
            translate("OrderDetail", "Select an order to see the buyer, the address, the items "
                                     "and the history."),
        )

    def show_order(self, order: OrderDetail, images: dict[str, QImage] | None = None) -> None:
        if self.order is not None and self.order.id != order.id:
            self.flush_notes()
        same = self.order is not None and self.order.id == order.id
        self.order = order
        fmt = self._fmt
        self.title.setText(translate("OrderDetail", "Order %1").replace("%1", order.number))
        self.status.setText(self._status_line(order))
        self.ship_button.setEnabled(order.can_ship)
        self.ship_button.setToolTip("" if order.can_ship else self._why_not_ship(order))
        self.cancel_action.setEnabled(order.can_cancel)
        self.problem_banner.setVisible(bool(order.problem))
        self.problem_text.setText(translate("OrderDetail", "Problem: %1").replace(
            "%1", problem_text(order.problem, translate)))
        self.problem_button.setText(translate("OrderDetail", "Change the problem…")
                                    if order.problem else
                                    translate("OrderDetail", "Flag a problem…"))
        self._show_sync_banner(order)
        buyer = [order.buyer_name]
        if order.buyer_email:
            buyer.append(order.buyer_email)
        if order.buyer_country:
            buyer.append(country_name(order.buyer_country, fmt.locale))
        self.buyer.setText("\n".join(buyer))
        self.address.setText("\n".join(format_address(order.shipping_address,
                                                      locale=fmt.locale)))
        self._show_lines(order, images or {})
        self.totals.setText("\n".join(
            f"{label}: {fmt.money(amount, order.currency)}" for label, amount in (
                (translate("OrderDetail", "Subtotal"), order.subtotal_minor),
                (translate("OrderDetail", "Shipping"), order.shipping_minor),
                (translate("OrderDetail", "Total"), order.total_minor))))
        self._show_shipments(order)
        if not same or not self.notes.hasFocus():
            self.notes.blockSignals(True)
            self.notes.setPlainText(order.notes)
            self.notes.blockSignals(False)
            self.notes_state.setText("")
        self.history.setText(self._history_html(order))
        self.show_content()

    def _status_line(self, order: OrderDetail) -> str:
        fmt = self._fmt
        parts = [labels.order_status(order.status)]
        if order.ship_by is not None and order.status in ("placed", "awaiting_shipment",
                                                          "partially_shipped"):
            parts.append(translate("OrderDetail", "ship by %1").replace(
                "%1", fmt.datetime(order.ship_by)))
        parts.append(translate("OrderDetail", "placed %1").replace(
            "%1", fmt.datetime(order.placed_at)))
        return " · ".join(parts)

    def _why_not_ship(self, order: OrderDetail) -> str:
        if order.status == "placed":
            return translate("OrderDetail", "Not paid yet: ship it once the marketplace reports "
                                            "the payment.")
        return translate("OrderDetail", "Nothing is left to ship in this order.")

    def _show_sync_banner(self, order: OrderDetail) -> None:
        text = ""
        refused = [s for s in order.shipments if s.state == ShipmentState.REFUSED]
        if refused:
            text = translate("OrderDetail", "The marketplace refused a shipment: %1 Correct "
                                            "it or withdraw it below.").replace(
                "%1", refused[0].message or "")
        elif order.cancel_refused is not None:
            text = translate("OrderDetail", "The marketplace refused the cancellation: %1"
                             ).replace("%1", order.cancel_refused)
        elif order.cancel_pending:
            text = translate("OrderDetail", "Cancelled — waiting to sync: the marketplace will "
                                            "refund the buyer once the sync has told it.")
        elif any(s.state != ShipmentState.SYNCED for s in order.shipments):
            text = translate("OrderDetail", "Shipped — waiting to sync: the buyer gets the "
                                            "tracking number as soon as the sync reaches the "
                                            "marketplace.")
        self.sync_text.setText(text)
        self.sync_banner.setVisible(bool(text))

    def _show_lines(self, order: OrderDetail, images: dict[str, QImage]) -> None:
        _clear(self.lines)
        fmt = self._fmt
        for line in order.lines:
            row = QHBoxLayout()
            photo = QLabel()
            photo.setFixedSize(QSize(PHOTO_PX, PHOTO_PX))
            image = images.get(line.photo_hash or "")
            if image is not None and not image.isNull():
                photo.setPixmap(QPixmap.fromImage(image).scaled(
                    PHOTO_PX, PHOTO_PX, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
            else:
                photo.setPixmap(placeholder_pixmap(PHOTO_PX, self.devicePixelRatioF()))
            photo.setAccessibleName(translate("OrderDetail", "Photo of %1").replace(
                "%1", line.title))
            text = QVBoxLayout()
            text.setSpacing(1)
            title = _label(line.title)
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            text.addWidget(title)
            facts = [" · ".join(f"{k}: {v}" for k, v in line.options.items()), line.sku]
            if line.shipped:
                facts.append(translate("OrderDetail", "%1 of %2 shipped").replace(
                    "%1", fmt.number(line.shipped)).replace("%2", fmt.number(line.quantity)))
            text.addWidget(_label("\n".join(f for f in facts if f), muted=True))
            amount = _label(f"{fmt.number(line.quantity)} × "
                            f"{fmt.money(line.unit_price_minor, order.currency)}", wrap=False)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            amount.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
            row.addWidget(photo, 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(text, 1)
            row.addWidget(amount, 0, Qt.AlignmentFlag.AlignTop)
            self.lines.addLayout(row)

    def _show_shipments(self, order: OrderDetail) -> None:
        _clear(self.shipments)
        self.shipments_title.setVisible(bool(order.shipments))
        for shipment in order.shipments:
            block = QVBoxLayout()
            row = QHBoxLayout()
            state = labels.shipment_state(shipment.state)
            items = ", ".join(f"{sku} × {self._fmt.number(q)}" for sku, q in shipment.lines)
            text = (f"{self.carrier_name(shipment.carrier)} · {shipment.tracking_number} — "
                    f"{state}\n{self._fmt.datetime(shipment.shipped_at)} · {items}")
            block.addWidget(_label(text))
            row.addStretch(1)
            if shipment.correctable:
                edit = QPushButton(translate("OrderDetail", "Correct…"))
                edit.clicked.connect(lambda _c=False, s=shipment.id: self.edit_shipment.emit(s))
                withdraw = QPushButton(translate("OrderDetail", "Withdraw"))
                withdraw.setToolTip(translate("OrderDetail", "Take this shipment back before it "
                                                             "reaches the marketplace"))
                withdraw.clicked.connect(
                    lambda _c=False, s=shipment.id: self.withdraw_shipment.emit(s))
                row.addWidget(edit)
                row.addWidget(withdraw)
                block.addLayout(row)
            self.shipments.addLayout(block)

    def _history_html(self, order: OrderDetail) -> str:
        fmt = self._fmt
        rows = [(order.placed_at, translate("OrderDetail", "Placed by the buyer"))]
        rows += [(entry.at, history_text(entry, self.carrier_name)) for entry in order.history]
        rows.sort(key=lambda pair: pair[0])
        items = "".join(
            f"<tr><td style='padding-right:10px; white-space:nowrap; color:palette(mid)'>"
            f"{html.escape(fmt.datetime(at))}</td><td>{html.escape(text)}</td></tr>"
            for at, text in reversed(rows))
        return f"<table cellspacing='2'>{items}</table>"

    # -- notes ------------------------------------------------------------------------------

    def _notes_changed(self) -> None:
        self._notes_dirty = True
        self.notes_state.setText(translate("OrderDetail", "Saving…"))
        self._notes_timer.start()

    def flush_notes(self) -> None:
        """Hand typed notes over now (before another order replaces them, or on leaving)."""
        self._notes_timer.stop()
        if self._notes_dirty and self.order is not None:
            self._notes_dirty = False
            self.notes_edited.emit(self.order.id, self.notes.toPlainText())

    def notes_saved(self, order_id: str, text: str) -> None:
        if self.order is not None and self.order.id == order_id:
            self.order = replace(self.order, notes=text)
            if not self._notes_dirty:
                self.notes_state.setText(translate("OrderDetail", "Saved on this computer"))
