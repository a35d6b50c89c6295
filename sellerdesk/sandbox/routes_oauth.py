"""``/oauth/authorize`` and ``/oauth/token``: the OAuth 2.0 authorization-code flow, auto-approved.

A desktop client opens ``/oauth/authorize`` (a browser is not needed: without ``redirect_uri``
the code comes back as JSON), then trades the code at ``/oauth/token``. Token requests are form
encoded, as RFC 6749 requires; errors are problem documents that also carry OAuth's ``error``.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query
from starlette.responses import JSONResponse, RedirectResponse, Response

from . import tokens
from .problems import Problem
from .schemas import TokenResponse
from .state import StateDep

router = APIRouter(prefix="/oauth", tags=["auth"])


@router.get(
    "/authorize",
    summary="Approve a client at once and hand out an authorization code",
    responses={302: {"description": "Redirect to redirect_uri with code and state"}},
)
def authorize(
    state: StateDep,
    client_id: Annotated[str, Query(min_length=1, max_length=100)],
    response_type: Annotated[str, Query()] = "code",
    redirect_uri: Annotated[str | None, Query()] = None,
    oauth_state: Annotated[str | None, Query(alias="state")] = None,
    code_challenge: Annotated[str | None, Query()] = None,
    code_challenge_method: Annotated[str | None, Query()] = None,
) -> Response:
    if response_type != "code":
        raise Problem(
            400,
            "invalid-request",
            "Only response_type=code is supported.",
            extra={"error": "unsupported_response_type"},
        )
    if code_challenge and (code_challenge_method or "plain") != "S256":
        raise Problem(
            400,
            "invalid-request",
            "Only the S256 code challenge method is supported.",
            extra={"error": "invalid_request"},
        )
    code = tokens.issue_code(state.db, client_id, redirect_uri, code_challenge)
    params = {"code": code} | ({"state": oauth_state} if oauth_state else {})
    if redirect_uri:
        separator = "&" if "?" in redirect_uri else "?"
        return RedirectResponse(f"{redirect_uri}{separator}{urlencode(params)}", status_code=302)
    body: dict[str, Any] = {**params, "expires_in": int(tokens.CODE_TTL)}
    return JSONResponse(body)


@router.post(
    "/token",
    response_model=TokenResponse,
    summary="Trade an authorization code or a refresh token for an access token",
)
def token(
    state: StateDep,
    grant_type: Annotated[str | None, Form()] = None,
    code: Annotated[str | None, Form()] = None,
    client_id: Annotated[str | None, Form()] = None,
    client_secret: Annotated[str | None, Form()] = None,
    redirect_uri: Annotated[str | None, Form()] = None,
    code_verifier: Annotated[str | None, Form()] = None,
    refresh_token: Annotated[str | None, Form()] = None,
) -> Response:
    config = state.config
    if grant_type == "authorization_code":
        if not code or not client_id:
            raise _missing("code and client_id")
        granted = tokens.exchange_code(
            state.db,
            code=code,
            client_id=client_id,
            redirect_uri=redirect_uri,
            code_verifier=code_verifier,
            token_ttl=config.token_ttl,
            refresh_ttl=config.refresh_ttl,
        )
    elif grant_type == "refresh_token":
        if not refresh_token:
            raise _missing("refresh_token")
        granted = tokens.refresh_access(
            state.db, refresh_token=refresh_token, client_id=client_id, token_ttl=config.token_ttl
        )
    elif grant_type is None:
        raise _missing("grant_type")
    else:
        raise Problem(
            400,
            "unsupported-grant-type",
            f"grant_type {grant_type!r} is not supported.",
            extra={"error": "unsupported_grant_type"},
        )
    return JSONResponse(granted, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


def _missing(what: str) -> Problem:
    return Problem(400, "invalid-request", f"Missing {what}.", extra={"error": "invalid_request"})
