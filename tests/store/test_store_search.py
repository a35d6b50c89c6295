"""Search-as-you-type over SKUs, tags and titles and descriptions in every language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.catalogue.queries import ProductFilter, product_ids
from sellerdesk.store import Database
from sellerdesk.store.search import deferred_search, fts_query, rebuild, search_product_ids

MakeProduct = Callable[..., str]


@pytest.fixture
def shop(make_product: MakeProduct) -> dict[str, str]:
    return {
        "sofa": make_product(
            "DIV3-CH",
            "Divano tre posti, perché no",
            description="Velluto a coste",
            texts={"en": {"title": "Three-seat sofa", "description": "Corduroy velvet"}},
            tags=["soggiorno", "vintage"],
            brand="Fratelli Rossi",
            category="Arredamento",
        ),
        "canape": make_product(
            "CAN-2",
            "Canapé Luigi XV",
            description="Perche? Perché sì.",
            texts={"de": {"title": "Sofa Ludwig XV", "description": "Kanapee aus Nussbaum"}},
            tags=["antiquariato"],
        ),
        "lamp": make_product(
            "LMP-9",
            "Lampada da tavolo",
            texts={"fr": {"title": "Lampe de table", "description": "Abat-jour en lin"}},
            tags=["illuminazione"],
        ),
    }


def _search(database: Database, typed: str) -> list[str]:
    with database.read() as session:
        return search_product_ids(session, typed)


def _found(database: Database, typed: str) -> set[str]:
    return set(_search(database, typed))


def test_accents_are_folded_in_both_directions(
    database: Database, make_product: MakeProduct
) -> None:
    accented = make_product("A-1", "Città perché")
    plain = make_product("A-2", "Citta perche")

    for typed in ("perche", "perché", "PERCHÉ", "perch", "città", "citta", "CITTA"):
        assert _found(database, typed) == {accented, plain}, typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("div", {"sofa"}),
        ("Div", {"sofa"}),
        ("cana", {"canape"}),
        ("canape", {"canape"}),
        ("lamp", {"lamp"}),
        ("d", {"sofa", "lamp"}),  # "divano", "da"
        ("ta", {"lamp"}),  # "tavolo", "table" (prefix of a later word)
        ("tre pos", {"sofa"}),  # every word must match, the last one as a prefix
        ("posti tre", {"sofa"}),  # in any order
        ("tre lampada", set()),
    ],
)
def test_prefixes_match_while_typing(
    database: Database, shop: dict[str, str], typed: str, expected: set[str]
) -> None:
    assert _found(database, typed) == {shop[name] for name in expected}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("DIV3-CH", {"sofa"}),
        ("div3-ch", {"sofa"}),
        ("DIV3", {"sofa"}),
        ("LMP-9", {"lamp"}),
        ("LMP", {"lamp"}),
        ("vintage", {"sofa"}),  # tags
        ("antiq", {"canape"}),
        ("illumin", {"lamp"}),
        ("rossi", {"sofa"}),  # brand
        ("arredam", {"sofa"}),  # category
        ("corduroy", {"sofa"}),  # English description
        ("three-seat", {"sofa"}),  # English title
        ("ludwig", {"canape"}),  # German title
        ("nussbaum", {"canape"}),  # German description
        ("abat-jour", {"lamp"}),  # French description
        ("lin", {"lamp"}),
        ("perche", {"sofa", "canape"}),  # Italian title of one, description of the other
    ],
)
def test_skus_tags_and_every_language_are_searched(
    database: Database, shop: dict[str, str], typed: str, expected: set[str]
) -> None:
    assert _found(database, typed) == {shop[name] for name in expected}


@pytest.mark.parametrize(
    "typed",
    [
        "AND",
        "div AND",
        "OR",
        "NOT div",
        "div OR lamp",
        '"',
        'div"',
        '"divano',
        "*",
        "div*",
        "NEAR(",
        "NEAR(div lamp, 2)",
        "title:div",
        "sku:DIV3",
        "{sku title}: div",
        "^div",
        "-div",
        "+div",
        "(div",
        "div)",
        "_",
        "___",
        "a_b",
        "'",
        "l'abat",
        "\\",
        "%",
        ":",
        "🛋️",
        "   ",
        "",
    ],
)
def test_fts_syntax_typed_by_the_owner_is_searched_for_not_interpreted(
    database: Database, shop: dict[str, str], typed: str
) -> None:
    found = _found(database, typed)  # must not raise

    assert found <= set(shop.values())
    # In the product table, typing nothing searchable leaves the table unfiltered.
    shown = set(shop.values()) if fts_query(typed) is None else found
    with database.read() as session:
        assert set(product_ids(session, ProductFilter(search=typed))) == shown


@pytest.mark.parametrize("typed", ['div"', '"divano', "div*", "^div", "-div", "+div", "(div)"])
def test_punctuation_around_a_word_is_ignored(
    database: Database, shop: dict[str, str], typed: str
) -> None:
    assert _found(database, typed) == {shop["sofa"]}


def test_words_that_are_fts_operators_are_matched_as_words(
    database: Database, make_product: MakeProduct
) -> None:
    product = make_product("OR-1", "Tavolo NOT AND OR NEAR")

    assert _search(database, "near") == [product]
    assert _search(database, "AND OR") == [product]
    assert _search(database, '"not"') == [product]


def test_nothing_searchable_gives_no_query() -> None:
    assert fts_query("") is None
    assert fts_query(' * " ( ') is None
    assert fts_query('div "x') == '"div"* "x"*'


def test_edits_are_searchable_at_once(
    database: Database, catalogue: Catalogue, shop: dict[str, str]
) -> None:
    sofa = shop["sofa"]

    catalogue.update_product(sofa, {"title.it": "Sofà angolare", "tags": ["moderno"]})
    assert _found(database, "angol") == {sofa}
    assert _found(database, "moderno") == {sofa}
    assert _found(database, "vintage") == set()  # old tag gone
    assert _found(database, "posti") == set()  # old Italian title gone
    assert _found(database, "corduroy") == {sofa}  # the English text is untouched

    catalogue.update_product(sofa, {"description.es": "Sofá de pana"})
    assert _found(database, "pana") == {sofa}

    catalogue.add_variant(sofa, VariantInput("DIV3-BLU", 139900))
    assert _found(database, "DIV3-BLU") == {sofa}
    catalogue.update_variant("DIV3-BLU", {"sku": "DIV3-NAVY"})
    assert _found(database, "navy") == {sofa}
    assert _found(database, "DIV3-BLU") == set()
    catalogue.delete_variant("DIV3-NAVY")
    assert _found(database, "navy") == set()


def test_deleted_products_disappear_and_restored_ones_come_back(
    database: Database, catalogue: Catalogue, shop: dict[str, str]
) -> None:
    sofa = shop["sofa"]

    catalogue.delete_product(sofa)

    assert _found(database, "divano") == set()
    assert _found(database, "DIV3-CH") == set()
    with database.read() as session:
        assert product_ids(session, ProductFilter(search="divano")) == []
        # Removed from the index itself, not merely filtered out.
        indexed = session.scalar(
            text("SELECT count(*) FROM product_search WHERE product_search MATCH 'divano'")
        )
        assert indexed == 0

    catalogue.restore_product(sofa)

    assert _found(database, "divano") == {sofa}
    assert _found(database, "DIV3-CH") == {sofa}
    assert _found(database, "corduroy") == {sofa}


def test_changes_written_by_other_code_are_indexed_too(
    database: Database, shop: dict[str, str]
) -> None:
    """The sync and bulk imports write rows directly; triggers keep the index right anyway."""
    lamp = shop["lamp"]
    with database.write() as session:
        session.execute(
            text("UPDATE product_texts SET title = 'Lume in ottone' WHERE product_id = :id"),
            {"id": lamp},
        )
        session.execute(
            text("DELETE FROM product_texts WHERE product_id = :id AND language = 'fr'"),
            {"id": lamp},
        )

    assert _found(database, "ottone") == {lamp}
    assert _found(database, "abat") == set()


def test_rebuild_recreates_a_lost_index(database: Database, shop: dict[str, str]) -> None:
    with database.write() as session:
        session.execute(text("DELETE FROM product_search"))
    assert _found(database, "divano") == set()

    with database.write() as session:
        rebuild(session)

    assert _found(database, "divano") == {shop["sofa"]}
    assert _found(database, "kanapee") == {shop["canape"]}
    assert _found(database, "LMP") == {shop["lamp"]}


def test_many_matches_are_limited(database: Database, catalogue: Catalogue) -> None:
    for number in range(12):
        catalogue.create_product(
            ProductInput(
                texts={"it": {"title": f"Sedia {number}"}},
                variants=[VariantInput(f"SED-{number}", 1000)],
            )
        )

    with database.read() as session:
        assert len(search_product_ids(session, "sedia")) == 12
        assert len(search_product_ids(session, "sedia", limit=5)) == 5
        assert len(product_ids(session, ProductFilter(search="sedia"))) == 12


def test_purging_a_tombstone_removes_its_search_document(
    database: Database, catalogue: Catalogue, shop: dict[str, str]
) -> None:
    """The sync hard-deletes tombstones once the marketplace confirmed; nothing is left over."""
    sofa = shop["sofa"]
    catalogue.delete_product(sofa)

    with database.write() as session:
        session.execute(text("DELETE FROM products WHERE id = :id"), {"id": sofa})

    with database.read() as session:
        assert session.scalar(text("SELECT count(*) FROM search_keys")) == 2
        assert session.scalar(text("SELECT count(*) FROM product_search")) == 2
        assert session.scalar(text("SELECT count(*) FROM variants")) == 2
        session.execute(
            text("INSERT INTO product_search(product_search) VALUES('integrity-check')")
        )
    new = catalogue.create_product(
        ProductInput(texts={"it": {"title": "Divano nuovo"}}, variants=[VariantInput("N-1", 1)])
    )
    assert _found(database, "divano") == {new}


def _documents(database: Database) -> dict[str, tuple[object, ...]]:
    """Each product's search document and variant summary, as stored."""
    with database.read() as session:
        return _documents_in(session)


def _insert_raw(session: Session, product_id: str, sku: str) -> None:
    """A product with two texts and two variants, written as the sync's bulk path writes."""
    now = "2026-11-24 10:00:00.000000"
    session.execute(text(
        "INSERT INTO products (id, status, main_language, category, brand, tags, sync_state,"
        " created_at, updated_at) VALUES (:id, 'active', 'it', 'Sedute', 'Rossi',"
        " '[\"legno\", \"cucina\"]', 'synced', :now, :now)"), {"id": product_id, "now": now})
    for language, title in (("it", "Sgabello alto"), ("en", "Tall stool")):
        session.execute(text(
            "INSERT INTO product_texts (product_id, language, title, description)"
            " VALUES (:id, :language, :title, 'Faggio')"),
            {"id": product_id, "language": language, "title": title})
    for position, (suffix, price) in enumerate((("B", 4_500), ("A", 3_900))):
        session.execute(text(
            "INSERT INTO variants (id, product_id, sku, options, price_minor, currency, stock,"
            " position, created_at, updated_at) VALUES (:vid, :id, :sku, '{}', :price, 'EUR',"
            " 4, :position, :now, :now)"),
            {"vid": f"{product_id}-{suffix}", "id": product_id, "sku": f"{sku}-{suffix}",
             "price": price, "position": position, "now": now})


def test_deferred_search_rebuilds_exactly_what_the_triggers_would(database: Database) -> None:
    """Bulk writers (the first sync) skip the per-row triggers for their own new products and
    rebuild those documents and summaries at once (migration 0005); any other row written in
    the same transaction is still kept by the triggers."""
    with database.write() as session:
        with deferred_search(session, ["bulk"]):
            _insert_raw(session, "bulk", "BLK")
            _insert_raw(session, "other", "OTH")  # not listed: the triggers keep it
            inside = _documents_in(session)
        assert inside["bulk"] == (None,) * 4 + (None, None, None, 0, 0)  # skipped meanwhile
        assert inside["other"][0] == "OTH-B OTH-A"
        assert session.scalar(text("SELECT count(*) FROM search_deferred")) == 0
    rebuilt = _documents(database)
    with database.write() as session:  # the triggers' own way: reindex and resummarise all
        session.execute(text("UPDATE products SET deleted_at = deleted_at"))
        session.execute(text("UPDATE variants SET stock = stock"))
    by_triggers = _documents(database)
    assert rebuilt == by_triggers
    assert rebuilt["bulk"] == ("BLK-B BLK-A", "Tall stool Sgabello alto", "Faggio Faggio",
                               "legno cucina Rossi Sedute", "BLK-B", 3_900, "EUR", 8, 2)
    assert _found(database, "sgab") == {"bulk", "other"}
    assert _found(database, "BLK") == {"bulk"}


def test_deferred_search_failing_leaves_nothing_behind(database: Database) -> None:
    with (pytest.raises(RuntimeError), database.write() as session,
          deferred_search(session, ["bulk"])):
        _insert_raw(session, "bulk", "BLK")
        raise RuntimeError("the bulk writer failed")
    with database.read() as session:
        assert session.scalar(text("SELECT count(*) FROM search_deferred")) == 0
        assert session.scalar(text("SELECT count(*) FROM products")) == 0
    # A product written afterwards by anyone is indexed by the triggers as always.
    with database.write() as session:
        _insert_raw(session, "later", "LAT")
    assert _found(database, "LAT") == {"later"}


def _documents_in(session: Session) -> dict[str, tuple[object, ...]]:
    rows = session.execute(text(
        "SELECT p.id, s.sku, s.title, s.description, s.tags, p.primary_sku,"
        " p.price_min_minor, p.currency, p.stock_total, p.variant_count FROM products p"
        " LEFT JOIN search_keys k ON k.product_id = p.id"
        " LEFT JOIN product_search s ON s.rowid = k.doc"))
    return {row[0]: tuple(row[1:]) for row in rows}
