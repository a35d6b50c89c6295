"""Assembles one sandbox: its file, seed, routes, error handling and ASGI layers.

Layers, outermost first: fault injection (it must see uvicorn's own ``send`` to drop
connections), hostile replies, the rate limit, idempotency keys, then FastAPI with problem+json
handlers.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.types import ASGIApp

from . import (
    routes_admin,
    routes_batches,
    routes_feed,
    routes_oauth,
    routes_orders,
    routes_products,
)
from .aliexpress.credentials import credentials as aliexpress_credentials
from .aliexpress.faults import GatewayFaults
from .aliexpress.routes import router as aliexpress_router
from .background import Ticker
from .config import SandboxConfig
from .database import Database
from .fault_middleware import FaultMiddleware
from .faults import FaultController
from .hostile import HostileReplies
from .idempotency import IdempotencyMiddleware
from .problems import PROBLEM_JSON, Problem, field_error
from .ratelimit import LeakyBuckets, RateLimitMiddleware
from .schemas import INT64_MAX, ProblemDoc
from .seed import seed_if_new
from .simulation import Simulation
from .state import SandboxState

log = logging.getLogger(__name__)

API_VERSION = "1.0.0"
DESCRIPTION = """\
The reference marketplace SellerDesk syncs with in the demo and the tests. It mirrors what real
seller APIs do: OAuth 2.0 tokens that expire, products under audit, per-item batch results,
`If-Match`/`ETag`, `Idempotency-Key`, a change feed, leaky-bucket rate limiting and errors as
`application/problem+json`. See docs/sandbox.md."""

_HTTP_SLUGS = {404: "not-found", 405: "method-not-allowed", 413: "payload-too-large"}


@dataclass
class Sandbox:
    """One assembled sandbox: ``asgi`` is what a server runs; ``close()`` releases the file."""

    asgi: ASGIApp
    api: FastAPI
    state: SandboxState
    _tempdir: tempfile.TemporaryDirectory[str] | None = None

    def close(self) -> None:
        self.state.db.close()
        if self._tempdir is not None:
            self._tempdir.cleanup()
            self._tempdir = None


def _install_problem_handlers(api: FastAPI) -> None:
    async def on_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Problem)
        return exc.response(request.url.path)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = []
        for error in exc.errors():
            location = [str(part) for part in error.get("loc", ())]
            if location and location[0] in ("body", "query", "path", "header", "form"):
                location = location[1:]
            errors.append(field_error(".".join(location) or "body", str(error.get("msg", ""))))
        return Problem(422, "validation", errors=errors).response(request.url.path)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        slug = _HTTP_SLUGS.get(exc.status_code, "validation")
        return Problem(exc.status_code, slug, str(exc.detail), headers=exc.headers).response(
            request.url.path
        )

    async def on_overflow(request: Request, exc: Exception) -> Response:
        # The schemas bound every number a request carries; this catches sums that leave
        # SQLite's range (stock at the maximum plus one). The transaction has rolled back.
        return Problem(
            422, "validation", f"A number is out of range (whole numbers up to {INT64_MAX})."
        ).response(request.url.path)

    async def on_crash(request: Request, exc: Exception) -> Response:
        log.error("sandbox request failed", exc_info=exc)
        return Problem(500, "internal-error").response(request.url.path)

    api.add_exception_handler(Problem, on_problem)
    api.add_exception_handler(RequestValidationError, on_validation)
    api.add_exception_handler(StarletteHTTPException, on_http)
    api.add_exception_handler(OverflowError, on_overflow)
    api.add_exception_handler(Exception, on_crash)


def _serve_problems_as_problem_json(api: FastAPI) -> None:
    """FastAPI files every response model under application/json and documents its own 422
    shape; the sandbox answers every error, 422 included, as application/problem+json."""
    generate = api.openapi

    def openapi() -> dict[str, Any]:
        if api.openapi_schema is None:
            schema = generate()
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    responses = operation.get("responses", {})
                    responses.pop("422", None)  # covered by 4XX
                    for code in ("4XX", "5XX"):
                        content = responses.get(code, {}).get("content", {})
                        if "application/json" in content:
                            content[PROBLEM_JSON] = content.pop("application/json")
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
            api.openapi_schema = schema
        return api.openapi_schema

    api.openapi = openapi  # type: ignore[method-assign]


def create_sandbox(config: SandboxConfig) -> Sandbox:
    """Opens (and seeds, on first use) the file and builds the app; nothing listens yet."""
    tempdir = None
    path = config.data
    if path is None:
        tempdir = tempfile.TemporaryDirectory(prefix="sellerdesk-sandbox-")
        path = Path(tempdir.name) / "sandbox.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    faults = FaultController(config.faults, config.fault_seed)
    db = Database(path)
    try:
        seed_if_new(db, config.seed)
        aliexpress_credentials(db)  # drawn now, so `sandbox credentials --data FILE` finds them
    except Exception:
        db.close()
        raise
    state = SandboxState(
        config=config,
        db=db,
        faults=faults,
        buckets=LeakyBuckets(config.rate_limit, config.rate_burst),
        currency=db.meta("currency") or "EUR",
    )
    simulation = Simulation(db, faults)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        ticker = Ticker(state, simulation)
        ticker.start()
        try:
            yield
        finally:
            ticker.stop()

    problem = {"description": "A problem document (RFC 9457)", "model": ProblemDoc}
    api = FastAPI(
        title="SellerDesk sandbox marketplace",
        version=API_VERSION,
        description=DESCRIPTION,
        lifespan=lifespan,
        responses={"4XX": problem, "5XX": problem},
    )
    api.state.sandbox = state
    _serve_problems_as_problem_json(api)
    _install_problem_handlers(api)
    for router in (
        routes_oauth.router,
        routes_products.router,
        routes_batches.router,
        routes_orders.router,
        routes_feed.router,
        routes_products.public_router,
        routes_feed.public_router,
        aliexpress_router,  # the AliExpress-compatible gateway, see sandbox/aliexpress/
    ):
        api.include_router(router)
    if config.admin:
        api.include_router(routes_admin.build_router(simulation))
    asgi: ASGIApp = IdempotencyMiddleware(api, db, config.idempotency_ttl, state.in_flight)
    asgi = RateLimitMiddleware(asgi, state.buckets, lambda: faults.storm)
    asgi = HostileReplies(asgi, faults)  # inside: a stored idempotent reply stays intact
    asgi = FaultMiddleware(asgi, faults)
    asgi = GatewayFaults(asgi, faults)  # outermost too: it must reach uvicorn's own send
    return Sandbox(asgi=asgi, api=api, state=state, _tempdir=tempdir)
