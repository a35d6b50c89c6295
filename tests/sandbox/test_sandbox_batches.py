"""Batch prices and inventory: size limits, per-item results and partial failure."""

from __future__ import annotations

from sandbox_client import Api, problem_type


def _errors(result):
    return [None if r["ok"] else r["error"]["type"].removeprefix("/problems/") for r in result]


def test_inventory_applies_what_it_can_and_reports_each_item(api: Api):
    api.create_product("INV", variants=2, stock=3)
    answer = api.post(
        "/v1/inventory/batch",
        json={
            "items": [
                {"sku": "INV-0", "adjust": 4},
                {"sku": "NOPE", "adjust": 1},
                {"sku": "INV-1", "adjust": -5},
                {"sku": "INV-1", "set": 10, "expected": 3},
                {"sku": "INV-0", "set": 1, "expected": 3},
                {"sku": "INV-0", "adjust": 1, "set": 2, "expected": 7},
                {"sku": "INV-0", "set": 2},
            ]
        },
    )
    assert answer.status_code == 200
    body = answer.json()
    assert _errors(body["results"]) == [
        None,
        "not-found",
        "insufficient-stock",
        None,
        "stock-mismatch",
        "validation",
        "validation",
    ]
    assert (body["succeeded"], body["failed"]) == (2, 5)
    assert body["results"][0]["stock"] == 7 and body["results"][0]["applied_delta"] == 4
    assert body["results"][3]["stock"] == 10 and body["results"][3]["applied_delta"] == 7
    assert [r["index"] for r in body["results"]] == list(range(7))
    stock = {v["sku"]: v["stock"] for v in api.get("/v1/products").json()["items"][0]["variants"]}
    assert stock == {"INV-0": 7, "INV-1": 10}


def test_prices_apply_per_item(api: Api):
    api.create_product("PRC", variants=2)
    answer = api.post(
        "/v1/prices/batch",
        json={
            "items": [
                {"sku": "PRC-0", "price": {"amount_minor": 9900, "currency": "EUR"}},
                {"sku": "PRC-1", "price": {"amount_minor": 9900, "currency": "GBP"}},
                {"sku": "GONE", "price": {"amount_minor": 1, "currency": "EUR"}},
            ]
        },
    ).json()
    assert _errors(answer["results"]) == [None, "currency-mismatch", "not-found"]
    assert answer["results"][0]["version"] == 2
    variants = api.get("/v1/products").json()["items"][0]["variants"]
    assert [v["price"]["amount_minor"] for v in variants] == [9900, 12900]


def test_at_most_200_skus_per_call(api: Api):
    items = [{"sku": f"S-{i}", "adjust": 1} for i in range(201)]
    answer = api.post("/v1/inventory/batch", json={"items": items})
    assert answer.status_code == 422 and problem_type(answer) == "batch-too-large"
    assert api.post("/v1/inventory/batch", json={"items": items[:200]}).status_code == 200


def test_at_most_20_products_per_call(api: Api):
    for index in range(21):
        api.create_product(f"M{index}")
    items = [
        {"sku": f"M{i}-0", "price": {"amount_minor": 500, "currency": "EUR"}} for i in range(21)
    ]
    answer = api.post("/v1/prices/batch", json={"items": items})
    assert answer.status_code == 422 and problem_type(answer) == "batch-too-large"
    untouched = api.get("/v1/products", params={"sku": "M0-0"}).json()["items"][0]
    assert untouched["variants"][0]["price"]["amount_minor"] == 12900  # nothing applied
    assert api.post("/v1/prices/batch", json={"items": items[:20]}).json()["succeeded"] == 20


def test_empty_batch_is_invalid(api: Api):
    answer = api.post("/v1/inventory/batch", json={"items": []})
    assert answer.status_code == 422 and problem_type(answer) == "validation"
