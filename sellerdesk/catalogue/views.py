"""Read-only snapshots of catalogue rows, safe to hand to other threads, the CLI and the UI."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sellerdesk.catalogue.inputs import PRODUCT_FIELDS, VARIANT_FIELDS
from sellerdesk.store.models import Product, Variant


@dataclass(frozen=True)
class VariantView:
    id: str
    sku: str
    options: dict[str, str]
    price_minor: int
    currency: str
    stock: int

    @classmethod
    def of(cls, variant: Variant) -> VariantView:
        return cls(
            id=variant.id,
            sku=variant.sku,
            options=dict(variant.options),
            price_minor=variant.price_minor,
            currency=variant.currency,
            stock=variant.stock,
        )


@dataclass(frozen=True)
class ProductView:
    id: str
    status: str
    main_language: str
    category: str
    brand: str
    tags: list[str]
    weight_grams: int | None
    length_mm: int | None
    width_mm: int | None
    height_mm: int | None
    sync_state: str
    remote_id: str | None
    texts: dict[str, dict[str, str]]
    variants: list[VariantView]
    updated_at: datetime

    @classmethod
    def of(cls, product: Product) -> ProductView:
        return cls(
            id=product.id,
            status=product.status,
            main_language=product.main_language,
            category=product.category,
            brand=product.brand,
            tags=list(product.tags),
            weight_grams=product.weight_grams,
            length_mm=product.length_mm,
            width_mm=product.width_mm,
            height_mm=product.height_mm,
            sync_state=product.sync_state,
            remote_id=product.remote_id,
            texts={t.language: {"title": t.title, "description": t.description}
                   for t in product.texts},
            variants=[VariantView.of(v) for v in product.live_variants],
            updated_at=product.updated_at,
        )

    def title(self, language: str) -> str:
        for lang in (language, self.main_language):
            title = self.texts.get(lang, {}).get("title")
            if title:
                return title
        return next((t["title"] for t in self.texts.values() if t.get("title")), "")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["updated_at"] = self.updated_at.isoformat()
        return data


def product_snapshot(product: Product) -> dict[str, Any]:
    """The product's fields flattened for history, outbox payloads and three-way merges:
    plain fields plus `title.<lang>` / `description.<lang>` for every language."""
    snapshot: dict[str, Any] = {name: getattr(product, name) for name in PRODUCT_FIELDS}
    snapshot["tags"] = list(product.tags)
    for text in product.texts:
        snapshot[f"title.{text.language}"] = text.title
        snapshot[f"description.{text.language}"] = text.description
    return snapshot


def variant_snapshot(variant: Variant) -> dict[str, Any]:
    snapshot = {name: getattr(variant, name) for name in VARIANT_FIELDS}
    snapshot["options"] = dict(variant.options)
    snapshot["product_id"] = variant.product_id
    snapshot["stock"] = variant.stock
    return snapshot
