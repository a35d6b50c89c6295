"""Idempotency-Key: replays, reuse with another body, requests still running, expiry."""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlparse

import requests
from sandbox_client import Api, StartSandbox, problem_type, product_body


def test_a_repeat_returns_the_original_answer_and_creates_one_object(api: Api):
    body = product_body("IDEM")
    first = api.post("/v1/products", json=body, key="key-1")
    again = api.post("/v1/products", json=body, key="key-1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["etag"] == first.headers["etag"]
    assert again.headers["idempotent-replayed"] == "true"
    assert len(api.get("/v1/products").json()["items"]) == 1


def test_the_same_request_is_recognised_whatever_its_json_layout(api: Api):
    body = product_body("LAYOUT")
    first = api.post("/v1/products", json=body, key="k")
    spaced = json.dumps(dict(reversed(list(body.items()))), indent=2)
    again = api.post(
        "/v1/products", data=spaced, key="k", headers={"Content-Type": "application/json"}
    )
    assert again.status_code == 201 and again.json()["id"] == first.json()["id"]


def test_reusing_a_key_for_another_request_is_422(api: Api):
    assert api.post("/v1/products", json=product_body("ONE"), key="k2").status_code == 201
    other = api.post("/v1/products", json=product_body("TWO"), key="k2")
    assert other.status_code == 422 and problem_type(other) == "idempotency-key-reused"
    other_path = api.post(
        "/v1/inventory/batch", json={"items": [{"sku": "ONE-0", "adjust": 1}]}, key="k2"
    )
    assert other_path.status_code == 422


def test_every_post_needs_a_key(api: Api):
    answer = requests.post(
        f"{api.url}/v1/products", json=product_body("NOKEY"), headers=api.tokens.headers, timeout=10
    )
    assert answer.status_code == 400 and problem_type(answer) == "idempotency-key-required"


def test_keys_belong_to_their_client(sandbox):
    one, two = Api(sandbox.url, sandbox.token("one")), Api(sandbox.url, sandbox.token("two"))
    assert one.post("/v1/products", json=product_body("C1"), key="shared").status_code == 201
    assert two.post("/v1/products", json=product_body("C2"), key="shared").status_code == 201


def test_a_failed_request_is_not_stored_and_may_be_retried(api: Api):
    body = {"items": [{"sku": "LATER-0", "adjust": 2}]}
    bad = api.post("/v1/products", json={**product_body("LATER"), "main_language": "xx"}, key="k3")
    assert bad.status_code == 422
    fixed = api.post("/v1/products", json=product_body("LATER"), key="k3")
    assert fixed.status_code == 201  # the failed attempt did not claim the key
    assert api.post("/v1/inventory/batch", json=body, key="k4").json()["results"][0]["ok"]


def test_a_key_still_running_gets_409(sandbox, api: Api, admin: Api):
    """The first request is held mid-upload on a raw socket: it is running, surely and for as
    long as the test likes, so the second one must be refused with 409."""
    body = json.dumps(product_body("SLOW")).encode()
    url = urlparse(sandbox.url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as slow:
        head = (
            f"POST /v1/products HTTP/1.1\r\nHost: {url.netloc}\r\n"
            f"Authorization: Bearer {api.tokens.access_token}\r\nIdempotency-Key: busy\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        slow.sendall(head + body[:10])
        deadline = time.monotonic() + 10
        while not admin.get("/admin/idempotency/in-flight").json():
            assert time.monotonic() < deadline, "the slow request never started"
            time.sleep(0.01)
        running = api.post(
            "/v1/products", data=body, key="busy", headers={"Content-Type": "application/json"}
        )
        assert running.status_code == 409 and problem_type(running) == "idempotency-in-flight"
        assert running.json()["retryable"] is True and running.headers["retry-after"]
        slow.sendall(body[10:])
        reply = slow.makefile("rb").readline()
        assert reply.startswith(b"HTTP/1.1 201")
    replay = api.post(
        "/v1/products", data=body, key="busy", headers={"Content-Type": "application/json"}
    )
    assert replay.status_code == 201 and replay.headers["idempotent-replayed"] == "true"
    assert len(api.get("/v1/products").json()["items"]) == 1


def test_keys_expire(start: StartSandbox):
    sandbox = start(idempotency_ttl=0.3)
    api = Api(sandbox.url, sandbox.token())
    assert api.post("/v1/products", json=product_body("E1"), key="old").status_code == 201
    deadline = time.monotonic() + 10
    while (
        answer := api.post("/v1/products", json=product_body("E2"), key="old")
    ).status_code == 422:
        assert time.monotonic() < deadline, "the key never expired"
        time.sleep(0.05)
    assert answer.status_code == 201 and "idempotent-replayed" not in answer.headers


def test_patch_and_delete_may_carry_a_key(api: Api):
    product = api.create_product("PK")
    path = f"/v1/products/{product['id']}"
    first = api.patch(path, json={"brand": "R"}, if_match=1, key="p1")
    again = api.patch(path, json={"brand": "R"}, if_match=1, key="p1")
    assert first.status_code == again.status_code == 200 and again.json() == first.json()
    assert api.delete(path, if_match=2, key="d1").status_code == 204
    assert api.delete(path, if_match=2, key="d1").status_code == 204
