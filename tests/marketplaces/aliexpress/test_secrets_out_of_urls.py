"""Tokens, the app secret and signatures never travel in a URL (issue #23).

URLs end up in proxy logs, server access logs and the app's own verbose HTTP logging; the form
body does not. Every request the adapter sends in a whole sync (pull, push of a new product, a
price, a stock movement, a shipment, a photo) and in both token calls is recorded here.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from PIL import Image

from sellerdesk.sandbox.embedded import RunningSandbox
from tests.marketplaces.aliexpress.aliexpress_helpers import GatewayClient
from tests.sync.sync_helpers import Server

FORBIDDEN_NAMES = ("access_token", "refresh_token", "app_secret", "sign", "session", "code")


class SentUrls:
    """The full URL of every request a session sends, reply or not."""

    def __init__(self, session: requests.Session) -> None:
        self.urls: list[str] = []
        send = session.send

        def recorded(request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
            self.urls.append(str(request.url))
            return send(request, **kwargs)

        session.send = recorded  # type: ignore[method-assign]


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), "green").save(out, "JPEG")
    return out.getvalue()


def _settle(client: GatewayClient) -> None:
    for _ in range(8):
        report = client.sync()
        if report.error is None and not report.pushed.sent and client.engine.status.pending == 0:
            return
    raise AssertionError(f"the shop never settled: {report.error!r}")


def test_no_token_secret_or_signature_in_any_url(
    sandbox: RunningSandbox, new_client: Callable[..., GatewayClient]
) -> None:
    server = Server(sandbox)
    server.create_product("URL-1", "Borsa", price=4_500, stock=7)
    order = server.place_order([("URL-1", 1)])
    client = new_client(sandbox)
    api = client.market.client
    sent = SentUrls(api.http)

    _settle(client)
    client.catalogue.update_variant("URL-1", {"price_minor": 4_900})
    client.catalogue.adjust_stock("URL-1", -1)
    client.create("URL-NEW", "Portafoglio", price=3_000, stock=4)
    client.orders.ship(order["number"], "gls", "GLS123")
    _settle(client)
    client.market.upload_media(_jpeg(), "a.jpg", "image/jpeg", "photo-1")
    assert api.tokens is not None
    fresh = api.tokens.refresh()  # POST /rest/auth/token/refresh with the refresh token
    creds = sandbox.aliexpress_credentials()
    code = requests.get(creds["base_url"] + "/oauth/authorize", timeout=10, params={
        "response_type": "code", "client_id": creds["app_key"]}).json()["code"]
    granted = api.auth("/auth/token/create", {"code": code})
    assert server.variant("URL-1")["price"]["amount_minor"] == 4_900  # the calls all worked

    secrets = {creds["app_secret"], creds["access_token"], creds["refresh_token"], fresh, code,
               str(granted["access_token"]), str(granted["refresh_token"])}
    paths = {urlsplit(url).path for url in sent.urls}
    assert {p for p in paths if "/rest/" in p} == {"/aliexpress/rest/auth/token/refresh",
                                                   "/aliexpress/rest/auth/token/create"}
    assert len(sent.urls) > 10
    for url in sent.urls:
        query = urlsplit(url).query
        assert not set(parse_qs(query)) & set(FORBIDDEN_NAMES), url
        assert not any(name in query for name in FORBIDDEN_NAMES), url
        assert not any(secret in url for secret in secrets), url
