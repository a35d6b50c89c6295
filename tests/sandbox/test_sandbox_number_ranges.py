"""Numbers beyond what the sandbox can store are refused with a 422 problem, never a 500.

SQLite stores whole numbers in 64 bits; a larger one used to surface as an OverflowError deep in
a query (issue #15). The walk below reads the live OpenAPI document, so a route or a field added
later is covered without touching this file, as long as it has an example body here.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sandbox_client import Api, StartSandbox, problem_type, product_body

INT64_MAX = 2**63 - 1
BIG = [2**63, -(2**63) - 1, 10**30]

Path = tuple[str | int, ...]


def _resolve(schema: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def integer_fields(schema: dict[str, Any], doc: dict[str, Any], at: Path = ()) -> Iterator[Path]:
    """Every place in a body schema where a whole number goes, as a path of keys and indexes."""
    schema = _resolve(schema, doc)
    for option in schema.get("anyOf", []):
        yield from integer_fields(option, doc, at)
    kind = schema.get("type")
    if kind == "integer":
        yield at
    elif kind == "object":
        for name, sub in schema.get("properties", {}).items():
            yield from integer_fields(sub, doc, (*at, name))
    elif kind == "array":
        yield from integer_fields(schema["items"], doc, (*at, 0))


def with_value(body: dict[str, Any], path: Path, value: int) -> dict[str, Any]:
    changed = copy.deepcopy(body)
    container: Any = changed
    for key in path[:-1]:
        container = container[key]  # a KeyError here: give the example body this field
    container[path[-1]] = value
    return changed


@pytest.fixture
def world(start: StartSandbox) -> dict[str, Any]:
    """A sandbox with one product (two variants) and one order, and a valid body per route."""
    sandbox = start(rate_limit=10_000.0, rate_burst=10_000)
    api = Api(sandbox.url, sandbox.token())
    product = api.create_product("RANGE", variants=2)
    admin = Api(sandbox.url, None)
    order = admin.post("/admin/orders", json={"lines": [{"sku": "RANGE-0", "quantity": 1}]})
    assert order.status_code == 201, order.text
    money = {"amount_minor": 100, "currency": "EUR"}
    ids = {
        "product_id": product["id"],
        "variant_id": product["variants"][1]["id"],
        "order_id": order.json()["id"],
        "media_id": "nothing",
        "slug": "validation",
    }
    bodies = {
        ("post", "/v1/products"): product_body(
            "NEW", weight_grams=100, dimensions_mm=[1, 2, 3]
        ),
        ("patch", "/v1/products/{product_id}"): {"weight_grams": 1, "dimensions_mm": [1, 2, 3]},
        ("post", "/v1/products/{product_id}/variants"): {
            "sku": "RANGE-NEW", "price": money, "stock": 1
        },
        ("patch", "/v1/products/{product_id}/variants/{variant_id}"): {"price": money},
        ("post", "/v1/prices/batch"): {"items": [{"sku": "RANGE-0", "price": money}]},
        ("post", "/v1/inventory/batch"): {
            "items": [{"sku": "RANGE-0", "adjust": 1, "set": 1, "expected": 1}]
        },
        ("post", "/v1/orders/{order_id}/fulfillments"): {
            "carrier": "brt", "tracking_number": "T1", "lines": [{"sku": "RANGE-0", "quantity": 1}]
        },
        ("post", "/v1/orders/{order_id}/cancel"): {"reason": "seller"},
    }
    doc = requests.get(f"{sandbox.url}/openapi.json", timeout=10).json()
    return {"api": api, "doc": doc, "ids": ids, "bodies": bodies}


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            yield method, path, operation


def _url(path: str, ids: dict[str, str], **override: str) -> str:
    return path.format(**{**ids, **override})


def _assert_refused(answer: requests.Response, field: str) -> None:
    assert answer.status_code == 422, (field, answer.status_code, answer.text)
    assert problem_type(answer) == "validation"
    fields = [error["field"] for error in answer.json()["errors"]]
    assert field in fields, (field, fields)


def test_out_of_range_integers_in_parameters_and_bodies_are_422(world: dict[str, Any]):
    api, doc, ids, bodies = world["api"], world["doc"], world["ids"], world["bodies"]
    checked = 0
    for method, path, operation in _operations(doc):
        body = bodies.get((method, path))
        content = operation.get("requestBody", {}).get("content", {})
        for parameter in operation.get("parameters", []):
            schema = parameter["schema"]
            numeric = schema.get("type") == "integer"
            for value in BIG:
                if parameter["in"] == "path":
                    answer = api.request(method.upper(), _url(path, ids, **{
                        parameter["name"]: str(value)}), json=body)
                else:
                    answer = api.request(method.upper(), _url(path, ids), json=body,
                                         params={parameter["name"]: str(value)})
                assert answer.status_code < 500, (method, path, parameter["name"], answer.text)
                if numeric:
                    _assert_refused(answer, parameter["name"])
                checked += 1
        if "application/json" in content:
            assert body is not None, f"give {method.upper()} {path} an example body here"
            fields = list(integer_fields(content["application/json"]["schema"], doc))
            for field in fields:
                for value in BIG:
                    answer = api.request(method.upper(), _url(path, ids),
                                         json=with_value(body, field, value), if_match=1)
                    _assert_refused(answer, ".".join(map(str, field)))
                    checked += 1
    assert checked > 100


@pytest.mark.parametrize("value", BIG)
def test_out_of_range_if_match_is_422(world: dict[str, Any], value: int):
    api, doc, ids, bodies = world["api"], world["doc"], world["ids"], world["bodies"]
    for method, path, _ in _operations(doc):
        takes_if_match = method in ("patch", "delete") or (
            method == "post" and path.startswith("/v1/orders/{")
        )
        if not takes_if_match:
            continue
        answer = api.request(method.upper(), _url(path, ids), json=bodies.get((method, path)),
                             if_match=value)
        _assert_refused(answer, "If-Match")


def test_cursors_beyond_the_range_are_422(world: dict[str, Any]):
    api = world["api"]
    for path in ("/v1/orders", "/v1/products"):
        for value in BIG:
            answer = api.get(path, params={"cursor": str(value)})
            assert answer.status_code in (200, 422), (path, value, answer.text)
    answer = api.get("/v1/orders", params={"cursor": str(2**63)})
    _assert_refused(answer, "cursor")


def test_a_stock_movement_past_the_range_is_422_and_changes_nothing(start: StartSandbox):
    sandbox = start()
    api = Api(sandbox.url, sandbox.token())
    api.create_product("FULL", stock=INT64_MAX)
    before = api.feed()
    answer = api.post("/v1/inventory/batch", json={"items": [{"sku": "FULL-0", "adjust": 1}]})
    assert answer.status_code == 422, answer.text
    assert problem_type(answer) == "validation"
    assert api.feed() == before
    stock = api.get("/v1/products").json()["items"][0]["variants"][0]["stock"]
    assert stock == INT64_MAX
