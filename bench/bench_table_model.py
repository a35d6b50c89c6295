"""The product table on 100,000 products: how long can one model call keep the UI thread?

    python -m bench.bench_table_model [--db bench/data/sellerdesk.db] [--pages 300] [--jumps 100]

Drives the real `ProductTableModel` in a real `QTableView` (offscreen, 1280 × 800), exactly as
the Catalogue page builds it, and times every call Qt makes into the model on the UI thread
while it scrolls page by page, jumps to random places and to the end, and sorts by every column
both ways. The ids query of a sort runs on a worker thread in the app; it is timed apart. The
figure that matters is the worst single model call: that is how long the window can be
unresponsive because of the table. It also prints the most rows ever held in memory, to show
that neither scrolling nor sorting loads the whole table.

Uses the generated shop in bench/data (`python -m bench.generate_shop --out bench/data`) when it
is there, else builds a plain 100,000-product shop in a temporary folder (about 10 s).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QTableView

from sellerdesk.catalogue.queries import SORT_KEYS, CatalogueBrowser, ProductFilter
from sellerdesk.i18n import Formatter
from sellerdesk.store import Database
from sellerdesk.ui.catalogue.product_model import ProductTableModel
from sellerdesk.ui.lazy_model import BLOCK, CACHE_BLOCKS

BENCH_DB = Path(__file__).resolve().parent / "data" / "sellerdesk.db"


class Deliver(QObject):
    """Carries a read-ahead's rows from the worker thread to the UI thread (queued signal)."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(lambda pair: pair[0](pair[1]))


class Timings:
    """Per-method durations of calls into the model, in milliseconds."""

    def __init__(self) -> None:
        self.calls: dict[str, list[float]] = defaultdict(list)
        self.worst: dict[str, str] = {}

    def wrap(self, owner: Any, name: str) -> None:
        original = getattr(owner, name)
        calls = self.calls[name]

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                calls.append((time.perf_counter() - started) * 1000)

        setattr(owner, name, timed)


def ensure_shop(db: Path | None, keep: list[tempfile.TemporaryDirectory[str]]) -> Path:
    if db is not None:
        return db
    if BENCH_DB.exists():
        return BENCH_DB
    folder = tempfile.TemporaryDirectory(prefix="bench-table-")
    keep.append(folder)
    path = Path(folder.name) / "sellerdesk.db"
    print("building a plain 100,000-product shop (no bench/data/sellerdesk.db)…", flush=True)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.ui.conftest import _bulk_shop

    _bulk_shop(path, 100_000)
    return path


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def run(db_path: Path, *, pages: int, jumps: int, seed: int) -> dict[str, Any]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    database = Database.open(db_path)
    browser = CatalogueBrowser(database)
    rows_fetched: list[int] = []
    read_ms: list[float] = []

    def fetch(ids: list[str]) -> dict[str, Any]:
        rows_fetched.append(len(ids))
        started = time.perf_counter()
        try:
            return browser.rows(ids, language="it")
        finally:
            read_ms.append((time.perf_counter() - started) * 1000)

    # Reading ahead as the page does it: a worker thread, rows handed back on the UI thread.
    pool = ThreadPoolExecutor(max_workers=2)
    deliver = Deliver()

    ahead: list[int] = []

    def schedule(ids: list[str], done: Callable[[dict[str, Any]], None]) -> None:
        ahead.append(len(ids))
        future = pool.submit(browser.rows, ids, language="it")
        future.add_done_callback(lambda f: deliver.arrived.emit((done, f.result())))

    model = ProductTableModel(fetch, Formatter("it_IT"), 3, schedule=schedule)
    timings = Timings()
    for name in ("data", "rowCount", "columnCount", "headerData", "set_ids"):
        timings.wrap(model, name)
    view = QTableView()
    view.resize(1280, 800)
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.show()
    most_cached = 0

    def paint() -> None:
        nonlocal most_cached
        view.viewport().repaint()
        app.processEvents()
        time.sleep(0.01)  # the owner reads for a moment; read-ahead gets its chance
        app.processEvents()
        most_cached = max(most_cached, model.cached_rows)

    queries: dict[str, list[float]] = defaultdict(list)

    def sorted_ids(key: str, descending: bool) -> list[str]:
        started = time.perf_counter()
        ids = browser.ids(ProductFilter(), sort=key, descending=descending, language="it")
        queries[f"{key} {'desc' if descending else 'asc'}"].append(
            (time.perf_counter() - started) * 1000)
        return ids

    ids = sorted_ids("sku", False)
    model.set_ids(ids)
    paint()
    total = model.rowCount()
    scrollbar = view.verticalScrollBar()
    rng = random.Random(seed)

    # -- scrolling: page by page from the top, then random jumps, then the end and back
    before_pages = len(rows_fetched)
    for _ in range(pages):
        scrollbar.setValue(scrollbar.value() + scrollbar.pageStep())
        paint()
    paging_reads = len(rows_fetched) - before_pages
    paged_rows = scrollbar.value() - 0
    for _ in range(jumps):
        scrollbar.setValue(rng.randrange(scrollbar.maximum() + 1))
        paint()
    view.scrollToBottom()
    paint()
    view.scrollToTop()
    paint()
    scroll_calls = sum(len(v) for v in timings.calls.values())

    # -- sorting: every column both ways, then a look at the top, the middle and the end
    for key in SORT_KEYS:
        for descending in (False, True):
            model.set_ids(sorted_ids(key, descending))
            for position in (0, scrollbar.maximum() // 2, scrollbar.maximum()):
                scrollbar.setValue(position)
                paint()

    data = timings.calls["data"]
    result = {
        "database": str(db_path),
        "products": total,
        "model_calls": sum(len(v) for v in timings.calls.values()),
        "scroll_calls": scroll_calls,
        "worst_call_ms": max(max(v) for v in timings.calls.values() if v),
        "worst_by_method_ms": {name: max(v) for name, v in timings.calls.items() if v},
        "data_p50_ms": statistics.median(data),
        "data_p99_ms": percentile(data, 99),
        "data_calls": len(data),
        "block_reads": len(rows_fetched),
        "paging_reads": paging_reads,
        "paged_rows": paged_rows,
        "read_ahead": len(ahead),
        "block_read_p50_ms": statistics.median(read_ms),
        "block_read_p95_ms": percentile(read_ms, 95),
        "block_read_max_ms": max(read_ms),
        "calls_over_16ms": sum(1 for v in timings.calls.values() for ms in v if ms > 16),
        "rows_per_read_max": max(rows_fetched),
        "most_rows_in_memory": most_cached,
        "cache_limit": BLOCK * CACHE_BLOCKS,
        "sort_query_ms": {key: max(values) for key, values in queries.items()},
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    view.close()
    pool.shutdown(wait=True)
    database.close()
    return result


def report(result: dict[str, Any]) -> None:
    print(f"shop: {result['database']} ({result['products']:,} products)")
    print(f"model calls on the UI thread: {result['model_calls']:,} "
          f"({result['scroll_calls']:,} while scrolling, the rest while sorting)")
    print(f"WORST MODEL CALL: {result['worst_call_ms']:.1f} ms")
    for name, worst in sorted(result["worst_by_method_ms"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:12} worst {worst:7.2f} ms")
    print(f"data(): {result['data_calls']:,} calls, p50 {result['data_p50_ms'] * 1000:.0f} µs, "
          f"p99 {result['data_p99_ms']:.2f} ms (a block read is inside the call that needs it)")
    print(f"block reads (inside data()): p50 {result['block_read_p50_ms']:.1f} ms, "
          f"p95 {result['block_read_p95_ms']:.1f} ms, max {result['block_read_max_ms']:.1f} ms; "
          f"model calls over 16 ms (one frame): {result['calls_over_16ms']}")
    print(f"paging down {result['paged_rows']:,} rows needed {result['paging_reads']} reads on "
          f"the UI thread; {result['read_ahead']} blocks were read ahead in a worker thread")
    print(f"block reads: {result['block_reads']:,} of at most {result['rows_per_read_max']} rows; "
          f"most rows ever in memory: {result['most_rows_in_memory']:,} "
          f"(cache limit {result['cache_limit']:,}) of {result['products']:,}")
    print("sort queries (worker thread, not the UI thread), worst of the run:")
    for key, ms in result["sort_query_ms"].items():
        print(f"  {key:14} {ms:8.1f} ms")
    print(f"peak RSS: {result['peak_rss_mb']:.0f} MB")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a shop database (default: bench/data or built)")
    parser.add_argument("--pages", type=int, default=300, help="page-downs from the top")
    parser.add_argument("--jumps", type=int, default=100, help="random scroll positions")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    keep: list[tempfile.TemporaryDirectory[str]] = []
    source = ensure_shop(args.db, keep)
    # Only reads: a current schema is checked without writing, and the model never writes.
    result = run(source, pages=args.pages, jumps=args.jumps, seed=args.seed)
    report(result)
    for folder_ in keep:
        folder_.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
