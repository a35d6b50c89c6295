"""The undo stack read back from the store: what `sellerdesk undo`/`redo` default to, and what
`history list` shows, on a real SQLite file."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from sellerdesk.catalogue import Catalogue, VariantInput
from sellerdesk.catalogue.history import list_groups, redo, undo
from sellerdesk.catalogue.history_messages import HistoryError
from sellerdesk.store import Database
from sellerdesk.store.journal import record


def skus(catalogue: Catalogue, sku: str = "A-1") -> list[str]:
    return [v.sku for v in catalogue.get_by_sku(sku).variants]


def price(catalogue: Catalogue, sku: str = "A-1") -> int:
    return catalogue.variant(sku).price_minor


def state(database: Database) -> list[tuple[str, str, bool]]:
    """(group, kind, undone), newest first."""
    return [(g.group_id, g.kind, g.undone) for g in list_groups(database)]


@pytest.fixture
def shop(catalogue: Catalogue, make_product: Any) -> Catalogue:
    """A product A-1 at 100, then a variant added (step "add") and its price changed to 150
    (step "price")."""
    product_id = make_product("A-1", "Borsa", price=100)
    catalogue.add_variant(product_id, VariantInput("A-2", 100, options={"Colore": "Nero"}),
                          group_id="add")
    catalogue.update_variant("A-1", {"price_minor": 150}, group_id="price")
    return catalogue


def test_the_listing_names_each_step_newest_first(shop: Catalogue, database: Database) -> None:
    groups = list_groups(database)
    assert [g.description for g in groups] == ["price A-1", "add variant A-2",
                                               "add product “Borsa”"]
    assert [g.kind for g in groups] == ["edit"] * 3
    assert not any(g.undone for g in groups)
    assert [g.group_id for g in list_groups(database, limit=2)] == ["price", "add"]
    undo(shop)
    newest = list_groups(database)[0]
    assert newest.kind == "undo" and newest.reverts == "price" and newest.step == "price"
    assert newest.description == "undo of price: price A-1"
    assert state(database)[1] == ("price", "edit", True)


def test_changes_from_the_marketplace_and_order_work_are_not_steps(
        shop: Catalogue, database: Database) -> None:
    def foreign(session: Session) -> None:
        product_id = shop.get_by_sku("A-1").id
        record(session, entity="product", entity_id=product_id, action="update",
               before={"category": ""}, after={"category": "Borse"}, group_id="pulled",
               summary="Borsa", origin="remote")
        record(session, entity="order", entity_id="o-1", action="cancel", before=None,
               after=None, group_id="cancelled", summary="1001")

    listed = state(database)
    database.run_write(foreign)
    assert state(database) == listed
    assert undo(shop).plan.step == "price"  # not the pulled change, not the order


def test_undo_and_redo_walk_the_stack_like_the_window(shop: Catalogue,
                                                      database: Database) -> None:
    assert undo(shop).plan.step == "price"
    assert price(shop) == 100
    assert undo(shop).plan.step == "add"
    assert skus(shop) == ["A-1"]
    first = redo(shop)  # the most recently undone step comes back first
    assert (first.plan.step, first.plan.redo) == ("add", True)
    assert skus(shop) == ["A-1", "A-2"]
    assert redo(shop).plan.step == "price"
    assert price(shop) == 150
    with pytest.raises(HistoryError) as error:
        redo(shop)
    assert error.value.code == "nothing_to_redo"
    assert [kind for _, kind, _ in state(database)] == ["redo", "redo", "undo", "undo",
                                                        "edit", "edit", "edit"]


def test_nothing_to_undo(catalogue: Catalogue, make_product: Any) -> None:
    with pytest.raises(HistoryError, match="Nothing to undo"):
        undo(catalogue)
    make_product("A-1")
    undo(catalogue)
    with pytest.raises(HistoryError) as error:
        undo(catalogue)
    assert error.value.code == "nothing_to_undo"
    assert catalogue.count() == 0


def test_a_new_edit_clears_the_redo_chain(shop: Catalogue, database: Database) -> None:
    undo(shop)  # the price is 100 again
    shop.update_variant("A-2", {"price_minor": 90}, group_id="other")
    with pytest.raises(HistoryError) as error:
        redo(shop)
    assert error.value.code == "redo_cleared"
    assert "price A-1" in str(error.value)
    assert price(shop) == 100
    assert undo(shop).plan.step == "other"  # the new edit is on top of the stack
    assert redo(shop).plan.step == "other"  # and its own undo can be redone
    assert redo(shop, "price").plan.step == "price"  # named, the cleared step comes back
    assert price(shop) == 150


def test_an_older_step_can_be_undone_by_name(shop: Catalogue) -> None:
    outcome = undo(shop, "add")
    assert (outcome.plan.step, outcome.plan.reverts, outcome.plan.redo) == ("add", "add", False)
    assert skus(shop) == ["A-1"] and price(shop) == 150  # the newer price stays
    assert undo(shop).plan.step == "price"  # the default still takes the newest done step
    assert redo(shop).plan.step == "price"
    assert redo(shop).plan.step == "add"


def test_undo_of_an_undo_is_a_redo(shop: Catalogue, database: Database) -> None:
    undone = undo(shop)
    again = undo(shop, undone.group_id)
    assert (again.plan.step, again.plan.redo, again.plan.reverts) == (
        "price", True, undone.group_id)
    assert price(shop) == 150
    with pytest.raises(HistoryError) as error:  # that undo is taken back already
        undo(shop, undone.group_id)
    assert error.value.code == "already_undone"
    # redoing the undo undoes the step again
    assert redo(shop, undone.group_id).plan.redo is False
    assert price(shop) == 100


def test_named_steps_that_are_already_there(shop: Catalogue) -> None:
    with pytest.raises(HistoryError) as error:
        redo(shop, "add")
    assert error.value.code == "already_done"
    assert "add variant A-2" in str(error.value)
    undo(shop, "add")
    with pytest.raises(HistoryError) as error:
        undo(shop, "add")
    assert error.value.code == "already_undone"


def test_ids_are_found_by_their_start(catalogue: Catalogue, make_product: Any) -> None:
    product_id = make_product("A-1", price=100)
    catalogue.update_variant("A-1", {"price_minor": 110}, group_id="1234abcd-x")
    catalogue.update_variant("A-1", {"price_minor": 120}, group_id="1234ffff-y")
    catalogue.update_product(product_id, {"category": "Borse"}, group_id="5678")
    with pytest.raises(HistoryError) as error:
        undo(catalogue, "1234")
    assert error.value.code == "ambiguous_group"
    with pytest.raises(HistoryError) as error:
        undo(catalogue, "9999")
    assert error.value.code == "unknown_group"
    assert undo(catalogue, "1234f").plan.step == "1234ffff-y"
    assert price(catalogue) == 110


def test_a_refused_undo_changes_nothing_and_says_why(catalogue: Catalogue, make_product: Any,
                                                     database: Database) -> None:
    make_product("S-1", variants=[VariantInput("S-1", 100), VariantInput("S-2", 1)])
    catalogue.delete_variant("S-2", group_id="del")
    make_product("S-2", "Altro")  # the SKU went to another product meanwhile
    before = state(database)
    with pytest.raises(HistoryError) as error:
        undo(catalogue, "del")
    assert error.value.code == "undo_refused"
    assert str(error.value).startswith("“delete variant S-2 (del)” could not be undone: ")
    assert "“S-2” is already used" in str(error.value)
    assert state(database) == before


def test_a_bulk_step_is_described_briefly(catalogue: Catalogue, make_product: Any,
                                          database: Database) -> None:
    for n in range(6):
        make_product(f"B-{n}", price=100)
    for n in range(6):
        catalogue.update_variant(f"B-{n}", {"price_minor": 200}, group_id="bulk")
    assert list_groups(database)[0].description == "price B-0, B-1, B-2 and 3 more"
    assert list_groups(database)[0].changes == 6
    undo(catalogue)
    assert {price(catalogue, f"B-{n}") for n in range(6)} == {100}
