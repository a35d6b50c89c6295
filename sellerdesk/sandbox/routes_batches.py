"""``/v1/prices/batch`` and ``/v1/inventory/batch``: per-item results, partial failure possible."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from . import batches
from .idempotency import reply
from .schemas import BatchResult, InventoryBatch, PriceBatch
from .state import PrincipalDep, StateDep

router = APIRouter(prefix="/v1", tags=["batches"])


@router.post(
    "/prices/batch",
    response_model=BatchResult,
    summary="Set prices of up to 200 SKUs of up to 20 products",
)
def prices_batch(body: PriceBatch, request: Request, state: StateDep, _: PrincipalDep) -> Response:
    with state.db.write() as tx:
        result = batches.update_prices(tx, body.items, state.currency)
        return reply(tx, request, 200, result)


@router.post(
    "/inventory/batch",
    response_model=BatchResult,
    summary="Move stock by deltas (adjust) or compare-and-set (set + expected)",
)
def inventory_batch(
    body: InventoryBatch, request: Request, state: StateDep, _: PrincipalDep
) -> Response:
    with state.db.write() as tx:
        result = batches.update_inventory(tx, body.items)
        return reply(tx, request, 200, result)
