"""The demo's marketplace: the sandbox server on 127.0.0.1, in this process, with its own file
in the demo folder, and the demo account connected to it (no browser: the sandbox approves)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sellerdesk.paths import DataDir
from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.store.models import Account
from sellerdesk.sync.accounts import aliexpress_authorize, authorize

DEMO_ACCOUNT = "Demo marketplace"
DEMO_ALIEXPRESS_ACCOUNT = "Demo AliExpress"
DEMO_AUDIT_SECONDS = 20.0


def _login(sandbox: Any, marketplace: str) -> tuple[str, str, dict[str, Any]]:
    """The demo account's name, base URL and secrets for `marketplace` on this sandbox."""
    if marketplace != "aliexpress":
        return DEMO_ACCOUNT, sandbox.url, authorize(sandbox.url)
    creds = sandbox.aliexpress_credentials()
    tokens = aliexpress_authorize(creds["base_url"], creds["app_key"], creds["app_secret"])
    return DEMO_ALIEXPRESS_ACCOUNT, creds["base_url"], tokens


def start_demo_marketplace(data: DataDir, database: Database, secrets: SecretStore,
                           marketplace: str = "rest") -> tuple[Any, Account]:
    """Start the sandbox and (re)connect the demo account to it, through the sandbox's own API
    or its AliExpress gateway; blocks for about a second."""
    from sellerdesk.sandbox.embedded import start_sandbox

    sandbox = start_sandbox(data=data.root / "marketplace.db", seed="demo",
                            audit_delay=DEMO_AUDIT_SECONDS)
    try:
        name, url, tokens = _login(sandbox, marketplace)

        def work(session: Any) -> Account:
            account = session.scalar(select(Account).where(Account.name == name))
            if account is None:
                account = Account(name=name, marketplace=marketplace, base_url=url,
                                  shop_name="Bottega Rossi")
                session.add(account)
            account.base_url = url  # a free port each run
            account.needs_login = False
            session.flush()
            session.expunge(account)
            return account

        account = database.run_write(work)
        secrets.set(account.id, tokens)
    except BaseException:
        sandbox.stop()
        raise
    return sandbox, account
