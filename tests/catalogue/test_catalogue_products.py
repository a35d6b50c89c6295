"""Creating, editing, deleting and restoring products, as the owner and the sync see it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.catalogue.queries import rows
from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.store import Database

MakeProduct = Callable[..., str]
Entries = Callable[..., list[dict[str, Any]]]


def _set_sync_state(database: Database, product_id: str, state: str) -> None:
    """What the sync engine does once the marketplace confirmed (or disagreed)."""
    with database.write() as session:
        session.execute(
            text("UPDATE products SET sync_state = :state WHERE id = :id"),
            {"state": state, "id": product_id},
        )


# -- create ----------------------------------------------------------------------------------


def test_create_stores_the_product_its_texts_and_variants(catalogue: Catalogue) -> None:
    product_id = catalogue.create_product(
        ProductInput(
            texts={
                "it": {"title": "  Divano tre posti  ", "description": "Velluto\n"},
                "en": {"title": "Three-seat sofa"},
            },
            variants=[
                VariantInput("DIV3-GR", 129900, stock=2, options={" colore ": " grigio "}),
                VariantInput(" DIV3-BL ", 139900, currency="eur", stock=1),
            ],
            status="active",
            category=" Soggiorno ",
            brand="Rossi",
            tags=["velluto", " soggiorno ", "velluto", ""],
            weight_grams=42000,
            length_mm=2100,
        )
    )

    product = catalogue.get(product_id)
    assert uuid.UUID(product_id).version == 4  # a local UUID, before the marketplace knows it
    assert product.status == "active"
    assert product.main_language == "it"
    assert product.category == "Soggiorno"
    assert product.tags == ["soggiorno", "velluto"]  # trimmed, de-duplicated, sorted
    assert product.weight_grams == 42000 and product.length_mm == 2100
    assert product.width_mm is None
    assert product.sync_state == "pending"
    assert product.remote_id is None
    assert product.texts == {
        "en": {"title": "Three-seat sofa", "description": ""},
        "it": {"title": "Divano tre posti", "description": "Velluto\n"},
    }
    assert [(v.sku, v.price_minor, v.currency, v.stock, v.options) for v in product.variants] == [
        ("DIV3-GR", 129900, "EUR", 2, {"colore": "grigio"}),
        ("DIV3-BL", 139900, "EUR", 1, {}),
    ]
    assert product.title("en") == "Three-seat sofa"
    assert product.title("fr") == "Divano tre posti"  # falls back to the main language
    assert catalogue.get_by_sku("DIV3-BL") == product
    assert catalogue.count() == 1
    assert product.updated_at.tzinfo is not None


def test_create_records_history_and_queues_the_whole_product(
    catalogue: Catalogue, make_product: MakeProduct, history: Entries, outbox: Entries
) -> None:
    product_id = make_product("DIV-1", "Divano", price=99900, stock=4, brand="Rossi")

    [entry] = history(product_id)
    [queued] = outbox(product_id)
    variant_id = catalogue.get(product_id).variants[0].id
    expected_product = {
        "status": "draft",
        "main_language": "it",
        "category": "",
        "brand": "Rossi",
        "tags": [],
        "weight_grams": None,
        "length_mm": None,
        "width_mm": None,
        "height_mm": None,
        "title.it": "Divano",
        "description.it": "",
    }
    expected_variant = {
        "id": variant_id,
        "sku": "DIV-1",
        "options": {},
        "price_minor": 99900,
        "currency": "EUR",
        "stock": 4,
        "product_id": product_id,
    }
    assert entry["entity"] == "product" and entry["action"] == "create"
    assert entry["before"] is None
    assert entry["after"] == expected_product | {"variants": [expected_variant]}
    assert entry["summary"] == "Divano"
    assert entry["origin"] == "local"
    assert queued["entity"] == "product" and queued["operation"] == "create"
    assert queued["payload"] == {"product": expected_product, "variants": [expected_variant]}
    assert queued["state"] == "pending" and queued["attempts"] == 0
    assert uuid.UUID(queued["idempotency_key"])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ProductInput(texts={"it": {"title": "Divano"}}, variants=[]), "at least one variant"),
        (
            ProductInput(texts={"en": {"title": "Sofa"}}, variants=[VariantInput("S-1", 100)]),
            "title in its main language (it)",
        ),
        (
            ProductInput(texts={"it": {"title": "   "}}, variants=[VariantInput("S-1", 100)]),
            "title in its main language (it)",
        ),
        (
            ProductInput(
                texts={"it": {"title": "Divano"}},
                variants=[VariantInput("S-1", 100), VariantInput(" S-1", 200)],
            ),
            "Each variant needs its own SKU",
        ),
        (
            ProductInput(texts={"it": {"title": "Divano"}}, variants=[VariantInput("S 1", 100)]),
            "“S 1” is not a valid SKU",
        ),
        (
            ProductInput(texts={"it": {"title": "Divano"}}, variants=[VariantInput("", 100)]),
            "is not a valid SKU",
        ),
        (
            ProductInput(texts={"it": {"title": "Divano"}}, variants=[VariantInput("S" * 65, 1)]),
            "up to 64 letters",
        ),
        (
            ProductInput(texts={"it": {"title": "Divano"}}, variants=[VariantInput("S-1", -1)]),
            "A price cannot be negative",
        ),
        (
            ProductInput(
                texts={"it": {"title": "Divano"}},
                variants=[VariantInput("S-1", 100, currency="EURO")],
            ),
            "“EURO” is not a currency code",
        ),
        (
            ProductInput(
                texts={"it": {"title": "Divano"}}, variants=[VariantInput("S-1", 100, stock=-2)]
            ),
            "Stock must be a whole number of at least 0",
        ),
        (
            ProductInput(
                texts={"it": {"title": "Divano"}},
                variants=[VariantInput("S-1", 100)],
                status="sold",
            ),
            "Unknown status “sold”; use one of draft, auditing, active, inactive.",
        ),
        (
            ProductInput(
                texts={"xx": {"title": "Divano"}},
                variants=[VariantInput("S-1", 100)],
                main_language="xx",
            ),
            "“xx” is not a language code",
        ),
        (
            ProductInput(
                texts={"it": {"title": "Divano"}, "klingon": {"title": "x"}},
                variants=[VariantInput("S-1", 100)],
            ),
            "“klingon” is not a language code",
        ),
        (
            ProductInput(
                texts={"it": {"title": "Divano"}, "EN": {"title": "Sofa"}},
                variants=[VariantInput("S-1", 100)],
            ),
            "“EN” is not a language code (use en)",
        ),
        (
            ProductInput(
                texts={"it": {"title": "Divano"}},
                variants=[VariantInput("S-1", 100)],
                weight_grams=-5,
            ),
            "Weight and dimensions must be whole numbers",
        ),
        (
            ProductInput(
                texts={"it": {"title": "Divano"}},
                variants=[VariantInput("S-1", 100)],
                tags="velluto",  # type: ignore[arg-type]
            ),
            "Tags must be a list of words",
        ),
    ],
)
def test_invalid_products_are_refused_with_a_message_and_nothing_is_written(
    catalogue: Catalogue,
    history: Entries,
    outbox: Entries,
    data: ProductInput,
    message: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        catalogue.create_product(data)

    assert message in str(refused.value)
    assert catalogue.count() == 0
    assert history() == [] and outbox() == []


def test_a_sku_is_unique_among_live_variants(
    catalogue: Catalogue, make_product: MakeProduct, history: Entries, outbox: Entries
) -> None:
    first = make_product("DIV-1")

    with pytest.raises(ValidationError, match="The SKU “DIV-1” is already used by another product"):
        make_product(
            "ok",
            variants=[VariantInput("NEW-1", 100), VariantInput("DIV-1", 100)],
        )

    assert catalogue.count() == 1  # the refused product left nothing behind, not even NEW-1
    assert len(history()) == len(outbox()) == 1
    with pytest.raises(NotFoundError):
        catalogue.get_by_sku("NEW-1")

    # Once the product using it is deleted, the SKU is free again.
    catalogue.delete_product(first)
    second = make_product("DIV-1", "Divano nuovo")
    assert catalogue.get_by_sku("DIV-1").id == second


# -- update ----------------------------------------------------------------------------------


def test_update_changes_fields_and_texts_and_records_only_the_differences(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    outbox: Entries,
) -> None:
    product_id = make_product("DIV-1", "Divano", description="Comodo", brand="Rossi")
    _set_sync_state(database, product_id, "synced")
    before = catalogue.get(product_id)

    changed = catalogue.update_product(
        product_id,
        {
            "title.it": "  Divano letto ",
            "title.en": "Sofa bed",
            "description.it": "Comodo",  # unchanged
            "brand": "Rossi",  # unchanged
            "tags": ["letto", "divano"],
            "status": "active",
        },
    )

    assert changed is True
    after = catalogue.get(product_id)
    assert after.title("it") == "Divano letto"
    assert after.texts["en"] == {"title": "Sofa bed", "description": ""}
    assert after.tags == ["divano", "letto"]
    assert after.status == "active"
    assert after.sync_state == "pending"
    assert after.updated_at > before.updated_at
    entry = history(product_id)[-1]
    assert entry["action"] == "update"
    assert entry["before"] == {
        "status": "draft",
        "tags": [],
        "title.it": "Divano",
        "title.en": None,
        "description.en": None,
    }
    assert entry["after"] == {
        "status": "active",
        "tags": ["divano", "letto"],
        "title.it": "Divano letto",
        "title.en": "Sofa bed",
        "description.en": "",
    }
    assert entry["summary"] == "Divano letto"
    assert outbox(product_id)[-1]["operation"] == "update"
    assert outbox(product_id)[-1]["payload"] == {"fields": entry["after"]}


def test_an_update_that_changes_nothing_records_nothing(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    outbox: Entries,
) -> None:
    product_id = make_product("DIV-1", "Divano", brand="Rossi", tags=["a", "b"])
    _set_sync_state(database, product_id, "synced")
    before = catalogue.get(product_id)

    assert (
        catalogue.update_product(
            product_id, {"title.it": " Divano ", "brand": "Rossi ", "tags": ["b", "a", "a"]}
        )
        is False
    )
    assert catalogue.update_product(product_id, {}) is False

    assert catalogue.get(product_id) == before  # not even updated_at moved
    assert catalogue.get(product_id).sync_state == "synced"
    assert len(history()) == len(outbox()) == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title.it": "   "}, "Give the product a title in its main language"),
        ({"main_language": "de"}, "Give the product a title in its main language"),
        ({"main_language": "xx"}, "“xx” is not a language code"),
        ({"title.xx": "Hallo"}, "“xx” is not a language code"),
        # A second spelling of a language would make a second Italian text beside "it".
        ({"title.IT": "Divano"}, "“IT” is not a language code (use it)"),
        ({"description.ita": "Comodo"}, "“ita” is not a language code"),
        ({"colour": "red"}, "Unknown field “colour”"),
        ({"title": "Divano"}, "Unknown field “title”"),
        ({"status": "deleted"}, "Unknown status “deleted”"),
        ({"height_mm": 1.5}, "Weight and dimensions must be whole numbers"),
        ({"brand": "Bianchi", "status": "nope"}, "Unknown status “nope”"),
    ],
)
def test_invalid_updates_are_refused_and_change_nothing(
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    changes: dict[str, Any],
    message: str,
) -> None:
    product_id = make_product("DIV-1", "Divano", brand="Rossi")
    before = catalogue.get(product_id)

    with pytest.raises(ValidationError) as refused:
        catalogue.update_product(product_id, changes)

    assert message in str(refused.value)
    assert catalogue.get(product_id) == before
    assert len(history()) == 1


def test_changing_the_main_language_needs_a_title_in_it(
    catalogue: Catalogue, make_product: MakeProduct
) -> None:
    product_id = make_product("DIV-1", "Divano")

    assert catalogue.update_product(product_id, {"main_language": "en", "title.en": "Sofa"})

    product = catalogue.get(product_id)
    assert product.main_language == "en"
    assert product.title("fr") == "Sofa"


def test_an_edit_does_not_clear_a_conflict(
    database: Database, catalogue: Catalogue, make_product: MakeProduct
) -> None:
    """A product in conflict stays flagged until the owner resolves it."""
    product_id = make_product("DIV-1", "Divano")
    _set_sync_state(database, product_id, "conflict")

    catalogue.update_product(product_id, {"brand": "Rossi"})
    catalogue.adjust_stock("DIV-1", 1)

    assert catalogue.get(product_id).sync_state == "conflict"


def test_group_ids_make_several_writes_one_step(
    catalogue: Catalogue, make_product: MakeProduct, history: Entries
) -> None:
    first, second = make_product("A-1", "Uno"), make_product("B-1", "Due")
    step = str(uuid.uuid4())

    catalogue.update_product(first, {"brand": "Rossi"}, group_id=step)
    catalogue.update_product(second, {"brand": "Rossi"}, group_id=step)
    catalogue.adjust_stock("A-1", 5, group_id=step)
    catalogue.update_product(first, {"brand": "Bianchi"})
    catalogue.update_product(second, {"brand": "Bianchi"})

    entries = history()
    grouped = [e for e in entries if e["group_id"] == step]
    assert [(e["entity"], e["action"]) for e in grouped] == [
        ("product", "update"),
        ("product", "update"),
        ("variant", "stock"),
    ]
    # Without a group id every write is its own step.
    others = [e["group_id"] for e in entries if e["group_id"] != step]
    assert len(others) == len(set(others)) == 4
    assert all(uuid.UUID(g) for g in others)


def test_unknown_products_are_not_found(catalogue: Catalogue) -> None:
    with pytest.raises(NotFoundError, match="This product no longer exists"):
        catalogue.get("nope")
    with pytest.raises(NotFoundError, match="This product no longer exists"):
        catalogue.update_product("nope", {"brand": "x"})
    with pytest.raises(NotFoundError, match="This product no longer exists"):
        catalogue.delete_product("nope")
    with pytest.raises(NotFoundError, match="No product has the SKU “NOPE-1”"):
        catalogue.get_by_sku("NOPE-1")
    with pytest.raises(NotFoundError, match="This product is not deleted"):
        catalogue.restore_product("nope")


# -- delete and restore ----------------------------------------------------------------------


def test_delete_leaves_a_tombstone_queued_for_the_marketplace(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    outbox: Entries,
) -> None:
    product_id = make_product(
        "DIV-1", "Divano", variants=[VariantInput("DIV-1", 100), VariantInput("DIV-2", 200)]
    )
    _set_sync_state(database, product_id, "synced")

    catalogue.delete_product(product_id)

    with pytest.raises(NotFoundError):
        catalogue.get(product_id)
    with pytest.raises(NotFoundError):
        catalogue.get_by_sku("DIV-2")
    assert catalogue.count() == 0
    with database.read() as session:
        tombstone = session.execute(
            text("SELECT deleted_at IS NOT NULL, sync_state FROM products WHERE id = :id"),
            {"id": product_id},
        ).one()
        assert tuple(tombstone) == (1, "pending")
        assert session.scalar(text("SELECT count(*) FROM variants WHERE deleted_at IS NULL")) == 0
    entry = history(product_id)[-1]
    assert entry["action"] == "delete" and entry["after"] is None
    assert entry["before"]["title.it"] == "Divano"
    assert outbox(product_id)[-1]["operation"] == "delete"
    assert outbox(product_id)[-1]["payload"] == {}
    with pytest.raises(NotFoundError):
        catalogue.delete_product(product_id)  # already deleted


def test_restore_brings_back_the_product_with_the_variants_deleted_with_it(
    database: Database,
    catalogue: Catalogue,
    make_product: MakeProduct,
    history: Entries,
    outbox: Entries,
) -> None:
    product_id = make_product(
        "DIV-1",
        "Divano",
        variants=[VariantInput("DIV-1", 100), VariantInput("DIV-2", 200), VariantInput("X-3", 1)],
    )
    catalogue.delete_variant("X-3")  # deleted on its own, earlier: stays deleted
    catalogue.delete_product(product_id)

    catalogue.restore_product(product_id)

    product = catalogue.get(product_id)
    assert [v.sku for v in product.variants] == ["DIV-1", "DIV-2"]
    assert product.sync_state == "pending"
    with database.read() as session:
        [row] = rows(session, [product_id]).values()
    assert (row.sku, row.price_minor, row.variant_count) == ("DIV-1", 100, 2)
    entry = history(product_id)[-1]
    assert entry["action"] == "restore" and entry["before"] is None
    assert entry["after"]["title.it"] == "Divano"
    # Its delete never left this computer: bringing it back takes that delete back, and the
    # queued create (never sent either) is all that goes to the marketplace.
    assert [e["operation"] for e in outbox(product_id)] == ["create"]
    with pytest.raises(NotFoundError, match="This product is not deleted"):
        catalogue.restore_product(product_id)


def test_restore_is_refused_when_its_sku_was_reused_meanwhile(
    catalogue: Catalogue, make_product: MakeProduct, history: Entries
) -> None:
    old = make_product("DIV-1", "Divano vecchio")
    catalogue.delete_product(old)
    make_product("DIV-1", "Divano nuovo")
    entries = len(history())

    with pytest.raises(ValidationError, match="The SKU “DIV-1” is already used"):
        catalogue.restore_product(old)

    assert catalogue.get_by_sku("DIV-1").title("it") == "Divano nuovo"
    assert len(history()) == entries
    with pytest.raises(NotFoundError):
        catalogue.get(old)  # still deleted, as a whole
