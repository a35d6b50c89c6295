"""Bulk edit: one change applied to many products, previewed first, committed as ONE step.

The owner picks products in the table and asks for "prices +10 %", "stock 0", "status: inactive",
"category: Divani", "tag: saldi". `plan` says exactly what would change (the preview), reading
plain rows rather than ORM objects so that 100,000 selected products stay cheap. `apply` plans
again inside the write transaction (so the preview's figures cannot be stale) and makes the
changes through the catalogue service, which records history and outbox entries as for any
edit, all under one group id: one undo reverts all of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sellerdesk.catalogue.inputs import check_product_field
from sellerdesk.catalogue.messages import invalid
from sellerdesk.catalogue.progress import Progress
from sellerdesk.catalogue.service import Catalogue
from sellerdesk.money import to_minor
from sellerdesk.store.models import Product, ProductText, Variant

CHUNK = 500  # ids per IN (...) query: well under SQLite's variable limit


class PriceChange(StrEnum):
    KEEP = "keep"
    PERCENT = "percent"  # value: +10 means ×1.10
    AMOUNT = "amount"  # value: +5.00 / -2.50 in the variant's currency
    SET = "set"  # value: the new price


class StockChange(StrEnum):
    KEEP = "keep"
    SET = "set"  # an absolute count (compare-and-set on the marketplace)
    ADJUST = "adjust"  # a movement (+3 received, -1 broken), sent as a delta


@dataclass(frozen=True)
class BulkEdit:
    """What to change; every part is optional."""

    price: PriceChange = PriceChange.KEEP
    price_value: Decimal = Decimal(0)
    stock: StockChange = StockChange.KEEP
    stock_value: int = 0
    status: str | None = None
    category: str | None = None
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        return (self.price == PriceChange.KEEP and self.stock == StockChange.KEEP
                and self.status is None and self.category is None
                and not self.add_tags and not self.remove_tags)

    def check(self) -> None:
        if self.status is not None:
            check_product_field("status", self.status)
        if not self.price_value.is_finite():
            raise invalid("price_change_missing", field="price")
        if self.price == PriceChange.PERCENT and self.price_value <= -100:
            raise invalid("price_down_too_far", field="price")
        if self.price == PriceChange.SET and self.price_value < 0:
            raise invalid("negative_price", field="price")
        if self.stock == StockChange.SET and self.stock_value < 0:
            raise invalid("negative_stock", field="stock")

    def new_price(self, minor: int, currency: str) -> int:
        if self.price == PriceChange.PERCENT:
            scaled = Decimal(minor) * (Decimal(100) + self.price_value) / Decimal(100)
            return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))
        if self.price == PriceChange.AMOUNT:
            return minor + to_minor(self.price_value, currency)
        if self.price == PriceChange.SET:
            return to_minor(self.price_value, currency)
        return minor

    def new_stock(self, stock: int) -> int:
        if self.stock == StockChange.SET:
            return self.stock_value
        if self.stock == StockChange.ADJUST:
            return max(0, stock + self.stock_value)
        return stock

    def new_fields(self, status: str, category: str, tags: list[str]) -> dict[str, object]:
        after: dict[str, object] = {}
        if self.status is not None and self.status != status:
            after["status"] = self.status
        if self.category is not None and self.category.strip() != category:
            after["category"] = self.category.strip()
        if self.add_tags or self.remove_tags:
            removed = {t.strip().casefold() for t in self.remove_tags}
            new = {t for t in tags if t.casefold() not in removed}
            new |= {t.strip() for t in self.add_tags if t.strip()}
            if sorted(new) != sorted(tags):
                after["tags"] = sorted(new)
        return after


@dataclass(frozen=True)
class ProductChange:
    product_id: str
    title: str
    before: dict[str, object]
    after: dict[str, object]


@dataclass(frozen=True)
class VariantChange:
    product_id: str
    sku: str
    title: str
    currency: str
    price_before: int
    price_after: int
    stock_before: int
    stock_after: int


@dataclass
class BulkPlan:
    """What a bulk edit would do; `negative_prices` > 0 blocks it."""

    selected: int = 0
    products: list[ProductChange] = field(default_factory=list)
    variants: list[VariantChange] = field(default_factory=list)
    clamped_stock: int = 0  # adjustments that would go below zero, stopped at zero
    negative_prices: int = 0

    @property
    def touched(self) -> set[str]:
        return {c.product_id for c in self.products} | {c.product_id for c in self.variants}

    @property
    def unchanged(self) -> int:
        return self.selected - len(self.touched)

    def check(self) -> None:
        if self.negative_prices:
            raise invalid("prices_below_zero", self.negative_prices, field="price")


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _titles(session: Session, ids: Sequence[str], language: str) -> dict[str, str]:
    """Each product's title in `language`, else in its main language, else any."""
    rows = session.execute(
        select(ProductText.product_id, ProductText.language, ProductText.title,
               Product.main_language)
        .join(Product, Product.id == ProductText.product_id)
        .where(ProductText.product_id.in_(ids), ProductText.title != "")
    )
    ranked: dict[str, tuple[int, str]] = {}
    for product_id, lang, title, main in rows:
        rank = 0 if lang == language else 1 if lang == main else 2
        if product_id not in ranked or rank < ranked[product_id][0]:
            ranked[product_id] = (rank, title)
    return {product_id: title for product_id, (_rank, title) in ranked.items()}


def plan(
    session: Session,
    product_ids: Sequence[str],
    edit: BulkEdit,
    *,
    language: str = "it",
    progress: Progress | None = None,
) -> BulkPlan:
    """What `edit` would change on the live products among `product_ids` (read only)."""
    edit.check()
    result = BulkPlan()
    if progress is not None:
        progress.start(len(product_ids))
    touches_variants = edit.price != PriceChange.KEEP or edit.stock != StockChange.KEEP
    order = {product_id: n for n, product_id in enumerate(product_ids)}  # the table's order
    for chunk in _chunks(product_ids):
        titles = _titles(session, chunk, language)
        products = sorted(session.execute(
            select(Product.id, Product.status, Product.category, Product.tags)
            .where(Product.id.in_(chunk), Product.deleted_at.is_(None))
        ).all(), key=lambda row: order[row[0]])
        result.selected += len(products)
        for product_id, status, category, tags in products:
            after = edit.new_fields(status, category, list(tags or []))
            if after:
                current = {"status": status, "category": category, "tags": list(tags or [])}
                result.products.append(ProductChange(
                    product_id, titles.get(product_id, ""),
                    {name: current[name] for name in after}, after))
        if touches_variants:
            variants = sorted(session.execute(
                select(Variant.product_id, Variant.sku, Variant.currency, Variant.price_minor,
                       Variant.stock, Variant.position)
                .where(Variant.product_id.in_(chunk), Variant.deleted_at.is_(None))
            ).all(), key=lambda row: (order[row[0]], row[5]))
            for product_id, sku, currency, price, stock, _position in variants:
                new_price = edit.new_price(price, currency)
                new_stock = edit.new_stock(stock)
                if edit.stock == StockChange.ADJUST and stock + edit.stock_value < 0:
                    result.clamped_stock += 1
                if new_price < 0:
                    result.negative_prices += 1
                if new_price != price or new_stock != stock:
                    result.variants.append(VariantChange(
                        product_id, sku, titles.get(product_id, ""), currency,
                        price, new_price, stock, new_stock))
        if progress is not None:
            progress.step(len(chunk))
    return result


def apply(
    catalogue: Catalogue,
    product_ids: Sequence[str],
    edit: BulkEdit,
    *,
    group_id: str,
    language: str = "it",
    progress: Progress | None = None,
) -> BulkPlan:
    """Make the changes in one transaction under `group_id`; returns what was done.

    Raises ValidationError (nothing changed) when the plan has blocking problems, and
    OperationCancelled (nothing changed) when `progress` is cancelled meanwhile.
    """

    def work(session: Session) -> BulkPlan:
        result = plan(session, product_ids, edit, language=language)
        result.check()
        changes: list[ProductChange | VariantChange] = [*result.products, *result.variants]
        if progress is not None:
            progress.start(len(changes))
        for start in range(0, len(changes), CHUNK):
            block = changes[start : start + CHUNK]
            # Load the block's products with their texts and variants in three queries, so the
            # service's per-row reads hit the session instead of the disk. Kept referenced:
            # the session only holds unchanged objects weakly.
            loaded = _prefetch(session, {change.product_id for change in block})
            for change in block:
                _apply_one(catalogue, edit, change, group_id)
                if progress is not None:
                    progress.step()
            # Everything so far is flushed (history entries flush): forget the objects, so
            # memory stays flat over 100,000 products; the transaction itself stays open.
            del loaded
            session.expunge_all()
        return result

    return catalogue.run_batch(work)


def _prefetch(session: Session, product_ids: set[str]) -> list[Product]:
    return list(session.scalars(
        select(Product).where(Product.id.in_(product_ids))
        .options(selectinload(Product.texts), selectinload(Product.variants))
    ))


def _apply_one(catalogue: Catalogue, edit: BulkEdit, change: ProductChange | VariantChange,
               group_id: str) -> None:
    if isinstance(change, ProductChange):
        catalogue.update_product(change.product_id, dict(change.after), group_id=group_id)
        return
    if change.price_after != change.price_before:
        catalogue.update_variant(change.sku, {"price_minor": change.price_after},
                                 group_id=group_id)
    if change.stock_after != change.stock_before:
        if edit.stock == StockChange.SET:
            catalogue.set_stock(change.sku, change.stock_after, group_id=group_id)
        else:
            catalogue.adjust_stock(change.sku, change.stock_after - change.stock_before,
                                   group_id=group_id)
