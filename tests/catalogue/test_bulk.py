"""Bulk edit: an exact preview, one transaction, one history group, exact money."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from sellerdesk.catalogue import Catalogue, VariantInput
from sellerdesk.catalogue.bulk import BulkEdit, PriceChange, StockChange, apply, plan
from sellerdesk.catalogue.progress import OperationCancelled, Progress
from sellerdesk.errors import ValidationError
from sellerdesk.store import Database


@pytest.fixture
def shop(make_product: Any) -> list[str]:
    return [make_product(f"P-{n}", f"Prodotto {n}", price=1999 + n, stock=n,
                         tags=["casa"], category="Cucina")
            for n in range(5)]


def test_percent_rounds_half_up_to_the_cent() -> None:
    edit = BulkEdit(price=PriceChange.PERCENT, price_value=Decimal("10"))
    assert edit.new_price(1999, "EUR") == 2199  # 21.989 → 21.99
    assert edit.new_price(5, "EUR") == 6  # 5.5 → 6
    down = BulkEdit(price=PriceChange.PERCENT, price_value=Decimal("-15"))
    assert down.new_price(1000, "EUR") == 850
    assert BulkEdit(price=PriceChange.AMOUNT, price_value=Decimal("-2.50")).new_price(
        1000, "EUR") == 750
    assert BulkEdit(price=PriceChange.SET, price_value=Decimal("12.5")).new_price(
        1, "EUR") == 1250


def test_amounts_finer_than_the_currency_are_refused() -> None:
    with pytest.raises(ValidationError):
        BulkEdit(price=PriceChange.SET, price_value=Decimal("12.5")).new_price(1, "JPY")


def test_preview_says_exactly_what_would_change(database: Database, shop: list[str]) -> None:
    edit = BulkEdit(price=PriceChange.PERCENT, price_value=Decimal(10), status="inactive",
                    add_tags=("saldi",), remove_tags=("CASA",))
    with database.read() as session:
        result = plan(session, shop, edit)
    assert result.selected == 5 and result.unchanged == 0
    assert [(v.sku, v.price_before, v.price_after) for v in result.variants][:2] == [
        ("P-0", 1999, 2199), ("P-1", 2000, 2200)]
    assert result.products[0].after == {"status": "inactive", "tags": ["saldi"]}
    assert result.products[0].before == {"status": "draft", "tags": ["casa"]}
    assert result.products[0].title == "Prodotto 0"


def test_apply_is_one_group(catalogue: Catalogue, shop: list[str], history: Any,
                            outbox: Any) -> None:
    before_history, before_outbox = len(history()), len(outbox())
    edit = BulkEdit(price=PriceChange.PERCENT, price_value=Decimal(10),
                    stock=StockChange.ADJUST, stock_value=-2, category="Saldi")
    progress = Progress()
    result = apply(catalogue, shop, edit, group_id="bulk-1", progress=progress)
    assert result.clamped_stock == 2  # stock 0 and 1 stop at zero
    assert progress.done == progress.total == 5 + 5
    prices = [catalogue.get(pid).variants[0].price_minor for pid in shop]
    assert prices == [2199, 2200, 2201, 2202, 2203]
    stocks = [catalogue.get(pid).variants[0].stock for pid in shop]
    assert stocks == [0, 0, 0, 1, 2]
    new = history()[before_history:]
    assert {e["group_id"] for e in new} == {"bulk-1"}
    # 5 category updates, 5 price updates, 4 stock moves (stock 0 cannot go lower)
    assert sorted(e["action"] for e in new).count("stock") == 4
    assert len(new) == 14
    operations = [e["operation"] for e in outbox()[before_outbox:]]
    assert operations.count("stock_adjust") == 4 and operations.count("update") == 10


def test_negative_prices_block_and_change_nothing(catalogue: Catalogue, shop: list[str],
                                                  history: Any) -> None:
    count = len(history())
    edit = BulkEdit(price=PriceChange.AMOUNT, price_value=Decimal("-20.00"))  # P-0: -0.01
    with pytest.raises(ValidationError, match="below zero"):
        apply(catalogue, shop, edit, group_id="bulk-2")
    assert len(history()) == count


def test_cancel_rolls_everything_back(catalogue: Catalogue, shop: list[str],
                                      history: Any) -> None:
    count = len(history())
    progress = Progress()
    progress.cancel()
    with pytest.raises(OperationCancelled):
        apply(catalogue, shop, BulkEdit(status="active"), group_id="bulk-3", progress=progress)
    assert len(history()) == count
    assert {catalogue.get(pid).status for pid in shop} == {"draft"}


def test_deleted_products_and_multi_variant_products(catalogue: Catalogue,
                                                     make_product: Any) -> None:
    multi = make_product("M-1", variants=[VariantInput("M-1", 1000), VariantInput("M-2", 2000)])
    gone = make_product("G-1")
    catalogue.delete_product(gone)
    result = apply(catalogue, [multi, gone], BulkEdit(stock=StockChange.SET, stock_value=7),
                   group_id="bulk-4")
    assert result.selected == 1
    assert [v.stock for v in catalogue.get(multi).variants] == [7, 7]


@pytest.mark.parametrize("edit", [
    BulkEdit(price=PriceChange.PERCENT, price_value=Decimal(-100)),
    BulkEdit(price=PriceChange.SET, price_value=Decimal(-1)),
    BulkEdit(stock=StockChange.SET, stock_value=-1),
    BulkEdit(status="sold"),
])
def test_impossible_edits_are_refused(edit: BulkEdit) -> None:
    with pytest.raises(ValidationError):
        edit.check()
