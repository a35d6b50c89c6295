"""Before Qt starts on a Linux desktop: are the X11 (xcb) libraries Qt's window plugin needs there?

A fresh Debian/Ubuntu desktop lacks some of them (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1),
and Qt then aborts with "no Qt platform plugin could be initialized", naming at most one. This
check names every missing library and prints the one command that installs them all, so the
owner's first start ends in a sentence they can act on, not a core dump.

No Qt widgets are imported here: the check must run before anything that needs the plugin.
"""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package): what Qt 6's xcb plugin links to.
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
}
# The lines the README gives: everything a desktop install may lack, installed in one go.
APT_LINE = ("sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 "
            "libxcb-render-util0 libxkbcommon-x11-0")
DNF_LINE = ("sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image "
            "xcb-util-renderutil libxkbcommon-x11")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)

Finder = Callable[[], list[str]]


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will load its xcb plugin: on Linux, when asked for or by default on X11."""
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested:
        return requested.split(";")[0].split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")  # a Wayland session uses Qt's wayland plugin


def xcb_plugin() -> Path | None:
    """The xcb plugin of the Qt in use (QtCore only: it does not need the plugin's libraries)."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    found = plugins / "platforms" / "libqxcb.so"
    return found if found.exists() else None


def missing_by_ldd(plugin: Path | None = None) -> list[str]:
    """Libraries the dynamic loader cannot find for the plugin (and what it links to): exactly
    what Qt would trip over. Falls back to trying each known library if ldd is unavailable."""
    plugin = plugin if plugin is not None else xcb_plugin()
    if plugin is None:
        return []
    try:
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                                 timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return missing_by_loading()
    return list(dict.fromkeys(_NOT_FOUND.findall(listing)))


def missing_by_loading() -> list[str]:
    missing = []
    for soname in XCB_LIBRARIES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def advice(missing: list[str]) -> str:
    """What to tell the owner: the libraries that are missing and the line that installs them."""
    apt = sorted({XCB_LIBRARIES[name][0] for name in missing if name in XCB_LIBRARIES})
    dnf = sorted({XCB_LIBRARIES[name][1] for name in missing if name in XCB_LIBRARIES})
    lines = [
        "sellerdesk: the window cannot open: Qt's X11 (xcb) plugin needs libraries that are "
        "not installed:",
        "  " + ", ".join(missing),
    ]
    if apt:
        lines.append("  (packages: " + " ".join(apt) + " on Debian/Ubuntu; "
                     + " ".join(dnf) + " on Fedora)")
    lines += [
        "Install them with:",
        "  " + APT_LINE + "        # Debian, Ubuntu",
        "  " + DNF_LINE + "        # Fedora",
        "then start sellerdesk again.",
    ]
    return "\n".join(lines)


def check_xcb(environ: Mapping[str, str] | None = None, *, find_missing: Finder | None = None,
              platform: str = sys.platform) -> str | None:
    """The advice to print when Qt's xcb plugin would fail to load, or None when all is there
    (or xcb is not what Qt will use)."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, platform):
        return None
    missing = (find_missing or missing_by_ldd)()
    return advice(missing) if missing else None
