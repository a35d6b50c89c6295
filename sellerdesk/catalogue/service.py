"""Catalogue writes: each commits the change, its history entry and its outbox entry together.

Every method runs in one write transaction (`Database.run_write`), so a crash at any point leaves
either the whole change - ready to sync and to undo - or nothing. Methods take an optional
`group_id` so that a bulk edit of many products is one step in the history, and `run_batch`
runs many of them in ONE transaction, so that such a step also commits whole or not at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from sellerdesk.catalogue.inputs import (
    ProductInput,
    VariantInput,
    check_language,
    check_product_field,
    check_variant_field,
    split_text_field,
)
from sellerdesk.catalogue.messages import invalid, missing
from sellerdesk.catalogue.views import (
    ProductView,
    VariantView,
    product_snapshot,
    variant_snapshot,
)
from sellerdesk.store import Database
from sellerdesk.store.journal import (
    drop_unsent_create,
    drop_unsent_delete,
    record,
    refresh_sync_state,
)
from sellerdesk.store.models import Product, ProductText, SyncState, Variant, new_id, utcnow

T = TypeVar("T")


def _load_product(session: Session, product_id: str) -> Product:
    product = session.scalar(
        select(Product)
        .where(Product.id == product_id, Product.deleted_at.is_(None))
        .options(selectinload(Product.texts), selectinload(Product.variants))
    )
    if product is None:
        raise missing("no_product_id")
    return product


def _load_variant(session: Session, sku: str) -> Variant:
    variant = session.scalar(
        select(Variant).where(Variant.sku == sku, Variant.deleted_at.is_(None))
    )
    if variant is None:
        raise missing("no_sku", sku)
    return variant


def _ensure_sku_free(session: Session, sku: str, *, except_id: str | None = None) -> None:
    query = select(Variant.id).where(Variant.sku == sku, Variant.deleted_at.is_(None))
    if except_id is not None:
        query = query.where(Variant.id != except_id)
    if session.scalar(query) is not None:
        raise invalid("sku_taken", sku, field="sku")


def _mark_pending(product: Product) -> None:
    if product.sync_state != SyncState.CONFLICT:
        product.sync_state = SyncState.PENDING
    product.updated_at = utcnow()


def _new_variant(product: Product, data: VariantInput, position: int) -> Variant:
    return Variant(
        id=new_id(),
        product_id=product.id,
        sku=check_variant_field("sku", data.sku),
        options=check_variant_field("options", data.options),
        price_minor=check_variant_field("price_minor", data.price_minor),
        currency=check_variant_field("currency", data.currency),
        stock=_check_stock(data.stock),
        position=position,
    )


def _check_stock(quantity: int) -> int:
    if not isinstance(quantity, int) or quantity < 0:
        raise invalid("negative_stock", field="stock")
    return quantity


class Catalogue:
    """The owner's catalogue on the local store."""

    def __init__(self, database: Database) -> None:
        self.db = database
        self._batch = threading.local()

    def _write(self, work: Callable[[Session], T]) -> T:
        """Run `work` inside the batch open on this thread, else in a transaction of its own."""
        session: Session | None = getattr(self._batch, "session", None)
        if session is not None:
            return work(session)
        return self.db.run_write(work)

    def run_batch(self, work: Callable[[Session], T]) -> T:
        """Run `work` and every write of this catalogue it makes in ONE transaction.

        A bulk edit of 10,000 variants, a multi-step save from the editor or an undo then commits
        whole or not at all; an exception (a validation error, a cancel) leaves nothing behind.
        `work` gets the transaction's session for its own reads; like `run_write`'s work it must
        be safe to run again from the start.
        """

        def in_session(session: Session) -> T:
            if getattr(self._batch, "session", None) is not None:
                raise RuntimeError("catalogue batches do not nest")
            self._batch.session = session
            try:
                return work(session)
            finally:
                self._batch.session = None

        return self.db.run_write(in_session)

    # -- reads ---------------------------------------------------------------------------

    def get(self, product_id: str) -> ProductView:
        with self.db.read() as session:
            return ProductView.of(_load_product(session, product_id))

    def get_by_sku(self, sku: str) -> ProductView:
        with self.db.read() as session:
            variant = _load_variant(session, sku)
            return ProductView.of(_load_product(session, variant.product_id))

    def count(self) -> int:
        with self.db.read() as session:
            return session.scalar(
                select(func.count()).select_from(Product).where(Product.deleted_at.is_(None))
            ) or 0

    # -- products ------------------------------------------------------------------------

    def create_product(self, data: ProductInput, *, group_id: str | None = None) -> str:
        """Create a product with its variants and texts; returns its local id."""
        if not data.variants:
            raise invalid("no_variants", field="variants")
        main = check_language(data.main_language)
        if not data.texts.get(main, {}).get("title", "").strip():
            raise invalid("no_title", main, field=f"texts.{main}.title")
        fields = {name: check_product_field(name, value) for name, value in data.fields().items()}
        skus = [v.sku.strip() for v in data.variants]
        if len(set(skus)) != len(skus):
            raise invalid("skus_not_unique", field="sku")

        def work(session: Session) -> str:
            product = Product(id=new_id(), sync_state=SyncState.PENDING, **fields)
            session.add(product)
            for language, text in sorted(data.texts.items()):
                product.texts.append(
                    ProductText(
                        language=check_language(language),
                        title=text.get("title", "").strip(),
                        description=text.get("description", ""),
                    )
                )
            for position, variant_data in enumerate(data.variants):
                _ensure_sku_free(session, variant_data.sku.strip())
                product.variants.append(_new_variant(product, variant_data, position))
            session.flush()
            snapshot = product_snapshot(product)
            variants = [variant_snapshot(v) | {"id": v.id} for v in product.variants]
            record(
                session,
                entity="product",
                entity_id=product.id,
                action="create",
                before=None,
                after=snapshot | {"variants": variants},
                group_id=group_id,
                summary=product.title_for(main),
                outbox=("create", {"product": snapshot, "variants": variants}),
            )
            return product.id

        return self._write(work)

    def update_product(
        self, product_id: str, changes: dict[str, Any], *, group_id: str | None = None
    ) -> bool:
        """Change product fields and texts (`title.en`, `description.it`); False if nothing
        actually changed, in which case nothing is recorded or queued."""

        def work(session: Session) -> bool:
            product = _load_product(session, product_id)
            before_all = product_snapshot(product)
            for name, value in changes.items():
                text_field = split_text_field(name)
                if text_field is None:
                    setattr(product, name, check_product_field(name, value))
                    continue
                kind, language = text_field
                text = product.text(language)
                if text is None:
                    text = ProductText(language=language, title="", description="")
                    product.texts.append(text)
                setattr(text, kind, value.strip() if kind == "title" else value)
            after_all = product_snapshot(product)
            before = {k: before_all.get(k) for k in after_all if before_all.get(k) != after_all[k]}
            after = {k: after_all[k] for k in before}
            if not after:
                # Every value equals the stored one, so nothing is flushed; no rollback, which
                # inside a batch would discard the batch's earlier work too.
                return False
            if not after_all.get(f"title.{product.main_language}"):
                raise invalid("no_title", product.main_language,
                              field=f"texts.{product.main_language}.title")
            _mark_pending(product)
            record(
                session,
                entity="product",
                entity_id=product.id,
                action="update",
                before=before,
                after=after,
                group_id=group_id,
                summary=product.title_for(product.main_language),
                outbox=("update", {"fields": after}),
            )
            return True

        return self._write(work)

    def delete_product(self, product_id: str, *, group_id: str | None = None) -> None:
        """Soft delete: the row stays as a tombstone until the marketplace has deleted it too."""

        def work(session: Session) -> None:
            product = _load_product(session, product_id)
            now = utcnow()
            product.deleted_at = now
            for variant in product.live_variants:
                variant.deleted_at = now
            _mark_pending(product)
            record(
                session,
                entity="product",
                entity_id=product.id,
                action="delete",
                before=product_snapshot(product),
                after=None,
                group_id=group_id,
                summary=product.title_for(product.main_language),
                outbox=("delete", {}),
            )

        self._write(work)

    def restore_product(self, product_id: str, *, group_id: str | None = None) -> None:
        """Undo a delete: the product and the variants deleted with it come back."""

        def work(session: Session) -> None:
            product = session.get(Product, product_id)
            if product is None or product.deleted_at is None:
                raise missing("no_deleted_product")
            deleted_at = product.deleted_at
            for variant in product.variants:
                if variant.deleted_at == deleted_at:
                    _ensure_sku_free(session, variant.sku, except_id=variant.id)
                    variant.deleted_at = None
            product.deleted_at = None
            _mark_pending(product)
            kept = drop_unsent_delete(session, "product", product.id)  # as restore_variant
            record(
                session,
                entity="product",
                entity_id=product.id,
                action="restore",
                before=None,
                after=product_snapshot(product),
                group_id=group_id,
                summary=product.title_for(product.main_language),
                outbox=None if kept else ("restore", {}),
            )
            if kept:
                refresh_sync_state(session, product)

        self._write(work)

    # -- variants ------------------------------------------------------------------------

    def add_variant(
        self, product_id: str, data: VariantInput, *, group_id: str | None = None
    ) -> str:
        def work(session: Session) -> str:
            product = _load_product(session, product_id)
            _ensure_sku_free(session, data.sku.strip())
            variant = _new_variant(product, data, len(product.variants))
            product.variants.append(variant)
            _mark_pending(product)
            session.flush()
            snapshot = variant_snapshot(variant)
            record(
                session,
                entity="variant",
                entity_id=variant.id,
                action="create",
                before=None,
                after=snapshot,
                group_id=group_id,
                summary=variant.sku,
                outbox=("create", snapshot),
            )
            return variant.id

        return self._write(work)

    def update_variant(
        self, sku: str, changes: dict[str, Any], *, group_id: str | None = None
    ) -> bool:
        """Change a variant's SKU, options, price or currency (stock has its own methods)."""

        def work(session: Session) -> bool:
            variant = _load_variant(session, sku)
            before: dict[str, Any] = {}
            after: dict[str, Any] = {}
            for name, value in changes.items():
                value = check_variant_field(name, value)
                if name == "sku":
                    _ensure_sku_free(session, value, except_id=variant.id)
                old = getattr(variant, name)
                if old != value:
                    before[name] = dict(old) if isinstance(old, dict) else old
                    after[name] = value
                    setattr(variant, name, value)
            if not after:
                return False
            _mark_pending(variant.product)
            record(
                session,
                entity="variant",
                entity_id=variant.id,
                action="update",
                before=before,
                after=after,
                group_id=group_id,
                summary=variant.sku,
                outbox=("update", {"fields": after}),
            )
            return True

        return self._write(work)

    def delete_variant(self, sku: str, *, group_id: str | None = None) -> None:
        def work(session: Session) -> None:
            variant = _load_variant(session, sku)
            if len(variant.product.live_variants) <= 1:
                raise invalid("only_variant", sku)
            variant.deleted_at = utcnow()
            _mark_pending(variant.product)
            # Never sent: the marketplace never had it, so its create is taken back instead.
            never_sent = drop_unsent_create(session, "variant", variant.id)
            record(
                session,
                entity="variant",
                entity_id=variant.id,
                action="delete",
                before=variant_snapshot(variant),
                after=None,
                group_id=group_id,
                summary=sku,
                outbox=None if never_sent else ("delete", {}),
            )
            if never_sent:
                refresh_sync_state(session, variant.product)

        self._write(work)

    def restore_variant(self, variant_id: str, *, group_id: str | None = None) -> None:
        """Undo a variant's delete. It reaches the marketplace as a new variant (a `create`),
        because the marketplace may have deleted its copy already."""

        def work(session: Session) -> None:
            variant = session.get(Variant, variant_id)
            if variant is None or variant.deleted_at is None:
                raise missing("no_deleted_variant")
            if variant.product.deleted_at is not None:
                raise invalid("product_deleted", variant.sku)
            _ensure_sku_free(session, variant.sku, except_id=variant.id)
            variant.deleted_at = None
            _mark_pending(variant.product)
            # Its delete never left: the marketplace still has it as it was, nothing to send.
            kept = drop_unsent_delete(session, "variant", variant.id)
            session.flush()
            snapshot = variant_snapshot(variant)
            record(
                session,
                entity="variant",
                entity_id=variant.id,
                action="restore",
                before=None,
                after=snapshot,
                group_id=group_id,
                summary=variant.sku,
                outbox=None if kept else ("create", snapshot),
            )
            if kept:
                refresh_sync_state(session, variant.product)

        self._write(work)

    # -- stock ---------------------------------------------------------------------------

    def adjust_stock(
        self, sku: str, delta: int, *, reason: str = "", group_id: str | None = None
    ) -> int:
        """Move stock by `delta` (a sale in the shop, goods received); returns the new stock.

        Travels to the marketplace as a delta with its own idempotency key, so it never conflicts
        with sales the marketplace recorded meanwhile.
        """
        if not isinstance(delta, int) or delta == 0:
            raise invalid("stock_move_zero", field="stock")

        def work(session: Session) -> int:
            variant = _load_variant(session, sku)
            new = variant.stock + delta
            if new < 0:
                raise invalid("stock_below_zero", sku, variant.stock, field="stock")
            old, variant.stock = variant.stock, new
            _mark_pending(variant.product)
            record(
                session,
                entity="variant",
                entity_id=variant.id,
                action="stock",
                before={"stock": old},
                after={"stock": new},
                group_id=group_id,
                summary=reason or sku,
                outbox=("stock_adjust", {"delta": delta}),
            )
            return new

        return self._write(work)

    def set_stock(self, sku: str, quantity: int, *, group_id: str | None = None) -> int:
        """An absolute correction after a count: compare-and-set against the stock we knew."""
        quantity = _check_stock(quantity)

        def work(session: Session) -> int:
            variant = _load_variant(session, sku)
            old = variant.stock
            if old == quantity:
                return quantity
            variant.stock = quantity
            _mark_pending(variant.product)
            record(
                session,
                entity="variant",
                entity_id=variant.id,
                action="stock",
                before={"stock": old},
                after={"stock": quantity},
                group_id=group_id,
                summary=sku,
                outbox=("stock_set", {"quantity": quantity, "expected": old}),
            )
            return quantity

        return self._write(work)

    def variant(self, sku: str) -> VariantView:
        with self.db.read() as session:
            return VariantView.of(_load_variant(session, sku))
