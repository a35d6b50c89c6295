"""``hostile=KIND``: each kind of hostile reply is what it says over real HTTP, counts down with
``hostile_times``, and the feed is normal again once the switch is cleared."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
import requests
from sandbox_client import Api, StartSandbox

from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.sandbox.faults import FaultSpec


@pytest.fixture
def shop(start: StartSandbox) -> tuple[RunningSandbox, Api, Api]:
    """Two products in two languages and an order, the feed's first page holding them all."""
    sandbox = start()
    api, admin = Api(sandbox.url, sandbox.token()), Api(sandbox.url, None)
    api.create_product("HOS-A", variants=2)
    api.create_product("HOS-B")
    placed = admin.post("/admin/orders", json={"lines": [{"sku": "HOS-A-0", "quantity": 1}]})
    assert placed.status_code == 201, placed.text
    return sandbox, api, admin


def _switch(admin: Api, spec: str) -> dict[str, Any]:
    answer = admin.put("/admin/faults", json={"spec": spec, "seed": 3})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _feed(api: Api) -> requests.Response:
    return api.get("/v1/changes", params={"since": 0, "limit": 100})


def _depth(raw: bytes) -> int:
    depth = deepest = 0
    for byte in raw:
        if byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif byte in b"]}":
            depth -= 1
    return deepest


def _truncated(raw: requests.Response, normal: bytes) -> None:
    assert 0 < len(raw.content) < len(normal) and normal.startswith(raw.content)
    assert raw.headers["content-length"] == str(len(raw.content))
    with pytest.raises(ValueError):
        json.loads(raw.content)


def _not_json(raw: requests.Response, normal: bytes) -> None:
    assert raw.headers["content-type"].startswith("text/html")
    assert raw.content.startswith(b"<!DOCTYPE html>")


def _empty(raw: requests.Response, normal: bytes) -> None:
    assert raw.content == b"" and raw.headers["content-length"] == "0"


def _deep(raw: requests.Response, normal: bytes) -> None:
    assert _depth(raw.content) == 100_001  # the envelope, then 100,000 nested arrays
    with pytest.raises(RecursionError):
        json.loads(raw.content)


def _wrong_types(raw: requests.Response, normal: bytes) -> None:
    page, before = raw.json(), json.loads(normal)
    assert page["next"] == {"seq": before["next"]}
    assert page["has_more"] == "false"
    assert list(page["changes"].values()) == before["changes"]


def _bad_cursor(raw: requests.Response, normal: bytes) -> None:
    page, before = raw.json(), json.loads(normal)
    assert page["next"] == "abc"
    assert page["changes"] == before["changes"]


def _out_of_range(raw: requests.Response, normal: bytes) -> None:
    changed = [c for c in raw.json()["changes"] if c not in json.loads(normal)["changes"]]
    assert len(changed) == 1 and changed[0]["version"] == -1
    assert changed[0]["data"]["variants"][0]["price"]["amount_minor"] == 10**40


def _lone_surrogate(raw: requests.Response, normal: bytes) -> None:
    assert b"\\ud800" in raw.content and b"\\u0000" in raw.content  # written as JSON escapes
    titles = [t["title"] for c in raw.json()["changes"] if c["entity"] == "product"
              for t in c["data"]["texts"].values()]
    assert [t[-1] for t in titles if t[-1] in "\ud800\x00"] == ["\ud800", "\x00"]


def _bad_item(raw: requests.Response, normal: bytes) -> None:
    changed = [c for c in raw.json()["changes"] if c not in json.loads(normal)["changes"]]
    assert len(changed) == 1 and changed[0]["entity"] == "product"
    assert "variants" not in changed[0]["data"]


KINDS: dict[str, Callable[[requests.Response, bytes], None]] = {
    "truncated": _truncated, "not_json": _not_json, "empty": _empty, "deep": _deep,
    "wrong_types": _wrong_types, "bad_cursor": _bad_cursor, "out_of_range": _out_of_range,
    "lone_surrogate": _lone_surrogate, "bad_item": _bad_item,
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_is_what_it_says_then_the_feed_is_normal_again(shop, kind: str):
    _, api, admin = shop
    normal = _feed(api)
    assert normal.status_code == 200 and "sandbox-fault" not in normal.headers
    assert _switch(admin, f"hostile={kind}")["spec"] == f"hostile={kind}"
    raw = _feed(api)
    assert raw.status_code == 200
    assert raw.headers["sandbox-fault"] == f"hostile-{kind}"
    KINDS[kind](raw, normal.content)
    _switch(admin, "")
    again = _feed(api)
    assert again.content == normal.content and "sandbox-fault" not in again.headers


def test_hostile_times_counts_down_then_the_feed_is_normal(shop):
    _, api, admin = shop
    normal = _feed(api).content
    _switch(admin, "hostile=bad_cursor,hostile_times=2")
    assert [_feed(api).json()["next"] for _ in range(2)] == ["abc", -5]
    assert [_feed(api).content for _ in range(2)] == [normal, normal]


def test_bad_item_stays_the_same_item_everywhere_until_cleared(shop):
    _, api, admin = shop
    normal = _feed(api).json()["changes"]
    _switch(admin, "hostile=bad_item")
    first = [c for c in _feed(api).json()["changes"] if c not in normal]
    later = _feed(api).json()["changes"]
    assert [c for c in later if c not in normal] == first
    assert len(later) == len(normal)
    bad_id = first[0]["id"]
    single = api.get(f"/v1/products/{bad_id}")
    assert single.headers["sandbox-fault"] == "hostile-bad_item"
    assert "variants" not in single.json()
    others = [c["id"] for c in normal if c["entity"] == "product" and c["id"] != bad_id]
    assert "variants" in api.get(f"/v1/products/{others[0]}").json()
    _switch(admin, "")
    assert "variants" in api.get(f"/v1/products/{bad_id}").json()
    assert _feed(api).json()["changes"] == normal


def test_hostile_path_picks_another_route_and_errors_pass_intact(shop):
    sandbox, api, admin = shop
    _switch(admin, "hostile=empty,hostile_path=/v1/carriers,hostile_times=1")
    assert "sandbox-fault" not in _feed(api).headers
    refused = requests.get(f"{sandbox.url}/v1/carriers", timeout=10)  # no token: a 401
    assert refused.status_code == 401 and refused.json()["status"] == 401
    assert api.get("/v1/carriers").content == b""
    assert api.get("/v1/carriers").json()  # the one hostile reply was used up


@pytest.mark.parametrize("spec", [
    "hostile=nonsense", "hostile=wrong_types,hostile_path=/v1/orders",
    "hostile_times=2", "hostile=empty,hostile_path=/admin/faults", "hostile=empty,hostile_times=0",
])
def test_bad_hostile_specs_are_refused(shop, spec: str):
    _, _, admin = shop
    answer = admin.put("/admin/faults", json={"spec": spec})
    assert answer.status_code == 422, answer.text
    assert admin.get("/admin/faults").json()["active"] is False


def test_hostile_spec_round_trips_through_its_description():
    spec = FaultSpec.parse("hostile_times=3,hostile=empty,hostile_path=/v1/carriers")
    assert spec.describe() == "hostile=empty,hostile_path=/v1/carriers,hostile_times=3"
    assert FaultSpec.parse(spec.describe()) == spec
    assert FaultSpec.parse("hostile=bad_item").active
