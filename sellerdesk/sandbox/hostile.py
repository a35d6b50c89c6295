"""Hostile replies on demand (fault key ``hostile=KIND``): a client must survive a marketplace
that answers 200 with something it cannot use, without crashing, looping or saving a cursor.

The request runs as usual (its change commits, its idempotent reply is stored intact); only the
reply on the wire is replaced, and only a successful one (2xx) on ``hostile_path`` (default
``/v1/changes``). ``hostile_times=N`` replaces N replies, then the sandbox answers normally;
without it, until the faults are replaced. Spoiled replies carry ``Sandbox-Fault: hostile-KIND``.

Any path: ``truncated`` (the JSON cut in the middle, Content-Length matching what is sent),
``not_json`` (an HTML error page), ``empty`` (no body), ``deep`` (JSON nested 100,000 deep).
Change-feed pages only: ``wrong_types`` (``next`` an object, ``has_more`` a string, ``changes``
a dict), ``bad_cursor`` (``next`` "abc", then -5, alternately), ``out_of_range`` (one change with
``version`` -1 and a price of 10**40 minor units), ``lone_surrogate`` (one title with a lone
"\\ud800", another with "\\u0000", both written as JSON escapes) and ``bad_item`` (one item of the
page malformed: a product without ``variants``, an order without ``lines``, a variant whose sku
is a number; that entity stays malformed in every later page and in ``GET /v1/products/{id}`` or
``/v1/orders/{id}`` until the faults are replaced, so a client can show it quarantines it).
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .fault_middleware import FAULT_HEADER
from .faults import FaultController, FaultSpec

DEPTH = 100_000
HUGE_AMOUNT = 10**40
NOT_JSON = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    b"<body><h1>Bad Gateway</h1><p>The upstream server sent an invalid response.</p>"
    b"<hr><address>nginx</address></body></html>\n"
)
_OBJECT_PATH = re.compile(r"^/v1/(products|orders)/([^/]+)$")
_ENTITY_OF = {"products": "product", "orders": "order"}

Reply = tuple[bytes, str]
"""A spoiled body and its content type."""


def _dumps(document: Any, *, ascii_only: bool = False) -> bytes:
    return json.dumps(document, ensure_ascii=ascii_only, separators=(",", ":")).encode()


def _spoil_item(entity: str, data: dict[str, Any]) -> None:
    if entity == "product":
        data.pop("variants", None)
    elif entity == "order":
        data.pop("lines", None)
    else:
        data["sku"] = 12345


def _page(body: bytes) -> dict[str, Any] | None:
    try:
        page = json.loads(body)
    except ValueError:
        return None
    if not isinstance(page, dict) or not isinstance(page.get("changes"), list):
        return None
    return page


class HostileReplies:
    """The ASGI layer that swaps successful replies for hostile ones (see the module text)."""

    def __init__(self, app: ASGIApp, faults: FaultController) -> None:
        self.app = app
        self.faults = faults

    def _applies(self, spec: FaultSpec, path: str) -> bool:
        if path == spec.hostile_path:
            return True
        return spec.hostile == "bad_item" and _OBJECT_PATH.match(path) is not None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        spec, generation = self.faults.spec, self.faults.generation
        if scope["type"] != "http" or not spec.hostile or not self._applies(spec, scope["path"]):
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def collect(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, collect)
        if not start:
            return
        body = b"".join(chunks)
        spoiled = None
        if 200 <= start["status"] < 300:
            spoiled = self._spoil(spec.hostile, scope["path"], body)
        if spoiled is None or not self.faults.take_hostile(generation):
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        body, content_type = spoiled
        headers = [(name, value) for name, value in start.get("headers", [])
                   if name not in (b"content-length", b"content-type")]
        headers += [(b"content-type", content_type.encode()),
                    (FAULT_HEADER.lower().encode(), f"hostile-{spec.hostile}".encode()),
                    (b"content-length", str(len(body)).encode())]
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _spoil(self, kind: str, path: str, body: bytes) -> Reply | None:
        """The hostile reply of ``kind`` for this successful ``body``, or None if it has
        nothing to spoil (then the reply goes out intact and no hostile reply is counted)."""
        if kind == "truncated":
            return body[: len(body) // 2], "application/json"
        if kind == "not_json":
            return NOT_JSON, "text/html; charset=utf-8"
        if kind == "empty":
            return b"", "application/json"
        if kind == "deep":
            nested = b"[" * DEPTH + b"]" * DEPTH
            return b'{"changes":' + nested + b',"next":0,"has_more":false}', "application/json"
        if kind == "bad_item" and path != "/v1/changes":
            return self._bad_object(path, body)
        page = _page(body)
        if page is None:
            return None
        reshape = {
            "wrong_types": _wrong_types,
            "bad_cursor": lambda p: _bad_cursor(p, self.faults.hostile_served),
            "out_of_range": _out_of_range,
            "lone_surrogate": _lone_surrogate,
            "bad_item": self._bad_item,
        }[kind]
        if not reshape(page):
            return None
        return _dumps(page, ascii_only=kind == "lone_surrogate"), "application/json"

    def _bad_item(self, page: dict[str, Any]) -> bool:
        candidates = [(c["entity"], c["id"]) for c in page["changes"] if c.get("data")]
        preferred = [c for c in candidates if c[0] in ("product", "order")] or candidates
        bad = self.faults.bad_item(preferred[0] if preferred else None)
        spoiled = False
        for change in page["changes"]:
            if (change["entity"], change["id"]) == bad and change.get("data"):
                _spoil_item(change["entity"], change["data"])
                spoiled = True
        return spoiled

    def _bad_object(self, path: str, body: bytes) -> Reply | None:
        match = _OBJECT_PATH.match(path)
        bad = self.faults.bad_item(None)
        if match is None or bad != (_ENTITY_OF[match.group(1)], match.group(2)):
            return None
        try:
            document = json.loads(body)
        except ValueError:
            return None
        _spoil_item(bad[0], document)
        return _dumps(document), "application/json"


def _wrong_types(page: dict[str, Any]) -> bool:
    page["next"] = {"seq": page["next"]}
    page["has_more"] = str(page["has_more"]).lower()
    page["changes"] = {str(change["seq"]): change for change in page["changes"]}
    return True


def _bad_cursor(page: dict[str, Any], served: int) -> bool:
    page["next"] = "abc" if served % 2 == 0 else -5
    return True


def _out_of_range(page: dict[str, Any]) -> bool:
    for change in page["changes"]:
        data = change.get("data")
        if not data:
            continue
        money = None
        if change["entity"] == "product" and data.get("variants"):
            money = data["variants"][0]["price"]
        elif change["entity"] == "variant":
            money = data["price"]
        elif change["entity"] == "order":
            money = data["total"]
        if money is None:
            continue
        money["amount_minor"] = HUGE_AMOUNT
        change["version"] = -1
        if "version" in data:
            data["version"] = -1
        return True
    return False


def _lone_surrogate(page: dict[str, Any]) -> bool:
    texts = [text for change in page["changes"] if change["entity"] == "product"
             and change.get("data") for text in change["data"]["texts"].values()]
    if not texts:
        return False
    texts[0]["title"] += "\ud800"
    texts[min(1, len(texts) - 1)]["title"] += "\u0000"
    return True
