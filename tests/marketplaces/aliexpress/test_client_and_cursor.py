"""Error envelopes → the engine's four kinds; the cursor's windows and de-duplication."""

from __future__ import annotations

from sellerdesk.marketplaces.aliexpress.client import error_of
from sellerdesk.marketplaces.aliexpress.cursor import FIRST_ORDER_TIME, Cursor, Scan
from sellerdesk.marketplaces.base import ErrorKind, NotFound


def _top(code: str, sub_code: str = "", sub_msg: str = "") -> dict[str, object]:
    return {"error_response": {"code": code, "msg": "m", "sub_code": sub_code,
                               "sub_msg": sub_msg}}


def test_error_kinds() -> None:
    ban = error_of(_top("7", "isp.call-limited", "This ban will last for 17 more seconds"))
    assert ban is not None and (ban.kind, ban.retry_after, ban.status) == \
        (ErrorKind.RETRYABLE, 17.0, 429)
    auth = error_of(_top("IllegalAccessToken"))
    assert auth is not None and auth.kind == ErrorKind.AUTH
    iop_auth = error_of({"type": "ISV", "code": "IllegalRefreshToken", "message": "x"})
    assert iop_auth is not None and iop_auth.kind == ErrorKind.AUTH
    isp = error_of(_top("15", "isp.service-error"))
    assert isp is not None and isp.kind == ErrorKind.RETRYABLE
    system = error_of({"type": "SYSTEM", "code": "ServiceUnavailable", "message": "x"})
    assert system is not None and system.kind == ErrorKind.RETRYABLE
    rejected = error_of(_top("15", "isv.duplicate-sku", "SKU X exists"))
    assert rejected is not None and rejected.kind == ErrorKind.REJECTED
    assert "SKU X exists" in rejected.message
    audit = error_of(_top("15", "isv.product-auditing", "audited for about 12 more second(s)"))
    assert audit is not None and (audit.kind, audit.retry_after) == (ErrorKind.RETRYABLE, 12)
    assert isinstance(error_of(_top("15", "isv.product-not-exist")), NotFound)
    assert error_of({"code": "0", "access_token": "t", "type": "ISV"}) is None
    assert error_of({"x_response": {"result": {}}}) is None


def test_windows_overlap_and_dedup() -> None:
    cursor = Cursor()
    first = cursor.open_window(1_800_000_000.7, overlap=300)
    assert (first.start, first.end) == (FIRST_ORDER_TIME, 1_800_000_000)
    cursor.orders_seen["A"] = "2027-01-15 00:00:00"
    cursor.close_window(300)
    second = cursor.open_window(1_800_000_100.2, overlap=300)
    assert (second.start, second.end) == (1_800_000_000 - 300, 1_800_000_100)
    assert not cursor.fresh("A", "2027-01-15 00:00:00")  # same state: not again
    assert cursor.fresh("A", "2027-01-15 00:00:05")  # modified since: again
    assert cursor.fresh("B", "2027-01-15 00:00:00")


def test_round_trip_and_no_scan_inside_a_window() -> None:
    cursor = Cursor(known={"p1": "2027-01-01 00:00:00"}, skus={"S": "p1"},
                    scan=Scan(status=1, page=2, seen=["p1"], started=5.0))
    again = Cursor.decode(cursor.encode())
    assert again == cursor
    assert not again.scan_due(100.0, 0)  # a scan is running
    again.scan = None
    again.open_window(100.0, 60)
    assert not again.scan_due(100.0, 0)  # the pass is reading orders
    again.close_window(60)
    assert again.scan_due(100.0, 0)
    assert not Cursor(last_scan=90.0).scan_due(100.0, 60)


def test_the_adapter_has_every_protocol_method() -> None:
    import inspect

    from sellerdesk.marketplaces.aliexpress import AliExpressMarketplace
    from sellerdesk.marketplaces.base import Marketplace

    wanted = {name for name, value in vars(Marketplace).items()
              if inspect.isfunction(value) and not name.startswith("_")}
    assert wanted and all(callable(getattr(AliExpressMarketplace, name, None))
                          for name in wanted), wanted
    assert AliExpressMarketplace.limits.page_size < 100
