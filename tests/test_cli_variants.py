"""`products variant add|delete`, `history list`, `undo` and `redo` as a user runs them: a real
process on a real data folder, no marketplace."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.test_cli import as_json
from tests.test_cli import sellerdesk as run_cli


def sellerdesk(data: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """In English: wording and typed prices (`--lang it` has its own tests)."""
    return run_cli(data, *args, lang=lang)


def make_bag(shop: Path) -> None:
    as_json(sellerdesk(shop, "products", "add", "--sku", "BORSA-TES", "--title", "it=Borsa",
                       "--price", "1,234.50", "--option", "Colore=Testa di moro", "--json"))


def variants(shop: Path) -> dict[str, dict[str, object]]:
    shown = as_json(sellerdesk(shop, "products", "show", "BORSA-TES", "--json"))
    return {v["sku"]: v for v in shown["variants"]}


def test_variant_add_takes_the_first_variants_price_unless_given(tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    make_bag(shop)
    added = sellerdesk(shop, "products", "variant", "add", "BORSA-TES", "--sku", "BORSA-NER",
                       "--option", "Colore=Nero", "--stock", "4")
    assert added.returncode == 0, added.stderr
    assert "Added variant BORSA-NER to Borsa." in added.stdout
    as_json(sellerdesk(shop, "products", "variant", "add", "BORSA-NER", "--sku", "BORSA-BLU",
                       "--price", "99.90", "--json"))  # any variant's SKU names the product
    assert {sku: (v["price_minor"], v["stock"], v["options"])
            for sku, v in variants(shop).items()} == {
        "BORSA-TES": (123450, 0, {"Colore": "Testa di moro"}),
        "BORSA-NER": (123450, 4, {"Colore": "Nero"}),
        "BORSA-BLU": (9990, 0, {}),
    }
    deleted = sellerdesk(shop, "products", "variant", "delete", "BORSA-NER")
    assert deleted.returncode == 0, deleted.stderr
    assert list(variants(shop)) == ["BORSA-TES", "BORSA-BLU"]


def test_variant_refusals_are_one_line_and_exit_1(tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    make_bag(shop)
    for args, message in [
        (("add", "NOPE", "--sku", "X-1"), "No product has the SKU “NOPE”"),
        (("add", "BORSA-TES", "--sku", "BORSA-TES"), "already used"),
        (("add", "BORSA-TES", "--sku", "X-2", "--price", "abc"), "is not a price"),
        (("add", "BORSA-TES", "--sku", "X-3", "--stock", "-1"), "at least 0"),
        (("delete", "BORSA-TES"), "only variant"),
    ]:
        result = sellerdesk(shop, "products", "variant", *args, lang="en")
        assert result.returncode == 1, (args, result.stdout)
        assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert sellerdesk(shop, "products", "variant", "add", "BORSA-TES").returncode == 2
    assert list(variants(shop)) == ["BORSA-TES"]


def test_history_undo_and_redo_in_plain_words(tmp_path: Path) -> None:
    shop = tmp_path / "shop"
    make_bag(shop)
    nothing = sellerdesk(shop, "redo", lang="en")
    assert (nothing.returncode, nothing.stderr) == (1, "sellerdesk: Nothing to redo.\n")
    sellerdesk(shop, "products", "variant", "add", "BORSA-TES", "--sku", "BORSA-NER")
    sellerdesk(shop, "products", "set", "BORSA-TES", "--price", "10")
    listed = sellerdesk(shop, "history", "list").stdout.splitlines()
    assert [line.split("  ")[-1] for line in listed] == [
        "price BORSA-TES", "add variant BORSA-NER", "add product “Borsa”"]
    assert all("  done  " in line for line in listed)

    undone = sellerdesk(shop, "undo")
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.startswith("Undone: price BORSA-TES (")
    assert variants(shop)["BORSA-TES"]["price_minor"] == 123450
    step = as_json(sellerdesk(shop, "history", "list", "--json"))[1]
    assert (step["description"], step["undone"]) == ("price BORSA-TES", True)

    again = sellerdesk(shop, "undo", step["group_id"][:8], lang="en")
    assert again.returncode == 1
    assert again.stderr.startswith("sellerdesk: “price BORSA-TES (") and "already undone" in \
        again.stderr
    redone = as_json(sellerdesk(shop, "redo", "--json"))
    assert (redone["done"], redone["step"]) == (True, step["group_id"])
    assert variants(shop)["BORSA-TES"]["price_minor"] == 1000

    older = next(g for g in as_json(sellerdesk(shop, "history", "list", "--json"))
                 if g["description"] == "add variant BORSA-NER")
    assert sellerdesk(shop, "undo", older["group_id"]).returncode == 0  # an older step
    assert list(variants(shop)) == ["BORSA-TES"]
    assert len(sellerdesk(shop, "history", "list", "--limit", "2").stdout.splitlines()) == 2

    sellerdesk(shop, "products", "set", "BORSA-TES", "--stock", "3")  # a new edit
    cleared = sellerdesk(shop, "redo")
    assert cleared.returncode == 1
    assert "Nothing to redo: the catalogue was changed after “add variant BORSA-NER" in \
        cleared.stderr
    assert sellerdesk(shop, "redo", older["group_id"][:8]).returncode == 0  # named: allowed
    assert list(variants(shop)) == ["BORSA-TES", "BORSA-NER"]
