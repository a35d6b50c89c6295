"""Logging to a rotating file in the shop's data folder: tracebacks go there, never to the user."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "sellerdesk.log"


def setup_logging(folder: Path, *, verbose: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_sellerdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._sellerdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
