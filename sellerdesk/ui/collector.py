"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to cross its allocation threshold: in this app
that is often the sync thread or a job-pool worker. When it frees a cycle that holds Qt
wrappers (a closed dialog and its slots, a window of an earlier test), the C++ objects are
destroyed off the thread that owns them; their timers and pending events then dangle and the
process dies with a segmentation fault some time later, far from the cause. So automatic
collection is switched off and the GUI thread collects on a timer, generation by generation,
the way the automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Disables automatic collection while it lives; collects from the Qt event loop."""

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect the generations whose counts crossed their thresholds; the number freed."""
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Collect everything once more on this thread, then give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

