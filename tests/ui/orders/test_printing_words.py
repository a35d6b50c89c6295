"""A PDF that cannot be written is said in words, and Qt's "QPainter::begin(): Returned false"
never reaches the terminal (issue #16, item 6). A real child process (a window's printer on a
real shop, offscreen), so its stderr is what a terminal would show."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.file_keyring import ROOT

CHILD = textwrap.dedent("""
    import asyncio, sys
    from pathlib import Path
    import qasync
    from PySide6.QtGui import QPdfWriter
    from PySide6.QtWidgets import QApplication, QWidget
    from sellerdesk.app import create_context
    from sellerdesk.logs import setup_logging
    from sellerdesk.paths import DataDir
    from sellerdesk.ui.orders.documents import paint_on
    from sellerdesk.ui.orders.printing import DocumentPrinter, Prepared

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    folder = Path(sys.argv[1])
    setup_logging(folder / "logs")
    ctx = create_context(DataDir(folder / "shop").ensure(), lang="en")
    printer = DocumentPrinter(ctx, QWidget())
    prepared = Prepared("Pick list", lambda device, painter: 1, False)

    async def main():
        try:
            await printer.save_pdf(prepared, folder)  # a folder where the file should go
        except OSError as error:
            print("words:", error.strerror)
        try:  # a painter that cannot begin, as a printer that refuses
            paint_on(QPdfWriter(str(folder)), prepared.renderer)
        except OSError:
            print("painter refused")

    loop.run_until_complete(main())
    loop.run_until_complete(ctx.jobs.shutdown())
    ctx.database.close()
""")


def test_a_pdf_that_cannot_be_written_is_said_in_words_and_qt_stays_quiet(
        tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    child = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True,
                           text=True, env=env, cwd=ROOT, timeout=120)
    assert child.returncode == 0, child.stderr
    assert "words: Is a directory" in child.stdout, child.stdout + child.stderr
    assert "painter refused" in child.stdout
    assert "QPainter" not in child.stderr, child.stderr
    log = (tmp_path / "logs" / "sellerdesk.log").read_text()
    assert "Qt: QPainter::begin(): Returned false" in log, log
