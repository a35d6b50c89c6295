"""A big pull's pages downloaded and parsed in a worker process, beside the process that applies
them.

A first sync of a big shop is a hundred pages, and the thread that applies them is the whole
pass's critical path: on one interpreter lock it parsed each page (JSON, then the adapter's data
classes - a fifth of its work) and then wrote it, while the fetch thread's HTTP client took the
lock too. The marketplace's time already overlapped with it; parsing could not, in the same
process: beside the applying thread the two handed the lock back and forth at every row SQLite
wrote. A second process has a lock of its own. The batches come back pickled, which costs the
parent about a third of parsing.

Only for adapters that name their parser as a plain function (`Marketplace.page_parser`), and
only once a pull has more than a few pages (`engine.MANY_PAGES`): a small pass never starts
one. Nothing depends on the worker: a page it cannot download or finish (not started yet, gone,
stuck, an HTTP error) is taken by the engine as before, and a page that does not parse gives
the same MarketplaceError either way.

The worker is spawned, never forked (as the photo pool's: a fork would copy the locks Qt's and
SQLite's threads hold), so a frozen build re-runs itself for it (`multiprocessing.freeze_support`
in its entry point). It talks to its parent only, over two pipes, so the pickles it sends are
trusted; it ends when its parent's end of the pipe closes, which includes its parent being
killed.
"""

from __future__ import annotations

import gc
import importlib
import logging
import multiprocessing
import queue
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any
from urllib.parse import quote

from sellerdesk.marketplaces.base import ChangeBatch, ErrorKind, MarketplaceError, PageRequest

log = logging.getLogger(__name__)

# A page the worker has not answered by then (its download's own timeouts are shorter) is
# taken here, and the worker ended.
PAGE_SECONDS = 60.0
START_SECONDS = 60.0  # a worker not started by then is given up (its pages are taken here)
SWITCH_SECONDS = 0.0005  # the worker's interpreter switch interval (Python's default: 0.005)


class _WorkerGone(Exception):
    """The worker ended (or was ended) before answering."""


class _PageFailed(Exception):
    """The worker could not download or parse this page, other than a malformed page."""


class Parsed:
    """A page handed to the worker: where the feed goes on (known first), then its batch."""

    def __init__(self, head: ChangeBatch, batch: Future[ChangeBatch],
                 fallback: Callable[[], ChangeBatch]) -> None:
        self.head = head
        self._batch = batch
        self._fallback = fallback

    def result(self) -> ChangeBatch:
        """The page's batch: the worker's, or made here (`fallback`) if the worker could not
        finish it. Raises the MarketplaceError of a malformed page, again on every call."""
        try:
            return self._batch.result(timeout=PAGE_SECONDS)
        except (_WorkerGone, _PageFailed, TimeoutError):
            return self._fallback()


class PageParser:
    """One worker process. Pages go in from one thread at a time (the engine's fetch thread);
    a reader thread takes the answers, which come in order, two per page."""

    def __init__(self, parser: str) -> None:
        self.parser = parser
        self.broken = False
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._waiting: deque[tuple[Future[ChangeBatch], Future[ChangeBatch]]] = deque()
        spawn = multiprocessing.get_context("spawn")
        their_requests, self._requests = spawn.Pipe(duplex=False)
        self._answers, their_answers = spawn.Pipe(duplex=False)
        self._process = spawn.Process(target=serve, args=(their_requests, their_answers),
                                      name="sellerdesk-page-parser", daemon=True)
        self._process.start()
        # Only the worker holds its ends now: when it dies, reading the answers says so.
        their_requests.close()
        their_answers.close()
        threading.Thread(target=self._read, name="sync-parser-read", daemon=True).start()

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and not self.broken

    def _read(self) -> None:
        """Answers to the futures of the pages sent, in order, until the worker ends."""
        try:
            if not self._answers.poll(START_SECONDS) or self._answers.recv() != ("ready",):
                return
            self._ready.set()
            while True:
                answer = self._answers.recv()
                with self._lock:
                    head, batch = self._waiting[0]
                    if answer[0] != "head":  # a page's answers end with its batch or a refusal
                        self._waiting.popleft()
                if answer[0] == "head":
                    head.set_result(ChangeBatch(cursor=answer[1], has_more=answer[2]))
                    continue
                if answer[0] == "batch":
                    batch.set_result(answer[1])
                    continue
                if answer[0] == "refused":
                    _, kind, message, status = answer
                    error: Exception = MarketplaceError(ErrorKind(kind), message, status=status)
                else:
                    error = _PageFailed(answer[1])
                for future in (head, batch):
                    if not future.done():
                        future.set_exception(error)
        except EOFError:
            log.info("the page parser ended")
        except Exception as exc:  # whatever it was, its pages are taken here from now on
            log.warning("the page parser's answers could not be read (%s)",
                        exc.__class__.__name__)
            self._process.kill()
        finally:
            self.broken = True
            with self._lock:
                left, self._waiting = list(self._waiting), deque()
            for head, batch in left:
                for future in (head, batch):
                    if not future.done():
                        future.set_exception(_WorkerGone("the page parser ended"))

    def submit(self, page: bytes, fallback: Callable[[], ChangeBatch]) -> Parsed | None:
        """`page` handed to the worker, once it says where the feed goes on; None when the
        worker cannot take it (the caller parses it). A page whose start does not parse
        raises the MarketplaceError the adapter's own parsing would."""
        return self._send(("page", self.parser, page), fallback)

    def download(self, request: PageRequest,
                 fallback: Callable[[], ChangeBatch]) -> Parsed | None:
        """`submit` for a page the worker downloads itself; None also when the download
        fails (the caller downloads it, and learns why)."""
        return self._send(("get", self.parser, request), fallback)

    def _send(self, message: tuple[str, str, Any],
              fallback: Callable[[], ChangeBatch]) -> Parsed | None:
        if not self.ready:
            return None
        head: Future[ChangeBatch] = Future()
        batch: Future[ChangeBatch] = Future()
        with self._lock:
            self._waiting.append((head, batch))
        try:
            self._requests.send(message)
            return Parsed(head.result(timeout=PAGE_SECONDS), batch, fallback)
        except _PageFailed as exc:
            log.info("the page parser could not take a page (%s)", exc)
            return None
        except (OSError, ValueError, _WorkerGone, TimeoutError) as exc:
            log.warning("the page parser stopped (%s); pages are taken here",
                        exc.__class__.__name__)
            self.broken = True
            self._process.kill()  # its answers, if any still come, would be out of step
            return None

    def close(self) -> None:
        """End the worker: its requests end, it exits; killed if it does not within seconds."""
        self._requests.close()
        self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5)
        self._answers.close()


def _function(name: str) -> Callable[[bytes], Any]:
    module, _, function = name.partition(":")
    parse: Callable[[bytes], Any] = getattr(importlib.import_module(module), function)
    return parse


_http: Any = None


def _download(request: PageRequest) -> bytes:
    """The page `request` names; anything but a 200 with a body is the parent's to fetch again
    and explain (its adapter maps statuses to errors, refreshes tokens...)."""
    global _http
    if _http is None:
        import requests  # only a worker that downloads needs it

        _http = requests.Session()
    response = _http.get(request.url, headers=request.headers, timeout=request.timeout,
                         stream=True)
    try:
        if response.status_code != 200:
            raise RuntimeError(f"HTTP {response.status_code}")
        # The body in one read: `content` reads it in 10 KB chunks, a Python call each.
        page: bytes = response.raw.read(decode_content=True)
        if not page:
            raise RuntimeError("an empty reply")
        response.raw.release_conn()  # read to the end: the connection serves the next page
        return page
    finally:
        response.close()


class _Downloads:
    """The worker's downloads, one at a time: those the parent asks for, and the page after each
    page that says where the feed goes on (`PageRequest.next_url`), started before the parent
    asks for it - its request then finds the download under way."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="download")
        self._lock = threading.Lock()
        self._ahead: dict[tuple[str, tuple[tuple[str, str], ...]], Future[bytes]] = {}

    @staticmethod
    def _key(request: PageRequest) -> tuple[str, tuple[tuple[str, str], ...]]:
        return request.url, tuple(sorted(request.headers.items()))

    def get(self, request: PageRequest) -> Future[bytes]:
        with self._lock:
            ahead = self._ahead.pop(self._key(request), None)
            self._ahead.clear()  # the feed went elsewhere (a token renewed...): not wanted
        return ahead or self._executor.submit(_download, request)

    def follow(self, request: PageRequest, cursor: str) -> None:
        """Start the download of the page after `cursor`, got with `request`'s headers."""
        if request.next_url is None:
            return
        following = PageRequest(url=request.next_url.format(cursor=quote(cursor)),
                                headers=request.headers, timeout=request.timeout,
                                next_url=request.next_url)
        with self._lock:
            if self._key(following) not in self._ahead:
                self._ahead[self._key(following)] = self._executor.submit(_download, following)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


_Job = tuple[str, Future[bytes], PageRequest | None]


def _requests(requests: Connection, downloads: _Downloads,
              jobs: queue.SimpleQueue[_Job | None]) -> None:
    """The parent's requests, as jobs in their order: a page, or its download under way (the
    next page downloads while this one is converted)."""
    try:
        while True:
            kind, name, payload = requests.recv()
            if kind == "get":
                jobs.put((name, downloads.get(payload), payload))
            else:
                page: Future[bytes] = Future()
                page.set_result(payload)
                jobs.put((name, page, None))
    except (EOFError, OSError, ValueError):
        pass  # the parent is gone, or said something this worker cannot read: the end
    finally:
        jobs.put(None)


def serve(requests: Connection, answers: Connection) -> None:
    """The worker: a page in, where the feed goes on and its batch (or why not) out, until the
    parent's end of `requests` closes."""
    gc.set_threshold(100_000, 10, 10)  # a page's objects all live until it is sent
    # Its downloads and the parent's requests wait for the interpreter lock while a page is
    # converted: handed over after half a millisecond instead of five, the next download
    # starts sooner, and the applying process waits less for pages.
    sys.setswitchinterval(SWITCH_SECONDS)
    parsers: dict[str, Callable[[bytes], Any]] = {}
    jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
    downloads = _Downloads()
    answers.send(("ready",))
    threading.Thread(target=_requests, args=(requests, downloads, jobs), daemon=True).start()
    try:
        while (job := jobs.get()) is not None:
            name, page, request = job
            steps = 0
            try:
                if name not in parsers:
                    parsers[name] = _function(name)
                for step in parsers[name](page.result()):  # where the feed goes on, then all
                    if steps == 0:
                        if request is not None and step.has_more:
                            downloads.follow(request, step.cursor)
                        answers.send(("head", step.cursor, step.has_more))
                    else:
                        answers.send(("batch", step))
                    steps += 1
                    if steps == 2:
                        break
                if steps < 2:
                    raise ValueError(f"{name} gave {steps} of its 2 steps")
            except MarketplaceError as error:
                answers.send(("refused", str(error.kind), error.message, error.status))
            except (BrokenPipeError, EOFError):
                return  # the parent is gone
            except Exception as exc:  # told to the parent, which takes the page itself
                answers.send(("failed", f"{exc.__class__.__name__}: {exc}"[:300]))
    finally:
        downloads.close()
