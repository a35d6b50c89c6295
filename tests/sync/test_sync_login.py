"""Logging in from the window: the marketplace's page in the browser, the code back on a
loopback port, PKCE; against the sandbox on this machine, no browser at all."""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from sellerdesk.marketplaces.rest import RestMarketplace, TokenSource
from sellerdesk.sandbox.embedded import RunningSandbox
from sellerdesk.sync.account_messages import AccountError
from sellerdesk.sync.addresses import origin
from sellerdesk.sync.login import AliExpressLogin, browser_login, is_local
from sellerdesk.sync.oauth_redirect import LoginFailed, LoopbackRedirect


def _works(sandbox: RunningSandbox, tokens: dict[str, Any]) -> bool:
    market = RestMarketplace(sandbox.url, TokenSource(lambda: tokens["access_token"],
                                                      lambda: tokens["access_token"]))
    try:
        return market.changes(None) is not None
    finally:
        market.close()


def test_the_sandbox_logs_in_without_a_browser(sandbox: RunningSandbox) -> None:
    opened: list[str] = []
    tokens = browser_login(sandbox.url, lambda page: opened.append(page) or True, timeout=20)
    assert opened == []
    assert set(tokens) == {"access_token", "refresh_token", "expires_at", "issued_for"}
    assert tokens["issued_for"] == origin(sandbox.url)  # the address the token belongs to
    assert _works(sandbox, tokens)


def test_a_marketplace_elsewhere_logs_in_through_the_browser(sandbox: RunningSandbox) -> None:
    """A stand-in browser follows the login page's redirect, as the owner's browser would."""
    pages: list[str] = []

    def browser(page: str) -> bool:
        pages.append(page)
        threading.Thread(target=requests.get, args=(page,), kwargs={"timeout": 10},
                         daemon=True).start()
        return True

    tokens = browser_login(sandbox.url, browser, timeout=20, automatic=False)
    [page] = pages
    query = parse_qs(urlsplit(page).query)
    assert query["code_challenge_method"] == ["S256"] and query["state"][0]
    assert urlsplit(query["redirect_uri"][0]).hostname == "127.0.0.1"
    assert _works(sandbox, tokens)


def test_no_browser_is_a_clear_failure(sandbox: RunningSandbox) -> None:
    with pytest.raises(LoginFailed, match="No web browser"):
        browser_login(sandbox.url, lambda _page: False, timeout=5, automatic=False)


def test_an_answer_from_another_login_is_refused() -> None:
    with LoopbackRedirect() as redirect:
        stranger = requests.get(redirect.redirect_uri, params={"code": "x", "state": "forged"},
                                timeout=5)
        assert stranger.status_code == 400
        ours = requests.get(redirect.redirect_uri,
                            params={"code": "the-code", "state": redirect.state}, timeout=5)
        assert ours.status_code == 200 and "connected" in ours.text
        assert redirect.wait(5) == "the-code"


def test_a_refused_login_and_a_cancelled_one_say_so() -> None:
    with LoopbackRedirect() as redirect:
        requests.get(redirect.redirect_uri, timeout=5,
                     params={"error": "access_denied", "state": redirect.state})
        with pytest.raises(LoginFailed, match="access_denied"):
            redirect.wait(5)
    cancelled = threading.Event()
    cancelled.set()
    with LoopbackRedirect() as redirect, pytest.raises(LoginFailed, match="cancelled"):
        redirect.wait(60, cancelled)


def test_aliexpress_logs_in_through_the_browser_with_its_app_key(
        sandbox: RunningSandbox) -> None:
    creds = sandbox.aliexpress_credentials()
    login = AliExpressLogin(creds["base_url"], creds["app_key"], creds["app_secret"],
                            automatic=False)
    try:
        query = parse_qs(urlsplit(login.page).query)
        assert urlsplit(login.page).path == "/aliexpress/oauth/authorize"
        assert query["client_id"] == [creds["app_key"]]
        threading.Thread(target=requests.get, args=(login.page,), kwargs={"timeout": 10},
                         daemon=True).start()  # the owner's browser, allowing SellerDesk
        tokens = login.finish(timeout=20)
    finally:
        login.close()
    assert tokens["app_key"] == creds["app_key"] and tokens["access_token"]
    assert tokens["user_nick"] == creds["user_nick"]


def test_aliexpress_with_a_wrong_secret_is_refused_plainly(sandbox: RunningSandbox) -> None:
    creds = sandbox.aliexpress_credentials()
    login = AliExpressLogin(creds["base_url"], creds["app_key"], "not-the-secret")
    try:
        login.approve_here()
        with pytest.raises(LoginFailed, match="AliExpress refused the login"):
            login.finish(timeout=20)
    finally:
        login.close()


def test_a_marketplace_elsewhere_over_plain_http_is_refused_before_any_request() -> None:
    """The login code and tokens would cross the network in clear: no browser, no request."""
    opened: list[str] = []
    with pytest.raises(AccountError, match="not a secure address") as caught:
        browser_login("http://marketplace.example", lambda page: opened.append(page) or True,
                      timeout=5, automatic=False)
    assert opened == [] and caught.value.code == "insecure_address"


def test_this_computer_is_any_loopback_address() -> None:
    assert is_local("http://127.0.0.2:8000") and is_local("http://[::1]:9") \
        and is_local("http://localhost:1")
    assert not is_local("http://127.example.com") and not is_local("https://10.0.0.1")
