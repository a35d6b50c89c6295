"""Quitting while background work is under way: exit code 0, no traceback, no waiting."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sellerdesk.cli import main
    from sellerdesk.ui import main_window

    original_start = main_window.MainWindow.start

    def start_with_work(self):
        original_start(self)
        # A thread that would run for a minute unless cancelled, and a task that never ends.
        self.ctx.jobs.start(self.ctx.jobs.cancellable(lambda token: token.wait(60)),
                            name="long-thread-job")
        self.ctx.jobs.start(asyncio.sleep(3600), name="endless-task")
        self.catalogue.reload()
        def quit_when_busy():
            assert self.ctx.jobs.running >= 2, self.ctx.jobs.running
            print("quitting with", self.ctx.jobs.running, "jobs", flush=True)
            QApplication.quit()
        QTimer.singleShot(300, quit_when_busy)

    main_window.MainWindow.start = start_with_work
    sys.exit(main(sys.argv[1:]))
    """
)


def test_quit_with_background_work_exits_cleanly(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, "--demo", "--data-dir", str(tmp_path / "shop")],
        env=env, capture_output=True, text=True, timeout=120,
    )
    elapsed = time.monotonic() - started
    assert "quitting with" in result.stdout, result.stderr
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "Error" not in result.stderr
    assert elapsed < 50, "quitting waited for the background job instead of cancelling it"
    log = (tmp_path / "shop" / "logs" / "sellerdesk.log").read_text()
    assert "quit cleanly" in log
    assert "Traceback" not in log
