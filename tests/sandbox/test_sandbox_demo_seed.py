"""The demo shop: a believable Tuscan workshop, the same catalogue as the local demo."""

from __future__ import annotations

import io
from collections import Counter

import requests
from PIL import Image
from sandbox_client import Api

from sellerdesk.demo import shop

STATES = {"placed", "awaiting_shipment", "partially_shipped", "shipped", "completed", "cancelled"}


def _all(api: Api, path: str) -> list[dict]:
    items, cursor = [], None
    for _ in range(100):
        page = api.get(path, params={"limit": 200, **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return items
    raise AssertionError("paging never ended")


def test_the_catalogue_is_the_demo_shops(demo: Api):
    products = _all(demo, "/v1/products")
    assert 50 <= len(products) <= 70
    assert {v["sku"] for p in products for v in p["variants"]} == {
        v["sku"] for p in shop.products() for v in p["variants"]
    }
    assert demo.get("/v1/shop").json()["name"] == shop.SHOP_NAME
    assert {p["main_language"] for p in products} == {"it"}
    translated = [p for p in products if set(p["texts"]) == {"it", "en", "fr", "de", "es"}]
    assert len(translated) >= 0.6 * len(products)
    assert {p["status"] for p in products} == {"active", "draft", "inactive"}
    options = {name for p in products for v in p["variants"] for name in v["options"]}
    assert {"Tessuto", "Colore"} <= options
    prices = [v["price"] for p in products for v in p["variants"]]
    assert {price["currency"] for price in prices} == {"EUR"}
    assert all(5_000 <= price["amount_minor"] <= 1_000_000 for price in prices)
    assert all(len(p["variants"]) >= 2 for p in products)


def test_orders_cover_every_state_and_many_countries(demo: Api):
    orders = _all(demo, "/v1/orders")
    assert 180 <= len(orders) <= 220
    assert set(Counter(o["status"] for o in orders)) == STATES
    countries = {o["shipping_address"]["country"] for o in orders}
    assert len(countries) >= 10 and {"IT", "DE", "FR", "US", "JP"} <= countries
    for order in orders:
        shipped = sum(line["shipped_quantity"] for line in order["lines"])
        ordered = sum(line["quantity"] for line in order["lines"])
        expected = {
            "shipped": ordered,
            "completed": ordered,
            "placed": 0,
            "awaiting_shipment": 0,
            "cancelled": 0,
        }.get(order["status"])
        if expected is None:
            assert 0 < shipped < ordered, order["number"]
        else:
            assert shipped == expected, order["number"]
        if shipped:
            assert order["fulfillments"] and order["fulfillments"][0]["tracking_url"]
        assert order["placed_at"] <= order["updated_at"]
        if order["status"] == "placed":
            assert order["paid_at"] is None
        elif order["status"] != "cancelled":
            assert order["paid_at"] and order["placed_at"] < order["paid_at"]


def test_photos_are_drawn_jpegs(demo: Api):
    product = demo.get("/v1/products", params={"limit": 1}).json()["items"][0]
    meta = demo.get(f"/v1/media/{product['media_ids'][0]}").json()
    assert meta["content_type"] == "image/jpeg" and meta["width"] == 1200
    photo = requests.get(meta["url"], timeout=10)
    assert Image.open(io.BytesIO(photo.content)).format == "JPEG"
    assert len(photo.content) == meta["size"]


def test_the_feed_replays_the_seed(demo: Api):
    created = Counter(e["entity"] for e in demo.feed() if e["op"] == "create")
    assert created["product"] == len(shop.products())
    assert created["order"] == len(shop.orders())
    assert created["variant"] == sum(len(p["variants"]) for p in shop.products())
