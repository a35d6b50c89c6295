"""Turning what the owner types into an FTS5 query over the product index (migration 0002)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

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


# Set-wise forms of migration 0002's `_reindex` and `_summarise`, over the products listed in
# `search_deferred` (migration 0005). Same expressions, same correlated subqueries (hence the
# same order inside each group_concat), so a document is what the triggers would have written.
_DEFERRED = "SELECT product_id FROM search_deferred"
_REINDEX_DEFERRED = (
    f"DELETE FROM product_search WHERE rowid IN "
    f"(SELECT doc FROM search_keys WHERE product_id IN ({_DEFERRED}))",
    # New documents numbered in the order the products were written, as the insert trigger does.
    f"INSERT OR IGNORE INTO search_keys(product_id) "
    f"SELECT id FROM products WHERE id IN ({_DEFERRED}) ORDER BY rowid",
    f"""INSERT INTO product_search(rowid, sku, title, description, tags)
    SELECT k.doc,
      coalesce((SELECT group_concat(v.sku, ' ') FROM variants v
                WHERE v.product_id = p.id AND v.deleted_at IS NULL), ''),
      coalesce((SELECT group_concat(t.title, ' ') FROM product_texts t
                WHERE t.product_id = p.id), ''),
      coalesce((SELECT group_concat(t.description, ' ') FROM product_texts t
                WHERE t.product_id = p.id), ''),
      coalesce((SELECT group_concat(j.value, ' ') FROM json_each(p.tags) j), '')
        || ' ' || p.brand || ' ' || p.category
    FROM products p JOIN search_keys k ON k.product_id = p.id
    WHERE p.id IN ({_DEFERRED}) AND p.deleted_at IS NULL ORDER BY k.doc""",
)
_LIVE = "FROM variants WHERE product_id = products.id AND deleted_at IS NULL"
_SUMMARISE_DEFERRED = f"""
    UPDATE products SET
      primary_sku = (SELECT sku {_LIVE} ORDER BY position, sku LIMIT 1),
      price_min_minor = (SELECT min(price_minor) {_LIVE}),
      currency = (SELECT currency {_LIVE} ORDER BY position, sku LIMIT 1),
      stock_total = coalesce((SELECT sum(stock) {_LIVE}), 0),
      variant_count = (SELECT count(*) {_LIVE})
    WHERE id IN ({_DEFERRED})"""


@contextmanager
def deferred_search(session: Session, product_ids: Iterable[str], *,
                    summaries: bool = True) -> Iterator[None]:
    """Write `product_ids` (new products, their texts and variants) inside the block without
    the per-row search and summary triggers; on leaving it, their search documents - and,
    unless the writer filled them itself (`summaries=False`), their variant summaries - are
    rebuilt with one statement each.

    For bulk writers: per-row triggers made a first sync of a big shop spend seconds in FTS5.
    Only these products are deferred, and only inside the caller's transaction: the listing is
    emptied before the block ends, so nothing is ever committed with triggers skipped, and every
    other row, in this transaction or any other, is kept by the triggers as always. If the block
    raises, the caller's transaction must be rolled back (`Database.write` does).
    """
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.executemany("INSERT OR IGNORE INTO search_deferred(product_id) VALUES (?)",
                    [(product_id,) for product_id in product_ids])
    try:
        yield
        for statement in _REINDEX_DEFERRED:
            raw.execute(statement)
        if summaries:
            raw.execute(_SUMMARISE_DEFERRED)
    finally:
        raw.execute("DELETE FROM search_deferred")


__all__ = [
    "deferred_search", "fts_query", "matching_docs", "rebuild", "restrict_to_matches",
    "search_docs", "search_product_ids", "select",
]
