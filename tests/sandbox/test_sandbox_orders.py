"""Orders: stock taken at placement, states, fulfillments, cancellation, listing, carriers."""

from __future__ import annotations

import pytest
from sandbox_client import Api, problem_type

CARRIERS = {"poste-italiane", "brt", "gls", "sda", "dhl", "ups", "fedex", "cainiao"}


@pytest.fixture
def shop(api: Api, admin: Api):
    api.create_product("ORD", variants=2, stock=5)
    return api, admin


def _stock(api: Api, sku: str) -> int:
    item = api.get("/v1/products", params={"sku": sku}).json()["items"][0]
    return next(v["stock"] for v in item["variants"] if v["sku"] == sku)


def _place(admin: Api, *lines: tuple[str, int]) -> dict:
    answer = admin.post(
        "/admin/orders", json={"lines": [{"sku": s, "quantity": q} for s, q in lines]}
    )
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_carriers_have_stable_codes(api: Api):
    carriers = api.get("/v1/carriers").json()
    assert {c["code"] for c in carriers} >= CARRIERS
    assert {c["scope"] for c in carriers} >= {"domestic", "international"}


def test_a_placed_order_takes_its_quantities_off_stock(shop):
    api, admin = shop
    order = _place(admin, ("ORD-0", 2), ("ORD-1", 1))
    assert order["status"] == "placed" and order["version"] == 1
    assert (_stock(api, "ORD-0"), _stock(api, "ORD-1")) == (3, 4)
    assert order["total"]["amount_minor"] == 3 * 12900 + order["shipping"]["amount_minor"]
    too_many = admin.post("/admin/orders", json={"lines": [{"sku": "ORD-0", "quantity": 9}]})
    assert too_many.status_code == 409 and problem_type(too_many) == "insufficient-stock"
    assert _stock(api, "ORD-0") == 3  # the refused order took nothing


def test_the_full_life_of_an_order(shop):
    api, admin = shop
    order = _place(admin, ("ORD-0", 2), ("ORD-1", 1))
    path = f"/v1/orders/{order['id']}"
    unpaid = api.post(f"{path}/fulfillments", json={"carrier": "brt", "tracking_number": "1"})
    assert unpaid.status_code == 409 and problem_type(unpaid) == "invalid-order-state"
    assert admin.post(f"/admin/orders/{order['id']}/pay").json()["status"] == "awaiting_shipment"

    line0, line1 = (line["id"] for line in order["lines"])
    partial = api.post(
        f"{path}/fulfillments",
        json={
            "carrier": "brt",
            "tracking_number": "BRT1",
            "lines": [{"line_id": line0, "quantity": 1}],
        },
    )
    assert partial.status_code == 201, partial.text
    assert partial.json()["order"]["status"] == "partially_shipped"
    assert partial.json()["fulfillment"]["tracking_url"].endswith("BRT1")

    over = api.post(
        f"{path}/fulfillments",
        json={
            "carrier": "brt",
            "tracking_number": "BRT2",
            "lines": [{"line_id": line0, "quantity": 2}],
        },
    )
    assert over.status_code == 422 and problem_type(over) == "over-shipment"
    assert over.json()["errors"][0]["field"] == "lines.0.quantity"
    carrier = api.post(f"{path}/fulfillments", json={"carrier": "pigeon", "tracking_number": "X"})
    assert carrier.status_code == 422 and problem_type(carrier) == "unknown-carrier"
    cancel = api.post(f"{path}/cancel", json={})
    assert cancel.status_code == 409 and problem_type(cancel) == "invalid-order-state"

    rest = api.post(
        f"{path}/fulfillments",
        json={"carrier": "dhl", "tracking_number": "JD0001", "tracking_url": "https://t.example/1"},
    )
    shipped = rest.json()["order"]
    assert shipped["status"] == "shipped" and shipped["shipped_at"]
    assert [line["shipped_quantity"] for line in shipped["lines"]] == [2, 1]
    assert {f["lines"][0]["line_id"] for f in shipped["fulfillments"]} == {line0}
    assert rest.json()["fulfillment"]["lines"] == [
        {"line_id": line0, "quantity": 1},
        {"line_id": line1, "quantity": 1},
    ]
    nothing_left = api.post(f"{path}/fulfillments", json={"carrier": "dhl", "tracking_number": "Z"})
    assert nothing_left.status_code == 409
    done = admin.post(f"/admin/orders/{order['id']}/complete").json()
    assert done["status"] == "completed" and done["completed_at"]
    assert api.get(path).json() == done and api.get(path).headers["etag"] == f'"{done["version"]}"'


def test_fulfillment_if_match_is_optional_but_checked(shop):
    api, admin = shop
    order = _place(admin, ("ORD-0", 1))
    admin.post(f"/admin/orders/{order['id']}/pay")
    body = {"carrier": "gls", "tracking_number": "G1"}
    stale = api.post(f"/v1/orders/{order['id']}/fulfillments", json=body, if_match=1)
    assert stale.status_code == 412 and stale.json()["current"]["status"] == "awaiting_shipment"
    assert (
        api.post(f"/v1/orders/{order['id']}/fulfillments", json=body, if_match=2).status_code == 201
    )


def test_ship_by_sku_lines(shop):
    api, admin = shop
    order = _place(admin, ("ORD-0", 2))
    admin.post(f"/admin/orders/{order['id']}/pay")
    unknown = api.post(
        f"/v1/orders/{order['id']}/fulfillments",
        json={
            "carrier": "sda",
            "tracking_number": "S2",
            "lines": [{"sku": "ORD-1", "quantity": 1}],
        },
    )
    assert unknown.status_code == 422 and problem_type(unknown) == "validation"
    answer = api.post(
        f"/v1/orders/{order['id']}/fulfillments",
        json={
            "carrier": "sda",
            "tracking_number": "S1",
            "lines": [{"sku": "ORD-0", "quantity": 2}],
        },
    )
    assert answer.json()["order"]["status"] == "shipped"


def test_cancel_puts_stock_back(shop):
    api, admin = shop
    order = _place(admin, ("ORD-1", 3))
    assert _stock(api, "ORD-1") == 2
    cancelled = api.post(f"/v1/orders/{order['id']}/cancel", json={"reason": "out of fabric"})
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancel_reason"] == "out of fabric"
    assert _stock(api, "ORD-1") == 5


def test_listing_filters_and_pages_in_change_order(shop):
    api, admin = shop
    orders = [_place(admin, ("ORD-0", 1)) for _ in range(4)]
    admin.post(f"/admin/orders/{orders[0]['id']}/pay")  # changed last, so listed last
    seen, cursor = [], None
    for _ in range(10):
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = api.get("/v1/orders", params=params).json()
        seen += [o["id"] for o in page["items"]]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == [o["id"] for o in orders[1:]] + [orders[0]["id"]]
    paid = api.get("/v1/orders", params={"status": "awaiting_shipment"}).json()["items"]
    assert [o["id"] for o in paid] == [orders[0]["id"]]
    both = api.get("/v1/orders", params={"status": "placed,awaiting_shipment"}).json()["items"]
    assert len(both) == 4
    everything = api.get("/v1/orders").json()["items"]
    stamp = next(o for o in everything if o["id"] == orders[2]["id"])["updated_at"]
    later = api.get("/v1/orders", params={"modified_after": stamp}).json()["items"]
    assert [o["id"] for o in later] == [o["id"] for o in everything if o["updated_at"] > stamp]
    assert orders[2]["id"] not in [o["id"] for o in later]
    number = api.get("/v1/orders", params={"number": orders[1]["number"]}).json()["items"]
    assert [o["id"] for o in number] == [orders[1]["id"]]
    bad = api.get("/v1/orders", params={"modified_after": "yesterday"})
    assert bad.status_code == 422 and problem_type(bad) == "validation"
    assert api.get("/v1/orders/ord_missing").status_code == 404
