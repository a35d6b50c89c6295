"""The adapter protocol every marketplace implements, and the plain data it speaks.

The sync engine drives any marketplace through this protocol, so it must fit marketplaces unlike
the canonical API: one without a change feed (the adapter builds `changes` from scans and
modification-time windows and keeps whatever it needs in its opaque cursor), one with small
batch limits (`Limits`), one that reports business errors inside HTTP 200 or throttles with
"ban N seconds" messages (the adapter maps every failure to one of four `ErrorKind`s, with the
wait it learnt). The engine never looks at HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class ErrorKind(StrEnum):
    RETRYABLE = "retryable"  # network, 5xx, 429, ban: try again after `retry_after`
    AUTH = "auth"  # token refused: refresh once, then the user must log in again
    CONFLICT = "conflict"  # the object changed on the marketplace (412): merge, then retry
    REJECTED = "rejected"  # validation: keep the local change, show the message, never drop it
    # A fault of SellerDesk's own (a bug): caught at the pass boundary, logged with its
    # traceback, shown in words, retried with back-off. Never raised by an adapter.
    UNEXPECTED = "unexpected"


class MarketplaceError(Exception):
    """A failed marketplace call, classified for the engine."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        current: Any = None,
        code: str = "",
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.retry_after = retry_after
        # For CONFLICT: the object as the marketplace has it now (a RemoteProduct or
        # RemoteVariant once the adapter has read it), when the marketplace says.
        self.current = current
        self.code = code

    def __repr__(self) -> str:
        return f"MarketplaceError({self.kind}, {self.message!r}, status={self.status})"


class NotFound(MarketplaceError):
    def __init__(self, message: str) -> None:
        super().__init__(ErrorKind.REJECTED, message, status=404, code="not-found")


@dataclass(frozen=True)
class Limits:
    """What one call may carry; the engine splits its batches to fit."""

    batch_products: int = 20
    batch_skus: int = 200
    page_size: int = 100


@dataclass(frozen=True)
class RemoteVariant:
    id: str
    product_id: str
    sku: str
    options: dict[str, str]
    price_minor: int
    currency: str
    stock: int
    version: str


@dataclass(frozen=True)
class RemoteProduct:
    id: str
    status: str
    main_language: str
    texts: dict[str, dict[str, str]]
    category: str
    brand: str
    tags: list[str]
    weight_grams: int | None
    dimensions_mm: list[int] | None
    media_ids: list[str]
    variants: list[RemoteVariant]
    version: str


@dataclass(frozen=True)
class RemoteMedia:
    """A photo the marketplace stores; listings reference it by `id`. `sha256` lets the engine
    check that the marketplace kept the very bytes it was sent."""

    id: str
    sha256: str
    content_type: str
    size: int
    url: str = ""


@dataclass(frozen=True)
class RemoteStock:
    """A stock level reported by the marketplace; `ref` names the request that changed it, when
    the marketplace says (it lets the engine recognise its own deltas in the change feed)."""

    variant_id: str
    product_id: str
    sku: str
    stock: int
    ref: str | None = None


@dataclass(frozen=True)
class RemoteOrderLine:
    id: str
    sku: str
    title: str
    quantity: int
    shipped_quantity: int
    unit_price_minor: int


@dataclass(frozen=True)
class RemoteFulfilment:
    id: str
    carrier: str
    tracking_number: str
    tracking_url: str
    lines: list[tuple[str, int]]  # (remote order line id, quantity)
    created_at: str


@dataclass(frozen=True)
class RemoteOrder:
    id: str
    number: str
    status: str
    version: str
    buyer: dict[str, str]
    shipping_address: dict[str, str]
    currency: str
    lines: list[RemoteOrderLine]
    fulfilments: list[RemoteFulfilment]
    subtotal_minor: int
    shipping_minor: int
    total_minor: int
    placed_at: str
    ship_by: str | None


@dataclass(frozen=True)
class Deleted:
    """A tombstone: the marketplace deleted this product or variant."""

    entity: str  # "product" | "variant"
    id: str


@dataclass(frozen=True)
class Unreadable:
    """A feed item that breaks the API's contract but says what it is: the engine counts it,
    and after `sync.quarantine.LIMIT` passes sets it aside instead of blocking the shop."""

    entity: str
    id: str
    reason: str  # names the field, e.g. "product prd_1: variants[0].sku is not text"


Change = RemoteProduct | RemoteVariant | RemoteStock | RemoteOrder | Deleted | Unreadable


@dataclass
class ChangeBatch:
    """What changed since a cursor, in the marketplace's order. Apply it all, then store
    `cursor`, in one transaction; applying the same batch twice is harmless."""

    cursor: str
    has_more: bool
    changes: list[Change] = field(default_factory=list)


@dataclass(frozen=True)
class PageRequest:
    """A GET of one feed page, as plain data: another process can make it (`page_parser`)."""

    url: str  # with its query
    headers: dict[str, str]
    timeout: tuple[float, float]  # connect, read
    # The URL of the page after a cursor, with "{cursor}" standing for it, when the adapter can
    # say: the worker then starts the next download as soon as a page says where the feed goes.
    next_url: str | None = None


@dataclass(frozen=True)
class PriceChange:
    sku: str
    price_minor: int
    currency: str


@dataclass(frozen=True)
class StockChange:
    """Either a delta (`adjust`) or a compare-and-set (`set` with `expected`)."""

    sku: str
    adjust: int | None = None
    set: int | None = None
    expected: int | None = None
    ref: str | None = None


@dataclass(frozen=True)
class ItemResult:
    """One item of a batch call: partial failure is normal."""

    ok: bool
    sku: str
    stock: int | None = None
    version: str | None = None
    error: MarketplaceError | None = None


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str


class Marketplace(Protocol):
    """One seller account on one marketplace. Calls block; the engine runs them in threads.

    Optional, for adapters whose pages are plain downloads: `fetch_changes(cursor) -> page`
    (the download alone, run in the engine's fetch thread) and `parse_changes(page) ->
    ChangeBatch` (run where the page is applied; no side effects, so a page can be parsed
    again; a malformed page raises a retryable MarketplaceError). `changes` is then the two
    in a row. The engine uses them when both exist (`sync.engine.pull_steps`): parsing holds
    the interpreter lock, and beside the applying thread it cost more than it saved.

    Optional too: `page_parser`, "module:function" naming `parse_changes` in two steps as a
    plain function of the page, importable without the adapter's own dependencies: it yields
    where the feed goes on (a ChangeBatch with no changes), then the page's batch. A pull of
    many pages then parses them in a worker process (`sync.page_parser`), beside the applying
    one, and downloads the next page as soon as the first step is done. With it,
    `page_request(cursor) -> PageRequest` lets the worker download the page too (a reply other
    than 200 is then fetched again with `fetch_changes`, which says what went wrong)."""

    limits: Limits

    def changes(self, cursor: str | None) -> ChangeBatch: ...

    def get_product(self, product_id: str) -> RemoteProduct: ...

    def create_product(self, body: dict[str, Any], key: str) -> RemoteProduct: ...

    def update_product(
        self, product_id: str, patch: dict[str, Any], version: str
    ) -> RemoteProduct: ...

    def delete_product(self, product_id: str, version: str) -> None: ...

    def add_variant(self, product_id: str, body: dict[str, Any], key: str) -> RemoteVariant: ...

    def update_variant(
        self, product_id: str, variant_id: str, patch: dict[str, Any], version: str
    ) -> RemoteVariant: ...

    def delete_variant(self, product_id: str, variant_id: str, version: str) -> None: ...

    def update_prices(self, items: list[PriceChange], key: str) -> list[ItemResult]: ...

    def prepare_stock(self, items: list[StockChange], key: str, *,
                      sent: bool) -> list[StockChange]:
        """The exact items a stock batch will be sent as, called before every send of batch
        `key`; the engine persists what it returns with the batch before sending it, so a retry
        after a restart sends the very same request. `sent`: this form may already have been
        sent (and applied) by an earlier attempt whose outcome is unknown. A marketplace whose
        deltas are idempotent by key returns `items` unchanged; one that only takes absolute
        levels turns each delta into a compare-and-set (expected level -> new level)."""
        ...

    def update_stock(self, items: list[StockChange], key: str) -> list[ItemResult]: ...

    def fulfil(
        self, order_id: str, body: dict[str, Any], key: str
    ) -> RemoteOrder: ...

    def carriers(self) -> list[Carrier]: ...

    def cancel_order(self, order_id: str, reason: str, key: str) -> RemoteOrder: ...

    def upload_media(
        self, data: bytes, filename: str, content_type: str, key: str
    ) -> RemoteMedia: ...

    def close(self) -> None: ...
