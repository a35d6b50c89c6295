"""What the editor suggests: categories, brands and tags in use, the shop's marketplaces."""

from __future__ import annotations

from typing import Any

from sellerdesk.catalogue.lookups import CatalogueLookups
from sellerdesk.store import Database
from sellerdesk.store.models import Account


def test_lookups(database: Database, make_product: Any) -> None:
    make_product("A-1", category="Divani", brand="Bottega", tags=["lino", "casa"])
    make_product("A-2", category="Borse", tags=["pelle", "casa"])
    database.run_write(lambda s: s.add(Account(name="AE", marketplace="aliexpress",
                                               base_url="http://127.0.0.1")))
    found = CatalogueLookups(database).load()
    assert found.categories == ["Borse", "Divani"]
    assert found.brands == ["Bottega"]
    assert found.tags == ["casa", "lino", "pelle"]
    assert found.marketplaces == ["aliexpress"]
