"""The Details tab: how the product is filed (category, brand, tags, main language) and shipped
(weight and size)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue.lookups import Lookups
from sellerdesk.i18n import LISTING_LANGUAGES
from sellerdesk.ui.catalogue.editor.texts import language_label

translate = QCoreApplication.translate
DIMENSIONS = ("length_mm", "width_mm", "height_mm")


def _measure(suffix: str, maximum: int, parent: QWidget) -> QSpinBox:
    """A size or weight; 0 shows as "—" and means "not given"."""
    spin = QSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setSuffix(suffix)
    spin.setSpecialValueText("—")
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMinimumWidth(110)
    return spin


def _editable_combo(values: list[str], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(values)
    combo.setCurrentIndex(-1)
    completer = combo.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return combo


class DetailsTab(QWidget):
    changed = Signal()
    main_language_changed = Signal(str)

    def __init__(self, lookups: Lookups, ui_locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        filing = QGroupBox(translate("DetailsTab", "Listing"), self)
        self.category = _editable_combo(lookups.categories, filing)
        self.category.setAccessibleName(translate("DetailsTab", "Category"))
        self.brand = _editable_combo(lookups.brands, filing)
        self.brand.setAccessibleName(translate("DetailsTab", "Brand"))
        self.tags = QLineEdit(filing)
        self.tags.setAccessibleName(translate("DetailsTab", "Tags"))
        self.tags.setPlaceholderText(translate("DetailsTab", "Words buyers search for, "
                                                             "separated by commas"))
        tag_completer = QCompleter(lookups.tags, self.tags)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(tag_completer)
        self.main_language = QComboBox(filing)
        self.main_language.setAccessibleName(translate("DetailsTab", "Main language"))
        for code in LISTING_LANGUAGES:
            self.main_language.addItem(language_label(code, ui_locale), code)
        self.main_language.currentIndexChanged.connect(
            lambda _i: self.main_language_changed.emit(self.main_language.currentData()))
        form = QFormLayout(filing)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("DetailsTab", "Category:"), self.category)
        form.addRow(translate("DetailsTab", "Brand:"), self.brand)
        form.addRow(translate("DetailsTab", "Tags:"), self.tags)
        form.addRow(translate("DetailsTab", "Main language:"), self.main_language)
        note = QLabel(translate("DetailsTab", "The main language's title is required; the "
                                              "marketplace shows it where a translation is "
                                              "missing."), filing)
        note.setWordWrap(True)
        note.setForegroundRole(note.foregroundRole())
        form.addRow("", note)

        shipping = QGroupBox(translate("DetailsTab", "Shipping"), self)
        self.weight = _measure(" g", 1_000_000, shipping)
        self.weight.setAccessibleName(translate("DetailsTab", "Weight in grams"))
        self.dimensions = {name: _measure(" mm", 100_000, shipping) for name in DIMENSIONS}
        for name, label in zip(DIMENSIONS, (translate("DetailsTab", "Length in millimetres"),
                                            translate("DetailsTab", "Width in millimetres"),
                                            translate("DetailsTab", "Height in millimetres")),
                               strict=True):
            self.dimensions[name].setAccessibleName(label)
        size = QHBoxLayout()
        for number, name in enumerate(DIMENSIONS):
            if number:
                size.addWidget(QLabel("×", shipping))
            size.addWidget(self.dimensions[name])
        size.addStretch(1)
        weight_row = QHBoxLayout()
        weight_row.addWidget(self.weight)
        weight_row.addStretch(1)
        ship_form = QFormLayout(shipping)
        ship_form.addRow(translate("DetailsTab", "Weight:"), weight_row)
        ship_form.addRow(translate("DetailsTab", "Size (L × W × H):"), size)

        column = QWidget(self)
        column.setMaximumWidth(760)  # a readable form, not a row of fields across the screen
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(filing)
        column_layout.addWidget(shipping)
        column_layout.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)
        for combo in (self.category, self.brand):
            combo.editTextChanged.connect(lambda _t: self.changed.emit())
        self.tags.textChanged.connect(lambda _t: self.changed.emit())
        for spin in (self.weight, *self.dimensions.values()):
            spin.valueChanged.connect(lambda _v: self.changed.emit())

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.category.setEditText(fields.get("category") or "")
        self.brand.setEditText(fields.get("brand") or "")
        self.tags.setText(", ".join(fields.get("tags") or []))
        language = fields.get("main_language") or "it"
        if self.main_language.findData(language) < 0:
            self.main_language.addItem(language, language)
        self.main_language.blockSignals(True)
        self.main_language.setCurrentIndex(self.main_language.findData(language))
        self.main_language.blockSignals(False)
        self.weight.setValue(fields.get("weight_grams") or 0)
        for name in DIMENSIONS:
            self.dimensions[name].setValue(fields.get(name) or 0)

    def fields(self) -> dict[str, Any]:
        tags = sorted({t.strip() for t in self.tags.text().split(",") if t.strip()})
        values: dict[str, Any] = {
            "category": self.category.currentText().strip(),
            "brand": self.brand.currentText().strip(),
            "tags": tags,
            "main_language": self.main_language.currentData(),
            "weight_grams": self.weight.value() or None,
        }
        for name in DIMENSIONS:
            values[name] = self.dimensions[name].value() or None
        return values
