"""Preset order problems stored as codes, not in the words of the language they were flagged in.

Before 0009 the flag dialog stored its preset problems translated, so an order flagged in the
Italian window showed "Problem: Un articolo è danneggiato" in the English one. The presets
become their codes (`orders.messages.PROBLEMS`); anything the staff wrote themselves stays.
The words are copied here, not imported: a migration must not change when the app does.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# code -> the words the dialog stored, in English and in Italian, as shipped before 0009.
PRESETS: dict[str, tuple[str, ...]] = {
    "address_incomplete": ("The address is incomplete", "L'indirizzo è incompleto"),
    "item_damaged": ("An item is damaged", "Un articolo è danneggiato"),
    "out_of_stock": ("An item is out of stock", "Un articolo è esaurito"),
    "buyer_change": ("The buyer asked for a change", "L'acquirente ha chiesto una modifica"),
}


def upgrade() -> None:
    orders = sa.table("orders", sa.column("problem", sa.Text))
    for code, words in PRESETS.items():
        op.execute(orders.update().where(orders.c.problem.in_(words)).values(problem=code))


def downgrade() -> None:
    orders = sa.table("orders", sa.column("problem", sa.Text))
    for code, words in PRESETS.items():
        op.execute(orders.update().where(orders.c.problem == code).values(problem=words[0]))
