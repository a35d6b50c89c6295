"""Photos go to the photobank; listings refer to them by photobank URL only."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from sellerdesk.marketplaces.aliexpress import AliExpressMarketplace
from sellerdesk.marketplaces.base import ErrorKind, MarketplaceError


def _jpeg(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "JPEG")
    return out.getvalue()


def _body(sku: str, media: list[str]) -> dict[str, object]:
    return {"main_language": "it", "status": "active", "media_ids": media,
            "texts": {"it": {"title": "Vaso", "description": ""}},
            "variants": [{"sku": sku, "options": {}, "stock": 1,
                          "price": {"amount_minor": 100, "currency": "EUR"}}]}


def test_upload_then_use_on_a_listing(market: AliExpressMarketplace) -> None:
    media = market.upload_media(_jpeg("red"), "a.jpg", "image/jpeg", "k1")
    assert media.url.endswith(f"/photobank/{media.id}") and media.size > 0
    assert market.http.get(media.url, timeout=10).content == _jpeg("red")
    product = market.create_product(_body("PH-1", [media.id]), "k2")
    assert product.media_ids == [media.id]
    again = market.update_product(product.id, {"media_ids": []}, product.version)
    assert again.media_ids == []


def test_photos_outside_the_photobank_and_oversized_are_refused(
        market: AliExpressMarketplace) -> None:
    with pytest.raises(MarketplaceError) as refused:
        market.create_product(_body("PH-2", ["https://example.com/x.jpg"]), "k3")
    assert refused.value.kind == ErrorKind.REJECTED and "photobank" in refused.value.message
    with pytest.raises(MarketplaceError) as too_big:
        market.upload_media(b"\xff\xd8\xff" + b"0" * (3 * 1024 * 1024), "big.jpg",
                            "image/jpeg", "k4")
    assert too_big.value.kind == ErrorKind.REJECTED
