"""The adapter for the canonical seller API (the sandbox marketplace speaks it).

One `requests.Session` with connection pooling and timeouts on every call. Failures become
`MarketplaceError`s of the four kinds; a 401 refreshes the token once and repeats the call.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from sellerdesk.marketplaces.base import (
    Carrier,
    ChangeBatch,
    ErrorKind,
    ItemResult,
    Limits,
    MarketplaceError,
    NotFound,
    PageRequest,
    PriceChange,
    RemoteMedia,
    RemoteOrder,
    RemoteProduct,
    RemoteVariant,
    StockChange,
)
from sellerdesk.marketplaces.network_words import unreachable
from sellerdesk.marketplaces.rest_pages import (
    feed_position,
    order_of,
    parse_page,
    product_of,
    variant_of,
    whole_reply,
)

TIMEOUT = (5.0, 30.0)  # connect, read
FEED_PAGE = 500
# Item errors that mean "not now" rather than "never" (the product is under audit, ...).
RETRYABLE_ITEM_TYPES = ("product-auditing", "idempotency-in-flight", "rate-limited")


def _feed_path(since: int | str) -> str:
    """The change feed's page after `since` (a sequence number, or "{cursor}" for
    `PageRequest.next_url`'s template). FEED_PAGE is read at each call: tests make pages small."""
    return f"/v1/changes?since={since}&limit={FEED_PAGE}"


class TokenSource:
    """Where the adapter gets its bearer token, and how it asks for a fresh one."""

    def __init__(self, get: Callable[[], str], refresh: Callable[[], str]) -> None:
        self._get = get
        self._refresh = refresh
        self._lock = threading.Lock()

    def token(self) -> str:
        with self._lock:
            return self._get()

    def refresh(self) -> str:
        with self._lock:
            return self._refresh()


def _retry_after(response: requests.Response, problem: dict[str, Any]) -> float | None:
    header = response.headers.get("Retry-After")
    if header:
        try:
            return max(0.0, float(header))
        except ValueError:
            return None
    return None


def _error(response: requests.Response) -> MarketplaceError:
    try:
        problem = response.json()
        if not isinstance(problem, dict):
            problem = {}
    except ValueError:
        problem = {}
    status = response.status_code
    detail = str(problem.get("detail") or problem.get("title") or response.reason or status)
    errors = problem.get("errors") or []
    if errors:
        detail += " (" + "; ".join(
            f"{e.get('field', '')}: {e.get('message', '')}" for e in errors if isinstance(e, dict)
        ) + ")"
    code = str(problem.get("type", ""))
    wait = _retry_after(response, problem)
    if status == 401:
        return MarketplaceError(ErrorKind.AUTH, detail, status=status, code=code)
    if status == 412:
        current = problem.get("current")
        return MarketplaceError(ErrorKind.CONFLICT, detail, status=status, code=code,
                                current=current if isinstance(current, dict) else None)
    if status == 404:
        return NotFound(detail)
    if status == 429 or status >= 500 or problem.get("retryable") is True:
        return MarketplaceError(ErrorKind.RETRYABLE, detail, status=status, code=code,
                                retry_after=wait)
    return MarketplaceError(ErrorKind.REJECTED, detail, status=status, code=code)


@contextmanager
def _typed_conflict(parse: Callable[[dict[str, Any]], Any]) -> Iterator[None]:
    """A 412 carries the object as it is now: hand it to the engine as a data class."""
    try:
        yield
    except MarketplaceError as error:
        if error.kind == ErrorKind.CONFLICT and isinstance(error.current, dict):
            try:
                error.current = parse(error.current)
            except (KeyError, TypeError, ValueError):
                error.current = None
        raise


class RestMarketplace:
    """A seller account on a marketplace speaking the canonical API."""

    limits = Limits(batch_products=20, batch_skus=200, page_size=100)

    def __init__(self, base_url: str, tokens: TokenSource,
                 session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.http = session or requests.Session()
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=8, max_retries=0)
        self.http.mount("http://", adapter)
        self.http.mount("https://", adapter)
        self.requests_made = 0  # for the efficiency figures

    # -- plumbing -------------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        """What every request carries: the current token (read again after a refresh)."""
        return {"Authorization": f"Bearer {self.tokens.token()}", "Accept": "application/json"}

    def _call(self, method: str, path: str, *, key: str | None = None,
              version: str | None = None, **kwargs: Any) -> requests.Response:
        for attempt in range(2):
            headers = self._headers()
            if key is not None:
                headers["Idempotency-Key"] = key
            if version is not None:
                headers["If-Match"] = f'"{version}"'
            try:
                self.requests_made += 1
                response = self.http.request(method, self.base_url + path, headers=headers,
                                             timeout=TIMEOUT, **kwargs)
            except requests.RequestException as exc:  # in words, not urllib3's (#16.6)
                raise unreachable(exc, self.base_url) from exc
            if response.status_code == 401 and attempt == 0:
                try:
                    self.tokens.refresh()
                except MarketplaceError as error:
                    network = error.__cause__
                    if isinstance(network, requests.RequestException):  # refresh not reached
                        raise unreachable(network, self.base_url) from network
                    raise
                except Exception as exc:  # refresh failed: the user must log in again
                    raise MarketplaceError(ErrorKind.AUTH, "The marketplace login has expired.",
                                           status=401) from exc
                continue
            if response.status_code >= 400:
                raise _error(response)
            return response
        raise MarketplaceError(ErrorKind.AUTH, "The marketplace refused the login.", status=401)

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._call(method, path, **kwargs)
        if response.status_code == 204 or not response.content:
            return None
        with whole_reply():
            return response.json()

    # -- pull -----------------------------------------------------------------------------

    def changes(self, cursor: str | None) -> ChangeBatch:
        return self.parse_changes(self.fetch_changes(cursor))

    def fetch_changes(self, cursor: str | None) -> bytes:
        """The page after `cursor`, as it came: downloading only (see `Marketplace`'s two-step
        pull); `parse_changes` makes it a batch."""
        return self._call("GET", _feed_path(feed_position(cursor))).content

    def parse_changes(self, page: bytes) -> ChangeBatch:
        return parse_page(page)

    # `parse_changes` as a function of the page alone, importable by name: a big pull runs it
    # in a worker process (`sync.page_parser`), which downloads the pages too.
    page_parser = "sellerdesk.marketplaces.rest_pages:parse_page_in_steps"

    def page_request(self, cursor: str | None) -> PageRequest:
        """`fetch_changes`'s GET, for the worker to make; counted here, as it is made."""
        self.requests_made += 1
        return PageRequest(url=self.base_url + _feed_path(feed_position(cursor)),
                           headers=self._headers(),
                           timeout=TIMEOUT, next_url=self.base_url + _feed_path("{cursor}"))

    def get_product(self, product_id: str) -> RemoteProduct:
        return product_of(self._json("GET", f"/v1/products/{product_id}"))

    # -- products and variants ------------------------------------------------------------

    def create_product(self, body: dict[str, Any], key: str) -> RemoteProduct:
        return product_of(self._json("POST", "/v1/products", key=key, json=body))

    def update_product(self, product_id: str, patch: dict[str, Any],
                       version: str) -> RemoteProduct:
        with _typed_conflict(product_of):
            return product_of(self._json("PATCH", f"/v1/products/{product_id}",
                                         version=version, json=patch))

    def delete_product(self, product_id: str, version: str) -> None:
        with _typed_conflict(product_of):
            self._json("DELETE", f"/v1/products/{product_id}", version=version)

    def add_variant(self, product_id: str, body: dict[str, Any], key: str) -> RemoteVariant:
        return variant_of(self._json("POST", f"/v1/products/{product_id}/variants", key=key,
                                     json=body))

    def update_variant(self, product_id: str, variant_id: str, patch: dict[str, Any],
                       version: str) -> RemoteVariant:
        with _typed_conflict(variant_of):
            return variant_of(self._json(
                "PATCH", f"/v1/products/{product_id}/variants/{variant_id}", version=version,
                json=patch))

    def delete_variant(self, product_id: str, variant_id: str, version: str) -> None:
        self._json("DELETE", f"/v1/products/{product_id}/variants/{variant_id}",
                   version=version)

    # -- batches --------------------------------------------------------------------------

    def _batch(self, path: str, items: list[dict[str, Any]], key: str) -> list[ItemResult]:
        answer = self._json("POST", path, key=key, json={"items": items})
        results: list[ItemResult] = []
        for item in answer["results"]:
            error = None
            if not item.get("ok"):
                problem = item.get("error") or {}
                status = int(problem.get("status", 400))
                busy = str(problem.get("type", "")).endswith(RETRYABLE_ITEM_TYPES)
                kind = ErrorKind.RETRYABLE if status >= 500 or status == 429 or busy \
                    else ErrorKind.REJECTED
                error = MarketplaceError(kind, str(problem.get("detail", "refused")),
                                         status=problem.get("status"),
                                         code=str(problem.get("type", "")))
            results.append(ItemResult(
                ok=bool(item.get("ok")), sku=item.get("sku", ""), stock=item.get("stock"),
                version=None if item.get("version") is None else str(item["version"]),
                error=error,
            ))
        return results

    def update_prices(self, items: list[PriceChange], key: str) -> list[ItemResult]:
        return self._batch("/v1/prices/batch", [
            {"sku": i.sku, "price": {"amount_minor": i.price_minor, "currency": i.currency}}
            for i in items
        ], key)

    def prepare_stock(self, items: list[StockChange], key: str, *,
                      sent: bool) -> list[StockChange]:
        """As they are: a delta sent again under its key is replayed, never applied twice."""
        return items

    def update_stock(self, items: list[StockChange], key: str) -> list[ItemResult]:
        wire = []
        for i in items:
            entry: dict[str, Any] = {"sku": i.sku}
            if i.adjust is not None:
                entry["adjust"] = i.adjust
            else:
                entry["set"] = i.set
                entry["expected"] = i.expected
            if i.ref is not None:
                entry["ref"] = i.ref
            wire.append(entry)
        return self._batch("/v1/inventory/batch", wire, key)

    # -- orders ---------------------------------------------------------------------------

    def fulfil(self, order_id: str, body: dict[str, Any], key: str) -> RemoteOrder:
        self._json("POST", f"/v1/orders/{order_id}/fulfillments", key=key, json=body)
        return order_of(self._json("GET", f"/v1/orders/{order_id}"))

    def carriers(self) -> list[Carrier]:
        return [Carrier(code=c["code"], name=c["name"])
                for c in self._json("GET", "/v1/carriers")]

    def cancel_order(self, order_id: str, reason: str, key: str) -> RemoteOrder:
        """Cancel an order nothing of which has shipped (the marketplace restocks it)."""
        return order_of(self._json("POST", f"/v1/orders/{order_id}/cancel", key=key,
                                   json={"reason": reason}))

    # -- media ----------------------------------------------------------------------------

    def upload_media(self, data: bytes, filename: str, content_type: str,
                     key: str) -> RemoteMedia:
        """Upload one photo (multipart field `file`). The key makes a retry after a lost reply
        replay the first answer; the marketplace also returns the same media for the same bytes.
        Keep `filename` the same across retries: the body is part of the key's fingerprint."""
        answer = self._json("POST", "/v1/media", key=key,
                            files={"file": (filename, data, content_type)})
        try:
            return RemoteMedia(id=str(answer["id"]), sha256=str(answer.get("sha256") or ""),
                               content_type=str(answer.get("content_type") or content_type),
                               size=int(answer.get("size") or len(data)),
                               url=str(answer.get("url") or ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise MarketplaceError(ErrorKind.RETRYABLE,
                                   "The marketplace sent an incomplete reply.") from exc

    def close(self) -> None:
        self.http.close()
