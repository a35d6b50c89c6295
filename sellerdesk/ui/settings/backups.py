"""Backups in the window: the Settings section (list, back up now, restore, folder), the start-up
check of the shop's file, and the automatic backup timer.

Every backup or restore runs on `ctx.jobs`' pool: a 100,000-product shop takes about a second to
back up, and the window must keep painting. A restore waits for a sync pass under way to end
(and keeps new ones out) so a pass never writes a cursor from the old file into the restored one.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk import backups
from sellerdesk.backups import integrity
from sellerdesk.backups.integrity import StartCheck, start_afresh
from sellerdesk.backups.messages import BackupNotice
from sellerdesk.errors import SellerDeskError
from sellerdesk.paths import DataDir
from sellerdesk.settings import Settings
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.widgets import heading

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
TICK_MS = 60_000  # how often the automatic backup asks "is one due?" (cheap: two stat calls)
POLL_MS = 250  # how often the window looks for the verdict of a background start-up check
START_BUDGET = 0.15  # seconds the window waits for the check once Qt is up (it ran meanwhile)
# quick_check reads a few hundred MB/s here; a larger file is never checked within the budget
# (a 1.2 GB shop took 1-4 s), so the window does not wait for it at all.
WAIT_UP_TO_BYTES = 64 * 1024 * 1024


def _size(size: int, formatter: Any) -> str:
    if size >= 1_048_576:
        return translate("BackupsSection", "%1 MB").replace(
            "%1", formatter.number(round(size / 1_048_576, 1)))
    return translate("BackupsSection", "%1 kB").replace(
        "%1", formatter.number(max(1, round(size / 1024))))


def _kind(kind: str) -> str:
    names = {
        "auto": translate("BackupsSection", "Automatic"),
        "manual": translate("BackupsSection", "Made by hand"),
        "before-restore": translate("BackupsSection", "Before a restore"),
    }
    return names.get(kind, kind)



class BackupsSection(QWidget):
    """The backups of this shop, newest first, with Back up now and Restore."""

    restored = Signal()

    COLUMNS = 6

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[backups.BackupInfo] = []
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder = QPushButton(translate("BackupsSection", "Change folder…"), self)
        self.change_folder.clicked.connect(self._choose_folder)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            translate("BackupsSection", "Made"), translate("BackupsSection", "Kind"),
            translate("BackupsSection", "Size"), translate("BackupsSection", "Schema"),
            translate("BackupsSection", "Photos"), translate("BackupsSection", "File")])
        self.table.setAccessibleName(translate("BackupsSection", "Backups"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.back_up_now = QPushButton(translate("BackupsSection", "Back up now"), self)
        self.back_up_now.clicked.connect(self.start_backup)
        self.restore_button = QPushButton(translate("BackupsSection", "Restore…"), self)
        self.restore_button.clicked.connect(self._confirm_restore)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.summary = QLabel(self)

        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(translate("BackupsSection", "Folder:"), self))
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.back_up_now)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(translate("BackupsSection", "Backups"), scale=1.1, parent=self))
        note = QLabel(translate(
            "BackupsSection", "SellerDesk backs up the shop and its photos every 30 minutes "
            "while you work and when you quit. A restore first backs up the current state."),
            self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._busy = False
        self._show_folder()
        self._update_buttons()

    # -- listing ---------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return backups.backup_folder(self.ctx.data, self.ctx.settings)

    def _show_folder(self) -> None:
        self.folder_label.setText(str(self.folder))

    def refresh(self) -> Any:
        """List the folder off the UI thread (a USB stick or a network folder can be slow)."""
        return self.ctx.jobs.start(self._load(), name="backups-list")

    async def _load(self) -> None:
        found = await self.ctx.jobs.in_thread(backups.list_backups, self.folder)
        self.show_backups(found)

    def show_backups(self, found: list[backups.BackupInfo]) -> None:
        self.found = found
        fmt = self.ctx.formatter
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            cells = [fmt.datetime(info.created), _kind(info.kind), _size(info.size, fmt),
                     info.revision or "?", fmt.number(info.photos), info.path.name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 5:
                    item.setToolTip(str(info.path))
                elif not info.readable:
                    item.setToolTip(translate("BackupsSection",
                                              "This backup cannot be read by this version."))
                self.table.setItem(row, column, item)
        self.summary.setText(self.tr("%n backup(s)", "", len(found)))
        self._update_buttons()

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(not self._busy and chosen is not None and chosen.readable)
        self.back_up_now.setEnabled(not self._busy)
        self.change_folder.setEnabled(not self._busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.message.setText(text)
        self._update_buttons()

    # -- folder ----------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("BackupsSection", "Folder for backups"), str(self.folder))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        self.ctx.settings.backup_folder = str(folder)
        self.ctx.settings.save(self.ctx.data.settings)
        auto = getattr(self.ctx, "auto_backup", None)
        if auto is not None:
            auto.forget()
        self._show_folder()
        self.refresh()

    # -- back up now -----------------------------------------------------------------------

    def start_backup(self) -> Any:
        return self.ctx.jobs.start(self._backup(), name="backups-make")

    async def _backup(self) -> None:
        self._set_busy(True, translate("BackupsSection", "Backing up…"))
        try:
            info = await self.ctx.jobs.in_thread(
                lambda: backups.make_backup(self.ctx.data.database, self.folder,
                                            photos=self.ctx.data.photos, kind="manual"))
        except SellerDeskError as exc:
            self.message.setText(exc.text(translate))
        else:
            self.message.setText(translate("BackupsSection", "Backed up at %1.").replace(
                "%1", self.ctx.formatter.datetime(info.created)))
        finally:
            self._set_busy(False)
        await self._load()

    # -- restore ---------------------------------------------------------------------------

    def _confirm_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, translate("BackupsSection", "Restore this backup?"),
            BackupNotice("restore_question", self.ctx.formatter.datetime(chosen.created))
            .text(translate))
        if answer == QMessageBox.StandardButton.Yes:
            self.start_restore(chosen)

    def start_restore(self, chosen: backups.BackupInfo) -> Any:
        return self.ctx.jobs.start(self._restore(chosen), name="backups-restore")

    def _sync_engine(self) -> Any:
        controller = getattr(self.window(), "sync_controller", None)
        return getattr(controller, "engine", None)

    async def _restore(self, chosen: backups.BackupInfo) -> None:
        self._set_busy(True, translate("BackupsSection", "Restoring…"))
        engine = self._sync_engine()

        def work() -> backups.RestoreResult:
            # The engine's own one-pass-at-a-time lock: a pass under way ends first, so it never
            # writes a cursor read from the old file into the restored one.
            with getattr(engine, "_lock", None) or contextlib.nullcontext():
                return backups.restore(self.ctx.data, chosen.path, folder=self.folder)

        try:
            result = await self.ctx.jobs.in_thread(work)
        except SellerDeskError as exc:  # refused or failed: nothing changed
            self.message.setText(exc.text(translate))
        else:
            text = translate("BackupsSection", "Restored the backup of %1. The state before it "
                             "was kept as a backup.").replace(
                "%1", self.ctx.formatter.datetime(chosen.created))
            if result.needs_login:  # the token stays bound to the old address: say so now
                text += " " + translate("BackupsSection", "The marketplace address of %1 is not "
                                        "the one the shop had: log in again (Sync ▸ Connect "
                                        "account…).").replace("%1", ", ".join(result.needs_login))
            self.message.setText(text)
            self.restored.emit()
            window = self.window()
            if hasattr(window, "reload_all"):
                window.reload_all()
            controller = getattr(window, "sync_controller", None)
            if controller is not None:
                controller.sync_now()  # push the restored outbox, pull what changed since
        finally:
            self._set_busy(False)
        await self._load()


# -- start-up and the timer ------------------------------------------------------------------


def resolve_integrity(pending: Future[StartCheck], data: DataDir, settings: Settings, *,
                      budget: float = START_BUDGET) -> Future[StartCheck] | None:
    """The start-up check's verdict; None means quit.

    Most files are checked before Qt has finished starting. A very large one (a 1 GB shop takes
    seconds) is not waited for beyond `budget`: the window opens with the sync held, and
    `install_backups` acts on the verdict when it comes. A damaged file found in time was
    quarantined; the owner chooses: restore the newest good backup, start with an empty shop,
    or quit (the choice is then asked again next time, and the sync stays off meanwhile)."""
    try:
        size = data.database.stat().st_size
    except OSError:
        size = 0
    if size > WAIT_UP_TO_BYTES:  # it cannot finish in the budget: do not spend it waiting
        budget = 0
    try:
        check = pending.result(timeout=budget)
    except TimeoutError:
        integrity.hold_sync(data.database, integrity.CHECKING)
        log.info("start-up integrity check goes on in the background")
        return pending
    log.info("start-up integrity check: %s in %.3f s", "ok" if check.ok else check.problem,
             check.seconds)
    if check.ok:
        return pending
    check = integrity.settle(data, check)
    folder = backups.backup_folder(data, settings)
    offered = backups.newest_good_backup(folder)
    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("BackupStart", "The shop's database is damaged"), "")
    text = translate("BackupStart", "SellerDesk found damage in the shop's database. The file "
                     "was moved aside, not deleted:\n%1\nNothing is sent to the marketplace "
                     "from it.").replace("%1", str(check.quarantined or data.database))
    restore_button = None
    if offered is not None:
        text += "\n\n" + translate("BackupStart", "Restore the newest good backup, made on %1?"
                                   ).replace("%1", offered.created.astimezone().strftime(
                                       "%Y-%m-%d %H:%M"))
        restore_button = box.addButton(translate("BackupStart", "Restore backup"),
                                       QMessageBox.ButtonRole.AcceptRole)
    else:
        text += "\n\n" + translate("BackupStart", "No good backup was found in %1.").replace(
            "%1", str(folder))
    empty_button = box.addButton(translate("BackupStart", "Start with an empty shop"),
                                 QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("BackupStart", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setText(text)
    box.exec()
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button and offered is not None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backups.restore(data, offered.path, folder=folder)
        except SellerDeskError as exc:
            QMessageBox.critical(None, translate("BackupStart", "The backup was not restored"),
                                 exc.text(translate))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        return pending
    if clicked is empty_button:
        start_afresh(data)
        return pending
    return None


def _late_verdict(ctx: AppContext, window: QWidget, check: StartCheck) -> None:
    """The background check finished while the window runs."""
    log.info("background integrity check: %s in %.3f s", "ok" if check.ok else check.problem,
             check.seconds)
    if check.ok:
        integrity.release_sync(ctx.data.database, integrity.CHECKING)
        controller = getattr(window, "sync_controller", None)
        if controller is not None:
            controller.sync_now()
        return
    integrity.record_damage(ctx.data, check.problem)  # the sync stays off from now on
    QMessageBox.critical(window, translate("BackupStart", "The shop's database is damaged"),
                         translate("BackupStart", "SellerDesk found damage in the shop's "
                                   "database. Nothing more is sent to the marketplace. Close "
                                   "SellerDesk: at the next start the file is moved aside and "
                                   "you can restore a backup."))


def install_backups(ctx: AppContext, window: QWidget,
                    check: Future[StartCheck] | None = None) -> backups.AutoBackup:
    """Wire backups into the running window: the verdict of a start-up check still under way, a
    timer that backs up after activity (at most every 30 minutes), and a closer that backs up
    once more at quit, after the sync has stopped and before the database closes."""
    auto = backups.AutoBackup(ctx.data, ctx.settings)
    ctx.auto_backup = auto  # type: ignore[attr-defined]  # the Settings section tells it of folder changes

    async def tick() -> None:
        await ctx.jobs.in_thread(auto.run)

    timer = QTimer(window)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ctx.jobs.start(tick(), name="auto-backup"))
    timer.start()
    if check is not None and not check.done():
        poll = QTimer(window)
        poll.setInterval(POLL_MS)

        def verdict() -> None:
            if check.done():
                poll.stop()
                _late_verdict(ctx, window, check.result())

        poll.timeout.connect(verdict)
        poll.start()

    def at_quit() -> None:
        timer.stop()
        auto.run(at_quit=True)  # skipped while the file is suspect

    ctx.closers.append(at_quit)
    return auto
