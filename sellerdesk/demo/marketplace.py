"""The demo's marketplace: the sandbox server on 127.0.0.1, in this process, with its own file
in the demo folder, and the demo account connected to it (no browser: the sandbox approves)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from sellerdesk.paths import DataDir
from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.store.models import Account
from sellerdesk.sync.accounts import authorize

DEMO_ACCOUNT = "Demo marketplace"
DEMO_AUDIT_SECONDS = 20.0


def start_demo_marketplace(data: DataDir, database: Database, secrets: SecretStore) -> tuple[
        Any, Account]:
    """Start the sandbox and (re)connect the demo account to it; blocks for about a second."""
    from sellerdesk.sandbox.embedded import start_sandbox

    sandbox = start_sandbox(data=data.root / "marketplace.db", seed="demo",
                            audit_delay=DEMO_AUDIT_SECONDS)
    try:
        tokens = authorize(sandbox.url)

        def work(session: Any) -> Account:
            account = session.scalar(select(Account).where(Account.name == DEMO_ACCOUNT))
            if account is None:
                account = Account(name=DEMO_ACCOUNT, marketplace="rest", base_url=sandbox.url,
                                  shop_name="Bottega Rossi")
                session.add(account)
            account.base_url = sandbox.url  # a free port each run
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
