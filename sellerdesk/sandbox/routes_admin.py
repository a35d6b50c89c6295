"""``/admin``: the test switches. Mounted only when the sandbox runs with ``admin`` on.

Left out of the OpenAPI document (it is not part of the marketplace API) and documented in
docs/sandbox.md instead. No token is needed: the sandbox listens on loopback, and the flag is off
unless a developer or a test turns it on.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import Field
from starlette.responses import JSONResponse, Response

from . import orders
from .problems import Problem
from .schemas import INT64_MAX, Address, Buyer, Count, Int64, Strict
from .simulation import Simulation, demo_buyers
from .state import StateDep


class FaultsIn(Strict):
    spec: str = Field(default="", description="Fault SPEC; empty turns faults off")
    seed: Int64 = 0


class SimulateIn(Strict):
    edits: int = Field(default=0, ge=0, le=1000)
    orders: int = Field(default=0, ge=0, le=1000)


class OrderLineIn(Strict):
    sku: str
    quantity: int = Field(ge=1, le=INT64_MAX)


class PlaceOrderIn(Strict):
    lines: list[OrderLineIn] = Field(min_length=1)
    buyer: Buyer | None = None
    shipping_address: Address | None = None
    shipping_minor: Count = 0


def build_router(simulation: Simulation) -> APIRouter:
    router = APIRouter(prefix="/admin", tags=["admin"], include_in_schema=False)

    def faults_json(state: StateDep) -> dict[str, Any]:
        spec = state.faults.spec
        return {"spec": spec.describe(), "seed": state.faults.seed, "active": spec.active}

    @router.get("/faults")
    def get_faults(state: StateDep) -> Response:
        return JSONResponse(faults_json(state))

    @router.put("/faults")
    def put_faults(body: FaultsIn, state: StateDep) -> Response:
        try:
            state.faults.configure(body.spec, body.seed)
        except ValueError as exc:
            raise Problem(422, "validation", str(exc)) from None
        state.wakeup.set()
        return JSONResponse(faults_json(state))

    @router.get("/idempotency/in-flight")
    def in_flight(state: StateDep) -> Response:
        """Keys running now: lets a test wait until a slow request is surely under way."""
        return JSONResponse([{"client_id": c, "key": k} for c, k in sorted(state.in_flight)])

    @router.post("/simulate")
    def simulate(body: SimulateIn, state: StateDep) -> Response:
        edits = [simulation.edit() for _ in range(body.edits)]
        placed = [simulation.buyer(state.currency) for _ in range(body.orders)]
        return JSONResponse({"edits": edits, "orders": placed})

    @router.post("/orders", status_code=201)
    def place(body: PlaceOrderIn, state: StateDep) -> Response:
        buyer, address = demo_buyers()[0]
        with state.db.write() as tx:
            order = orders.place_order(
                tx,
                buyer=body.buyer.model_dump() if body.buyer else buyer,
                shipping_address=(
                    body.shipping_address.model_dump() if body.shipping_address else address
                ),
                lines=[orders.LineIn(sku=line.sku, quantity=line.quantity) for line in body.lines],
                shipping_minor=body.shipping_minor,
                currency=state.currency,
            )
        return JSONResponse(order, status_code=201)

    @router.post("/orders/{order_id}/pay")
    def pay(order_id: str, state: StateDep) -> Response:
        with state.db.write() as tx:
            return JSONResponse(orders.pay(tx, order_id))

    @router.post("/orders/{order_id}/complete")
    def complete(order_id: str, state: StateDep) -> Response:
        with state.db.write() as tx:
            return JSONResponse(orders.complete(tx, order_id))

    return router
