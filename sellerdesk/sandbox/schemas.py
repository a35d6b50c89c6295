"""The wire format as pydantic models: validation of requests and the OpenAPI document.

Handlers build responses as plain dicts for speed; the response models here document them.
Request models forbid unknown fields, so a client's typo fails loudly instead of being ignored.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Sku = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")]
Language = Annotated[str, Field(pattern=r"^[a-z]{2}$", examples=["it"])]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", examples=["EUR"])]

INT64_MAX = 2**63 - 1
"""SQLite's INTEGER range. Every whole number a request carries is bounded to it, so a larger
one is a 422 naming the field instead of an OverflowError deep inside a query (issue #15)."""
Int64 = Annotated[int, Field(ge=-INT64_MAX - 1, le=INT64_MAX)]
Count = Annotated[int, Field(ge=0, le=INT64_MAX)]
"""A whole number that cannot be negative: stock, an amount, a weight."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Money(Strict):
    amount_minor: Count = Field(description="Amount in minor units (cents for EUR).")
    currency: Currency


class Text(Strict):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=20000)


class TextPatch(Strict):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=20000)


ProductStatusIn = Literal["draft", "active", "inactive"]


class VariantIn(Strict):
    sku: Sku
    options: dict[str, str] = Field(default_factory=dict, examples=[{"Colore": "Cuoio"}])
    price: Money
    stock: Count = 0


class VariantPatch(Strict):
    """Stock is not here: it is a counter, changed through ``POST /v1/inventory/batch``."""

    sku: Sku | None = None
    options: dict[str, str] | None = None
    price: Money | None = None


class ProductIn(Strict):
    main_language: Language
    texts: dict[Language, Text] = Field(description="Must include the main language.")
    status: ProductStatusIn = Field(
        default="active", description="The status the product takes once its audit is over."
    )
    category: str | None = Field(default=None, max_length=100)
    brand: str | None = Field(default=None, max_length=100)
    tags: list[str] = Field(default_factory=list, max_length=30)
    weight_grams: Count | None = None
    dimensions_mm: list[Int64] | None = Field(default=None, min_length=3, max_length=3)
    media_ids: list[str] = Field(default_factory=list, max_length=20)
    variants: list[VariantIn] = Field(min_length=1, max_length=100)


class ProductPatch(Strict):
    """A JSON merge patch: absent fields stay; ``texts: {"en": null}`` removes a language."""

    main_language: Language | None = Field(
        default=None, description="Fixed at creation; sending another value is refused."
    )
    texts: dict[Language, TextPatch | None] | None = None
    status: ProductStatusIn | None = None
    category: str | None = Field(default=None, max_length=100)
    brand: str | None = Field(default=None, max_length=100)
    tags: list[str] | None = Field(default=None, max_length=30)
    weight_grams: Count | None = None
    dimensions_mm: list[Int64] | None = Field(default=None, min_length=3, max_length=3)
    media_ids: list[str] | None = Field(default=None, max_length=20)


class Variant(BaseModel):
    id: str
    product_id: str
    sku: str
    options: dict[str, str]
    price: Money
    stock: int
    version: int
    created_at: str
    updated_at: str


class Product(BaseModel):
    id: str
    status: Literal["draft", "auditing", "active", "inactive"]
    audit_ends_at: str | None
    main_language: str
    texts: dict[str, Text]
    category: str | None
    brand: str | None
    tags: list[str]
    weight_grams: int | None
    dimensions_mm: list[int] | None
    media_ids: list[str]
    variants: list[Variant]
    version: int = Field(description="Covers the product's own fields; variants have their own.")
    created_at: str
    updated_at: str


class ProductPage(BaseModel):
    items: list[Product]
    next_cursor: str | None
    has_more: bool


class Media(BaseModel):
    id: str
    url: str
    content_type: str
    size: int
    width: int
    height: int
    sha256: str
    created_at: str


class PriceItem(Strict):
    sku: Sku
    price: Money


class PriceBatch(Strict):
    items: list[PriceItem] = Field(min_length=1)


class InventoryItem(Strict):
    """Either ``adjust`` (a delta) or ``set`` with ``expected`` (compare-and-set)."""

    sku: Sku
    adjust: Int64 | None = None
    set: Count | None = None
    expected: Count | None = None
    ref: str | None = Field(
        default=None,
        max_length=64,
        description="The client's reference for this change, echoed as `ref` in the change feed"
        " (lets a client recognise its own stock movements).",
    )


class InventoryBatch(Strict):
    items: list[InventoryItem] = Field(min_length=1)


class ItemError(BaseModel):
    type: str
    title: str
    status: int
    detail: str


class BatchItemResult(BaseModel):
    index: int
    sku: str
    ok: bool
    stock: int | None = None
    applied_delta: int | None = None
    price: Money | None = None
    version: int | None = None
    error: ItemError | None = None


class BatchResult(BaseModel):
    results: list[BatchItemResult]
    succeeded: int
    failed: int


class Buyer(BaseModel):
    name: str
    email: str
    country: str


class Address(BaseModel):
    name: str
    street: str
    city: str
    postal_code: str
    region: str = ""
    country: str


class OrderLine(BaseModel):
    id: str
    sku: str
    product_id: str | None
    variant_id: str | None
    title: str
    quantity: int
    shipped_quantity: int
    unit_price: Money


class FulfillmentLine(BaseModel):
    line_id: str
    quantity: int


class Fulfillment(BaseModel):
    id: str
    carrier: str
    tracking_number: str
    tracking_url: str | None
    lines: list[FulfillmentLine]
    created_at: str


OrderStatus = Literal[
    "placed", "awaiting_shipment", "partially_shipped", "shipped", "completed", "cancelled"
]


class Order(BaseModel):
    id: str
    number: str
    status: OrderStatus
    version: int
    buyer: Buyer
    shipping_address: Address
    lines: list[OrderLine]
    fulfillments: list[Fulfillment]
    subtotal: Money
    shipping: Money
    total: Money
    placed_at: str
    ship_by: str | None
    paid_at: str | None
    shipped_at: str | None
    completed_at: str | None
    cancelled_at: str | None
    cancel_reason: str | None
    updated_at: str


class OrderPage(BaseModel):
    items: list[Order]
    next_cursor: str | None
    has_more: bool


class FulfillmentLineIn(Strict):
    line_id: str | None = None
    sku: Sku | None = None
    quantity: int = Field(ge=1, le=INT64_MAX)


class FulfillmentIn(Strict):
    carrier: str
    tracking_number: str = Field(min_length=1, max_length=64)
    tracking_url: str | None = Field(default=None, max_length=500)
    lines: list[FulfillmentLineIn] | None = Field(
        default=None, description="Omit to ship everything not shipped yet."
    )


class CancelIn(Strict):
    reason: str = Field(default="seller", max_length=200)


class Carrier(BaseModel):
    code: str
    name: str
    scope: Literal["domestic", "international", "both"]
    tracking_url_template: str


class Change(BaseModel):
    seq: int
    tx: int = Field(description="Entries written by one transaction share this number.")
    entity: Literal["product", "variant", "stock", "order"]
    id: str
    op: Literal["create", "update", "delete"]
    deleted: bool
    version: int | None
    at: str
    data: dict | None = Field(description="The object after the change; null for a delete.")


class ChangePage(BaseModel):
    changes: list[Change]
    next: int = Field(description="Pass as `since` to continue.")
    has_more: bool
    last_seq: int


class Shop(BaseModel):
    name: str
    currency: str
    main_language: str
    languages: list[str]


class TokenResponse(BaseModel):
    access_token: str
    token_type: Literal["Bearer"]
    expires_in: int
    expires_at: str
    refresh_token: str
    refresh_expires_in: int
    scope: str


class FieldError(BaseModel):
    field: str = Field(description="Dotted path of the field, e.g. variants.0.price")
    message: str


class ProblemDoc(BaseModel):
    """RFC 9457 problem details plus SellerDesk's ``errors`` and ``retryable`` members."""

    model_config = ConfigDict(title="Problem", extra="allow")

    type: str = Field(description="/problems/<slug>; stable, branch on it")
    title: str
    status: int
    detail: str
    errors: list[FieldError]
    retryable: bool = Field(description="Whether sending the same request later may succeed")
    instance: str | None = None
