"""Conflict values in words: money in the locale, counts, statuses, lists (no Qt needed)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sellerdesk.i18n import Formatter
from sellerdesk.sync.conflict_text import field_label, fits_one_line, value_text
from sellerdesk.sync.conflicts import ConflictView


def _view(field: str, base: Any, mine: Any, theirs: Any, currency: str = "") -> ConflictView:
    return ConflictView(id="c", entity="variant", entity_id="v", field=field, base=base,
                        mine=mine, theirs=theirs, detected_at=datetime(2026, 12, 8, tzinfo=UTC),
                        label="DIV-CH-3", currency=currency)


def test_prices_are_money_in_the_owners_locale() -> None:
    price = _view("price_minor", 89_000, 95_500, 123_450, currency="EUR")
    italian, english = Formatter("it_IT"), Formatter("en_GB")
    assert value_text(price, price.mine, italian).replace("\u00a0", " ") == "955,00 €"
    assert value_text(price, price.theirs, italian).replace("\u00a0", " ") == "1.234,50 €"
    assert value_text(price, price.mine, english) == "€955.00"
    yen = _view("price_minor", 1200, 1500, 1800, currency="JPY")
    assert value_text(yen, yen.mine, english) == "JP¥1,500"  # no decimals for yen
    assert fits_one_line(price, italian)


def test_other_values_in_words() -> None:
    fmt = Formatter("it_IT")
    assert value_text(_view("stock", 3, 1200, 4), 1200, fmt) == "1.200"
    assert value_text(_view("status", "draft", "active", "inactive"), "active", fmt) == "Active"
    assert value_text(_view("tags", [], ["sofa", "velvet"], []), ["sofa", "velvet"], fmt) == \
        "sofa, velvet"
    options = {"Tessuto": "Velluto", "Colore": "Blu"}
    assert value_text(_view("options", {}, options, {}), options, fmt) == \
        "Tessuto: Velluto · Colore: Blu"
    assert value_text(_view("brand", None, "x", "y"), None, fmt) == "—"
    assert value_text(_view("_deleted", False, True, False), True, fmt) == "Deleted"
    long_text = _view("description.it", "a", "b" * 200, "c")
    assert not fits_one_line(long_text, fmt)


def test_field_names_in_words_with_the_language_in_the_locale() -> None:
    assert field_label("title.it", "en_GB") == "Title (Italian)"
    assert field_label("title.it", "it_IT") == "Title (italiano)"  # untranslated template
    assert field_label("price_minor", "it_IT") == "Price"
    italian = {("ConflictDialog", "Title"): "Titolo", ("ConflictDialog", "Price"): "Prezzo"}
    assert field_label("title.de", "it_IT", lambda c, t: italian.get((c, t), t)) == \
        "Titolo (tedesco)"
    assert field_label("weight_g", "it_IT") == "weight_g"  # unknown: as it is, not lost
