"""Starting the sync when the window opens: the demo's embedded marketplace, or the shop's
connected account. Runs in the background; the window is usable meanwhile."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select

from sellerdesk.secrets import SecretStore
from sellerdesk.store import Database
from sellerdesk.store.models import Account
from sellerdesk.sync.accounts import adapter_for
from sellerdesk.sync.engine import SyncEngine
from sellerdesk.ui.sync.controller import PASS_BUDGET, SyncController

log = logging.getLogger(__name__)


def first_account(database: Database) -> Account | None:
    with database.read() as session:
        return session.scalar(select(Account).order_by(Account.created_at).limit(1))


async def start_sync(ctx: Any, window: Any, *, interval: float = 60.0,
                     pass_budget: float = PASS_BUDGET) -> SyncController | None:
    secrets = SecretStore()
    if ctx.demo:
        from sellerdesk.demo.marketplace import start_demo_marketplace

        try:
            sandbox, account = await ctx.jobs.in_thread(
                start_demo_marketplace, ctx.data, ctx.database, secrets, ctx.demo_marketplace)
        except Exception:  # the demo still works offline; say why in the log
            log.exception("the demo marketplace did not start")
            window.no_account()
            return None
        ctx.closers.append(sandbox.stop)
    else:
        account = await ctx.jobs.in_thread(first_account, ctx.database)
        if account is None:
            window.no_account()  # said in the window: changes stay on this computer
            return None

    def make_engine() -> SyncEngine:
        return SyncEngine(ctx.database, adapter_for(ctx.database, secrets, account), account.id)

    engine = await ctx.jobs.in_thread(make_engine)
    controller = SyncController(engine, account.name, interval=interval,
                                pass_budget=pass_budget, parent=window)
    window.attach_sync(controller)
    controller.start(ctx.jobs)
    ctx.closers.insert(0, controller.stop)
    return controller
