"""`sellerdesk history list`, `sellerdesk undo [GROUP]`, `sellerdesk redo [GROUP]`.

The same steps as the window's Edit ▸ Undo/Redo, read back from the store
(`catalogue/history.py`), so a script can take back what it, or the owner, did.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sellerdesk.commands.words import fill

if TYPE_CHECKING:
    from sellerdesk.catalogue.history import Outcome
    from sellerdesk.cli import Context

translate = QCoreApplication.translate

def register(sub: Callable[..., argparse.ArgumentParser]) -> None:
    from sellerdesk.commands.products import add_action_parser

    history = sub("history", help="the catalogue changes you can undo and redo")
    actions = history.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = add_action_parser(actions, "list", list_history,
                                help="your catalogue changes, newest first, done or undone")
    listing.add_argument("--limit", type=int, default=20,
                         help="at most this many, newest first (default 20; 0: all)")

    undo = sub("undo", help="take back the newest change (or the one named)")
    undo.set_defaults(func=run_undo)
    undo.add_argument("group", nargs="?", default=None, metavar="GROUP",
                      help="a step's id from `history list` (its first characters are enough)")

    redo = sub("redo", help="re-do the change undone last (or the one named)")
    redo.set_defaults(func=run_redo)
    redo.add_argument("group", nargs="?", default=None, metavar="GROUP",
                      help="a step's id from `history list` (its first characters are enough)")


def list_history(ctx: Context) -> int:
    from sellerdesk.catalogue.history import list_groups, short
    from sellerdesk.i18n import Formatter

    fmt = Formatter(ctx.locale)
    done, undone = translate("HistoryCommands", "done"), translate("HistoryCommands", "undone")
    width = max(len(done), len(undone))
    groups = list_groups(ctx.database(), max(ctx.args.limit, 0))
    lines = [
        f"{short(g.group_id):<8}  {fmt.datetime(g.at):<20}  "
        f"{undone if g.undone else done:<{width}}  {g.description}"
        for g in groups
    ]
    ctx.emit([g.to_json() for g in groups],
             "\n".join(lines) or translate("HistoryCommands", "No changes to undo yet."))
    return 0


def run_undo(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue
    from sellerdesk.catalogue.history import undo

    return _report(ctx, "undo", undo(Catalogue(ctx.database()), ctx.args.group))


def run_redo(ctx: Context) -> int:
    from sellerdesk.catalogue import Catalogue
    from sellerdesk.catalogue.history import redo

    return _report(ctx, "redo", redo(Catalogue(ctx.database()), ctx.args.group))


def _report(ctx: Context, command: str, outcome: Outcome) -> int:
    from sellerdesk.catalogue.history import short

    plan = outcome.plan
    template = (translate("HistoryCommands", "Redone: %1; recorded as %2, it reaches the "
                                             "marketplace at the next sync.") if plan.redo else
                translate("HistoryCommands", "Undone: %1; recorded as %2, it reaches the "
                                             "marketplace at the next sync."))
    ctx.emit(
        {"command": command, "step": plan.step, "reverted": plan.reverts,
         "group_id": outcome.group_id, "done": plan.redo, "description": plan.label,
         "products": outcome.product_ids},
        fill(template, plan.label, short(outcome.group_id)),
    )
    return 0
