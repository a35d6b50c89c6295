"""What a caller hands the catalogue to create products and variants, validated on the way in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from babel import Locale, UnknownLocaleError

from sellerdesk.catalogue.messages import invalid
from sellerdesk.store.models import ProductStatus

SKU_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")
PRODUCT_FIELDS: tuple[str, ...] = (
    "status",
    "main_language",
    "category",
    "brand",
    "tags",
    "weight_grams",
    "length_mm",
    "width_mm",
    "height_mm",
)
TEXT_FIELDS: tuple[str, ...] = ("title", "description")
VARIANT_FIELDS: tuple[str, ...] = ("sku", "options", "price_minor", "currency")


@dataclass
class VariantInput:
    sku: str
    price_minor: int
    currency: str = "EUR"
    stock: int = 0
    options: dict[str, str] = field(default_factory=dict)


@dataclass
class ProductInput:
    """A new product: at least one variant and a title in its main language."""

    texts: dict[str, dict[str, str]]  # language -> {"title": ..., "description": ...}
    variants: list[VariantInput]
    status: str = ProductStatus.DRAFT
    main_language: str = "it"
    category: str = ""
    brand: str = ""
    tags: list[str] = field(default_factory=list)
    weight_grams: int | None = None
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PRODUCT_FIELDS}


def check_language(code: str) -> str:
    try:
        locale = Locale.parse(code)
    except (ValueError, UnknownLocaleError) as exc:
        raise invalid("bad_language", code, field="main_language") from exc
    if str(locale) != code:  # "IT" or "ita" would make a second Italian text beside "it"
        raise invalid("language_spelling", code, str(locale), field="main_language")
    return code


def check_sku(sku: str) -> str:
    sku = sku.strip()
    if not SKU_PATTERN.match(sku):
        raise invalid("bad_sku", sku, field="sku")
    return sku


def check_product_field(name: str, value: Any) -> Any:
    if name == "status":
        allowed = [s.value for s in ProductStatus]
        if value not in allowed:
            raise invalid("bad_status", str(value), ", ".join(allowed), field="status")
    elif name == "main_language":
        check_language(value)
    elif name == "tags":
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            raise invalid("bad_tags", field="tags")
        value = sorted({t.strip() for t in value if t.strip()})
    elif name in ("weight_grams", "length_mm", "width_mm", "height_mm"):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise invalid("bad_measure", field=name)
    elif name in ("category", "brand"):
        value = str(value).strip()
    else:
        raise invalid("unknown_field", name)
    return value


def check_variant_field(name: str, value: Any) -> Any:
    if name == "sku":
        return check_sku(value)
    if name == "price_minor":
        if not isinstance(value, int) or value < 0:
            raise invalid("negative_price", field="price")
    elif name == "currency":
        if not (isinstance(value, str) and len(value) == 3 and value.isalpha()):
            raise invalid("bad_currency", str(value), field="currency")
        value = value.upper()
    elif name == "options":
        if not isinstance(value, dict):
            raise invalid("bad_options", field="options")
        value = {str(k).strip(): str(v).strip() for k, v in value.items() if str(k).strip()}
    else:
        raise invalid("unknown_field", name)
    return value


def split_text_field(name: str) -> tuple[str, str] | None:
    """`title.en` → ("title", "en"); None for a plain product field."""
    kind, dot, language = name.partition(".")
    if dot and kind in TEXT_FIELDS:
        return kind, check_language(language)
    return None
