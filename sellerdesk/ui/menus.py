"""The window's File, View and Help menus: what a desktop user looks for first (back up, restore,
quit; about, the data folder, the log, the keys), every action with its shortcut shown.

On macOS the actions that belong in the application menu (About, Settings, Quit) carry their
`MenuRole`, so Qt moves them there; every other action says `NoRole`, so Qt's guessing from the
text never moves, say, "About" in Italian by accident.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sellerdesk import __version__
from sellerdesk.logs import LOG_FILE

if TYPE_CHECKING:
    from sellerdesk.ui.main_window import MainWindow

translate = QCoreApplication.translate
Role = QAction.MenuRole
Key = QKeySequence.StandardKey | str


def _action(parent: QWidget, text: str, slot: Callable[[], object], *keys: Key,
            role: QAction.MenuRole = Role.NoRole) -> QAction:
    action = QAction(text, parent)
    # A standard key that is empty on this platform (Quit on Windows) falls back to the next.
    sequences: list[QKeySequence] = []
    for key in keys:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    action.setShortcuts(sequences)
    action.setShortcutVisibleInContextMenu(True)
    action.setMenuRole(role)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks, for the shortcuts list."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


class Menus:
    """Builds and holds the menus; the window keeps one, tests read its actions."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: QDialog | None = None
        w = window
        self.backup = _action(w, translate("Menus", "&Back Up Now"), self._backup, "Ctrl+B")
        self.restore = _action(w, translate("Menus", "&Restore from a Backup…"), self._restore,
                               "Ctrl+Shift+R")
        self.settings = _action(w, translate("Menus", "&Settings…"), self._settings,
                                QKeySequence.StandardKey.Preferences, "Ctrl+,",
                                role=Role.PreferencesRole)
        self.quit = _action(w, translate("Menus", "&Quit"), w.close,
                            QKeySequence.StandardKey.Quit, "Ctrl+Q", role=Role.QuitRole)
        self.about = _action(w, translate("Menus", "&About SellerDesk"), self._about,
                             role=Role.AboutRole)
        self.data_folder = _action(w, translate("Menus", "Open the &Data Folder"),
                                   lambda: self._open(w.ctx.data.root))
        self.log = _action(w, translate("Menus", "Open the &Log"),
                           lambda: self._open(w.ctx.data.logs / LOG_FILE))
        self.shortcuts = _action(w, translate("Menus", "&Keyboard Shortcuts"),
                                 self.show_shortcuts, QKeySequence.StandardKey.HelpContents, "F1")
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it

    def install(self, view_actions: Iterable[QAction]) -> None:
        """File first; View before the menus already there (Edit, Product) end; Help last."""
        bar = self.window.menuBar()
        existing = bar.actions()
        file_menu = QMenu(translate("Menus", "&File"), bar)
        file_menu.addActions([self.backup, self.restore])
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        view_menu = QMenu(translate("Menus", "&View"), bar)
        view_menu.addActions(list(view_actions))
        first = existing[0] if existing else None
        bar.insertMenu(first, file_menu) if first else bar.addMenu(file_menu)
        if len(existing) >= 2:
            bar.insertMenu(existing[1], view_menu)  # File, Edit, View, Product
        else:
            bar.addMenu(view_menu)
        help_menu = bar.addMenu(translate("Menus", "&Help"))
        help_menu.addActions([self.shortcuts])
        help_menu.addSeparator()
        help_menu.addActions([self.data_folder, self.log])
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        self.file_menu, self.view_menu, self.help_menu = file_menu, view_menu, help_menu

    # -- what they do -----------------------------------------------------------------------

    def _backup(self) -> None:
        """Shown where backups live, so its progress and result are in view."""
        self.window.show_settings()
        self.window.settings_page.backups.start_backup()

    def _restore(self) -> None:
        """A restore picks one backup from the list: go there, with the list in focus."""
        self.window.show_settings()
        self.window.settings_page.backups.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _settings(self) -> None:
        self.window.show_settings()

    def _open(self, path: object) -> None:
        self.open_url(QUrl.fromLocalFile(str(path)))  # the desktop's file manager, or editor

    def _about(self) -> None:
        QMessageBox.about(
            self.window, translate("Menus", "About SellerDesk"),
            translate("Menus", "SellerDesk %1\n\nYour catalogue and orders on your computer, "
                               "in sync with your marketplaces.\n\nData folder: %2")
            .replace("%1", __version__).replace("%2", str(self.window.ctx.data.root)))

    # -- keyboard shortcuts -----------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every menu action with a shortcut, and the keys of the lists."""
        rows: list[tuple[str, str]] = []
        seen: set[tuple[str, str]] = set()

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())
                elif keys := action.shortcuts():
                    text = "  ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                     for k in keys)
                    name = _plain(action.text())
                    if (name, text) not in seen:
                        seen.add((name, text))
                        rows.append((name, text))

        for top in self.window.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())
        rows += [
            (translate("Menus", "Orders: ship the selected order"),
             translate("Menus", "Enter or Space")),
            (translate("Menus", "Search: go to the results"), translate("Menus", "Down")),
            (translate("Menus", "Move between the sections of the window"),
             translate("Menus", "Tab, Shift+Tab")),
        ]
        return rows

    def show_shortcuts(self) -> QDialog:
        rows = self.shortcut_rows()
        dialog = QDialog(self.window)
        dialog.setWindowTitle(translate("Menus", "Keyboard Shortcuts"))
        table = QTableWidget(len(rows), 2, dialog)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([translate("Menus", "Action"),
                                         translate("Menus", "Keys")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        for number, (name, keys) in enumerate(rows):
            table.setItem(number, 0, QTableWidgetItem(name))
            table.setItem(number, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(520, min(640, 80 + 28 * len(rows)))
        self.dialog = dialog
        dialog.open()
        return dialog
