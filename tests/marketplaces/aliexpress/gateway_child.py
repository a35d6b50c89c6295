"""A SellerDesk process on an AliExpress account, for the gateway crash tests: sync_child.py's
pass (open the shop's database, log in, one sync pass, print the report as JSON) and its fork
server, with the account connected through the gateway's auto-approving authorisation
(`accounts.connect_aliexpress`) instead of the canonical OAuth flow.

The app key and secret come from SELLERDESK_AE_APP_KEY and SELLERDESK_AE_APP_SECRET; tokens
stay in this process's in-memory keyring, as in sync_child.py. The adapter scans the products
on every pass (`scan_interval=0`; the app's default is 15 minutes), so every pass has pull
batches for the pull.* crash points and the desk's figures can be checked after settling.

Usage: python gateway_child.py DATABASE URL       one pass (URL: the sandbox's /aliexpress)
       python gateway_child.py --fork-server       as sync_child.py --fork-server
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "sync"))
import sync_child

KEY_ENV, SECRET_ENV = "SELLERDESK_AE_APP_KEY", "SELLERDESK_AE_APP_SECRET"


def open_engine(database_path: Path, url: str) -> tuple[object, object, object]:
    """(database, adapter, engine) for the shop at `database_path`, logged in to `url`."""
    from sellerdesk.secrets import SecretStore
    from sellerdesk.store import Database
    from sellerdesk.sync import accounts
    from sellerdesk.sync.engine import SyncEngine

    database = Database.open(database_path)
    secrets = SecretStore()
    account_id = accounts.connect_aliexpress(database, secrets, url, os.environ[KEY_ENV],
                                             os.environ[SECRET_ENV])
    market = accounts.adapter_for(database, secrets, accounts.default_account(database))
    market.scan_interval = 0.0  # type: ignore[attr-defined]
    return database, market, SyncEngine(database, market, account_id)


def gateway_pass(database_path: Path, url: str, out: TextIO) -> int:
    database, _market, engine = open_engine(database_path, url)
    return sync_child.run_pass(database, engine, out)


def main() -> int:
    keyring.set_keyring(sync_child.MemoryKeyring())
    if sys.argv[1] == "--fork-server":
        import sellerdesk.marketplaces.aliexpress  # noqa: F401  (imported once, before forks)

        return sync_child.fork_server(gateway_pass)
    return gateway_pass(Path(sys.argv[1]), sys.argv[2], sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
