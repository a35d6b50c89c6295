"""The window's remembered layout (geometry, docks, splitters, the catalogue's columns) in the
shop's `ui_state` file, and a first size that fits the screen it opens on.

A fixed 1280 x 800 put the search box, the detail pane and the status bar off a 1024 x 700
screen (or 2400 x 1500 at scale 2); a geometry remembered on a bigger monitor does the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, QSize
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from sellerdesk.ui.catalogue.page import CataloguePage
    from sellerdesk.ui.main_window import MainWindow

PREFERRED = QSize(1280, 800)  # the first start's size, when the screen has room for it
FRAME_ALLOWANCE = QSize(16, 40)  # the window manager's frame and title bar


def _store(window: MainWindow) -> QSettings:
    return QSettings(str(window.ctx.data.ui_state), QSettings.Format.IniFormat)


def fit_screen(window: MainWindow) -> None:
    """1280 x 800 where the screen has room, else what it has, centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(PREFERRED)
        return
    room = screen.availableGeometry()
    size = PREFERRED.boundedTo(room.size() - FRAME_ALLOWANCE)
    window.resize(size)
    window.move(room.center() - QPoint(size.width() // 2, size.height() // 2))


def keep_on_screen(window: MainWindow) -> None:
    """A geometry remembered on a bigger screen is brought back to fit this one."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    room = screen.availableGeometry()
    if window.width() > room.width() or window.height() > room.height():
        fit_screen(window)


def restore_layout(window: MainWindow, catalogue: CataloguePage) -> None:
    store = _store(window)
    geometry = store.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        fit_screen(window)
    else:
        keep_on_screen(window)
    if (state := store.value("window/state")) is not None:
        window.restoreState(state)
    if (split := store.value("window/splitter")) is not None:
        window.splitter.restoreState(split)
    if (split := store.value("catalogue/splitter")) is not None:
        catalogue.splitter.restoreState(split)
    if (columns := store.value("catalogue/columns")) is not None:
        # The owner's widths win over fitting the columns to their content.
        catalogue.table.widths_from_owner = (
            catalogue.table.horizontalHeader().restoreState(columns))


def save_layout(window: MainWindow, catalogue: CataloguePage) -> None:
    store = _store(window)
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", window.splitter.saveState())
    store.setValue("catalogue/splitter", catalogue.splitter.saveState())
    store.setValue("catalogue/columns", catalogue.table.horizontalHeader().saveState())
    store.sync()
