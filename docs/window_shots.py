"""Screenshots of the window's layout for issue #16, taken by `make_screenshots.py --only layout`:

- `detail-after-edit-<lang>.png`: the detail pane of a product just edited (waiting to sync);
- `menu-file-<lang>.png`, `menu-help-<lang>.png`: the menus, open, with their shortcuts;
- `window-1024x700-<lang>.png`: the whole window on a 1024 x 700 screen;
- `dark-catalogue-<lang>.png`, `dark-orders-<lang>.png`: the same window in a dark palette.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from sellerdesk.ui.main_window import CATALOGUE, ORDERS, MainWindow

Wait = Callable[..., Awaitable[None]]


def dark_palette() -> QPalette:
    """A dark palette as desktops give one (Fusion draws it faithfully)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, shade in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"),
                        (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#262626"),
                        (roles.Text, "#e6e6e6"), (roles.Button, "#333333"),
                        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d6fb6"),
                        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#333333"),
                        (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#9a9a9a"),
                        (roles.Mid, "#444444"), (roles.Dark, "#1a1a1a"),
                        (roles.Light, "#505050"), (roles.Link, "#8ab4f8")):
        palette.setColor(role, QColor(shade))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#e6e6e6"))  # as some do
    return palette


async def _open_menu(window: MainWindow, index: int, out: Path) -> None:
    """Open the menu bar's `index`-th menu and grab the window with it, from the screen."""
    bar = window.menuBar()
    action = bar.actions()[index]
    bar.setActiveAction(action)
    await asyncio.sleep(0.6)
    menu: QMenu = action.menu()
    area = window.frameGeometry().united(menu.geometry())
    area = QRect(area.x(), area.y(), min(area.width(), 900), min(area.height(), 560))
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(str(out))
    menu.hide()
    await asyncio.sleep(0.2)


async def shoot_window_layout(window: MainWindow, lang: str, out: Path, wait: Wait) -> None:
    page = window.catalogue
    window.move(0, 0)
    window.resize(1024, 700)
    await wait(lambda: page.model.rowCount() > 0)
    await wait(lambda: not window.ctx.jobs.is_running("catalogue-demo-photos"), 60)
    # An edit as the owner makes one: the product now waits to be sent.
    row = next(r for r in range(page.model.rowCount())
               if (page.model.row_at(r).variant_count or 0) > 1)
    product_id: Any = page.model.id_at(row)
    title = page.model.row_at(row).title
    await window.ctx.jobs.in_thread(window.ctx.catalogue.update_product, product_id,
                                    {"title.it": title + " (nuova edizione)"})
    page.reload()
    await asyncio.sleep(1.0)
    page.select_ids([product_id])
    await wait(lambda: page.detail.product_id == product_id)
    window.refresh_status()
    await asyncio.sleep(1.0)
    page.detail.grab().save(str(out / f"detail-after-edit-{lang}.png"))
    window.grab().save(str(out / f"window-1024x700-{lang}.png"))
    await _open_menu(window, 0, out / f"menu-file-{lang}.png")
    await _open_menu(window, len(window.menuBar().actions()) - 1, out / f"menu-help-{lang}.png")

    QApplication.setStyle("Fusion")
    QApplication.setPalette(dark_palette())
    window.resize(1400, 860)
    window.sidebar.setCurrentRow(CATALOGUE)
    page.table.setFocus()
    await asyncio.sleep(1.0)
    window.grab().save(str(out / f"dark-catalogue-{lang}.png"))
    window.sidebar.setCurrentRow(ORDERS)
    window.orders.set_view("all")
    await wait(lambda: window.orders.model.rowCount() > 0)
    await asyncio.sleep(1.0)
    window.grab().save(str(out / f"dark-orders-{lang}.png"))
    window.close()
