"""The shop's data as SQLAlchemy 2 typed models.

Rules that hold for every table (DESIGN §2):
- local primary keys are UUID strings, because rows exist before the marketplace knows them;
  `remote_id` is filled when the marketplace confirms;
- synced rows keep `remote_version` and `base`, the fields as last agreed with the marketplace,
  which the three-way merge needs;
- money is integer minor units plus an ISO 4217 code, times are aware UTC datetimes;
- nothing the user made is hard-deleted while the marketplace may still know it: `deleted_at` is a
  tombstone that the sync pushes, then keeps.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC (SQLite has no time zones) and always hands back aware UTC datetimes, so a
    local time can never be mistaken for UTC on the way in or out."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


JSONValue = JSON(none_as_null=True)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONValue,
        list[str]: JSONValue,
    }


class ProductStatus(StrEnum):
    DRAFT = "draft"
    AUDITING = "auditing"
    ACTIVE = "active"
    INACTIVE = "inactive"


class SyncState(StrEnum):
    """What the sync badge in the product table shows."""

    SYNCED = "synced"
    PENDING = "pending"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class OrderStatus(StrEnum):
    PLACED = "placed"
    AWAITING_SHIPMENT = "awaiting_shipment"
    PARTIALLY_SHIPPED = "partially_shipped"
    SHIPPED = "shipped"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class OutboxState(StrEnum):
    PENDING = "pending"
    HELD = "held"  # waits for the owner to resolve a conflict on the same entity
    REJECTED = "rejected"  # the marketplace refused it; kept with its message, never dropped


class Synced:
    """Columns every row that mirrors a marketplace object carries."""

    remote_id: Mapped[str | None] = mapped_column(String(64), index=True)
    remote_version: Mapped[str | None] = mapped_column(String(64))
    base: Mapped[dict[str, Any] | None] = mapped_column(JSONValue)


class Product(Synced, Base):
    __tablename__ = "products"
    __table_args__ = (
        # The table's unfiltered listing and the sidebar's counts, from the index alone
        # (migration 0006); partial, so tombstones cost nothing.
        Index("ix_products_live_primary_sku", "primary_sku", "id",
              sqlite_where=text("deleted_at IS NULL")),
        Index("ix_products_live_sync_state", "sync_state",
              sqlite_where=text("deleted_at IS NULL")),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    status: Mapped[str] = mapped_column(String(16), default=ProductStatus.DRAFT)
    main_language: Mapped[str] = mapped_column(String(8), default="it")
    category: Mapped[str] = mapped_column(String(200), default="")
    brand: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list[str]] = mapped_column(JSONValue, default=list)
    weight_grams: Mapped[int | None] = mapped_column(Integer)
    length_mm: Mapped[int | None] = mapped_column(Integer)
    width_mm: Mapped[int | None] = mapped_column(Integer)
    height_mm: Mapped[int | None] = mapped_column(Integer)
    sync_state: Mapped[str] = mapped_column(String(16), default=SyncState.PENDING, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()

    # A summary of the live variants, kept by triggers (migration 0002) so the product table sorts
    # and filters 100,000 rows on indexed columns instead of aggregating variants per query.
    primary_sku: Mapped[str | None] = mapped_column(String(64), index=True)
    price_min_minor: Mapped[int | None] = mapped_column(Integer, index=True)
    currency: Mapped[str | None] = mapped_column(String(3))
    stock_total: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)
    variant_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    texts: Mapped[list[ProductText]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="ProductText.language"
    )
    variants: Mapped[list[Variant]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="Variant.position"
    )
    photos: Mapped[list[Photo]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="Photo.position"
    )

    def text(self, language: str) -> ProductText | None:
        return next((t for t in self.texts if t.language == language), None)

    def title_for(self, language: str) -> str:
        """The title in `language`, else in the product's main language, else any title."""
        for lang in (language, self.main_language):
            found = self.text(lang)
            if found and found.title:
                return found.title
        return next((t.title for t in self.texts if t.title), "")

    @property
    def live_variants(self) -> list[Variant]:
        return [v for v in self.variants if v.deleted_at is None]


class ProductText(Base):
    """A listing's title and description in one language."""

    __tablename__ = "product_texts"

    product_id: Mapped[str] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    product: Mapped[Product] = relationship(back_populates="texts")


class Variant(Synced, Base):
    __tablename__ = "variants"
    __table_args__ = (
        # SKUs are unique among live variants; a deleted variant's SKU may be reused.
        Index(
            "uq_variants_live_sku", "sku", unique=True, sqlite_where=text("deleted_at IS NULL")
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    product_id: Mapped[str] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str] = mapped_column(String(64))
    options: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
    price_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    stock: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()

    product: Mapped[Product] = relationship(back_populates="variants")


class Photo(Base):
    """A product photo; the bytes live in a content-addressed file named by `content_hash`."""

    __tablename__ = "photos"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    product_id: Mapped[str] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    variant_id: Mapped[str | None] = mapped_column(
        ForeignKey("variants.id", ondelete="SET NULL"), index=True
    )
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    media_id: Mapped[str | None] = mapped_column(String(64))  # the marketplace's id once uploaded
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    product: Mapped[Product] = relationship(back_populates="photos")


class Order(Synced, Base):
    __tablename__ = "orders"

    # Not indexed (migration 0007): orders are found by number, never by the marketplace's id.
    remote_id: Mapped[str | None] = mapped_column(String(64))
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(24), default=OrderStatus.PLACED, index=True)
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_email: Mapped[str] = mapped_column(String(200), default="")
    buyer_country: Mapped[str] = mapped_column(String(2), default="")
    shipping_address: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    subtotal_minor: Mapped[int] = mapped_column(Integer, default=0)
    shipping_minor: Mapped[int] = mapped_column(Integer, default=0)
    total_minor: Mapped[int] = mapped_column(Integer, default=0)
    placed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    ship_by: Mapped[datetime | None] = mapped_column(index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    seen_at: Mapped[datetime | None] = mapped_column()  # first time staff opened it
    # Staff's own flag (migration 0004): why this order cannot ship as it stands.
    problem: Mapped[str | None] = mapped_column(Text)
    problem_at: Mapped[datetime | None] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.position"
    )
    fulfilments: Mapped[list[Fulfilment]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Fulfilment.created_at"
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    remote_id: Mapped[str | None] = mapped_column(String(64))
    variant_id: Mapped[str | None] = mapped_column(
        ForeignKey("variants.id", ondelete="SET NULL"), index=True
    )
    sku: Mapped[str] = mapped_column(String(64))  # searched with ILIKE '%...%': no index helps
    title: Mapped[str] = mapped_column(String(500), default="")
    options: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)

    order: Mapped[Order] = relationship(back_populates="lines")


class Fulfilment(Synced, Base):
    """A shipment: carrier, tracking number and the lines (or parts of lines) it carries."""

    __tablename__ = "fulfilments"

    remote_id: Mapped[str | None] = mapped_column(String(64))  # found through the order (0007)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    carrier: Mapped[str] = mapped_column(String(64))
    tracking_number: Mapped[str] = mapped_column(String(128))
    tracking_url: Mapped[str] = mapped_column(String(500), default="")
    shipped_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    order: Mapped[Order] = relationship(back_populates="fulfilments")
    lines: Mapped[list[FulfilmentLine]] = relationship(
        back_populates="fulfilment", cascade="all, delete-orphan"
    )


class FulfilmentLine(Base):
    __tablename__ = "fulfilment_lines"

    fulfilment_id: Mapped[str] = mapped_column(
        ForeignKey("fulfilments.id", ondelete="CASCADE"), primary_key=True
    )
    order_line_id: Mapped[str] = mapped_column(
        ForeignKey("order_lines.id", ondelete="CASCADE"), primary_key=True
    )
    quantity: Mapped[int] = mapped_column(Integer)

    fulfilment: Mapped[Fulfilment] = relationship(back_populates="lines")


class OutboxEntry(Base):
    """One local change on its way to the marketplace (DESIGN §3).

    Written in the same transaction as the change itself; `seq` orders pushes per entity and the
    idempotency key, fixed at creation, makes every retry safe.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_entity", "entity", "entity_id", "seq"),
        {"sqlite_autoincrement": True},  # a seq names one change forever (migration 0003)
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    operation: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    state: Mapped[str] = mapped_column(String(16), default=OutboxState.PENDING, index=True)
    # Set, and committed, before a batch call is sent: its retry resends exactly these entries.
    batch_key: Mapped[str | None] = mapped_column(String(36), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Account(Base):
    """A marketplace account. Its tokens and secrets live in the OS keyring, keyed by `id`."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    marketplace: Mapped[str] = mapped_column(String(32))
    base_url: Mapped[str] = mapped_column(String(500))
    shop_name: Mapped[str] = mapped_column(String(200), default="")
    needs_login: Mapped[bool] = mapped_column(Boolean, default=False)
    last_sync_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncCursor(Base):
    """The adapter's opaque pull position, stored with the data it covers."""

    __tablename__ = "sync_cursors"

    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    cursor: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Conflict(Base):
    """A field changed on both sides to different values, waiting for the owner's decision."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    base_value: Mapped[Any] = mapped_column(JSONValue, nullable=True)
    local_value: Mapped[Any] = mapped_column(JSONValue, nullable=True)
    remote_value: Mapped[Any] = mapped_column(JSONValue, nullable=True)
    remote_version: Mapped[str | None] = mapped_column(String(64))
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolution: Mapped[str | None] = mapped_column(String(16))


class HistoryEntry(Base):
    """What changed, when, before and after: the audit trail and the raw material of undo.

    Entries sharing a `group_id` are one user step (a bulk edit of 50 products undoes at once).
    """

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_entity", "entity", "entity_id", "seq"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    group_id: Mapped[str] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(16), default="local")
    summary: Mapped[str] = mapped_column(String(500), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONValue)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONValue)


class UndoLink(Base):
    """Which history group a revert wrote, and which group it took back.

    Undo and redo are new changes (catalogue/undo.py); this link is what lets any process - the
    window's stack, `sellerdesk undo` - tell a step that is done from one that is undone.
    """

    __tablename__ = "undo_links"

    group_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # Unique: a group is taken back once; a second undo of the same step (two processes at
    # once) fails and rolls back instead of reverting it twice.
    reverted_group_id: Mapped[str] = mapped_column(String(36), index=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class UnreadableItem(Base):
    """A marketplace item the pull could not read, retried by id until it reads (DESIGN §12).

    After `sync.quarantine.LIMIT` failing passes in a row it is quarantined: the rest of the feed
    goes on without it, and the Sync page lists it with its reason. Never dropped silently.
    """

    __tablename__ = "unreadable_items"

    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    remote_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failed_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_failed_at: Mapped[datetime] = mapped_column(default=utcnow)
    quarantined_at: Mapped[datetime | None] = mapped_column()
