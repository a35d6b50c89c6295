"""The local store: a SQLite file per shop, its schema, migrations, search and backups."""

from sellerdesk.store.database import Database

__all__ = ["Database"]
