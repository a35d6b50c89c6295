"""Reading the outbox: what is waiting to reach the marketplace, for the Sync page and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from sellerdesk.store.models import HistoryEntry, OutboxEntry, OutboxState


@dataclass(frozen=True)
class PendingChange:
    seq: int
    entity: str
    entity_id: str
    operation: str
    state: str
    attempts: int
    last_error: str | None
    created_at: datetime
    summary: str


class Outbox:
    def __init__(self, database: Any) -> None:
        self.db = database

    def pending_count(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0

    def pending(self, limit: int = 500) -> list[PendingChange]:
        """The oldest waiting changes first, each with a readable summary from its history."""
        summary = (
            select(HistoryEntry.summary)
            .where(
                HistoryEntry.entity == OutboxEntry.entity,
                HistoryEntry.entity_id == OutboxEntry.entity_id,
            )
            .order_by(HistoryEntry.seq.desc())
            .limit(1)
            .scalar_subquery()
        )
        with self.db.read() as session:
            rows = session.execute(
                select(OutboxEntry, summary).order_by(OutboxEntry.seq).limit(limit)
            ).all()
            return [
                PendingChange(
                    seq=entry.seq,
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    operation=entry.operation,
                    state=entry.state,
                    attempts=entry.attempts,
                    last_error=entry.last_error,
                    created_at=entry.created_at,
                    summary=text or "",
                )
                for entry, text in rows
            ]

    def rejected_count(self) -> int:
        with self.db.read() as session:
            return session.scalar(
                select(func.count()).where(OutboxEntry.state == OutboxState.REJECTED)
            ) or 0
