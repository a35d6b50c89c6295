"""Where SellerDesk keeps its files on each operating system.

One data folder holds everything that belongs to a shop (database, photos, backups, settings), so
`--data-dir` can point the whole app at a USB stick or a test's temporary folder. The folder
holds buyers' names, addresses and e-mails, so it and what SellerDesk writes in it are private to
the user: folders 0700, files 0600 (where the file system has permissions at all).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SellerDesk"
DATA_DIR_ENV = "SELLERDESK_DATA_DIR"
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600

log = logging.getLogger(__name__)


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Take group and others' access away from `path`. Windows keeps files private through the
    profile's ACLs, and FAT or network drives may have no permissions: both are skipped quietly,
    since refusing to start would protect nothing."""
    if os.name == "nt":
        return
    try:
        os.chmod(path, mode)
    except FileNotFoundError:
        return
    except OSError as exc:  # EPERM on a FAT stick, a file owned by someone else
        log.info("could not make %s private: %s", path, exc.strerror or exc)


def private_folder(path: Path) -> Path:
    """`path`, created (with its parents) if missing, and readable by the user alone. An existing
    folder is tightened too: a data folder made by an older SellerDesk was 0755."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    make_private(path, PRIVATE_FOLDER)
    return path


def default_data_dir(*, demo: bool = False, demo_marketplace: str = "rest") -> Path:
    """The per-user data folder: `%LOCALAPPDATA%\\SellerDesk`, `~/Library/Application Support/
    SellerDesk` or `~/.local/share/SellerDesk`; the demo shop lives in a `demo` folder inside
    (`demo-aliexpress` when it syncs through the AliExpress gateway: another cursor, another
    copy of the shop)."""
    override = os.environ.get(DATA_DIR_ENV)
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_NAME))
    if not demo:
        return base
    return base / ("demo" if demo_marketplace == "rest" else f"demo-{demo_marketplace}")


@dataclass(frozen=True)
class DataDir:
    """The files of one shop, derived from its folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "sellerdesk.db"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def ui_state(self) -> Path:
        """Window geometry and column widths (a Qt INI file), kept apart from user settings."""
        return self.root / "window.ini"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataDir:
        """Create the folder and its subfolders, private to the user (0700)."""
        for folder in (self.root, self.photos, self.backups, self.logs):
            private_folder(folder)
        return self
