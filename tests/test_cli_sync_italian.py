"""`sellerdesk sync --once --lang it` reports in Italian, with plural forms (#16.3), against the
sandbox marketplace on 127.0.0.1; the JSON keeps its keys."""

from __future__ import annotations

import re
from pathlib import Path

from sellerdesk.sandbox.embedded import RunningSandbox
from tests.shipped_translations import needs_shipped
from tests.test_cli_history import Shop, sandbox  # noqa: F401  (the sandbox fixture)


@needs_shipped("SyncCommands", "Synced: %1. Waiting: %2, conflicts: %3.")
@needs_shipped("CommandCounts", "sent %n change(s)", language="en")
def test_sync_summary_speaks_the_language(tmp_path: Path,
                                          sandbox: RunningSandbox) -> None:  # noqa: F811
    shop = Shop(tmp_path / "shop", tmp_path / "keyring.json")
    shop.ok("account", "connect", "--url", sandbox.url, "--name", "Sandbox")
    shop.ok("products", "add", "--sku", "TAZ-1", "--title", "it=Tazza", "--price", "12,50")
    italian = shop.run("sync", "--once")
    assert italian.returncode == 0, italian.stderr
    assert re.fullmatch(r"Sincronizzato: inviata 1 modifica, ricevut[ae] \d+, \d+ "
                        r"richiest[ae]\. In attesa: 0, conflitti: 0\.\n", italian.stdout), \
        italian.stdout
    shop.ok("products", "set", "TAZ-1", "--price", "13,00")
    shop.ok("products", "set", "TAZ-1", "--stock", "4")
    english = shop.run("sync", "--once", "--lang", "en")
    assert english.returncode == 0, english.stderr
    assert re.fullmatch(r"Synced: sent 2 changes, received \d+, \d+ requests?\. Waiting: 0, "
                        r"conflicts: 0\.\n", english.stdout), english.stdout
