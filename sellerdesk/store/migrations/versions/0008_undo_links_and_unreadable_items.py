"""Undo links (which group a revert took back) and the marketplace items the pull could not read.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "undo_links",
        sa.Column("group_id", sa.String(36), nullable=False),
        sa.Column("reverted_group_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("group_id", name="pk_undo_links"),
    )
    op.create_index("ix_undo_links_reverted_group_id", "undo_links", ["reverted_group_id"],
                    unique=True)
    op.create_table(
        "unreadable_items",
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("remote_id", sa.String(128), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", sa.DateTime(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=False),
        sa.Column("quarantined_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name="fk_unreadable_items_account_id_accounts"),
        sa.PrimaryKeyConstraint("account_id", "entity", "remote_id", name="pk_unreadable_items"),
    )


def downgrade() -> None:
    op.drop_table("unreadable_items")
    op.drop_index("ix_undo_links_reverted_group_id", table_name="undo_links")
    op.drop_table("undo_links")
