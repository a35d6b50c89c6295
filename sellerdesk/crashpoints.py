"""Named places where tests kill the process, to prove a crash there loses nothing.

Inactive unless `SELLERDESK_CRASH_AT` names the point (tests set it in a child process only);
then the process dies with SIGKILL exactly there - no cleanup, no flush, as in a power cut.
"""

from __future__ import annotations

import os
import signal

ENV = "SELLERDESK_CRASH_AT"


def crash_point(name: str) -> None:
    if os.environ.get(ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
