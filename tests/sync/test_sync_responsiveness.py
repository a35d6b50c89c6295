"""Acceptance 4, responsiveness: a full first sync runs from a qasync loop on the Qt main thread
through `asyncio.to_thread(engine.sync_once)`, as the window runs it, and the Qt event loop keeps
turning: a 10 ms timer records the gap between its ticks, and no gap reaches 100 ms.

What is measured is the app's doing: a gap also grows while the operating system keeps the GUI
thread waiting for a CPU (other programs on a loaded 2-core machine; the test was flaky there).
Linux counts that time per thread (`/proc/self/task/<tid>/schedstat`, time spent runnable on a
run queue), so each gap is judged without it; waiting for the interpreter lock or for a
blocked event loop is sleeping, not queueing, and stays counted. Both figures are printed.

The marketplace runs in a process of its own, as a real one would: in this process it would be
the sandbox's own request handling, not the app, competing with the window for the interpreter.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sync_helpers import Client, figure

from sellerdesk.sandbox import catalogue as sandbox_catalogue
from sellerdesk.sandbox import orders as sandbox_orders
from sellerdesk.sandbox.database import Database as SandboxDatabase
from sellerdesk.sandbox.schemas import ProductIn
from sellerdesk.sandbox.seed import seed_if_new

PRODUCTS, ORDERS = 1_500, 3_000
TICK_MS = 10
LIMIT_MS = 100
SERVER = """
import sys
from pathlib import Path
from sellerdesk.sandbox.embedded import start_sandbox
with start_sandbox(data=Path(sys.argv[1]), seed="empty", audit_delay=0.0,
                   rate_limit=100000.0, rate_burst=100000) as sandbox:
    print(sandbox.url, flush=True)
    sys.stdin.read()
"""


def fill(path: Path) -> None:
    """Products with two languages and two variants, then buyers' orders taking stock."""
    db = SandboxDatabase(path)
    try:
        seed_if_new(db, "empty")
        with db.write() as tx:
            for number in range(PRODUCTS):
                sandbox_catalogue.create_product(tx, ProductIn.model_validate({
                    "main_language": "it", "status": "active", "tags": ["bench"],
                    "texts": {"it": {"title": f"Divano {number}", "description": "Lino. " * 30},
                              "en": {"title": f"Sofa {number}", "description": "Linen. " * 30}},
                    "variants": [{"sku": f"R{number:05d}-{v}", "stock": 100,
                                  "options": {"Colore": ("Blu", "Rosso")[v]},
                                  "price": {"amount_minor": 10_000 + number, "currency": "EUR"}}
                                 for v in range(2)],
                }), audit_delay=0.0, currency="EUR")
        with db.write() as tx:
            for number in range(ORDERS):
                sku = f"R{number % PRODUCTS:05d}-{number % 2}"
                sandbox_orders.place_order(
                    tx, buyer={"name": f"Cliente {number}", "email": f"c{number}@example.com",
                               "country": "IT"},
                    shipping_address={"name": f"Cliente {number}", "line1": "Via Roma 1",
                                      "city": "Firenze", "postal_code": "50100",
                                      "country": "IT"},
                    lines=[sandbox_orders.LineIn(sku=sku, quantity=1)], shipping_minor=0,
                    currency="EUR")
    finally:
        db.close()


def queued_seconds() -> float:
    """Seconds this thread has spent runnable but waiting for a CPU (0.0 where the kernel does
    not say: then the gaps are judged whole, as before)."""
    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as stats:
            return int(stats.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


@pytest.fixture
def marketplace(fast_tmp: Path) -> Iterator[str]:
    path = fast_tmp / "marketplace.db"
    fill(path)
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    url = server.stdout.readline().strip()
    try:
        assert url.startswith("http://"), url
        yield url
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=30)


def test_the_event_loop_never_stalls_during_a_full_sync(qapp: QApplication, marketplace: str,
                                                        fast_tmp: Path) -> None:
    client = Client.connect(fast_tmp / "desk" / "sellerdesk.db", marketplace, "desk")
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    gaps: list[float] = []  # ms between ticks, as the clock on the wall says
    queued: list[float] = []  # ms of each gap the GUI thread spent waiting for a CPU
    ends: list[float] = []  # when each gap ended
    last = [0.0, 0.0]
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)

    def tick() -> None:
        now, waited = time.perf_counter(), queued_seconds()
        gaps.append((now - last[0]) * 1000)
        queued.append((waited - last[1]) * 1000)
        ends.append(now)
        last[:] = [now, waited]

    timer.timeout.connect(tick)

    began = 0.0

    async def full_sync() -> tuple[object, float]:
        nonlocal began
        last[:] = [time.perf_counter(), queued_seconds()]
        timer.start()
        began = time.perf_counter()
        report = await asyncio.to_thread(client.engine.sync_once)
        elapsed = time.perf_counter() - began
        await asyncio.sleep(3 * TICK_MS / 1000)  # one last tick after the worker's end
        timer.stop()
        return report, elapsed

    try:
        report, elapsed = loop.run_until_complete(full_sync())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
        client.close()
    assert getattr(report, "ok", False), report
    stalls = [gap - wait for gap, wait in zip(gaps, queued, strict=True)]
    worst = max(stalls)
    at = ends[stalls.index(worst)] - began
    figure(f"responsiveness: full sync of {PRODUCTS:,} products and {ORDERS:,} orders "
           f"({getattr(report, 'pulled', 0):,} changes, {elapsed:.1f} s) in a worker thread "
           f"from qasync: {len(gaps)} ticks of a {TICK_MS} ms timer, median gap "
           f"{statistics.median(gaps):.1f} ms, worst {max(gaps):.1f} ms on the wall clock; "
           f"without the GUI thread's {sum(queued):.0f} ms waiting for a CPU, worst "
           f"{worst:.1f} ms, ending {at:.2f} s into the sync (limit {LIMIT_MS} ms)")
    assert len(gaps) >= elapsed * 1000 / TICK_MS / 2  # the loop really turned throughout
    assert worst < LIMIT_MS
