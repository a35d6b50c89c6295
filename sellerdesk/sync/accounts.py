"""Marketplace accounts: connecting (OAuth), tokens that refresh themselves, adapters.

The account row holds what is not secret (name, marketplace, URL); the tokens go to the
keyring through `SecretStore`. A refused refresh marks the account as needing a new login.

A token goes only to the address that issued it (`secrets.ISSUED_FOR`), whatever the database
says: a database can come from a restored backup, and a backup can be edited. So before each
use the token's own address, the adapter's address and the account row's address must agree;
otherwise nothing is sent, the account is marked as needing a new login, and the error says
why. Logins are made over https only, except with a marketplace on this computer.
"""

from __future__ import annotations

import time
from typing import Any

import requests
from sqlalchemy import select

from sellerdesk.errors import NotFoundError, SellerDeskError
from sellerdesk.marketplaces.base import ErrorKind, Marketplace, MarketplaceError
from sellerdesk.marketplaces.network_words import unreachable
from sellerdesk.marketplaces.rest import TIMEOUT, RestMarketplace, TokenSource
from sellerdesk.secrets import ISSUED_FOR, SecretStore, bind, issued_for
from sellerdesk.store import Database
from sellerdesk.store.models import Account, new_id
from sellerdesk.sync.account_messages import CONNECT_HINT, AccountError
from sellerdesk.sync.addresses import is_loopback, origin, secure_enough

CLIENT_ID = "sellerdesk"
EXPIRY_MARGIN = 30.0  # refresh this many seconds before the token would expire


def require_secure(url: str) -> None:
    """Raise AccountError for an address a login or token must not travel to in clear."""
    if not secure_enough(url):
        raise AccountError("insecure_address", url)


def grant(url: str, data: dict[str, str], http: requests.Session) -> dict[str, Any]:
    """Tokens from the marketplace's /oauth/token, recording the address that issued them."""
    require_secure(url)
    try:
        answer = http.post(f"{url.rstrip('/')}/oauth/token", data=data, timeout=TIMEOUT)
    except requests.RequestException as exc:
        raise unreachable(exc, url) from exc  # in words, never urllib3's own text
    if answer.status_code in (400, 401):
        raise MarketplaceError(ErrorKind.AUTH, "The marketplace refused the login.",
                               status=answer.status_code)
    if answer.status_code >= 400:
        raise MarketplaceError(ErrorKind.RETRYABLE,
                               f"The marketplace answered {answer.status_code}.",
                               status=answer.status_code)
    tokens = answer.json()
    return {
        "access_token": tokens["access_token"],
        "refresh_token": tokens["refresh_token"],
        "expires_at": time.time() + float(tokens.get("expires_in", 3600)),
        ISSUED_FOR: origin(url),
    }


def approved_code(url: str, client_id: str, http: requests.Session | None = None) -> str:
    """An authorization code from a marketplace that approves at once, without a browser (the
    sandbox's API and its AliExpress gateway answer /oauth/authorize with JSON). Raises what
    requests raises, or ValueError/KeyError for a reply without a code."""
    require_secure(url)
    answer = (http or requests).get(f"{url.rstrip('/')}/oauth/authorize", timeout=TIMEOUT,
                                    params={"response_type": "code", "client_id": client_id})
    answer.raise_for_status()
    return str(answer.json()["code"])


def authorize(url: str, http: requests.Session | None = None) -> dict[str, Any]:
    """The authorization-code flow. The sandbox approves at once; a real marketplace sends the
    owner to its login page in the browser and back with the code."""
    http = http or requests.Session()
    try:
        code = approved_code(url, CLIENT_ID, http)
    except (requests.RequestException, ValueError, KeyError) as exc:
        raise SellerDeskError(f"Cannot connect to the marketplace at {url}: {exc}") from exc
    return grant(url, {"grant_type": "authorization_code", "code": code,
                        "client_id": CLIENT_ID}, http)


def connect(database: Database, secrets: SecretStore, url: str, name: str = "") -> str:
    """Log in and remember the account (tokens in the keyring); returns the account id."""
    try:
        tokens = authorize(url)
    except MarketplaceError as exc:
        raise SellerDeskError(f"Cannot connect to the marketplace at {url}: {exc}") from exc
    return remember(database, secrets, url, tokens, name)


def remember(database: Database, secrets: SecretStore, url: str, tokens: dict[str, Any],
             name: str = "", *, marketplace: str = "rest") -> str:
    """Store the account for `url` (a new row, or the same one logged in again) and its tokens
    (in the keyring, never the database); returns the account id.

    The tokens go to the keyring first: a keyring that refuses them (the command line without
    one) leaves the database as it was, not an account whose login is lost."""
    url = url.rstrip("/")
    require_secure(url)
    if issued_for(tokens) not in (None, origin(url)):
        raise AccountError("address_changed", str(issued_for(tokens)), origin(url), CONNECT_HINT)
    tokens = bind(tokens, url)
    with database.read() as session:
        known = session.scalar(select(Account.id).where(Account.base_url == url))
    account_id = known or new_id()
    secrets.set(account_id, tokens)

    def work(session: Any) -> str:
        account = session.scalar(select(Account).where(Account.base_url == url))
        if account is None:
            account = Account(id=account_id, name=name or url, marketplace=marketplace,
                              base_url=url)
            session.add(account)
        account.needs_login = False
        if name:
            account.name = name
        session.flush()
        return str(account.id)

    stored = database.run_write(work)
    if stored != account_id:  # connected at the same moment by another program
        secrets.set(stored, tokens)
    return stored


def default_account(database: Database) -> Account:
    with database.read() as session:
        account = session.scalar(select(Account).order_by(Account.created_at).limit(1))
    if account is None:
        raise NotFoundError("No marketplace account is connected: run "
                            "`sellerdesk account connect --url URL` first.")
    return account


class AccountTokens(TokenSource):
    """Tokens of one account, refreshed before they expire and once more on a 401; never
    handed out for an address other than the one that issued them (see the module's doc)."""

    def __init__(self, database: Database, secrets: SecretStore, account: Account) -> None:
        self.database = database
        self.secrets = secrets
        self.account_id = account.id
        self.url = account.base_url.rstrip("/")
        self.http = requests.Session()
        super().__init__(self._current, self._refreshed)

    def _current(self) -> str:
        tokens = self._secret()
        if tokens["expires_at"] - EXPIRY_MARGIN < time.time():
            return self._refreshed()
        return str(tokens["access_token"])

    def _refreshed(self) -> str:
        tokens = self._secret()
        try:
            fresh = grant(self.url, {"grant_type": "refresh_token",
                                      "refresh_token": tokens["refresh_token"],
                                      "client_id": CLIENT_ID}, self.http)
        except MarketplaceError as error:
            if error.kind == ErrorKind.AUTH:
                self._needs_login()
            raise
        self.secrets.set(self.account_id, fresh)
        return str(fresh["access_token"])

    def _secret(self) -> dict[str, Any]:
        """The account's secret, if it may be sent to this adapter's address now; else the
        account is marked as needing a login and an AUTH error says why."""
        tokens = self.secrets.get(self.account_id)
        if tokens is None:
            self._needs_login()
            if not self.secrets.persistent:
                from sellerdesk.secrets import keyring_backend_name

                raise _login_error(AccountError("keyring_lost", keyring_backend_name()))
            raise MarketplaceError(ErrorKind.AUTH, "Log in to the marketplace again.")
        refusal = binding_problem(tokens, self.url) or self._moved()
        if refusal is not None:
            self._needs_login()
            raise _login_error(refusal)
        if issued_for(tokens) is None:  # an old login for this computer: bound from now on
            tokens = bind(tokens, self.url)
            self.secrets.set(self.account_id, tokens)
        return tokens

    def _moved(self) -> AccountError | None:
        """The account row as it is now (a restore may have replaced it under a running
        sync): it must still exist and point where this adapter sends."""
        with self.database.read() as session:
            now = session.scalar(select(Account.base_url).where(Account.id == self.account_id))
        if now is None:
            return AccountError("account_gone", CONNECT_HINT)
        if now.rstrip("/") != self.url:
            return AccountError("address_changed", origin(self.url) or self.url,
                                origin(now) or now, CONNECT_HINT)
        return None

    def _needs_login(self) -> None:
        mark_needs_login(self.database, self.account_id)


def _login_error(error: AccountError) -> MarketplaceError:
    return MarketplaceError(ErrorKind.AUTH, str(error), code=error.code)


def mark_needs_login(database: Database, account_id: str) -> None:
    def work(session: Any) -> None:
        account = session.get(Account, account_id)
        if account is not None and not account.needs_login:
            account.needs_login = True

    database.run_write(work)


def binding_problem(secret: dict[str, Any], url: str) -> AccountError | None:
    """Why `secret` must not be sent to `url`, or None. A secret that records no address (saved
    by an older SellerDesk) may go only to this computer: elsewhere it needs a new login."""
    if not secure_enough(url):
        return AccountError("insecure_address", url)
    issuer = issued_for(secret)
    if issuer is None:
        return None if is_loopback(url) else AccountError("unbound_login", origin(url),
                                                          CONNECT_HINT)
    if issuer != origin(url):
        return AccountError("address_changed", issuer, origin(url), CONNECT_HINT)
    return None


def adapter_for(database: Database, secrets: SecretStore, account: Account) -> Marketplace:
    """The adapter for `account`. Its token source refuses to hand the account's token to any
    address but the one that issued it; an account already found in that state is marked as
    needing a new login here, so the window shows it before the first pass."""
    secret = secrets.get(account.id)
    if secret is not None and binding_problem(secret, account.base_url) is not None:
        mark_needs_login(database, account.id)
    if account.marketplace == "aliexpress":
        return _aliexpress_adapter(database, secrets, account)
    if account.marketplace != "rest":
        raise SellerDeskError(f"SellerDesk cannot talk to '{account.marketplace}' yet.")
    return RestMarketplace(account.base_url, AccountTokens(database, secrets, account))


# -- AliExpress (issue 10): app key/secret and tokens all in the keyring -----------------------


def _aliexpress_client(url: str, secret: dict[str, Any]) -> Any:
    from sellerdesk.marketplaces.aliexpress import AliExpressClient, AppCredentials

    return AliExpressClient(url, AppCredentials(secret["app_key"], secret["app_secret"]))


def aliexpress_tokens(url: str, app_key: str, app_secret: str, code: str) -> dict[str, Any]:
    """Trade an authorization code at /auth/token/create: what the keyring keeps for the
    account (the app's key and secret too: both are needed to sign every call)."""
    require_secure(url)
    client = _aliexpress_client(url, {"app_key": app_key, "app_secret": app_secret})
    try:
        granted = client.auth("/auth/token/create", {"code": code})
    finally:
        client.close()
    return {"app_key": app_key, "app_secret": app_secret,
            "access_token": granted["access_token"], "refresh_token": granted["refresh_token"],
            "expires_at": time.time() + float(granted.get("expires_in", 3600)),
            "seller_id": str(granted.get("seller_id", "")),
            "user_nick": str(granted.get("user_nick", "")), ISSUED_FOR: origin(url)}


def aliexpress_authorize(url: str, app_key: str, app_secret: str) -> dict[str, Any]:
    """The code flow against an AliExpress gateway that approves without a browser (the
    sandbox's); the window uses `login.AliExpressLogin`, which goes through the browser."""
    try:
        return aliexpress_tokens(url, app_key, app_secret, approved_code(url, app_key))
    except (requests.RequestException, ValueError, KeyError, MarketplaceError) as exc:
        raise SellerDeskError(f"Cannot connect to AliExpress at {url}: {exc}") from exc


def connect_aliexpress(database: Database, secrets: SecretStore, url: str, app_key: str,
                       app_secret: str, name: str = "") -> str:
    """Log in to an AliExpress gateway that approves at once and remember the account."""
    url = url.rstrip("/")
    tokens = aliexpress_authorize(url, app_key, app_secret)
    return remember(database, secrets, url, tokens,
                    name or f"AliExpress {tokens['user_nick']}".strip(),
                    marketplace="aliexpress")


class AliExpressTokens(AccountTokens):
    """Tokens of an AliExpress account, refreshed at /rest/auth/token/refresh."""

    def _refreshed(self) -> str:
        secret = self._secret()
        client = _aliexpress_client(self.url, secret)
        try:
            granted = client.auth("/auth/token/refresh",
                                  {"refresh_token": secret["refresh_token"]})
        except MarketplaceError as error:
            if error.kind == ErrorKind.AUTH:
                self._needs_login()
            raise
        finally:
            client.close()
        fresh = {**secret, "access_token": granted["access_token"],
                 "refresh_token": granted.get("refresh_token") or secret["refresh_token"],
                 "expires_at": time.time() + float(granted.get("expires_in", 3600))}
        self.secrets.set(self.account_id, fresh)
        return str(fresh["access_token"])


def _aliexpress_adapter(database: Database, secrets: SecretStore, account: Account
                        ) -> Marketplace:
    from sellerdesk.marketplaces.aliexpress import AliExpressMarketplace

    secret = secrets.get(account.id)
    if secret is None or "app_key" not in secret:
        raise SellerDeskError("Connect the AliExpress account again: its app key is missing.")
    client = _aliexpress_client(account.base_url, secret)
    client.tokens = AliExpressTokens(database, secrets, account)
    return AliExpressMarketplace(client)
