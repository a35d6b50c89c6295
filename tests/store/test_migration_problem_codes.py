"""Migration 0009: preset problems flagged in Italian or English become codes; free text stays."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sellerdesk.orders.messages import problem_text
from sellerdesk.store import Database, migrate

INSERT = (
    "INSERT INTO orders (id, number, status, buyer_name, buyer_email, buyer_country, "
    "shipping_address, currency, subtotal_minor, shipping_minor, total_minor, placed_at, "
    "notes, updated_at, problem) VALUES (?, ?, 'awaiting_shipment', 'A', 'a@b.c', 'IT', '{}', "
    "'EUR', 0, 0, 0, '2026-12-01 10:00:00', '', '2026-12-01 10:00:00', ?)"
)


def test_preset_problems_stored_in_a_language_become_codes(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite"
    migrate.upgrade(path, "0008")
    with sqlite3.connect(path) as raw:
        raw.executemany(INSERT, [
            ("1", "1001", "Un articolo è danneggiato"),
            ("2", "1002", "An item is out of stock"),
            ("3", "1003", "L'indirizzo è incompleto"),
            ("4", "1004", "Box crushed, call the buyer"),
            ("5", "1005", None),
        ])
    Database.open(path).close()  # opening migrates to the newest revision
    assert migrate.current_revision(path) == "0009"
    with sqlite3.connect(path) as raw:
        stored = dict(raw.execute("SELECT number, problem FROM orders").fetchall())
    assert stored == {"1001": "item_damaged", "1002": "out_of_stock",
                      "1003": "address_incomplete", "1004": "Box crushed, call the buyer",
                      "1005": None}
    # An English window words the code in English, whatever language flagged it.
    assert problem_text(stored["1001"]) == "An item is damaged"
    assert problem_text(stored["1004"]) == "Box crushed, call the buyer"
