"""Out-of-range and malformed numbers reach the gateway as its own business error, never a 500.

The gateway is not in the OpenAPI document, so its numeric parameters are listed here: page
numbers and sizes, prices, stock levels, weights and package sizes, shipped quantities and the
timestamp. Every one gets the values SQLite cannot store, and a few that are not numbers at all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox

BIG: list[Any] = [2**63, -(2**63) - 1, 10**30, "1e40", "Infinity", "NaN", "abc"]


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox(seed="empty", admin=True, audit_delay=0.0, rate_limit=10_000.0,
                       rate_burst=10_000) as running:
        requests.put(running.url + "/aliexpress/admin/limits", timeout=10,
                     json={"rate": 10_000, "burst": 10_000})
        yield running


def _send(sandbox: RunningSandbox, method: str, **extra: str) -> requests.Response:
    creds = sandbox.aliexpress_credentials()
    params = {"app_key": creds["app_key"], "timestamp": str(int(time.time() * 1000)),
              "sign_method": "sha256", "method": method,
              "access_token": creds["access_token"], **extra}
    text = "".join(f"{k}{params[k]}" for k in sorted(params))
    params["sign"] = hmac.new(creds["app_secret"].encode(), text.encode(),
                              hashlib.sha256).hexdigest().upper()
    return requests.post(creds["base_url"] + "/sync", data=params, timeout=10)


def _result(answer: requests.Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert "error_response" not in body, body
    return next(v for k, v in body.items() if k.endswith("_response"))["result"]


def _refused(answer: requests.Response) -> dict[str, Any]:
    """The gateway's own envelope, inside HTTP 200, as a parameter error."""
    assert answer.status_code == 200, answer.text
    error = answer.json()["error_response"]
    assert error["sub_code"] in ("isv.param-invalid", "MissingTimestamp", "InvalidTimestamp"), error
    return error


def _sku(price: Any = "12.50", inventory: Any = 3, **more: Any) -> dict[str, Any]:
    return {"sku_code": "NUM-1", "price": price, "inventory": inventory,
            "sku_attributes": {"Colore": "Blu"}, **more}


def _post_request(**change: Any) -> dict[str, Any]:
    request = {"language": "it_IT", "product_status_type": "onSelling",
               "subject_list": [{"locale": "it_IT", "subject": "Borsa"}],
               "sku_info_list": [_sku()], "weight": "1.2", "package_length": 10,
               "package_width": 10, "package_height": 10}
    return request | change


@pytest.fixture
def product_id(sandbox: RunningSandbox) -> str:
    answer = _send(sandbox, "aliexpress.solution.product.post",
                   post_product_request=json.dumps(_post_request()))
    return str(_result(answer)["product_id"])


def _info(sandbox: RunningSandbox, product_id: str) -> dict[str, Any]:
    return _result(_send(sandbox, "aliexpress.solution.product.info.get", product_id=product_id))


Case = Callable[[Any, dict[str, Any]], dict[str, str]]
"""Parameters for a value, given the product as product.info.get shows it."""

REFUSED_WHOLE: dict[str, tuple[str, Case]] = {
    "list page": ("aliexpress.solution.product.list.get", lambda v, _p: {
        "aeop_a_e_product_list_query": json.dumps(
            {"product_status_type": "onSelling", "current_page": v})}),
    "list size": ("aliexpress.solution.product.list.get", lambda v, _p: {
        "aeop_a_e_product_list_query": json.dumps(
            {"product_status_type": "onSelling", "page_size": v})}),
    "order page": ("aliexpress.solution.order.get", lambda v, _p: {
        "param0": json.dumps({"current_page": v})}),
    "order size": ("aliexpress.solution.order.get", lambda v, _p: {
        "param0": json.dumps({"page_size": v})}),
    "post price": ("aliexpress.solution.product.post", lambda v, _p: {
        "post_product_request": json.dumps(_post_request(sku_info_list=[_sku(price=v)]))}),
    "post stock": ("aliexpress.solution.product.post", lambda v, _p: {
        "post_product_request": json.dumps(_post_request(sku_info_list=[_sku(inventory=v)]))}),
    "post weight": ("aliexpress.solution.product.post", lambda v, _p: {
        "post_product_request": json.dumps(_post_request(weight=v))}),
    "post size": ("aliexpress.solution.product.post", lambda v, _p: {
        "post_product_request": json.dumps(_post_request(package_length=v))}),
    "edit weight": ("aliexpress.solution.product.edit", lambda v, p: {
        "edit_product_request": json.dumps({"product_id": p["product_id"], "weight": v})}),
    "edit size": ("aliexpress.solution.product.edit", lambda v, p: {
        "edit_product_request": json.dumps({"product_id": p["product_id"], "package_length": v,
                                            "package_width": 1, "package_height": 1})}),
    "edit sku price": ("aliexpress.solution.product.edit", lambda v, p: {
        "edit_product_request": json.dumps({"product_id": p["product_id"], "sku_info_list": [
            _sku(price=v, id=p["aeop_ae_product_s_k_us"][0]["id"])]})}),
}
"""Cases whose whole call is refused: (method, parameters for a value and a product id)."""

PER_PRODUCT: dict[str, tuple[str, Case]] = {
    "batch price": ("aliexpress.solution.batch.product.price.update", lambda v, p: {
        "mutiple_product_update_list": json.dumps([{"product_id": p["product_id"],
            "multiple_sku_update_list": [{"sku_code": "NUM-1", "price": v}]}])}),
    "batch stock": ("aliexpress.solution.batch.product.inventory.update", lambda v, p: {
        "mutiple_product_update_list": json.dumps([{"product_id": p["product_id"],
            "multiple_sku_update_list": [{"sku_code": "NUM-1", "inventory": v}]}])}),
}
"""Batch cases: the product fails in the per-product results, the call itself succeeds."""


@pytest.mark.parametrize("case", sorted(REFUSED_WHOLE))
def test_out_of_range_numbers_are_param_invalid(sandbox: RunningSandbox, product_id: str,
                                                case: str) -> None:
    method, build = REFUSED_WHOLE[case]
    before = _info(sandbox, product_id)
    for value in BIG:
        _refused(_send(sandbox, method, **build(value, before)))
    assert _info(sandbox, product_id) == before


@pytest.mark.parametrize("case", sorted(PER_PRODUCT))
def test_out_of_range_numbers_fail_their_product_in_a_batch(sandbox: RunningSandbox,
                                                            product_id: str, case: str) -> None:
    method, build = PER_PRODUCT[case]
    before = _info(sandbox, product_id)
    for value in BIG:
        result = _result(_send(sandbox, method, **build(value, before)))
        assert result["update_success"] is False
        assert result["update_failed_list"][0]["error_code"] == "isv.param-invalid", result
    assert _info(sandbox, product_id) == before


def test_out_of_range_shipped_quantity_is_param_invalid(sandbox: RunningSandbox,
                                                        product_id: str) -> None:
    placed = requests.post(sandbox.url + "/admin/orders", timeout=10,
                           json={"lines": [{"sku": "NUM-1", "quantity": 1}]}).json()
    requests.post(f"{sandbox.url}/admin/orders/{placed['id']}/pay", timeout=10)
    for value in BIG:
        lines = json.dumps([{"child_order_id": placed["lines"][0]["id"], "quantity": value}])
        _refused(_send(sandbox, "aliexpress.solution.order.fulfill", out_ref=placed["number"],
                       send_type="part", package_lines=lines, service_name="brt",
                       logistics_no="T12345"))


def test_out_of_range_timestamp_is_refused(sandbox: RunningSandbox) -> None:
    for value in BIG:
        _refused(_send(sandbox, "aliexpress.solution.order.get", timestamp=str(value)))


def test_admin_limits_out_of_range_are_422_and_change_nothing(sandbox: RunningSandbox) -> None:
    url = sandbox.url + "/aliexpress/admin/limits"
    before = requests.get(url, timeout=10).json()
    for value in [*BIG, -1, None, [1]]:
        for name in ("rate", "burst", "ban_seconds", "daily_quota"):
            answer = requests.put(url, json={name: value}, timeout=10)
            assert answer.status_code == 422, (name, value, answer.text)
    assert requests.get(url, timeout=10).json() == before
