"""The change feed: every mutation, once, in commit order, deletes included as tombstones.

Entries are written inside the transaction that makes the change, so an entry exists exactly when
its change does. ``seq`` comes from SQLite's AUTOINCREMENT and writers are serialised
(:mod:`.database`), so a reader that has seen ``seq = n`` can never later find an entry below
``n``: following ``next`` is complete. ``data`` is the object as it stood after the change
(``null`` for a delete), so a client can apply the feed without fetching each object.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Literal

from .database import Tx

Entity = Literal["product", "variant", "stock", "order"]
Op = Literal["create", "update", "delete"]

MAX_PAGE = 500


def record(
    tx: Tx,
    entity: Entity,
    entity_id: str,
    op: Op,
    version: int | None,
    data: dict[str, Any] | None,
) -> int:
    cursor = tx.execute(
        "INSERT INTO changes (tx, entity, entity_id, op, version, at, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            tx.tx_id,
            entity,
            entity_id,
            op,
            version,
            tx.at,
            None if data is None else json.dumps(data, ensure_ascii=False),
        ),
    )
    return int(cursor.lastrowid or 0)


def last_seq(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0])


def page(conn: sqlite3.Connection, since: int, limit: int) -> dict[str, Any]:
    """Entries after ``since``; ``next`` is the cursor to pass as ``since`` for the next page."""
    rows = conn.execute(
        "SELECT seq, tx, entity, entity_id, op, version, at, data FROM changes"
        " WHERE seq > ? ORDER BY seq LIMIT ?",
        (since, limit + 1),
    ).fetchall()
    has_more = len(rows) > limit
    rows = rows[:limit]
    changes = [
        {
            "seq": row["seq"],
            "tx": row["tx"],
            "entity": row["entity"],
            "id": row["entity_id"],
            "op": row["op"],
            "deleted": row["op"] == "delete",
            "version": row["version"],
            "at": row["at"],
            "data": None if row["data"] is None else json.loads(row["data"]),
        }
        for row in rows
    ]
    return {
        "changes": changes,
        "next": changes[-1]["seq"] if changes else since,
        "has_more": has_more,
        "last_seq": last_seq(conn),
    }
