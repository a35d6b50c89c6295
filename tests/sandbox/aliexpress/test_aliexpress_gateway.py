"""The gateway's protocol checks over real HTTP: signature, timestamp, token, ban and quota."""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from sellerdesk.sandbox import clock
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox(seed="empty", admin=True, audit_delay=0.0) as running:
        yield running


def _signed(creds: dict[str, str], params: dict[str, str], path: str = "") -> dict[str, str]:
    text = path + "".join(f"{k}{params[k]}" for k in sorted(params))
    sign = hmac.new(creds["app_secret"].encode(), text.encode(), hashlib.sha256)
    return params | {"sign": sign.hexdigest().upper()}


def _call(sandbox: RunningSandbox, method: str, **extra: str) -> dict[str, Any]:
    creds = sandbox.aliexpress_credentials()
    params = {"app_key": creds["app_key"], "timestamp": str(int(time.time() * 1000)),
              "sign_method": "sha256", "method": method, "access_token":
              creds["access_token"], **extra}
    answer = requests.post(creds["base_url"] + "/sync", data=_signed(creds, params),
                           timeout=10)
    assert answer.status_code == 200
    return answer.json()


def test_signed_call_works_and_session_is_accepted_too(sandbox: RunningSandbox) -> None:
    reply = _call(sandbox, "aliexpress.logistics.redefining.listlogisticsservice")
    services = reply["aliexpress_logistics_redefining_listlogisticsservice_response"]
    assert {"gls", "dhl"} <= {s["service_name"] for s in services["result"]["result_list"]}


def test_wrong_signature_is_incomplete_signature(sandbox: RunningSandbox) -> None:
    creds = sandbox.aliexpress_credentials()
    params = _signed(creds, {"app_key": creds["app_key"], "sign_method": "sha256",
                             "timestamp": str(int(time.time() * 1000)),
                             "method": "aliexpress.solution.order.get"})
    params["method"] = "aliexpress.solution.product.list.get"  # changed after signing
    body = requests.post(creds["base_url"] + "/sync", data=params, timeout=10).json()
    assert body["error_response"]["code"] == "IncompleteSignature"


def test_timestamp_more_than_two_hours_off_is_refused(sandbox: RunningSandbox) -> None:
    old = str(int((time.time() - 7300) * 1000))
    body = _call(sandbox, "aliexpress.solution.order.get", timestamp=old)
    assert body["error_response"]["code"] == "InvalidTimestamp"


def test_rest_token_create_signs_the_path(sandbox: RunningSandbox) -> None:
    creds = sandbox.aliexpress_credentials()
    code = requests.get(creds["base_url"] + "/oauth/authorize", timeout=10, params={
        "response_type": "code", "client_id": creds["app_key"]}).json()["code"]
    params = {"app_key": creds["app_key"], "timestamp": str(int(time.time() * 1000)),
              "sign_method": "sha256", "code": code}
    unsigned_path = requests.post(creds["base_url"] + "/rest/auth/token/create",
                                  data=_signed(creds, params), timeout=10).json()
    assert unsigned_path["code"] == "IncompleteSignature"
    granted = requests.post(creds["base_url"] + "/rest/auth/token/create",
                            data=_signed(creds, params, "/auth/token/create"), timeout=10).json()
    assert granted["code"] == "0" and granted["seller_id"] == creds["seller_id"]
    assert {"access_token", "refresh_token", "expires_in", "refresh_expires_in",
            "user_nick"} <= set(granted)


def test_ban_lasts_the_seconds_it_says(sandbox: RunningSandbox,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    requests.put(sandbox.url + "/aliexpress/admin/limits", timeout=10,
                 json={"rate": 1, "burst": 3, "ban_seconds": 30})
    now = [1_900_000_000.0]
    monkeypatch.setattr(clock, "now", lambda: now[0])
    method = "aliexpress.logistics.redefining.listlogisticsservice"
    stamp = str(int(now[0] * 1000))
    for _ in range(3):
        assert "error_response" not in _call(sandbox, method, timestamp=stamp)
    banned = _call(sandbox, method, timestamp=stamp)["error_response"]
    assert (banned["code"], banned["msg"]) == ("7", "App Call Limited")
    assert banned["sub_msg"] == "This ban will last for 30 more seconds"
    now[0] += 29
    assert _call(sandbox, method, timestamp=stamp)["error_response"]["sub_msg"] \
        == "This ban will last for 1 more seconds"
    now[0] += 1
    assert "error_response" not in _call(sandbox, method, timestamp=stamp)


def test_daily_quota(sandbox: RunningSandbox) -> None:
    requests.put(sandbox.url + "/aliexpress/admin/limits", timeout=10, json={"daily_quota": 2})
    method = "aliexpress.logistics.redefining.listlogisticsservice"
    _call(sandbox, method)
    _call(sandbox, method)
    error = _call(sandbox, method)["error_response"]
    assert error["code"] == "7" and "more seconds" in error["sub_msg"]


def test_credentials_are_fixed_per_file(tmp_path: Any) -> None:
    path = tmp_path / "shop.db"
    with start_sandbox(seed="empty", data=path) as first:
        one = first.aliexpress_credentials()
    with start_sandbox(seed="empty", data=path) as second:
        two = second.aliexpress_credentials()
    assert {k: v for k, v in one.items() if k != "base_url"} == \
        {k: v for k, v in two.items() if k != "base_url"}
