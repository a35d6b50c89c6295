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

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

import qasync
from PySide6.QtCore import QTranslator
from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.*, docs.screenshot_sync

from docs.screenshot_sync import compile_with  # noqa: E402
from sellerdesk.app import create_context, make_application  # noqa: E402
from sellerdesk.paths import DataDir  # noqa: E402
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox  # noqa: E402
from sellerdesk.secrets import SecretStore  # noqa: E402
from sellerdesk.store.models import Account, Conflict, Variant  # noqa: E402
from sellerdesk.sync import accounts  # noqa: E402
from sellerdesk.sync.engine import SyncEngine  # noqa: E402
from sellerdesk.ui.main_window import SYNC, MainWindow  # noqa: E402
from sellerdesk.ui.translators import install_translators  # noqa: E402
from tests.keyrings import memory_keyring  # noqa: E402
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
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="it")
    parser.add_argument("--strings", type=Path, nargs="*", default=[],
                        help="JSON translations not yet in the .ts files")
    args = parser.parse_args()
    app = make_application(sys.argv[:1])
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder, memory_keyring(), \
            start_sandbox(seed="demo", audit_delay=0.0, admin=True) as sandbox:
        if args.strings:
            extra = QTranslator(app)
            extra.load(str(compile_with(args.strings, args.lang, Path(folder))))
            app.installTranslator(extra)
        ctx = create_context(DataDir(Path(folder) / "shop").ensure(), lang=args.lang)
        make_conflict(ctx, sandbox)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = MainWindow(ctx)
        window.resize(1400, 860)
        window.show()
        window.start()
        with loop:
            loop.run_until_complete(shoot(window, args.lang))
            loop.run_until_complete(ctx.jobs.shutdown())
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
