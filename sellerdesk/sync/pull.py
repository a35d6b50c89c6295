"""Applying the marketplace's changes to the local store, merged field by field.

A batch is applied in one transaction together with the cursor that follows it, so a crash
leaves either the whole batch and its cursor, or neither (and the batch is fetched again:
applying it twice is harmless). Local changes the marketplace has not seen yet are kept; a field
changed on both sides to different values becomes a Conflict, never a silent overwrite.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sellerdesk.crashpoints import crash_point
from sellerdesk.marketplaces.base import (
    ChangeBatch,
    Deleted,
    RemoteOrder,
    RemoteProduct,
    RemoteStock,
    RemoteVariant,
)
from sellerdesk.store.journal import record, refresh_sync_state
from sellerdesk.store.models import (
    Conflict,
    Fulfilment,
    FulfilmentLine,
    Order,
    OrderLine,
    OutboxEntry,
    OutboxState,
    Product,
    ProductText,
    SyncCursor,
    Variant,
    new_id,
    utcnow,
)
from sellerdesk.sync import bulk, local, quarantine
from sellerdesk.sync.fields import VARIANT_FIELDS, remote_product_fields, remote_variant_fields
from sellerdesk.sync.merge import three_way

CURSOR_SCOPE = "changes"
log = logging.getLogger(__name__)


class Pending:
    """Which entities have outbox entries or open conflicts, read once per batch so that the
    common case - nothing pending - costs no query per product."""

    def __init__(self, session: Session) -> None:
        self.entities = {tuple(row) for row in session.execute(
            select(OutboxEntry.entity, OutboxEntry.entity_id).distinct())}
        self.entities |= {tuple(row) for row in session.execute(
            select(Conflict.entity, Conflict.entity_id)
            .where(Conflict.resolved_at.is_(None)).distinct())}

    def has(self, entity: str, entity_id: str) -> bool:
        return (entity, entity_id) in self.entities


def set_product_field(product: Product, name: str, value: Any) -> None:
    if name.startswith(("title.", "description.")):
        kind, language = name.split(".", 1)
        text = product.text(language)
        if text is None:
            if not value:
                return
            text = ProductText(language=language, title="", description="")
            product.texts.append(text)
        setattr(text, kind, value or "")
    elif name == "tags":
        product.tags = sorted(value or [])
    else:
        setattr(product, name, value)


def upsert_conflict(session: Session, entity: str, entity_id: str, field: str,
                    values: tuple[Any, Any, Any], version: str | None) -> None:
    base, mine, theirs = values
    existing = local.open_conflicts(session, entity, entity_id).get(field)
    if existing is not None:
        existing.local_value = mine  # edited again since: the owner decides on what is there
        existing.remote_value = theirs
        existing.remote_version = version
        return
    session.add(Conflict(entity=entity, entity_id=entity_id, field=field, base_value=base,
                         local_value=mine, remote_value=theirs, remote_version=version))


def _new_product(session: Session, remote: RemoteProduct) -> Product:
    flat = remote_product_fields(remote)
    product = Product(
        id=new_id(), remote_id=remote.id, remote_version=remote.version, base=flat,
        status=remote.status, main_language=remote.main_language, category=remote.category,
        brand=remote.brand, tags=sorted(remote.tags), weight_grams=remote.weight_grams,
        length_mm=flat["length_mm"], width_mm=flat["width_mm"], height_mm=flat["height_mm"],
        sync_state="synced",
    )
    session.add(product)
    for language, text in sorted(remote.texts.items()):
        product.texts.append(ProductText(language=language, title=text.get("title", ""),
                                         description=text.get("description", "")))
    for position, rv in enumerate(remote.variants):
        product.variants.append(_new_variant(product, rv, position))
    session.flush()
    # Without the fields (`bulk.insert_products` writes the same): the product's `base` holds
    # them, and the marketplace does; a copy in every remote create's entry made `history` the
    # biggest table of a big shop: a first sync of 10,000 products wrote 8 MB more.
    record(session, entity="product", entity_id=product.id, action="create", before=None,
           after=None, summary=product.title_for(product.main_language), origin="remote")
    return product


def _new_variant(product: Product, remote: RemoteVariant, position: int) -> Variant:
    return Variant(
        id=new_id(), product_id=product.id, remote_id=remote.id, remote_version=remote.version,
        base=remote_variant_fields(remote) | {"stock": remote.stock}, sku=remote.sku,
        options=dict(remote.options), price_minor=remote.price_minor, currency=remote.currency,
        stock=remote.stock, position=position,
    )


def _find_product(session: Session, remote: RemoteProduct) -> Product | None:
    product = session.scalar(
        select(Product).where(Product.remote_id == remote.id)
        .options(selectinload(Product.texts), selectinload(Product.variants)))
    if product is not None:
        return product
    # Our own create whose reply was lost: the marketplace has it, we have it, unlinked. SKUs
    # are unique in a shop, so a shared SKU identifies it.
    skus = [v.sku for v in remote.variants]
    candidate = session.scalar(
        select(Variant).join(Product, Variant.product_id == Product.id)
        .where(Variant.sku.in_(skus), Variant.deleted_at.is_(None),
               Product.remote_id.is_(None)).limit(1))
    if candidate is not None and not local.unsent_create(session, "product",
                                                         candidate.product_id):
        product = candidate.product
    elif candidate is not None:  # brought back here, its restore not sent: not this listing
        return None
    else:  # deleted here since its create was sent: still ours, to link (and then delete)
        created = local.unlinked_creates(session)
        owner = next((created[sku] for sku in skus if sku in created), None)
        if owner is None:
            return None
        product = session.get(Product, owner)
        assert product is not None
    product.remote_id = remote.id
    return product


def older(incoming: str | None, known: str | None) -> bool:
    """Is the marketplace's object older than the version we already agreed on?

    The feed replays every state in order, so after a push it still holds the states our own
    change moved past (the echo of a create, then of an edit). Merged against the newer base,
    such a state looks like a change on their side and would raise a conflict with our own old
    value. Versions are opaque to the protocol; numeric ones (the canonical API) are ordered,
    anything else is taken as news.
    """
    if incoming is None or known is None:
        return False
    try:
        return int(incoming) < int(known)
    except ValueError:
        return False


def agreed_base(session: Session, entity: str, entity_id: str, base: dict[str, Any],
                theirs: dict[str, Any], changed: set[str]) -> dict[str, Any]:
    """The base to merge against: where the marketplace holds a value one of our own pending
    changes carried, that value reached it (the reply was lost), so it is agreed, not theirs."""
    if not changed:
        return base
    sent = local.sent_values(session, entity, entity_id)
    agreed = dict(base)
    for name in changed:
        if name in theirs and theirs[name] in sent.get(name, []):
            agreed[name] = theirs[name]
    return agreed


def _sku_taken(session: Session, sku: str) -> bool:
    return session.scalar(select(Variant.id).where(
        Variant.sku == sku, Variant.deleted_at.is_(None)).limit(1)) is not None


def _stale(remote: RemoteProduct | RemoteVariant, sku: str) -> None:
    """A listing we do not know whose SKU a live product here holds: the feed replaying a
    state that is gone (a variant created, deleted, and made anew by an undo and a redo),
    never a second copy to bring in. Its later states or tombstone come in their turn."""
    log.info("%s %s skipped: SKU %s belongs to a live product here", type(remote).__name__,
             remote.id, sku)


def apply_product(session: Session, remote: RemoteProduct, pending: Pending) -> None:
    product = _find_product(session, remote)
    if product is None:
        taken = next((v.sku for v in remote.variants if _sku_taken(session, v.sku)), None)
        if taken is not None:
            _stale(remote, taken)
            return
        _new_product(session, remote)
        return
    if older(remote.version, product.remote_version):
        return  # its variants' newer states come in their own entries
    theirs = remote_product_fields(remote)
    if product.deleted_at is not None:  # our delete is on its way (or done)
        if pending.has("product", product.id) and deletes_their_edit(session, product, theirs):
            hold_delete(session, product, remote)
            return
        product.base, product.remote_version = theirs, remote.version
        return
    busy = pending.has("product", product.id)
    changed = local.pending_fields(session, "product", product.id) if busy else set()
    mine = local.product_flat(product)
    base = agreed_base(session, "product", product.id, product.base or {}, theirs, changed)
    result = three_way(base, mine, theirs, changed)
    for name, value in result.take_theirs.items():
        set_product_field(product, name, value)
    for name, values in result.conflicts.items():
        upsert_conflict(session, "product", product.id, name, values, remote.version)
    product.main_language = remote.main_language  # fixed at creation on the marketplace
    product.base, product.remote_version = theirs, remote.version
    if result.take_theirs:
        record(session, entity="product", entity_id=product.id, action="update",
               before={k: mine.get(k) for k in result.take_theirs}, after=result.take_theirs,
               summary=product.title_for(product.main_language), origin="remote")
    remote_ids = set()
    for position, rv in enumerate(remote.variants):
        remote_ids.add(rv.id)
        apply_variant(session, rv, pending, product=product, position=position)
    for variant in product.live_variants:
        if (variant.remote_id and variant.remote_id not in remote_ids
                and not pending.has("variant", variant.id)):
            variant.deleted_at = utcnow()
    if busy or result.conflicts or any(pending.has("variant", v.id) for v in product.variants):
        refresh_sync_state(session, product)
    else:
        product.sync_state = "synced"


def _delete_waiting(session: Session, product: Product) -> bool:
    """Is our delete of `product` not done on the marketplace yet: queued, or held by an open
    conflict with their edit (`hold_delete`)?"""
    if any(e.operation == "delete" and e.state != OutboxState.REJECTED
           for e in local.entries_for(session, "product", product.id)):
        return True
    held = local.open_conflicts(session, "product", product.id).get("_deleted")
    return held is not None and bool(held.local_value)


def deletes_their_edit(session: Session, product: Product, theirs: dict[str, Any]) -> bool:
    """Would our delete, not yet done on the marketplace, throw away an edit made there?

    Their fields are compared with the base we last agreed on (with the values our own
    pending changes carried counted as agreed: their echo is no edit). A listing leaving the
    marketplace's audit is the marketplace's doing, not an edit the owner would lose."""
    if not _delete_waiting(session, product):
        return False
    # Never answered (our create's reply was lost): what we agreed on is what the create sent.
    base = product.base or local.created_fields(session, product.id)
    changed = local.pending_fields(session, "product", product.id)
    agreed = agreed_base(session, "product", product.id, base, theirs, changed)
    edited = {name for name in set(agreed) | set(theirs) if agreed.get(name) != theirs.get(name)}
    if "auditing" in (agreed.get("status"), theirs.get("status")):
        edited.discard("status")
    return bool(edited)


def hold_delete(session: Session, product: Product, remote: RemoteProduct | None) -> None:
    """Our delete against their edit: a Conflict for the owner, never a silent delete.

    The delete leaves the outbox and waits in the conflict (as a delete made there against
    an edit made here does, `apply_deleted`): keep mine queues it again, to delete the listing
    as it now is (its version is kept here); keep theirs brings the product back here with
    their fields (`conflicts.resolve`). A later edit there updates the same conflict. `remote`
    is None when the edit was to one of its variants (`apply_variant`): the product's own
    fields and version are then as agreed already."""
    if remote is not None:
        product.base, product.remote_version = remote_product_fields(remote), remote.version
    upsert_conflict(session, "product", product.id, "_deleted", (False, True, False),
                    product.remote_version)
    for entry in local.entries_for(session, "product", product.id):
        if entry.operation == "delete":
            session.delete(entry)
    session.flush()
    refresh_sync_state(session, product)


def apply_variant(session: Session, remote: RemoteVariant, pending: Pending, *,
                  product: Product | None = None, position: int = 0) -> None:
    variant = session.scalar(select(Variant).where(Variant.remote_id == remote.id))
    if variant is None:
        if product is None:
            product = session.scalar(select(Product).where(Product.remote_id == remote.product_id))
            if product is None:
                return  # its product arrives later in the feed
        # Our own create whose reply was lost: the same SKU, unlinked, its create sent.
        variant = next((v for v in product.variants
                        if v.deleted_at is None and v.sku == remote.sku and v.remote_id is None
                        and not local.unsent_create(session, "variant", v.id)), None)
        if variant is None:
            if _sku_taken(session, remote.sku):
                _stale(remote, remote.sku)
            elif product.deleted_at is None:
                product.variants.append(_new_variant(product, remote, position))
            return
        variant.remote_id = remote.id
    if older(remote.version, variant.remote_version):
        return
    theirs = remote_variant_fields(remote)
    busy = pending.has("variant", variant.id)
    changed = local.pending_fields(session, "variant", variant.id) if busy else set()
    base = {k: v for k, v in (variant.base or {}).items() if k in VARIANT_FIELDS}
    base = agreed_base(session, "variant", variant.id, base, theirs, changed)
    if variant.deleted_at is not None:
        owner = variant.product
        if (base != theirs and owner.deleted_at is not None
                and pending.has("product", owner.id) and _delete_waiting(session, owner)):
            # Their edit of a variant (a price, say) moves the variant's version, not the
            # product's: our delete's If-Match would pass and take their edit away unseen.
            hold_delete(session, owner, None)
        variant.base = theirs | {"stock": remote.stock}
        variant.remote_version = remote.version
        return
    mine = {name: getattr(variant, name) for name in VARIANT_FIELDS}
    result = three_way(base, mine, theirs, changed)
    for name, value in result.take_theirs.items():
        setattr(variant, name, dict(value) if isinstance(value, dict) else value)
    for name, values in result.conflicts.items():
        upsert_conflict(session, "variant", variant.id, name, values, remote.version)
    entries = local.entries_for(session, "variant", variant.id) if busy else []
    variant.stock = local.local_stock(variant, remote.stock, entries)
    variant.base = theirs | {"stock": remote.stock}
    variant.remote_version = remote.version


def apply_stock(session: Session, remote: RemoteStock) -> None:
    variant = session.scalar(select(Variant).where(Variant.remote_id == remote.variant_id))
    if variant is None:
        return
    entries = local.entries_for(session, "variant", variant.id)
    if remote.ref:
        for entry in entries:
            if entry.idempotency_key == remote.ref and entry.operation in local.STOCK_OPS:
                entry.payload = {**entry.payload, "applied": True}
    variant.stock = local.local_stock(variant, remote.stock, entries)
    variant.base = {**(variant.base or {}), "stock": remote.stock}


def _deleted_on_both_sides(session: Session, product: Product) -> None:
    """Deleted here and now there too: a delete held against their edit (`hold_delete`) has
    nothing left to decide - both sides want it gone - so it is closed, not shown."""
    held = local.open_conflicts(session, "product", product.id).get("_deleted")
    if held is not None and held.local_value:
        held.resolved_at = utcnow()
        held.resolution = "theirs"  # the marketplace's delete, which is also mine
        session.flush()
        refresh_sync_state(session, product)


def apply_deleted(session: Session, deleted: Deleted, pending: Pending) -> None:
    model = Product if deleted.entity == "product" else Variant
    row = session.scalar(select(model).where(model.remote_id == deleted.id))
    if row is None:
        return
    if row.deleted_at is not None:
        if isinstance(row, Product):
            _deleted_on_both_sides(session, row)
        return
    if local.wants_back(session, row):
        # Deleted there by our own delete (or theirs) while the owner brought it back here:
        # the queued create or restore makes a new one; the dead id is forgotten.
        local.unlink(row)
        return
    # Edited here (a variant's price included, a stock move not: a counter of a listing that is
    # gone is moot), deleted there: the owner decides; nothing is dropped silently.
    if isinstance(row, Product):
        edited = pending.has("product", row.id) or any(
            pending.has("variant", v.id) and local.pending_fields(session, "variant", v.id)
            for v in row.live_variants)
    else:
        edited = pending.has("variant", row.id) and bool(
            local.pending_fields(session, "variant", row.id))
    if edited:
        upsert_conflict(session, deleted.entity, row.id, "_deleted", (False, False, True), None)
        if isinstance(row, Product):
            refresh_sync_state(session, row)
        return
    now = utcnow()
    row.deleted_at = now
    variants = row.live_variants if isinstance(row, Product) else [row]
    for variant in variants:
        for entry in local.entries_for(session, "variant", variant.id):
            if entry.operation in local.STOCK_OPS:
                session.delete(entry)  # moot: the listing they counted for is gone
    if isinstance(row, Product):
        for variant in variants:
            variant.deleted_at = now
        record(session, entity="product", entity_id=row.id, action="delete", before=None,
               after=None, summary=row.title_for(row.main_language), origin="remote")


def _when(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _shipping_pending(session: Session, order_id: str) -> bool:
    for payload in session.scalars(select(OutboxEntry.payload).where(
            OutboxEntry.entity == "fulfilment")):
        if payload.get("order_id") == order_id:
            return True
    return False


def apply_order(session: Session, remote: RemoteOrder) -> None:
    from sellerdesk.orders.records import upsert_order

    existing = session.scalar(select(Order).where(Order.number == remote.number))
    keep_status = None
    if existing is not None and _shipping_pending(session, existing.id):
        keep_status = existing.status  # shipped here, not yet there: staff's view stands
    upsert_order(session, {
        "number": remote.number, "status": remote.status, "buyer": remote.buyer,
        "shipping_address": remote.shipping_address, "currency": remote.currency,
        "lines": [{"sku": line.sku, "title": line.title, "quantity": line.quantity,
                   "unit_price_minor": line.unit_price_minor, "remote_id": line.id}
                  for line in remote.lines],
        "shipping_minor": remote.shipping_minor, "placed_at": remote.placed_at,
        "ship_by": remote.ship_by, "remote_id": remote.id, "remote_version": remote.version,
    })
    order = session.scalar(select(Order).where(Order.number == remote.number)
                           .options(selectinload(Order.lines), selectinload(Order.fulfilments)))
    if order is None:
        return
    if keep_status is not None:
        order.status = keep_status
    by_remote_line = {}
    unlinked = [line for line in order.lines if line.remote_id is None]
    for remote_line in remote.lines:
        linked = next((line for line in order.lines if line.remote_id == remote_line.id), None)
        if linked is None:
            linked = next((line for line in unlinked if line.sku == remote_line.sku), None)
            if linked is not None:
                linked.remote_id = remote_line.id
                unlinked.remove(linked)
        if linked is not None:
            by_remote_line[remote_line.id] = linked
    for rf in remote.fulfilments:
        mine = next((f for f in order.fulfilments if f.remote_id == rf.id), None)
        if mine is None:
            mine = next((f for f in order.fulfilments if f.remote_id is None
                         and f.tracking_number == rf.tracking_number
                         and f.carrier == rf.carrier), None)
            if mine is not None:
                mine.remote_id = rf.id
        if mine is None:
            mine = Fulfilment(id=new_id(), remote_id=rf.id, carrier=rf.carrier,
                              tracking_number=rf.tracking_number,
                              tracking_url=rf.tracking_url or "",
                              shipped_at=_when(rf.created_at) or utcnow())
            order.fulfilments.append(mine)
            for line_id, quantity in rf.lines:
                line: OrderLine | None = by_remote_line.get(line_id)
                if line is not None:
                    mine.lines.append(FulfilmentLine(order_line_id=line.id, quantity=quantity))


def apply_batch(session: Session, account_id: str, batch: ChangeBatch) -> int:
    """Apply one batch and store its cursor, in the caller's transaction. Returns changes seen.

    Objects new to this shop are written in bulk first (see `bulk`); the other changes then go
    through the merge, in feed order."""
    quarantine.screen(session, account_id, batch)
    fresh = bulk.find_fresh(session, batch.changes)
    if fresh:
        bulk.insert_products(session, fresh)
        bulk.insert_orders(session, fresh)
    pending: Pending | None = None  # read when a change needs it: none does in a first sync
    middle = len(batch.changes) // 2
    for number, change in enumerate(batch.changes):
        if number == middle:
            session.flush()
            crash_point("pull.during_batch")
        if number in fresh.covered:
            continue
        if pending is None:
            pending = Pending(session)
        if isinstance(change, RemoteProduct):
            apply_product(session, change, pending)
        elif isinstance(change, RemoteVariant):
            apply_variant(session, change, pending)
        elif isinstance(change, RemoteStock):
            apply_stock(session, change)
        elif isinstance(change, RemoteOrder):
            apply_order(session, change)
        elif isinstance(change, Deleted):
            apply_deleted(session, change, pending)
        session.flush()
    crash_point("pull.cursor_save")
    save_cursor(session, account_id, batch.cursor)
    return len(batch.changes)


def load_cursor(session: Session, account_id: str) -> str | None:
    row = session.get(SyncCursor, (account_id, CURSOR_SCOPE))
    return None if row is None else row.cursor


def save_cursor(session: Session, account_id: str, cursor: str) -> None:
    row = session.get(SyncCursor, (account_id, CURSOR_SCOPE))
    if row is None:
        session.add(SyncCursor(account_id=account_id, scope=CURSOR_SCOPE, cursor=cursor))
    else:
        row.cursor = cursor
