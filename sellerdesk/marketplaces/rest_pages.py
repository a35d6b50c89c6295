"""The canonical API's JSON, as the engine's data classes: what a feed page and an object say.

Kept apart from the HTTP adapter (`rest`) and free of `requests`: a big pull parses its pages in
a worker process (`sync.page_parser`), which imports only this and `base` to start quickly.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sellerdesk.marketplaces import checks as check
from sellerdesk.marketplaces.base import (
    Change,
    ChangeBatch,
    Deleted,
    ErrorKind,
    MarketplaceError,
    RemoteFulfilment,
    RemoteOrder,
    RemoteOrderLine,
    RemoteProduct,
    RemoteStock,
    RemoteVariant,
    Unreadable,
)

T = TypeVar("T")


def read_variant(data: Any, where: str = "variant") -> RemoteVariant:
    data = check.obj(data, where)
    price, currency = check.money(data.get("price"), f"{where}.price")
    return RemoteVariant(
        id=check.ident(data.get("id"), f"{where}.id"),
        product_id=check.ident(data.get("product_id"), f"{where}.product_id"),
        sku=check.text(data.get("sku"), f"{where}.sku", max_length=64, empty=False),
        options=check.strings(data.get("options") or {}, f"{where}.options"),
        price_minor=price,
        currency=currency,
        stock=check.integer(data.get("stock", 0), f"{where}.stock", low=-check.MAX_STOCK,
                            high=check.MAX_STOCK),
        version=str(check.integer(data.get("version"), f"{where}.version")),
    )


def _texts(value: Any) -> dict[str, dict[str, str]]:
    texts = check.obj(value or {}, "texts")
    return {check.text(lang, "texts language", max_length=16, empty=False): {
        "title": check.optional_text(check.obj(t, f"texts.{lang}").get("title"),
                                     f"texts.{lang}.title", max_length=2000),
        "description": check.optional_text(t.get("description"), f"texts.{lang}.description"),
    } for lang, t in texts.items()}


def read_product(data: Any) -> RemoteProduct:
    data = check.obj(data, "product")
    dimensions = data.get("dimensions_mm")
    return RemoteProduct(
        id=check.ident(data.get("id"), "id"),
        status=check.text(data.get("status"), "status", max_length=32, empty=False),
        main_language=check.text(data.get("main_language"), "main_language", max_length=16,
                                 empty=False),
        texts=_texts(data.get("texts")),
        category=check.optional_text(data.get("category"), "category", max_length=500),
        brand=check.optional_text(data.get("brand"), "brand", max_length=500),
        tags=check.text_list(data.get("tags") or [], "tags"),
        weight_grams=check.optional_integer(data.get("weight_grams"), "weight_grams",
                                            high=10**9),
        dimensions_mm=[check.integer(d, f"dimensions_mm[{n}]", high=10**7)
                       for n, d in enumerate(check.items(dimensions, "dimensions_mm"))]
        if dimensions else None,
        media_ids=[check.ident(m, f"media_ids[{n}]")
                   for n, m in enumerate(check.items(data.get("media_ids") or [], "media_ids"))],
        variants=[read_variant(v, f"variants[{n}]")
                  for n, v in enumerate(check.items(data.get("variants"), "variants",
                                                    empty=False))],
        version=str(check.integer(data.get("version"), "version")),
    )


def _line(line: Any, n: int) -> RemoteOrderLine:
    where = f"lines[{n}]"
    line = check.obj(line, where)
    return RemoteOrderLine(
        id=check.ident(line.get("id"), f"{where}.id"),
        sku=check.text(line.get("sku"), f"{where}.sku", max_length=64),
        title=check.optional_text(line.get("title"), f"{where}.title", max_length=2000),
        quantity=check.integer(line.get("quantity"), f"{where}.quantity", low=1,
                               high=check.MAX_STOCK),
        shipped_quantity=check.integer(line.get("shipped_quantity", 0),
                                       f"{where}.shipped_quantity", high=check.MAX_STOCK),
        unit_price_minor=check.money(line.get("unit_price"), f"{where}.unit_price")[0],
    )


def _fulfilment(f: Any, n: int) -> RemoteFulfilment:
    where = f"fulfillments[{n}]"
    f = check.obj(f, where)
    lines = check.items(f.get("lines") or [], f"{where}.lines")
    return RemoteFulfilment(
        id=check.ident(f.get("id"), f"{where}.id"),
        carrier=check.text(f.get("carrier"), f"{where}.carrier", max_length=200),
        tracking_number=check.text(f.get("tracking_number"), f"{where}.tracking_number",
                                   max_length=200),
        tracking_url=check.optional_text(f.get("tracking_url"), f"{where}.tracking_url",
                                         max_length=2000),
        lines=[(check.ident(check.obj(fl, f"{where}.lines[{k}]").get("line_id"),
                            f"{where}.lines[{k}].line_id"),
                check.integer(fl.get("quantity"), f"{where}.lines[{k}].quantity",
                              high=check.MAX_STOCK))
               for k, fl in enumerate(lines)],
        created_at=check.timestamp(f.get("created_at"), f"{where}.created_at")
        if f.get("created_at") else "",
    )


def read_order(data: Any) -> RemoteOrder:
    data = check.obj(data, "order")
    subtotal, currency = check.money(data.get("subtotal"), "subtotal")
    ship_by = data.get("ship_by")
    return RemoteOrder(
        id=check.ident(data.get("id"), "id"),
        number=check.text(data.get("number"), "number", max_length=64, empty=False),
        status=check.text(data.get("status"), "status", max_length=32, empty=False),
        version=str(check.integer(data.get("version"), "version")),
        buyer=check.strings(data.get("buyer") or {}, "buyer"),
        shipping_address=check.strings(data.get("shipping_address") or {}, "shipping_address"),
        currency=currency,
        lines=[_line(line, n) for n, line in enumerate(check.items(data.get("lines"), "lines",
                                                                   empty=False))],
        fulfilments=[_fulfilment(f, n) for n, f in enumerate(
            check.items(data.get("fulfillments") or [], "fulfillments"))],
        subtotal_minor=subtotal,
        shipping_minor=check.money(data.get("shipping"), "shipping")[0],
        total_minor=check.money(data.get("total"), "total")[0],
        placed_at=check.timestamp(data.get("placed_at"), "placed_at"),
        ship_by=None if ship_by is None else check.timestamp(ship_by, "ship_by"),
    )


def malformed(detail: str) -> MarketplaceError:
    """A reply that breaks the API's contract: retryable (the next reply may read), the cursor
    has not moved, and the message says what was wrong."""
    return MarketplaceError(
        ErrorKind.RETRYABLE,
        f"The marketplace sent a reply SellerDesk cannot read. Nothing from it was applied; "
        f"the next sync tries again. ({detail})",
        status=200, code="malformed_reply")  # a reply came: the machine is online


def head_of(page: Any) -> ChangeBatch:
    """Where the feed goes on after `page` (its batch, without the changes). The envelope is
    checked whole here: a `next` that is not a feed position is never stored as the cursor."""
    try:
        page = check.obj(page, "the change list")
        check.items(page.get("changes"), "changes")
        return ChangeBatch(cursor=check.feed_cursor(page.get("next")),
                           has_more=check.flag(page.get("has_more"), "has_more"))
    except check.Invalid as exc:
        raise malformed(f"the change list's {exc}") from exc


_READERS: dict[str, Any] = {"product": read_product, "variant": read_variant,
                            "order": read_order}


def _reply(read: Callable[[Any], T], data: Any) -> T:
    try:
        return read(data)
    except check.Invalid as exc:
        raise malformed(str(exc)) from exc


def product_of(data: Any) -> RemoteProduct:
    """A product in a reply; one that breaks the contract is a malformed reply."""
    return _reply(read_product, data)


def variant_of(data: Any) -> RemoteVariant:
    return _reply(read_variant, data)


def order_of(data: Any) -> RemoteOrder:
    return _reply(read_order, data)


def _stock_of(data: Any) -> RemoteStock:
    data = check.obj(data, "stock")
    return RemoteStock(
        variant_id=check.ident(data.get("variant_id"), "variant_id"),
        product_id=check.ident(data.get("product_id"), "product_id"),
        sku=check.text(data.get("sku"), "sku", max_length=64),
        stock=check.integer(data.get("stock"), "stock", low=-check.MAX_STOCK,
                            high=check.MAX_STOCK),
        ref=None if data.get("ref") is None else check.text(data.get("ref"), "ref",
                                                            max_length=200),
    )


def change_of(change: Any, number: int) -> Change | None:
    """One item of a feed page. An item that breaks the contract but says what it is (its
    entity and id) is an `Unreadable` naming the field, so the rest of the shop can go on
    (`sync.quarantine`); one that does not even say that breaks the whole page."""
    try:
        change = check.obj(change, f"changes[{number}]")
        entity = check.text(change.get("entity"), f"changes[{number}].entity", max_length=32)
        remote_id = check.ident(change.get("id"), f"changes[{number}].id")
    except check.Invalid as exc:
        raise malformed(str(exc)) from exc
    data = change.get("data")
    try:
        if entity in ("product", "variant") and (
                change.get("deleted") or change.get("op") == "delete" or data is None):
            return Deleted(entity, remote_id)
        if data is None:
            return None
        if entity == "stock":
            return _stock_of(data)
        reader = _READERS.get(entity)
        return None if reader is None else reader(data)
    except check.Invalid as exc:
        return Unreadable(entity, remote_id, f"{entity} {remote_id}: {exc}")


def batch_of(page: Any) -> ChangeBatch:
    """One page of `GET /v1/changes`, as the engine's changes (the sync benchmark times this
    apart from the download)."""
    batch = head_of(page)
    for number, item in enumerate(page["changes"]):
        change = change_of(item, number)
        if change is not None:
            batch.changes.append(change)
    return batch


@contextmanager
def whole_reply() -> Iterator[None]:
    """A body that does not decode (truncated or garbled) is a retryable error: the request
    may have been applied, and retrying with the same idempotency key, If-Match or feed cursor
    is safe. (requests' and json's decode errors are both ValueErrors.)"""
    try:
        yield
    except RecursionError as exc:  # JSON nested thousands of levels deep
        raise malformed("it is nested too deeply") from exc
    except ValueError as exc:
        raise malformed("the reply is incomplete") from exc


def feed_position(cursor: str | None) -> int:
    """The stored cursor as a feed position. One that is not (stored by an older SellerDesk
    from a broken reply) is refused like the marketplace would refuse it: the engine then
    reads the whole feed again instead of failing on every pass."""
    try:
        return int(check.feed_cursor(cursor or "0", "the saved cursor"))
    except check.Invalid as exc:
        raise MarketplaceError(  # the words are sync.messages' "cursor_refused" template
            ErrorKind.REJECTED, "The marketplace did not accept the saved sync position: "
            f"SellerDesk reads all its changes again. ({exc})",
            status=422, code="cursor_refused") from exc


def parse_page(page: bytes) -> ChangeBatch:
    """One page of `GET /v1/changes` as it came over the wire, as a batch; a page that does not
    decode, or says what the API never says, is a retryable error (the cursor has not moved)."""
    *_, batch = parse_page_in_steps(page)
    return batch


def parse_page_in_steps(page: bytes) -> Iterator[ChangeBatch]:
    """`parse_page` in two steps, for the page parser process (`sync.page_parser`): first where
    the feed goes on (`head_of`) - the next page's download need not wait for the rest - then
    the page's batch."""
    with whole_reply():
        data = json.loads(page)
    yield head_of(data)
    yield batch_of(data)
