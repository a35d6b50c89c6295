"""The product table: which products it lists, in which order, and what each row shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

import pytest
from sqlalchemy import Engine, event, text

from sellerdesk.catalogue import Catalogue, VariantInput
from sellerdesk.catalogue.queries import (
    CatalogueBrowser,
    ProductFilter,
    counts,
    product_ids,
    rows,
)
from sellerdesk.store import Database
from sellerdesk.store.models import Photo

MakeProduct = Callable[..., str]


@pytest.fixture
def shop(database: Database, catalogue: Catalogue, make_product: MakeProduct) -> dict[str, str]:
    """Three live products whose orders differ by every sort key, and a deleted one."""
    backpack = make_product(
        "B-200",
        "Zaino",
        price=5000,
        stock=2,
        status="active",
        texts={"en": {"title": "Backpack", "description": ""}},
    )
    wardrobe = make_product(
        "A-100",
        "Armadio",
        status="draft",
        variants=[
            VariantInput("A-100", 30000, stock=0),
            VariantInput("A-101", 25000, stock=1),
        ],
    )
    sideboard = make_product(
        "C-300",
        "Credenza",
        price=12000,
        stock=50,
        status="active",
        texts={"en": {"title": "Sideboard", "description": ""}},
    )
    gone = make_product("0-000", "Aaa eliminato", price=1, stock=0)
    catalogue.delete_product(gone)
    with database.write() as session:
        session.execute(
            text("UPDATE products SET sync_state = 'synced' WHERE id = :id"), {"id": backpack}
        )
        session.execute(
            text("UPDATE products SET sync_state = 'conflict' WHERE id = :id"), {"id": sideboard}
        )
    return {"backpack": backpack, "wardrobe": wardrobe, "sideboard": sideboard, "gone": gone}


def _ids(
    database: Database,
    flt: ProductFilter = ProductFilter(),  # noqa: B008 - frozen
    **kwargs: object,
) -> list[str]:
    with database.read() as session:
        return product_ids(session, flt, **kwargs)  # type: ignore[arg-type]


def _names(shop: dict[str, str], ids: list[str]) -> list[str]:
    by_id = {value: key for key, value in shop.items()}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize(
    ("sort", "language", "expected"),
    [
        ("sku", "it", ["wardrobe", "backpack", "sideboard"]),  # A-100, B-200, C-300
        ("title", "it", ["wardrobe", "sideboard", "backpack"]),  # Armadio, Credenza, Zaino
        # In English the wardrobe has no title and falls back to its Italian one:
        ("title", "en", ["wardrobe", "backpack", "sideboard"]),  # Armadio, Backpack, Sideboard
        ("price", "it", ["backpack", "sideboard", "wardrobe"]),  # 50, 120, 250 (lowest variant)
        ("stock", "it", ["wardrobe", "backpack", "sideboard"]),  # 1, 2, 50 (all variants)
    ],
)
def test_sorts(
    database: Database, shop: dict[str, str], sort: str, language: str, expected: list[str]
) -> None:
    ascending = _ids(database, sort=sort, language=language)
    descending = _ids(database, sort=sort, language=language, descending=True)

    assert _names(shop, ascending) == expected
    assert _names(shop, descending) == list(reversed(expected))


def test_every_sort_key_lists_only_live_products(database: Database, shop: dict[str, str]) -> None:
    from sellerdesk.catalogue.queries import SORT_KEYS

    live = {shop["backpack"], shop["wardrobe"], shop["sideboard"]}
    for sort in SORT_KEYS:
        ids = _ids(database, sort=sort)
        assert len(ids) == 3 and set(ids) == live, sort
    with pytest.raises(ValueError, match="unknown sort key"):
        _ids(database, sort="colour")


def test_sorting_follows_edits(
    database: Database, catalogue: Catalogue, shop: dict[str, str]
) -> None:
    catalogue.adjust_stock("C-300", -49)  # the sideboard now has 1 left, the wardrobe 1 too
    catalogue.update_variant("B-200", {"price_minor": 99999})
    catalogue.update_product(shop["wardrobe"], {"title.it": "Zucca"})

    assert _names(shop, _ids(database, sort="price")) == ["sideboard", "wardrobe", "backpack"]
    assert _names(shop, _ids(database, sort="stock"))[2] == "backpack"
    assert _names(shop, _ids(database, sort="title"))[2] == "wardrobe"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ProductFilter(), {"backpack", "wardrobe", "sideboard"}),
        (ProductFilter(status="active"), {"backpack", "sideboard"}),
        (ProductFilter(status="inactive"), set()),
        (ProductFilter(low_stock_below=2), {"wardrobe"}),  # strictly below
        (ProductFilter(low_stock_below=3), {"wardrobe", "backpack"}),
        (ProductFilter(low_stock_below=0), set()),
        (ProductFilter(sync_states=("pending", "rejected")), {"wardrobe"}),
        (ProductFilter(sync_states=("conflict",)), {"sideboard"}),
        (ProductFilter(sync_states=("synced", "conflict")), {"backpack", "sideboard"}),
        (ProductFilter(missing_language="en"), {"wardrobe"}),
        (ProductFilter(missing_language="it"), set()),
        (ProductFilter(missing_language="de"), {"backpack", "wardrobe", "sideboard"}),
        (ProductFilter(search="zai"), {"backpack"}),
        (ProductFilter(search="A-101"), {"wardrobe"}),
        (ProductFilter(search="eliminato"), set()),  # deleted
        (ProductFilter(search="side", status="active"), {"sideboard"}),
        (ProductFilter(search="side", status="draft"), set()),
        (ProductFilter(status="active", low_stock_below=10), {"backpack"}),
    ],
)
def test_filters(
    database: Database, shop: dict[str, str], flt: ProductFilter, expected: set[str]
) -> None:
    assert set(_names(shop, _ids(database, flt))) == expected


def test_a_text_without_a_title_still_counts_as_missing(
    database: Database, catalogue: Catalogue, shop: dict[str, str]
) -> None:
    catalogue.update_product(shop["wardrobe"], {"description.en": "A large wardrobe"})

    assert _ids(database, ProductFilter(missing_language="en")) == [shop["wardrobe"]]

    catalogue.update_product(shop["wardrobe"], {"title.en": "Wardrobe"})

    assert _ids(database, ProductFilter(missing_language="en")) == []


def test_rows_show_what_the_table_paints(
    database: Database, catalogue: Catalogue, shop: dict[str, str]
) -> None:
    with database.write() as session:
        session.add_all(
            [
                Photo(product_id=shop["backpack"], content_hash="h-first", position=0),
                Photo(product_id=shop["backpack"], content_hash="h-main", position=1, is_main=True),
                Photo(product_id=shop["wardrobe"], content_hash="h-second", position=1),
                Photo(product_id=shop["wardrobe"], content_hash="h-front", position=0),
            ]
        )
    wanted = [shop["backpack"], shop["wardrobe"], shop["sideboard"], shop["gone"], "unknown"]

    with database.read() as session:
        english = rows(session, wanted, language="en")
        italian = rows(session, wanted)
        assert rows(session, []) == {}

    # Unknown ids are simply absent (a deleted product's tombstone still has a row).
    assert set(english) == {shop["backpack"], shop["wardrobe"], shop["sideboard"], shop["gone"]}
    backpack = english[shop["backpack"]]
    assert (backpack.sku, backpack.title, backpack.price_minor, backpack.currency) == (
        "B-200",
        "Backpack",
        5000,
        "EUR",
    )
    assert (backpack.stock, backpack.status, backpack.sync_state) == (2, "active", "synced")
    assert (backpack.variant_count, backpack.photo_hash) == (1, "h-main")
    assert backpack.updated_at.tzinfo == UTC
    assert italian[shop["backpack"]].title == "Zaino"
    wardrobe = english[shop["wardrobe"]]
    assert (wardrobe.title, wardrobe.sku, wardrobe.price_minor, wardrobe.stock) == (
        "Armadio",
        "A-100",
        25000,
        1,
    )
    assert (wardrobe.variant_count, wardrobe.photo_hash) == (2, "h-front")
    assert english[shop["sideboard"]].photo_hash is None
    assert english[shop["sideboard"]].sync_state == "conflict"
    as_json = backpack.to_json()
    assert as_json["updated_at"] == backpack.updated_at.isoformat()
    assert as_json["sku"] == "B-200"


def test_counts_for_the_sidebar(
    database: Database, catalogue: Catalogue, shop: dict[str, str]
) -> None:
    with database.read() as session:
        assert counts(session) == {"products": 3, "pending": 1, "conflicts": 1}

    with database.write() as session:
        session.execute(
            text("UPDATE products SET sync_state = 'rejected' WHERE id = :id"),
            {"id": shop["backpack"]},
        )
    catalogue.delete_product(shop["wardrobe"])

    with database.read() as session:
        assert counts(session) == {"products": 2, "pending": 1, "conflicts": 1}


def test_the_browser_reads_through_the_database(database: Database, shop: dict[str, str]) -> None:
    browser = CatalogueBrowser(database)

    ids = browser.ids(ProductFilter(status="active"), sort="price", descending=True)

    assert _names(shop, ids) == ["sideboard", "backpack"]
    assert browser.rows(ids, language="en")[ids[0]].title == "Sideboard"
    assert browser.counts()["products"] == 3


@pytest.mark.parametrize("sort", ["sku", "title", "price", "stock", "updated"])
@pytest.mark.parametrize("typed", ["", "a", "cr", "sideb", "zaino", "b-2", "nothing", "A-1 arm"])
def test_searching_within_the_held_listing_equals_the_sql_search(
        database: Database, shop: dict[str, str], sort: str, typed: str) -> None:
    browser = CatalogueBrowser(database)
    browser.ids(ProductFilter(), sort=sort)  # the listing shown before typing
    for flt in (ProductFilter(search=typed), ProductFilter(search=typed, status="active")):
        held = browser.ids(flt, sort=sort, language="en")
        assert held == _ids(database, flt, sort=sort, language="en"), (flt, sort)


def test_the_held_listing_is_read_again_after_forget(
        database: Database, catalogue: Catalogue, shop: dict[str, str],
        make_product: MakeProduct) -> None:
    browser = CatalogueBrowser(database)
    assert _names(shop, browser.ids(ProductFilter(search="cre"))) == ["sideboard"]
    shop["dresser"] = make_product("D-400", "Credenzina", price=9000)
    # Typing again searches the listing as it was read: the window forgets it after writes.
    assert _names(shop, browser.ids(ProductFilter(search="cred"))) == ["sideboard"]
    browser.forget()
    assert _names(shop, browser.ids(ProductFilter(search="cred"))) == ["sideboard", "dresser"]
    catalogue.delete_product(shop["sideboard"])
    browser.forget()
    assert _names(shop, browser.ids(ProductFilter(search="cred"))) == ["dresser"]


def test_few_and_many_matches_give_the_sql_order(
        database: Database, shop: dict[str, str], make_product: MakeProduct) -> None:
    """Few matches are looked up by document, many are scanned for: both keep the order."""
    for n in range(12):
        make_product(f"S-{n:03d}", f"Sedia {n % 3}", price=1000 + 7 * n % 5, stock=n)
    browser = CatalogueBrowser(database)
    for sort in ("sku", "price", "stock"):
        for typed in ("sedia 1", "cre", "sedia", "s", "sed zaino"):
            flt = ProductFilter(search=typed)
            assert browser.ids(flt, sort=sort) == _ids(database, flt, sort=sort), (sort, typed)


def test_the_listing_and_the_counts_are_read_from_the_live_indexes(
        database: Database, shop: dict[str, str]) -> None:
    """No product row is fetched and nothing sorted for the table's first listing and the
    sidebar's counts (migration 0006): on 100,000 products 37 ms instead of 260."""
    sent: list[str] = []
    engine = Engine  # every engine, for the length of the test: the reads below

    def capture(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", capture)
    try:
        with database.read() as session:
            product_ids(session)
            counts(session)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    with database.read() as session:
        plans = [" ".join(row[3] for row in session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement)) for statement in sent
            if statement.startswith("SELECT")]
    listing, _total, grouped = plans
    assert "USING INDEX ix_products_live_primary_sku" in listing
    assert "TEMP B-TREE" not in listing
    assert "USING INDEX ix_products_live_sync_state" in grouped
