"""What the product editor saves: a draft of the whole product, turned into the few catalogue
calls that change what differs, in one transaction and one history step.

The editor only ever builds a `ProductDraft`; how a renamed SKU, a deleted variant and a new
translation become writes (and in which order, so SKUs can be reused) is decided here, where it
is tested without a window.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from sellerdesk.catalogue.inputs import PRODUCT_FIELDS, SKU_PATTERN, ProductInput, VariantInput
from sellerdesk.catalogue.limits import EffectiveLimits
from sellerdesk.catalogue.messages import invalid
from sellerdesk.catalogue.service import Catalogue
from sellerdesk.catalogue.views import ProductView
from sellerdesk.errors import ValidationError
from sellerdesk.store.models import ProductStatus


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


def check_draft(draft: ProductDraft, limits: EffectiveLimits | None = None) -> None:
    """The checks the editor can make before anything is written (SKU uniqueness against other
    products is the store's, at save time). Each refusal names its field (`variants.2.sku`) and
    the row, counted from 1 as the owner sees it. With `limits`, a product that breaks a
    marketplace's limit is refused unless it is kept as a draft."""
    main = draft.fields.get("main_language") or "it"
    if not draft.title(main):
        raise invalid("no_title", main, field=f"texts.{main}.title")
    if not draft.variants:
        raise invalid("no_variants", field="variants")
    seen: dict[str, int] = {}
    for index, variant in enumerate(draft.variants):
        row, sku = index + 1, variant.sku.strip()
        if not SKU_PATTERN.match(sku):
            raise invalid("bad_sku_row", row, sku, field=f"variants.{index}.sku")
        if sku.upper() in seen:
            raise invalid("sku_twice", sku, seen[sku.upper()], row,
                          field=f"variants.{index}.sku")
        seen[sku.upper()] = row
        if variant.price_minor < 0:
            raise invalid("negative_price_row", row, sku, field=f"variants.{index}.price")
        if variant.stock < 0:
            raise invalid("negative_stock_row", row, sku, field=f"variants.{index}.stock")
    if limits is not None and draft.fields.get("status") != ProductStatus.DRAFT.value:
        check_limits(draft, limits)


def check_limits(draft: ProductDraft, limits: EffectiveLimits) -> None:
    """Refuse what a marketplace would refuse: only a draft may break a limit (it is kept on
    this computer until the owner fixes it), so a 324-character title never reaches a listing."""
    for language in sorted(draft.texts, key=lambda lang: lang != draft.fields.get(
            "main_language")):
        title = draft.title(language)
        if limits.title_max is not None and len(title) > limits.title_max:
            raise invalid("title_too_long", language, len(title), limits.title_by,
                          limits.title_max, field=f"texts.{language}.title")
        description = draft.texts[language].get("description", "")
        if limits.description_max is not None and len(description) > limits.description_max:
            raise invalid("description_too_long", language, len(description),
                          limits.description_by, limits.description_max,
                          field=f"texts.{language}.description")
    if limits.variants_max is not None and len(draft.variants) > limits.variants_max:
        raise invalid("too_many_variants", len(draft.variants), limits.variants_by,
                      limits.variants_max, field="variants")
    if limits.stock_max is not None:
        for index, variant in enumerate(draft.variants):
            if variant.stock > limits.stock_max:
                raise invalid("too_much_stock", index + 1, variant.sku.strip(), variant.stock,
                              limits.stock_by, limits.stock_max,
                              field=f"variants.{index}.stock")


@contextmanager
def _rows_named(draft: ProductDraft) -> Iterator[None]:
    """The store names a taken SKU, not the row: point the refusal at the row that has it."""
    try:
        yield
    except ValidationError as error:
        if error.code != "sku_taken" or error.message is None:
            raise
        sku = str(error.message.args[0])
        rows = [i for i, v in enumerate(draft.variants) if v.sku.strip() == sku]
        if not rows:
            raise
        raise invalid("sku_taken", sku, field=f"variants.{rows[0]}.sku") from error


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


def create_product(catalogue: Catalogue, draft: ProductDraft, *, group_id: str,
                   limits: EffectiveLimits | None = None) -> str:
    """Create the product the editor describes; returns its id."""
    check_draft(draft, limits)
    fields = {name: value for name, value in draft.fields.items()
              if name in PRODUCT_FIELDS and value is not None}
    texts = {lang: {"title": text.get("title", "").strip(),
                    "description": text.get("description", "")}
             for lang, text in draft.texts.items()
             if text.get("title", "").strip() or text.get("description", "")}
    with _rows_named(draft):
        return _create(catalogue, draft, fields, texts, group_id)


def _create(catalogue: Catalogue, draft: ProductDraft, fields: dict[str, Any],
            texts: dict[str, dict[str, str]], group_id: str) -> str:
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
    limits: EffectiveLimits | None = None,
) -> bool:
    """Write what differs between `original` and `draft`, all in one transaction; returns False
    when nothing differed (then nothing is recorded)."""
    check_draft(draft, limits)
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

    with _rows_named(draft):
        return catalogue.run_batch(work)
