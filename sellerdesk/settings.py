"""The user's preferences for one shop, as a small JSON file in its data folder.

Window geometry lives apart, in Qt's own INI file (see paths.DataDir.ui_state): it is rewritten on
every quit, and losing it must never cost the user a preference.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any


@dataclass
class Settings:
    language: str | None = None  # None: follow the system
    low_stock_threshold: int = 3
    backup_folder: str | None = None  # None: the data folder's backups/

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # missing or damaged: defaults, and the next save repairs it
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in raw.items() if k in known} if isinstance(
            raw, dict
        ) else {}
        return cls(**values)

    def save(self, path: Path) -> None:
        """Atomic: a crash mid-save leaves the previous file, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(self), handle, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
