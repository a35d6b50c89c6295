"""Ship an order (or correct a shipment that has not synced): carrier, tracking number, and
which lines go in this parcel.

The carrier comes from the marketplace's own list (cached for offline use), so the code the
marketplace receives is one it knows. The tracking number is checked against the carrier's
format as it is typed; a number that does not match needs an explicit "use it anyway", because
the pattern can be wrong but a typo is far more likely. So does a number that can be no
carrier's ("!!") when the carrier's format is not known: an error, not a soft hint (#16).

The buyer's name and address, the order number and the carrier names come from the marketplace:
every label showing them is plain text (issue #23).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.i18n import Formatter
from sellerdesk.orders import tracking
from sellerdesk.orders.addresses import one_line
from sellerdesk.orders.carriers import CarrierList
from sellerdesk.orders.details import OrderDetail, ShipmentView
from sellerdesk.ui.plain_text import plain
from sellerdesk.ui.widgets import heading

translate = QCoreApplication.translate
OK_COLOUR = "#2e7d32"
WARN_COLOUR = "#c62828"


@dataclass(frozen=True)
class ShipRequest:
    carrier: str
    tracking_number: str
    lines: dict[str, int] | None  # SKU → quantity; None: everything left
    format_confirmed: bool  # staff confirmed a number that does not match the carrier's format


class ShipDialog(QDialog):
    def __init__(self, order: OrderDetail, carriers: CarrierList, formatter: Formatter,
                 parent: QWidget | None = None, *, shipment: ShipmentView | None = None,
                 last_carrier: str | None = None) -> None:
        super().__init__(parent)
        self.order = order
        self.shipment = shipment
        self._fmt = formatter
        self.setObjectName("shipDialog")
        self.setWindowTitle(
            translate("ShipDialog", "Correct the shipment of %1") if shipment else
            translate("ShipDialog", "Ship order %1"))
        self.setWindowTitle(self.windowTitle().replace("%1", order.number))
        self.setMinimumWidth(560)

        title = heading(self.windowTitle(), 1.15)
        to = QLabel(translate("ShipDialog", "To %1 · %2").replace("%1", order.buyer_name)
                    .replace("%2", one_line(order.shipping_address, locale=formatter.locale)))
        to.setWordWrap(True)
        plain(title, to)

        self.carrier = QComboBox()
        self.carrier.setAccessibleName(translate("ShipDialog", "Carrier"))
        for carrier in carriers.carriers:
            self.carrier.addItem(carrier.name, carrier.code)
        wanted = shipment.carrier if shipment else last_carrier
        if wanted:
            if self.carrier.findData(wanted) < 0:
                self.carrier.addItem(carriers.name_of(wanted), wanted)
            self.carrier.setCurrentIndex(self.carrier.findData(wanted))
        else:
            self.carrier.setCurrentIndex(-1)
            self.carrier.setPlaceholderText(translate("ShipDialog", "Choose the carrier"))
        source = QLabel(
            translate("ShipDialog", "The marketplace's carriers, as of %1.").replace(
                "%1", formatter.date(carriers.fetched_at)) if carriers.fetched_at else
            translate("ShipDialog", "Common carriers: the marketplace's own list is downloaded "
                                    "at the next sync."))
        source.setStyleSheet("color: palette(placeholder-text);")
        source.setWordWrap(True)
        plain(source)

        self.tracking = QLineEdit()
        self.tracking.setAccessibleName(translate("ShipDialog", "Tracking number"))
        self.tracking.setPlaceholderText(translate("ShipDialog", "As printed on the label"))
        if shipment:
            self.tracking.setText(shipment.tracking_number)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        plain(self.hint)  # names the carrier, and shows the carrier's example number
        self.anyway = QCheckBox(translate("ShipDialog", "The number is right: use it anyway"))
        self.anyway.setVisible(False)

        form = QFormLayout()
        form.addRow(translate("ShipDialog", "Carrier:"), self.carrier)
        form.addRow("", source)
        form.addRow(translate("ShipDialog", "Tracking number:"), self.tracking)
        form.addRow("", self.hint)
        form.addRow("", self.anyway)

        self.lines = QTableWidget(0, 3)
        self.lines.setAccessibleName(translate("ShipDialog", "Items in this parcel"))
        self.lines.setHorizontalHeaderLabels([
            translate("ShipDialog", "Item"), translate("ShipDialog", "Left to ship"),
            translate("ShipDialog", "In this parcel")])
        self.lines.verticalHeader().hide()
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: list[tuple[str, int, QSpinBox]] = []  # (sku, left now, spin box)
        self._fill_lines()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("ShipDialog", "Save the correction") if shipment else
                        translate("ShipDialog", "Ship"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(to)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ShipDialog", "What goes in this parcel:")))
        layout.addWidget(self.lines)
        layout.addWidget(self.buttons)

        self.carrier.currentIndexChanged.connect(self._update)
        self.tracking.textChanged.connect(self._update)
        self.anyway.toggled.connect(self._update)
        self._update()
        self.tracking.setFocus()

    def _fill_lines(self) -> None:
        in_shipment: dict[str, int] = {}
        if self.shipment:
            for sku, quantity in self.shipment.lines:
                in_shipment[sku] = in_shipment.get(sku, 0) + quantity
        rows = [line for line in self.order.lines
                if line.left > 0 or in_shipment.get(line.sku)]
        self.lines.setRowCount(len(rows))
        for row, line in enumerate(rows):
            mine = in_shipment.pop(line.sku, 0)
            available = line.left + mine
            options = " · ".join(line.options.values())
            item = QTableWidgetItem(f"{line.title}\n{options + ' · ' if options else ''}"
                                    f"{line.sku}")
            self.lines.setItem(row, 0, item)
            left = QTableWidgetItem(self._fmt.number(available))
            left.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, 1, left)
            spin = QSpinBox()
            spin.setRange(0, available)
            spin.setValue(mine if self.shipment else available)
            spin.setAccessibleName(translate("ShipDialog", "Quantity of %1 in this parcel")
                                   .replace("%1", line.sku))
            spin.valueChanged.connect(self._update)
            self.lines.setCellWidget(row, 2, spin)
            self.spins.append((line.sku, available, spin))
        self.lines.resizeRowsToContents()
        shown = sum(self.lines.rowHeight(r) for r in range(min(len(rows), 6)))
        fitted = (self.lines.horizontalHeader().sizeHint().height() + shown
                  + 2 * self.lines.frameWidth())
        self.lines.setMinimumHeight(fitted)
        if len(rows) <= 6:  # all lines in view: no empty table below them
            self.lines.setMaximumHeight(fitted)

    # -- state ------------------------------------------------------------------------------

    def carrier_code(self) -> str:
        return str(self.carrier.currentData() or "")

    def check(self) -> tracking.TrackingCheck:
        return tracking.check(self.carrier_code(), self.tracking.text())

    def _update(self) -> None:
        result = self.check()
        name = self.carrier.currentText()
        if result.verdict == tracking.Verdict.OK:
            self.hint.setText(translate("ShipDialog", "✓ A valid %1 tracking number.")
                              .replace("%1", name))
            self.hint.setStyleSheet(f"color: {OK_COLOUR};")
        elif result.verdict == tracking.Verdict.MISMATCH:
            self.hint.setText(translate("ShipDialog", "This does not look like a %1 tracking "
                                                      "number (for example %2). Check it "
                                                      "against the label.")
                              .replace("%1", name).replace("%2", result.example))
            self.hint.setStyleSheet(f"color: {WARN_COLOUR};")
        elif result.verdict == tracking.Verdict.IMPLAUSIBLE and self.carrier_code():
            self.hint.setText(translate("ShipDialog", "“%1” is not a tracking number: they are "
                                                      "letters and digits, at least %2 of "
                                                      "them. Check it against the label.")
                              .replace("%2", self._fmt.number(tracking.MIN_CHARACTERS))
                              .replace("%1", result.number))
            self.hint.setStyleSheet(f"color: {WARN_COLOUR};")
        elif result.verdict == tracking.Verdict.NOT_CHECKED and self.carrier_code():
            self.hint.setText(translate("ShipDialog", "The format of %1 numbers is not known "
                                                      "here: check it against the label.")
                              .replace("%1", name))
            self.hint.setStyleSheet("color: palette(placeholder-text);")
        else:
            self.hint.setText("")
        mismatch = result.needs_confirmation and bool(self.carrier_code())
        self.anyway.setVisible(mismatch)
        self.ok.setEnabled(
            bool(self.carrier_code()) and result.verdict != tracking.Verdict.EMPTY
            and (not mismatch or self.anyway.isChecked())
            and any(spin.value() for _sku, _left, spin in self.spins))

    def request(self) -> ShipRequest:
        chosen: dict[str, int] = {}
        everything = True
        for sku, available, spin in self.spins:
            if spin.value():
                chosen[sku] = chosen.get(sku, 0) + spin.value()
            everything &= spin.value() == available
        result = self.check()
        return ShipRequest(
            carrier=self.carrier_code(), tracking_number=result.number,
            lines=None if everything and self.shipment is None else chosen,
            format_confirmed=result.needs_confirmation)
