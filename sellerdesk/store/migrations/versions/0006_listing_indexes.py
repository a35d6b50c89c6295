"""Partial indexes for the product table's listing and the sidebar's counts.

The table's unfiltered listing (its first query at start-up, and again after every write) sorts
the live products by SKU: with only `ix_products_primary_sku` SQLite scanned the index, fetched
each ~2 KB product row to test `deleted_at`, and sorted the ties by id in a temporary B-tree
(~260 ms on 100,000 products). A partial index on `(primary_sku, id)` of the live rows answers
it from the index alone. The sidebar's counts (every few seconds) group the live products by
sync state: the same, on `sync_state`. Both are partial, so tombstones cost nothing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_products_live_primary_sku ON products (primary_sku, id) "
               f"WHERE {LIVE}")
    op.execute(f"CREATE INDEX ix_products_live_sync_state ON products (sync_state) WHERE {LIVE}")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_products_live_sync_state")
    op.execute("DROP INDEX IF EXISTS ix_products_live_primary_sku")
