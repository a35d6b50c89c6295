"""Saving the editor's draft: only what differs is written, in one transaction and one step."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from sellerdesk.catalogue import Catalogue, VariantInput
from sellerdesk.catalogue.editing import (
    ProductDraft,
    VariantDraft,
    check_draft,
    create_product,
    has_changes,
    product_changes,
    save_product,
)
from sellerdesk.errors import ValidationError


def test_create_from_a_draft_with_six_variants_and_two_languages(
        catalogue: Catalogue, history: Any, outbox: Any) -> None:
    draft = ProductDraft.empty("it")
    draft = replace(
        draft,
        fields=draft.fields | {"category": "Borse", "tags": ["pelle"]},
        texts={"it": {"title": "Borsa Firenze", "description": "In pelle"},
               "en": {"title": "Florence bag", "description": ""}},
        variants=tuple(VariantDraft(None, f"BF-{c}-{s}", 4990, 2, "EUR",
                                    {"Colore": c, "Taglia": s})
                       for c in ("ROS", "BLU", "VER") for s in ("S", "M")),
    )
    product_id = create_product(catalogue, draft, group_id="g1")
    view = catalogue.get(product_id)
    assert len(view.variants) == 6
    assert view.texts["en"]["title"] == "Florence bag"
    assert [(e["action"], e["group_id"]) for e in history()] == [("create", "g1")]
    assert [e["operation"] for e in outbox()] == ["create"]


def test_nothing_changed_writes_nothing(catalogue: Catalogue, make_product: Any,
                                        history: Any, outbox: Any) -> None:
    product_id = make_product()
    draft = ProductDraft.of(catalogue.get(product_id))
    assert not has_changes(draft, draft)
    assert save_product(catalogue, product_id, draft, draft, group_id="g2") is False
    assert len(history()) == 1 and len(outbox()) == 1


def test_a_save_is_one_group_in_one_transaction(catalogue: Catalogue, make_product: Any,
                                                history: Any, outbox: Any) -> None:
    product_id = make_product("SOF-1", variants=[VariantInput("SOF-1", 10000, stock=2),
                                                 VariantInput("SOF-2", 12000, stock=1)])
    original = ProductDraft.of(catalogue.get(product_id))
    first, _removed = original.variants
    draft = replace(
        original,
        texts=original.texts | {"fr": {"title": "Canapé", "description": ""}},
        variants=(replace(first, price_minor=11000, stock=5),
                  VariantDraft(None, "SOF-3", 9000, 1)),
    )
    assert product_changes(original, draft) == {"title.fr": "Canapé"}
    assert save_product(catalogue, product_id, original, draft, group_id="g3")
    view = catalogue.get(product_id)
    assert [(v.sku, v.price_minor, v.stock) for v in view.variants] == [
        ("SOF-1", 11000, 5), ("SOF-3", 9000, 1)]
    step = [e for e in history() if e["group_id"] == "g3"]
    assert sorted(e["action"] for e in step) == ["create", "delete", "stock", "update",
                                                "update"]
    ops = [e["operation"] for e in outbox()][1:]
    assert sorted(ops) == ["create", "delete", "stock_set", "update", "update"]


def test_a_failing_save_leaves_nothing(catalogue: Catalogue, make_product: Any,
                                       history: Any) -> None:
    make_product("TAKEN-1", "Altro")
    product_id = make_product("MINE-1")
    original = ProductDraft.of(catalogue.get(product_id))
    draft = replace(original, texts={"it": {"title": "Nuovo titolo", "description": ""}},
                    variants=(*original.variants, VariantDraft(None, "TAKEN-1", 100, 0)))
    with pytest.raises(ValidationError):
        save_product(catalogue, product_id, original, draft, group_id="g4")
    assert catalogue.get(product_id).title("it") == "Divano tre posti"  # title not saved
    assert all(e["group_id"] != "g4" for e in history())


def test_replacing_the_only_variant(catalogue: Catalogue, make_product: Any) -> None:
    product_id = make_product("OLD-1")
    original = ProductDraft.of(catalogue.get(product_id))
    draft = replace(original, variants=(VariantDraft(None, "NEW-1", 500, 1),))
    assert save_product(catalogue, product_id, original, draft, group_id="g5")
    assert [v.sku for v in catalogue.get(product_id).variants] == ["NEW-1"]


@pytest.mark.parametrize(("change", "message"), [
    ({"texts": {"it": {"title": " ", "description": ""}}}, "title"),
    ({"variants": ()}, "variant"),
    ({"variants": (VariantDraft(None, "A-1", 1, 0), VariantDraft(None, "a-1", 1, 0))}, "twice"),
    ({"variants": (VariantDraft(None, "bad sku!", 1, 0),)}, "SKU in row 1"),
])
def test_draft_checks(change: dict[str, Any], message: str) -> None:
    draft = replace(ProductDraft.empty("it"), texts={"it": {"title": "T", "description": ""}},
                    variants=(VariantDraft(None, "OK-1", 1, 0),))
    check_draft(draft)
    with pytest.raises(ValidationError, match=message):
        check_draft(replace(draft, **change))
