"""The change feed's pages, downloaded ahead of the thread that applies them.

The next page's address is in the page before it (its cursor), so downloads form a chain; the
applying thread should never wait on it. With the pages parsed in the thread that applies them,
one download ahead was enough. With a worker process parsing them (`sync.page_parser`), a page
is known - where the feed goes on - some milliseconds before its batch is: the next download
starts then, and up to `DEPTH` pages are on their way at once, so that a page's conversion in
the worker overlaps with the downloads after it instead of adding to each page's time.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

from sellerdesk.marketplaces.base import ChangeBatch, Marketplace
from sellerdesk.sync.page_parser import PageParser, Parsed

log = logging.getLogger(__name__)

DEPTH = 3  # pages downloaded ahead at most (each a few hundred KB, and its objects)


def _head(got: Any) -> ChangeBatch | None:
    """Where the feed goes on after a page the worker took (`Parsed`); None for the others,
    which are followed when they are taken, one download ahead, as before the worker (an
    adapter whose `changes` does it all, AliExpress's, is not read further ahead than that)."""
    return got.head if isinstance(got, Parsed) else None


class FeedReader:
    """Pages in feed order from `download(cursor)`, run on `executor` (one thread).

    `download` returns a ChangeBatch, a `Parsed` page, or a page still to be parsed with
    `parse`. A page that fails (download or parsing) raises from `take` every time it is
    taken, and nothing after it is taken: the caller ends the pull there."""

    def __init__(self, executor: Executor, download: Callable[[str | None], Any],
                 parse: Callable[[Any], ChangeBatch], cursor: str | None,
                 cancelled: Callable[[], bool]) -> None:
        self._executor = executor
        self._download = download
        self._parse = parse
        self._cancelled = cancelled
        self._lock = threading.RLock()  # a done callback may run in the submitting thread
        self._queue: deque[Future[Any]] = deque()
        self._submit(cursor)

    def _submit(self, cursor: str | None) -> None:
        future = self._executor.submit(self._download, cursor)
        self._queue.append(future)
        future.add_done_callback(self._chain)

    def _follow(self, head: ChangeBatch | None) -> None:
        """Start the download after the newest one, whose page says `head` (lock held)."""
        if head is None or not head.has_more or self._cancelled():
            return
        if len(self._queue) < DEPTH:
            self._submit(head.cursor)

    def _chain(self, future: Future[Any]) -> None:
        with self._lock:
            if not self._queue or future is not self._queue[-1]:
                return  # an older download: its follower is on its way already
            if future.cancelled() or future.exception() is not None:
                return
            self._follow(_head(future.result()))

    def next_page(self) -> Future[Any] | None:
        """The download the next `take` returns, or None at the end of the feed."""
        with self._lock:
            return self._queue[0] if self._queue else None

    def take(self) -> ChangeBatch | None:
        """The next page as a batch, waiting for it; None at the end of the feed."""
        future = self.next_page()
        if future is None:
            return None
        got = future.result()  # a failed download raises here, and again next time
        if isinstance(got, Parsed):
            with self._lock:  # the queue may be short of its depth if a page was slow
                if future is self._queue[-1]:
                    self._follow(got.head)
            batch = got.result()
        else:
            batch = got if isinstance(got, ChangeBatch) else self._parse(got)
        with self._lock:
            self._queue.popleft()
            if not self._queue:  # parsed here: only now is the next page's address known
                self._follow(batch)
            elif (newest := self._queue[-1]).done() and newest.exception() is None:
                self._follow(_head(newest.result()))  # held back by the depth until now
        return batch


class PageSource:
    """Where a pull's pages come from: `fetch`ed here (and `parse`d by the applying thread),
    or, once the pull turns out big (`many_pages`), downloaded and parsed by a worker process
    (`page_parser`) when the adapter names its parser; what the worker cannot take is taken
    here as before. `close` ends the worker."""

    def __init__(self, market: Marketplace, fetch: Callable[[str | None], Any],
                 parse: Callable[[Any], ChangeBatch]) -> None:
        self._fetch = fetch
        self._parse = parse
        self._parser: str | None = getattr(market, "page_parser", None)
        self._page_request: Callable[[str | None], Any] | None = getattr(
            market, "page_request", None)
        self.worker: PageParser | None = None

    def many_pages(self) -> None:
        """The pull turned out big: start the worker (once per pull, if at all)."""
        if self._parser is None:
            return
        parser, self._parser = self._parser, None
        try:
            self.worker = PageParser(parser)
        except OSError as exc:
            log.warning("no page parser process (%s); pages are parsed here", exc)

    def download(self, cursor: str | None) -> Any:
        """The page after `cursor`: a `Parsed` page from the worker, else as `fetch` gives it."""
        worker = self.worker

        def again() -> ChangeBatch:  # what the worker could not finish, done here
            return self._parse(self._fetch(cursor))

        if worker is not None and worker.ready and self._page_request is not None and (
                parsed := worker.download(self._page_request(cursor), again)) is not None:
            return parsed
        page = self._fetch(cursor)
        if worker is not None and not isinstance(page, ChangeBatch):
            return worker.submit(page, lambda: self._parse(page)) or page
        return page

    def close(self) -> None:
        if self.worker is not None:
            self.worker.close()
