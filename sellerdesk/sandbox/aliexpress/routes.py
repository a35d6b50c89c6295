"""The gateway's HTTP face: ``POST /aliexpress/sync`` (business methods by ``method=``),
``POST /aliexpress/rest/auth/token/create|refresh``, ``GET /aliexpress/oauth/authorize`` and
the photobank's image URLs. Parameters may come in the query string or the form body (the
official SDKs put system parameters in the query); the signature covers both.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.responses import JSONResponse, RedirectResponse, Response

from .. import clock, media, tokens
from ..problems import Problem
from ..schemas import INT64_MAX
from ..state import SandboxState
from . import catalogue, orders
from .credentials import Credentials, credentials
from .protocol import FILE_PARAMS, ApiError, check_signature, check_timestamp, out_of_range
from .throttle import Limits, Throttle

Handler = Callable[[SandboxState, dict[str, str], str], dict[str, Any]]

METHODS: dict[str, Handler] = {
    "aliexpress.solution.product.list.get": catalogue.list_products,
    "aliexpress.solution.product.info.get": catalogue.get_product,
    "aliexpress.solution.product.post": catalogue.post_product,
    "aliexpress.solution.product.edit": catalogue.edit_product,
    "aliexpress.solution.batch.product.delete": catalogue.delete_products,
    "aliexpress.solution.batch.product.price.update": catalogue.update_prices,
    "aliexpress.solution.batch.product.inventory.update": catalogue.update_inventory,
    "aliexpress.solution.order.get": orders.list_orders,
    "aliexpress.solution.order.info.get": orders.get_order,
    "aliexpress.solution.order.receiptinfo.get": orders.receipt_info,
    "aliexpress.logistics.redefining.listlogisticsservice": orders.logistics_services,
    "aliexpress.solution.order.fulfill": orders.fulfil,
}
UPLOAD = "aliexpress.photobank.redefining.uploadimageforsdk"
WRITES = frozenset({
    "aliexpress.solution.product.post", "aliexpress.solution.product.edit",
    "aliexpress.solution.batch.product.delete",
    "aliexpress.solution.batch.product.price.update",
    "aliexpress.solution.batch.product.inventory.update",
    "aliexpress.solution.order.fulfill", UPLOAD,
})
"""Methods that change the shop: the ones a lost reply makes dangerous to repeat."""

router = APIRouter(prefix="/aliexpress", tags=["aliexpress"], include_in_schema=False)


@dataclass
class Gateway:
    """Per-sandbox gateway state: the app's credentials and its throttle."""

    creds: Credentials
    throttle: Throttle = field(default_factory=Throttle)


_lock = threading.Lock()


def gateway(request: Request) -> Gateway:
    app_state = request.app.state
    with _lock:
        found: Gateway | None = getattr(app_state, "aliexpress", None)
        if found is None:
            found = Gateway(credentials(app_state.sandbox.db))
            app_state.aliexpress = found
    return found


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/aliexpress"


async def _params(request: Request) -> tuple[dict[str, str], bytes | None]:
    params = dict(request.query_params)
    data = None
    if request.method == "POST":
        form = await request.form(max_part_size=media.MAX_MEDIA_BYTES + 1024)
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                if name in FILE_PARAMS:
                    data = await value.read(media.MAX_MEDIA_BYTES + 1)
            else:
                params[name] = str(value)
    return params, data


def _authenticate_app(gw: Gateway, params: dict[str, str], api_path: str | None) -> None:
    if params.get("app_key") != gw.creds.app_key:
        raise ApiError("InvalidAppKey", "Invalid app Key", "InvalidAppKey",
                       f"No app {params.get('app_key')!r} on this gateway.")
    if params.get("sign_method", "sha256").lower() not in ("sha256", "hmac-sha256"):
        raise ApiError("InvalidSignMethod", "Invalid sign method", "InvalidSignMethod",
                       "Use sign_method=sha256.")
    check_signature(params, gw.creds.app_secret, api_path)
    check_timestamp(params, clock.now())
    gw.throttle.admit(gw.creds.app_key)


def _authenticate_seller(state: SandboxState, gw: Gateway, params: dict[str, str]) -> None:
    token = params.get("access_token") or params.get("session")
    try:
        principal = tokens.authenticate(state.db, token)
    except Problem as problem:
        raise ApiError("IllegalAccessToken", "The specified access token is invalid or expired",
                       "IllegalAccessToken", problem.detail) from None
    if principal.client_id != gw.creds.app_key:
        raise ApiError("IllegalAccessToken", "The access token belongs to another app",
                       "IllegalAccessToken", "Authorise this app first.")


def _business(state: SandboxState, gw: Gateway, params: dict[str, str], data: bytes | None,
              base: str) -> dict[str, Any]:
    _authenticate_app(gw, params, None)
    _authenticate_seller(state, gw, params)
    method = params.get("method", "")
    if method == UPLOAD:
        return catalogue.upload_image(state, params, base, data)
    handler = METHODS.get(method)
    if handler is None:
        raise ApiError("InvalidMethod", "Invalid method", "InvalidMethod",
                       f"No API named {method!r}.")
    try:
        return handler(state, params, base)
    except OverflowError:  # a sum beyond SQLite's range; the write has rolled back
        raise out_of_range() from None


@router.post("/sync")
async def sync(request: Request) -> Response:
    state: SandboxState = request.app.state.sandbox
    gw = gateway(request)
    request_id = uuid.uuid4().hex[:13]
    params, data = await _params(request)
    try:
        result = await run_in_threadpool(_business, state, gw, params, data, _base(request))
    except ApiError as error:
        return JSONResponse(error.error_response(request_id), status_code=error.http_status)
    name = params.get("method", "").replace(".", "_") + "_response"
    return JSONResponse({name: {"result": result, "request_id": request_id}})


def _token_reply(granted: dict[str, Any], creds: Credentials, request_id: str
                 ) -> dict[str, Any]:
    return {
        "code": "0", "request_id": request_id,
        "access_token": granted["access_token"], "refresh_token": granted["refresh_token"],
        "expires_in": granted["expires_in"],
        "refresh_expires_in": granted.get("refresh_expires_in", 0),
        "seller_id": creds.seller_id, "user_nick": creds.user_nick,
        "account": creds.user_nick, "account_platform": "seller_center", "sp": "ae",
    }


def _auth(state: SandboxState, gw: Gateway, params: dict[str, str], path: str
          ) -> dict[str, Any]:
    _authenticate_app(gw, params, path)
    config = state.config
    try:
        if path == "/auth/token/create":
            if not params.get("code"):
                raise ApiError("MissingParameter", "Missing code", "MissingParameter", "code")
            granted = tokens.exchange_code(
                state.db, code=params["code"], client_id=gw.creds.app_key, redirect_uri=None,
                code_verifier=None, token_ttl=config.token_ttl, refresh_ttl=config.refresh_ttl)
        else:
            if not params.get("refresh_token"):
                raise ApiError("MissingParameter", "Missing refresh_token", "MissingParameter",
                               "refresh_token")
            granted = tokens.refresh_access(state.db, refresh_token=params["refresh_token"],
                                            client_id=gw.creds.app_key,
                                            token_ttl=config.token_ttl)
    except Problem as problem:
        code = "InvalidCode" if path.endswith("create") else "IllegalRefreshToken"
        raise ApiError(code, "Authorization refused", code, problem.detail) from None
    return _token_reply(granted, gw.creds, "")


@router.post("/rest/auth/token/{action}")
async def auth_token(action: str, request: Request) -> Response:
    state: SandboxState = request.app.state.sandbox
    gw = gateway(request)
    request_id = uuid.uuid4().hex[:13]
    if action not in ("create", "refresh"):
        return JSONResponse(ApiError("InvalidApiPath", "Invalid API path", kind="ISV")
                            .iop(request_id), status_code=404)
    params, _ = await _params(request)
    try:
        reply = await run_in_threadpool(_auth, state, gw, params, f"/auth/token/{action}")
    except ApiError as error:
        return JSONResponse(error.iop(request_id), status_code=error.http_status)
    return JSONResponse(reply | {"request_id": request_id})


@router.get("/oauth/authorize")
def authorize(request: Request, client_id: str = "", response_type: str = "code",
              redirect_uri: str | None = None, state: str | None = None) -> Response:
    """Approves at once (no seller to click "allow"): a redirect with ``code``, or JSON."""
    gw = gateway(request)
    if response_type != "code" or client_id != gw.creds.app_key:
        return JSONResponse({"error": "invalid_request", "error_description":
                             "response_type=code and this gateway's app key are required"},
                            status_code=400)
    code = tokens.issue_code(request.app.state.sandbox.db, client_id, None, None)
    params = {"code": code} | ({"state": state} if state else {})
    if redirect_uri:
        separator = "&" if "?" in redirect_uri else "?"
        return RedirectResponse(f"{redirect_uri}{separator}{urlencode(params)}", status_code=302)
    return JSONResponse(params)


@router.get("/photobank/{media_id}")
def photobank(media_id: str, request: Request) -> Response:
    row = media.media_row(request.app.state.sandbox.db, media_id)
    return Response(bytes(row["data"]), media_type=row["content_type"],
                    headers={"Cache-Control": "public, max-age=31536000"})


@router.get("/sandbox/credentials")
def sandbox_credentials(request: Request) -> Response:
    """The app and seller of this sandbox (a sandbox convenience; no real platform has it)."""
    creds = gateway(request).creds
    return JSONResponse(Credentials(**{**creds.as_dict(), "base_url": _base(request)})
                        .as_dict())


@router.get("/admin/limits")
def get_limits(request: Request) -> Response:
    if not request.app.state.sandbox.config.admin:
        return JSONResponse({"error": "not found"}, status_code=404)
    throttle = gateway(request).throttle
    return JSONResponse(vars(throttle.limits) | {"calls": throttle.calls,
                                                 "refused": throttle.refused})


@router.put("/admin/limits")
async def put_limits(request: Request) -> Response:
    """Sets rate, burst, ban_seconds and daily_quota (and lifts current bans)."""
    if not request.app.state.sandbox.config.admin:
        return JSONResponse({"error": "not found"}, status_code=404)
    body = await request.json()
    throttle = gateway(request).throttle
    try:
        fields = {k: type(getattr(Limits(), k))(v) for k, v in body.items()
                  if k in vars(Limits()) and 0 <= float(v) <= INT64_MAX}
    except (TypeError, ValueError, OverflowError, AttributeError):
        fields = None
    if fields is None or len(fields) != len(set(body) & set(vars(Limits()))):
        return JSONResponse({"error": f"limits are numbers from 0 to {INT64_MAX}"},
                            status_code=422)
    throttle.limits = Limits(**(vars(throttle.limits) | fields))
    throttle.lift()
    return JSONResponse(vars(throttle.limits))
