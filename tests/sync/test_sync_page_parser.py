"""A big pull's pages downloaded and parsed in a worker process (`sync.page_parser`), fed in
order by `sync.feed_reader`: the shop ends up exactly as with every page parsed where it is
applied, whatever the worker does - answers, dies, or cannot download a page."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import Client, Server, figure, shop_dump

from sellerdesk.marketplaces import rest
from sellerdesk.marketplaces.base import ChangeBatch, ErrorKind, MarketplaceError
from sellerdesk.marketplaces.rest_pages import parse_page
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.sync import engine, feed_reader
from sellerdesk.sync.page_parser import PageParser, Parsed

PAGE = 25  # feed entries per page: the demo shop is some twenty pages
PARSER = rest.RestMarketplace.page_parser


class CountingParser(PageParser):
    """The engine's worker, ready before the pull goes on (so that it takes every page after
    the second), counting the pages it answered; `die_after` pages, it is killed."""

    made: list[CountingParser] = []
    die_after: int | None = None

    def __init__(self, parser: str) -> None:
        super().__init__(parser)
        self.answered = 0  # pages it downloaded and parsed
        self.failed = 0  # pages it could not download, handed back to the engine
        self.taken_here = 0  # pages it took, then could not finish
        assert self._ready.wait(30), "the page parser never started"
        CountingParser.made.append(self)

    def download(self, request: Any, fallback: Callable[[], ChangeBatch]) -> Any:
        if self.die_after is not None and self.answered >= self.die_after:
            self._process.kill()
            self._process.join(10)

        def here() -> ChangeBatch:
            self.taken_here += 1
            return fallback()

        ready = self.ready
        parsed = super().download(request, here)
        if parsed is not None:
            self.answered += 1
        elif ready and not self.broken:
            self.failed += 1
        return parsed


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[CountingParser]]:
    monkeypatch.setattr(rest, "FEED_PAGE", PAGE)
    monkeypatch.setattr(feed_reader, "PageParser", CountingParser)
    CountingParser.made = []
    CountingParser.die_after = None
    yield CountingParser


@contextmanager
def _demo_clients(start: Callable[..., RunningSandbox], fast_tmp: Path,
                  ) -> Iterator[tuple[Server, Client, Client]]:
    """The demo shop, a client that uses the worker and one that parses every page itself."""
    demo = start(seed="demo")
    aside = Client.connect(fast_tmp / "aside" / "sellerdesk.db", demo.url, "aside")
    here = Client.connect(fast_tmp / "here" / "sellerdesk.db", demo.url, "here")
    here.market.page_parser = None  # type: ignore[misc]
    try:
        yield Server(demo), aside, here
    finally:
        aside.close()
        here.close()


def test_pages_parsed_in_the_worker_leave_the_shop_as_pages_parsed_here(
        start: Callable[..., RunningSandbox], fast_tmp: Path,
        counting: type[CountingParser]) -> None:
    with _demo_clients(start, fast_tmp) as (_server, aside, here):
        report = aside.sync()
        assert report.ok, report.error
        assert here.sync().ok
        [worker] = counting.made
        figure(f"worker process: {report.pages} pages, {worker.answered} downloaded and parsed "
               f"by the worker, {report.requests} requests")
        assert report.pages >= 10
        # the first MANY_PAGES pages (and, most often, the next) came before the worker
        assert report.pages - engine.MANY_PAGES - 1 <= worker.answered
        assert worker.answered <= report.pages - engine.MANY_PAGES
        assert worker.taken_here == 0
        assert shop_dump(aside) == shop_dump(here)
        assert not worker._process.is_alive()  # ended with the pull
        again = aside.sync()  # nothing new: one page, no worker
        assert again.ok and again.requests == 1 and len(counting.made) == 1


def test_a_worker_killed_mid_pull_loses_no_page(
        start: Callable[..., RunningSandbox], fast_tmp: Path,
        counting: type[CountingParser]) -> None:
    counting.die_after = 4
    with _demo_clients(start, fast_tmp) as (_server, aside, here):
        report = aside.sync()
        assert report.ok, report.error
        assert here.sync().ok
        [worker] = counting.made
        figure(f"worker killed after {worker.answered} of {report.pages} pages; the rest "
               "parsed here")
        assert worker.answered == 4 and worker.broken
        assert shop_dump(aside) == shop_dump(here)


def test_pages_the_worker_cannot_download_are_fetched_here(
        start: Callable[..., RunningSandbox], fast_tmp: Path,
        counting: type[CountingParser]) -> None:
    """503s and bodies cut short: the worker hands each such page back, the engine fetches it
    itself and learns why (a pass may end there, retryable); the shop converges all the same."""
    with _demo_clients(start, fast_tmp) as (server, aside, here):
        server.faults("error_rate=0.15,truncate=0.1", seed=11)
        # bounded: each pass keeps the pages before its fault
        passes = next((n for n in range(1, 41) if aside.sync().ok), None)
        server.heal()
        assert aside.sync().ok and here.sync().ok
        answered = sum(worker.answered for worker in counting.made)
        failed = sum(worker.failed for worker in counting.made)
        figure(f"faults on the feed: {passes} passes; the worker answered {answered} pages "
               f"and handed back {failed}")
        assert answered > 0 and failed > 0
        assert shop_dump(aside) == shop_dump(here)


def test_a_malformed_page_gives_the_same_error_through_the_worker() -> None:
    cut = b'{"changes": [{"entity": "product", "data": {"id": "x"}}], "next": 7'
    odd = b'{"changes": [{"entity": "product", "data": {"id": "x"}}], "next": 7, "has_more": 0}'
    worker = PageParser(PARSER)
    try:
        assert worker._ready.wait(30)
        for page in (cut, odd):
            with pytest.raises(MarketplaceError) as here:
                parse_page(page)
            with pytest.raises(MarketplaceError) as aside:
                parsed = worker.submit(page, lambda page=page: parse_page(page))
                assert parsed is not None and parsed.head.cursor == "7"
                parsed.result()
            assert aside.value.kind == here.value.kind == ErrorKind.RETRYABLE
            assert aside.value.message == here.value.message
        good = (b'{"changes": [{"entity": "variant", "id": "v", "deleted": true}],'
                b' "next": 9, "has_more": true}')
        parsed = worker.submit(good, lambda: parse_page(good))
        assert parsed is not None and parsed.result() == parse_page(good)
        assert not worker.broken  # a bad page is the page's problem, not the worker's
    finally:
        worker.close()


CHILD = """
import sys, time
from sellerdesk.sync.page_parser import PageParser
if __name__ == "__main__":  # the worker is spawned: it imports this file again
    worker = PageParser(sys.argv[1])
    assert worker._ready.wait(30)
    print(worker._process.pid, flush=True)
    time.sleep(600)
"""


def _ended(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the worker's state in /proc")
def test_the_worker_ends_when_the_sync_process_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(textwrap.dedent(CHILD))
    root = str(Path(__file__).resolve().parents[2])
    child = subprocess.Popen([sys.executable, str(script), PARSER], stdout=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": root}, text=True)
    try:
        assert child.stdout is not None
        pid = int(child.stdout.readline())
        assert not _ended(pid)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        deadline = time.monotonic() + 10
        while not _ended(pid):  # bounded: its input closed with its parent, it exits
            assert time.monotonic() < deadline, "the page parser outlived the sync process"
            time.sleep(0.02)
    finally:
        child.kill()
        child.wait(10)


def test_the_feed_reader_reads_ahead_in_order_and_keeps_a_failed_page() -> None:
    """Pages known before their batch (`Parsed`) are followed at once, up to DEPTH ahead; a page
    that fails is raised each time it is taken, and nothing after it is read."""
    started: list[int] = []
    queued: list[int] = []  # how many downloads the reader held as each one started
    reader: feed_reader.FeedReader | None = None
    filled = threading.Event()

    def download(cursor: str | None) -> Parsed:
        number = int(cursor or 0)
        started.append(number)
        queued.append(len(reader._queue) if reader is not None else 1)
        if len(started) == feed_reader.DEPTH:
            filled.set()
        if number == 6:
            raise MarketplaceError(ErrorKind.RETRYABLE, "page lost")
        head = ChangeBatch(cursor=str(number + 1), has_more=number + 1 < 10)
        batch: Future[ChangeBatch] = Future()
        batch.set_result(head)
        return Parsed(head, batch, lambda: head)

    with ThreadPoolExecutor(max_workers=1) as executor:
        reader = feed_reader.FeedReader(executor, download, lambda page: page, None,
                                        lambda: False)
        assert filled.wait(10)  # DEPTH pages on their way before any is taken
        taken = [reader.take() for _ in range(6)]
        assert [batch.cursor for batch in taken if batch] == [str(n) for n in range(1, 7)]
        for _ in range(2):
            with pytest.raises(MarketplaceError):
                reader.take()
    assert started == list(range(7))  # in order, each once, none past the failed page
    assert max(queued) == feed_reader.DEPTH  # read ahead, never further than DEPTH


def test_pages_parsed_here_are_read_one_ahead_as_before() -> None:
    """An adapter whose pages are parsed in the applying process (AliExpress's `changes` does
    it all) is asked for the next page only when this one is taken, never further ahead."""
    queued: list[int] = []
    reader: feed_reader.FeedReader | None = None

    def download(cursor: str | None) -> ChangeBatch:
        number = int(cursor or 0)
        queued.append(len(reader._queue) if reader is not None else 1)
        return ChangeBatch(cursor=str(number + 1), has_more=number + 1 < 6)

    with ThreadPoolExecutor(max_workers=1) as executor:
        reader = feed_reader.FeedReader(executor, download, lambda page: page, None,
                                        lambda: False)
        cursors = [batch.cursor for batch in iter(reader.take, None)]
    assert cursors == ["1", "2", "3", "4", "5", "6"]
    assert max(queued) == 1
