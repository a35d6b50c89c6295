"""Errors as RFC 9457 ``application/problem+json``, with a catalogue of the sandbox's problem types.

Clients branch on ``type`` (stable) rather than on ``title`` or ``detail`` (prose), and on
``retryable`` to know whether the same request may simply be sent again later. Types are relative
URIs (``/problems/<slug>``) that the sandbox itself serves, so every error explains itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

PROBLEM_JSON = "application/problem+json"

CATALOGUE: dict[str, tuple[str, str]] = {
    "validation": ("Invalid request", "A field is missing or malformed; see errors[]."),
    "not-found": ("Not found", "No such resource in this shop."),
    "method-not-allowed": ("Method not allowed", "The resource exists but not with this method."),
    "unauthorized": ("Unauthorized", "Send a valid bearer access token."),
    "token-expired": ("Access token expired", "Use the refresh_token grant to get a new one."),
    "invalid-grant": ("Invalid grant", "The code or refresh token is unknown, used or expired."),
    "invalid-request": ("Invalid OAuth request", "A parameter of the OAuth request is wrong."),
    "unsupported-grant-type": (
        "Unsupported grant type",
        "Use authorization_code or refresh_token.",
    ),
    "precondition-required": ("If-Match required", "PATCH and DELETE need If-Match: <ETag>."),
    "precondition-failed": (
        "Version mismatch",
        "The object changed since you read it; `current` holds it as it is now.",
    ),
    "product-auditing": (
        "Product under audit",
        "A new product cannot be edited until the marketplace has audited it.",
    ),
    "idempotency-key-required": ("Idempotency-Key required", "Every POST needs one."),
    "idempotency-key-reused": (
        "Idempotency-Key reused",
        "This key was used with a different request; use a new key for a new request.",
    ),
    "idempotency-in-flight": (
        "Request in progress",
        "A request with this key is still running; retry later to get its result.",
    ),
    "rate-limited": ("Too many requests", "Slow down; wait Retry-After seconds."),
    "payload-too-large": ("Payload too large", "The body or file exceeds the limit."),
    "unsupported-media-type": ("Unsupported media type", "Send JPEG, PNG or WebP."),
    "invalid-image": ("Invalid image", "The file is damaged, truncated or not an image."),
    "batch-too-large": ("Batch too large", "At most 20 products and 200 SKUs per call."),
    "duplicate-sku": ("Duplicate SKU", "SKUs are unique within the shop."),
    "unknown-media": ("Unknown media", "Upload the file with POST /v1/media first."),
    "currency-mismatch": ("Currency mismatch", "Prices must be in the shop's currency."),
    "insufficient-stock": ("Insufficient stock", "Stock cannot go below zero."),
    "stock-mismatch": (
        "Stock changed",
        "The stock is not the `expected` value any more; read it and decide again.",
    ),
    "main-language-fixed": (
        "Main language is fixed",
        "The main language is chosen at creation; its texts cannot be removed.",
    ),
    "invalid-order-state": ("Invalid order state", "The order cannot do this in its state."),
    "over-shipment": ("Shipping more than ordered", "A line cannot ship more than its quantity."),
    "unknown-carrier": ("Unknown carrier", "Use a code from GET /v1/carriers."),
    "injected-fault": ("Injected fault", "The sandbox failed on purpose (fault switches are on)."),
    "internal-error": ("Internal error", "Something broke inside the sandbox."),
    "service-unavailable": ("Service unavailable", "Try again shortly."),
}

_RETRYABLE_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


class Problem(Exception):
    """Raised anywhere in a request to answer with a problem document."""

    def __init__(
        self,
        status: int,
        slug: str,
        detail: str | None = None,
        *,
        errors: list[dict[str, str]] | None = None,
        retryable: bool | None = None,
        headers: Mapping[str, str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        if slug not in CATALOGUE:
            raise ValueError(f"unknown problem type {slug!r}")
        super().__init__(detail or CATALOGUE[slug][0])
        self.status = status
        self.slug = slug
        self.detail = detail or CATALOGUE[slug][1]
        self.errors = errors or []
        self.retryable = status in _RETRYABLE_STATUSES if retryable is None else retryable
        self.headers = dict(headers or {})
        self.extra = dict(extra or {})

    def document(self, instance: str | None = None) -> dict[str, Any]:
        """The JSON body: RFC 9457 members first, then SellerDesk's extensions."""
        doc: dict[str, Any] = {
            "type": f"/problems/{self.slug}",
            "title": CATALOGUE[self.slug][0],
            "status": self.status,
            "detail": self.detail,
            "errors": self.errors,
            "retryable": self.retryable,
        }
        if instance:
            doc["instance"] = instance
        doc.update(self.extra)
        return doc

    def response(self, instance: str | None = None) -> Response:
        return problem_response(self.status, self.document(instance), self.headers)


def problem_response(
    status: int, document: Mapping[str, Any], headers: Mapping[str, str] | None = None
) -> Response:
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(body, status_code=status, media_type=PROBLEM_JSON, headers=dict(headers or {}))


def field_error(field: str, message: str) -> dict[str, str]:
    return {"field": field, "message": message}
