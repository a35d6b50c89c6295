"""Products and variants as flat field maps, the shape the three-way merge works on.

Local rows and marketplace objects both become `{"status": ..., "title.it": ..., ...}`, so
"what changed on which side" is a comparison of dictionaries, field by field, and a merge patch
for the marketplace is built from the fields that must travel.
"""

from __future__ import annotations

from typing import Any

from sellerdesk.marketplaces.base import RemoteProduct, RemoteVariant

PRODUCT_FIELDS = ("status", "category", "brand", "tags", "weight_grams", "length_mm",
                  "width_mm", "height_mm")
VARIANT_FIELDS = ("sku", "options", "price_minor", "currency")
PUSHABLE_STATUSES = ("draft", "active", "inactive")


def remote_product_fields(product: RemoteProduct) -> dict[str, Any]:
    dims = product.dimensions_mm or [None, None, None]
    flat: dict[str, Any] = {
        "status": product.status,
        "category": product.category or "",
        "brand": product.brand or "",
        "tags": sorted(product.tags),
        "weight_grams": product.weight_grams,
        "length_mm": dims[0],
        "width_mm": dims[1],
        "height_mm": dims[2],
    }
    for language, text in product.texts.items():
        flat[f"title.{language}"] = text.get("title", "")
        flat[f"description.{language}"] = text.get("description", "")
    return flat


def remote_variant_fields(variant: RemoteVariant) -> dict[str, Any]:
    return {"sku": variant.sku, "options": dict(variant.options),
            "price_minor": variant.price_minor, "currency": variant.currency}


def local_product_fields(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The merge-relevant part of a catalogue snapshot (views.product_snapshot)."""
    flat = {name: snapshot.get(name) for name in PRODUCT_FIELDS}
    flat["tags"] = sorted(flat["tags"] or [])
    for name, value in snapshot.items():
        if name.startswith(("title.", "description.")):
            flat[name] = value
    return flat


def product_patch(fields: dict[str, Any], local: dict[str, Any]) -> dict[str, Any]:
    """A JSON merge patch for the marketplace carrying `fields` at their local values."""
    patch: dict[str, Any] = {}
    texts: dict[str, Any] = {}
    for name in fields:
        value = local.get(name)
        if name.startswith(("title.", "description.")):
            kind, language = name.split(".", 1)
            title = local.get(f"title.{language}") or ""
            if not title:
                texts[language] = None  # a language without a title is removed
                continue
            entry = texts.setdefault(language, {})
            if entry is not None:
                entry[kind] = value or ""
        elif name in ("length_mm", "width_mm", "height_mm"):
            dims = [local.get("length_mm"), local.get("width_mm"), local.get("height_mm")]
            patch["dimensions_mm"] = dims if all(d is not None for d in dims) else None
        elif name == "status":
            if value in PUSHABLE_STATUSES:
                patch["status"] = value
        elif name in ("category", "brand"):
            patch[name] = value or None
        else:
            patch[name] = value
    if texts:
        patch["texts"] = texts
    return patch


def variant_patch(fields: dict[str, Any], local: dict[str, Any]) -> dict[str, Any]:
    patch: dict[str, Any] = {}
    for name in fields:
        if name in ("price_minor", "currency"):
            patch["price"] = {"amount_minor": local["price_minor"],
                              "currency": local["currency"]}
        elif name in ("sku", "options"):
            patch[name] = local[name]
    return patch


def create_body(product: dict[str, Any], variants: list[dict[str, Any]]) -> dict[str, Any]:
    """The marketplace's create request from the snapshot the outbox entry carries."""
    languages = sorted({k.split(".", 1)[1] for k in product if k.startswith("title.")})
    dims = [product.get("length_mm"), product.get("width_mm"), product.get("height_mm")]
    body: dict[str, Any] = {
        "main_language": product["main_language"],
        "texts": {
            lang: {"title": product[f"title.{lang}"],
                   "description": product.get(f"description.{lang}") or ""}
            for lang in languages if product.get(f"title.{lang}")
        },
        "status": product["status"] if product["status"] in PUSHABLE_STATUSES else "active",
        "category": product.get("category") or None,
        "brand": product.get("brand") or None,
        "tags": list(product.get("tags") or []),
        "weight_grams": product.get("weight_grams"),
        "variants": [variant_body(v) for v in variants],
    }
    if all(d is not None for d in dims):
        body["dimensions_mm"] = dims
    return body


def variant_body(variant: dict[str, Any]) -> dict[str, Any]:
    return {
        "sku": variant["sku"],
        "options": dict(variant.get("options") or {}),
        "price": {"amount_minor": variant["price_minor"], "currency": variant["currency"]},
        "stock": int(variant.get("stock", 0)),
    }
