"""AliExpress payloads ↔ the engine's data classes.

Versions: AliExpress has no object versions (and ``gmt_modified`` has one-second resolution), so
a version here is a digest of the fields the engine compares - the product's own fields, or a
SKU's code, options and price (stock is a counter and has none). Equal digests mean nothing the
engine cares about changed, which is what an If-Match would have checked.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sellerdesk.marketplaces.base import (
    RemoteFulfilment,
    RemoteOrder,
    RemoteOrderLine,
    RemoteProduct,
    RemoteVariant,
)

PACIFIC = ZoneInfo("America/Los_Angeles")
STATUS_IN = {"onSelling": "active", "offline": "inactive", "editingRequired": "draft",
             "auditing": "auditing"}
STATUS_OUT = {v: k for k, v in STATUS_IN.items()}
ORDER_STATUS_IN = {"PLACE_ORDER_SUCCESS": "placed", "WAIT_SELLER_SEND_GOODS":
                   "awaiting_shipment", "SELLER_PART_SEND_GOODS": "partially_shipped",
                   "WAIT_BUYER_ACCEPT_GOODS": "shipped", "FINISH": "completed",
                   "IN_CANCEL": "cancelled", "IN_ISSUE": "in_issue"}
_COUNTRY = {"en": "US", "ja": "JP", "ko": "KR", "zh": "CN", "he": "IL", "ar": "MA",
            "pt": "BR", "uk": "UA", "vi": "VN", "cs": "CZ", "sv": "SE", "da": "DK"}


def locale_of(language: str) -> str:
    return f"{language}_{_COUNTRY.get(language, language.upper())}"


def language_of(locale: str) -> str:
    return locale.split("_", 1)[0].lower()


def pacific_to_ts(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=PACIFIC).timestamp()


def ts_to_pacific(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=PACIFIC).strftime("%Y-%m-%d %H:%M:%S")


def pacific_to_iso(text: str | None) -> str | None:
    if not text:
        return None
    moment = datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=PACIFIC)
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def minor(amount: Any) -> int:
    return int(Decimal(str(amount)) * 100)


def price_text(amount_minor: int) -> str:
    return f"{Decimal(amount_minor) / 100:.2f}"


def digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def photo_id(url: str) -> str:
    """Photobank URLs end in the photo's id; the engine speaks of ids."""
    return url.rstrip("/").rsplit("/", 1)[-1]


def variant_of(product_id: str, sku: dict[str, Any]) -> RemoteVariant:
    options = {p["sku_property_name"]: p["property_value_definition_name"]
               for p in sku.get("aeop_s_k_u_property_list") or []}
    price = minor(sku["sku_price"])
    return RemoteVariant(
        id=str(sku["id"]), product_id=product_id, sku=str(sku["sku_code"]), options=options,
        price_minor=price, currency=str(sku.get("currency_code") or ""),
        stock=int(sku.get("ipm_sku_stock") or 0),
        version=digest([sku["sku_code"], options, price]),
    )


def product_of(info: dict[str, Any]) -> RemoteProduct:
    product_id = str(info["product_id"])
    texts: dict[str, dict[str, str]] = {}
    for entry in info.get("multi_language_subject_list") or []:
        texts.setdefault(language_of(entry["locale"]), {})["title"] = entry.get("subject", "")
    for entry in info.get("multi_language_description_list") or []:
        texts.setdefault(language_of(entry["locale"]), {})["description"] = \
            entry.get("web_detail", "")
    texts = {lang: {"title": t.get("title", ""), "description": t.get("description", "")}
             for lang, t in texts.items()}
    sizes = [info.get(f"package_{d}") for d in ("length", "width", "height")]
    weight = info.get("gross_weight")
    fields = {
        "status": STATUS_IN.get(str(info.get("product_status_type")), "inactive"),
        "main_language": language_of(str(info.get("language") or "en_US")),
        "texts": texts,
        "category": str(info.get("category_id") or ""),
        "brand": str(info.get("brand_name") or ""),
        "tags": list(info.get("keywords") or []),
        "weight_grams": None if weight in (None, "") else int(Decimal(str(weight)) * 1000),
        "dimensions_mm": None if any(s is None for s in sizes)
        else [round(float(s) * 10) for s in sizes],  # type: ignore[arg-type]
        "media_ids": [photo_id(u) for u in str(info.get("image_u_r_ls") or "").split(";") if u],
    }
    return RemoteProduct(
        id=product_id, variants=[variant_of(product_id, s)
                                 for s in info.get("aeop_ae_product_s_k_us") or []],
        version=digest(fields), **fields,
    )


def _sku_out(variant: dict[str, Any]) -> dict[str, Any]:
    return {"sku_code": variant["sku"], "price": price_text(variant["price"]["amount_minor"]),
            "inventory": int(variant.get("stock", 0)),
            "sku_attributes": dict(variant.get("options") or {})}


def _sizes(dimensions: list[int] | None) -> dict[str, Any]:
    if dimensions is None:
        return {"package_length": None, "package_width": None, "package_height": None}
    return {f"package_{d}": v / 10 for d, v in zip(("length", "width", "height"), dimensions,
                                                   strict=True)}


def post_request(body: dict[str, Any], photo_url: Any) -> dict[str, Any]:
    """The canonical create body as ``post_product_request``."""
    texts = body.get("texts") or {}
    request: dict[str, Any] = {
        "language": locale_of(body["main_language"]),
        "subject_list": [{"locale": locale_of(lang), "value": t["title"]}
                         for lang, t in texts.items()],
        "description_multi_language_list": [
            {"locale": locale_of(lang), "web_detail": t.get("description") or ""}
            for lang, t in texts.items()],
        "product_status_type": STATUS_OUT.get(body.get("status") or "active", "onSelling"),
        "category_id": body.get("category"),
        "brand_name": body.get("brand"),
        "keywords": list(body.get("tags") or []),
        "main_image_urls_list": [photo_url(m) for m in body.get("media_ids") or []],
        "sku_info_list": [_sku_out(v) for v in body.get("variants") or []],
    }
    if body.get("weight_grams") is not None:
        request["weight"] = f"{Decimal(body['weight_grams']) / 1000:.3f}"
    if body.get("dimensions_mm"):
        request |= _sizes(body["dimensions_mm"])
    return {k: v for k, v in request.items() if v is not None}


def edit_request(product_id: str, patch: dict[str, Any], photo_url: Any) -> dict[str, Any]:
    """A canonical merge patch as ``edit_product_request`` (only what the patch names)."""
    request: dict[str, Any] = {"product_id": product_id}
    texts = patch.get("texts")
    if texts:
        subjects, details = [], []
        for lang, text in texts.items():
            if text is None:
                subjects.append({"locale": locale_of(lang), "delete": True})
                continue
            if text.get("title") is not None:
                subjects.append({"locale": locale_of(lang), "subject": text["title"]})
            if "description" in text:
                details.append({"locale": locale_of(lang),
                                "web_detail": text.get("description") or ""})
        request["multi_language_subject_list"] = subjects
        request["multi_language_description_list"] = details
    if "status" in patch:
        request["product_status_type"] = STATUS_OUT.get(patch["status"], "offline")
    for name, wire in (("category", "category_id"), ("brand", "brand_name"),
                       ("tags", "keywords")):
        if name in patch:
            request[wire] = patch[name]
    if "weight_grams" in patch:
        weight = patch["weight_grams"]
        request["weight"] = None if weight is None else f"{Decimal(weight) / 1000:.3f}"
    if "dimensions_mm" in patch:
        request |= _sizes(patch["dimensions_mm"])
    if "media_ids" in patch:
        request["main_image_urls_list"] = [photo_url(m) for m in patch["media_ids"] or []]
    return request


def sku_list(product: RemoteProduct) -> list[dict[str, Any]]:
    """The product's SKUs as product.edit's ``sku_info_list`` (to change, add or drop one)."""
    return [{"id": v.id, "sku_code": v.sku, "price": price_text(v.price_minor),
             "inventory": v.stock, "sku_attributes": v.options} for v in product.variants]


def order_of(info: dict[str, Any]) -> RemoteOrder:
    currency = str((info.get("order_amount") or {}).get("currency_code") or "")
    lines = [
        RemoteOrderLine(id=str(c["child_order_id"]), sku=str(c.get("sku_code") or ""),
                        title=str(c.get("product_name") or ""),
                        quantity=int(c["product_count"]),
                        shipped_quantity=int(c.get("shipped_count") or 0),
                        unit_price_minor=minor(c["product_price"]["amount"]))
        for c in info.get("child_order_list") or []
    ]
    fulfilments = [
        RemoteFulfilment(id=str(f.get("out_ref") or f["logistics_no"]),
                         carrier=str(f["logistics_service"]),
                         tracking_number=str(f["logistics_no"]),
                         tracking_url=str(f.get("tracking_website") or ""),
                         lines=[(str(p["child_order_id"]), int(p["quantity"]))
                                for p in f.get("package_lines") or []],
                         created_at=pacific_to_iso(f.get("gmt_send")) or "")
        for f in info.get("logistics_info_list") or []
    ]
    return RemoteOrder(
        id=str(info["order_id"]), number=str(info["order_id"]),
        status=ORDER_STATUS_IN.get(str(info["order_status"]), "placed"),
        version=digest([info["order_status"], info.get("gmt_modified"),
                        [(f.id, f.tracking_number) for f in fulfilments],
                        [(line.id, line.shipped_quantity) for line in lines]]),
        buyer=dict(info.get("buyer_info") or {}),
        shipping_address=dict(info.get("receipt_address") or {}),
        currency=currency, lines=lines, fulfilments=fulfilments,
        subtotal_minor=minor((info.get("init_oder_amount") or {}).get("amount", 0)),
        shipping_minor=minor((info.get("logistics_amount") or {}).get("amount", 0)),
        total_minor=minor((info.get("order_amount") or {}).get("amount", 0)),
        placed_at=pacific_to_iso(info.get("gmt_create")) or "",
        ship_by=pacific_to_iso(info.get("shipping_deadline")),
    )
