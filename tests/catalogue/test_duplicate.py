"""Duplicating a product: a draft copy with its own SKUs, one undoable step."""

from __future__ import annotations

from typing import Any

from sellerdesk.catalogue import Catalogue, VariantInput
from sellerdesk.catalogue.duplicate import duplicate_product


def test_duplicate(catalogue: Catalogue, make_product: Any, history: Any, outbox: Any) -> None:
    original = make_product("DIV-1", "Divano", status="active", category="Divani",
                            texts={"en": {"title": "Sofa", "description": "Linen"}},
                            variants=[VariantInput("DIV-1", 10000, stock=2,
                                                   options={"Colore": "Rosso"}),
                                      VariantInput("DIV-1-COPY", 10000)])
    copy = duplicate_product(catalogue, original, group_id="dup", title_suffix=" (copia)")
    view = catalogue.get(copy)
    assert view.status == "draft" and view.category == "Divani"
    assert view.title("it") == "Divano (copia)" and view.texts["en"]["title"] == "Sofa"
    assert [(v.sku, v.stock, v.options) for v in view.variants] == [
        ("DIV-1-COPY2", 2, {"Colore": "Rosso"}), ("DIV-1-COPY-COPY", 0, {})]
    assert view.remote_id is None
    assert [e["group_id"] for e in history(copy)] == ["dup"]
    assert [e["operation"] for e in outbox(copy)] == ["create"]
    again = duplicate_product(catalogue, original, group_id="dup2")
    assert catalogue.get(again).variants[0].sku == "DIV-1-COPY3"
