"""``/v1/products`` with variants, and ``/v1/media``: the catalogue side of the seller API."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, UploadFile
from starlette.responses import JSONResponse, Response

from . import catalogue, media, variants
from .idempotency import reply
from .preconditions import etag, if_match
from .schemas import (
    Media,
    Product,
    ProductIn,
    ProductPage,
    ProductPatch,
    Variant,
    VariantIn,
    VariantPatch,
)
from .state import PrincipalDep, StateDep

router = APIRouter(prefix="/v1", tags=["catalogue"])

ProductStatus = Annotated[
    str | None, Query(pattern="^(draft|auditing|active|inactive)$", description="Filter by status")
]


@router.get("/products", response_model=ProductPage, summary="List products, a page at a time")
def list_products(
    state: StateDep,
    _: PrincipalDep,
    status: ProductStatus = None,
    sku: Annotated[str | None, Query(description="Only the product with this SKU")] = None,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=catalogue.MAX_PAGE)] = 50,
) -> Response:
    with state.db.read() as conn:
        page = catalogue.list_products(conn, status=status, sku=sku, cursor=cursor, limit=limit)
    return JSONResponse(page)


@router.post(
    "/products",
    status_code=201,
    response_model=Product,
    summary="Create a product; it is auditing for a while before it takes its status",
)
def create_product(body: ProductIn, request: Request, state: StateDep, _: PrincipalDep) -> Response:
    with state.db.write() as tx:
        product = catalogue.create_product(
            tx, body, audit_delay=state.config.audit_delay, currency=state.currency
        )
        tx.after_commit(state.wakeup.set)
        return reply(
            tx,
            request,
            201,
            product,
            {"ETag": etag(product["version"]), "Location": f"/v1/products/{product['id']}"},
        )


@router.get("/products/{product_id}", response_model=Product, summary="One product")
def get_product(product_id: str, state: StateDep, _: PrincipalDep) -> Response:
    with state.db.read() as conn:
        product = catalogue.get_product(conn, product_id)
    return JSONResponse(product, headers={"ETag": etag(product["version"])})


@router.patch(
    "/products/{product_id}",
    response_model=Product,
    summary="Change a product's own fields (JSON merge patch); needs If-Match",
)
def patch_product(
    product_id: str, body: ProductPatch, request: Request, state: StateDep, _: PrincipalDep
) -> Response:
    accepted = if_match(request)
    with state.db.write() as tx:
        product = catalogue.patch_product(tx, product_id, accepted, body)
        return reply(tx, request, 200, product, {"ETag": etag(product["version"])})


@router.delete(
    "/products/{product_id}", status_code=204, summary="Delete a product; needs If-Match"
)
def delete_product(product_id: str, request: Request, state: StateDep, _: PrincipalDep) -> Response:
    accepted = if_match(request)
    with state.db.write() as tx:
        catalogue.delete_product(tx, product_id, accepted)
        return reply(tx, request, 204, None)


@router.post(
    "/products/{product_id}/variants",
    status_code=201,
    response_model=Variant,
    summary="Add a variant to a product",
)
def add_variant(
    product_id: str, body: VariantIn, request: Request, state: StateDep, _: PrincipalDep
) -> Response:
    with state.db.write() as tx:
        variant = variants.add_variant(tx, product_id, body, currency=state.currency)
        return reply(tx, request, 201, variant, {"ETag": etag(variant["version"])})


@router.patch(
    "/products/{product_id}/variants/{variant_id}",
    response_model=Variant,
    summary="Change a variant's SKU, options or price; needs If-Match",
)
def patch_variant(
    product_id: str,
    variant_id: str,
    body: VariantPatch,
    request: Request,
    state: StateDep,
    _: PrincipalDep,
) -> Response:
    accepted = if_match(request)
    with state.db.write() as tx:
        variant = variants.patch_variant(
            tx, product_id, variant_id, accepted, body, currency=state.currency
        )
        return reply(tx, request, 200, variant, {"ETag": etag(variant["version"])})


@router.delete(
    "/products/{product_id}/variants/{variant_id}",
    status_code=204,
    summary="Delete a variant (not the last one); needs If-Match",
)
def delete_variant(
    product_id: str, variant_id: str, request: Request, state: StateDep, _: PrincipalDep
) -> Response:
    accepted = if_match(request)
    with state.db.write() as tx:
        variants.delete_variant(tx, product_id, variant_id, accepted)
        return reply(tx, request, 204, None)


@router.post(
    "/media",
    status_code=201,
    response_model=Media,
    summary="Upload a photo (multipart field `file`): JPEG, PNG or WebP, at most 3 MB",
    responses={200: {"model": Media, "description": "These bytes were uploaded before"}},
)
def upload_media(file: UploadFile, request: Request, state: StateDep, _: PrincipalDep) -> Response:
    data = file.file.read(media.MAX_MEDIA_BYTES + 1)  # one byte over is enough to refuse
    facts = media.inspect(data)
    with state.db.write() as tx:
        row, created = media.store(tx, data, facts)
        body = media.media_json(row, str(request.base_url))
        return reply(tx, request, 201 if created else 200, body, {"Location": body["url"]})


@router.get("/media/{media_id}", response_model=Media, summary="A photo's facts and URL")
def get_media(media_id: str, request: Request, state: StateDep, _: PrincipalDep) -> Response:
    row = media.media_row(state.db, media_id)
    return JSONResponse(media.media_json(row, str(request.base_url)))


public_router = APIRouter(tags=["catalogue"])


@public_router.get(
    "/media/{media_id}",
    summary="A photo's bytes (public, like a CDN)",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}, "image/png": {}, "image/webp": {}}}},
)
def media_bytes(media_id: str, state: StateDep) -> Response:
    row = media.media_row(state.db, media_id)
    return Response(
        bytes(row["data"]),
        media_type=row["content_type"],
        headers={"ETag": f'"{row["sha256"]}"', "Cache-Control": "public, max-age=31536000"},
    )
