"""The `sellerdesk` command: the window by default, and scripting in the spirit of `calibredb`.

Everything the window does to data can be done from a shell. `--data-dir` and `--json` work
before or after any sub-command. Exit codes: 0 done, 1 failed (one line on stderr, the traceback
only in the log), 2 bad usage (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sellerdesk import __version__
from sellerdesk.errors import SellerDeskError
from sellerdesk.paths import DataDir, default_data_dir

log = logging.getLogger(__name__)


class Context:
    """What every command needs: the data folder, output mode and the user's locale."""

    def __init__(self, args: argparse.Namespace) -> None:
        from sellerdesk.app import demo_marketplace

        self.args = args
        root = (Path(args.data_dir) if args.data_dir
                else default_data_dir(demo=args.demo, demo_marketplace=demo_marketplace(args)))
        self.data = DataDir(root.expanduser())
        self.json = bool(args.json)
        self._database: Any = None

    @property
    def locale(self) -> str:
        from sellerdesk.i18n import resolve_locale
        from sellerdesk.settings import Settings

        chosen = self.args.lang or Settings.load(self.data.settings).language
        return resolve_locale(chosen)

    def require_demo_shop(self) -> None:
        """`--demo` opens the demo shop the window made; a command never makes an empty one
        (a sync would then fill the owner's data folder with an account-less database)."""
        if self.args.demo and not self.args.data_dir and not self.data.database.exists():
            from sellerdesk.cli_messages import CliMessage

            raise CliMessage("no_demo_shop", str(self.data.root))

    def database(self) -> Any:
        if self._database is None:
            from sellerdesk.store import Database

            self.data.ensure()
            self._database = Database.open(self.data.database)
        return self._database

    def emit(self, data: Any, text: str) -> None:
        if self.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
        else:
            print(text)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options valid everywhere; sub-parsers suppress defaults so they don't undo the top ones."""
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default,
                        help="the shop's data folder (default: per-user folder)")
    parser.add_argument("--json", action="store_true",
                        default=argparse.SUPPRESS if suppress else False,
                        help="machine-readable output")
    parser.add_argument("--lang", metavar="LANG", default=default,
                        help="language and formats, e.g. it, en, it_CH (default: the system's)")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    from sellerdesk.commands import backup, doctor, history, orders, photos, products, sync

    parser = argparse.ArgumentParser(
        prog="sellerdesk",
        description="SellerDesk: your marketplace shop, offline first.",
    )
    _common(parser, suppress=False)
    parser.add_argument("--demo", action="store_true",
                        help="open the built-in demo shop (its own data folder)")
    parser.add_argument("--demo-marketplace", choices=("sandbox", "aliexpress"),
                        default="sandbox",
                        help="with --demo: sync through the sandbox's own API or its "
                             "AliExpress gateway (a separate demo folder)")
    parser.add_argument("--version", action="version", version=f"SellerDesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def sub(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        child = commands.add_parser(name, **kwargs)
        _common(child, suppress=True)
        return child

    products.register(sub)
    history.register(sub)
    orders.register(sub)
    photos.register(sub)
    sync.register(sub)
    doctor.register(sub)
    backup.register(sub)
    _register_optional(commands, sub, list(sys.argv[1:] if argv is None else argv))
    return parser


def _register_optional(commands: Any, sub: Callable[..., argparse.ArgumentParser],
                       argv: list[str]) -> None:
    """The sandbox server's command, loaded only when asked for: importing FastAPI costs the
    window a tenth of a second at every start."""
    if "sandbox" not in argv and not {"-h", "--help"} & set(argv):
        return
    try:
        from sellerdesk.sandbox import cli as sandbox_cli
    except ImportError:  # pragma: no cover - the sandbox ships with every build today
        return
    sandbox_cli.add_parser(commands)


def speak(context: Context) -> None:
    """Load the window's translations (and Qt's) so a command prints in the `--lang` language
    through QCoreApplication.translate. A command's parser may set `qt_app`: "gui" for one
    that paints PDFs, "none" for one that must start Qt itself (`doctor`'s GUI probe)."""
    from sellerdesk.i18n import ui_language
    from sellerdesk.ui.translators import start_qt_for_cli

    kind = getattr(context.args, "qt_app", "core")
    if kind != "none":
        start_qt_for_cli(ui_language(context.locale), gui=kind == "gui")


def _words(error: SellerDeskError) -> str:
    """The error's template through the translators `speak` installed (English without them)."""
    from PySide6.QtCore import QCoreApplication

    return error.text(QCoreApplication.translate)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    for name, default in (("data_dir", None), ("json", False), ("lang", None), ("demo", False)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if args.command is None:
        from sellerdesk.app import run_gui

        return run_gui(args)
    handler: Callable[..., int] | None = getattr(args, "func", None)
    if handler is None:
        parser.parse_args([*([] if argv is None else argv), "--help"])
        return 2
    if args.command == "sandbox":  # the sandbox server has no shop data folder
        return handler(args)
    context = Context(args)
    try:
        from sellerdesk.logs import setup_logging

        speak(context)
        context.require_demo_shop()
        setup_logging(context.data.logs)
        return handler(context)
    except SellerDeskError as exc:  # its template in the --lang language (DESIGN §13)
        print(f"sellerdesk: {_words(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sellerdesk: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `sellerdesk products list | head`: the reader left, that's fine
        sys.stdout = None  # type: ignore[assignment]  # no flush error at exit
        return 0
    except Exception as exc:  # a bug: the user gets one line, the log gets the traceback
        log.exception("command %s failed", args.command)
        print(f"sellerdesk: unexpected error: {exc} (details in {context.data.logs})",
              file=sys.stderr)
        return 1
    finally:
        context.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
