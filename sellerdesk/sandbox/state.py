"""What every request of one sandbox shares, and the FastAPI dependencies that hand it out."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2AuthorizationCodeBearer

from .config import SandboxConfig
from .database import Database
from .faults import FaultController
from .ratelimit import LeakyBuckets
from .tokens import Principal, authenticate


@dataclass
class SandboxState:
    config: SandboxConfig
    db: Database
    faults: FaultController
    buckets: LeakyBuckets
    currency: str = "EUR"
    in_flight: set[tuple[str, str]] = field(default_factory=set)
    """Idempotency keys whose request is running now, as (client id, key)."""
    wakeup: threading.Event = field(default_factory=threading.Event)
    """Set when background work may be due sooner than planned (a new audit, new faults)."""


def get_state(request: Request) -> SandboxState:
    return request.app.state.sandbox


_bearer = OAuth2AuthorizationCodeBearer(
    authorizationUrl="/oauth/authorize",
    tokenUrl="/oauth/token",
    refreshUrl="/oauth/token",
    auto_error=False,
)


def get_principal(request: Request, token: Annotated[str | None, Depends(_bearer)]) -> Principal:
    """The caller; the idempotency layer may already have checked the token for this request."""
    checked: Principal | None = request.scope.get("state", {}).get("principal")
    if checked is not None:
        return checked
    return authenticate(get_state(request).db, token)


StateDep = Annotated[SandboxState, Depends(get_state)]
PrincipalDep = Annotated[Principal, Depends(get_principal)]
