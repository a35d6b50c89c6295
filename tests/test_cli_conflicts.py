"""`sellerdesk conflicts list` in a separate process: prices as money in the `--lang` locale and
fields in words ("Prezzo", "955,00 €", "Titolo (italiano)"), never cents or `price_minor`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.store.models import Conflict


@pytest.fixture
def shop_with_conflicts(tmp_path: Path) -> Path:
    """A shop where a price and a title were changed here and on the marketplace."""
    data = DataDir(tmp_path / "shop").ensure()
    database = Database.open(data.database)
    try:
        product_id = Catalogue(database).create_product(ProductInput(
            texts={"it": {"title": "Divano Chianti"}},
            variants=[VariantInput(sku="DIV-CH-3", price_minor=95_500)]))
        variant_id = Catalogue(database).get(product_id).variants[0].id

        def plant(session: object) -> None:
            session.add(Conflict(entity="variant", entity_id=variant_id, field="price_minor",  # type: ignore[attr-defined]
                                 base_value=89_000, local_value=95_500, remote_value=99_000,
                                 remote_version="3"))
            session.add(Conflict(entity="product", entity_id=product_id, field="title.it",  # type: ignore[attr-defined]
                                 base_value="Divano", local_value="Divano Chianti",
                                 remote_value="Divano Chianti 3 posti", remote_version="3"))

        database.run_write(plant)
    finally:
        database.close()
    return data.root


def _conflicts(data: Path, lang: str, *extra: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--data-dir", str(data), "--lang", lang,
         *extra, "conflicts", "list"],
        capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.replace("\u00a0", " ").replace("\u202f", " ")


def test_conflicts_list_in_italian_reads_money_and_words(shop_with_conflicts: Path) -> None:
    out = _conflicts(shop_with_conflicts, "it")
    price = next(line for line in out.splitlines() if "DIV-CH-3" in line)
    assert "Prezzo" in price and "955,00 €" in price and "990,00 €" in price
    assert "La mia: 955,00 €" in price and "Quella del marketplace: 990,00 €" in price
    title = next(line for line in out.splitlines() if "Titolo" in line)
    assert "Titolo (italiano)" in title and "Divano Chianti 3 posti" in title
    for raw in ("price_minor", "95500", "99000", "title.it"):
        assert raw not in out


def test_conflicts_list_in_english_and_as_json(shop_with_conflicts: Path) -> None:
    out = _conflicts(shop_with_conflicts, "en")
    assert "Price" in out and "€955.00" in out and "€990.00" in out
    assert "Title (Italian)" in out and "price_minor" not in out
    rows = json.loads(_conflicts(shop_with_conflicts, "it", "--json"))
    price = next(row for row in rows if row["field"] == "price_minor")
    assert (price["mine"], price["currency"]) == (95_500, "EUR")  # the stored value stays
    assert price["words"] == {"field": "Prezzo", "base": "890,00 €", "mine": "955,00 €",
                              "theirs": "990,00 €"}
