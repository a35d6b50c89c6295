"""Starting the window: Qt application, translations, database, demo shop, asyncio loop.

Start-up does as little as it can before the window shows: the database migration check is one
read when the schema is current, and the product list loads in the background after the first
paint. Quitting cancels background work and waits for it (bounded), so the process ends with
exit code 0 and no traceback even while a sync or a search is under way.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

from sellerdesk.errors import SellerDeskError
from sellerdesk.i18n import resolve_locale, ui_language
from sellerdesk.logs import setup_logging
from sellerdesk.paths import DataDir, default_data_dir
from sellerdesk.qt_platform_check import check_xcb
from sellerdesk.settings import Settings

log = logging.getLogger(__name__)
DEMO_SHOP_NAME = "Bottega Rossi"


def demo_marketplace(args: argparse.Namespace) -> str:
    """Which API the demo shop syncs through: the sandbox's own, or its AliExpress gateway."""
    return "aliexpress" if getattr(args, "demo_marketplace", None) == "aliexpress" else "rest"


def data_dir_for(args: argparse.Namespace) -> DataDir:
    root = (Path(args.data_dir) if args.data_dir
            else default_data_dir(demo=args.demo, demo_marketplace=demo_marketplace(args)))
    return DataDir(root.expanduser()).ensure()


def create_context(
    data: DataDir, *, lang: str | None = None, demo: bool = False, jobs: Any = None,
    marketplace: str = "rest",
) -> Any:
    """Open the shop (migrating it) and gather what the window needs. Raises SellerDeskError."""
    from sellerdesk.store import Database
    from sellerdesk.ui.context import AppContext
    from sellerdesk.ui.jobs import Jobs

    settings = Settings.load(data.settings)
    locale = resolve_locale(lang or settings.language)
    database = Database.open(data.database)
    if demo:
        from sellerdesk.demo.seed import seed_demo

        seed_demo(database)
    return AppContext(
        data=data,
        database=database,
        settings=settings,
        locale=locale,
        language=ui_language(locale),
        jobs=jobs or Jobs(),
        shop_name=DEMO_SHOP_NAME if demo else "SellerDesk",
        demo=demo,
        demo_marketplace=marketplace,
    )


def make_application(argv: list[str]) -> Any:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("SellerDesk")
    QCoreApplication.setApplicationName("SellerDesk")
    QGuiApplication.setDesktopFileName("sellerdesk")
    icon = Path(__file__).resolve().parent / "ui" / "icons" / "app.svg"
    QGuiApplication.setWindowIcon(QIcon(str(icon)))
    return app


def show_startup_error(message: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        None, QCoreApplication.translate("App", "SellerDesk cannot open the shop"), message
    )


def run_gui(args: argparse.Namespace) -> int:
    import qasync

    from sellerdesk.ui.translators import install_translators

    if (advice := check_xcb()) is not None:  # before Qt aborts with a message naming one library
        print(advice, file=sys.stderr)
        return 1
    data = data_dir_for(args)
    setup_logging(data.logs)
    from sellerdesk.backups.integrity import start_integrity_check

    integrity = start_integrity_check(data)  # quick_check overlaps Qt's start-up
    settings = Settings.load(data.settings)
    locale = resolve_locale(args.lang or settings.language)
    app = make_application(sys.argv[:1])
    install_translators(app, ui_language(locale))
    from sellerdesk.ui.settings.backups import resolve_integrity

    integrity = resolve_integrity(integrity, data, settings)
    if integrity is None:  # damaged, and the owner chose not to restore: quit
        return 1
    try:
        ctx = create_context(data, lang=args.lang, demo=args.demo,
                             marketplace=demo_marketplace(args))
    except SellerDeskError as exc:
        log.error("cannot open %s: %s", data.root, exc)
        print(f"sellerdesk: {exc}", file=sys.stderr)
        show_startup_error(str(exc))
        return 1

    from sellerdesk.ui.collector import GuiThreadCollector
    from sellerdesk.ui.main_window import MainWindow

    collector = GuiThreadCollector(parent=app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quitting = asyncio.Event()
    app.aboutToQuit.connect(quitting.set)
    from sellerdesk.ui.sync.setup import start_sync

    window = MainWindow(ctx)
    from sellerdesk.ui.settings.backups import install_backups

    install_backups(ctx, window, integrity)  # late check verdict, backups every 30 min and at quit
    window.show()
    window.start()
    try:
        with loop:
            ctx.jobs.start(start_sync(ctx, window), name="sync-setup")
            loop.run_until_complete(quitting.wait())
            for closer in list(ctx.closers):  # stop the scheduler before cancelling its task
                if getattr(closer, "__name__", "") == "stop":
                    closer()
            loop.run_until_complete(ctx.jobs.shutdown())
    finally:
        ctx.close()
        collector.stop()
    log.info("quit cleanly")
    return 0
