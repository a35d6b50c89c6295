"""Photos for the demo shop: each product gets the photo its marketplace listing shows.

The demo marketplace lists every seeded product with one photo, drawn by `shop.draw_photo` and
served under the id `stable_id("med", key)`. The local copy gets the very same bytes through the
photo library (checks, content-addressed file, thumbnails), recorded as already uploaded under
that media id, so - like the rest of the seed - nothing waits in the outbox and the first sync
sends nothing: photo, history entry and clean-up commit in one transaction, so a sync running
meanwhile never sees a half-seeded photo.

Drawing and thumbnailing 60 photos takes seconds, so the window does it after start-up: each
photo drawn in a worker (`prepare_one`), then recorded on the database's own writer thread
(`record_one` through `Database.submit_write`, which `Database.close` waits for), so closing the
window mid-way never leaves a write running on a closed database.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sellerdesk.demo import shop
from sellerdesk.photos import PhotoLibrary, gallery, uploads
from sellerdesk.photos.prepare import Prepared, Refusal, prepare_bytes
from sellerdesk.sandbox.ids import stable_id
from sellerdesk.store.models import OutboxEntry, OutboxState, Photo, Product, Variant, new_id


def pending_products(library: PhotoLibrary) -> list[tuple[str, dict[str, Any]]]:
    """(local product id, demo product) for demo products still without photos, in shop order.
    Empty when the owner has added or removed photos since (the shop is theirs now)."""
    items = shop.products()
    with library.db.read() as session:
        if session.scalar(select(Photo.id).limit(1)) is not None:
            with_photos = set(session.scalars(select(Photo.product_id).distinct()))
        else:
            with_photos = set()
        by_sku = dict(session.execute(
            select(Variant.sku, Variant.product_id).where(
                Variant.sku.in_([item["variants"][0]["sku"] for item in items]))).all())
    found: list[tuple[str, dict[str, Any]]] = []
    for item in items:
        product_id = by_sku.get(item["variants"][0]["sku"])
        if product_id is not None and product_id not in with_photos:
            found.append((product_id, item))
    return found


def prepare_one(library: PhotoLibrary, item: dict[str, Any]) -> Prepared | None:
    """Draw the product's listing photo and store its file and thumbnails (CPU and files, no
    database: a worker thread does this while the window goes on)."""
    prepared = prepare_bytes(str(library.store.root), shop.draw_photo(item),
                             f"{item['key'].lower()}.jpg")
    if isinstance(prepared, Refusal):  # never for these drawings; a demo must not fail on it
        return None
    library.store.commit(prepared.files)
    return prepared


def record_one(library: PhotoLibrary, product_id: str, item: dict[str, Any],
               prepared: Prepared, session: Session) -> str | None:
    """The photo row, as already uploaded under the listing's media id, in the caller's
    transaction; returns the product id, or None if the product is gone or has the photo."""
    product = session.get(Product, product_id)
    if product is None or product.deleted_at is not None:
        return None
    state = product.sync_state
    [(_item, row, _code)] = gallery.add_photos(
        session, library.store, [gallery.NewPhoto(prepared, product_id, None)], new_id())
    if row is None:
        return None
    uploads.record_upload(session, prepared.content_hash, stable_id("med", item["key"]))
    # The marketplace has this photo already: what add_photos queued is not a change.
    session.execute(delete(OutboxEntry).where(
        OutboxEntry.state == OutboxState.PENDING, OutboxEntry.attempts == 0,
        ((OutboxEntry.entity == "product") & (OutboxEntry.entity_id == product_id)
         & (OutboxEntry.operation == uploads.SET_PHOTOS))
        | ((OutboxEntry.operation == uploads.UPLOAD)
           & (uploads._payload_hash() == prepared.content_hash))),  # type: ignore[operator]
        execution_options={"synchronize_session": False})
    product.sync_state = state
    return product_id


def seed_some(library: PhotoLibrary, todo: Sequence[tuple[str, dict[str, Any]]]) -> list[str]:
    """Seed the given products' photos, blocking; returns the ids of the products that got one.
    (The window does the same one product at a time, see `CataloguePage`.)"""
    done: list[str] = []
    for product_id, item in todo:
        prepared = prepare_one(library, item)
        if prepared is None:
            continue
        if library.db.run_write(partial(record_one, library, product_id, item, prepared)):
            done.append(product_id)
    return done


def seed_demo_photos(library: PhotoLibrary) -> int:
    """Every demo product without photos gets its listing's photo (blocking: seconds)."""
    return len(seed_some(library, pending_products(library)))


def draw_view(item: dict[str, Any], view: int, size: tuple[int, int] = (1200, 900)) -> bytes:
    """Another view of a demo product: a soft gradient in its colour, its silhouette and its
    name, as a shop's own detail shots look (deterministic; used for screenshots and tests
    that want a gallery of several photos)."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    width, height = size
    colour = tuple(item["photo"]["color"])
    light = tuple(min(255, c + (225 - c) * 3 // 4) for c in colour)
    ramp = Image.linear_gradient("L")  # 256 × 256, dark at the top
    ramp = ramp.transpose(Image.Transpose.ROTATE_90) if view % 2 else ramp
    image = Image.composite(Image.new("RGB", size, light), Image.new("RGB", size, (250, 247, 242)),
                            ramp.resize(size))
    side = int(height * 0.82)
    product = Image.open(io.BytesIO(shop.draw_photo(item, size=side)))
    if view % 3:  # a closer look: the middle of the same drawing, enlarged
        crop = int(side / (1.0 + 0.2 * (view % 3)))
        left = (side - crop) // 2
        product = product.crop((left, left, left + crop, left + crop)).resize((side, side))
    mask = Image.new("L", product.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, side - 1, side - 1], side // 14, fill=255)
    image.paste(product, ((width - side) // 2, int(height * 0.03)), mask)
    draw = ImageDraw.Draw(image)
    title = item["texts"].get("it", next(iter(item["texts"].values())))["title"]
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", height // 18)
    except OSError:
        font = ImageFont.load_default(size=height // 18)
    draw.rounded_rectangle([width * 0.04, height * 0.84, width * 0.96, height * 0.95],
                           height // 40, fill=(255, 255, 255))
    draw.text((width // 2, int(height * 0.895)), title, fill=tuple(max(0, c - 60)
                                                                   for c in colour),
              font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=86)
    return buffer.getvalue()
