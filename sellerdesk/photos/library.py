"""The photo library of one shop: the one object the window, the command line and the sync use.

    library = PhotoLibrary(database, data_dir.photos)
    report = library.import_paths([Path("~/Foto")])          # SKU matching by file name
    library.add_bytes(product_id, jpeg_bytes, "front.jpg")     # one photo from memory
    library.set_main(photo_id); library.reorder(product_id, ids); library.remove([photo_id])

Every method blocks (file and database work): the window calls them through its jobs, in a
worker thread. Imports decode in a bounded pool at low CPU priority (`pool`) - threads by
default: Pillow releases the GIL while it decodes, resizes and encodes, and threads cost nothing
to start (bench/PHOTOS.md has the measurements behind this choice).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.photos import checks, gallery, images, planning, uploads
from sellerdesk.photos.checks import DEFAULT_RULES, Problem, Rules
from sellerdesk.photos.errors import PhotoRefused
from sellerdesk.photos.gallery import PhotoView
from sellerdesk.photos.images import Facts
from sellerdesk.photos.importer import (
    Cancellable,
    Imported,
    ImportReport,
    ProgressCallback,
    run_import,
)
from sellerdesk.photos.messages import Message
from sellerdesk.photos.names import needs_renaming, safe_name, shown
from sellerdesk.photos.planning import ImportPlan, Target
from sellerdesk.photos.pool import make_executor
from sellerdesk.photos.prepare import (
    THUMB_SIZES,
    Prepared,
    Refusal,
    make_thumbnail,
    prepare_bytes,
)
from sellerdesk.photos.storage import ContentStore
from sellerdesk.store import Database
from sellerdesk.store.models import Photo, Product, Variant, new_id


@dataclass(frozen=True)
class VariantChoice:
    id: str
    sku: str
    label: str  # the variant's options, e.g. "Blu, M", or its SKU


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 2))


class PhotoLibrary:
    def __init__(self, database: Database, folder: Path, *, workers: int | None = None,
                 pool: str = "thread", low_priority: bool = True,
                 rules: Rules = DEFAULT_RULES) -> None:
        if pool not in ("thread", "process"):
            raise ValueError("pool is 'thread' or 'process'")
        self.db = database
        self.store = ContentStore(folder)
        self.workers = workers or default_workers()
        self.pool = pool
        self.low_priority = low_priority
        self.rules = rules
        self._executor: Executor | None = None
        self._lock = threading.Lock()

    # -- the pool -------------------------------------------------------------------------

    @property
    def executor(self) -> Executor:
        with self._lock:
            if self._executor is None:
                self._executor = make_executor(self.pool, self.workers,
                                               low_priority=self.low_priority)
                self.store.sweep_incoming()
            return self._executor

    def close(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    # -- reads ----------------------------------------------------------------------------

    def photos(self, product_id: str) -> list[PhotoView]:
        """The product's gallery in order (all variants)."""
        with self.db.read() as session:
            return [PhotoView.of(p) for p in gallery.product_photos(session, product_id)]

    def photo(self, photo_id: str) -> PhotoView:
        with self.db.read() as session:
            photo = session.get(Photo, photo_id)
            if photo is None:
                raise NotFoundError("This photo no longer exists.")
            return PhotoView.of(photo)

    def variants(self, product_id: str) -> list[VariantChoice]:
        with self.db.read() as session:
            rows = session.scalars(
                select(Variant).where(Variant.product_id == product_id,
                                      Variant.deleted_at.is_(None)).order_by(Variant.position)
            )
            return [VariantChoice(v.id, v.sku, ", ".join(str(x) for x in v.options.values())
                                  or v.sku) for v in rows]

    def product_title(self, product_id: str) -> str:
        with self.db.read() as session:
            product = session.get(Product, product_id)
            return product.title_for(product.main_language) if product else ""

    def main_photos(self, product_ids: Sequence[str]) -> dict[str, str]:
        """Content hash of each product's main photo (products without photos are absent)."""
        found: dict[str, str] = {}
        ids = list(product_ids)
        with self.db.read() as session:
            for start in range(0, len(ids), 500):
                rows = session.execute(
                    select(Photo.product_id, Photo.content_hash)
                    .where(Photo.product_id.in_(ids[start : start + 500]), Photo.is_main)
                ).all()
                found.update({product_id: content_hash for product_id, content_hash in rows})
        return found

    def file_path(self, content_hash: str) -> Path | None:
        return self.store.find(content_hash)

    def thumbnail(self, content_hash: str, size: int = 256, *, remake: bool = False) -> Path:
        """The cached thumbnail, made first if it is missing (blocking: decodes the photo)."""
        path = self.store.thumb_path(content_hash, size)
        if remake or not path.exists():
            path = make_thumbnail(self.store, content_hash, size)
        return path

    def facts(self, content_hash: str) -> Facts:
        path = self.store.find(content_hash)
        if path is None:
            raise PhotoRefused("missing")
        return images.facts_of(path)

    def problems(self, content_hash: str) -> list[Problem]:
        """What breaks the marketplace's rules (header only: cheap)."""
        return checks.check(self.facts(content_hash), self.rules)

    # -- imports --------------------------------------------------------------------------

    def plan(self, paths: Sequence[Path], *, sku: str | None = None,
             product_id: str | None = None, variant_id: str | None = None) -> ImportPlan:
        """The preview: which file goes where (by SKU in the name, or all to one target)."""
        paths = [Path(p).expanduser() for p in paths]
        with self.db.read() as session:
            target: Target | None = None
            if sku is not None:
                target = planning.target_for_sku(session, sku)
            elif product_id is not None:
                target = planning.target_for_product(session, product_id, variant_id)
            return planning.plan(session, paths, target)

    def import_plan(self, plan: ImportPlan, *, cancel: Cancellable | None = None,
                    progress: ProgressCallback | None = None) -> ImportReport:
        return run_import(self.db, self.store, self.executor, self.workers, plan,
                          cancel=cancel, progress=progress)

    def import_paths(self, paths: Sequence[Path], *, sku: str | None = None,
                     product_id: str | None = None, variant_id: str | None = None,
                     cancel: Cancellable | None = None,
                     progress: ProgressCallback | None = None) -> ImportReport:
        plan = self.plan(paths, sku=sku, product_id=product_id, variant_id=variant_id)
        return self.import_plan(plan, cancel=cancel, progress=progress)

    def add_bytes(self, product_id: str, data: bytes, name: str,
                  variant_id: str | None = None) -> Imported:
        """Add one photo from memory (the demo seed, a paste, a download) in one transaction.

        Raises PhotoRefused (a SellerDeskError) with the reason when the bytes are not a photo
        SellerDesk accepts; returns the new photo (or the existing one if the product's gallery
        already has these very bytes).
        """
        with self.db.read() as session:
            planning.target_for_product(session, product_id, variant_id)
        safe = safe_name(name)
        notes = (Message("unsafe_name", shown(name), safe),) if needs_renaming(name) else ()
        result = prepare_bytes(str(self.store.root), data, safe, notes)
        if isinstance(result, Refusal):
            raise PhotoRefused(result.message.code, *result.message.args)
        return self._commit_one(result, product_id, variant_id)

    def _commit_one(self, prepared: Prepared, product_id: str, variant_id: str | None
                    ) -> Imported:
        try:
            self.store.commit(prepared.files)
        except OSError as exc:
            raise PhotoRefused("not_saved", exc.strerror or str(exc)) from exc
        item = gallery.NewPhoto(prepared, product_id, variant_id)

        def work(session: Session) -> Imported:
            [(_item, row, code)] = gallery.add_photos(session, self.store, [item], new_id())
            if code == "duplicate":
                row = next(p for p in gallery.product_photos(session, product_id)
                           if p.content_hash == prepared.content_hash)
            elif row is None:
                raise PhotoRefused(code or "product_gone")
            return Imported(row.id, row.product_id, row.variant_id, row.file_name,
                            row.content_hash, prepared.notes)

        return self.db.run_write(work)

    # -- gallery edits (each one transaction with its history and outbox entries) ---------

    def reorder(self, product_id: str, ordered_ids: Sequence[str]) -> bool:
        return self.db.run_write(
            lambda s: gallery.reorder(s, product_id, list(ordered_ids), new_id()))

    def set_main(self, photo_id: str) -> bool:
        return self.db.run_write(lambda s: gallery.set_main(s, photo_id, new_id()))

    def remove(self, photo_ids: Sequence[str]) -> None:
        self.db.run_write(lambda s: gallery.remove(s, list(photo_ids), new_id()))

    def assign_variant(self, photo_ids: Sequence[str], variant_id: str | None) -> bool:
        return self.db.run_write(
            lambda s: gallery.assign_variant(s, list(photo_ids), variant_id, new_id()))

    def fix(self, photo_id: str, fix: str) -> PhotoView:
        """Apply a one-click fix (`checks.CONVERT`, `SHRINK`, `PAD`): the photo shows a fixed
        copy, the previous file is kept. Blocking: decodes the whole photo."""
        photo = self.photo(photo_id)
        path = self.store.find(photo.content_hash)
        if path is None:
            raise PhotoRefused("missing")
        if fix not in {p.fix for p in self.problems(photo.content_hash)}:
            raise ValidationError("This photo has nothing that this fix would correct.")
        data = checks.fixed_bytes(path, fix, self.rules)
        name = photo.file_name.rsplit(".", 1)[0] + ".jpg"  # every fix makes a JPEG
        result = prepare_bytes(str(self.store.root), data, name)
        if isinstance(result, Refusal):
            raise PhotoRefused(result.message.code, *result.message.args)
        try:
            self.store.commit(result.files)
        except OSError as exc:
            raise PhotoRefused("not_saved", exc.strerror or str(exc)) from exc
        group = new_id()
        return self.db.run_write(lambda s: PhotoView.of(
            gallery.replace_content(s, self.store, photo_id, result, group)))

    # -- for the sync engine --------------------------------------------------------------

    def record_upload(self, content_hash: str, media_id: str) -> int:
        """`uploads.record_upload` in a transaction of its own."""
        return self.db.run_write(lambda s: uploads.record_upload(s, content_hash, media_id))

    def read_upload(self, content_hash: str) -> uploads.Upload:
        return uploads.read_upload(self.store, content_hash)


__all__ = ["THUMB_SIZES", "PhotoLibrary", "VariantChoice"]
