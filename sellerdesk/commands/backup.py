"""`sellerdesk backup [--out FILE]`, `sellerdesk backup list`, `sellerdesk restore FILE`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sellerdesk.cli import Context


def register(sub: Callable[..., argparse.ArgumentParser]) -> None:
    from sellerdesk.commands.products import add_action_parser

    backup = sub("backup", help="back up the shop's database and photos")
    backup.add_argument("--out", metavar="FILE",
                        help="write the backup to FILE (default: the backup folder)")
    backup.add_argument("--force", action="store_true",
                        help="with --out: replace FILE if it exists")
    backup.set_defaults(func=make)
    actions = backup.add_subparsers(dest="action", metavar="ACTION")
    add_action_parser(actions, "list", list_all, help="the backups in the backup folder")

    restore = sub("restore", help="replace the shop with a backup (the current state is "
                                  "backed up first)")
    restore.add_argument("file", metavar="FILE", help="a backup file (see `backup list`)")
    restore.set_defaults(func=restore_file)


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} kB"


def make(ctx: Context) -> int:
    from sellerdesk.backups import backup_folder, make_backup

    out = Path(ctx.args.out).expanduser() if ctx.args.out else None
    folder = backup_folder(ctx.data)
    info = make_backup(ctx.data.database, folder, photos=ctx.data.photos, kind="manual", out=out,
                       force=ctx.args.force)
    ctx.emit(info.to_json(), f"Backed up to {info.path} ({_size(info.size)}, "
                             f"{info.photos} photo(s)).")
    return 0


def list_all(ctx: Context) -> int:
    from sellerdesk.backups import backup_folder, list_backups

    found = list_backups(backup_folder(ctx.data))
    lines = [f"{b.created:%Y-%m-%d %H:%M:%S} UTC  {_size(b.size):>9}  schema {b.revision or '?':<5}"
             f"  {b.kind:<15} {b.path}" for b in found]
    ctx.emit([b.to_json() for b in found], "\n".join(lines) or "No backups yet.")
    return 0


def restore_file(ctx: Context) -> int:
    from sellerdesk.backups import backup_folder, restore

    result = restore(ctx.data, Path(ctx.args.file).expanduser(),
                     folder=backup_folder(ctx.data))
    text = f"Restored {result.restored.path} (made {result.restored.created:%Y-%m-%d %H:%M} UTC)."
    if result.before is not None:
        text += f" The previous state was backed up to {result.before.path}."
    if result.quarantined is not None:
        text += f" The damaged file was moved to {result.quarantined}."
    if result.needs_login:
        text += (f" The marketplace address of {', '.join(result.needs_login)} differs from the "
                 "shop's before the restore: log in again (`sellerdesk account connect`) "
                 "before syncing.")
    else:
        text += " Run `sellerdesk sync` to send pending changes and fetch the marketplace's."
    ctx.emit({"restored": result.restored.to_json(),
              "before": result.before.to_json() if result.before else None,
              "quarantined": str(result.quarantined) if result.quarantined else None,
              "photos_restored": result.photos_restored,
              "needs_login": list(result.needs_login)}, text)
    return 0
