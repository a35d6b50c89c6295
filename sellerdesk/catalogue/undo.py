"""Undo and redo as new changes: reverting a history group writes its inverse, never erases it.

An edit may have reached the marketplace already, so undoing it cannot mean deleting its history
or outbox entries: it means making the opposite change now, which is recorded and synced like any
other (DESIGN §3). Redo is the same operation applied to the undo's own group. The window keeps
only group ids on its QUndoStack; everything else comes from the history table, "the raw
material of undo".

Stock moves are reverted as deltas (stock is a counter): undoing "stock 5 → 8" after two sales
on the marketplace (8 → 6) takes back the 3 the owner added and leaves 3, so the sales still
count. Stock never goes below zero: what was sold meanwhile is gone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sellerdesk.catalogue.inputs import split_text_field
from sellerdesk.catalogue.messages import invalid, missing
from sellerdesk.catalogue.progress import Progress
from sellerdesk.catalogue.service import Catalogue
from sellerdesk.store.models import HistoryEntry, Product, UndoLink, Variant

CHUNK = 500


def _texts_as_strings(values: dict[str, Any]) -> dict[str, Any]:
    """A text that did not exist before is reverted to empty (no title = not translated)."""
    return {name: ("" if value is None and split_text_field(name) else value)
            for name, value in values.items()}


def _variant(session: Session, variant_id: str) -> Variant:
    variant = session.get(Variant, variant_id)
    if variant is None:
        raise missing("no_variant_id")
    return variant


def _revert_entry(catalogue: Catalogue, session: Session, entry: HistoryEntry,
                  group_id: str) -> str | None:
    """Apply the inverse of one history entry; returns the product it touched."""
    before, after = entry.before or {}, entry.after or {}
    if entry.entity == "product":
        if entry.action in ("create", "restore"):
            catalogue.delete_product(entry.entity_id, group_id=group_id)
        elif entry.action == "delete":
            catalogue.restore_product(entry.entity_id, group_id=group_id)
        elif entry.action == "update":
            catalogue.update_product(entry.entity_id, _texts_as_strings(before),
                                     group_id=group_id)
        else:
            raise invalid("cannot_undo", entry.action, "product")
        return entry.entity_id
    if entry.entity == "variant":
        variant = _variant(session, entry.entity_id)
        if entry.action in ("create", "restore"):
            catalogue.delete_variant(variant.sku, group_id=group_id)
        elif entry.action == "delete":
            catalogue.restore_variant(variant.id, group_id=group_id)
        elif entry.action == "update":
            catalogue.update_variant(variant.sku, before, group_id=group_id)
        elif entry.action == "stock":
            delta = int(before.get("stock", 0)) - int(after.get("stock", 0))
            delta = max(delta, -variant.stock)  # sold meanwhile: stock stops at zero
            if delta:
                catalogue.adjust_stock(variant.sku, delta, reason=variant.sku,
                                       group_id=group_id)
        else:
            raise invalid("cannot_undo", entry.action, "variant")
        return variant.product_id
    raise invalid("cannot_undo", entry.action, entry.entity)


def _prefetch(session: Session, entries: list[HistoryEntry]) -> list[object]:
    """Load the block's rows in a few queries, so each revert reads the session, not the disk."""
    variant_ids = {e.entity_id for e in entries if e.entity == "variant"}
    variants = list(session.scalars(select(Variant).where(Variant.id.in_(variant_ids))))
    product_ids = {e.entity_id for e in entries if e.entity == "product"}
    product_ids |= {v.product_id for v in variants}
    products = list(session.scalars(
        select(Product).where(Product.id.in_(product_ids))
        .options(selectinload(Product.texts), selectinload(Product.variants))
    ))
    return [*variants, *products]


def revert_group(
    catalogue: Catalogue,
    group_id: str,
    *,
    new_group_id: str,
    progress: Progress | None = None,
) -> list[str]:
    """Make the inverse of every change in `group_id`, newest first, in ONE transaction whose
    history entries share `new_group_id`; returns the ids of the products touched.

    Raises (and changes nothing) when a change can no longer be reverted, e.g. a SKU that a
    restored variant would need is now used by another product.
    """

    def work(session: Session) -> list[str]:
        entries = list(session.scalars(
            select(HistoryEntry).where(HistoryEntry.group_id == group_id)
            .order_by(HistoryEntry.seq.desc())
        ))
        if progress is not None:
            progress.start(len(entries))
        touched: dict[str, None] = {}
        for start in range(0, len(entries), CHUNK):
            block = entries[start : start + CHUNK]
            loaded = _prefetch(session, block)  # kept referenced: the session holds it weakly
            for entry in block:
                product_id = _revert_entry(catalogue, session, entry, new_group_id)
                if product_id is not None:
                    touched[product_id] = None
                if progress is not None:
                    progress.step()
            del loaded
            session.expunge_all()  # all flushed; keeps memory flat on a 100,000-row undo
        session.add(UndoLink(group_id=new_group_id, reverted_group_id=group_id))
        return list(touched)

    return catalogue.run_batch(work)


def group_size(session: Session, group_id: str) -> int:
    """How many changes a step made (the window shows a progress bar for big ones)."""
    return len(session.scalars(
        select(HistoryEntry.seq).where(HistoryEntry.group_id == group_id)).all())
