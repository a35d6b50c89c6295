"""Full-text product search and per-product variant summaries, both kept by triggers.

The product table shows and sorts by SKU, lowest price and total stock; computing those from the
variants for 100,000 products on every scroll or sort is too slow, so triggers keep them on the
product row. The FTS5 index covers SKUs, titles and descriptions in every language, tags, brand
and category; `remove_diacritics 2` makes `perche` find `perché`, and prefix indexes make
search-as-you-type cheap. Triggers (rather than application code) keep both current, so every
writer - the editor, the sync, a bulk import - leaves them right.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _reindex(pid: str) -> str:
    """SQL that rebuilds the search document of product `pid` (an SQL expression)."""
    return f"""
    DELETE FROM product_search WHERE rowid = (SELECT doc FROM search_keys WHERE product_id = {pid});
    INSERT INTO product_search(rowid, sku, title, description, tags)
    SELECT k.doc,
      coalesce((SELECT group_concat(v.sku, ' ') FROM variants v
                WHERE v.product_id = p.id AND v.deleted_at IS NULL), ''),
      coalesce((SELECT group_concat(t.title, ' ') FROM product_texts t
                WHERE t.product_id = p.id), ''),
      coalesce((SELECT group_concat(t.description, ' ') FROM product_texts t
                WHERE t.product_id = p.id), ''),
      coalesce((SELECT group_concat(j.value, ' ') FROM json_each(p.tags) j), '')
        || ' ' || p.brand || ' ' || p.category
    FROM products p JOIN search_keys k ON k.product_id = p.id
    WHERE p.id = {pid} AND p.deleted_at IS NULL;
    """


def _summarise(pid: str) -> str:
    """SQL that recomputes the variant summary columns of product `pid`."""
    live = f"FROM variants WHERE product_id = {pid} AND deleted_at IS NULL"
    return f"""
    UPDATE products SET
      primary_sku = (SELECT sku {live} ORDER BY position, sku LIMIT 1),
      price_min_minor = (SELECT min(price_minor) {live}),
      currency = (SELECT currency {live} ORDER BY position, sku LIMIT 1),
      stock_total = coalesce((SELECT sum(stock) {live}), 0),
      variant_count = (SELECT count(*) {live})
    WHERE id = {pid};
    """


TRIGGERS = {
    "products_ai": f"AFTER INSERT ON products BEGIN "
    f"INSERT INTO search_keys(product_id) VALUES (NEW.id); {_reindex('NEW.id')} END",
    "products_au": "AFTER UPDATE OF tags, brand, category, deleted_at ON products BEGIN "
    f"{_reindex('NEW.id')} END",
    "products_bd": "BEFORE DELETE ON products BEGIN "
    "DELETE FROM product_search WHERE rowid = "
    "(SELECT doc FROM search_keys WHERE product_id = OLD.id); END",
    "texts_ai": f"AFTER INSERT ON product_texts BEGIN {_reindex('NEW.product_id')} END",
    "texts_au": f"AFTER UPDATE ON product_texts BEGIN {_reindex('NEW.product_id')} END",
    "texts_ad": f"AFTER DELETE ON product_texts BEGIN {_reindex('OLD.product_id')} END",
    "variants_ai": "AFTER INSERT ON variants BEGIN "
    f"{_reindex('NEW.product_id')} {_summarise('NEW.product_id')} END",
    "variants_au_search": "AFTER UPDATE OF sku, deleted_at ON variants BEGIN "
    f"{_reindex('NEW.product_id')} END",
    "variants_au_summary": "AFTER UPDATE OF sku, deleted_at, price_minor, currency, stock, "
    f"position ON variants BEGIN {_summarise('NEW.product_id')} END",
    "variants_ad": "AFTER DELETE ON variants BEGIN "
    f"{_reindex('OLD.product_id')} {_summarise('OLD.product_id')} END",
}

SUMMARY_INDEXES = ("primary_sku", "price_min_minor", "stock_total")


def upgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.add_column(sa.Column("primary_sku", sa.String(64), nullable=True))
        batch.add_column(sa.Column("price_min_minor", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("currency", sa.String(3), nullable=True))
        batch.add_column(sa.Column("stock_total", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(
            sa.Column("variant_count", sa.Integer(), server_default="0", nullable=False)
        )
        for column in SUMMARY_INDEXES:
            batch.create_index(f"ix_products_{column}", [column])

    op.execute(
        "CREATE TABLE search_keys ("
        " doc INTEGER PRIMARY KEY,"
        " product_id VARCHAR(36) NOT NULL UNIQUE REFERENCES products(id) ON DELETE CASCADE)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE product_search USING fts5("
        " sku, title, description, tags,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")

    # Existing rows: give each product a search document and a summary.
    op.execute("INSERT INTO search_keys(product_id) SELECT id FROM products ORDER BY created_at")
    op.execute(
        "UPDATE products SET deleted_at = deleted_at"  # fires products_au: indexes every row
    )
    op.execute(_summarise("products.id"))


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS product_search")
    op.execute("DROP TABLE IF EXISTS search_keys")
    with op.batch_alter_table("products") as batch:
        for column in SUMMARY_INDEXES:
            batch.drop_index(f"ix_products_{column}")
        for column in (
            "variant_count",
            "stock_total",
            "currency",
            "price_min_minor",
            "primary_sku",
        ):
            batch.drop_column(column)
