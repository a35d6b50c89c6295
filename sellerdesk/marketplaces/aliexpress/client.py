"""One HTTP client for the AliExpress IOP gateway: signing, system parameters, timeouts, and
every failure mapped to one of the engine's four error kinds.

AliExpress reports business failures inside HTTP 200 (``error_response`` on /sync, IOP-style
``{"type","code","message"}`` on /rest), and throttles with code 7 "App Call Limited" whose
sub_msg says "This ban will last for N more seconds" (no Retry-After): the wait is read from
the message and handed to the engine, marked 429 so the whole queue holds, not one entry.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
import urllib3
from requests.adapters import HTTPAdapter

from sellerdesk.marketplaces.base import ErrorKind, MarketplaceError, NotFound
from sellerdesk.marketplaces.rest import TokenSource

from .signing import sign

TIMEOUT = (5.0, 30.0)
SDK_VERSION = "iop-sdk-python-20220609"
AUTH_CODES = frozenset({"IllegalAccessToken", "InvalidSession", "MissingSession",
                        "SessionExpired", "IllegalRefreshToken", "InvalidCode", "InvalidAppKey",
                        "26", "27"})
BAN = re.compile(r"ban will last for (\d+) more second", re.IGNORECASE)
WAIT = re.compile(r"(\d+) more second", re.IGNORECASE)
RETRYABLE_SUB_CODES = ("isv.product-auditing", "isv.service-unavailable")
URL_PARAMS = frozenset({"method"})
"""The only parameter sent in the URL: it names the call for logs. Everything else, the
seller's token, refresh tokens, codes and ``sign`` included, goes in the form body (the IOP
gateway reads both), so URLs written to proxy, server or verbose HTTP logs carry no secret."""


NOT_SENT = "not-sent"
"""Error code: the connection was never made, so the call cannot have run."""
REPLY_LOST = "reply-lost"
"""Error code: the call went out and no whole reply came back (reset, timeout, cut body): it
may have run. Every other failure is an answer from the platform, which means it did not."""


def never_connected(exc: requests.RequestException) -> bool:
    """Refused or timed out while connecting: nothing of the request reached the platform."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, urllib3.exceptions.NewConnectionError):
            return True
        todo += [current.__cause__, current.__context__, getattr(current, "reason", None),
                 *(a for a in current.args if isinstance(a, BaseException))]
    return False


@dataclass(frozen=True)
class AppCredentials:
    """The developer app: key and secret (kept in the keyring by the caller)."""

    app_key: str
    app_secret: str


def error_of(body: dict[str, Any], status: int = 200) -> MarketplaceError | None:
    """The MarketplaceError a reply body stands for, or None when it is a success."""
    if "error_response" in body:
        err = body["error_response"] or {}
        code, msg = str(err.get("code", "")), str(err.get("msg", ""))
        sub_code, sub_msg = str(err.get("sub_code", "")), str(err.get("sub_msg", ""))
        kind_hint = ""
    elif "type" in body and str(body.get("code", "0")) != "0":
        code, msg = str(body.get("code")), str(body.get("message", ""))
        sub_code, sub_msg = code, ""
        kind_hint = str(body.get("type", "")).upper()
    else:
        return None
    text = " ".join(part for part in (msg, sub_msg) if part) or code
    full = f"AliExpress: {text} ({sub_code or code})"
    if code == "7":
        match = BAN.search(sub_msg) or BAN.search(msg)
        wait = float(match.group(1)) if match else 1.0
        return MarketplaceError(ErrorKind.RETRYABLE, full, status=429, retry_after=wait,
                                code=code)
    if code in AUTH_CODES or sub_code in AUTH_CODES:
        return MarketplaceError(ErrorKind.AUTH, full, status=401, code=sub_code or code)
    if sub_code.endswith(("not-exist", "not-found")):
        error = NotFound(full)
        error.code = sub_code
        return error
    if sub_code.startswith(RETRYABLE_SUB_CODES):
        match = WAIT.search(sub_msg)
        return MarketplaceError(ErrorKind.RETRYABLE, full, status=409, code=sub_code,
                                retry_after=float(match.group(1)) if match else 5.0)
    if sub_code.startswith("isp.") or kind_hint in ("ISP", "SYSTEM") or status >= 500:
        return MarketplaceError(ErrorKind.RETRYABLE, full, status=503, code=sub_code or code)
    return MarketplaceError(ErrorKind.REJECTED, full, status=400, code=sub_code or code)


class AliExpressClient:
    """Signed calls to one gateway; ``requests_made`` counts every HTTP request sent."""

    def __init__(self, base_url: str, app: AppCredentials, tokens: TokenSource | None = None,
                 session: requests.Session | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.base_url = base_url.rstrip("/")
        self.app = app
        self.tokens = tokens
        self.clock = clock
        self.http = session or requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=8, max_retries=0)
        self.http.mount("http://", adapter)
        self.http.mount("https://", adapter)
        self.requests_made = 0
        self.calls_by_method: Counter[str] = Counter()  # for the figures
        self._count_lock = threading.Lock()

    def _system(self, extra: dict[str, str]) -> dict[str, str]:
        return {"app_key": self.app.app_key, "timestamp": str(int(self.clock() * 1000)),
                "sign_method": "sha256", "partner_id": SDK_VERSION, "simplify": "false",
                "format": "json", **extra}

    def _post(self, url: str, params: dict[str, str],
              files: dict[str, tuple[str, bytes]] | None) -> dict[str, Any]:
        """Sends signed ``params``: ``method`` in the URL, the rest in the body."""
        with self._count_lock:
            self.requests_made += 1
        query = {k: v for k, v in params.items() if k in URL_PARAMS}
        data = {k: v for k, v in params.items() if k not in URL_PARAMS}
        try:
            response = self.http.post(url, params=query, data=data, files=files,
                                      timeout=TIMEOUT)
        except requests.RequestException as exc:
            raise MarketplaceError(
                ErrorKind.RETRYABLE,
                f"AliExpress could not be reached ({exc.__class__.__name__}).",
                code=NOT_SENT if never_connected(exc) else REPLY_LOST) from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise MarketplaceError(ErrorKind.RETRYABLE,
                                   f"AliExpress answered {response.status_code}.",
                                   status=response.status_code)
        try:
            body = response.json()
        except (ValueError, json.JSONDecodeError) as exc:
            raise MarketplaceError(ErrorKind.RETRYABLE,
                                   "AliExpress sent an incomplete reply.",
                                   code=REPLY_LOST) from exc
        if not isinstance(body, dict):
            raise MarketplaceError(ErrorKind.RETRYABLE, "AliExpress sent a malformed reply.",
                                   code=REPLY_LOST)
        error = error_of(body, response.status_code)
        if error is not None:
            raise error
        if response.status_code >= 400:
            raise MarketplaceError(ErrorKind.REJECTED,
                                   f"AliExpress answered {response.status_code}.",
                                   status=response.status_code)
        return body

    def call(self, method: str, params: dict[str, Any] | None = None,
             files: dict[str, tuple[str, bytes]] | None = None) -> Any:
        """A business method; returns its ``result``. An auth failure refreshes the token once
        and repeats the call."""
        data = {k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False,
                                                           separators=(",", ":"))
                for k, v in (params or {}).items() if v is not None}
        with self._count_lock:
            self.calls_by_method[method] += 1
        for attempt in range(2):
            token = self.tokens.token() if self.tokens else ""
            signed = {**self._system({"method": method, "session": token} if token
                                     else {"method": method}), **data}
            signed["sign"] = sign(signed, self.app.app_secret)
            try:
                body = self._post(f"{self.base_url}/sync", signed, files)
            except MarketplaceError as error:
                if error.kind == ErrorKind.AUTH and attempt == 0 and self.tokens is not None \
                        and error.code != "InvalidAppKey":
                    self.tokens.refresh()
                    continue
                raise
            reply = next((v for k, v in body.items() if k.endswith("_response")), body)
            if isinstance(reply, dict) and "result" in reply:
                return reply["result"]
            return reply
        raise MarketplaceError(ErrorKind.AUTH, "AliExpress refused the login.", status=401)

    def auth(self, api_path: str, params: dict[str, str]) -> dict[str, Any]:
        """A /rest authorisation method (``/auth/token/create`` or ``/auth/token/refresh``)."""
        signed = self._system(dict(params))
        signed["sign"] = sign(signed, self.app.app_secret, api_path)
        return self._post(f"{self.base_url}/rest{api_path}", signed, None)

    def close(self) -> None:
        self.http.close()
