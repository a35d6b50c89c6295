"""Qt's console messages about painting on a printer or a PDF go to the log, not the terminal.

When a PDF cannot be written (a folder where the file should be, a disk that refuses), Qt prints
"QPainter::begin(): Returned false" on stderr and the call returns False; SellerDesk then says
what happened in words (`ui/orders/printing.py`). The console line helps whoever reads the log,
not the owner, who may have started the app from a terminal (issue #16, item 6).

One message handler, installed once and never swapped back and forth (painting runs in worker
threads): painting messages are logged; every other message goes where it went before.
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

log = logging.getLogger("sellerdesk.ui.painting")
PAINTING = ("QPainter::", "QPdfWriter", "QPdfEngine", "QPrinter", "QPaintDevice", "QPrintEngine")
_lock = threading.Lock()
_installed: list[Any] = []  # [the previous handler or None] once installed


def is_painting(message: str) -> bool:
    return message.startswith(PAINTING)


def _handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if is_painting(message):
        log.info("Qt: %s", message)
        return
    previous = _installed[0] if _installed else None
    if previous is not None:
        previous(mode, context, message)
    else:  # what Qt's default handler does
        sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")


def install() -> None:
    """Route painting messages to the log from now on; safe to call more than once."""
    with _lock:
        if not _installed:
            _installed.append(qInstallMessageHandler(_handler))
