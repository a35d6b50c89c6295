"""A screenshot of the resolve dialog for a real price conflict, in the owner's language.

Run under a real X server so fonts and styles are the platform's:
    Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb \
        python docs/screenshot_conflict.py --lang it [--strings i18n/strings-*.json]

Everything is real: the sandbox marketplace on 127.0.0.1 serves the demo shop; the desk syncs,
changes a sofa's price while the owner's website changes it too, and the next pass finds the
conflict (a 412, merged three ways). The Sync page lists it and the dialog opens on it. Secrets
go to an in-memory keyring, never the real one. `--strings` works as in screenshot_sync.py.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.*, docs.screenshot_sync

from docs.screenshot_sync import run_shot  # noqa: E402
from sellerdesk.sandbox.embedded import RunningSandbox  # noqa: E402
from sellerdesk.secrets import SecretStore  # noqa: E402
from sellerdesk.store.models import Account, Conflict, Variant  # noqa: E402
from sellerdesk.sync import accounts  # noqa: E402
from sellerdesk.sync.engine import SyncEngine  # noqa: E402
from sellerdesk.ui.main_window import SYNC, MainWindow  # noqa: E402
from tests.sync.sync_helpers import Server  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def make_conflict(ctx: object, sandbox: RunningSandbox) -> None:
    """Sync the demo shop, then change one price at the desk and on the website."""
    database = ctx.database  # type: ignore[attr-defined]
    secrets = SecretStore()
    account_id = accounts.connect(database, secrets, sandbox.url, "Bottega Rossi")
    with database.read() as session:
        account = session.get(Account, account_id)
    engine = SyncEngine(database, accounts.adapter_for(database, secrets, account), account_id)
    engine.sync_once()
    with database.read() as session:
        sku, price = session.execute(
            select(Variant.sku, Variant.price_minor).where(
                Variant.deleted_at.is_(None), Variant.price_minor >= 50_000)
            .order_by(Variant.sku).limit(1)).one()
    Server(sandbox).edit_price(sku, price + 4_500)  # the owner's website
    ctx.catalogue.update_variant(sku, {"price_minor": price + 6_500})  # type: ignore[attr-defined]
    for _ in range(3):  # bounded: the pass that sends the price finds the conflict
        engine.sync_once()
        with database.read() as session:
            if session.scalar(select(Conflict.id).where(Conflict.resolved_at.is_(None))):
                break
    else:
        raise RuntimeError("no conflict was found")
    engine.market.close()  # type: ignore[attr-defined]


async def shoot(window: MainWindow, lang: str) -> None:
    page = window.sync
    window.sidebar.setCurrentRow(SYNC)
    await page.reload()
    dialog = page.open_conflict()
    assert dialog is not None
    await asyncio.sleep(0.8)
    dialog.grab().save(str(OUT / f"conflict-dialog-{lang}.png"))
    dialog.reject()


def main() -> int:
    return run_shot(make_conflict, shoot)


if __name__ == "__main__":
    sys.exit(main())
