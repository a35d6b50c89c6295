"""A change, its history entry and its outbox entry commit together or not at all.

A child process performs one catalogue write and is killed with SIGKILL (as in a power cut or a
forced quit) at each point between the statements; the parent then opens the file and finds the
whole change or none of it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.crashpoints import ENV as CRASH_ENV
from sellerdesk.store import Database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

CRASH_POINTS = ("journal.after_change", "journal.after_history", "journal.after_outbox")

CHILD = """
import sys
from pathlib import Path
from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.store import Database

path, operation = Path(sys.argv[1]), sys.argv[2]
database = Database.open(path)
catalogue = Catalogue(database)
if operation == "create":
    catalogue.create_product(ProductInput(
        texts={"it": {"title": "Sedia impagliata", "description": "Faggio"}},
        variants=[VariantInput("SED-1", 4500, stock=2), VariantInput("SED-2", 4900, stock=1)],
    ))
elif operation == "update":
    catalogue.update_product(sys.argv[3], {"title.it": "Divano rosso", "brand": "Rossi"})
elif operation == "stock":
    catalogue.adjust_stock("DIV-1", -2, reason="venduto in negozio")
elif operation == "stock-then-die":
    catalogue.adjust_stock("DIV-1", -2)
    import os, signal
    os.kill(os.getpid(), signal.SIGKILL)  # no close(), no checkpoint: the -wal stays hot
database.close()
"""


def _run_child(path: Path, operation: str, *args: str, crash_at: str | None) -> int:
    env = {k: v for k, v in os.environ.items() if k != CRASH_ENV}
    if crash_at is not None:
        env[CRASH_ENV] = crash_at
    completed = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), operation, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if completed.returncode not in (0, -signal.SIGKILL):
        pytest.fail(f"child failed ({completed.returncode}):\n{completed.stderr}")
    return completed.returncode


def _state(path: Path) -> dict[str, Any]:
    """Everything a write could have touched, read through a freshly opened database."""
    with Database.open(path) as database, database.read() as session:

        def rows(sql: str) -> list[tuple[Any, ...]]:
            return [tuple(row) for row in session.execute(text(sql))]

        return {
            "integrity": rows("PRAGMA integrity_check"),
            "products": rows(
                "SELECT id, brand, sync_state, stock_total, deleted_at FROM products ORDER BY id"
            ),
            "texts": rows("SELECT product_id, language, title FROM product_texts ORDER BY 1, 2"),
            "variants": rows("SELECT sku, stock FROM variants ORDER BY sku"),
            "history": rows("SELECT entity, entity_id, action FROM history ORDER BY seq"),
            "outbox": rows("SELECT entity, entity_id, operation FROM outbox ORDER BY seq"),
            "search": rows(
                "SELECT k.product_id FROM product_search s JOIN search_keys k ON k.doc = s.rowid"
                " WHERE product_search MATCH 'sedia OR rosso' ORDER BY 1"
            ),
        }


@pytest.fixture
def shop(tmp_path: Path) -> tuple[Path, str]:
    """A shop with one product (DIV-1, stock 5) whose sync already happened."""
    path = tmp_path / "sellerdesk.db"
    with Database.open(path) as database:
        product_id = Catalogue(database).create_product(
            ProductInput(
                texts={"it": {"title": "Divano", "description": ""}},
                variants=[VariantInput("DIV-1", 99900, stock=5)],
            )
        )
        with database.write() as session:
            session.execute(text("UPDATE products SET sync_state = 'synced'"))
            session.execute(text("DELETE FROM outbox"))
    return path, product_id


OPERATIONS = ("create", "update", "stock")


@pytest.mark.parametrize("crash_at", CRASH_POINTS)
@pytest.mark.parametrize("operation", OPERATIONS)
def test_a_kill_between_the_statements_leaves_nothing(
    shop: tuple[Path, str], operation: str, crash_at: str
) -> None:
    path, product_id = shop
    before = _state(path)

    returncode = _run_child(path, operation, product_id, crash_at=crash_at)

    assert returncode == -signal.SIGKILL, "the crash point was never reached"
    after = _state(path)
    assert after["integrity"] == [("ok",)]
    assert after == before


@pytest.mark.parametrize("operation", OPERATIONS)
def test_without_a_crash_the_change_its_history_and_its_outbox_entry_all_commit(
    shop: tuple[Path, str], operation: str
) -> None:
    path, product_id = shop
    before = _state(path)

    assert _run_child(path, operation, product_id, crash_at=None) == 0

    after = _state(path)
    assert after["integrity"] == [("ok",)]
    new_history = after["history"][len(before["history"]) :]
    new_outbox = after["outbox"][len(before["outbox"]) :]
    assert len(new_history) == len(new_outbox) == 1
    entity, entity_id, action = new_history[0]
    if operation == "create":
        new_ids = {row[0] for row in after["products"]} - {product_id}
        assert len(new_ids) == 1
        assert (entity, action) == ("product", "create")
        assert entity_id in new_ids
        assert new_outbox == [("product", entity_id, "create")]
        assert ("SED-1", 2) in after["variants"] and ("SED-2", 1) in after["variants"]
        assert after["search"] == [(entity_id,)]
    elif operation == "update":
        assert new_history == [("product", product_id, "update")]
        assert new_outbox == [("product", product_id, "update")]
        assert (product_id, "it", "Divano rosso") in after["texts"]
        assert after["products"][0][1:4] == ("Rossi", "pending", 5)
        assert after["search"] == [(product_id,)]
    else:
        assert (entity, action) == ("variant", "stock")
        assert new_outbox == [("variant", entity_id, "stock_adjust")]
        assert after["variants"] == [("DIV-1", 3)]
        assert after["products"][0][2:4] == ("pending", 3)


def test_every_live_product_has_its_create_history_and_outbox_entries(
    shop: tuple[Path, str],
) -> None:
    """After a series of killed and completed writes, no change exists that the sync or the
    undo does not know about."""
    path, product_id = shop
    for crash_at in CRASH_POINTS:
        assert _run_child(path, "create", crash_at=crash_at) == -signal.SIGKILL
    assert _run_child(path, "create", crash_at=None) == 0

    state = _state(path)
    product_ids = {row[0] for row in state["products"]}
    created = {row[1] for row in state["history"] if row[2] == "create"}
    queued = {row[1] for row in state["outbox"] if row[2] == "create"}
    assert len(product_ids) == 2
    assert product_ids <= created
    # The fixture emptied the outbox as a finished sync would; the new product is queued.
    assert product_ids - {product_id} <= queued


def test_a_kill_right_after_a_commit_loses_nothing(shop: tuple[Path, str]) -> None:
    path, _product_id = shop

    assert _run_child(path, "stock-then-die", crash_at=None) == -signal.SIGKILL

    assert path.with_name(path.name + "-wal").exists()
    after = _state(path)
    assert after["integrity"] == [("ok",)]
    assert after["variants"] == [("DIV-1", 3)]
    assert [row[2] for row in after["outbox"]] == ["stock_adjust"]
