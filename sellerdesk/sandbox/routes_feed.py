"""``/v1/changes`` (the change feed), ``/v1/shop`` and the unauthenticated odds and ends."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.responses import JSONResponse, Response

from . import changefeed
from .problems import CATALOGUE, Problem
from .schemas import INT64_MAX, ChangePage, Shop
from .state import PrincipalDep, StateDep

router = APIRouter(prefix="/v1", tags=["changes"])


@router.get(
    "/changes",
    response_model=ChangePage,
    summary="Every change after `since`, in commit order, deletes as tombstones",
)
def changes(
    state: StateDep,
    _: PrincipalDep,
    since: Annotated[
        int, Query(ge=0, le=INT64_MAX, description="`next` of the previous page; 0 = all")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=changefeed.MAX_PAGE)] = 100,
) -> Response:
    with state.db.read() as conn:
        return JSONResponse(changefeed.page(conn, since, limit))


@router.get("/shop", response_model=Shop, summary="The shop behind the token")
def shop(state: StateDep, _: PrincipalDep) -> Response:
    with state.db.read() as conn:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    return JSONResponse(
        {
            "name": meta.get("shop_name", "Sandbox Shop"),
            "currency": meta.get("currency", "EUR"),
            "main_language": meta.get("main_language", "it"),
            "languages": meta.get("languages", "it").split(","),
        }
    )


public_router = APIRouter(tags=["meta"])


@public_router.get("/health", summary="Liveness: 200 while the sandbox serves")
def health() -> Response:
    return JSONResponse({"status": "ok"})


@public_router.get("/problems/{slug}", summary="What a problem type means")
def problem_type(slug: str) -> Response:
    if slug not in CATALOGUE:
        raise Problem(404, "not-found", f"No problem type {slug}.")
    title, description = CATALOGUE[slug]
    return JSONResponse({"type": f"/problems/{slug}", "title": title, "description": description})
