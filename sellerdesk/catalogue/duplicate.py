"""Duplicate a product: the quickest way to list the same sofa in another fabric.

The copy is a new listing: new local ids, new SKUs (the originals stay unique), status draft so it
goes nowhere until the owner has looked at it, and nothing of the original's marketplace
identity (`remote_id`, `base`). Photos are not copied here: they belong to the photo library.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from sellerdesk.catalogue.inputs import PRODUCT_FIELDS, ProductInput, VariantInput
from sellerdesk.catalogue.messages import missing
from sellerdesk.catalogue.service import Catalogue
from sellerdesk.catalogue.views import ProductView
from sellerdesk.store.models import Product, ProductStatus, Variant

SKU_MAX = 64


def _sku_taken(session: Session, sku: str) -> bool:
    return session.scalar(
        select(Variant.id).where(func.upper(Variant.sku) == sku.upper(),
                                 Variant.deleted_at.is_(None))
    ) is not None


def _load(session: Session, product_id: str) -> Product:
    product = session.scalar(
        select(Product)
        .where(Product.id == product_id, Product.deleted_at.is_(None))
        .options(selectinload(Product.texts), selectinload(Product.variants))
    )
    if product is None:
        raise missing("no_product_id")
    return product


def copy_sku(session: Session, sku: str, reserved: set[str], suffix: str = "-COPY") -> str:
    """`DIV-CH-3` → `DIV-CH-3-COPY`, then `-COPY2`, … : the first free one, within 64 chars."""
    number = 1
    while True:
        tail = suffix if number == 1 else f"{suffix}{number}"
        candidate = sku[: SKU_MAX - len(tail)] + tail
        if candidate.upper() not in reserved and not _sku_taken(session, candidate):
            reserved.add(candidate.upper())
            return candidate
        number += 1


def duplicate_product(
    catalogue: Catalogue,
    product_id: str,
    *,
    group_id: str,
    title_suffix: str = "",
    sku_suffix: str = "-COPY",
) -> str:
    """Create a draft copy of the product; returns the copy's id.

    `title_suffix` (translated by the caller, e.g. " (copia)") is added to the main-language
    title so the two are told apart in the table.
    """

    def work(session: Session) -> str:
        original = ProductView.of(_load(session, product_id))
        reserved: set[str] = set()
        texts = {lang: dict(text) for lang, text in original.texts.items()}
        main = original.main_language
        if title_suffix and texts.get(main, {}).get("title"):
            texts[main]["title"] = texts[main]["title"] + title_suffix
        fields = {name: getattr(original, name) for name in PRODUCT_FIELDS}
        fields["status"] = ProductStatus.DRAFT
        data = ProductInput(
            texts=texts,
            variants=[
                VariantInput(sku=copy_sku(session, v.sku, reserved, sku_suffix),
                             price_minor=v.price_minor, currency=v.currency, stock=v.stock,
                             options=dict(v.options))
                for v in original.variants
            ],
            **fields,
        )
        return catalogue.create_product(data, group_id=group_id)

    return catalogue.run_batch(work)
