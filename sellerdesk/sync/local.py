"""What the sync needs to know about local rows: pending fields, unapplied stock deltas, states.

All functions take the caller's session and never commit: they run inside the push's or the
pull's transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.catalogue.views import product_snapshot
from sellerdesk.store.journal import entries_for, unsent
from sellerdesk.store.models import (
    Conflict,
    OutboxEntry,
    Product,
    Variant,
)
from sellerdesk.sync.fields import local_product_fields

STOCK_OPS = ("stock_adjust", "stock_set")


def open_conflicts(session: Session, entity: str, entity_id: str) -> dict[str, Conflict]:
    rows = session.scalars(select(Conflict).where(
        Conflict.entity == entity, Conflict.entity_id == entity_id,
        Conflict.resolved_at.is_(None)))
    return {c.field: c for c in rows}


def pending_fields(session: Session, entity: str, entity_id: str) -> set[str]:
    """Fields with local changes the marketplace has not acknowledged (or held by a conflict)."""
    fields: set[str] = set(open_conflicts(session, entity, entity_id))
    for entry in entries_for(session, entity, entity_id):
        if entry.operation == "update":
            fields.update(entry.payload.get("fields", {}))
    return fields


def sent_values(session: Session, entity: str, entity_id: str) -> dict[str, list[Any]]:
    """Field values our outbox entries for this object carry, sent already or not.

    When the marketplace shows one of them, it is our own change coming back (its reply was
    lost after the marketplace committed it), not a change on their side.
    """
    values: dict[str, list[Any]] = {}

    def add(fields: dict[str, Any]) -> None:
        for name, value in fields.items():
            values.setdefault(name, []).append(value)

    for entry in entries_for(session, entity, entity_id):
        if entry.operation == "update":
            add(entry.payload.get("fields", {}))
        elif entry.operation == "create":
            add(local_product_fields(entry.payload.get("product", {}))
                if entity == "product" else entry.payload)
    if entity == "variant":  # a new product's create carries its variants
        variant = session.get(Variant, entity_id)
        for entry in entries_for(session, "product", variant.product_id) if variant else []:
            if entry.operation == "create":
                for data in entry.payload.get("variants", []):
                    if data.get("id") == entity_id:
                        add(data)
    return values


def unlinked_creates(session: Session) -> dict[str, str]:
    """Product ids by SKU, for the products created here whose create was sent without an
    answer (so not linked to the marketplace yet), deleted here since included.

    Their create may have landed with its reply lost: when the marketplace then shows a listing
    with one of these SKUs, it is our own create, to link, never a new product to bring in. A
    create never sent cannot have landed (a listing with its SKU is someone else's). Read from
    the outbox (a handful of rows), not from the variants: deleted variants' SKUs have no
    index."""
    rows = session.execute(
        select(Variant.sku, Product.id)
        .join(Product, Variant.product_id == Product.id)
        .join(OutboxEntry, (OutboxEntry.entity == "product")
              & (OutboxEntry.entity_id == Product.id))
        .where(OutboxEntry.operation.in_(("create", "restore")), OutboxEntry.attempts > 0,
               Product.remote_id.is_(None)))
    return {sku: product_id for sku, product_id in rows}


def created_fields(session: Session, product_id: str) -> dict[str, Any]:
    """The product's fields as its queued or unanswered create carries them ({} if none)."""
    for entry in entries_for(session, "product", product_id):
        if entry.operation == "create":
            return local_product_fields(entry.payload.get("product", {}))
    return {}


def unsent_create(session: Session, entity: str, entity_id: str) -> bool:
    """Is a create or restore of this row queued that has certainly not been sent yet? The
    marketplace cannot hold its result, so no listing there is this row."""
    return any(e.operation in ("create", "restore") and unsent(e)
               for e in entries_for(session, entity, entity_id))


def has_pending_create(session: Session, entity: str, entity_id: str) -> bool:
    return any(e.operation in ("create", "restore") for e in entries_for(session, entity,
                                                                        entity_id))


def local_stock(variant: Variant, remote_stock: int, entries: list[OutboxEntry]) -> int:
    """The stock to show: the marketplace's count plus local movements it has not applied yet.

    Stock is a counter: a sale on the marketplace and a sale in the shop both count, so neither
    side's figure simply replaces the other's.
    """
    stock = remote_stock
    for entry in entries:
        if entry.operation not in STOCK_OPS or entry.payload.get("applied"):
            continue
        if entry.operation == "stock_adjust":
            stock += int(entry.payload["delta"])
        else:
            stock = int(entry.payload["quantity"])
    return stock


def product_flat(product: Product) -> dict[str, Any]:
    return local_product_fields(product_snapshot(product))


def unlink(row: Product | Variant) -> None:
    """Forget the marketplace's copy: it was deleted there while the owner brought the row back
    here (an undone delete). Its queued create or restore then makes a new one."""
    rows: list[Product | Variant] = [row]
    if isinstance(row, Product):
        rows += [v for v in row.variants if v.deleted_at is None]
    for item in rows:
        item.remote_id = item.remote_version = None
        item.base = None


def wants_back(session: Session, row: Product | Variant) -> bool:
    """Is the row live here with a create or restore queued: brought back after a delete?"""
    if row.deleted_at is not None:
        return False
    if isinstance(row, Variant):  # a product's restore brings its variants back with it
        return (has_pending_create(session, "variant", row.id)
                or has_pending_create(session, "product", row.product_id))
    return has_pending_create(session, "product", row.id)


def settle_delete(session: Session, row: Product | Variant | None) -> None:
    """Our delete is done on the marketplace. If the owner brought the row back meanwhile (undo
    after the delete was sent), the copy there is gone: unlink it, so that its restore or
    create, queued behind the delete, makes a new one instead of trusting a dead id."""
    if row is not None and row.deleted_at is None:
        unlink(row)
