"""The command line prints an error's template in the `--lang` language (DESIGN §13): a real
process, the shipped translations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import sellerdesk


@pytest.mark.parametrize(("args", "english", "italian"), [
    (("products", "show", "NOPE"), "No product has the SKU “NOPE”.",
     "Nessun prodotto ha lo SKU «NOPE»."),
    (("products", "add", "--sku", "bad sku!", "--title", "it=X", "--price", "1"),
     "“bad sku!” is not a valid SKU", "«bad sku!» non è uno SKU valido"),
    (("products", "add", "--sku", "X-1", "--title", "it=X", "--price", "abc"),
     "“abc” is not a price: type it as you would write it, e.g. 1,234.50 or 12.50.",
     "«abc» non è un prezzo: scrivilo come lo scriveresti a mano, ad es. 1.234,50 o 12,50."),
    (("redo",), "Nothing to redo.", "Niente da ripetere."),
    (("orders", "show", "BR-0"), "No order is numbered BR-0.", "Nessun ordine ha il numero BR-0."),
])
def test_an_error_is_printed_in_the_lang_language(
        tmp_path: Path, args: tuple[str, ...], english: str, italian: str) -> None:
    shop = tmp_path / "shop"
    for lang, words in (("en", english), ("it", italian)):
        result = sellerdesk(shop, *args, lang=lang)
        assert result.returncode == 1
        assert result.stderr.startswith("sellerdesk: ") and words in result.stderr, \
            (lang, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
