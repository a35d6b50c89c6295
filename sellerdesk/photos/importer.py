"""Running an import plan: files through a bounded pool, rows into the store in batches.

The caller's thread coordinates (the window runs it through `Jobs.cancellable`, the command line
directly). Workers copy, hash and decode files and write thumbnails (`prepare`); this thread
makes their files durable (fsync and rename, while the workers go on decoding) and writes the
database, in batches of about half a second's work, so 200 photos are a few dozen transactions
and not 200. Photos commit in plan order (a result that arrives early waits
for the ones before it), so positions follow the file numbers however the pool finishes.

At most `2 × workers` files are in flight, which bounds memory (a 12 MP decode is ~36 MB) and
makes cancelling quick: on cancel nothing new starts, the photos already committed stay, and the
rest are reported as not imported. No exception from one file stops the batch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.orm import Session

from sellerdesk.errors import SellerDeskError
from sellerdesk.photos import gallery
from sellerdesk.photos.messages import Message
from sellerdesk.photos.planning import ImportPlan, PlannedPhoto
from sellerdesk.photos.prepare import Prepared, Refusal, prepare_path
from sellerdesk.photos.storage import ContentStore
from sellerdesk.store import Database
from sellerdesk.store.models import new_id

log = logging.getLogger(__name__)
BATCH_SECONDS = 0.5
BATCH_SIZE = 50


class Cancellable(Protocol):
    """Anything with a `cancelled` flag (the window's `CancelToken` is one)."""

    @property
    def cancelled(self) -> bool: ...


class _Never:
    cancelled = False


@dataclass(frozen=True)
class Imported:
    photo_id: str
    product_id: str
    variant_id: str | None
    name: str
    content_hash: str
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    name: str  # the file just finished
    imported: int
    refused: int


@dataclass
class ImportReport:
    imported: list[Imported] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    skipped: list[Refusal] = field(default_factory=list)  # not photos; never counted as refused
    duplicates: list[str] = field(default_factory=list)  # names already in their gallery
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def products(self) -> set[str]:
        return {photo.product_id for photo in self.imported}


ProgressCallback = Callable[[Progress], None]


class _Run:
    def __init__(self, database: Database, store: ContentStore, executor: Executor,
                 workers: int, cancel: Cancellable, progress: ProgressCallback | None,
                 plan: ImportPlan) -> None:
        self.database = database
        self.store = store
        self.executor = executor
        self.window = max(2, 2 * workers)
        self.cancel = cancel
        self.progress = progress
        self.plan = plan
        self.report = ImportReport(skipped=list(plan.skipped))
        self.group_id = new_id()  # the whole import is one step in the history
        self.ready: dict[int, Prepared | Refusal] = {}
        self.next_commit = 0
        self.done = 0

    def run(self) -> ImportReport:
        started = time.perf_counter()
        photos = self.plan.photos
        for planned in self.plan.unmatched:
            self.report.refused.append(Refusal(planned.name, planned.problem
                                               or Message("no_match"), str(planned.source)))
        inflight: dict[Future[Prepared | Refusal], int] = {}
        submitted = 0
        last_flush = time.monotonic()
        try:
            while submitted < len(photos) or inflight:
                while (submitted < len(photos) and len(inflight) < self.window
                       and not self.cancel.cancelled):
                    inflight[self._submit(photos[submitted])] = submitted
                    submitted += 1
                if self.cancel.cancelled:
                    for future in [f for f in inflight if f.cancel()]:
                        del inflight[future]  # never started; reported as cancelled below
                    if not inflight:
                        break
                finished, _ = wait(list(inflight), timeout=0.1, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = inflight.pop(future)
                    self.ready[index] = self._result(future, photos[index])
                    self._tick(photos[index].name)
                pending = len(self.ready)
                if pending and (pending >= BATCH_SIZE
                                or time.monotonic() - last_flush >= BATCH_SECONDS):
                    self._commit()
                    last_flush = time.monotonic()
        finally:
            for future in inflight:
                future.cancel()
            self._commit()
            for result in self.ready.values():  # after a gap left by a cancelled file
                if isinstance(result, Prepared):
                    self.store.discard(result.files)
            for future in inflight:  # still running when an exception stopped the loop
                future.add_done_callback(self._discard_late)
        if self.cancel.cancelled:
            self.report.cancelled = True
            for planned in photos[self.next_commit:]:
                self.report.refused.append(
                    Refusal(planned.name, Message("cancelled"), str(planned.source)))
        self.report.seconds = time.perf_counter() - started
        return self.report

    def _discard_late(self, future: Future[Prepared | Refusal]) -> None:
        if not future.cancelled() and future.exception() is None:
            result = future.result()
            if isinstance(result, Prepared):
                self.store.discard(result.files)

    def _submit(self, planned: PlannedPhoto) -> Future[Prepared | Refusal]:
        return self.executor.submit(prepare_path, str(self.store.root), str(planned.source),
                                    planned.name, planned.notes)

    @staticmethod
    def _result(future: Future[Prepared | Refusal], planned: PlannedPhoto
                ) -> Prepared | Refusal:
        try:
            return future.result()
        except Exception as exc:  # a dead worker process, say: lose one file, not the batch
            log.exception("photo worker failed on %s", planned.source)
            return Refusal(planned.name, Message("failed", type(exc).__name__),
                           str(planned.source))

    def _tick(self, name: str) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(Progress(self.done, len(self.plan.photos), name,
                                   len(self.report.imported), len(self.report.refused)))

    def _commit(self) -> None:
        """Commit the results that are ready, in plan order, in one transaction."""
        batch: list[tuple[PlannedPhoto, Prepared | Refusal]] = []
        while self.next_commit in self.ready:
            batch.append((self.plan.photos[self.next_commit],
                          self.ready.pop(self.next_commit)))
            self.next_commit += 1
        if not batch:
            return
        stored: list[gallery.NewPhoto] = []
        sources: dict[int, PlannedPhoto] = {}
        for planned, result in batch:
            if isinstance(result, Refusal):
                self.report.refused.append(result)
                continue
            try:
                self.store.commit(result.files)  # durable before any row names them
            except OSError as exc:
                self.report.refused.append(Refusal(result.name, Message(
                    "not_saved", exc.strerror or str(exc)), str(planned.source)))
                continue
            assert planned.target is not None
            item = gallery.NewPhoto(result, planned.target.product_id, planned.target.variant_id)
            sources[id(item)] = planned
            stored.append(item)
        if not stored:
            return

        def work(session: Session) -> list[tuple[gallery.NewPhoto, str | None, str | None]]:
            rows = gallery.add_photos(session, self.store, stored, self.group_id)
            return [(item, row.id if row else None, code) for item, row, code in rows]

        try:
            outcome = self.database.run_write(work)
        except SellerDeskError as exc:
            for item in stored:
                self.report.refused.append(Refusal(item.prepared.name, Message(
                    "not_saved", str(exc)), str(sources[id(item)].source)))
            return
        for item, photo_id, code in outcome:
            planned = sources[id(item)]
            if code == "duplicate":
                self.report.duplicates.append(item.prepared.name)
            elif code is not None or photo_id is None:
                self.report.refused.append(Refusal(item.prepared.name, Message(
                    code or "failed", *(() if code else ("?",))), str(planned.source)))
            else:
                self.report.imported.append(Imported(
                    photo_id, item.product_id, item.variant_id, item.prepared.name,
                    item.prepared.content_hash, item.prepared.notes))


def run_import(database: Database, store: ContentStore, executor: Executor, workers: int,
               plan: ImportPlan, *, cancel: Cancellable | None = None,
               progress: ProgressCallback | None = None) -> ImportReport:
    """Import `plan`; blocking - call it from a worker thread in the window."""
    store.root.mkdir(parents=True, exist_ok=True)
    return _Run(database, store, executor, workers, cancel or _Never(), progress, plan).run()
