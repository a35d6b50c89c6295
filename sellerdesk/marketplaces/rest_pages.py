"""The canonical API's JSON, as the engine's data classes: what a feed page and an object say.

Kept apart from the HTTP adapter (`rest`) and free of `requests`: a big pull parses its pages in
a worker process (`sync.page_parser`), which imports only this and `base` to start quickly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sellerdesk.marketplaces.base import (
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
)


def money(amount: dict[str, Any]) -> tuple[int, str]:
    return int(amount["amount_minor"]), str(amount["currency"])


def variant_of(data: dict[str, Any]) -> RemoteVariant:
    price, currency = money(data["price"])
    return RemoteVariant(
        id=data["id"],
        product_id=data["product_id"],
        sku=data["sku"],
        options=dict(data.get("options") or {}),
        price_minor=price,
        currency=currency,
        stock=int(data.get("stock", 0)),
        version=str(data["version"]),
    )


def product_of(data: dict[str, Any]) -> RemoteProduct:
    return RemoteProduct(
        id=data["id"],
        status=data["status"],
        main_language=data["main_language"],
        texts={lang: {"title": t.get("title", ""), "description": t.get("description", "")}
               for lang, t in (data.get("texts") or {}).items()},
        category=data.get("category") or "",
        brand=data.get("brand") or "",
        tags=list(data.get("tags") or []),
        weight_grams=data.get("weight_grams"),
        dimensions_mm=list(data["dimensions_mm"]) if data.get("dimensions_mm") else None,
        media_ids=list(data.get("media_ids") or []),
        variants=[variant_of(v) for v in data.get("variants") or []],
        version=str(data["version"]),
    )


def order_of(data: dict[str, Any]) -> RemoteOrder:
    subtotal, currency = money(data["subtotal"])
    return RemoteOrder(
        id=data["id"],
        number=data["number"],
        status=data["status"],
        version=str(data["version"]),
        buyer=dict(data.get("buyer") or {}),
        shipping_address=dict(data.get("shipping_address") or {}),
        currency=currency,
        lines=[
            RemoteOrderLine(
                id=line["id"],
                sku=line["sku"],
                title=line.get("title", ""),
                quantity=int(line["quantity"]),
                shipped_quantity=int(line.get("shipped_quantity", 0)),
                unit_price_minor=money(line["unit_price"])[0],
            )
            for line in data.get("lines") or []
        ],
        fulfilments=[
            RemoteFulfilment(
                id=f["id"],
                carrier=f["carrier"],
                tracking_number=f["tracking_number"],
                tracking_url=f.get("tracking_url") or "",
                lines=[(fl["line_id"], int(fl["quantity"])) for fl in f.get("lines") or []],
                created_at=f.get("created_at", ""),
            )
            for f in data.get("fulfillments") or []
        ],
        subtotal_minor=subtotal,
        shipping_minor=money(data["shipping"])[0],
        total_minor=money(data["total"])[0],
        placed_at=data["placed_at"],
        ship_by=data.get("ship_by"),
    )


def _malformed(exc: Exception) -> MarketplaceError:
    return MarketplaceError(
        ErrorKind.RETRYABLE, f"The marketplace sent a malformed change list ({exc}).")


def head_of(page: Any) -> ChangeBatch:
    """Where the feed goes on after `page` (its batch, without the changes)."""
    try:
        return ChangeBatch(cursor=str(page["next"]), has_more=bool(page["has_more"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise _malformed(exc) from exc


def batch_of(page: Any) -> ChangeBatch:
    """One page of `GET /v1/changes`, as the engine's changes (the sync benchmark times this
    apart from the download)."""
    batch = head_of(page)
    try:
        for change in page["changes"]:
            entity, data = change["entity"], change.get("data")
            deleted = change.get("deleted") or change.get("op") == "delete" or data is None
            if entity in ("product", "variant") and deleted:
                batch.changes.append(Deleted(entity, change["id"]))
            elif entity == "product":
                batch.changes.append(product_of(data))
            elif entity == "variant":
                batch.changes.append(variant_of(data))
            elif entity == "stock" and data is not None:
                batch.changes.append(RemoteStock(
                    variant_id=data["variant_id"], product_id=data["product_id"],
                    sku=data["sku"], stock=int(data["stock"]), ref=data.get("ref"),
                ))
            elif entity == "order" and data is not None:
                batch.changes.append(order_of(data))
    except (KeyError, TypeError, ValueError) as exc:
        raise _malformed(exc) from exc
    return batch


@contextmanager
def whole_reply() -> Iterator[None]:
    """A body that does not decode (truncated or garbled) is a retryable error: the request
    may have been applied, and retrying with the same idempotency key, If-Match or feed cursor
    is safe. (requests' and json's decode errors are both ValueErrors.)"""
    try:
        yield
    except ValueError as exc:
        raise MarketplaceError(ErrorKind.RETRYABLE,
                               "The marketplace sent an incomplete reply.") from exc


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
