"""Undo and redo write new changes (history and outbox grow), never erase old ones."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import delete, update

from sellerdesk.catalogue import Catalogue, VariantInput
from sellerdesk.catalogue.bulk import BulkEdit, PriceChange, apply
from sellerdesk.catalogue.undo import group_size, revert_group
from sellerdesk.errors import ValidationError
from sellerdesk.store import Database
from sellerdesk.store.models import OutboxEntry, Product, SyncState


def groups(history: Any) -> list[str]:
    return list(dict.fromkeys(e["group_id"] for e in history()))


def test_undo_and_redo_an_update(catalogue: Catalogue, make_product: Any, history: Any,
                                 outbox: Any) -> None:
    product_id = make_product()
    catalogue.update_product(product_id, {"title.it": "Nuovo", "title.en": "New",
                                          "category": "Divani"}, group_id="edit")
    revert_group(catalogue, "edit", new_group_id="undo")
    view = catalogue.get(product_id)
    assert view.title("it") == "Divano tre posti" and view.category == ""
    assert view.texts["en"]["title"] == ""  # a translation that did not exist is emptied
    revert_group(catalogue, "undo", new_group_id="redo")
    view = catalogue.get(product_id)
    assert (view.title("it"), view.texts["en"]["title"], view.category) == (
        "Nuovo", "New", "Divani")
    assert [e["group_id"] for e in history()][1:] == ["edit", "undo", "redo"]
    assert [e["operation"] for e in outbox()] == ["create", "update", "update", "update"]


def test_undo_of_an_already_synced_edit_is_a_new_outbox_entry(
        catalogue: Catalogue, database: Database, make_product: Any, outbox: Any,
        history: Any) -> None:
    product_id = make_product(price=1000)
    catalogue.update_variant("DIV3-CH", {"price_minor": 1500}, group_id="edit")
    keys_sent = {e["idempotency_key"] for e in outbox()}

    def synced(session: Any) -> None:  # what the push does once the marketplace confirmed
        session.execute(delete(OutboxEntry))
        session.execute(update(Product).values(sync_state=SyncState.SYNCED))

    database.run_write(synced)
    revert_group(catalogue, "edit", new_group_id="undo")
    assert catalogue.variant("DIV3-CH").price_minor == 1000
    [entry] = outbox()
    assert entry["operation"] == "update"
    assert entry["payload"] == {"fields": {"price_minor": 1000}}
    assert entry["idempotency_key"] not in keys_sent
    assert catalogue.get(product_id).sync_state == SyncState.PENDING
    assert len(history()) == 3  # create, edit, undo: nothing rewritten


def test_undo_create_deletes_and_redo_restores(catalogue: Catalogue, make_product: Any,
                                               outbox: Any) -> None:
    product_id = make_product()
    created_group = groups_of(catalogue, product_id)
    revert_group(catalogue, created_group, new_group_id="undo")
    assert catalogue.count() == 0
    revert_group(catalogue, "undo", new_group_id="redo")
    assert catalogue.get(product_id).variants[0].sku == "DIV3-CH"
    # Nothing was sent yet: the undo's delete is taken back by the redo, and the product's
    # create (never sent) is all that goes to the marketplace.
    assert [e["operation"] for e in outbox()] == ["create"]


def groups_of(catalogue: Catalogue, product_id: str) -> str:
    from sqlalchemy import select

    from sellerdesk.store.models import HistoryEntry

    with catalogue.db.read() as session:
        return session.scalar(select(HistoryEntry.group_id)
                              .where(HistoryEntry.entity_id == product_id))


def test_undo_variant_add_delete_and_stock(catalogue: Catalogue, make_product: Any,
                                           outbox: Any) -> None:
    product_id = make_product("V-1", stock=5)
    catalogue.add_variant(product_id, VariantInput("V-2", 100, stock=3), group_id="add")
    catalogue.delete_variant("V-1", group_id="del")
    catalogue.set_stock("V-2", 8, group_id="stock")
    catalogue.adjust_stock("V-2", -2, group_id="sale")  # a sale after the correction
    revert_group(catalogue, "stock", new_group_id="u1")
    assert catalogue.variant("V-2").stock == 1  # the +5 is taken back, the sale still counts
    revert_group(catalogue, "del", new_group_id="u2")
    assert [v.sku for v in catalogue.get(product_id).variants] == ["V-1", "V-2"]
    revert_group(catalogue, "add", new_group_id="u3")
    assert [v.sku for v in catalogue.get(product_id).variants] == ["V-1"]
    revert_group(catalogue, "u3", new_group_id="r3")
    assert [v.sku for v in catalogue.get(product_id).variants] == ["V-1", "V-2"]
    operations = [(e["operation"], e["payload"].get("sku")) for e in outbox()]
    # Nothing was ever sent, so each undo cancels its change here instead of sending it and
    # its inverse: V-1's delete is taken back by its restore, and undoing V-2's add drops its
    # create and stock moves. The redo then creates V-2 as it is now (its stock included).
    assert operations == [("create", None), ("create", "V-2")]
    assert catalogue.variant("V-2").stock == 1


def test_undo_of_a_bulk_edit_is_one_transaction(catalogue: Catalogue, make_product: Any,
                                                history: Any) -> None:
    ids = [make_product(f"B-{n}", price=1000) for n in range(4)]
    apply(catalogue, ids, BulkEdit(price=PriceChange.PERCENT, price_value=Decimal(10)),
          group_id="bulk")
    with catalogue.db.read() as session:
        assert group_size(session, "bulk") == 4
    touched = revert_group(catalogue, "bulk", new_group_id="undo")
    assert sorted(touched) == sorted(ids)
    assert {catalogue.get(pid).variants[0].price_minor for pid in ids} == {1000}
    assert sum(1 for e in history() if e["group_id"] == "undo") == 4


def test_an_undo_that_cannot_apply_changes_nothing(catalogue: Catalogue, make_product: Any,
                                                   history: Any) -> None:
    product_id = make_product("S-1", variants=[VariantInput("S-1", 100), VariantInput("S-2", 1)])
    catalogue.delete_variant("S-2", group_id="del")
    make_product("S-2", "Altro")  # the SKU went to another product meanwhile
    count = len(history())
    with pytest.raises(ValidationError):
        revert_group(catalogue, "del", new_group_id="undo")
    assert len(history()) == count
    assert [v.sku for v in catalogue.get(product_id).variants] == ["S-1"]


def test_stock_undo_stops_at_zero(catalogue: Catalogue, make_product: Any) -> None:
    make_product("Z-1", stock=0)
    catalogue.set_stock("Z-1", 4, group_id="count")
    catalogue.adjust_stock("Z-1", -4, group_id="sold")
    revert_group(catalogue, "count", new_group_id="undo")
    assert catalogue.variant("Z-1").stock == 0
