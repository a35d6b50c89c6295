"""Bulk writers may rebuild the search documents and summaries of their own new products at once.

The insert triggers of 0002 rebuild a product's search document (FTS5, with prefix indexes) and
its variant summary row by row; a first sync writing 10,000 products spent seconds there. Now a
writer can list product ids in `search_deferred` inside its transaction: inserts of those
products, their texts and their variants skip the per-row work, and the writer rebuilds exactly
those entries with one statement each and empties the table before it commits
(`store.search.deferred_search`). Every other row - every other writer - is kept by the
triggers exactly as before; a crash rolls the listing back together with the rows.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_0002 = importlib.import_module("sellerdesk.store.migrations.versions.0002_search_and_summaries")
TRIGGERS: dict[str, str] = _0002.TRIGGERS

# The insert triggers, with their table and the column naming the product of the new row.
DEFERRABLE = {"products_ai": "id", "texts_ai": "product_id", "variants_ai": "product_id"}


def _deferrable(name: str) -> str:
    """0002's trigger `name` with a WHEN clause that skips the products listed as deferred."""
    head, body = TRIGGERS[name].split(" BEGIN ", 1)
    column = DEFERRABLE[name]
    return (f"{head} WHEN NOT EXISTS (SELECT 1 FROM search_deferred "
            f"WHERE product_id = NEW.{column}) BEGIN {body}")


def upgrade() -> None:
    op.execute("CREATE TABLE search_deferred (product_id VARCHAR(36) NOT NULL PRIMARY KEY)"
               " WITHOUT ROWID")
    for name in DEFERRABLE:
        op.execute(f"DROP TRIGGER {name}")
        op.execute(f"CREATE TRIGGER {name} {_deferrable(name)}")


def downgrade() -> None:
    for name in DEFERRABLE:
        op.execute(f"DROP TRIGGER {name}")
        op.execute(f"CREATE TRIGGER {name} {TRIGGERS[name]}")
    op.execute("DROP TABLE search_deferred")
