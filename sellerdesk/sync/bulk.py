"""Products and orders the shop has never seen, inserted in bulk.

A first sync (or a big day on the marketplace) is mostly objects the local store does not know:
there is nothing to merge, only rows to write. Going through the ORM object by object costs
milliseconds each (a 10,000-product shop took minutes); here each batch's new objects become one
multi-row INSERT per table. What a new object looks like in the end is the same as
`pull.apply_product` / `pull.apply_order` make it (tests/sync/test_sync_counts.py compares the
two paths on the demo shop).

Only objects that are new and plain qualify: a product whose id and SKUs are unknown here (an
SKU known here may be our own create whose reply was lost, which the merge path links), an order
whose number is unknown here. Everything else, and every change to a known object, takes the
merge path in feed order. The batch's entries about a new object are folded into its final state
first (the feed's `data` is the object after each change), so a product created and edited in
the same page is inserted once, as it ended up.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import JSON, select
from sqlalchemy.orm import Session

from sellerdesk.marketplaces.base import (
    Change,
    Deleted,
    RemoteOrder,
    RemoteProduct,
    RemoteStock,
    RemoteVariant,
)
from sellerdesk.store.models import (
    Fulfilment,
    FulfilmentLine,
    HistoryEntry,
    Order,
    OrderLine,
    Product,
    ProductText,
    UTCDateTime,
    Variant,
    utcnow,
)
from sellerdesk.store.search import deferred_search
from sellerdesk.sync.fields import remote_product_fields, remote_variant_fields

CHUNK = 500  # bound parameters per IN (...) lookup
T = TypeVar("T")


def chunked(values: Sequence[T]) -> Iterable[Sequence[T]]:
    """`values` in slices small enough for one `IN (...)` (SQLite bounds bound parameters)."""
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


@dataclass
class Fresh:
    """The batch's new objects, folded to their final state, and the entries they cover."""

    products: dict[str, RemoteProduct] = field(default_factory=dict)
    variants: dict[str, dict[str, RemoteVariant]] = field(default_factory=dict)
    stock: dict[str, int] = field(default_factory=dict)  # remote variant id -> level
    orders: dict[str, RemoteOrder] = field(default_factory=dict)  # by number
    covered: set[int] = field(default_factory=set)  # indexes of the batch's changes

    def __bool__(self) -> bool:
        return bool(self.covered)


def _known(session: Session, column: Any, values: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunked(sorted(values)):
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def find_fresh(session: Session, changes: Sequence[Change]) -> Fresh:
    """Which of `changes` are about objects new to this shop, and how those objects end up."""
    product_ids = {c.id for c in changes if isinstance(c, RemoteProduct)}
    numbers = {c.number for c in changes if isinstance(c, RemoteOrder)}
    known_products = _known(session, Product.remote_id, product_ids)
    skus = {v.sku for c in changes if isinstance(c, RemoteProduct) and c.id not in known_products
            for v in c.variants}
    live_skus: set[str] = set()
    for chunk in chunked(sorted(skus)):
        live_skus.update(session.scalars(select(Variant.sku).where(
            Variant.sku.in_(chunk), Variant.deleted_at.is_(None))))
    known_orders = _known(session, Order.number, numbers)

    fresh = Fresh()
    owner: dict[str, str] = {}  # remote variant id -> remote product id, for new products
    refused: set[str] = set()  # new to us, but an SKU is known here: the merge path links it
    for index, change in enumerate(changes):
        if isinstance(change, RemoteProduct):
            if change.id in known_products or change.id in refused:
                continue
            if any(v.sku in live_skus for v in change.variants):
                refused.add(change.id)
                continue
            fresh.products[change.id] = change
            fresh.variants[change.id] = {v.id: v for v in change.variants}
            for variant in change.variants:
                owner[variant.id] = change.id
                fresh.stock[variant.id] = variant.stock
            fresh.covered.add(index)
        elif isinstance(change, RemoteVariant) and change.product_id in fresh.products:
            fresh.variants[change.product_id][change.id] = change
            owner[change.id] = change.product_id
            fresh.stock[change.id] = change.stock
            fresh.covered.add(index)
        elif isinstance(change, RemoteStock) and change.variant_id in owner:
            fresh.stock[change.variant_id] = change.stock
            fresh.covered.add(index)
        elif isinstance(change, Deleted) and change.entity == "product" \
                and change.id in fresh.products:
            del fresh.products[change.id]  # created and deleted within the batch
            fresh.covered.add(index)
        elif isinstance(change, Deleted) and change.entity == "variant" and change.id in owner:
            fresh.variants.get(owner[change.id], {}).pop(change.id, None)
            fresh.covered.add(index)
        elif isinstance(change, RemoteOrder) and change.number not in known_orders:
            fresh.orders[change.number] = change
            fresh.covered.add(index)
    return fresh


_encode = json.JSONEncoder().encode  # json.dumps with its defaults, minus a call per value


def _json(value: Any) -> str | None:
    """What the JSON columns' bind processor writes (json.dumps; None as SQL NULL).

    Empty containers (a variant's options, an order line's) are most of the values and have
    one text each."""
    if value is None:
        return None
    if not value and isinstance(value, dict):
        return "{}"
    if not value and isinstance(value, list):
        return "[]"
    return _encode(value)


def _stamp_converter() -> Callable[[datetime | None], str | None]:
    """What `UTCDateTime` then SQLite's DateTime bind processor write: naive UTC as text.

    Memoised per insert: a page's rows share their clock times (`now`), and each conversion
    through the column's processors cost two Python calls and a datetime copy."""
    seen: dict[datetime, str] = {}
    last: list[Any] = [None, None]  # the value converted last and its text: rows share `now`

    def stamp(value: datetime | None) -> str | None:
        if value is None:
            return None
        if value is last[0]:
            return last[1]  # type: ignore[no-any-return]
        text = seen.get(value)
        if text is None:
            if value.tzinfo is None:
                raise ValueError("naive datetime given to a UTC column")
            v = value.astimezone(UTC)
            text = seen[value] = (f"{v.year:04d}-{v.month:02d}-{v.day:02d} {v.hour:02d}:"
                                  f"{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}")
        last[:] = [value, text]
        return text

    return stamp


def _converter(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """A converter writing exactly what `column`'s bind processors would, cheaper for the two
    types a sync writes in bulk (JSON, UTC times); the column's own processor otherwise."""
    if isinstance(column.type, JSON):
        return _json
    if isinstance(column.type, UTCDateTime):
        return _stamp_converter()
    processor: Callable[[Any], Any] | None = column.type._cached_bind_processor(dialect)
    return processor


def insert_many(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """One executemany of `rows` into the model's table, on the session's own DBAPI connection
    (in its transaction). Values are converted as the columns' bind processors would (the
    bulk-equals-merge test compares the stored text); what is skipped is the ORM's per-row
    bookkeeping and SQLAlchemy's per-value processor calls, most of the cost at 10,000 rows.
    Columns left out get their Python-side defaults, as with the ORM."""
    if not rows:
        return
    table = model.__table__
    dialect = session.get_bind().dialect
    given = list(rows[0])
    defaulted = [c for c in table.columns
                 if c.name not in given and c.default is not None
                 and (c.default.is_scalar or c.default.is_callable)]
    defaults = [c.default for c in defaulted]
    names = given + [c.name for c in defaulted]
    converting = [(index, convert) for index, name in enumerate(names)
                  if (convert := _converter(table.c[name], dialect)) is not None]
    data = []
    for row in rows:
        values = [row[name] for name in given]
        for default in defaults:
            values.append(default.arg(None) if default.is_callable else default.arg)
        for index, convert in converting:
            values[index] = convert(values[index])
        data.append(values)
    columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.executemany(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', data)


def id_source() -> Callable[[], str]:
    """UUID strings for new rows, in increasing order: version 7 (RFC 9562) - a millisecond
    clock, a 12-bit sequence, 62 random bits - instead of `models.new_id`'s version 4.

    Every new row goes into its table's primary-key index and its children's foreign-key
    indexes; random keys land all over those B-trees (a page read and rewritten per row once
    they outgrow the cache), ordered keys append at their right edge. Still unique without
    coordination: within a source the clock and sequence never repeat, and the 62 random bits,
    drawn once per source, separate sources, processes and machines (RFC 9562 allows the random
    part to be fixed while the clock and counter move). The clock is read once per 4,096 ids
    (a sequence's worth), not per id: a first sync makes over 100,000 of them."""
    tail = int.from_bytes(os.urandom(8)) & 0x3FFF_FFFF_FFFF_FFFF | 0x8000_0000_0000_0000
    tail_text = f"{tail:016x}"
    suffix = f"{tail_text[:4]}-{tail_text[4:]}"
    state = [-1, 0x1000, ""]  # millisecond in use, next sequence number, its id prefix

    def next_id() -> str:
        sequence = state[1]
        if sequence > 0xFFF:  # a new millisecond: the clock's, or the next one if ids ran ahead
            millis = max(time.time_ns() // 1_000_000, state[0] + 1)
            clock = f"{millis:012x}"
            state[0], sequence, state[2] = millis, 0, f"{clock[:8]}-{clock[8:]}-7"
        state[1] = sequence + 1
        return f"{state[2]}{sequence:03x}-{suffix}"

    return next_id


def _history(entity: str, entity_id: str, summary: str, after: dict[str, Any],
             at: datetime, group_id: str) -> dict[str, Any]:
    """The history row `store.journal.record` writes for a change that came from the
    marketplace (no outbox entry)."""
    return {"group_id": group_id, "entity": entity, "entity_id": entity_id, "action": "create",
            "origin": "remote", "summary": summary[:500], "before": None, "after": after,
            "at": at}


def _title(remote: RemoteProduct) -> str:
    """Product.title_for(main_language) on the texts as stored."""
    texts = dict(sorted(remote.texts.items()))
    main = texts.get(remote.main_language, {}).get("title")
    return main or next((t.get("title", "") for t in texts.values() if t.get("title")), "")


def insert_products(session: Session, fresh: Fresh) -> None:
    now = utcnow()
    new_id = id_source()
    products: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    variants: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    for remote in fresh.products.values():
        flat = remote_product_fields(remote)
        product_id = new_id()
        products.append({
            "id": product_id, "remote_id": remote.id, "remote_version": remote.version,
            "base": flat, "status": remote.status, "main_language": remote.main_language,
            "category": remote.category, "brand": remote.brand, "tags": sorted(remote.tags),
            "weight_grams": remote.weight_grams, "length_mm": flat["length_mm"],
            "width_mm": flat["width_mm"], "height_mm": flat["height_mm"],
            "sync_state": "synced", "created_at": now, "updated_at": now,
        })
        for language, text in sorted(remote.texts.items()):
            texts.append({"product_id": product_id, "language": language,
                          "title": text.get("title", ""),
                          "description": text.get("description", "")})
        for position, rv in enumerate(fresh.variants[remote.id].values()):
            stock = fresh.stock.get(rv.id, rv.stock)
            variants.append({
                "id": new_id(), "product_id": product_id, "remote_id": rv.id,
                "remote_version": rv.version,
                "base": remote_variant_fields(rv) | {"stock": stock}, "sku": rv.sku,
                "options": dict(rv.options), "price_minor": rv.price_minor,
                "currency": rv.currency, "stock": stock, "position": position,
                "created_at": now, "updated_at": now,
            })
        products[-1].update(_summary(variants[len(variants) - len(fresh.variants[remote.id]):]))
        history.append(_history("product", product_id, _title(remote), flat, now, new_id()))
    if not products:
        return
    # The store's per-row triggers would rebuild a product's search document on each insert
    # into these three tables (FTS5 with prefix indexes: most of the time a big first sync
    # spent in SQLite); deferred, the store rebuilds the page's documents in one statement.
    # The summary columns are filled here (`_summary`), so the store need not recompute them.
    with deferred_search(session, [row["id"] for row in products], summaries=False):
        for model, rows in ((Product, products), (ProductText, texts), (Variant, variants)):
            insert_many(session, model, rows)
    insert_many(session, HistoryEntry, history)


def _summary(variants: list[dict[str, Any]]) -> dict[str, Any]:
    """The variant summary columns the store's triggers keep on the product row (migration
    0002, `_summarise`), filled here from the rows at hand so that the store's deferred rebuild
    need not compute them again (`deferred_search(..., summaries=False)`)."""
    first = min(variants, key=lambda v: (v["position"], v["sku"]), default=None)
    return {
        "primary_sku": first["sku"] if first else None,
        "price_min_minor": min((v["price_minor"] for v in variants), default=None),
        "currency": first["currency"] if first else None,
        "stock_total": sum(v["stock"] for v in variants),
        "variant_count": len(variants),
    }


def _when(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def insert_orders(session: Session, fresh: Fresh) -> None:
    """As `orders.records.upsert_order` then `pull.apply_order` would create them."""
    if not fresh.orders:
        return
    skus = sorted({line.sku for order in fresh.orders.values() for line in order.lines})
    variant_of: dict[str, str] = {}
    for chunk in chunked(skus):
        rows = session.execute(select(Variant.sku, Variant.id).where(
            Variant.sku.in_(chunk), Variant.deleted_at.is_(None)))
        variant_of.update((sku, variant_id) for sku, variant_id in rows)
    now = utcnow()
    new_id = id_source()
    orders: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    shipments: list[dict[str, Any]] = []
    shipped_lines: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    for remote in fresh.orders.values():
        order_id = new_id()
        subtotal = sum(line.quantity * line.unit_price_minor for line in remote.lines)
        orders.append({
            "id": order_id, "number": remote.number, "status": remote.status,
            "buyer_name": remote.buyer.get("name", ""),
            "buyer_email": remote.buyer.get("email", ""),
            "buyer_country": remote.buyer.get("country", ""),
            "shipping_address": dict(remote.shipping_address), "currency": remote.currency,
            "placed_at": _when(remote.placed_at), "ship_by": _when(remote.ship_by),
            "remote_id": remote.id, "remote_version": remote.version,
            "subtotal_minor": subtotal, "shipping_minor": remote.shipping_minor,
            "total_minor": subtotal + remote.shipping_minor, "notes": "", "updated_at": now,
        })
        local_line: dict[str, str] = {}
        for position, line in enumerate(remote.lines):
            line_id = new_id()
            local_line[line.id] = line_id
            lines.append({
                "id": line_id, "order_id": order_id, "remote_id": line.id,
                "variant_id": variant_of.get(line.sku), "sku": line.sku, "title": line.title,
                "options": {}, "quantity": line.quantity,
                "unit_price_minor": line.unit_price_minor, "position": position,
            })
        for rf in remote.fulfilments:
            fulfilment_id = new_id()
            shipments.append({
                "id": fulfilment_id, "order_id": order_id, "remote_id": rf.id,
                "carrier": rf.carrier, "tracking_number": rf.tracking_number,
                "tracking_url": rf.tracking_url or "",
                "shipped_at": _when(rf.created_at) or now, "created_at": now,
            })
            for remote_line, quantity in rf.lines:
                if remote_line in local_line:
                    shipped_lines.append({"fulfilment_id": fulfilment_id,
                                          "order_line_id": local_line[remote_line],
                                          "quantity": quantity})
        history.append(_history("order", order_id, remote.number, {"status": remote.status},
                                now, new_id()))
    for model, rows in ((Order, orders), (OrderLine, lines), (Fulfilment, shipments),
                        (FulfilmentLine, shipped_lines), (HistoryEntry, history)):
        insert_many(session, model, rows)
