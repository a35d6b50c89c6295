"""Where SellerDesk keeps its files on each operating system.

One data folder holds everything that belongs to a shop (database, photos, backups, settings), so
`--data-dir` can point the whole app at a USB stick or a test's temporary folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "SellerDesk"
DATA_DIR_ENV = "SELLERDESK_DATA_DIR"


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
        self.root.mkdir(parents=True, exist_ok=True)
        return self
