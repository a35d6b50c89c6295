"""Marketplace items the pull could not read or apply: counted, then set aside, never dropped.

One broken item must not stop a shop from syncing, and it must not vanish either (DESIGN §12).
The first time a page holds an item that cannot be read, the pass fails and the page is not
applied (a reply cut or garbled in transit reads fine next time). When the same item fails
`LIMIT` passes in a row it is quarantined: the rest of the page is applied without it, the
cursor moves on, the Sync page lists it as "could not read" with the reason, and every later
pass fetches it again by id until it reads.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sellerdesk.marketplaces.base import (
    ChangeBatch,
    Deleted,
    RemoteOrder,
    RemoteProduct,
    RemoteVariant,
    Unreadable,
)
from sellerdesk.store import Database
from sellerdesk.store.models import UnreadableItem as Row
from sellerdesk.store.models import utcnow

LIMIT = 3  # failing passes in a row before an item is set aside
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UnreadableItem:
    """What the Sync page shows of one item set aside."""

    account_id: str
    entity: str
    remote_id: str
    reason: str
    failures: int
    first_failed_at: datetime
    last_failed_at: datetime


def unreadable(database: Database) -> list[UnreadableItem]:
    """The quarantined items, newest first."""
    with database.read() as session:
        rows = session.scalars(select(Row).where(Row.quarantined_at.is_not(None))
                               .order_by(Row.last_failed_at.desc())).all()
        return [UnreadableItem(account_id=r.account_id, entity=r.entity, remote_id=r.remote_id,
                               reason=r.reason, failures=r.failures,
                               first_failed_at=r.first_failed_at,
                               last_failed_at=r.last_failed_at) for r in rows]


def count(session: Session, account_id: str) -> int:
    return session.scalar(select(func.count()).select_from(Row).where(
        Row.account_id == account_id, Row.quarantined_at.is_not(None))) or 0


def any_for(session: Session, account_id: str) -> bool:
    return session.scalar(select(Row.entity).where(Row.account_id == account_id)
                          .limit(1)) is not None


def is_quarantined(session: Session, account_id: str, entity: str, remote_id: str) -> bool:
    row = session.get(Row, (account_id, entity, remote_id))
    return row is not None and row.quarantined_at is not None


def note_failure(session: Session, account_id: str, entity: str, remote_id: str, *,
                 code: str, reason: str) -> bool:
    """Count one more failing pass for an item; returns True once it is quarantined."""
    now = utcnow()
    row = session.get(Row, (account_id, entity, remote_id))
    if row is None:
        row = Row(account_id=account_id, entity=entity, remote_id=remote_id, failures=0,
                  first_failed_at=now)
        session.add(row)
    row.failures += 1
    row.code, row.reason, row.last_failed_at = code, reason[:2000], now
    if row.quarantined_at is None and row.failures >= LIMIT:
        row.quarantined_at = now
        log.warning("%s %s set aside after %d unreadable passes: %s", entity, remote_id,
                    row.failures, reason)
    return row.quarantined_at is not None


def forget(session: Session, account_id: str, entity: str, remote_id: str) -> None:
    """The item read (or is gone from the marketplace): nothing is set aside any more."""
    row = session.get(Row, (account_id, entity, remote_id))
    if row is not None:
        log.info("%s %s reads again", entity, remote_id)
        session.delete(row)


def to_fetch_again(session: Session, account_id: str) -> list[tuple[str, str]]:
    """(entity, remote id) of every quarantined item: fetched by id on every pass."""
    return [(r.entity, r.remote_id) for r in session.scalars(
        select(Row).where(Row.account_id == account_id, Row.quarantined_at.is_not(None))
        .order_by(Row.first_failed_at))]


class UnreadableItems(Exception):
    """A page holds items that cannot be read and are not set aside yet: nothing of the page
    is applied; the engine counts them (`quarantine.note_failure`) and the pass fails."""

    def __init__(self, items: list[Unreadable]) -> None:
        super().__init__(", ".join(item.reason for item in items))
        self.items = items


_ENTITY = {RemoteProduct: "product", RemoteVariant: "variant", RemoteOrder: "order"}


def screen(session: Session, account_id: str, batch: ChangeBatch) -> None:
    """Before anything of the batch is applied: refuse it while it holds an unreadable item
    that is not set aside yet, and forget items that read again."""
    known = any_for(session, account_id)  # usually none: no query per item
    bad = [c for c in batch.changes if isinstance(c, Unreadable) and not (
        known and is_quarantined(session, account_id, c.entity, c.id))]
    if bad:
        raise UnreadableItems(bad)
    if not known:
        return
    for change in batch.changes:
        entity = change.entity if isinstance(change, Deleted) else _ENTITY.get(type(change))
        if entity is not None:
            forget(session, account_id, entity, change.id)  # type: ignore[union-attr]
