"""Signing vectors computed by hand with hmac, independently of the signer under test."""

from __future__ import annotations

import hashlib
import hmac

from sellerdesk.marketplaces.aliexpress.signing import sign


def test_business_method_vector() -> None:
    params = {"method": "aliexpress.solution.product.info.get", "app_key": "12345678",
              "timestamp": "1700000000000", "sign_method": "sha256", "product_id": "100",
              "session": "tok", "sign": "ignored"}
    by_hand = ("app_key12345678methodaliexpress.solution.product.info.getproduct_id100"
               "sessiontoksign_methodsha256timestamp1700000000000")
    expected = hmac.new(b"secret", by_hand.encode(), hashlib.sha256).hexdigest().upper()
    assert sign(params, "secret") == expected
    assert expected == expected.upper() and len(expected) == 64


def test_rest_path_goes_in_front() -> None:
    params = {"app_key": "500001", "code": "abc", "sign_method": "sha256",
              "timestamp": "1700000000000"}
    by_hand = "/auth/token/createapp_key500001codeabcsign_methodsha256timestamp1700000000000"
    expected = hmac.new(b"S3CR3T", by_hand.encode(), hashlib.sha256).hexdigest().upper()
    assert sign(params, "S3CR3T", "/auth/token/create") == expected
    assert sign(params, "S3CR3T") != expected


def test_files_are_left_out_and_order_is_ascii() -> None:
    params = {"b": "2", "B": "1", "a": "3", "image_bytes": "<binary>"}
    by_hand = "B1a3b2"  # ASCII: upper case sorts first
    expected = hmac.new(b"k", by_hand.encode(), hashlib.sha256).hexdigest().upper()
    assert sign(params, "k") == expected


def test_utf8_values() -> None:
    by_hand = "subjectBorsa in pelle · cuoio"
    expected = hmac.new(b"k", by_hand.encode("utf-8"), hashlib.sha256).hexdigest().upper()
    assert sign({"subject": "Borsa in pelle · cuoio"}, "k") == expected
