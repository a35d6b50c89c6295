"""`sellerdesk account connect`, `sellerdesk sync`, `sellerdesk conflicts list|resolve`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sellerdesk.errors import SellerDeskError
from sellerdesk.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sellerdesk.cli import Context

NO_CONFLICTS = QT_TRANSLATE_NOOP("ConflictCommands", "No conflicts.")


def register(sub: Callable[..., argparse.ArgumentParser]) -> None:
    from sellerdesk.commands.products import add_action_parser

    account = sub("account", help="connect a marketplace account")
    account_actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)
    connect = add_action_parser(account_actions, "connect", connect_account,
                                help="log in to a marketplace (tokens go to the OS keyring)")
    connect.add_argument("--url", required=True, help="the marketplace's address")
    connect.add_argument("--name", default="", help="a name for the account")
    connect.add_argument("--marketplace", choices=["rest", "aliexpress"], default="rest",
                         help="which API the address speaks (rest)")
    connect.add_argument("--app-key", default=None, help="AliExpress app key")
    connect.add_argument("--app-secret-stdin", action="store_true",
                         help="read the AliExpress app secret from standard input (without "
                              "it, a terminal asks for it; kept in the keyring, never on disk)")
    # Deprecated: a secret on the command line is visible in `ps` and in the shell's history.
    connect.add_argument("--app-secret", default=None, help=argparse.SUPPRESS)

    sync = sub("sync", help="send local changes and fetch the marketplace's")
    sync.set_defaults(func=run_sync)
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pass, then exit (default)")
    mode.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    sync.add_argument("--interval", type=float, default=60.0, help="seconds between passes")

    conflicts = sub("conflicts", help="changes made on both sides, for you to decide")
    conflict_actions = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    add_action_parser(conflict_actions, "list", list_conflicts, help="open conflicts")
    resolve = add_action_parser(conflict_actions, "resolve", resolve_conflict,
                                help="keep your value or the marketplace's")
    resolve.add_argument("id")
    resolve.add_argument("--keep", required=True, choices=["mine", "theirs"])


def connect_account(ctx: Context) -> int:
    """Log in and keep the login in the system keyring, where the next command finds it; with
    no usable keyring, exit 1 before logging in and say how to get one."""
    from sellerdesk.secrets import SecretStore, keyring_backend_name
    from sellerdesk.sync.accounts import connect, require_secure

    secrets = SecretStore(fallback=False)
    secrets.check_usable()
    require_secure(ctx.args.url)
    if getattr(ctx.args, "marketplace", "rest") == "aliexpress":
        account_id = _connect_aliexpress(ctx, secrets)
    else:
        account_id = connect(ctx.database(), secrets, ctx.args.url, ctx.args.name)
    backend = keyring_backend_name()
    ctx.emit({"account_id": account_id, "keyring": True, "backend": backend},
             f"Connected to {ctx.args.url}; the login is kept in the system keyring "
             f"({backend}).")
    return 0


def make_engine(ctx: Context) -> Any:
    from sellerdesk.secrets import SecretStore
    from sellerdesk.sync.accounts import adapter_for, default_account
    from sellerdesk.sync.engine import SyncEngine

    database = ctx.database()
    account = default_account(database)
    secrets = SecretStore()
    return SyncEngine(database, adapter_for(database, secrets, account), account.id)


def _summary(report: Any, status: Any) -> str:
    """`Synced: sent 2 change(s), ...` in the `--lang` language (plurals from the .qm)."""
    from PySide6.QtCore import QCoreApplication

    from sellerdesk.commands.words import CommandCounts, fill

    translate = QCoreApplication.translate
    pushed, counts = report.pushed, CommandCounts()
    text = ", ".join((counts.sent(pushed.acknowledged), counts.received(report.pulled),
                      counts.requests(report.requests)))
    if pushed.rejected:
        text += "; " + counts.refused(pushed.rejected)
    return fill(translate("SyncCommands", "Synced: %1. Waiting: %2, conflicts: %3."), text,
                status.pending, status.conflicts)


def run_sync(ctx: Context) -> int:
    engine = make_engine(ctx)
    if not ctx.args.watch:
        report = engine.sync_once()
        status = engine.status
        data = {"ok": report.ok, "sent": report.pushed.acknowledged, "received": report.pulled,
                "requests": report.requests, "rejected": report.pushed.rejected,
                "pending": status.pending, "conflicts": status.conflicts,
                "error": report.error.message if report.error else None}
        if report.error is not None:
            if ctx.json:
                ctx.emit(data, "")
            raise SellerDeskError(f"Sync stopped: {report.error.message} Your changes are "
                                  f"kept and will be sent at the next sync.")
        ctx.emit(data, _summary(report, status))
        return 0
    return asyncio.run(_watch(engine, ctx.args.interval))


async def _watch(engine: Any, interval: float) -> int:
    from PySide6.QtCore import QCoreApplication

    from sellerdesk.commands.words import fill
    from sellerdesk.sync.scheduler import SyncScheduler

    translate = QCoreApplication.translate

    def show(status: Any) -> None:
        if not status.running:
            template = (translate("SyncCommands", "online: %1 waiting, conflicts: %2")
                        if status.online else
                        translate("SyncCommands", "offline: %1 waiting, conflicts: %2"))
            print(fill(template, status.pending, status.conflicts)
                  + (f" - {status.last_error}" if status.last_error else ""), file=sys.stderr)

    engine.listeners.append(show)
    scheduler = SyncScheduler(engine, asyncio.to_thread, interval=interval)
    try:
        await scheduler.run()
    except asyncio.CancelledError:
        scheduler.stop()
    return 0


def list_conflicts(ctx: Context) -> int:
    """Each open conflict in the owner's words and `--lang`: "Prezzo", "955,00 €", never
    `price_minor` or cents (the JSON keeps the stored values, plus the words)."""
    from sellerdesk.i18n import Formatter, ui_language
    from sellerdesk.sync.conflict_text import field_label, value_text
    from sellerdesk.sync.conflicts import open_conflicts

    found = open_conflicts(ctx.database())
    fmt, words = Formatter(ctx.locale), _translator(ui_language(ctx.locale))
    # The dialog's own words (extracted there); `words`, not `tr`: lupdate reads any tr() call
    # as a message of its own.
    mine, theirs = words("ConflictDialog", "Mine"), words("ConflictDialog", "The marketplace's")
    rows, lines = [], []
    for c in found:
        said = {"field": field_label(c.field, fmt.locale, words),
                "base": value_text(c, c.base, fmt, words),
                "mine": value_text(c, c.mine, fmt, words),
                "theirs": value_text(c, c.theirs, fmt, words)}
        rows.append({**c.to_json(), "words": said})
        lines.append(f"{c.id}  {c.label[:40]:<40} {said['field']:<20} "
                     f"{mine}: {_one_line(said['mine'])}  {theirs}: {_one_line(said['theirs'])}")
    none = words("ConflictCommands", NO_CONFLICTS)
    ctx.emit(rows, "\n".join(lines) or none)
    return 0


def _one_line(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _translator(language: str) -> Callable[[str, str], str]:
    """The app's compiled translation for `language` as a function, without starting a Qt
    application (QTranslator answers on its own); English, or no file, gives the source."""
    from PySide6.QtCore import QTranslator

    from sellerdesk.ui.translators import TRANSLATIONS_DIR

    translator = QTranslator()
    if not translator.load(f"sellerdesk_{language}", str(TRANSLATIONS_DIR)):
        return lambda _context, text: text
    return lambda context, text: translator.translate(context, text) or text


def resolve_conflict(ctx: Context) -> int:
    from sellerdesk.sync.conflicts import resolve

    resolve(ctx.database(), ctx.args.id, ctx.args.keep)
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    ctx.emit({"resolved": ctx.args.id, "kept": ctx.args.keep},
             translate("SyncCommands", "Kept your value; the change is recorded and will sync.")
             if ctx.args.keep == "mine" else
             translate("SyncCommands", "Kept the marketplace's value; the change is recorded "
                                       "and will sync."))
    return 0


def _app_secret(ctx: Context) -> str | None:
    """The AliExpress app secret: from standard input, from a terminal prompt when an app key
    was given, or (deprecated, with a warning) from the command line; None when not given."""
    import getpass

    if ctx.args.app_secret_stdin:
        line = sys.stdin.readline().strip()
        if not line:
            raise SellerDeskError("--app-secret-stdin: standard input held no app secret.")
        return line
    if ctx.args.app_secret:
        print("sellerdesk: warning: --app-secret is visible to other users (ps) and kept in "
              "the shell's history; use --app-secret-stdin.", file=sys.stderr)
        return str(ctx.args.app_secret)
    if ctx.args.app_key and sys.stdin.isatty():
        return getpass.getpass("AliExpress app secret: ").strip() or None
    return None


def _connect_aliexpress(ctx: Context, secrets: object) -> str:
    """Without --app-key and a secret, asks the sandbox gateway for its app (sandbox only)."""
    import requests

    from sellerdesk.sync.accounts import connect_aliexpress

    key, secret = ctx.args.app_key, _app_secret(ctx)
    if bool(key) != bool(secret):
        raise SellerDeskError("Give both the app key (--app-key) and the app secret "
                              "(--app-secret-stdin, or type it when asked in a terminal).")
    if not key:
        try:
            answer = requests.get(ctx.args.url.rstrip("/") + "/sandbox/credentials", timeout=10)
            answer.raise_for_status()
            creds = answer.json()
            key, secret = creds["app_key"], creds["app_secret"]
        except (requests.RequestException, ValueError, KeyError) as exc:
            raise SellerDeskError("Give --app-key and --app-secret-stdin (only the sandbox "
                                  f"gateway can tell them): {exc}") from exc
    return connect_aliexpress(ctx.database(), secrets, ctx.args.url, key, secret,  # type: ignore[arg-type]
                              ctx.args.name)
