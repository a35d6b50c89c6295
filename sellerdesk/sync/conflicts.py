"""Conflicts the owner resolves: keep mine, keep theirs, or an edited value.

Resolving never rewrites history: keeping mine (or an edit) queues a new change for the
marketplace; keeping theirs changes the local copy. Both are recorded in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.store import Database
from sellerdesk.store.journal import record, refresh_sync_state
from sellerdesk.store.models import Conflict, Product, Variant, utcnow
from sellerdesk.sync import local
from sellerdesk.sync.pull import set_product_field

_UNSET = object()
FIELDLESS = ("_deleted", "stock")  # not a field's value: a delete, a compare-and-set count


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    entity_id: str
    field: str
    base: Any
    mine: Any
    theirs: Any
    detected_at: datetime
    label: str  # what the owner recognises: the product's title or the SKU
    currency: str = ""  # a price's currency (a variant's conflicts), to show it as money

    def to_json(self) -> dict[str, Any]:
        data = self.__dict__.copy()
        data["detected_at"] = self.detected_at.isoformat()
        return data


def _label(session: Session, conflict: Conflict) -> str:
    if conflict.entity == "product":
        product = session.get(Product, conflict.entity_id)
        return product.title_for(product.main_language) if product else conflict.entity_id
    variant = session.get(Variant, conflict.entity_id)
    return variant.sku if variant else conflict.entity_id


def _currency(session: Session, conflict: Conflict) -> str:
    if conflict.entity != "variant":
        return ""
    variant = session.get(Variant, conflict.entity_id)
    return variant.currency if variant is not None and variant.currency else ""


def _mine(session: Session, conflict: Conflict) -> Any:
    """The owner's side as it is now: edited again since the conflict was found, the field
    holds that newer value (which is what "keep mine" keeps)."""
    if conflict.field in FIELDLESS:
        return conflict.local_value
    if conflict.entity == "product":
        product = session.get(Product, conflict.entity_id)
        if product is not None:
            return local.product_flat(product).get(conflict.field, conflict.local_value)
    else:
        variant = session.get(Variant, conflict.entity_id)
        if variant is not None:
            return getattr(variant, conflict.field, conflict.local_value)
    return conflict.local_value


def open_conflicts(database: Database) -> list[ConflictView]:
    with database.read() as session:
        rows = session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))
                               .order_by(Conflict.detected_at)).all()
        return [ConflictView(id=c.id, entity=c.entity, entity_id=c.entity_id, field=c.field,
                             base=c.base_value, mine=_mine(session, c), theirs=c.remote_value,
                             detected_at=c.detected_at, label=_label(session, c),
                             currency=_currency(session, c))
                for c in rows]


def resolve(database: Database, conflict_id: str, keep: str, value: Any = _UNSET) -> None:
    """`keep` is "mine" or "theirs"; `value` (with "mine") is an edited value to keep."""
    if keep not in ("mine", "theirs"):
        raise ValidationError("Choose --keep mine or --keep theirs.")

    def work(session: Session) -> None:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError(f"No open conflict with id {conflict_id}.")
        chosen = conflict.remote_value if keep == "theirs" else (
            conflict.local_value if value is _UNSET else value)
        conflict.resolved_at = utcnow()
        conflict.resolution = keep if value is _UNSET else "edited"
        # "Mine" is what the owner has on screen now: edited again since the conflict was
        # found, it is that newer value, not the one the conflict recorded then.
        current = keep == "mine" and value is _UNSET and conflict.field not in FIELDLESS
        if conflict.entity == "product":
            product = session.get(Product, conflict.entity_id)
            if product is None:
                return
            if current:
                chosen = local.product_flat(product).get(conflict.field, chosen)
            _resolve_product(session, conflict, product, keep, chosen)
            refresh_sync_state(session, product)
        else:
            variant = session.get(Variant, conflict.entity_id)
            if variant is None:
                return
            if current:
                chosen = getattr(variant, conflict.field, chosen)
            _resolve_variant(session, conflict, variant, keep, chosen)
            refresh_sync_state(session, variant.product)

    database.run_write(work)


def _resolve_product(session: Session, conflict: Conflict, product: Product, keep: str,
                     chosen: Any) -> None:
    if conflict.field == "_deleted" and conflict.local_value:
        _resolve_our_delete(session, product, keep)
        return
    if conflict.field == "_deleted":
        if keep == "theirs":
            now = utcnow()
            product.deleted_at = now
            for variant in product.live_variants:
                variant.deleted_at = now
            for entry in local.entries_for(session, "product", product.id):
                session.delete(entry)
            record(session, entity="product", entity_id=product.id, action="delete",
                   before=None, after=None, summary="conflict: kept the marketplace's delete")
        else:  # bring it back on the marketplace as a new listing
            product.remote_id = None
            product.remote_version = None
            product.base = None
            for variant in product.variants:
                variant.remote_id = variant.remote_version = None
                variant.base = None
            record(session, entity="product", entity_id=product.id, action="restore",
                   before=None, after=None, summary="conflict: kept mine",
                   outbox=("restore", {}))
        return
    before = local.product_flat(product).get(conflict.field)
    set_product_field(product, conflict.field, chosen)
    outbox = ("update", {"fields": {conflict.field: chosen}}) if keep == "mine" else None
    record(session, entity="product", entity_id=product.id, action="update",
           before={conflict.field: before}, after={conflict.field: chosen},
           summary=f"conflict on {conflict.field}: kept {keep}", outbox=outbox)


def _resolve_our_delete(session: Session, product: Product, keep: str) -> None:
    """Deleted here, edited there (`pull.hold_delete`). Keep mine: the delete is queued again,
    against the marketplace's version the owner has seen (kept as the product's version).
    Keep theirs: the product comes back here as the marketplace has it."""
    if keep == "mine":
        record(session, entity="product", entity_id=product.id, action="delete", before=None,
               after=None, summary="conflict: kept my delete over the marketplace's edit",
               outbox=("delete", {}))
        return
    deleted_at = product.deleted_at
    for variant in product.variants:
        if deleted_at is not None and variant.deleted_at == deleted_at:
            taken = session.scalar(select(Variant.id).where(
                Variant.sku == variant.sku, Variant.deleted_at.is_(None),
                Variant.id != variant.id).limit(1))
            if taken is not None:
                raise ValidationError(f"SKU {variant.sku} belongs to another product now: "
                                      "change it there first, or keep the delete.")
            variant.deleted_at = None
            base = variant.base or {}
            for name in ("sku", "options", "price_minor", "currency"):
                if name in base:
                    setattr(variant, name, base[name])
            if "stock" in base:
                variant.stock = int(base["stock"])
    product.deleted_at = None
    for name, value in (product.base or {}).items():
        set_product_field(product, name, value)
    session.flush()
    record(session, entity="product", entity_id=product.id, action="restore", before=None,
           after=local.product_flat(product),
           summary="conflict: kept the marketplace's edit over my delete")


def _resolve_variant(session: Session, conflict: Conflict, variant: Variant, keep: str,
                     chosen: Any) -> None:
    if conflict.field == "stock":
        old = variant.stock
        if keep == "theirs":
            variant.stock = int(chosen)
            outbox = None
        else:
            variant.stock = int(chosen)
            outbox = ("stock_set", {"quantity": int(chosen),
                                    "expected": (variant.base or {}).get("stock")})
        record(session, entity="variant", entity_id=variant.id, action="stock",
               before={"stock": old}, after={"stock": variant.stock},
               summary=f"conflict on stock: kept {keep}", outbox=outbox)
        return
    if conflict.field == "_deleted":
        if keep == "theirs":
            variant.deleted_at = utcnow()
        return
    before = getattr(variant, conflict.field)
    setattr(variant, conflict.field, chosen)
    outbox = ("update", {"fields": {conflict.field: chosen}}) if keep == "mine" else None
    record(session, entity="variant", entity_id=variant.id, action="update",
           before={conflict.field: before}, after={conflict.field: chosen},
           summary=f"conflict on {conflict.field}: kept {keep}", outbox=outbox)
