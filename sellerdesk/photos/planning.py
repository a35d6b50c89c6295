"""Which file goes to which product: the preview shown before a folder import commits.

Files are matched to SKUs by name - `SOFA-001_2.jpg` is photo 2 of the variant `SOFA-001`, as is
`sofa-001 (2).JPG` - or, failing that, by the name of the folder they are in (`SOFA-001/front.jpg`).
A photo of a single-variant product belongs to the product; on a product with several variants it
belongs to the variant whose SKU it names. Photos are imported in the order their numbers give.

Planning only reads: folders are walked without following symbolic links, to folders or to files
(no loops, and a folder from someone else cannot smuggle in a photo from elsewhere on this
computer); links, hidden and system files are left out quietly, other non-photo files are listed
as left out. A file named explicitly is taken as named, even through a link.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sellerdesk.errors import NotFoundError
from sellerdesk.photos import names
from sellerdesk.photos.messages import Message
from sellerdesk.photos.prepare import Refusal
from sellerdesk.store.models import Product, ProductText, Variant

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".gif", ".bmp", ".tif",
                  ".tiff", ".heic", ".heif", ".avif"}
QUIET = {"thumbs.db", "desktop.ini", ".ds_store", "icon\r"}
MAX_FILES = 20_000


@dataclass(frozen=True)
class Target:
    """Where a photo goes: a product, and one of its variants or none (the whole product)."""

    product_id: str
    variant_id: str | None = None
    sku: str = ""
    title: str = ""


@dataclass(frozen=True)
class PlannedPhoto:
    source: Path
    name: str  # the safe name it will be shown by
    target: Target | None
    number: int | None = None  # from the name, orders photos within a product
    notes: tuple[Message, ...] = ()
    problem: Message | None = None  # why it has no target
    named_as_sku: bool = False  # `SOFA-001.jpg`: the product's first photo by convention


@dataclass
class ImportPlan:
    """The preview: what will be imported where, what matched no product (each with its
    `problem`), and the other files that were left out."""

    photos: list[PlannedPhoto] = field(default_factory=list)
    unmatched: list[PlannedPhoto] = field(default_factory=list)
    skipped: list[Refusal] = field(default_factory=list)

    @property
    def products(self) -> int:
        return len({p.target.product_id for p in self.photos if p.target})


def _files(paths: Iterable[Path], skipped: list[Refusal]) -> list[tuple[Path, bool]]:
    """(file, named explicitly) for every path; folders are walked, sorted for a stable plan."""
    found: list[tuple[Path, bool]] = []
    for path in paths:
        if not path.is_dir():
            found.append((path, True))  # a missing or odd path gets its message when imported
            continue
        for folder, subfolders, files in os.walk(path, followlinks=False):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(folder) / name
                if name.startswith(".") or name.lower() in QUIET or candidate.is_symlink():
                    continue
                if candidate.suffix.lower() not in PHOTO_SUFFIXES:
                    skipped.append(Refusal(names.safe_name(name), Message(
                        "ignored", candidate.suffix.lower() or name), str(candidate)))
                    continue
                found.append((candidate, False))
                if len(found) >= MAX_FILES:
                    return found
    return found


def _sku_index(session: Session, wanted: set[str]) -> dict[str, list[Target]]:
    """Live variants whose SKU, lower-cased, is in `wanted`; targets by lower-cased SKU."""
    index: dict[str, list[Target]] = {}
    ordered = sorted(wanted)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        rows = session.execute(
            select(Variant.sku, Variant.id, Variant.product_id, Product.variant_count,
                   ProductText.title)
            .join(Product, Product.id == Variant.product_id)
            .outerjoin(ProductText, (ProductText.product_id == Product.id)
                       & (ProductText.language == Product.main_language))
            .where(Variant.deleted_at.is_(None), Product.deleted_at.is_(None),
                   func.lower(Variant.sku).in_(chunk))
        ).all()
        for sku, variant_id, product_id, variants, title in rows:
            index.setdefault(sku.lower(), []).append(Target(
                product_id, variant_id if (variants or 0) > 1 else None, sku, title or ""))
    return index


def target_for_sku(session: Session, sku: str) -> Target:
    """The target for an explicit `--sku`; raises NotFoundError with the owner's words."""
    exact = _sku_index(session, {sku.lower()}).get(sku.lower(), [])
    chosen = [t for t in exact if t.sku == sku] or exact
    if len(chosen) != 1:
        raise NotFoundError(Message("unknown_sku", sku).text())
    return chosen[0]


def target_for_product(session: Session, product_id: str, variant_id: str | None) -> Target:
    product = session.get(Product, product_id)
    if product is None or product.deleted_at is not None:
        raise NotFoundError(f"No product with id {product_id}.")
    if variant_id is not None:
        variant = session.get(Variant, variant_id)
        if variant is None or variant.product_id != product_id or variant.deleted_at:
            raise NotFoundError(f"No variant {variant_id} in product {product_id}.")
    return Target(product_id, variant_id, "", product.title_for(product.main_language))


def _match(source: Path, index: dict[str, list[Target]]
           ) -> tuple[Target | None, int | None, Message | None, bool]:
    """(target, photo number, problem, named exactly as the SKU)."""
    stem = names.stem_of(source.name)
    readings = [*names.sku_candidates(stem), (source.parent.name, names.photo_number(stem))]
    for reading, (candidate, number) in enumerate(readings):
        targets = index.get(candidate.lower(), [])
        exact = [t for t in targets if t.sku == candidate]
        if len(exact) == 1 or len(targets) == 1:
            return (exact or targets)[0], number, None, reading == 0
        if len(targets) > 1:
            return None, number, Message("ambiguous", ", ".join(t.sku for t in targets)), False
    return None, names.photo_number(stem), None, False


def plan(session: Session, paths: Sequence[Path], target: Target | None = None) -> ImportPlan:
    """Match `paths` (files and folders) to products; with `target`, everything goes there."""
    result = ImportPlan()
    files = _files(paths, result.skipped)
    index: dict[str, list[Target]] = {}
    if target is None:
        wanted = {
            candidate.lower()
            for source, _explicit in files
            for candidate, _n in [*names.sku_candidates(names.stem_of(source.name)),
                                  (source.parent.name, None)]
        }
        index = _sku_index(session, wanted)
    for source, _explicit in files:
        raw = source.name
        safe = names.safe_name(raw)
        notes: tuple[Message, ...] = ()
        if names.needs_renaming(raw):
            notes = (Message("unsafe_name", names.shown(raw), safe),)
        if target is not None:
            matched, number, problem = target, names.photo_number(names.stem_of(raw)), None
            exact = False
        else:
            matched, number, problem, exact = _match(source, index)
        if matched is None:
            result.unmatched.append(PlannedPhoto(source, safe, None, number, notes,
                                                 problem or Message("no_match")))
        else:
            planned = PlannedPhoto(source, safe, matched, number, notes, None, exact)
            result.photos.append(planned)
    # Product by product (in order of first appearance): the file named as the SKU, then the
    # numbered ones by number, then the rest by name.
    first_seen: dict[str, int] = {}
    for position, photo in enumerate(result.photos):
        assert photo.target is not None
        first_seen.setdefault(photo.target.product_id, position)
    result.photos.sort(key=lambda p: (
        first_seen[p.target.product_id] if p.target else 0,
        0 if p.named_as_sku else 1 if p.number is not None else 2,
        p.number or 0, p.name.lower()))
    return result
