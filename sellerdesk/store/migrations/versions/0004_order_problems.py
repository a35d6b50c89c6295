"""Orders can carry a problem flag.

Staff flag an order they cannot ship as it stands (an incomplete address, a damaged piece, a
buyer who asked for a change) so that nobody picks it meanwhile. The canonical marketplace API
has no such call, so the flag is the shop's own; it lives on the order row so the order list can
filter and mark flagged orders without a join. Two nullable columns: SQLite adds them in place,
with no table rewrite, however many orders the shop has.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("problem", sa.Text(), nullable=True))
        batch.add_column(sa.Column("problem_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("problem_at")
        batch.drop_column("problem")
