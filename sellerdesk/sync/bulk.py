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
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import JSON
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
from sellerdesk.sync import local
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


def _lookup(session: Session, query: str, values: set[str]) -> list[tuple[Any, ...]]:
    """Rows of `query`, whose `:values` stands for `values` (any number of them), read on the
    session's own connection in its transaction. The values travel as one JSON array: an
    `IN (...)` built by SQLAlchemy coerced each of a page's values in Python, chunk by chunk."""
    if not values:
        return []
    session.flush()  # what the ORM holds back must be seen, as a query through it would
    raw = session.connection().connection.driver_connection
    assert raw is not None
    sql = query.replace(":values", "(SELECT value FROM json_each(?))")
    return list(raw.execute(sql, (json.dumps(sorted(values)),)))


def _known(session: Session, table: str, column: str, values: set[str]) -> set[str]:
    return {row[0] for row in _lookup(
        session, f'SELECT "{column}" FROM "{table}" WHERE "{column}" IN :values', values)}


def live_variants(session: Session, skus: set[str]) -> dict[str, str]:
    """Live variants' ids by SKU, for those of `skus` the shop has."""
    return dict(_lookup(session, "SELECT sku, id FROM variants WHERE sku IN :values "
                                 "AND deleted_at IS NULL", skus))


def find_fresh(session: Session, changes: Sequence[Change]) -> Fresh:
    """Which of `changes` are about objects new to this shop, and how those objects end up."""
    product_ids = {c.id for c in changes if isinstance(c, RemoteProduct)}
    numbers = {c.number for c in changes if isinstance(c, RemoteOrder)}
    known_products = _known(session, "products", "remote_id", product_ids)
    skus = {v.sku for c in changes if isinstance(c, RemoteProduct) and c.id not in known_products
            for v in c.variants}
    # A live SKU here, or one of a product whose create may have landed unanswered (deleted
    # here since, too): the merge path links it (`pull._find_product`), nothing is new.
    live_skus = set(live_variants(session, skus)) | (skus & set(local.unlinked_creates(session)))
    known_orders = _known(session, "orders", "number", numbers)

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


def _plain_encoder() -> Callable[[Any], str]:
    """`json.dumps` with its defaults, for plain data (no cycles): `JSONEncoder.encode` builds a
    new C encoder for every value, a third of the cost of the 100,000 small values (bases,
    options, addresses) of a first sync; this one is built once. The same text as `json.dumps`
    (the bulk-equals-merge test compares the stored JSON)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # an interpreter without the C accelerator
        return json.JSONEncoder().encode

    def refuse(value: Any) -> Any:
        raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")

    chunks = make(None, refuse, json.encoder.encode_basestring_ascii, None, ": ", ", ",
                  False, False, True)
    join = "".join

    def encode_plain(value: Any) -> str:
        return join(chunks(value, 0))

    return encode_plain


encode = _plain_encoder()


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
    return encode(value)


def stamp_text(value: datetime) -> str:
    """What `UTCDateTime` then SQLite's DateTime bind processor write: naive UTC as text."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    v = value.astimezone(UTC)
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d} {v.hour:02d}:{v.minute:02d}:"
            f"{v.second:02d}.{v.microsecond:06d}")


def _stamp_converter() -> Callable[[datetime | None], str | None]:
    """`stamp_text`, memoised per insert: many rows share a time, and each conversion through
    the column's processors cost two Python calls and a datetime copy."""
    seen: dict[datetime, str] = {}

    def stamp(value: datetime | None) -> str | None:
        if value is None:
            return None
        text = seen.get(value)
        if text is None:
            text = seen[value] = stamp_text(value)
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


class Rows:
    """New rows of one table, each a list of values in `columns`' order, for `insert_many`.

    Lists rather than a dict per row: at 150,000 rows a first sync spent a third of its Python
    time building dicts and reading them back by column name."""

    def __init__(self, model: type[Any], columns: str, *, ready: str = "") -> None:
        self.model = model
        self.columns = tuple(columns.split())
        # Columns whose values are given as stored already (`stamp_text`, `encode`): a page's
        # shared time, a product's fields that go to two tables. Converted once, not per row.
        self.ready = set(ready.split())
        self.values: list[list[Any]] = []
        self.add = self.values.append


def insert_many(session: Session, rows: Rows) -> None:
    """One executemany of `rows` into their table, on the session's own DBAPI connection (in
    its transaction). Values are converted as the columns' bind processors would (the
    bulk-equals-merge test compares the stored text); what is skipped is the ORM's per-row
    bookkeeping and SQLAlchemy's per-value processor calls, most of the cost at 10,000 rows.
    Columns left out get their Python-side defaults, as with the ORM."""
    if not rows.values:
        return
    table = rows.model.__table__
    dialect = session.get_bind().dialect
    given = list(rows.columns)
    defaulted = [c for c in table.columns
                 if c.name not in given and c.default is not None
                 and (c.default.is_scalar or c.default.is_callable)]
    names = given + [c.name for c in defaulted]
    data = rows.values
    for column in defaulted:
        default = column.default
        for values in data:
            values.append(default.arg(None) if default.is_callable else default.arg)
    for index, name in enumerate(names):  # column by column: one converter, a tight loop
        convert = None if name in rows.ready else _converter(table.c[name], dialect)
        if convert is not None:
            for values in data:
                values[index] = convert(values[index])
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


# The history row `store.journal.record` writes for a change that came from the marketplace
# (no outbox entry), for `Rows(HistoryEntry, HISTORY)`.
HISTORY = "group_id entity entity_id action origin summary before after at"
HISTORY_READY = "after at"  # `encode`d, `stamp_text`


def _title(remote: RemoteProduct) -> str:
    """Product.title_for(main_language) on the texts as stored."""
    texts = dict(sorted(remote.texts.items()))
    main = texts.get(remote.main_language, {}).get("title")
    return main or next((t.get("title", "") for t in texts.values() if t.get("title")), "")


def insert_products(session: Session, fresh: Fresh) -> None:
    now = stamp_text(utcnow())
    new_id = id_source()
    products = Rows(Product, "id remote_id remote_version base status main_language category "
                             "brand tags weight_grams length_mm width_mm height_mm sync_state "
                             "created_at updated_at primary_sku price_min_minor currency "
                             "stock_total variant_count", ready="base created_at updated_at")
    texts = Rows(ProductText, "product_id language title description")
    variants = Rows(Variant, "id product_id remote_id remote_version base sku options "
                             "price_minor currency stock position created_at updated_at",
                    ready="created_at updated_at")
    history = Rows(HistoryEntry, HISTORY, ready=HISTORY_READY)
    product_ids = []
    for remote in fresh.products.values():
        flat = remote_product_fields(remote)
        flat_text = encode(flat)  # the product's base
        product_id = new_id()
        product_ids.append(product_id)
        for language, text in sorted(remote.texts.items()):
            texts.add([product_id, language, text.get("title", ""),
                       text.get("description", "")])
        mine = list(fresh.variants[remote.id].values())
        stocks = [fresh.stock.get(rv.id, rv.stock) for rv in mine]
        for position, (rv, stock) in enumerate(zip(mine, stocks, strict=True)):
            variants.add([new_id(), product_id, rv.id, rv.version,
                          remote_variant_fields(rv) | {"stock": stock}, rv.sku,
                          dict(rv.options), rv.price_minor, rv.currency, stock, position,
                          now, now])
        # The variant summary the store's triggers keep on the product row (migration 0002,
        # `_summarise`: the first variant by position, then SKU), filled here so that the
        # deferred rebuild need not compute it again (`deferred_search(summaries=False)`).
        first = mine[0] if mine else None
        products.add([
            product_id, remote.id, remote.version, flat_text, remote.status, remote.main_language,
            remote.category, remote.brand, sorted(remote.tags), remote.weight_grams,
            flat["length_mm"], flat["width_mm"], flat["height_mm"], "synced", now, now,
            first.sku if first else None,
            min((rv.price_minor for rv in mine), default=None),
            first.currency if first else None, sum(stocks), len(mine)])
        history.add([new_id(), "product", product_id, "create", "remote", _title(remote)[:500],
                     None, None, now])  # the fields are the product's base (`pull._new_product`)
    if not product_ids:
        return
    # The store's per-row triggers would rebuild a product's search document on each insert
    # into these three tables (FTS5 with prefix indexes: most of the time a big first sync
    # spent in SQLite); deferred, the store rebuilds the page's documents in one statement.
    with deferred_search(session, product_ids, summaries=False):
        for rows in (products, texts, variants):
            insert_many(session, rows)
    insert_many(session, history)


# The marketplace's times as it writes them: ISO 8601 in UTC, down to the microsecond at most.
_ISO_UTC = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?(?:Z|\+00:00)")


def iso_stamp(value: str | None) -> str | None:
    """`stamp_text(datetime.fromisoformat(value))`, read off the text for the usual form (a
    first sync converts some 30,000 order times); any other form goes through datetime."""
    if value is None:
        return None
    match = _ISO_UTC.fullmatch(value)
    if match is None:
        return stamp_text(datetime.fromisoformat(value))
    day, clock, fraction = match.groups()
    return f"{day} {clock}.{(fraction or '').ljust(6, '0')}"


def insert_orders(session: Session, fresh: Fresh) -> None:
    """As `orders.records.upsert_order` then `pull.apply_order` would create them."""
    if not fresh.orders:
        return
    variant_of = live_variants(
        session, {line.sku for order in fresh.orders.values() for line in order.lines})
    now = stamp_text(utcnow())
    new_id = id_source()
    orders = Rows(Order, "id number status buyer_name buyer_email buyer_country "
                         "shipping_address currency placed_at ship_by remote_id remote_version "
                         "subtotal_minor shipping_minor total_minor notes updated_at",
                  ready="placed_at ship_by updated_at")
    lines = Rows(OrderLine, "id order_id remote_id variant_id sku title options quantity "
                            "unit_price_minor position")
    shipments = Rows(Fulfilment, "id order_id remote_id carrier tracking_number tracking_url "
                                 "shipped_at created_at", ready="shipped_at created_at")
    shipped_lines = Rows(FulfilmentLine, "fulfilment_id order_line_id quantity")
    history = Rows(HistoryEntry, HISTORY, ready=HISTORY_READY)
    statuses: dict[str, str] = {}
    for remote in fresh.orders.values():
        order_id = new_id()
        subtotal = sum(line.quantity * line.unit_price_minor for line in remote.lines)
        buyer = remote.buyer
        orders.add([
            order_id, remote.number, remote.status, buyer.get("name", ""),
            buyer.get("email", ""), buyer.get("country", ""), dict(remote.shipping_address),
            remote.currency, iso_stamp(remote.placed_at), iso_stamp(remote.ship_by), remote.id,
            remote.version, subtotal, remote.shipping_minor, subtotal + remote.shipping_minor,
            "", now])
        local_line: dict[str, str] = {}
        for position, line in enumerate(remote.lines):
            line_id = new_id()
            local_line[line.id] = line_id
            lines.add([line_id, order_id, line.id, variant_of.get(line.sku), line.sku,
                       line.title, {}, line.quantity, line.unit_price_minor, position])
        for rf in remote.fulfilments:
            fulfilment_id = new_id()
            shipments.add([fulfilment_id, order_id, rf.id, rf.carrier, rf.tracking_number,
                           rf.tracking_url or "", iso_stamp(rf.created_at) or now, now])
            for remote_line, quantity in rf.lines:
                if remote_line in local_line:
                    shipped_lines.add([fulfilment_id, local_line[remote_line], quantity])
        status = statuses.get(remote.status)
        if status is None:  # a handful of statuses: each history text made once
            status = statuses[remote.status] = encode({"status": remote.status})
        history.add([new_id(), "order", order_id, "create", "remote", remote.number[:500],
                     None, status, now])
    for rows in (orders, lines, shipments, shipped_lines, history):
        insert_many(session, rows)
