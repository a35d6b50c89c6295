"""``sellerdesk sandbox`` as a process: serving fast, answering, stopping cleanly on Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import requests

# The app's own CLI wires add_parser into its sub-commands; this builds the same parser alone.
RUNNER = (
    "import argparse, sys\n"
    "from sellerdesk.sandbox import cli\n"
    "parser = argparse.ArgumentParser(prog='sellerdesk')\n"
    "cli.add_parser(parser.add_subparsers())\n"
    "args = parser.parse_args(sys.argv[1:])\n"
    "sys.exit(args.func(args))\n"
)


def _launch(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, "sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_demo_sandbox_serves_within_two_seconds_and_stops_cleanly(tmp_path, stop_signal):
    started = time.monotonic()
    process = _launch("--port", "0", "--seed", "demo", "--data", str(tmp_path / "shop.db"))
    try:
        line = process.stdout.readline()  # blocks until the one line (or EOF on failure)
        elapsed = time.monotonic() - started
        assert line.startswith("Sandbox marketplace serving on http://127.0.0.1:"), (
            line + process.stderr.read()
        )
        assert elapsed < 2.0, f"took {elapsed:.2f} s"
        url = line.split(" on ", 1)[1].strip()
        assert requests.get(f"{url}/health", timeout=5).json() == {"status": "ok"}
    finally:
        process.send_signal(stop_signal)
        code = process.wait(timeout=15)
    assert code == 0, process.stderr.read()
    assert (tmp_path / "shop.db").exists()


def test_a_bad_fault_spec_is_a_usage_error():
    process = _launch("--faults", "meteor=1")
    _, err = process.communicate(timeout=15)
    assert process.returncode == 2 and "unknown fault 'meteor'" in err


def test_a_file_that_is_not_a_sandbox_fails_with_one_line(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_text("not a database, just notes " * 100)
    process = _launch("--port", "0", "--data", str(junk))
    out, err = process.communicate(timeout=15)
    assert process.returncode == 1 and out == ""
    assert err.startswith("sellerdesk sandbox: cannot use") and len(err.splitlines()) == 1


def test_a_taken_port_fails_with_one_line(sandbox):
    port = sandbox.url.rsplit(":", 1)[1]
    process = _launch("--port", port, "--seed", "empty")
    out, err = process.communicate(timeout=15)
    assert process.returncode == 1 and out == ""
    assert err.startswith("sellerdesk sandbox: cannot listen") and len(err.splitlines()) == 1
