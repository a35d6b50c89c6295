"""``sellerdesk sandbox`` listens on loopback only, unless told otherwise out loud: anyone who
reaches it can read its app secret and tokens and log in without a password."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest


def _launch(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "sellerdesk", "sandbox", "--seed", "empty", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _finish(process: subprocess.Popen[str]) -> tuple[str, str]:
    """Output of a process that should have exited by itself; stopped (and failed) if not."""
    try:
        return process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=15)
        pytest.fail(f"the sandbox kept serving: {out!r} {err!r}")


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.1"])
def test_a_host_other_machines_reach_is_refused(host: str) -> None:
    out, err = _finish(_launch("--host", host, "--port", "0"))
    assert out == ""
    assert err.startswith(f"sellerdesk sandbox: refusing to listen on {host}")
    assert "--allow-remote" in err and len(err.splitlines()) == 1


def test_allow_remote_warns_before_listening() -> None:
    # 192.0.2.1 (TEST-NET-1) is no address of this machine: the warning comes, then the bind
    # fails, so nothing is ever exposed by this test.
    process = _launch("--host", "192.0.2.1", "--port", "0", "--allow-remote")
    out, err = _finish(process)
    assert process.returncode == 1 and out == ""
    warning, failure = err.splitlines()
    assert "WARNING" in warning and "app secret" in warning
    assert failure.startswith("sellerdesk sandbox: cannot listen on 192.0.2.1")


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1"])
def test_loopback_hosts_serve_without_a_warning(host: str) -> None:
    process = _launch("--host", host, "--port", "0")
    try:
        line = process.stdout.readline()
        assert line.startswith("Sandbox marketplace serving on http://"), (
            line + process.stderr.read())
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=15)
    assert process.returncode == 0 and "WARNING" not in err
