"""Turning what the owner types into an FTS5 query over the product index (migration 0002)."""

from __future__ import annotations

import re

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

_TOKEN = re.compile(r"\w+", re.UNICODE)

# The products matching an FTS query, usable inside any product query as `id IN (...)`.
MATCHING_PRODUCT_IDS = (
    "SELECT k.product_id FROM product_search s JOIN search_keys k ON k.doc = s.rowid "
    "WHERE product_search MATCH :fts"
)


def fts_query(typed: str) -> str | None:
    """Every word typed must match the start of a word in the product, in any language.

    Words are quoted so that FTS5 operators (`AND`, `NEAR`, `*`, `"`) typed by the user are
    searched for, not interpreted; a trailing `*` on each makes search-as-you-type work on the
    word being typed. Returns None when nothing searchable was typed.
    """
    words = _TOKEN.findall(typed)
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def search_product_ids(session: Session, typed: str, limit: int = 200) -> list[str]:
    """Product ids best matching `typed`, best first (live products only)."""
    query = fts_query(typed)
    if query is None:
        return []
    rows = session.execute(
        text(
            "SELECT k.product_id FROM product_search s "
            "JOIN search_keys k ON k.doc = s.rowid "
            "JOIN products p ON p.id = k.product_id "
            "WHERE product_search MATCH :fts AND p.deleted_at IS NULL "
            "ORDER BY s.rank LIMIT :limit"
        ),
        {"fts": query, "limit": limit},
    )
    return [row[0] for row in rows]


def restrict_to_matches(statement: Select, id_column: object, typed: str) -> Select:
    """Add a full-text condition on `id_column` to `statement` (unchanged when nothing typed)."""
    query = fts_query(typed)
    if query is None:
        return statement
    return statement.where(
        id_column.in_(text(MATCHING_PRODUCT_IDS).bindparams(fts=query))  # type: ignore[attr-defined]
    )


def search_docs(session: Session) -> dict[str, int]:
    """Every product's search document (`matching_docs` speaks in documents)."""
    raw = session.connection().connection.driver_connection
    return dict(raw.execute("SELECT product_id, doc FROM search_keys"))  # type: ignore[union-attr]


def matching_docs(session: Session, fts: str) -> set[int]:
    """The search documents matching an FTS5 query (from `fts_query`), as a set.

    Read through the session's own sqlite3 connection, in its transaction: SQLAlchemy's result
    rows cost more than FTS5 itself when a two-letter prefix matches the whole shop."""
    raw = session.connection().connection.driver_connection
    cursor = raw.execute(  # type: ignore[union-attr]
        "SELECT rowid FROM product_search WHERE product_search MATCH ?", (fts,))
    return {row[0] for row in cursor}


def rebuild(session: Session) -> None:
    """Recreate every search document, e.g. after a bulk load with triggers bypassed."""
    session.execute(text("DELETE FROM product_search"))
    session.execute(
        text("INSERT INTO search_keys(product_id) SELECT id FROM products WHERE id NOT IN "
             "(SELECT product_id FROM search_keys)")
    )
    session.execute(text("UPDATE products SET deleted_at = deleted_at"))


__all__ = [
    "fts_query", "matching_docs", "rebuild", "restrict_to_matches", "search_docs",
    "search_product_ids", "select",
]
