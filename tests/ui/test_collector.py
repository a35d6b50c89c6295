"""Garbage cycles are freed on the GUI thread, never by whichever thread allocates next."""

from __future__ import annotations

import gc
import threading
from typing import Any

from sellerdesk.ui.collector import GuiThreadCollector


class Cycle:
    """Records the thread that frees it, the way a Qt wrapper's destructor would run there."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_are_freed_on_the_gui_thread_only(qapp: Any) -> None:
    gc.enable()  # as in a plain process (the suite's own collector switched it off)
    collector = GuiThreadCollector()
    assert not gc.isenabled()
    try:
        Cycle.freed_on.clear()
        for _ in range(50):
            Cycle()

        def churn() -> None:  # far past every threshold: this would have collected
            garbage = [[] for _ in range(200_000)]
            for item in garbage:
                item.append(item)
            del garbage

        worker = threading.Thread(target=churn, name="sync")
        worker.start()
        worker.join()
        assert Cycle.freed_on == []
        assert collector.check() > 0
        assert set(Cycle.freed_on) == {threading.current_thread().name}
        assert len(Cycle.freed_on) == 50
    finally:
        collector.stop()
    assert gc.isenabled()  # handed back as it was
    gc.disable()
