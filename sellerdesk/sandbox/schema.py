"""The sandbox's own SQLite schema. Created on first open; the sandbox never migrates old files.

JSON columns hold what the API only ever reads and writes whole (texts, options, addresses), which
keeps the schema close to the wire format.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS auth_codes (
    code TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    redirect_uri TEXT,
    code_challenge TEXT,
    expires_at REAL NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    client_id TEXT NOT NULL,
    expires_at REAL NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
-- Seeded photos are drawn after start-up (drawing 60 takes longer than the 2 s start budget):
-- until then `data` and its facts are NULL and `draw_key` names the demo product to draw.
CREATE TABLE IF NOT EXISTS media (
    id TEXT PRIMARY KEY,
    sha256 TEXT,
    content_type TEXT NOT NULL,
    size INTEGER,
    width INTEGER,
    height INTEGER,
    data BLOB,
    draw_key TEXT,
    created_at TEXT NOT NULL
);
-- Not UNIQUE: two seeded photos may be drawn alike; an upload reuses the first match.
CREATE INDEX IF NOT EXISTS media_sha256 ON media (sha256);
CREATE TABLE IF NOT EXISTS products (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    target_status TEXT NOT NULL,
    audit_ends_at REAL,
    main_language TEXT NOT NULL,
    texts TEXT NOT NULL,
    category TEXT,
    brand TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    weight_grams INTEGER,
    dimensions_mm TEXT,
    media_ids TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS products_auditing ON products (audit_ends_at)
    WHERE status = 'auditing';
CREATE TABLE IF NOT EXISTS variants (
    id TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sku TEXT NOT NULL UNIQUE,
    options TEXT NOT NULL DEFAULT '{}',
    price_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    stock INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS variants_product ON variants (product_id, position);
CREATE TABLE IF NOT EXISTS orders (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    buyer TEXT NOT NULL,
    shipping_address TEXT NOT NULL,
    currency TEXT NOT NULL,
    shipping_minor INTEGER NOT NULL,
    placed_at TEXT NOT NULL,
    ship_by TEXT,
    paid_at TEXT,
    shipped_at TEXT,
    completed_at TEXT,
    cancelled_at TEXT,
    cancel_reason TEXT,
    updated_at TEXT NOT NULL,
    updated_seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_updated ON orders (updated_seq);
CREATE TABLE IF NOT EXISTS order_lines (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sku TEXT NOT NULL,
    product_id TEXT,
    variant_id TEXT,
    title TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    shipped_quantity INTEGER NOT NULL DEFAULT 0,
    unit_price_minor INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS order_lines_order ON order_lines (order_id, position);
CREATE TABLE IF NOT EXISTS fulfillments (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    carrier TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    tracking_url TEXT,
    lines TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fulfillments_order ON fulfillments (order_id, created_at);
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    tx INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    version INTEGER,
    at TEXT NOT NULL,
    data TEXT
);
CREATE INDEX IF NOT EXISTS changes_tx ON changes (tx);
CREATE TABLE IF NOT EXISTS idempotency (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body BLOB NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX IF NOT EXISTS idempotency_age ON idempotency (created_at);
"""
