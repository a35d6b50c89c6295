"""Draining the outbox to the marketplace: in order per entity, exactly once.

Creates carry the idempotency key fixed when the change was made, so a retry after a lost reply
gets the original answer instead of a second listing. Updates carry `If-Match`; a 412 means the
marketplace changed meanwhile, and the engine merges three ways before trying again. Price and
stock changes travel in batches whose membership is committed before they are sent, so a retry
repeats exactly the same request under the same key. A rejection keeps the change and the
marketplace's message; nothing is dropped.

Two transactions per acknowledged change, on purpose: first the marketplace's answer (ids,
versions, the new base), then the removal of the outbox entry. A crash between them leaves an
entry whose retry is harmless (`push.after_commit` in the crash tests).
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session, selectinload

from sellerdesk.crashpoints import crash_point
from sellerdesk.marketplaces.base import (
    ErrorKind,
    ItemResult,
    Marketplace,
    MarketplaceError,
    NotFound,
    PriceChange,
    RemoteProduct,
    RemoteVariant,
    StockChange,
)
from sellerdesk.store import Database
from sellerdesk.store.journal import refresh_sync_state
from sellerdesk.store.models import (
    Conflict,
    Fulfilment,
    Order,
    OutboxEntry,
    OutboxState,
    Product,
    Variant,
    utcnow,
)
from sellerdesk.sync import local, pull, push_photos
from sellerdesk.sync.bulk import chunked
from sellerdesk.sync.fields import (
    VARIANT_FIELDS,
    create_body,
    product_patch,
    remote_product_fields,
    remote_variant_fields,
    variant_body,
    variant_patch,
)
from sellerdesk.sync.merge import three_way

log = logging.getLogger(__name__)
PRICE_FIELDS = {"price_minor", "currency"}
BATCH_NAMESPACE = uuid.UUID("5b0b5a53-7e0e-4c55-9d0a-8a4d2b3c6f10")
MAX_CONFLICT_ROUNDS = 3


class StopPush(Exception):
    """A retryable failure that ends this push (network down, rate limited): try again later."""

    def __init__(self, error: MarketplaceError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class PushReport:
    sent: int = 0
    acknowledged: int = 0
    rejected: int = 0
    conflicts: int = 0
    waiting: int = 0
    errors: list[str] = field(default_factory=list)


def _close_moot_conflicts(session: Session, product_id: str) -> None:
    """The listing is gone on both sides: conflicts about its fields or its stock have nothing
    left to decide (a stock batch of unknown outcome, say), so they close as moot instead of
    asking the owner about a product that no longer exists."""
    variants = select(Variant.id).where(Variant.product_id == product_id)
    for conflict in session.scalars(select(Conflict).where(
            Conflict.resolved_at.is_(None),
            or_(and_(Conflict.entity == "product", Conflict.entity_id == product_id),
                and_(Conflict.entity == "variant", Conflict.entity_id.in_(variants))))):
        conflict.resolved_at = utcnow()
        conflict.resolution = "moot"


def _deleted_there(session: Session, product_id: str) -> None:
    """Our product delete is done: moot conflicts close; a product brought back meanwhile
    is unlinked, to be created anew by its queued restore (`local.settle_delete`)."""
    product = session.get(Product, product_id)
    if product is not None and product.deleted_at is None:
        local.settle_delete(session, product)
    else:
        _close_moot_conflicts(session, product_id)


def _chain_of(session: Session, entry: OutboxEntry) -> str:
    """Entries of one product (its variants included) or one order are pushed in order."""
    if entry.entity == "variant":
        variant = session.get(Variant, entry.entity_id)
        return f"product:{variant.product_id}" if variant else f"variant:{entry.entity_id}"
    if entry.entity == "fulfilment":
        return f"order:{entry.payload.get('order_id')}"
    if entry.entity == "photo":
        return push_photos.chain_of(entry)
    return f"{entry.entity}:{entry.entity_id}"


class Pusher:
    def __init__(self, database: Database, market: Marketplace,
                 cancelled: Callable[[], bool] = lambda: False) -> None:
        self.db = database
        self.market = market
        self.cancelled = cancelled
        self.report = PushReport()
        self._counted: set[int] = set()  # entries whose send this pass already counted

    # -- planning -------------------------------------------------------------------------

    def _due(self) -> list[tuple[str, list[int]]]:
        """Chains of due entry seqs, in the order of each chain's oldest entry."""
        crash_point("push.plan")
        now = utcnow()
        with self.db.read() as session:
            entries = session.scalars(
                select(OutboxEntry).where(OutboxEntry.state == OutboxState.PENDING)
                .order_by(OutboxEntry.seq)).all()
            chains: dict[str, list[int]] = {}
            blocked: set[str] = set()
            for entry in entries:
                chain = _chain_of(session, entry)
                if entry.next_attempt_at is not None and entry.next_attempt_at > now:
                    blocked.add(chain)  # a later entry must not overtake a waiting one
                    self.report.waiting += 1
                    continue
                if chain not in blocked:
                    chains.setdefault(chain, []).append(entry.seq)
        return list(chains.items())

    def push(self) -> PushReport:
        """One pass over the outbox; raises StopPush when the marketplace is out of reach."""
        for _round in range(3):  # creates unlock their variants' batches in the next round
            progressed = False
            deferred: list[int] = []
            for _chain, seqs in self._due():
                if self.cancelled():
                    return self.report
                done, later = self._push_chain(seqs)
                progressed |= done
                deferred.extend(later)
            progressed |= self._push_batches(deferred)
            if not progressed:
                break
        return self.report

    # -- one chain ------------------------------------------------------------------------

    def _entry(self, session: Session, seq: int) -> OutboxEntry | None:
        return session.get(OutboxEntry, seq)

    def _push_chain(self, seqs: list[int]) -> tuple[bool, list[int]]:
        """Push a chain's entries in order; returns (progress made, batchable seqs)."""
        progressed = False
        batchable: list[int] = []
        index = 0
        while index < len(seqs):
            with self.db.read() as session:
                entry = self._entry(session, seqs[index])
                if entry is None or entry.state != OutboxState.PENDING:
                    index += 1
                    continue
                kind = (entry.entity, entry.operation)
                fields = set(entry.payload.get("fields", {}))
                # Consecutive updates of the same object travel as one request.
                group = [entry.seq]
                if entry.operation == "update":
                    while index + len(group) < len(seqs):
                        nxt = self._entry(session, seqs[index + len(group)])
                        if (nxt is None or nxt.entity != entry.entity
                                or nxt.entity_id != entry.entity_id
                                or nxt.operation != "update"):
                            break
                        group.append(nxt.seq)
                        fields |= set(nxt.payload.get("fields", {}))
                # A price batch carries no If-Match and cannot leave a field out: a price held
                # by a conflict goes the PATCH way, which sends only what is not in conflict.
                held = (set(local.open_conflicts(session, "variant", entry.entity_id))
                        if kind == ("variant", "update") else set())
            if kind == ("variant", "update") and fields <= PRICE_FIELDS and not fields & held:
                batchable.extend(group)
                index += len(group)
                continue
            if entry.operation in local.STOCK_OPS:
                batchable.append(entry.seq)
                index += 1
                continue
            try:
                self.report.sent += 1
                ok = self._push_one(kind, group)
            except StopPush:
                raise
            if not ok:
                return progressed, []  # later entries of this chain wait for this one
            progressed = True
            index += len(group)
        return progressed, batchable

    def _push_one(self, kind: tuple[str, str], group: list[int]) -> bool:
        handler = {
            ("product", "create"): self._create_product,
            ("product", "restore"): self._create_product,
            ("product", "update"): self._update_product,
            ("product", "delete"): self._delete_product,
            ("variant", "create"): self._create_variant,
            ("variant", "update"): self._update_variant,
            ("variant", "delete"): self._delete_variant,
            ("fulfilment", "create"): self._fulfil,
            ("order", "cancel"): self._cancel_order,
            ("photo", "photo_upload"): lambda g: push_photos.upload_photo(self, g),
            ("product", "set_photos"): lambda g: push_photos.set_photos(self, g),
        }.get(kind)
        if handler is None:
            self._reject(group, f"SellerDesk cannot send '{kind[1]}' of a {kind[0]} yet.")
            return False
        try:
            crash_point(f"push.{kind[0]}.{kind[1]}")
            return handler(group)
        except MarketplaceError as error:
            return self._failed(group, error)

    # -- outcomes -------------------------------------------------------------------------

    def _failed(self, group: list[int], error: MarketplaceError) -> bool:
        if error.kind == ErrorKind.RETRYABLE:
            if error.retry_after is not None and error.status not in (429, 503):
                # This object is busy (e.g. under audit): the rest of the outbox goes on.
                self._wait(group, error)
                return False
            raise StopPush(error)
        if error.kind == ErrorKind.AUTH:
            raise StopPush(error)
        self._reject(group, error.message)
        return False

    def _wait(self, group: list[int], error: MarketplaceError) -> None:
        def work(session: Session) -> None:
            for seq in group:
                entry = self._entry(session, seq)
                if entry is not None:
                    entry.attempts += seq not in self._counted
                    entry.last_error = error.message
                    entry.next_attempt_at = utcnow() + timedelta(seconds=error.retry_after or 1)

        self.db.run_write(work)
        self.report.waiting += len(group)

    def _reject(self, group: list[int], message: str) -> None:
        def work(session: Session) -> None:
            for seq in group:
                entry = self._entry(session, seq)
                if entry is None:
                    continue
                entry.state = OutboxState.REJECTED
                entry.attempts += seq not in self._counted  # one send, one attempt
                entry.last_error = message
                product = self._product_of(session, entry)
                if product is not None:
                    refresh_sync_state(session, product)

        self.db.run_write(work)
        self.report.rejected += len(group)
        self.report.errors.append(message)

    def _acknowledge(self, group: list[int], apply: Callable[[Session], None]) -> None:
        """Commit the marketplace's answer, then (separately) retire the outbox entries."""
        crash_point("push.after_send")
        self.db.run_write(apply)
        crash_point("push.after_commit")

        def retire(session: Session) -> None:
            product = None
            for seq in group:
                entry = self._entry(session, seq)
                if entry is not None:
                    product = product or self._product_of(session, entry)
                    session.delete(entry)
            session.flush()
            if product is not None:
                refresh_sync_state(session, product)

        self.db.run_write(retire)
        self.report.acknowledged += len(group)

    def _product_of(self, session: Session, entry: OutboxEntry) -> Product | None:
        if entry.entity == "product":
            return session.get(Product, entry.entity_id)
        if entry.entity == "variant":
            variant = session.get(Variant, entry.entity_id)
            return variant.product if variant is not None else None
        return None

    # -- products -------------------------------------------------------------------------

    def _create_product(self, group: list[int]) -> bool:
        with self.db.read() as session:
            entry = self._entry(session, group[0])
            assert entry is not None
            product = session.get(Product, entry.entity_id)
            if product is None:
                return True
            if entry.operation == "restore":
                if product.remote_id is not None:
                    # the delete never reached the marketplace: nothing to restore there
                    self._acknowledge(group, lambda s: None)
                    return True
                body = self._restore_body(session, product)
            else:
                body = create_body(entry.payload["product"], entry.payload["variants"])
            key = entry.idempotency_key
            # Created and deleted before the marketplace ever heard of it: nothing to send.
            never_sent = product.deleted_at is not None and entry.attempts == 0
            product_id = product.id
        if never_sent:
            self._drop_chain(product_id)
            return True
        self._count_attempt(group)
        remote = self.market.create_product(body, key)
        self._acknowledge(group, lambda s: self._link_created(s, product_id, remote))
        return True

    def _restore_body(self, session: Session, product: Product) -> dict[str, Any]:
        from sellerdesk.catalogue.views import product_snapshot, variant_snapshot

        return create_body(product_snapshot(product),
                           [variant_snapshot(v) for v in product.live_variants])

    def _count_attempt(self, group: list[int]) -> None:
        self._counted.update(group)

        def work(session: Session) -> None:
            for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.seq.in_(group))):
                entry.attempts += 1

        self.db.run_write(work)

    def _drop_chain(self, product_id: str) -> None:
        def work(session: Session) -> None:
            product = session.get(Product, product_id)
            ids = [product_id] + ([v.id for v in product.variants] if product else [])
            for entry in session.scalars(select(OutboxEntry).where(
                    OutboxEntry.entity.in_(("product", "variant")),
                    OutboxEntry.entity_id.in_(ids))):
                session.delete(entry)
            if product is not None:
                session.flush()
                refresh_sync_state(session, product)

        self.db.run_write(work)

    def _link_created(self, session: Session, product_id: str, remote: RemoteProduct) -> None:
        product = session.scalar(select(Product).where(Product.id == product_id)
                                 .options(selectinload(Product.variants)))
        if product is None:
            return
        product.remote_id = remote.id
        product.remote_version = remote.version
        product.base = remote_product_fields(remote)
        if remote.status == "auditing":
            product.status = "auditing"
            product.base = {**product.base, "status": product.status}
        by_sku = {v.sku: v for v in remote.variants}
        for variant in product.variants:
            rv = by_sku.get(variant.sku)
            if rv is not None and variant.deleted_at is None:
                variant.remote_id = rv.id
                variant.remote_version = rv.version
                variant.base = remote_variant_fields(rv) | {"stock": rv.stock}

    def _update_product(self, group: list[int]) -> bool:
        for _round in range(MAX_CONFLICT_ROUNDS):
            with self.db.read() as session:
                entries = [e for seq in group if (e := self._entry(session, seq))]
                if not entries:
                    return True
                product = session.get(Product, entries[0].entity_id)
                if product is None or product.remote_id is None or product.deleted_at:
                    self._acknowledge(group, lambda s: None)  # deleted, or its create waits
                    return product is not None and product.deleted_at is not None
                fields: set[str] = set()
                for entry in entries:
                    fields |= set(entry.payload.get("fields", {}))
                fields -= set(local.open_conflicts(session, "product", product.id))
                mine = local.product_flat(product)
                patch = product_patch(fields, mine)
                product_id, remote_id, version = product.id, product.remote_id, \
                    product.remote_version
            if not patch:
                self._acknowledge(group, lambda s: None)
                return True
            try:
                remote = self.market.update_product(remote_id, patch, version or "0")
            except MarketplaceError as error:
                if error.kind != ErrorKind.CONFLICT:
                    raise
                current = (error.current if isinstance(error.current, RemoteProduct)
                           else self.market.get_product(remote_id))
                self.db.run_write(lambda s, c=current, f=fields, p=product_id:
                                  self._merge_product(s, p, c, f))
                self.report.conflicts += 1
                continue
            self._acknowledge(group, lambda s, r=remote, p=product_id:
                              self._settle_product(s, p, r))
            return True
        return False

    def _merge_product(self, session: Session, product_id: str, remote: RemoteProduct,
                       fields: set[str]) -> None:
        """After a 412: take their one-sided changes, surface true conflicts, keep the rest."""
        product = session.get(Product, product_id)
        if product is None:
            return
        theirs = remote_product_fields(remote)
        # Every field with a local change counts as mine, not only the ones this request
        # carried: a field held by a conflict keeps its local value on screen.
        changed = fields | local.pending_fields(session, "product", product.id)
        base = pull.agreed_base(session, "product", product.id, product.base or {}, theirs,
                                changed)
        result = three_way(base, local.product_flat(product), theirs, changed)
        for name, value in result.take_theirs.items():
            pull.set_product_field(product, name, value)
        for name, values in result.conflicts.items():
            pull.upsert_conflict(session, "product", product.id, name, values, remote.version)
        product.base, product.remote_version = theirs, remote.version
        refresh_sync_state(session, product)

    def _settle_product(self, session: Session, product_id: str, remote: RemoteProduct) -> None:
        product = session.get(Product, product_id)
        if product is not None:
            product.base = remote_product_fields(remote)
            product.remote_version = remote.version

    def _delete_product(self, group: list[int]) -> bool:
        with self.db.read() as session:
            entry = self._entry(session, group[0])
            product = session.get(Product, entry.entity_id) if entry else None
            gone = partial(_deleted_there, product_id=entry.entity_id if entry else "")
            if product is None or product.remote_id is None:
                never = True
                remote_id = version = None
            else:
                never = False
                remote_id, version = product.remote_id, product.remote_version
        if never:
            self._acknowledge(group, gone)
            return True
        for _round in range(MAX_CONFLICT_ROUNDS):
            try:
                self.market.delete_product(remote_id, version or "0")
            except NotFound:
                pass
            except MarketplaceError as error:
                if error.kind != ErrorKind.CONFLICT:
                    raise
                try:
                    current = (error.current if isinstance(error.current, RemoteProduct)
                               else self.market.get_product(remote_id))
                except NotFound:  # deleted there meanwhile: what we wanted
                    self._acknowledge(group, gone)
                    return True
                if self.db.run_write(lambda s, c=current: self._delete_conflict(s, c, group)):
                    self.report.conflicts += 1
                    return False  # held: the owner chooses (conflicts.resolve)
                version = current.version  # changed there, but nothing the owner would lose
                continue
            self._acknowledge(group, gone)
            return True
        return False

    def _delete_conflict(self, session: Session, current: RemoteProduct,
                         group: list[int]) -> bool:
        """After a 412 on a delete: if the marketplace's version carries an edit, hold the
        delete as a Conflict instead of deleting their edit unseen."""
        entry = self._entry(session, group[0])
        product = session.get(Product, entry.entity_id) if entry else None
        if product is None or not pull.deletes_their_edit(
                session, product, remote_product_fields(current)):
            return False
        pull.hold_delete(session, product, current)
        return True

    # -- variants -------------------------------------------------------------------------

    def _create_variant(self, group: list[int]) -> bool:
        with self.db.read() as session:
            entry = self._entry(session, group[0])
            variant = session.get(Variant, entry.entity_id) if entry else None
            if variant is None or entry is None:
                return True
            product = variant.product
            if product.remote_id is None:
                return False  # the product's create goes first
            body, key = variant_body(entry.payload), entry.idempotency_key
            product_remote, variant_id = product.remote_id, variant.id
        self._count_attempt(group)
        remote = self.market.add_variant(product_remote, body, key)

        def link(session: Session) -> None:
            variant = session.get(Variant, variant_id)
            if variant is not None:
                variant.remote_id, variant.remote_version = remote.id, remote.version
                variant.base = remote_variant_fields(remote) | {"stock": remote.stock}

        self._acknowledge(group, link)
        return True

    def _update_variant(self, group: list[int]) -> bool:
        for _round in range(MAX_CONFLICT_ROUNDS):
            with self.db.read() as session:
                entries = [e for seq in group if (e := self._entry(session, seq))]
                variant = session.get(Variant, entries[0].entity_id) if entries else None
                if variant is None or variant.deleted_at is not None:
                    self._acknowledge(group, lambda s: None)
                    return True
                if variant.remote_id is None or variant.product.remote_id is None:
                    return False
                fields: set[str] = set()
                for entry in entries:
                    fields |= set(entry.payload.get("fields", {}))
                fields -= set(local.open_conflicts(session, "variant", variant.id))
                mine = {name: getattr(variant, name) for name in VARIANT_FIELDS}
                patch = variant_patch(fields, mine)
                ids = (variant.id, variant.product.remote_id, variant.remote_id,
                       variant.remote_version or "0")
            if not patch:
                self._acknowledge(group, lambda s: None)
                return True
            variant_id, product_remote, variant_remote, version = ids
            try:
                remote = self.market.update_variant(product_remote, variant_remote, patch,
                                                    version)
            except MarketplaceError as error:
                if error.kind != ErrorKind.CONFLICT:
                    raise
                current = error.current if isinstance(error.current, RemoteVariant) else None
                if current is None:
                    product = self.market.get_product(product_remote)
                    current = next((v for v in product.variants if v.id == variant_remote),
                                   None)
                    if current is None:
                        raise NotFound("The variant was deleted on the marketplace.") from error

                def merge(session: Session, c: Any = current, v: str = variant_id) -> None:
                    pending = pull.Pending(session)
                    pending.entities.add(("variant", v))
                    pull.apply_variant(session, c, pending)

                self.db.run_write(merge)
                self.report.conflicts += 1
                continue

            def settle(session: Session, r: Any = remote, v: str = variant_id) -> None:
                variant = session.get(Variant, v)
                if variant is not None:
                    variant.remote_version = r.version
                    variant.base = remote_variant_fields(r) | {"stock": r.stock}

            self._acknowledge(group, settle)
            return True
        return False

    def _delete_variant(self, group: list[int]) -> bool:
        with self.db.read() as session:
            entry = self._entry(session, group[0])
            variant_id = entry.entity_id if entry else ""
            variant = session.get(Variant, variant_id) if entry else None
            if variant is None or variant.remote_id is None:
                ids = None
            else:
                ids = (variant.product.remote_id, variant.remote_id,
                       variant.remote_version or "0")
        if ids is not None:
            with contextlib.suppress(NotFound):
                self.market.delete_variant(*ids)
        self._acknowledge(group, lambda s: local.settle_delete(s, s.get(Variant, variant_id)))
        return True

    # -- orders ---------------------------------------------------------------------------

    def _fulfil(self, group: list[int]) -> bool:
        with self.db.read() as session:
            entry = self._entry(session, group[0])
            fulfilment = session.get(Fulfilment, entry.entity_id) if entry else None
            if entry is None or fulfilment is None:
                return True
            order = session.get(Order, fulfilment.order_id)
            if order is None or order.remote_id is None:
                return False
            body = {k: v for k, v in entry.payload.items() if k != "order_id"}
            key, order_remote = entry.idempotency_key, order.remote_id
        self._count_attempt(group)
        remote = self.market.fulfil(order_remote, body, key)
        self._acknowledge(group, lambda s: pull.apply_order(s, remote))
        return True

    def _cancel_order(self, group: list[int]) -> bool:
        """A cancellation made in the window; waits, like a shipment, for the order's link."""
        with self.db.read() as session:
            entry = self._entry(session, group[0])
            order = session.get(Order, entry.entity_id) if entry else None
            if entry is None or order is None:
                return True
            if order.remote_id is None:
                return False
            key, order_remote = entry.idempotency_key, order.remote_id
            reason = str(entry.payload.get("reason") or "seller")
        self._count_attempt(group)
        remote = self.market.cancel_order(order_remote, reason, key)
        self._acknowledge(group, lambda s: pull.apply_order(s, remote))
        return True

    # -- batches --------------------------------------------------------------------------

    def _push_batches(self, seqs: list[int]) -> bool:
        """Send price and stock entries in batches: first resend batches already formed, then
        form new ones from `seqs` (whose variants exist on the marketplace)."""
        progressed = False
        with self.db.read() as session:
            formed = sorted({key for (key,) in session.execute(
                select(OutboxEntry.batch_key).where(
                    OutboxEntry.batch_key.is_not(None),
                    OutboxEntry.state == OutboxState.PENDING).distinct())})
        for key in formed:
            progressed |= self._send_batch(key)
        fresh = self._form_batches(seqs)
        for key in fresh:
            progressed |= self._send_batch(key)
        return progressed

    def _form_batches(self, seqs: list[int]) -> list[str]:
        limits = self.market.limits
        keys: list[str] = []

        def work(session: Session) -> None:
            keys.clear()
            chunks: dict[str, list[OutboxEntry]] = {}
            products: dict[str, set[str]] = {}
            entries: dict[int, OutboxEntry] = {}
            variants: dict[str, Variant] = {}
            for chunk in chunked(seqs):  # a long offline day may queue tens of thousands
                entries.update((e.seq, e) for e in session.scalars(
                    select(OutboxEntry).where(OutboxEntry.seq.in_(chunk))))
            for chunk in chunked(sorted({e.entity_id for e in entries.values()})):
                variants.update((v.id, v) for v in session.scalars(
                    select(Variant).where(Variant.id.in_(chunk))
                    .options(selectinload(Variant.product))))
            for seq in seqs:
                entry = entries.get(seq)
                if entry is None or entry.batch_key or entry.state != OutboxState.PENDING:
                    continue
                variant = variants.get(entry.entity_id)
                kind = "stock" if entry.operation in local.STOCK_OPS else "price"
                if variant is not None and variant.deleted_at is not None and (
                        kind == "price" or "_deleted" not in
                        local.open_conflicts(session, "product", variant.product_id)):
                    # Deleted here since (its delete may already have gone ahead of it): a
                    # price or stock move of a listing that is gone is moot, not a refusal.
                    # While the delete is held in a conflict the listing is still there and a
                    # stock move (a sale) still counts; a price edit does not: either choice,
                    # the delete or their version, leaves it moot, and sending it would
                    # overwrite their price unseen.
                    session.delete(entry)
                    continue
                if variant is None or variant.remote_id is None \
                        or variant.product.remote_id is None:
                    continue
                wire = self._wire(entry, variant)
                chunk = chunks.setdefault(kind, [])
                seen = products.setdefault(kind, set())
                if len(chunk) >= limits.batch_skus or (
                        variant.product_id not in seen and len(seen) >= limits.batch_products):
                    self._seal(chunk, keys)
                    chunk.clear()
                    seen.clear()
                entry.payload = {**entry.payload, "wire": wire, "kind": kind}
                chunk.append(entry)
                seen.add(variant.product_id)
            for chunk in chunks.values():
                self._seal(chunk, keys)

        self.db.run_write(work)
        return keys

    def _seal(self, chunk: list[OutboxEntry], keys: list[str]) -> None:
        if not chunk:
            return
        key = str(uuid.uuid5(BATCH_NAMESPACE, ",".join(e.idempotency_key for e in chunk)))
        for entry in chunk:
            entry.batch_key = key
        keys.append(key)

    def _wire(self, entry: OutboxEntry, variant: Variant) -> dict[str, Any]:
        remote_sku = (variant.base or {}).get("sku", variant.sku)
        if entry.operation == "stock_adjust":
            return {"sku": remote_sku, "adjust": int(entry.payload["delta"]),
                    "ref": entry.idempotency_key}
        if entry.operation == "stock_set":
            expected = (variant.base or {}).get("stock", entry.payload.get("expected"))
            return {"sku": remote_sku, "set": int(entry.payload["quantity"]),
                    "expected": expected, "ref": entry.idempotency_key}
        return {"sku": remote_sku, "price_minor": variant.price_minor,
                "currency": variant.currency}

    def _send_batch(self, key: str) -> bool:
        crash_point("push.batch")
        with self.db.read() as session:
            entries = session.scalars(select(OutboxEntry).where(OutboxEntry.batch_key == key)
                                      .order_by(OutboxEntry.seq)).all()
            if not entries:
                return False
            kind = entries[0].payload.get("kind", "price")
            wires = [(e.seq, e.entity_id, e.payload["wire"]) for e in entries]
            held = kind == "price" and any(
                set(local.open_conflicts(session, "variant", e.entity_id)) & PRICE_FIELDS
                for e in entries)
        if held:
            # Formed before a pull found the marketplace's own price change: resending it
            # would overwrite theirs. Prices are absolute, so the entries may safely regroup
            # under new keys (the conflicted one then goes without its price).
            self._unbatch([seq for seq, _v, _w in wires])
            return False
        if kind == "stock":
            wires = self._prepare_stock(key, wires)
        self._count_attempt([seq for seq, _v, _w in wires])
        if kind == "stock":
            # From here on the persisted form may have gone out: a restart must not take it
            # for unsent (nor for landed) just because of the level it finds.
            crash_point("push.stock_counted")
        self.report.sent += 1
        try:
            if kind == "stock":
                results = self.market.update_stock([StockChange(
                    sku=w["sku"], adjust=w.get("adjust"), set=w.get("set"),
                    expected=w.get("expected"), ref=w.get("ref")) for _s, _v, w in wires], key)
            else:
                results = self.market.update_prices([PriceChange(
                    sku=w["sku"], price_minor=w["price_minor"], currency=w["currency"])
                    for _s, _v, w in wires], key)
        except MarketplaceError as error:
            if error.kind in (ErrorKind.RETRYABLE, ErrorKind.AUTH):
                raise StopPush(error) from error
            self._reject([seq for seq, _v, _w in wires], error.message)
            return True
        crash_point("push.after_send")
        self._apply_batch_results(kind, wires, results)
        return True

    def _prepare_stock(self, key: str, wires: list[tuple[int, str, dict[str, Any]]]
                       ) -> list[tuple[int, str, dict[str, Any]]]:
        """The stock batch in the form the marketplace will receive (AliExpress: deltas become
        compare-and-sets), persisted before it is sent, so a retry after a restart repeats
        exactly that request. `prepared_at` is the attempt count when that form was saved:
        an attempt counted since then may have been applied."""
        seqs = [seq for seq, _v, _w in wires]
        with self.db.read() as session:
            attempts = dict(session.execute(select(OutboxEntry.seq, OutboxEntry.attempts)
                                            .where(OutboxEntry.seq.in_(seqs))).all())
        sent = any("prepared_at" in w and (attempts.get(s) or 0) > w["prepared_at"]
                   for s, _v, w in wires)
        items = [StockChange(sku=w["sku"], adjust=w.get("adjust"), set=w.get("set"),
                             expected=w.get("expected"), ref=w.get("ref")) for _s, _v, w in wires]
        prepared = self.market.prepare_stock(items, key, sent=sent)
        # A compare-and-set (an absolute set, which prepare_stock passes as it is) must carry
        # `prepared_at` from its first preparation on: without it, a restart after an attempt
        # was counted would take the form for unsent.
        unstamped = not sent and any("prepared_at" not in w and w.get("adjust") is None
                                     for _s, _v, w in wires)
        if prepared == items and not unstamped:
            return wires
        assert len(prepared) == len(items), "prepare_stock must keep the batch's items"
        # Not sent: every item was planned just now. Sent: an item kept as it was keeps its
        # `prepared_at` (it may have gone out since); one planned again gets the count now.
        new = [(s, v, w if sent and p == i else {**w, "adjust": p.adjust, "set": p.set,
                                                 "expected": p.expected,
                                                 "prepared_at": attempts.get(s) or 0})
               for (s, v, w), i, p in zip(wires, items, prepared, strict=True)]

        def work(session: Session) -> None:
            for seq, _v, wire in new:
                entry = self._entry(session, seq)
                if entry is not None:
                    entry.payload = {**entry.payload, "wire": wire}

        self.db.run_write(work)
        crash_point("push.stock_prepared")
        return new

    def _unbatch(self, seqs: list[int]) -> None:
        def work(session: Session) -> None:
            for seq in seqs:
                entry = self._entry(session, seq)
                if entry is not None:
                    entry.batch_key = None
                    entry.payload = {k: v for k, v in entry.payload.items()
                                     if k not in ("wire", "kind")}

        self.db.run_write(work)

    def _apply_batch_results(self, kind: str, wires: list[tuple[int, str, dict[str, Any]]],
                             results: list[ItemResult]) -> None:
        done: list[int] = []
        rejected: list[tuple[int, str]] = []
        seqs = [seq for seq, _v, _w in wires]
        variant_ids = sorted({variant_id for _s, variant_id, _w in wires})

        def work(session: Session) -> None:
            done.clear()
            rejected.clear()
            # Read what the batch touches in three queries, not three per item (a push of
            # 1,000 edits is 50 batches of 20).
            entries = {e.seq: e for e in session.scalars(
                select(OutboxEntry).where(OutboxEntry.seq.in_(seqs)))}
            variants = {v.id: v for v in session.scalars(
                select(Variant).where(Variant.id.in_(variant_ids)))}
            others: dict[str, list[OutboxEntry]] = {}
            if kind == "stock":
                for entry in session.scalars(select(OutboxEntry).where(
                        OutboxEntry.entity == "variant",
                        OutboxEntry.entity_id.in_(variant_ids)).order_by(OutboxEntry.seq)):
                    others.setdefault(entry.entity_id, []).append(entry)
            applied: set[int] = set()
            conflicts: list[tuple[int, str, ItemResult]] = []
            for (seq, variant_id, wire), result in zip(wires, results, strict=False):
                variant = variants.get(variant_id)
                if result.ok:
                    done.append(seq)
                    applied.add(seq)
                    entry = entries.get(seq)
                    if variant is None or (entry is not None and entry.payload.get("applied")):
                        # The pull already saw the marketplace apply it (a reply lost, then
                        # replayed now): the feed's level is newer than this replayed one.
                        continue
                    if kind == "price" and result.version \
                            and pull.older(result.version, variant.remote_version):
                        continue  # a replayed answer older than what the pull has shown
                    base = dict(variant.base or {})
                    if kind == "stock" and result.stock is not None:
                        base["stock"] = result.stock
                        # The marketplace's count after this item, plus the moves it has not
                        # seen yet (this batch's later items included, its earlier ones not).
                        waiting = [e for e in others.get(variant_id, []) if e.seq not in applied]
                        variant.stock = local.local_stock(variant, result.stock, waiting)
                    elif kind == "price":
                        base["price_minor"] = wire["price_minor"]
                        base["currency"] = wire["currency"]
                    if result.version:
                        variant.remote_version = result.version
                    variant.base = base
                elif result.error is not None and result.error.code.endswith("stock-mismatch"):
                    conflicts.append((seq, variant_id, result))
                elif result.error is not None and result.error.kind == ErrorKind.RETRYABLE:
                    # Not applied: it leaves this batch (whose key now replays this failure)
                    # and joins a new one later, under a new key.
                    entry = entries.get(seq)
                    if entry is not None:
                        entry.batch_key = None
                        entry.payload = {k: v for k, v in entry.payload.items()
                                         if k not in ("wire", "kind")}
                        entry.last_error = result.error.message
                        entry.next_attempt_at = utcnow() + timedelta(seconds=5)
                    continue
                elif variant is None or variant.deleted_at is not None:
                    done.append(seq)  # moot: the listing was deleted here since (and there)
                else:
                    message = result.error.message if result.error else "refused"
                    rejected.append((seq, message))
            for seq, variant_id, result in conflicts:
                variant = variants.get(variant_id)
                entry = entries.get(seq)
                if variant is None or entry is None:
                    continue
                if variant.deleted_at is not None and "_deleted" not in local.open_conflicts(
                        session, "product", variant.product_id):
                    done.append(seq)  # deleted here since: nothing left for the owner to count
                    continue
                # A delta has no "quantity": the marketplace says what mine would be (AliExpress:
                # a delta whose earlier attempt may or may not have landed).
                mine = entry.payload.get("quantity", result.error.current if result.error
                                         else None)
                pull.upsert_conflict(session, "variant", variant_id, "stock",
                                     ((variant.base or {}).get("stock"), mine, result.stock),
                                     None)
                done.append(seq)

        self.db.run_write(work)
        crash_point("push.after_commit")
        if done:
            def retire(session: Session) -> None:
                touched = set(session.scalars(
                    select(Variant.product_id)
                    .join(OutboxEntry, OutboxEntry.entity_id == Variant.id)
                    .where(OutboxEntry.seq.in_(done))))
                session.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_(done)))
                for product in session.scalars(select(Product).where(Product.id.in_(touched))
                                               .options(selectinload(Product.variants))):
                    refresh_sync_state(session, product)

            self.db.run_write(retire)
            self.report.acknowledged += len(done)
        for seq, message in rejected:
            self._reject([seq], message)
