"""The suite's HTTP client and request builders (a module of its own, unlike conftest.py,
so test modules can import it by a name no other test folder uses)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import requests

from sellerdesk.sandbox.embedded import RunningSandbox, Tokens

TIMEOUT = 10


class Api:
    """A thin client: base URL, bearer token, and a fresh Idempotency-Key on every POST."""

    def __init__(self, url: str, tokens: Tokens | None) -> None:
        self.url = url
        self.tokens = tokens
        self.http = requests.Session()

    def request(
        self,
        method: str,
        path: str,
        *,
        key: str | None = None,
        if_match: int | str | None = None,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        sent = dict(self.tokens.headers) if self.tokens else {}
        if method == "POST" and path.startswith("/v1/"):
            sent["Idempotency-Key"] = key or str(uuid.uuid4())
        elif key:
            sent["Idempotency-Key"] = key
        if if_match is not None:
            sent["If-Match"] = f'"{if_match}"' if isinstance(if_match, int) else if_match
        sent.update(headers or {})
        return self.http.request(method, self.url + path, headers=sent, timeout=TIMEOUT, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", path, **kwargs)

    def feed(self, since: int = 0, limit: int = 500) -> list[dict[str, Any]]:
        """Every change after ``since``, following ``next`` until ``has_more`` is false."""
        entries: list[dict[str, Any]] = []
        for _ in range(10_000):
            page = self.get("/v1/changes", params={"since": since, "limit": limit}).json()
            entries += page["changes"]
            since = page["next"]
            if not page["has_more"]:
                return entries
        raise AssertionError("the change feed never ended")

    def create_product(
        self, prefix: str, *, variants: int = 1, stock: int = 10, price: int = 12900, **extra: Any
    ) -> dict[str, Any]:
        response = self.post(
            "/v1/products", json=product_body(prefix, variants, stock, price, **extra)
        )
        assert response.status_code == 201, response.text
        return response.json()


def product_body(
    prefix: str, variants: int = 1, stock: int = 10, price: int = 12900, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "main_language": "it",
        "texts": {
            "it": {"title": f"Borsa {prefix}", "description": "Pelle conciata al vegetale."},
            "en": {"title": f"{prefix} bag", "description": "Vegetable-tanned leather."},
        },
        "category": "Borse",
        "tags": ["pelle"],
        "variants": [
            {
                "sku": f"{prefix}-{index}",
                "options": {"Colore": f"colore {index}"},
                "price": {"amount_minor": price, "currency": "EUR"},
                "stock": stock,
            }
            for index in range(variants)
        ],
    }
    body.update(extra)
    return body


def problem_type(response: requests.Response) -> str:
    assert response.headers["content-type"].startswith("application/problem+json"), response.text
    document = response.json()
    for member in ("type", "title", "status", "detail", "errors", "retryable"):
        assert member in document, (member, document)
    assert document["status"] == response.status_code
    return str(document["type"]).removeprefix("/problems/")


StartSandbox = Callable[..., RunningSandbox]
"""The type of the ``start`` fixture: starts a sandbox with start_sandbox's keyword options."""
