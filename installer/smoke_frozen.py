"""Smoke-test a frozen SellerDesk on any OS (CI runs it on the Windows and macOS builds).

    python installer/smoke_frozen.py dist/SellerDesk/sellerdesk-cli.exe --require-keyring
    python installer/smoke_frozen.py dist/SellerDesk.app/Contents/MacOS/SellerDesk

Standard library only. With the given executable and a fresh data folder it runs `doctor --gui`,
serves the sandbox marketplace with the frozen app itself, connects an account (a fresh
database is created and migrated), syncs once, checks the products arrived and the schema is
current, opens the window offscreen until it has painted the synced products, and checks that
nothing wrote `__pycache__` into the bundle. Every step must exit 0. The Linux build has a
fuller version of this in installer/linux/build_and_smoke.sh (real Secret Service over D-Bus).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def run(command: list[str], *, timeout: float = 180, env: dict[str, str] | None = None) -> str:
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    took = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"FAIL ({result.returncode}, {took:.1f}s): {' '.join(command)}\n"
                 f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    print(f"ok ({took:.1f}s): {' '.join(command[1:])}")
    return result.stdout


def as_json(text: str) -> Any:
    return json.loads(text)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="the frozen executable with a console")
    parser.add_argument("--require-keyring", action="store_true",
                        help="fail unless the OS keyring loads and stores a test secret")
    parser.add_argument("--window-platform", default="offscreen",
                        help="Qt platform for the window run (e.g. windows, cocoa; offscreen)")
    args = parser.parse_args()
    app = str(args.app.resolve())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bundle = args.app.resolve().parent
    for parent in args.app.resolve().parents:  # a macOS app: check the whole .app
        if parent.suffix == ".app":
            bundle = parent
    report: list[str] = []

    with tempfile.TemporaryDirectory() as folder:
        shop = str(Path(folder) / "shop")
        base = [app, "--data-dir", shop]
        extra = ["--require-keyring", "--keyring-test"] if args.require_keyring else []
        doctor = as_json(run([*base, "doctor", "--json", "--gui", *extra]))
        report.append(f"keyring: {doctor['checks']['keyring']['summary']}")
        report.append(f"qt: {doctor['checks']['qt']['summary']}")
        report.append(f"translations: {doctor['checks']['translations']['summary']}")

        port = free_port()
        log = Path(folder) / "sandbox.log"
        with log.open("w") as out:
            sandbox = subprocess.Popen([app, "sandbox", "--port", str(port), "--seed", "demo",
                                        "--data", str(Path(folder) / "sandbox.db")],
                                       stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while "serving on" not in log.read_text(errors="replace"):
                if sandbox.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"FAIL: the sandbox did not start:\n{log.read_text()}")
                time.sleep(0.1)
            url = f"http://127.0.0.1:{port}"
            report.append(run([*base, "account", "connect", "--url", url]).strip())
            report.append(run([*base, "sync", "--once"]).strip())
            products = as_json(run([*base, "products", "list", "--json"]))
            if not products:
                sys.exit("FAIL: no products after the sync")
            after = as_json(run([*base, "doctor", "--json"]))["checks"]["database"]
            if after["revision"] != after["head"]:
                sys.exit(f"FAIL: database at {after['revision']}, expected {after['head']}")
            report.append(f"{len(products)} products; schema {after['revision']}")
            started = time.monotonic()
            window = run(base, timeout=120, env={**os.environ, "SELLERDESK_EXIT_AFTER_PAINT": "1",
                                                 "QT_QPA_PLATFORM": args.window_platform})
            wall = time.monotonic() - started
            painted = [line for line in window.splitlines() if line.startswith("painted ")]
            if not painted:
                sys.exit(f"FAIL: the window did not report its first paint:\n{window}")
            report.append(f"window ({args.window_platform}): {painted[0]} s after process start, "
                          f"{wall:.2f} s wall, exit 0")
        finally:
            sandbox.terminate()
            sandbox.wait(timeout=30)

    written = [str(p) for p in bundle.rglob("__pycache__")]
    if written:
        sys.exit(f"FAIL: __pycache__ written into the bundle: {written[:3]}")
    print("\nPASS\n" + "\n".join(f"  {line}" for line in report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
