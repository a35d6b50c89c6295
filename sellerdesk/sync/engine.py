"""One sync pass - push the outbox, then pull the marketplace's changes - and its status.

The pass is plain blocking code (HTTP and the database), run in a worker thread by the scheduler
(the window) or directly (`sellerdesk sync --once`). It reports through `SyncStatus`, which the
status bar and the Sync page show: online or not, changes waiting, conflicts, last success.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sellerdesk.crashpoints import crash_point
from sellerdesk.marketplaces.base import ChangeBatch, ErrorKind, Marketplace, MarketplaceError
from sellerdesk.store import Database
from sellerdesk.store.models import Account, Conflict, OutboxEntry, OutboxState, utcnow
from sellerdesk.sync import pull, quarantine, unreadable
from sellerdesk.sync.feed_reader import FeedReader, PageSource
from sellerdesk.sync.messages import english
from sellerdesk.sync.push import Pusher, PushReport, StopPush

log = logging.getLogger(__name__)
MAX_PULL_PAGES = 10_000  # a bound on one pass; the cursor carries on next time
# Pages taken, still more to come: the pull is big enough for a page parser process (which
# takes a tenth of a second to start, and is not worth it for a shop's ordinary day).
MANY_PAGES = 2
# Pages join the open transaction until it has been open this long: the store's single writer
# (a user's edit waits for it) is never held much longer than that, even on a slow network.
GROUP_SECONDS = 1.0


@dataclass
class SyncStatus:
    online: bool | None = None  # None: not tried yet
    running: bool = False
    step: str = ""
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    last_success: datetime | None = None
    last_error: str | None = None
    error_kind: str | None = None
    needs_login: bool = False
    changed_locally: int = 0  # what the last pass brought in or acknowledged: worth a redraw
    connected: bool = True  # False: no marketplace account, changes stay on this computer
    quarantined: int = 0  # marketplace items that could not be read (sync.quarantine)
    error_code: str | None = None  # the last error's code (sync.messages), for its wording


@dataclass
class SyncReport:
    pushed: PushReport = field(default_factory=PushReport)
    pulled: int = 0
    pages: int = 0
    requests: int = 0
    error: MarketplaceError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def unexpected(exc: BaseException) -> MarketplaceError:
    """A bug of ours, in words for the owner (the traceback is in the log)."""
    return MarketplaceError(ErrorKind.UNEXPECTED, english("unexpected", type(exc).__name__),
                            code="unexpected")


def counts(database: Database) -> tuple[int, int, int]:
    """Pending and rejected outbox entries, open conflicts."""
    with database.read() as session:
        pending = session.scalar(select(func.count()).where(
            OutboxEntry.state != OutboxState.REJECTED)) or 0
        rejected = session.scalar(select(func.count()).where(
            OutboxEntry.state == OutboxState.REJECTED)) or 0
        conflicts = session.scalar(select(func.count()).where(
            Conflict.resolved_at.is_(None))) or 0
    return pending, rejected, conflicts


# The collector's first threshold during a pass (Python's default is 700 allocations): one feed
# page is some 50,000 objects that all live until the page is applied, and a few pages are
# read ahead (`feed_reader.DEPTH`).
PASS_GC_THRESHOLD = 300_000
_passes = 0  # passes under way in this process, and the thresholds to give back after the last
_passes_lock = threading.Lock()
_saved_thresholds: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def _young_objects_only() -> Iterator[None]:
    """Keep the garbage collector's passes to what this sync allocates, and fewer of them.

    A big pass allocates hundreds of thousands of objects, and each time enough of them survive,
    Python runs a full collection that walks every object in the process - the whole window
    included - while holding the interpreter lock: the window froze for 100-200 ms at a time.
    What existed before the pass is not its garbage, so it is set aside (`gc.freeze`) for the
    pass's duration and handed back after (`gc.unfreeze`), to be collected as usual.

    The first threshold is raised for the pass, too. Parsing a page of the feed makes tens of
    thousands of dicts and lists that live until the page is applied, so the default (a
    collection every 700 allocations) walked each page's objects again and again without
    freeing any: a third of the JSON parsing time of a first sync. Collection stays on (the
    window's own collector, `ui.collector`, keeps its rules), only less often; the thresholds
    are given back when the last pass in the process ends.
    """
    global _passes, _saved_thresholds
    with _passes_lock:
        if _passes == 0:
            _saved_thresholds = gc.get_threshold()
            first, *rest = _saved_thresholds
            gc.set_threshold(max(first, PASS_GC_THRESHOLD), *rest)
        _passes += 1
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        with _passes_lock:
            _passes -= 1
            if _passes == 0:
                gc.set_threshold(*_saved_thresholds)


def pull_steps(market: Marketplace) -> tuple[Callable[[str | None], Any],
                                             Callable[[Any], ChangeBatch]]:
    """How to read the feed: download in the fetch thread, parse in the applying one, when the
    adapter offers the two steps (`Marketplace.fetch_changes`); else all of `changes` in the
    fetch thread. Parsing holds the interpreter lock: done beside the applying thread, the two
    handed the lock back and forth at every row SQLite wrote, and a first sync took a quarter
    longer than the same work done one after the other."""
    fetch = getattr(market, "fetch_changes", None)
    parse = getattr(market, "parse_changes", None)
    if fetch is not None and parse is not None:
        return fetch, parse
    return market.changes, lambda batch: batch


class SyncEngine:
    """Keeps one account's local copy and the marketplace in step."""

    def __init__(self, database: Database, market: Marketplace, account_id: str) -> None:
        self.db = database
        self.market = market
        self.account_id = account_id
        self.status = SyncStatus()
        self._lock = threading.Lock()  # one pass at a time
        self.listeners: list[Callable[[SyncStatus], None]] = []
        self.refresh_status()

    def _emit(self, **changes: object) -> None:
        for name, value in changes.items():
            setattr(self.status, name, value)
        for listener in list(self.listeners):
            listener(self.status)

    def refresh_status(self) -> SyncStatus:
        pending, rejected, conflicts = counts(self.db)
        with self.db.read() as session:
            account = session.get(Account, self.account_id)
            last = account.last_sync_at if account else None
            needs_login = bool(account and account.needs_login)
            unreadable = quarantine.count(session, self.account_id)
        self._emit(pending=pending, rejected=rejected, conflicts=conflicts,
                   last_success=last or self.status.last_success, needs_login=needs_login,
                   connected=account is not None, quarantined=unreadable)
        return self.status

    def sync_once(self, cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
        """Pull to the end of the change feed, then push. Never raises: the report (and the
        status) says what happened, a bug included.

        Pull first: price and stock travel in batch calls that carry no If-Match, so the only
        way to see a price changed on the marketplace before ours replaces it is to have merged
        the feed just before (a both-sides change then becomes a Conflict and is held back).
        It also keeps a no-change pass at one request.

        This is the pass boundary. Whatever a pass meets - a marketplace error, a reply it
        cannot read, a bug of ours - ends here as a classified error that the status shows,
        with the traceback in the log; `running` always goes back to False, so the scheduler,
        "Sync now" and the next pass carry on (issue: an IntegrityError once stopped a shop's
        sync for good while the status said all was saved)."""
        with self._lock, _young_objects_only():
            report = SyncReport()
            before = getattr(self.market, "requests_made", 0)
            self._emit(running=True, step="pull")
            try:
                self._run_pass(report, cancelled)
            except StopPush as stop:
                report.error = stop.error
            except MarketplaceError as error:
                report.error = error
            except Exception as exc:
                log.exception("sync pass failed unexpectedly")
                report.error = unexpected(exc)
            finally:
                report.requests = getattr(self.market, "requests_made", 0) - before
            try:
                self._finish(report)
            except Exception as exc:  # e.g. the disk is full: still never "running" forever
                log.exception("could not record the end of a sync pass")
                report.error = report.error or unexpected(exc)
                self._emit(running=False, step="", last_error=report.error.message,
                           error_kind=str(report.error.kind))
            return report

    def _run_pass(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        from sellerdesk.backups.integrity import blocked_reason  # issue 9: damaged, checking

        if reason := blocked_reason(self.db.path):  # nothing is sent from a suspect file
            raise MarketplaceError(ErrorKind.REJECTED, reason)
        self._pull(report, cancelled)
        if not cancelled():
            self._emit(step="push")
            report.pushed = Pusher(self.db, self.market, cancelled).push()

    def _pull(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        """Page through the change feed, fetching the next page while this one is applied:
        the marketplace's time and ours overlap instead of adding up (a first sync of a big
        shop is a hundred pages). Pages are still applied, and the cursor stored, in order.

        Pages already downloaded are applied in the same transaction, for up to `GROUP_SECONDS`:
        a commit costs SQLite more than a page's rows (FTS5 writes out a new segment and merges,
        the WAL is synced and checkpointed); a commit per page added 1.5 s to the first sync of
        a 10,000-product shop. The transaction waits for the next page only while it is younger
        than `GROUP_SECONDS`, so the store's single writer is held about that long at most; a
        failed download ends the group, which is committed before the error is raised. Each
        page's cursor is saved with its changes, so a crash loses nothing the store kept.

        A pull of more than `MANY_PAGES` pages has its next pages downloaded and parsed by a
        worker process, up to `feed_reader.DEPTH` ahead (`feed_reader.PageSource`, `page_parser`):
        this thread then only writes."""
        with self.db.read() as session:
            cursor = pull.load_cursor(session, self.account_id)
        if cancelled():
            return
        unreadable.fetch_set_aside(self.db, self.market, self.account_id)
        try:
            self._pull_from(cursor, report, cancelled)
        except MarketplaceError as error:
            if cursor is None or report.pages or not unreadable.refused_cursor(error):
                raise
            # A position the marketplace no longer takes (a reset feed, or one a broken reply
            # left behind): read the whole feed again. Applying it again is harmless.
            log.warning("the marketplace refused the saved sync position %r (%s): reading the"
                        " whole change feed again", cursor, error.message)
            self._pull_from(None, report, cancelled)

    def _pull_from(self, cursor: str | None, report: SyncReport,
                   cancelled: Callable[[], bool]) -> None:
        fetch, parse = pull_steps(self.market)
        source = PageSource(self.market, fetch, parse)
        # The worker outlives the fetch thread: a download under way when the pull ends may
        # still be handing it a page.
        with closing(source), \
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-fetch") as fetcher:
            feed = FeedReader(fetcher, source.download, parse, cursor, cancelled)
            taken = 0

            def take() -> ChangeBatch | None:
                """The next page. Raises before anything moves (a failed download, a page that
                does not parse): the same page is taken again next time."""
                nonlocal taken
                if taken >= MAX_PULL_PAGES:
                    return None
                batch = feed.take()
                crash_point("pull.page")
                if batch is None:
                    return None
                taken += 1
                report.pages += 1
                if batch.has_more and taken >= MANY_PAGES:
                    source.many_pages()
                return batch

            first = take()
            while first is not None:
                group = [first]

                def apply(session: Session, group: list[ChangeBatch] = group) -> int:
                    """The group so far, then the next pages as they arrive. Runs
                    again from the start if the database was busy (`run_write`)."""
                    began, applied = time.monotonic(), 0
                    for batch in group:
                        applied += pull.apply_batch(session, self.account_id, batch)
                    while (ahead := feed.next_page()) is not None and not cancelled():
                        left = GROUP_SECONDS - (time.monotonic() - began)
                        if left <= 0 or not wait([ahead], timeout=left).done:
                            break
                        if ahead.exception() is not None:
                            break  # raised by take() after this commit: the group is kept
                        try:
                            batch = take()
                        except MarketplaceError:
                            break  # a page that does not parse: the same, kept for take()
                        if batch is None:
                            break
                        group.append(batch)
                        applied += pull.apply_batch(session, self.account_id, batch)
                    return applied

                if first.changes or first.cursor != cursor:
                    report.pulled += unreadable.write_pages(self.db, self.account_id, apply)
                cursor = group[-1].cursor
                first = take() if not cancelled() else None

    def _finish(self, report: SyncReport) -> None:
        error = report.error
        if error is None:
            now = utcnow()

            def mark(session: object) -> None:
                account = session.get(Account, self.account_id)  # type: ignore[attr-defined]
                if account is not None:
                    account.last_sync_at = now
                    account.needs_login = False

            self.db.run_write(mark)
            self._emit(online=True, last_success=now, last_error=None, error_kind=None,
                       error_code=None)
        else:
            log.info("sync stopped: %s", error)
            offline = error.kind == ErrorKind.RETRYABLE and error.status is None
            self._emit(online=not offline, last_error=error.message,
                       error_kind=str(error.kind), error_code=error.code or None,
                       needs_login=error.kind == ErrorKind.AUTH)
        if report.pushed.errors:
            self._emit(last_error=report.pushed.errors[-1])
        self.refresh_status()
        self._emit(running=False, step="",
                   changed_locally=report.pulled + report.pushed.acknowledged)
