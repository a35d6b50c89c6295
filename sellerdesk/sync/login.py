"""Logging in to a marketplace from the window: the owner's browser, a loopback redirect, PKCE.

The window cannot show the marketplace's login page itself (the owner's saved passwords and
two-factor prompts live in the browser), so the page opens there and comes back to a port on
127.0.0.1 (see `oauth_redirect`). PKCE (RFC 7636) binds the code to this login, so a code seen
by another program on the machine is useless to it. A marketplace on this machine (the sandbox)
approves at once: its redirect is followed here, without a browser. A marketplace elsewhere
must be reached over https: the login code and the tokens would otherwise cross the network
in clear (`accounts.require_secure`).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import requests

from sellerdesk.errors import SellerDeskError
from sellerdesk.marketplaces.base import MarketplaceError
from sellerdesk.marketplaces.network_words import describe
from sellerdesk.marketplaces.rest import TIMEOUT
from sellerdesk.sync.accounts import CLIENT_ID, aliexpress_tokens, grant, require_secure
from sellerdesk.sync.addresses import is_loopback
from sellerdesk.sync.oauth_redirect import LoginFailed, LoopbackRedirect

LOGIN_TIMEOUT = 600.0  # seconds the owner has to log in on the marketplace's page


def is_local(url: str) -> bool:
    """A marketplace on this machine (127.0.0.0/8, ::1, localhost): the sandbox, which logs
    in without a browser."""
    return is_loopback(url)


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class BrowserLogin:
    """One login: `page` is the marketplace's login page to open; `finish` waits (in a worker
    thread) for the browser to come back and trades the code for tokens. Close it after.
    This one speaks OAuth 2.0 with PKCE, as the SellerDesk API (the sandbox) does."""

    marketplace = "rest"

    def __init__(self, url: str, *, automatic: bool | None = None) -> None:
        self.base = url.rstrip("/")
        self.automatic = is_local(self.base) if automatic is None else automatic
        self._verifier = secrets.token_urlsafe(48)
        self._http = requests.Session()
        self._redirect = LoopbackRedirect()
        self.page = f"{self.base}/oauth/authorize?" + urlencode(self._page_params())

    def _page_params(self) -> dict[str, str]:
        return {"response_type": "code", "client_id": CLIENT_ID,
                "redirect_uri": self._redirect.redirect_uri, "state": self._redirect.state,
                "code_challenge": _challenge(self._verifier), "code_challenge_method": "S256"}

    def _exchange(self, code: str) -> dict[str, Any]:
        return grant(self.base, {"grant_type": "authorization_code", "code": code,
                                 "client_id": CLIENT_ID,
                                 "redirect_uri": self._redirect.redirect_uri,
                                 "code_verifier": self._verifier}, self._http)

    def approve_here(self) -> None:
        """For a marketplace that approves at once (the sandbox): follow its redirect here."""
        require_secure(self.base)
        try:
            self._http.get(self.page, timeout=TIMEOUT).raise_for_status()
        except requests.RequestException as exc:
            raise SellerDeskError(describe(exc, self.base)) from exc

    def finish(self, cancelled: threading.Event | None = None,
               timeout: float = LOGIN_TIMEOUT) -> dict[str, Any]:
        """Wait for the browser's redirect and trade its code; raises AccountError at once for
        an address that is not https (nothing is traded over plain http off this machine)."""
        require_secure(self.base)
        return self._exchange(self._redirect.wait(timeout, cancelled))

    def close(self) -> None:
        self._redirect.close()
        self._http.close()


class AliExpressLogin(BrowserLogin):
    """AliExpress's seller authorisation: the app key as client id, the code traded at
    /auth/token/create with a signed call (no PKCE on that platform)."""

    marketplace = "aliexpress"

    def __init__(self, url: str, app_key: str, app_secret: str, *,
                 automatic: bool | None = None) -> None:
        self.app_key, self.app_secret = app_key, app_secret
        super().__init__(url, automatic=automatic)

    def _page_params(self) -> dict[str, str]:
        return {"response_type": "code", "client_id": self.app_key,
                "redirect_uri": self._redirect.redirect_uri, "state": self._redirect.state}

    def _exchange(self, code: str) -> dict[str, Any]:
        try:
            return aliexpress_tokens(self.base, self.app_key, self.app_secret, code)
        except MarketplaceError as exc:
            raise LoginFailed(f"AliExpress refused the login: {exc}") from exc


def browser_login(url: str, open_page: Callable[[str], bool], *,
                  cancelled: threading.Event | None = None, timeout: float = LOGIN_TIMEOUT,
                  automatic: bool | None = None) -> dict[str, Any]:
    """Tokens for the marketplace at `url`, in one blocking call; `open_page` shows the login
    page in the browser (it returns False when no browser could be opened). `automatic`
    follows the approval here instead; by default it does for a marketplace on this machine."""
    require_secure(url)
    login = BrowserLogin(url, automatic=automatic)
    try:
        if login.automatic:
            login.approve_here()
        elif not open_page(login.page):
            raise LoginFailed("No web browser could be opened for the marketplace's login.")
        return login.finish(cancelled, timeout)
    finally:
        login.close()
