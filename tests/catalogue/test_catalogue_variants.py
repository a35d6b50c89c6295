"""Variants (one SKU each) and stock, which travels as deltas or as a compare-and-set."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from sellerdesk.catalogue import Catalogue, VariantInput
from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.store import Database

MakeProduct = Callable[..., str]
Entries = Callable[..., list[dict[str, Any]]]


def _summary(database: Database, product_id: str) -> tuple[Any, ...]:
    """What the product table shows for a product: SKU, lowest price, total stock, variants."""
    with database.read() as session:
        row = session.execute(
            text(
                "SELECT primary_sku, price_min_minor, currency, stock_total, variant_count"
                " FROM products WHERE id = :id"
            ),
            {"id": product_id},
        ).one()
    return tuple(row)


# -- variants --------------------------------------------------------------------------------


def test_add_variant_is_recorded_and_queued(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    outbox: Entries,
) -> None:
    product_id = make_product("DIV-1", "Divano", price=99900, stock=2)

    variant_id = catalogue.add_variant(
        product_id, VariantInput(" DIV-2 ", 89900, stock=3, options={"colore": "blu"})
    )

    variant = catalogue.variant("DIV-2")
    assert variant.id == variant_id
    assert (variant.price_minor, variant.stock, variant.options) == (89900, 3, {"colore": "blu"})
    assert [v.sku for v in catalogue.get(product_id).variants] == ["DIV-1", "DIV-2"]
    snapshot = {
        "sku": "DIV-2",
        "options": {"colore": "blu"},
        "price_minor": 89900,
        "currency": "EUR",
        "product_id": product_id,
        "stock": 3,
    }
    [entry] = history(variant_id)
    assert (entry["entity"], entry["action"], entry["before"], entry["after"]) == (
        "variant",
        "create",
        None,
        snapshot,
    )
    [queued] = outbox(variant_id)
    assert (queued["operation"], queued["payload"]) == ("create", snapshot)
    assert catalogue.get(product_id).sync_state == "pending"
    assert _summary(database, product_id) == ("DIV-1", 89900, "EUR", 5, 2)


def test_add_variant_refuses_a_used_sku_and_unknown_products(
    catalogue: Catalogue, make_product: MakeProduct, history: Entries
) -> None:
    first = make_product("DIV-1")
    make_product("LMP-1", "Lampada")

    with pytest.raises(ValidationError, match="The SKU “LMP-1” is already used"):
        catalogue.add_variant(first, VariantInput("LMP-1", 100))
    with pytest.raises(ValidationError, match="A price cannot be negative"):
        catalogue.add_variant(first, VariantInput("DIV-2", -100))
    with pytest.raises(NotFoundError):
        catalogue.add_variant("nope", VariantInput("DIV-3", 100))

    assert len(catalogue.get(first).variants) == 1
    assert len(history()) == 2


def test_update_variant_records_only_what_changed(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    outbox: Entries,
) -> None:
    product_id = make_product("DIV-1", "Divano", price=99900)
    variant_id = catalogue.variant("DIV-1").id

    assert catalogue.update_variant(
        "DIV-1",
        {"price_minor": 94900, "currency": "EUR", "options": {"colore": "rosso"}, "sku": "DIV-R"},
    )

    variant = catalogue.variant("DIV-R")
    assert variant.id == variant_id
    assert (variant.price_minor, variant.options) == (94900, {"colore": "rosso"})
    with pytest.raises(NotFoundError, match="No product has the SKU “DIV-1”"):
        catalogue.variant("DIV-1")
    entry = history(variant_id)[-1]
    assert entry["before"] == {"price_minor": 99900, "options": {}, "sku": "DIV-1"}
    assert entry["after"] == {"price_minor": 94900, "options": {"colore": "rosso"}, "sku": "DIV-R"}
    assert outbox(variant_id)[-1]["payload"] == {"fields": entry["after"]}
    assert _summary(database, product_id) == ("DIV-R", 94900, "EUR", 3, 1)

    # Setting the same values again is no change at all.
    entries = len(history())
    assert catalogue.update_variant("DIV-R", {"price_minor": 94900, "sku": " DIV-R "}) is False
    assert len(history()) == len(outbox()) == entries


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sku": "LMP-1"}, "The SKU “LMP-1” is already used"),
        ({"sku": "bad sku"}, "is not a valid SKU"),
        ({"price_minor": -1}, "A price cannot be negative"),
        ({"price_minor": 12.5}, "A price cannot be negative"),
        ({"currency": "E"}, "“E” is not a currency code"),
        ({"options": ["rosso"]}, "Options must map names"),
        ({"stock": 10}, "Unknown field “stock”"),  # stock has its own methods
    ],
)
def test_invalid_variant_updates_are_refused(
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    changes: dict[str, Any],
    message: str,
) -> None:
    make_product("DIV-1")
    make_product("LMP-1", "Lampada")
    before = catalogue.variant("DIV-1")

    with pytest.raises(ValidationError) as refused:
        catalogue.update_variant("DIV-1", changes)

    assert message in str(refused.value)
    assert catalogue.variant("DIV-1") == before
    assert len(history()) == 2


def test_delete_variant_frees_its_sku_but_never_the_last_one(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    outbox: Entries,
) -> None:
    product_id = make_product(
        "DIV-1",
        variants=[VariantInput("DIV-1", 99900, stock=2), VariantInput("DIV-2", 79900, stock=5)],
    )
    variant_id = catalogue.variant("DIV-1").id

    catalogue.delete_variant("DIV-1")

    assert [v.sku for v in catalogue.get(product_id).variants] == ["DIV-2"]
    assert _summary(database, product_id) == ("DIV-2", 79900, "EUR", 5, 1)
    entry = history(variant_id)[-1]
    assert entry["action"] == "delete" and entry["after"] is None
    assert entry["before"]["sku"] == "DIV-1"
    assert outbox(variant_id)[-1]["operation"] == "delete"

    with pytest.raises(ValidationError, match="DIV-2 is the product's only variant"):
        catalogue.delete_variant("DIV-2")
    with pytest.raises(NotFoundError):
        catalogue.delete_variant("DIV-1")

    # The deleted SKU can be used again, here by a new variant of the same product.
    catalogue.add_variant(product_id, VariantInput("DIV-1", 99000))
    assert catalogue.variant("DIV-1").id != variant_id
    assert catalogue.update_variant("DIV-2", {"sku": "DIV-2B"})


# -- stock -----------------------------------------------------------------------------------


def test_stock_moves_as_deltas(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    outbox: Entries,
) -> None:
    product_id = make_product("DIV-1", stock=3)
    variant_id = catalogue.variant("DIV-1").id

    assert catalogue.adjust_stock("DIV-1", +10, reason="arrivo merce") == 13
    assert catalogue.adjust_stock("DIV-1", -4) == 9

    assert catalogue.variant("DIV-1").stock == 9
    assert _summary(database, product_id)[3] == 9
    stock_entries = [e for e in history(variant_id) if e["action"] == "stock"]
    assert [(e["before"], e["after"], e["summary"]) for e in stock_entries] == [
        ({"stock": 3}, {"stock": 13}, "arrivo merce"),
        ({"stock": 13}, {"stock": 9}, "DIV-1"),
    ]
    queued = outbox(variant_id)
    assert [(e["operation"], e["payload"]) for e in queued] == [
        ("stock_adjust", {"delta": 10}),
        ("stock_adjust", {"delta": -4}),
    ]
    # Each movement has its own idempotency key: a retried push never moves stock twice.
    assert len({e["idempotency_key"] for e in queued}) == 2


@pytest.mark.parametrize(
    ("delta", "message"),
    [
        (0, "whole number other than 0"),
        (1.5, "whole number other than 0"),
        (-4, "Stock of DIV-1 cannot go below zero (it is 3)."),
    ],
)
def test_impossible_stock_movements_are_refused(
    catalogue: Catalogue, make_product: MakeProduct, history: Entries, delta: Any, message: str
) -> None:
    make_product("DIV-1", stock=3)

    with pytest.raises(ValidationError) as refused:
        catalogue.adjust_stock("DIV-1", delta)

    assert message in str(refused.value)
    assert catalogue.variant("DIV-1").stock == 3
    assert len(history()) == 1


def test_stock_can_reach_zero(catalogue: Catalogue, make_product: MakeProduct) -> None:
    make_product("DIV-1", stock=3)

    assert catalogue.adjust_stock("DIV-1", -3) == 0


def test_set_stock_is_a_compare_and_set_against_the_known_quantity(
    catalogue: Catalogue, make_product: MakeProduct, history: Entries, outbox: Entries
) -> None:
    make_product("DIV-1", stock=3)
    variant_id = catalogue.variant("DIV-1").id

    assert catalogue.set_stock("DIV-1", 7) == 7
    assert catalogue.set_stock("DIV-1", 7) == 7  # already so: nothing to send
    assert catalogue.set_stock("DIV-1", 0) == 0

    assert catalogue.variant("DIV-1").stock == 0
    assert [(e["operation"], e["payload"]) for e in outbox(variant_id)] == [
        ("stock_set", {"quantity": 7, "expected": 3}),
        ("stock_set", {"quantity": 0, "expected": 7}),
    ]
    assert [(e["before"], e["after"]) for e in history(variant_id)] == [
        ({"stock": 3}, {"stock": 7}),
        ({"stock": 7}, {"stock": 0}),
    ]
    with pytest.raises(ValidationError, match="at least 0"):
        catalogue.set_stock("DIV-1", -1)
    with pytest.raises(NotFoundError, match="No product has the SKU “NOPE”"):
        catalogue.set_stock("NOPE", 1)
    with pytest.raises(NotFoundError, match="No product has the SKU “NOPE”"):
        catalogue.adjust_stock("NOPE", 1)


def test_stock_of_a_deleted_variant_cannot_move(
    catalogue: Catalogue, make_product: MakeProduct
) -> None:
    product_id = make_product("DIV-1")
    catalogue.delete_product(product_id)

    with pytest.raises(NotFoundError):
        catalogue.adjust_stock("DIV-1", 1)
    with pytest.raises(NotFoundError):
        catalogue.set_stock("DIV-1", 1)
