"""Logging to a rotating file in the shop's data folder: tracebacks go there, never to the user.

The file is private (0600 in a 0700 folder) and every record is redacted before it is written:
tokens, signatures and secrets are masked wherever they appear - in the message, its arguments,
a traceback - because support asks for this file, and because urllib3's debug lines print the
query strings of the marketplace's URLs.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path
from typing import IO, Any

from sellerdesk.paths import PRIVATE_FILE, make_private, private_folder

LOG_FILE = "sellerdesk.log"
MASK = "***"

# Names whose values are secrets, as a query parameter (`access_token=…`), a JSON or Python
# mapping entry (`"access_token": "…"`, `'app_secret': '…'`) or a header (`sign: …`).
_SECRET_NAMES = (
    r"access_token|refresh_token|id_token|token|app_secret|client_secret|secret|sign|password"
    r"|passwd|authorization|api_key|apikey"
)
_NAMED = re.compile(
    rf"""(?ix)
    (?<![\w-])(?P<key>{_SECRET_NAMES})(?![\w-])   # the name, not part of a longer one
    (?P<sep>["']?\s*[=:]\s*)                      # = or : , maybe after a closing quote
    (?P<quote>["']?)                              # an opening quote, kept as it was
    (?P<value>(?!\*\*\*)[^"'&\s,;)}}\]]+)         # the secret itself, unless masked already
    """
)
# An OAuth code only as a URL parameter: "code" alone is too common a word.
_CODE_PARAM = re.compile(r"(?i)(?P<key>[?&]code=)(?P<value>[^&\s\"']+)")
# `Authorization: Bearer …` (and Basic), however the header is quoted or printed.
_SCHEME = re.compile(r"(?i)\b(?P<key>bearer|basic)(?P<sep>\s+)(?P<value>(?!\*\*\*)[\w.~+/=-]+)")


def redact(text: str) -> str:
    """`text` with every secret value replaced by ***; the names stay, for reading the log."""
    if not text:
        return text
    # The scheme first: `Authorization: Bearer x` must lose x, not the word Bearer.
    text = _SCHEME.sub(lambda m: f"{m['key']}{m['sep']}{MASK}", text)
    text = _NAMED.sub(lambda m: f"{m['key']}{m['sep']}{m['quote']}{MASK}", text)
    return _CODE_PARAM.sub(lambda m: f"{m['key']}{MASK}", text)


class RedactingFilter(logging.Filter):
    """Masks secrets in a record before any handler formats it.

    Installed on handlers, not loggers: a logger's filter never sees the records that propagate
    from its children (urllib3's), a handler's sees them all. The message is merged with its
    arguments first, since a token usually arrives as an argument."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed format string: keep its parts, still redacted
            message = f"{record.msg} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created 0600, before anything is written to it."""

    def _open(self) -> IO[Any]:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in self.mode else os.O_TRUNC)
        descriptor = os.open(self.baseFilename, flags, PRIVATE_FILE)
        make_private(Path(self.baseFilename))  # a file an older SellerDesk made 0644
        return os.fdopen(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(folder: Path, *, verbose: bool = False) -> Path:
    private_folder(folder)
    path = folder / LOG_FILE
    for older in folder.glob(f"{LOG_FILE}*"):  # rotated files an older SellerDesk left 0644
        make_private(older)
    handler = PrivateRotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_sellerdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._sellerdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
