"""What a desktop user expects of the window: File and Help menus with their shortcuts (and the
macOS roles), a search box per page that hands the keyboard on to its results, a first size
that fits the screen, and sidebar icons that stay visible when selected, light or dark."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.ui.main_window import CATALOGUE, ORDERS, SETTINGS, MainWindow
from tests.ui.conftest import wait_until


def _vases(data: DataDir, count: int = 3) -> None:
    with Database.open(data.database) as database:
        catalogue = Catalogue(database)
        for n in range(count):
            catalogue.create_product(ProductInput(
                texts={"it": {"title": f"Vaso {n}", "description": ""}},
                variants=[VariantInput(f"VASO-{n}", 1000 + n, stock=5)]))


def _menu(window: MainWindow, title: str) -> list[QAction]:
    for top in window.menuBar().actions():
        if top.menu() is not None and top.text().replace("&", "") == title:
            return [a for a in top.menu().actions() if not a.isSeparator()]
    raise AssertionError(f"no {title} menu")


def test_file_and_help_menus_with_shortcuts_and_mac_roles(
        data_dir: DataDir, make_window: Any, run: Any) -> None:
    window = make_window(data_dir)
    menus = window.menus
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[0] == "File" and titles[-1] == "Help"
    assert _menu(window, "File") == [menus.backup, menus.restore, menus.settings, menus.quit]
    assert _menu(window, "Help") == [menus.shortcuts, menus.data_folder, menus.log, menus.about]
    assert menus.quit.shortcut() == QKeySequence("Ctrl+Q")
    assert menus.quit.menuRole() == QAction.MenuRole.QuitRole
    assert menus.about.menuRole() == QAction.MenuRole.AboutRole
    assert menus.settings.menuRole() == QAction.MenuRole.PreferencesRole
    assert menus.data_folder.menuRole() == QAction.MenuRole.NoRole
    # Every action with a key says so, in the menu and in the shortcuts list.
    listed = set(menus.shortcut_rows())
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if not action.isSeparator() and not action.shortcut().isEmpty():
                name = action.text().replace("&", "").rstrip("…. ")
                assert (name, "  ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                        for k in action.shortcuts())) in listed
    assert ("Quit", "Ctrl+Q") in listed and ("Catalogue", "Ctrl+1") in listed
    dialog = menus.show_shortcuts()
    assert dialog.isVisible()
    dialog.reject()

    opened: list[QUrl] = []
    menus.open_url = opened.append
    menus.data_folder.trigger()
    menus.log.trigger()
    assert [u.toLocalFile() for u in opened] == [
        str(data_dir.root), str(data_dir.logs / "sellerdesk.log")]

    async def scenario() -> None:
        menus.backup.trigger()  # a real backup, shown where backups are listed
        assert window.sidebar.currentRow() == SETTINGS
        await wait_until(lambda: any(data_dir.backups.glob("*")), timeout=30)
        await wait_until(lambda: window.settings_page.backups.table.rowCount() > 0, timeout=30)

    run(scenario())


def test_each_page_keeps_its_own_search(data_dir: DataDir, make_window: Any, qtbot: Any,
                                        run: Any) -> None:
    _vases(data_dir)
    window = make_window(data_dir, demo=False)

    async def scenario() -> None:
        await wait_until(lambda: window.catalogue.model.rowCount() == 3)
        window.search.setText("Vaso 1")
        await wait_until(lambda: window.catalogue.model.rowCount() == 1)
        window.sidebar.setCurrentRow(ORDERS)
        assert window.search.text() == ""  # what the box says is what filters this page
        assert window.orders._search == ""
        window.search.setText("ORD")
        window.sidebar.setCurrentRow(CATALOGUE)
        assert window.search.text() == "Vaso 1"
        assert window.catalogue.model.rowCount() == 1

    run(scenario())


def test_down_or_enter_in_the_search_box_goes_to_the_results(
        data_dir: DataDir, make_window: Any, qtbot: Any, run: Any) -> None:
    _vases(data_dir)
    window = make_window(data_dir)
    table = window.catalogue.table

    async def scenario() -> None:
        await wait_until(lambda: window.catalogue.model.rowCount() == 3)
        window.activateWindow()
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Return):
            table.setCurrentIndex(window.catalogue.model.index(-1, -1))
            window.search.setFocus()
            await wait_until(window.search.hasFocus)
            qtbot.keyClicks(window.search, "Vaso")
            qtbot.keyClick(window.search, key)
            await wait_until(table.hasFocus)
            assert table.currentIndex().row() == 0
            assert table.selectionModel().isRowSelected(0)

    run(scenario())


def test_the_first_start_fits_the_screen_and_works_at_1024_by_700(
        data_dir: DataDir, make_window: Any, run: Any) -> None:
    window = make_window(data_dir)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 700
    window.resize(1024, 700)

    async def scenario() -> None:
        await wait_until(lambda: window.width() == 1024)
        for widget in (window.search, window.catalogue.detail, window.statusBar()):
            corner = widget.mapTo(window, QPoint(widget.width(), widget.height()))
            assert widget.isVisible()
            assert corner.x() <= window.width() and corner.y() <= window.height()

    run(scenario())


def _contrast(icon: QIcon, mode: QIcon.Mode, background: QColor) -> int:
    image = icon.pixmap(22, mode).toImage()
    best = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200:
                best = max(best, abs(pixel.lightness() - background.lightness()))
    return best


def test_sidebar_icons_are_visible_selected_and_in_the_dark(
        data_dir: DataDir, make_window: Any, qapp: Any) -> None:
    window = make_window(data_dir)
    light = QApplication.palette()
    dark = QPalette(light)
    for role, shade in ((QPalette.ColorRole.Window, "#202124"),
                        (QPalette.ColorRole.Base, "#181818"),
                        (QPalette.ColorRole.WindowText, "#e8eaed"),
                        (QPalette.ColorRole.Highlight, "#8ab4f8"),
                        (QPalette.ColorRole.HighlightedText, "#202124")):
        dark.setColor(role, QColor(shade))
    try:
        for palette in (light, dark):
            QApplication.setPalette(palette)
            window.setPalette(palette)
            QApplication.processEvents()
            icon = window.sidebar.item(CATALOGUE).icon()
            highlight = palette.color(QPalette.ColorRole.Highlight)
            assert _contrast(icon, QIcon.Mode.Selected, highlight) > 90
            assert _contrast(icon, QIcon.Mode.Normal,
                             palette.color(QPalette.ColorRole.Base)) > 90
    finally:
        QApplication.setPalette(light)
        window.setPalette(light)
