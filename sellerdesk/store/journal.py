"""History and outbox entries, written inside the caller's transaction.

A local change, the history entry that lets the owner undo it, and the outbox entry that carries
it to the marketplace commit together or not at all: there is no moment at which a change exists
that the sync does not know about.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sellerdesk.crashpoints import crash_point
from sellerdesk.store.models import (
    Conflict,
    HistoryEntry,
    OutboxEntry,
    OutboxState,
    Product,
    SyncState,
    new_id,
)


def record(
    session: Session,
    *,
    entity: str,
    entity_id: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    group_id: str | None = None,
    summary: str = "",
    outbox: tuple[str, dict[str, Any]] | None = None,
    origin: str = "local",
) -> HistoryEntry:
    """Add a history entry and, when `outbox` = (operation, payload) is given, an outbox entry."""
    session.flush()  # the change itself reaches the database first (crash tests rely on order)
    crash_point("journal.after_change")
    entry = HistoryEntry(
        group_id=group_id or new_id(),
        entity=entity,
        entity_id=entity_id,
        action=action,
        origin=origin,
        summary=summary[:500],
        before=before,
        after=after,
    )
    session.add(entry)
    session.flush()
    crash_point("journal.after_history")
    if outbox is not None:
        operation, payload = outbox
        session.add(
            OutboxEntry(entity=entity, entity_id=entity_id, operation=operation, payload=payload)
        )
        session.flush()
        crash_point("journal.after_outbox")
    return entry


def entries_for(session: Session, entity: str, entity_id: str) -> list[OutboxEntry]:
    """An object's outbox entries, oldest first."""
    return list(session.scalars(
        select(OutboxEntry).where(OutboxEntry.entity == entity,
                                  OutboxEntry.entity_id == entity_id)
        .order_by(OutboxEntry.seq)))


def unsent(entry: OutboxEntry) -> bool:
    """Certainly never reached the marketplace: never attempted, in no sealed batch."""
    return (entry.state == OutboxState.PENDING and not entry.attempts
            and entry.batch_key is None)


def drop_unsent_create(session: Session, entity: str, entity_id: str) -> bool:
    """An object created here whose create never left this computer is being deleted: drop
    its entries (create, edits, stock moves) and return True - the delete has nothing to send.
    An undo made before its change was sent thus cancels it locally."""
    entries = entries_for(session, entity, entity_id)
    if not entries or entries[0].operation != "create" or not all(map(unsent, entries)):
        return False
    for entry in entries:
        session.delete(entry)
    session.flush()
    return True


def drop_unsent_delete(session: Session, entity: str, entity_id: str) -> bool:
    """A deleted object comes back while its delete never left this computer: drop that
    delete and return True - the marketplace still has the object, nothing to send."""
    entries = entries_for(session, entity, entity_id)
    if not entries or entries[-1].operation != "delete" or not unsent(entries[-1]):
        return False
    session.delete(entries[-1])
    session.flush()
    return True


def refresh_sync_state(session: Session, product: Product) -> None:
    """synced / pending / conflict / rejected, from the outbox and open conflicts."""
    variant_ids = [v.id for v in product.variants]
    conflicts = session.scalar(select(Conflict.id).where(
        Conflict.resolved_at.is_(None),
        ((Conflict.entity == "product") & (Conflict.entity_id == product.id))
        | ((Conflict.entity == "variant") & Conflict.entity_id.in_(variant_ids))).limit(1))
    states = set(session.scalars(select(OutboxEntry.state).where(
        ((OutboxEntry.entity == "product") & (OutboxEntry.entity_id == product.id))
        | ((OutboxEntry.entity == "variant") & OutboxEntry.entity_id.in_(variant_ids)))))
    if conflicts is not None:
        product.sync_state = SyncState.CONFLICT
    elif OutboxState.REJECTED in states:
        product.sync_state = SyncState.REJECTED
    elif states:
        product.sync_state = SyncState.PENDING
    else:
        product.sync_state = SyncState.SYNCED
