"""Alembic environment: SellerDesk always hands in an open connection (see store/migrate.py)."""

from __future__ import annotations

from alembic import context

from sellerdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app runs migrations
    raise RuntimeError("run migrations through sellerdesk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that safely
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
