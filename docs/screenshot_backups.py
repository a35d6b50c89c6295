"""A screenshot of the Settings page's backups section, for the docs.

Run under a real X server so fonts and styles are the platform's:
    Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb \
        python docs/screenshot_backups.py --lang en [--qm path/to/sellerdesk_it.qm]

The shop is the demo shop with a few weeks of backups: automatic ones spread as the rotation
keeps them, one made by hand, and one taken before a restore.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import qasync
from PySide6.QtCore import QTranslator

from sellerdesk.app import create_context, make_application
from sellerdesk.backups import make_backup
from sellerdesk.paths import DataDir
from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.translators import install_translators

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--qm", help="a freshly compiled .qm with the new strings")
    args = parser.parse_args()
    app = make_application(sys.argv[:1])
    install_translators(app, args.lang)
    if args.qm:
        extra = QTranslator(app)
        extra.load(args.qm)
        app.installTranslator(extra)
    with tempfile.TemporaryDirectory() as folder:
        data = DataDir(Path(folder) / "shop").ensure()
        ctx = create_context(data, lang=args.lang, demo=True)
        now = datetime(2026, 11, 24, 17, 40, tzinfo=UTC)
        stamps = [(now - timedelta(minutes=30 * n), "auto") for n in range(3)]
        stamps += [(now - timedelta(days=d, hours=2), "auto") for d in (1, 2, 3, 5, 9, 16)]
        stamps += [(now - timedelta(hours=5), "manual"), (now - timedelta(days=2, hours=6),
                                                           "before-restore")]
        for n in range(14):  # photo files, stored by hash as the photo library does
            body = f"photo {n}".encode() * 4000
            digest = hashlib.sha256(body).hexdigest()
            target = data.photos / "objects" / digest[:2] / f"{digest}.jpg"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        for stamp, kind in stamps:
            make_backup(data.database, data.backups, photos=data.photos, kind=kind, now=stamp)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = MainWindow(ctx)
        window.resize(1280, 800)
        window.show()
        page = window.settings_page
        window.sidebar.setCurrentRow(window.pages.indexOf(page))

        async def shoot() -> None:
            while page.backups.table.rowCount() < len(stamps):
                await asyncio.sleep(0.05)
            page.backups.table.selectRow(3)
            page.backups.message.setText("")
            await asyncio.sleep(0.5)
            OUT.mkdir(exist_ok=True)
            window.grab().save(str(OUT / f"backups-{args.lang}.png"))

        with loop:
            loop.run_until_complete(shoot())
            loop.run_until_complete(ctx.jobs.shutdown())
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
