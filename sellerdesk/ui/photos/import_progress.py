"""Running a photo import from the window: progress in place, a Cancel button, a short report.

The import runs in a worker thread (`Jobs.in_thread`); its pool decodes in other threads. The
worker reports progress through a Qt signal, which Qt queues to the UI thread, at most twenty
times a second, so 200 photos cost the event loop a few dozen repaints, not 200. Cancel stops new
files from starting; the photos already saved stay, and the report says which were not imported.
The bar appears only after 600 ms, so a quick import of two photos does not flash it (Anki does
the same).
"""

from __future__ import annotations

import asyncio
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from sellerdesk.i18n import Formatter
from sellerdesk.photos import ImportPlan, ImportReport, PhotoLibrary, Progress
from sellerdesk.ui.jobs import CancelToken, Jobs
from sellerdesk.ui.photos import messages

translate = QCoreApplication.translate
SHOW_AFTER_MS = 600
MAX_RATE = 0.05  # seconds between progress signals


class _Relay(QObject):
    """Lives in the UI thread; emitting from a worker thread queues the call to it."""

    progressed = Signal(int, int, str)


class ImportProgress(QWidget):
    finished = Signal(object)  # ImportReport

    def __init__(self, library: PhotoLibrary, jobs: Jobs, formatter: Formatter | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.jobs = jobs
        self.formatter = formatter
        self._token: CancelToken | None = None
        self._task: asyncio.Task[ImportReport | None] | None = None
        self._last_emit = 0.0
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._show_progress)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(translate("ImportProgress", "Import progress"))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(self.fontMetrics().height())
        self.cancel_button = QPushButton(translate("ImportProgress", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar, 3)
        layout.addWidget(self.cancel_button)
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.timeout.connect(self.show)
        self.hide()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self, plan: ImportPlan) -> asyncio.Task[ImportReport | None]:
        """Import `plan` in the background; `finished` carries the report."""
        if self.running:
            raise RuntimeError("an import is already running")
        self._task = self.jobs.start(self._run(plan))
        return self._task

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("ImportProgress", "Stopping…"))

    async def _run(self, plan: ImportPlan) -> ImportReport | None:
        total = len(plan.photos)
        self._token = token = CancelToken()
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self._show_progress(0, total, "")
        self._reveal.start(SHOW_AFTER_MS)
        try:
            report = await self.jobs.in_thread(self._work, plan, token)
        except asyncio.CancelledError:
            token.cancel()  # the window is closing: let the worker stop too
            raise
        finally:
            self._reveal.stop()
            self.hide()
            self._token = None
        self.finished.emit(report)
        return report

    def _work(self, plan: ImportPlan, token: CancelToken) -> ImportReport:
        return self.library.import_plan(plan, cancel=token, progress=self._from_worker)

    def _from_worker(self, progress: Progress) -> None:
        now = time.monotonic()
        if now - self._last_emit >= MAX_RATE or progress.done == progress.total:
            self._last_emit = now
            self._relay.progressed.emit(progress.done, progress.total, progress.name)

    def _show_progress(self, done: int, total: int, name: str) -> None:
        if self._token is not None and self._token.cancelled:
            return
        self.bar.setValue(done)
        text = translate("ImportProgress", "Importing photos: %1 of %2").replace(
            "%1", str(done)).replace("%2", str(total))
        self.label.setText(text)
        self.label.setToolTip(name)

    def summary(self, report: ImportReport) -> str:
        """One or two sentences on what happened, for the place the import was started."""
        parts = [self.tr("%n photo(s) added.", "", len(report.imported))]
        if report.duplicates:
            parts.append(self.tr("%n already in the gallery.", "", len(report.duplicates)))
        if report.refused:
            parts.append(self.tr("%n file(s) not added:", "", len(report.refused)))
            first = report.refused[0]
            parts.append(f"{first.name} — {messages.text(first.message, self.formatter)}")
            if len(report.refused) > 1:
                parts.append(self.tr("(and %n more)", "", len(report.refused) - 1))
        if report.cancelled:
            parts.append(translate("ImportProgress", "The import was cancelled."))
        return " ".join(parts)

    def details(self, report: ImportReport) -> str:
        """Every file that was not added, and why (for a tooltip or a details box)."""
        return "\n".join(f"{r.name}: {messages.text(r.message, self.formatter)}"
                         for r in report.refused)
