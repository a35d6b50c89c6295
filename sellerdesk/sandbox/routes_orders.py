"""``/v1/orders``, ``/v1/carriers`` and the seller's order actions (ship, cancel)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import JSONResponse, Response

from . import clock, fulfillments, orders
from .carriers import CARRIERS
from .idempotency import reply
from .preconditions import etag, if_match
from .problems import Problem, field_error
from .schemas import CancelIn, Carrier, FulfillmentIn, Order, OrderPage
from .state import PrincipalDep, StateDep

router = APIRouter(prefix="/v1", tags=["orders"])


@router.get("/orders", response_model=OrderPage, summary="Orders, least recently changed first")
def list_orders(
    state: StateDep,
    _: PrincipalDep,
    modified_after: Annotated[
        str | None, Query(description="ISO-8601 instant; only orders changed after it")
    ] = None,
    status: Annotated[
        str | None, Query(description="One status or several separated by commas")
    ] = None,
    number: Annotated[str | None, Query(description="The order with this number")] = None,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=orders.MAX_PAGE)] = 50,
) -> Response:
    after = None
    if modified_after:
        try:
            after = clock.normalise_iso(modified_after)
        except ValueError:
            raise Problem(
                422, "validation", errors=[field_error("modified_after", "not an ISO-8601 time")]
            ) from None
    with state.db.read() as conn:
        page = orders.list_orders(
            conn, modified_after=after, status=status, number=number, cursor=cursor, limit=limit
        )
    return JSONResponse(page)


@router.get("/orders/{order_id}", response_model=Order, summary="One order")
def get_order(order_id: str, state: StateDep, _: PrincipalDep) -> Response:
    with state.db.read() as conn:
        order = orders.get_order(conn, order_id)
    return JSONResponse(order, headers={"ETag": etag(order["version"])})


@router.post(
    "/orders/{order_id}/fulfillments",
    status_code=201,
    summary="Ship some or all lines with a carrier and tracking number",
    description="Returns `{fulfillment, order}`. If-Match is optional here.",
)
def fulfil(
    order_id: str, body: FulfillmentIn, request: Request, state: StateDep, _: PrincipalDep
) -> Response:
    accepted = if_match(request, required=False)
    with state.db.write() as tx:
        fulfillment, order = fulfillments.fulfil(tx, order_id, body, accepted)
        return reply(
            tx,
            request,
            201,
            {"fulfillment": fulfillment, "order": order},
            {"ETag": etag(order["version"])},
        )


@router.post(
    "/orders/{order_id}/cancel",
    response_model=Order,
    summary="Cancel an order nothing of which has shipped; its stock comes back",
)
def cancel(
    order_id: str, body: CancelIn, request: Request, state: StateDep, _: PrincipalDep
) -> Response:
    accepted = if_match(request, required=False)
    with state.db.write() as tx:
        order = orders.cancel(tx, order_id, body.reason, accepted)
        return reply(tx, request, 200, order, {"ETag": etag(order["version"])})


@router.get("/carriers", response_model=list[Carrier], summary="Carriers and their codes")
def list_carriers(_: PrincipalDep) -> Response:
    return JSONResponse(CARRIERS)
