"""History and outbox entries, written inside the caller's transaction.

A local change, the history entry that lets the owner undo it, and the outbox entry that carries
it to the marketplace commit together or not at all: there is no moment at which a change exists
that the sync does not know about.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from sellerdesk.crashpoints import crash_point
from sellerdesk.store.models import HistoryEntry, OutboxEntry, new_id


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
