"""What the product editor saves: a draft of the whole product, turned into the few catalogue
calls that change what differs, in one transaction and one history step.

The editor only ever builds a `ProductDraft`; how a renamed SKU, a deleted variant and a new
translation become writes (and in which order, so SKUs can be reused) is decided here, where it
is tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from sellerdesk.catalogue.inputs import PRODUCT_FIELDS, ProductInput, VariantInput, check_sku
from sellerdesk.catalogue.service import Catalogue
from sellerdesk.catalogue.views import ProductView
from sellerdesk.errors import ValidationError


@dataclass(frozen=True)
class VariantDraft:
    """One row of the variants grid; `id` is None for a row the owner added."""

    id: str | None
    sku: str
    price_minor: int
    stock: int
    currency: str = "EUR"
    options: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ProductDraft:
    """Everything the editor shows, as plain values."""

    fields: dict[str, Any]
    texts: dict[str, dict[str, str]]  # language -> {"title": ..., "description": ...}
    variants: tuple[VariantDraft, ...]

    @classmethod
    def of(cls, product: ProductView) -> ProductDraft:
        return cls(
            fields={name: getattr(product, name) for name in PRODUCT_FIELDS},
            texts={lang: dict(text) for lang, text in product.texts.items()},
            variants=tuple(
                VariantDraft(v.id, v.sku, v.price_minor, v.stock, v.currency, dict(v.options))
                for v in product.variants
            ),
        )

    @classmethod
    def empty(cls, main_language: str, currency: str = "EUR") -> ProductDraft:
        fields: dict[str, Any] = {name: None for name in PRODUCT_FIELDS}
        fields.update(status="draft", main_language=main_language, category="", brand="",
                      tags=[])
        return cls(fields=fields, texts={main_language: {"title": "", "description": ""}},
                   variants=(VariantDraft(None, "", 0, 0, currency),))

    def title(self, language: str) -> str:
        return self.texts.get(language, {}).get("title", "").strip()


def check_draft(draft: ProductDraft) -> None:
    """The checks the editor can make before anything is written (SKU uniqueness against other
    products is the store's, at save time)."""
    main = draft.fields.get("main_language") or "it"
    if not draft.title(main):
        raise ValidationError(f"Give the product a title in its main language ({main}).")
    if not draft.variants:
        raise ValidationError("A product needs at least one variant (SKU).")
    seen: set[str] = set()
    for variant in draft.variants:
        sku = check_sku(variant.sku)
        if sku.upper() in seen:
            raise ValidationError(f"The SKU {sku} is used twice in this product.")
        seen.add(sku.upper())
        if variant.price_minor < 0:
            raise ValidationError("A price cannot be negative.")
        if variant.stock < 0:
            raise ValidationError("Stock must be a whole number of at least 0.")


def product_changes(original: ProductDraft, draft: ProductDraft) -> dict[str, Any]:
    """Product fields and texts that differ, keyed as `update_product` takes them."""
    changes: dict[str, Any] = {}
    for name in PRODUCT_FIELDS:
        new = draft.fields.get(name)
        old = original.fields.get(name)
        if name == "tags":
            new, old = sorted(new or []), sorted(old or [])
        if new != old:
            changes[name] = new
    for language in sorted(set(original.texts) | set(draft.texts)):
        before = original.texts.get(language, {})
        after = draft.texts.get(language, {})
        for kind in ("title", "description"):
            old_text = before.get(kind, "")
            new_text = after.get(kind, "")
            if kind == "title":
                old_text, new_text = old_text.strip(), new_text.strip()
            if new_text != old_text:
                changes[f"{kind}.{language}"] = new_text
    return changes


def has_changes(original: ProductDraft, draft: ProductDraft) -> bool:
    return bool(product_changes(original, draft)) or original.variants != draft.variants


def create_product(catalogue: Catalogue, draft: ProductDraft, *, group_id: str) -> str:
    """Create the product the editor describes; returns its id."""
    check_draft(draft)
    fields = {name: value for name, value in draft.fields.items()
              if name in PRODUCT_FIELDS and value is not None}
    texts = {lang: {"title": text.get("title", "").strip(),
                    "description": text.get("description", "")}
             for lang, text in draft.texts.items()
             if text.get("title", "").strip() or text.get("description", "")}
    return catalogue.create_product(
        ProductInput(
            texts=texts,
            variants=[
                VariantInput(sku=v.sku.strip(), price_minor=v.price_minor, currency=v.currency,
                             stock=v.stock, options=dict(v.options))
                for v in draft.variants
            ],
            **fields,
        ),
        group_id=group_id,
    )


def save_product(
    catalogue: Catalogue,
    product_id: str,
    original: ProductDraft,
    draft: ProductDraft,
    *,
    group_id: str,
) -> bool:
    """Write what differs between `original` and `draft`, all in one transaction; returns False
    when nothing differed (then nothing is recorded)."""
    check_draft(draft)
    old = {v.id: v for v in original.variants if v.id}
    kept = {v.id for v in draft.variants if v.id}
    removed = [v for v_id, v in old.items() if v_id not in kept]
    changes = product_changes(original, draft)

    def work(_session: Session) -> bool:
        changed = bool(changes) and catalogue.update_product(product_id, changes,
                                                             group_id=group_id)
        # Deletions first, so a removed variant's SKU can be given to a new one; the last
        # remaining variant goes after the new ones exist (a product always has one).
        deferred = []
        live = len(old)
        for variant in removed:
            if live > 1:
                catalogue.delete_variant(variant.sku, group_id=group_id)
                live -= 1
                changed = True
            else:
                deferred.append(variant)
        for variant in draft.variants:
            if variant.id is None:
                continue
            before = old[variant.id]
            fields = {name: getattr(variant, name)
                      for name in ("sku", "options", "price_minor", "currency")
                      if getattr(variant, name) != getattr(before, name)}
            if fields:
                changed |= catalogue.update_variant(before.sku, fields, group_id=group_id)
            if variant.stock != before.stock:
                # An absolute count typed by the owner: compare-and-set against what we knew.
                catalogue.set_stock(variant.sku.strip(), variant.stock, group_id=group_id)
                changed = True
        for variant in draft.variants:
            if variant.id is None:
                catalogue.add_variant(
                    product_id,
                    VariantInput(sku=variant.sku.strip(), price_minor=variant.price_minor,
                                 currency=variant.currency, stock=variant.stock,
                                 options=dict(variant.options)),
                    group_id=group_id,
                )
                changed = True
        for variant in deferred:
            catalogue.delete_variant(variant.sku, group_id=group_id)
            changed = True
        return changed

    return catalogue.run_batch(work)
