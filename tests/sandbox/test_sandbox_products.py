"""Products and variants: creation, the auditing window, texts, SKUs, ETags and If-Match."""

from __future__ import annotations

import time

from sandbox_client import Api, StartSandbox, problem_type, product_body


def test_create_returns_the_product_with_etag_and_location(api: Api):
    created = api.post("/v1/products", json=product_body("ARNO", variants=2, stock=4))
    assert created.status_code == 201
    product = created.json()
    assert created.headers["etag"] == '"1"'
    assert created.headers["location"] == f"/v1/products/{product['id']}"
    assert product["status"] == "active" and product["version"] == 1
    assert product["main_language"] == "it"
    assert [v["sku"] for v in product["variants"]] == ["ARNO-0", "ARNO-1"]
    assert product["variants"][0]["price"] == {"amount_minor": 12900, "currency": "EUR"}
    fetched = api.get(f"/v1/products/{product['id']}")
    assert fetched.json() == product and fetched.headers["etag"] == '"1"'


def test_listing_pages_and_filters(api: Api):
    ids = {api.create_product(f"P{i}")["id"] for i in range(5)}
    seen, cursor = [], None
    for _ in range(10):
        page = api.get(
            "/v1/products", params={"limit": 2, **({"cursor": cursor} if cursor else {})}
        )
        body = page.json()
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            break
    assert sorted(seen) == sorted(ids) and len(seen) == 5
    by_sku = api.get("/v1/products", params={"sku": "P3-0"}).json()["items"]
    assert [p["variants"][0]["sku"] for p in by_sku] == ["P3-0"]


def test_validation_errors_are_problems_with_fields(api: Api):
    body = product_body("BAD")
    body["variants"][0]["price"]["amount_minor"] = -5
    del body["texts"]["it"]["title"]
    answer = api.post("/v1/products", json=body)
    assert answer.status_code == 422 and problem_type(answer) == "validation"
    fields = {error["field"] for error in answer.json()["errors"]}
    assert "variants.0.price.amount_minor" in fields and "texts.it.title" in fields

    unknown_field = api.post("/v1/products", json={**product_body("X"), "colour": "red"})
    assert unknown_field.status_code == 422


def test_main_language_must_have_texts_and_stays_fixed(api: Api):
    body = product_body("LANG")
    body["main_language"] = "de"
    assert api.post("/v1/products", json=body).status_code == 422
    product = api.create_product("LANG")
    changed = api.patch(f"/v1/products/{product['id']}", json={"main_language": "en"}, if_match=1)
    assert changed.status_code == 422 and problem_type(changed) == "main-language-fixed"
    drop_main = api.patch(f"/v1/products/{product['id']}", json={"texts": {"it": None}}, if_match=1)
    assert drop_main.status_code == 422 and problem_type(drop_main) == "main-language-fixed"


def test_texts_merge_per_language(api: Api):
    product = api.create_product("TXT")
    answer = api.patch(
        f"/v1/products/{product['id']}",
        json={"texts": {"en": None, "fr": {"title": "Sac TXT"}, "it": {"description": "Nuova."}}},
        if_match=1,
    )
    assert answer.status_code == 200, answer.text
    texts = answer.json()["texts"]
    assert set(texts) == {"it", "fr"}
    assert texts["it"] == {"title": "Borsa TXT", "description": "Nuova."}
    assert texts["fr"] == {"title": "Sac TXT", "description": ""}
    assert answer.json()["version"] == 2 and answer.headers["etag"] == '"2"'


def test_unchanged_patch_keeps_the_version(api: Api):
    product = api.create_product("SAME")
    answer = api.patch(f"/v1/products/{product['id']}", json={"category": "Borse"}, if_match=1)
    assert answer.status_code == 200 and answer.json()["version"] == 1


def test_duplicate_sku_and_foreign_currency_are_refused(api: Api):
    api.create_product("DUP")
    again = api.post("/v1/products", json=product_body("DUP"))
    assert again.status_code == 409 and problem_type(again) == "duplicate-sku"
    body = product_body("USD")
    body["variants"][0]["price"]["currency"] = "USD"
    foreign = api.post("/v1/products", json=body)
    assert foreign.status_code == 422 and problem_type(foreign) == "currency-mismatch"


def test_media_ids_must_exist(api: Api):
    answer = api.post("/v1/products", json=product_body("MED", media_ids=["med_nope"]))
    assert answer.status_code == 422 and problem_type(answer) == "unknown-media"


def test_patch_and_delete_need_if_match(api: Api):
    product = api.create_product("IFM")
    path = f"/v1/products/{product['id']}"
    missing = api.patch(path, json={"brand": "Rossi"})
    assert missing.status_code == 428 and problem_type(missing) == "precondition-required"
    assert api.delete(path).status_code == 428
    assert api.patch(path, json={"brand": "Rossi"}, if_match=1).status_code == 200
    stale = api.patch(path, json={"brand": "Bianchi"}, if_match=1)
    assert stale.status_code == 412 and problem_type(stale) == "precondition-failed"
    assert stale.json()["current"]["brand"] == "Rossi"
    assert stale.json()["current"]["version"] == 2
    assert stale.headers["etag"] == '"2"'
    assert api.delete(path, if_match=1).status_code == 412
    assert api.delete(path, if_match=2).status_code == 204
    assert api.get(path).status_code == 404


def test_if_match_star_and_weak_tags_are_understood(api: Api):
    product = api.create_product("STAR")
    path = f"/v1/products/{product['id']}"
    assert api.patch(path, json={"brand": "A"}, if_match="*").status_code == 200
    assert api.patch(path, json={"brand": "B"}, if_match='W/"2"').status_code == 200


def test_variants_have_their_own_versions(api: Api):
    product = api.create_product("VAR", variants=2)
    pid, variant = product["id"], product["variants"][0]
    path = f"/v1/products/{pid}/variants/{variant['id']}"
    price = {"price": {"amount_minor": 15000, "currency": "EUR"}}
    assert api.patch(path, json=price).status_code == 428
    changed = api.patch(path, json=price, if_match=1)
    assert changed.status_code == 200
    assert changed.json()["version"] == 2 and changed.json()["price"]["amount_minor"] == 15000
    assert api.patch(path, json={"sku": "VAR-1"}, if_match=2).status_code == 409
    assert api.patch(path, json={"stock": 3}, if_match=2).status_code == 422  # stock is a counter
    assert api.get(f"/v1/products/{pid}").json()["version"] == 1

    added = api.post(
        f"/v1/products/{pid}/variants",
        json={"sku": "VAR-NEW", "options": {"Colore": "nero"}, "price": price["price"]},
    )
    assert added.status_code == 201 and added.json()["stock"] == 0
    assert api.delete(path, if_match=1).status_code == 412
    assert api.delete(path, if_match=2).status_code == 204
    other = product["variants"][1]["id"]
    assert api.delete(f"/v1/products/{pid}/variants/{other}", if_match=1).status_code == 204
    last = api.delete(f"/v1/products/{pid}/variants/{added.json()['id']}", if_match=1)
    assert last.status_code == 422  # a product keeps one variant


def test_new_products_are_auditing_and_cannot_be_edited(start: StartSandbox):
    sandbox = start(audit_delay=2.0)
    api = Api(sandbox.url, sandbox.token())
    product = api.create_product("AUD", stock=5)
    assert product["status"] == "auditing" and product["audit_ends_at"]
    path = f"/v1/products/{product['id']}"
    blocked = api.patch(path, json={"brand": "X"}, if_match=1)
    assert blocked.status_code == 409 and problem_type(blocked) == "product-auditing"
    assert blocked.json()["retryable"] is True and int(blocked.headers["retry-after"]) >= 1
    assert api.delete(path, if_match=1).status_code == 409
    stock = api.post("/v1/inventory/batch", json={"items": [{"sku": "AUD-0", "adjust": 1}]})
    assert stock.json()["results"][0]["error"]["type"] == "/problems/product-auditing"

    deadline = time.monotonic() + 10
    while (current := api.get(path).json())["status"] == "auditing":
        assert time.monotonic() < deadline, "the audit never ended"
        time.sleep(0.05)
    assert current["status"] == "active" and current["version"] == 2
    assert current["audit_ends_at"] is None
    assert api.patch(path, json={"brand": "X"}, if_match=2).status_code == 200


def test_a_draft_stays_draft_after_its_audit(start: StartSandbox):
    sandbox = start(audit_delay=0.3)
    api = Api(sandbox.url, sandbox.token())
    product = api.create_product("DRAFT", status="draft")
    deadline = time.monotonic() + 10
    while (current := api.get(f"/v1/products/{product['id']}").json())["status"] == "auditing":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert current["status"] == "draft"
