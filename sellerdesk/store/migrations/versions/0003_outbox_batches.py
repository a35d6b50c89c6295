"""Outbox batch keys, and sequence numbers that are never reused.

A batch call is retried with exactly the entries it was first sent with.

Price and stock updates travel in batches under one idempotency key. If a retry regrouped the
entries (because new ones arrived meanwhile) it would need a new key, and the marketplace would
apply the first batch's stock deltas twice. So the entries of a batch are marked with its key,
committed, and only then sent; a retry resends that same set.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # AUTOINCREMENT as well: without it SQLite reuses the highest `seq` after that row is
    # deleted, and a sequence number must name one change forever (outbox and history alike).
    with op.batch_alter_table("outbox", recreate="always",
                              table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.add_column(sa.Column("batch_key", sa.String(36), nullable=True))
        batch.create_index("ix_outbox_batch_key", ["batch_key"])
    with op.batch_alter_table("history", recreate="always",
                              table_kwargs={"sqlite_autoincrement": True}):
        pass


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_index("ix_outbox_batch_key")
        batch.drop_column("batch_key")
