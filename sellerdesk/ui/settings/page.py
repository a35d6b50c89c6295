"""The Settings page: language, the low-stock threshold and backups, saved at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from sellerdesk.i18n import resolve_locale, ui_language
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.labels import language_name
from sellerdesk.ui.settings.backups import BackupsSection
from sellerdesk.ui.widgets import heading

translate = QCoreApplication.translate


class SettingsPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = QComboBox(self)
        self.language.setAccessibleName(translate("SettingsPage", "Language"))
        system = language_name(ui_language(resolve_locale(None)))
        self.language.addItem(
            translate("SettingsPage", "Same as the system (%1)").replace("%1", system), None)
        self.language.addItem("Italiano", "it")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.settings.language)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.restart_note = QLabel(self)
        self.restart_note.setWordWrap(True)
        self.restart_note.setText(self._override_note())
        self.low_stock = QSpinBox(self)
        self.low_stock.setRange(0, 10_000)
        self.low_stock.setValue(ctx.settings.low_stock_threshold)
        self.low_stock.setAccessibleName(translate("SettingsPage", "Low stock below"))
        self.low_stock.valueChanged.connect(self._low_stock_changed)
        form = QFormLayout()
        form.addRow(translate("SettingsPage", "Language:"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(translate("SettingsPage", "Low stock below:"), self.low_stock)
        self.data_folder = QLabel(str(ctx.data.root), self)
        self.data_folder.setWordWrap(True)
        form.addRow(translate("SettingsPage", "Data folder:"), self.data_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("SettingsPage", "Settings"), parent=self))
        layout.addLayout(form)
        self.backups = BackupsSection(ctx, self)
        layout.addWidget(self.backups, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """The list is read when the page is shown: backups appear while the window runs."""
        super().showEvent(event)
        self.backups.refresh()

    def _override_note(self) -> str:
        """Says which language is in use when it is not the one chosen here (`--lang`), so
        "Same as the system" never sits beside a window in another language unexplained."""
        chosen = ui_language(resolve_locale(self.ctx.settings.language))
        if chosen == self.ctx.language:
            return ""
        return translate(
            "SettingsPage", "In use now: %1, chosen with --lang when SellerDesk started."
        ).replace("%1", language_name(self.ctx.language))

    def _language_changed(self) -> None:
        self.ctx.settings.language = self.language.currentData()
        self.ctx.settings.save(self.ctx.data.settings)
        self.restart_note.setText(translate(
            "SettingsPage", "The new language applies the next time SellerDesk starts."))
        self.changed.emit()

    def _low_stock_changed(self, value: int) -> None:
        self.ctx.settings.low_stock_threshold = value
        self.ctx.settings.save(self.ctx.data.settings)
        self.changed.emit()
