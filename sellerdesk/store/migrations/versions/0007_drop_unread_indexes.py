"""Drop three indexes no query reads, which every new order paid for.

`orders.remote_id`, `fulfilments.remote_id` and `order_lines.sku` were indexed from the start,
but orders are found by their number, fulfilments through their order, and an order line's SKU
is only searched with `ILIKE '%...%'`, which no index serves. Each new order wrote into them all
the same: a first sync of 20,000 orders (40,000 lines, 10,000 shipments) spent about 0.15 s of
its 2.4 s of writing on them (bench/SYNC.md).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DROPPED = (
    ("ix_orders_remote_id", "orders", "remote_id"),
    ("ix_fulfilments_remote_id", "fulfilments", "remote_id"),
    ("ix_order_lines_sku", "order_lines", "sku"),
)


def upgrade() -> None:
    for name, _table, _column in DROPPED:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    for name, table, column in DROPPED:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")
