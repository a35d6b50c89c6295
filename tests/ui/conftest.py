"""Qt fixtures: the real window on a real database, driven on a qasync loop."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync

from sellerdesk.app import create_context
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.main_window import MainWindow
from tests.keyrings import MemoryKeyring
from tests.keyrings import memory_keyring as in_memory_keyring

BIG_SHOP_PRODUCTS = 100_000
Runner = Callable[[Coroutine[Any, Any, Any]], Any]


@pytest.fixture
def run(qapp: Any) -> Iterator[Runner]:
    """Run a test coroutine on a qasync loop, as the app does, with a bounded time."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)

    def runner(coroutine: Coroutine[Any, Any, Any]) -> Any:
        return loop.run_until_complete(asyncio.wait_for(coroutine, timeout=60))

    yield runner
    loop.close()
    asyncio.set_event_loop(None)


async def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Let the loop run until `condition` holds (bounded): Qt has no other way to say "done"."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The OS keyring replaced by a dict for the test (DESIGN §10)."""
    with in_memory_keyring() as backend:
        yield backend


@pytest.fixture
def make_window(qtbot: Any, run: Runner) -> Iterator[Callable[..., MainWindow]]:
    """Open the real main window on a data folder; everything is closed after the test."""
    opened: list[AppContext] = []

    def factory(data: DataDir, *, lang: str = "en", demo: bool = False) -> MainWindow:
        ctx = create_context(data, lang=lang, demo=demo)
        opened.append(ctx)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.start()
        return window

    yield factory
    for ctx in opened:
        run(ctx.jobs.shutdown())
        ctx.database.close()


def _bulk_shop(path: Path, count: int) -> None:
    """A shop of `count` products (one variant, one title each) written straight in SQL: the
    triggers keep search and summaries, as for any writer."""
    Database.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    now = "2026-11-24 10:00:00.000000"
    ids = [str(uuid.UUID(int=n + 1)) for n in range(count)]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO products(id, status, main_language, category, brand, tags, sync_state, "
        "created_at, updated_at) VALUES (?, 'active', 'it', 'Divani', 'Bottega', '[]', "
        "'synced', ?, ?)",
        [(pid, now, now) for pid in ids],
    )
    conn.executemany(
        "INSERT INTO product_texts(product_id, language, title, description) "
        "VALUES (?, 'it', ?, '')",
        [(pid, f"Divano perché {n}") for n, pid in enumerate(ids)],
    )
    conn.executemany(
        "INSERT INTO variants(id, product_id, sku, options, price_minor, currency, stock, "
        "position, created_at, updated_at) VALUES (?, ?, ?, '{}', ?, 'EUR', ?, 0, ?, ?)",
        [(str(uuid.UUID(int=count + n + 1)), pid, f"SKU-{n:06d}", 1000 + n, n % 10, now, now)
         for n, pid in enumerate(ids)],
    )
    conn.execute("COMMIT")
    conn.close()


@pytest.fixture(scope="session")
def big_shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big-shop") / "sellerdesk.db"
    _bulk_shop(path, BIG_SHOP_PRODUCTS)
    return path


@pytest.fixture
def big_shop(big_shop_file: Path, tmp_path: Path) -> DataDir:
    """A private copy of the 100,000-product shop for one test."""
    data = DataDir(tmp_path / "big").ensure()
    shutil.copy(big_shop_file, data.database)
    return data
