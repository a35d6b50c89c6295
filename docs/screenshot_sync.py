"""A screenshot of the Sync page after a failed pass, with an item the sync could not read.

Run under a real X server so fonts and styles are the platform's:
    Xvfb :99 -screen 0 1600x1000x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb \
        python docs/screenshot_sync.py --lang it [--strings i18n/strings-honest-status.json]

Everything is real: the sandbox marketplace on 127.0.0.1 serves the demo shop with one product
unreadable in its change feed (fault `hostile=lone_surrogate`), so three passes set it aside
while the rest of the shop comes in; then every request fails (`error_rate=1`), so the window's
pass fails and says so (and the item stays set aside: it is fetched again only by a pass that
gets that far). Two stock movements made
at the desk wait to be sent. Secrets go to an in-memory keyring, never the real one.

`--strings` compiles the translations with those JSON files added (the format of
`i18n/update_translations.py --apply`) into a temporary folder, for strings not yet in the
.ts files; the repository's .ts and .qm files are not touched.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import qasync
import requests
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.keyrings, i18n.update_translations

from sellerdesk.app import create_context, make_application  # noqa: E402
from sellerdesk.paths import DataDir  # noqa: E402
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox  # noqa: E402
from sellerdesk.secrets import SecretStore  # noqa: E402
from sellerdesk.store.models import Account  # noqa: E402
from sellerdesk.sync import accounts, quarantine  # noqa: E402
from sellerdesk.sync.engine import SyncEngine  # noqa: E402
from sellerdesk.ui.main_window import SYNC, MainWindow  # noqa: E402
from sellerdesk.ui.sync.setup import start_sync  # noqa: E402
from sellerdesk.ui.translators import install_translators  # noqa: E402
from tests.keyrings import memory_keyring  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def compile_with(strings: list[Path], language: str, folder: Path) -> Path:
    """The .qm of `language` with `strings` applied, built in `folder` from copies."""
    import json

    sys.path.insert(0, str(ROOT / "i18n"))
    import update_translations as tr

    for ts in tr.TS_DIR.glob("sellerdesk_*.ts"):
        shutil.copy(ts, folder / ts.name)
    tr.TS_DIR, tr.QM_DIR = folder, folder  # the module's own steps, on the copies
    merged: dict[str, dict[str, dict[str, str | list[str]]]] = {}
    for path in strings:
        for lang, contexts in json.loads(path.read_text(encoding="utf-8")).items():
            for context, messages in contexts.items():
                merged.setdefault(lang, {}).setdefault(context, {}).update(messages)
    tr.apply(merged)
    return folder / f"sellerdesk_{language}.qm"


def faults(sandbox: RunningSandbox, spec: str) -> None:
    requests.put(f"{sandbox.url}/admin/faults", json={"spec": spec, "seed": 0},
                 timeout=10).raise_for_status()


def prepare(ctx: object, sandbox: RunningSandbox) -> None:
    """The shop as the owner finds it: one product set aside, two stock moves waiting."""
    database = ctx.database  # type: ignore[attr-defined]
    secrets = SecretStore()
    account_id = accounts.connect(database, secrets, sandbox.url, "Bottega Rossi")
    with database.read() as session:
        account = session.get(Account, account_id)
    engine = SyncEngine(database, accounts.adapter_for(database, secrets, account), account_id)
    faults(sandbox, "hostile=lone_surrogate")
    for _ in range(quarantine.LIMIT + 1):  # bounded: the item is set aside after LIMIT
        engine.sync_once()  # the pass that sets it aside brings in the rest of the shop
        if quarantine.unreadable(database):
            break
    assert quarantine.unreadable(database), "the bad item was not set aside"
    engine.market.close()  # type: ignore[attr-defined]
    for sku in _two_skus(database):  # sold in the shop while the marketplace is down
        ctx.catalogue.adjust_stock(sku, -1, reason="Venduto in bottega")  # type: ignore
    faults(sandbox, "error_rate=1")


def _two_skus(database: object) -> list[str]:
    from sqlalchemy import select

    from sellerdesk.store.models import Variant

    with database.read() as session:  # type: ignore[attr-defined]
        return list(session.scalars(select(Variant.sku).where(
            Variant.deleted_at.is_(None), Variant.stock > 1).order_by(Variant.sku).limit(2)))


async def shoot(window: MainWindow, lang: str) -> None:
    ctx = window.ctx
    controller = await start_sync(ctx, window, interval=3600)
    assert controller is not None
    window.sidebar.setCurrentRow(SYNC)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 120
    page = window.sync
    while not (controller.status.last_error and not controller.status.running
               and page.unreadable.table.topLevelItemCount() and page.changes.topLevelItemCount()
               and page.problem.isVisible()):
        if loop.time() > deadline:
            raise TimeoutError("the failed pass did not reach the window")
        await asyncio.sleep(0.1)
    window.refresh_status()
    await asyncio.sleep(0.8)
    window.grab().save(str(OUT / f"sync-failed-quarantine-{lang}.png"))
    controller.stop()


def run_shot(prepare: Callable[[Any, RunningSandbox], None],
             shoot: Callable[[MainWindow, str], Awaitable[None]]) -> int:
    """The window on a shop `prepare`d against a demo sandbox, then `shoot` (shared by the
    screenshot scripts that need a real marketplace)."""
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
        prepare(ctx, sandbox)
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


def main() -> int:
    return run_shot(prepare, shoot)


if __name__ == "__main__":
    sys.exit(main())
