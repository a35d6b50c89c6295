"""A fresh Linux desktop without the xcb libraries: `sellerdesk` names them and prints the line
that installs them, before Qt aborts with a message naming only one."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sellerdesk.qt_platform_check import APT_LINE, DNF_LINE, check_xcb, missing_by_ldd, uses_xcb

ROOT = Path(__file__).resolve().parents[1]
FRESH_DEBIAN = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_missing_libraries_and_both_install_lines_are_printed() -> None:
    advice = check_xcb({"DISPLAY": ":0"}, find_missing=lambda: FRESH_DEBIAN, platform="linux")
    assert advice is not None
    for soname in FRESH_DEBIAN:
        assert soname in advice
    assert APT_LINE in advice and DNF_LINE in advice
    assert "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in advice


def test_nothing_is_said_when_everything_is_there_or_xcb_is_not_used() -> None:
    assert check_xcb({}, find_missing=list, platform="linux") is None
    never = [lambda: pytest.fail("looked up libraries it does not need")]
    assert check_xcb({"QT_QPA_PLATFORM": "offscreen"}, find_missing=never[0],
                     platform="linux") is None
    assert check_xcb({}, find_missing=never[0], platform="win32") is None
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux")


def _fake_ldd(folder: Path) -> Path:
    """An `ldd` that reports what it reports on a fresh Debian desktop."""
    folder.mkdir()
    script = folder / "ldd"
    script.write_text("#!/bin/sh\n" + "".join(
        f"echo '\t{name} => not found'\n" for name in FRESH_DEBIAN)
        + "echo '\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x0)'\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_ldd_output_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = _fake_ldd(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    assert missing_by_ldd(tmp_path / "libqxcb.so") == FRESH_DEBIAN


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_first_readme_command_prints_the_install_line(tmp_path: Path) -> None:
    """`sellerdesk --demo` as the README's first command runs it, on a desktop missing the
    libraries (the loader's view faked through `ldd`): exit 1, the exact lines, no data made."""
    bin_dir = _fake_ldd(tmp_path / "bin")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0", "SELLERDESK_DATA_DIR": str(tmp_path / "d")}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-m", "sellerdesk", "--demo"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert APT_LINE in done.stderr and DNF_LINE in done.stderr
    assert "libxcb-keysyms.so.1" in done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr
    assert not (tmp_path / "d").exists()
