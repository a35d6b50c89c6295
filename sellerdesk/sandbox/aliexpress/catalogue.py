"""The aliexpress.solution product methods, served from the sandbox's own products.

Mapping: sandbox statuses active/inactive/draft/auditing are AliExpress's onSelling/offline/
editingRequired/auditing; texts are per locale (``it`` → ``it_IT``); weight is kilograms as a
string; package sizes are centimetres (one decimal, so millimetres survive the round trip);
photos are photobank URLs only. ``gmt_modified`` covers the product and its SKUs, stock
included, in US Pacific time to the second, as the platform reports it.
"""

from __future__ import annotations

import json
import math
import sqlite3
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from .. import catalogue, inventory, media, variants
from ..database import Tx
from ..problems import Problem
from ..schemas import Money, ProductIn, ProductPatch, VariantIn, VariantPatch
from ..state import SandboxState
from .protocol import (
    ApiError,
    business,
    decimal_of,
    from_iso,
    language_of,
    locale_of,
    pacific,
    page_params,
    price_minor,
    price_text,
    whole,
)

STATUS_OUT = {"active": "onSelling", "inactive": "offline", "draft": "editingRequired",
              "auditing": "auditing"}
STATUS_IN = {v: k for k, v in STATUS_OUT.items()}
MAX_PAGE_SIZE = 99
"""page_size must stay below 100."""
BATCH_PRODUCTS = 20
BATCH_SKUS = 200


def from_problem(problem: Problem) -> ApiError:
    """A sandbox refusal as an AliExpress business error (its detail as sub_msg)."""
    detail = problem.detail
    if problem.errors:
        detail += " (" + "; ".join(f"{e['field']}: {e['message']}" for e in problem.errors) + ")"
    return business(problem.slug, detail)


def _json_param(params: dict[str, str], name: str) -> Any:
    raw = params.get(name)
    if raw is None:
        raise business("param-missing", f"{name} is required")
    try:
        return json.loads(raw)
    except ValueError:
        raise business("param-invalid", f"{name} is not JSON") from None


def photobank_url(base: str, media_id: str) -> str:
    return f"{base}/photobank/{media_id}"


def _media_ids(base: str, urls: list[str]) -> list[str]:
    ids = []
    for url in urls:
        prefix = f"{base}/photobank/"
        if not url.startswith(prefix):
            raise business("image-not-in-photobank",
                           f"{url} is not a photobank URL; upload it to the photobank first")
        ids.append(url[len(prefix):])
    return ids


def product_json(conn: sqlite3.Connection, row: sqlite3.Row, base: str) -> dict[str, Any]:
    data = catalogue.products_from_rows(conn, [row])[0]
    return _shape(data, base)


def _modified(data: dict[str, Any]) -> float:
    stamps = [data["updated_at"], *(v["updated_at"] for v in data["variants"])]
    return max(from_iso(s) for s in stamps)


def _shape(data: dict[str, Any], base: str) -> dict[str, Any]:
    main = data["main_language"]
    texts = data["texts"]
    dims = data["dimensions_mm"]
    return {
        "product_id": data["id"],
        "product_status_type": STATUS_OUT[data["status"]],
        "language": locale_of(main),
        "subject": texts[main]["title"],
        "detail": texts[main].get("description", ""),
        "multi_language_subject_list": [
            {"locale": locale_of(lang), "subject": t["title"]} for lang, t in texts.items()],
        "multi_language_description_list": [
            {"locale": locale_of(lang), "web_detail": t.get("description", "")}
            for lang, t in texts.items()],
        "category_id": data["category"],
        "brand_name": data["brand"],
        "keywords": data["tags"],
        "gross_weight": None if data["weight_grams"] is None
        else f"{Decimal(data['weight_grams']) / 1000:.3f}",
        "package_length": None if dims is None else dims[0] / 10,
        "package_width": None if dims is None else dims[1] / 10,
        "package_height": None if dims is None else dims[2] / 10,
        "image_u_r_ls": ";".join(photobank_url(base, m) for m in data["media_ids"]),
        "currency_code": data["variants"][0]["price"]["currency"] if data["variants"] else "",
        "aeop_ae_product_s_k_us": [
            {
                "id": v["id"],
                "sku_code": v["sku"],
                "sku_price": price_text(v["price"]["amount_minor"]),
                "currency_code": v["price"]["currency"],
                "ipm_sku_stock": v["stock"],
                "aeop_s_k_u_property_list": [
                    {"sku_property_name": k, "property_value_definition_name": val}
                    for k, val in v["options"].items()],
            }
            for v in data["variants"]
        ],
        "gmt_create": pacific(from_iso(data["created_at"])),
        "gmt_modified": pacific(_modified(data)),
    }


# -- reading ---------------------------------------------------------------------------------

def list_products(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    query = _json_param(params, "aeop_a_e_product_list_query")
    status = query.get("product_status_type")
    if status not in STATUS_IN:
        raise business("param-invalid", "product_status_type must be onSelling, offline,"
                       " auditing or editingRequired")
    page, size = page_params(query, MAX_PAGE_SIZE)
    where, args = ["status = ?"], [STATUS_IN[status]]
    if query.get("subject"):
        where.append("texts LIKE ?")
        args.append(f"%{json.dumps(str(query['subject']), ensure_ascii=False)[1:-1]}%")
    with state.db.read() as conn:
        total = conn.execute(f"SELECT COUNT(*) FROM products WHERE {' AND '.join(where)}",
                             args).fetchone()[0]
        rows = conn.execute(
            f"SELECT * FROM products WHERE {' AND '.join(where)} ORDER BY id LIMIT ? OFFSET ?",
            [*args, size, (page - 1) * size]).fetchall()
        items = [_shape(p, base) for p in catalogue.products_from_rows(conn, rows)]
    summaries = [
        {key: item[key] for key in ("product_id", "subject", "gmt_create", "gmt_modified",
                                    "product_status_type", "image_u_r_ls", "currency_code")}
        | {"product_min_price": min((s["sku_price"] for s in item["aeop_ae_product_s_k_us"]),
                                    key=Decimal, default="0.00")}
        for item in items
    ]
    return {"aeop_a_e_product_display_d_t_o_list": summaries, "current_page": page,
            "page_size": size, "product_count": total,
            "total_page": max(1, math.ceil(total / size))}


def get_product(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    product_id = params.get("product_id", "")
    with state.db.read() as conn:
        row = conn.execute("SELECT * FROM products WHERE id = ?", (product_id,)).fetchone()
        if row is None:
            raise business("product-not-exist", f"No product {product_id} in this store.")
        return product_json(conn, row, base)


# -- writing ---------------------------------------------------------------------------------

def _texts(subjects: list[dict[str, Any]], details: list[dict[str, Any]]
           ) -> dict[str, dict[str, Any]]:
    texts: dict[str, dict[str, Any]] = {}
    for entry in subjects:
        lang = language_of(str(entry.get("locale", "")))
        if entry.get("delete"):
            texts[lang] = {"delete": True}
        else:
            texts.setdefault(lang, {})["title"] = entry.get("subject") or entry.get("value")
    for entry in details:
        lang = language_of(str(entry.get("locale", "")))
        if "delete" not in texts.get(lang, {}):
            texts.setdefault(lang, {})["description"] = entry.get("web_detail") or ""
    return texts


def _dimensions(request: dict[str, Any]) -> list[int] | None:
    sizes = [request.get(f"package_{d}") for d in ("length", "width", "height")]
    if any(s is None for s in sizes):
        return None
    return [decimal_of(s, "package size", 10) for s in sizes]


def _weight(request: dict[str, Any]) -> int | None:
    weight = request.get("weight", request.get("gross_weight"))
    return None if weight is None else decimal_of(weight, "weight", 1000)


def _sku_in(sku: dict[str, Any], currency: str) -> VariantIn:
    return VariantIn(
        sku=sku["sku_code"],
        options={str(k): str(v) for k, v in (sku.get("sku_attributes") or {}).items()},
        price=Money(amount_minor=price_minor(sku["price"]), currency=currency),
        stock=whole(sku.get("inventory") or 0, "inventory"),
    )


def post_product(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    request = _json_param(params, "post_product_request")
    main = language_of(str(request.get("language") or ""))
    texts = _texts(request.get("subject_list") or [],
                   request.get("description_multi_language_list") or [])
    try:
        body = ProductIn(
            main_language=main,
            texts={lang: {"title": t.get("title") or "", "description": t.get("description", "")}
                   for lang, t in texts.items() if "delete" not in t},
            status=STATUS_IN.get(request.get("product_status_type") or "onSelling", "active"),
            category=request.get("category_id"),
            brand=request.get("brand_name"),
            tags=list(request.get("keywords") or []),
            weight_grams=_weight(request),
            dimensions_mm=_dimensions(request),
            media_ids=_media_ids(base, list(request.get("main_image_urls_list") or [])),
            variants=[_sku_in(s, state.currency) for s in request.get("sku_info_list") or []],
        )
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        raise business("param-invalid", str(exc).splitlines()[0]) from None
    with state.db.write() as tx:
        try:
            product = catalogue.create_product(tx, body, audit_delay=state.config.audit_delay,
                                               currency=state.currency)
        except Problem as problem:
            raise from_problem(problem) from None
        tx.after_commit(state.wakeup.set)
    return {"product_id": product["id"], "success": True}


def edit_product(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    request = _json_param(params, "edit_product_request")
    product_id = str(request.get("product_id") or "")
    given: dict[str, Any] = {}
    subjects = request.get("multi_language_subject_list")
    details = request.get("multi_language_description_list")
    if subjects or details:
        given["texts"] = {lang: None if t.get("delete") else t
                          for lang, t in _texts(subjects or [], details or []).items()}
    if "product_status_type" in request:
        given["status"] = STATUS_IN.get(request["product_status_type"])
    for wire, name in (("category_id", "category"), ("brand_name", "brand"),
                       ("keywords", "tags")):
        if wire in request:
            given[name] = request[wire]
    if "weight" in request:
        given["weight_grams"] = _weight(request)
    if "package_length" in request:
        given["dimensions_mm"] = _dimensions(request)
    if "main_image_urls_list" in request:
        given["media_ids"] = _media_ids(base, list(request["main_image_urls_list"] or []))
    try:
        patch = ProductPatch(**given)
    except ValidationError as exc:
        raise business("param-invalid", str(exc).splitlines()[0]) from None
    with state.db.write() as tx:
        try:
            if catalogue.product_row(tx.conn, product_id)["main_language"] != language_of(
                    str(request.get("language") or "")) and request.get("language"):
                raise business("main-language-fixed", "The main language is fixed at creation.")
            if given:
                catalogue.patch_product(tx, product_id, None, patch)
            if "sku_info_list" in request:
                _edit_skus(tx, state, product_id, list(request["sku_info_list"] or []))
        except Problem as problem:
            raise from_problem(problem) from None
    return {"product_id": product_id, "success": True}


def _edit_skus(tx: Tx, state: SandboxState, product_id: str,
               wanted: list[dict[str, Any]]) -> None:
    """The SKU list as the seller wants it: entries with an ``id`` change that SKU, entries
    without one are new, SKUs left out are removed."""
    catalogue.editable_row(tx, product_id)
    current = {r["id"]: r for r in tx.execute(
        "SELECT * FROM variants WHERE product_id = ?", (product_id,))}
    keep = {str(s["id"]) for s in wanted if s.get("id")}
    for variant_id, _row in current.items():
        if variant_id not in keep:
            variants.delete_variant(tx, product_id, variant_id, None)
    for sku in wanted:
        try:
            new = _sku_in(sku, state.currency)
        except (ValidationError, KeyError, TypeError, ValueError) as exc:
            raise business("param-invalid", str(exc).splitlines()[0]) from None
        if not sku.get("id"):
            variants.add_variant(tx, product_id, new, currency=state.currency)
            continue
        if str(sku["id"]) not in current:
            raise business("sku-not-exist", f"No SKU {sku['id']} in product {product_id}.")
        variants.patch_variant(tx, product_id, str(sku["id"]), None,
                               VariantPatch(sku=new.sku, options=new.options, price=new.price),
                               currency=state.currency)


def delete_products(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    ids = [p for p in params.get("product_ids", "").split(",") if p]
    if not ids or len(ids) > BATCH_PRODUCTS:
        raise business("param-invalid", f"product_ids: 1 to {BATCH_PRODUCTS} ids")
    done, failed = [], []
    with state.db.write() as tx:
        for product_id in ids:
            tx.execute("SAVEPOINT item")
            try:
                catalogue.delete_product(tx, product_id, None)
                tx.execute("RELEASE item")
                done.append({"product_id": product_id})
            except Problem as problem:
                tx.execute("ROLLBACK TO item")
                tx.execute("RELEASE item")
                failed.append({"product_id": product_id, "error_code": f"isv.{problem.slug}",
                               "error_message": problem.detail})
    return {"success_list": done, "failed_list": failed}


def _batch(state: SandboxState, params: dict[str, str], apply: Any) -> dict[str, Any]:
    """Shared by the price and inventory batches: size limits, then one product at a time in a
    savepoint, so one product's failure leaves the others applied (partial failure)."""
    products = _json_param(params, "mutiple_product_update_list")
    if not isinstance(products, list) or not products:
        raise business("param-invalid", "mutiple_product_update_list must be a non-empty list")
    skus = sum(len(p.get("multiple_sku_update_list") or []) for p in products)
    if len(products) > BATCH_PRODUCTS or skus > BATCH_SKUS:
        raise business("batch-too-large", f"At most {BATCH_PRODUCTS} products and {BATCH_SKUS}"
                       f" SKUs per call ({len(products)} and {skus} sent).")
    done, failed = [], []
    with state.db.write() as tx:
        for item in products:
            product_id = str(item.get("product_id") or "")
            tx.execute("SAVEPOINT item")
            try:
                catalogue.editable_row(tx, product_id)
                for sku in item.get("multiple_sku_update_list") or []:
                    row = inventory.variant_by_sku(tx.conn, str(sku.get("sku_code")))
                    if row["product_id"] != product_id:
                        raise business("sku-not-exist",
                                       f"SKU {sku.get('sku_code')} is not in {product_id}.")
                    apply(tx, row, sku)
                tx.execute("RELEASE item")
                done.append({"product_id": product_id})
            except (Problem, ApiError) as error:
                tx.execute("ROLLBACK TO item")
                tx.execute("RELEASE item")
                mapped = from_problem(error) if isinstance(error, Problem) else error
                failed.append({"product_id": product_id, "error_code": mapped.sub_code,
                               "error_message": mapped.sub_msg})
    return {"update_success": not failed, "update_successful_list": done,
            "update_failed_list": failed}


def update_prices(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    def apply(tx: Tx, row: sqlite3.Row, sku: dict[str, Any]) -> None:
        price = price_minor(sku.get("price"))
        if price != row["price_minor"]:
            variants.update_variant(tx, row["id"], {"price_minor": price})

    return _batch(state, params, apply)


def update_inventory(state: SandboxState, params: dict[str, str], base: str) -> dict[str, Any]:
    def apply(tx: Tx, row: sqlite3.Row, sku: dict[str, Any]) -> None:
        target = whole(sku.get("inventory"), "inventory")
        if target != row["stock"]:
            inventory.apply_delta(tx, row, target - row["stock"], "set")

    return _batch(state, params, apply)


def upload_image(state: SandboxState, params: dict[str, str], base: str,
                 data: bytes | None) -> dict[str, Any]:
    if data is None:
        raise business("param-missing", "image_bytes (a file) is required")
    try:
        facts = media.inspect(data)
        with state.db.write() as tx:
            row, _ = media.store(tx, data, facts)
    except Problem as problem:
        raise from_problem(problem) from None
    return {"result_success": True, "photobank_url": photobank_url(base, row["id"]),
            "photobank_id": row["id"]}
