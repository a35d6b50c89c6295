"""How long the process has been running: the figure the start-up benchmark reads."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.monotonic()


def seconds_since_process_start() -> float:
    """From the process's creation (Linux: /proc), else from this module's import."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat, counted after the command name
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT
