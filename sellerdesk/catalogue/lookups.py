"""Values the editor offers while the owner types: categories, brands and tags already in use,
and the marketplaces the shop sells on (whose limits apply). Short reads, run off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from sellerdesk.store.models import Account, Product

SUGGESTIONS = 500  # more would not help anyone choose


@dataclass(frozen=True)
class Lookups:
    categories: list[str]
    brands: list[str]
    tags: list[str]
    marketplaces: list[str]


def _distinct(session: Session, column: Any) -> list[str]:
    rows = session.scalars(
        select(column).distinct().where(Product.deleted_at.is_(None), column != "")
        .order_by(column).limit(SUGGESTIONS)
    )
    return [value for value in rows if value]


def lookups(session: Session) -> Lookups:
    tags = session.scalars(
        text("SELECT DISTINCT j.value FROM products p, json_each(p.tags) j "
             "WHERE p.deleted_at IS NULL AND j.type = 'text' ORDER BY j.value LIMIT :n"),
        {"n": SUGGESTIONS},
    )
    return Lookups(
        categories=_distinct(session, Product.category),
        brands=_distinct(session, Product.brand),
        tags=[tag for tag in tags if tag],
        marketplaces=sorted(set(session.scalars(select(Account.marketplace)))),
    )


class CatalogueLookups:
    """`lookups` bound to a database, for the window (which runs no SQL itself)."""

    def __init__(self, database: Any) -> None:
        self.db = database

    def load(self) -> Lookups:
        with self.db.read() as session:
            return lookups(session)
