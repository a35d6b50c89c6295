"""Screenshots of the real window on the demo shop, for the README and the docs.

Run under a real X server so fonts and styles are the platform's:
    Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb \
        python docs/make_screenshots.py --lang it
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

import qasync

from sellerdesk.app import create_context, make_application
from sellerdesk.paths import DataDir
from sellerdesk.ui.main_window import ORDERS, MainWindow
from sellerdesk.ui.translators import install_translators

OUT = Path(__file__).resolve().parent / "screenshots"


async def wait_until(condition: object, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():  # type: ignore[operator]
        if loop.time() > deadline:
            raise TimeoutError("the window did not load in time")
        await asyncio.sleep(0.05)


async def shoot(window: MainWindow, lang: str) -> None:
    await wait_until(lambda: window.catalogue.model.rowCount() > 0)
    window.catalogue.table.selectRow(0)
    await wait_until(lambda: window.catalogue.detail.currentWidget()
                     is window.catalogue.detail.content)
    window.refresh_status()
    await asyncio.sleep(0.5)
    window.grab().save(str(OUT / f"main-window-{lang}.png"))
    window.sidebar.setCurrentRow(ORDERS)
    await wait_until(lambda: window.orders.model.rowCount() > 0)
    await asyncio.sleep(0.3)
    window.grab().save(str(OUT / f"orders-{lang}.png"))
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="it")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        ctx = create_context(DataDir(Path(folder)).ensure(), lang=args.lang, demo=True)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = MainWindow(ctx)
        window.resize(1400, 860)
        window.show()
        window.start()
        with loop:
            loop.run_until_complete(shoot(window, args.lang))
            loop.run_until_complete(ctx.jobs.shutdown())
        ctx.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
