"""Importing a folder of photos for many products: a preview of the matches first.

    dialog = ImportPhotosDialog(library, ctx.jobs, [folder], parent=window,
                                formatter=ctx.formatter)
    dialog.imported.connect(lambda report: ...)   # ImportReport, e.g. refresh the table
    dialog.open()

The dialog plans in the background (files are matched to SKUs by name: `SOFA-001_2.jpg`), lists
each file with the product it will join, and shows the files that match no product, greyed,
with the reason. Nothing is written until the owner presses Import; then progress shows in place
and can be cancelled, and the dialog ends with what was imported and what was not.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.errors import SellerDeskError
from sellerdesk.i18n import Formatter
from sellerdesk.photos import ImportPlan, ImportReport, PhotoLibrary
from sellerdesk.ui.jobs import Jobs
from sellerdesk.ui.photos import messages
from sellerdesk.ui.photos.import_progress import ImportProgress

translate = QCoreApplication.translate


class ImportPhotosDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, library: PhotoLibrary, jobs: Jobs, paths: list[Path],
                 parent: QWidget | None = None, formatter: Formatter | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.jobs = jobs
        self.paths = list(paths)
        self.formatter = formatter
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(translate("ImportPhotosDialog", "Import photos"))
        self.resize(760, 520)
        self.summary = QLabel(translate("ImportPhotosDialog", "Looking for photos…"), self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([
            translate("ImportPhotosDialog", "File"),
            translate("ImportPhotosDialog", "Product"),
            translate("ImportPhotosDialog", "SKU"),
            translate("ImportPhotosDialog", "No."),
        ])
        self.tree.setAccessibleName(translate("ImportPhotosDialog", "Photos to import"))
        self.progress = ImportProgress(library, jobs, formatter, self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(translate("ImportPhotosDialog", "Import"), self)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self._close_or_cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._planning = jobs.start(self._make_plan())

    async def _make_plan(self) -> None:
        try:
            plan = await self.jobs.in_thread(self.library.plan, self.paths)
        except SellerDeskError as exc:
            self.summary.setText(str(exc))
            return
        self.show_plan(plan)

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.tree.clear()
        for photo in plan.photos:
            assert photo.target is not None
            item = QTreeWidgetItem([
                photo.name, photo.target.title, photo.target.sku,
                "" if photo.number is None else str(photo.number),
            ])
            item.setToolTip(0, str(photo.source))
            self.tree.addTopLevelItem(item)
        grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for photo in plan.unmatched:
            reason = messages.text(photo.problem, self.formatter) if photo.problem else ""
            item = QTreeWidgetItem([photo.name, reason, "", ""])
            item.setToolTip(0, str(photo.source))
            item.setToolTip(1, reason)
            for column in range(4):
                item.setForeground(column, grey)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 280))
        self.tree.resizeColumnToContents(2)
        parts = [self.tr("%n photo(s) to import", "", len(plan.photos)) + " "
                 + self.tr("for %n product(s).", "", plan.products)]
        if plan.unmatched:
            parts.append(self.tr("%n file(s) match no product and will be left out.", "",
                                 len(plan.unmatched)))
        if plan.skipped:
            parts.append(self.tr("%n other file(s) are not photos.", "", len(plan.skipped)))
        if not plan.photos and not plan.unmatched:
            parts = [translate("ImportPhotosDialog", "No photos found here.")]
        self.summary.setText(" ".join(parts))
        self.import_button.setEnabled(bool(plan.photos))

    def start_import(self) -> None:
        if self.plan is None or not self.plan.photos or self.progress.running:
            return
        self.import_button.setEnabled(False)
        self.jobs.start(self._import(self.plan))

    async def _import(self, plan: ImportPlan) -> None:
        report = await self.progress.start(plan)
        if report is None:
            return
        self.report = report
        self.summary.setText(self.progress.summary(report))
        self.summary.setToolTip(self.progress.details(report))
        self.close_button.setText(translate("ImportPhotosDialog", "Close"))
        self.imported.emit(report)

    def _close_or_cancel(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button first stop a running import (the photos
        saved so far stay); once it has stopped, the dialog closes."""
        if self.progress.running:
            self.progress.cancel()
            return
        super().reject()
