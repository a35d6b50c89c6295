"""A SellerDesk process for the crash tests: opens the shop's database, logs in to the
marketplace, runs one sync pass and prints its report as JSON.

The tests SIGKILL it at a named crash point (SELLERDESK_CRASH_AT, see sellerdesk.crashpoints)
or after a random delay, then start it again. Tokens never touch the disk: this process keeps
them in its own in-memory keyring and gets them from the sandbox's auto-approving OAuth flow
(`accounts.connect` on the account's URL re-uses the account row).

Usage: python sync_child.py DATABASE URL          one pass in this process
       python sync_child.py --fork-server          read "DATABASE URL REPORT [CRASH_AT]" lines
                                                    on stdin; fork a fresh pass for each

The fork server has imported everything once and opened nothing, so each pass starts in
milliseconds instead of a second of imports (the 50 random kills); every pass still runs in a
process of its own that dies with SIGKILL. It answers "pid N" when a pass starts and
"exit N STATUS" when it ends; the pass writes "ready" and then its report to REPORT.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

import keyring
from keyring.backend import KeyringBackend

CRASH_ENV = "SELLERDESK_CRASH_AT"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def sync_pass(database_path: Path, url: str, out: TextIO) -> int:
    from sellerdesk.secrets import SecretStore
    from sellerdesk.store import Database
    from sellerdesk.sync import accounts
    from sellerdesk.sync.engine import SyncEngine

    database = Database.open(database_path)
    secrets = SecretStore()
    account_id = accounts.connect(database, secrets, url)
    account = accounts.default_account(database)
    engine = SyncEngine(database, accounts.adapter_for(database, secrets, account), account_id)
    return run_pass(database, engine, out)


def run_pass(database: Any, engine: Any, out: TextIO) -> int:
    """One pass of `engine` on the open `database`, its report printed as JSON; closes it."""
    print("ready", file=out, flush=True)  # the random-kill test starts its clock here
    report = engine.sync_once()
    status = engine.status
    print(json.dumps({
        "ok": report.ok,
        "error": report.error.message if report.error else None,
        "sent": report.pushed.sent,
        "acknowledged": report.pushed.acknowledged,
        "pulled": report.pulled,
        "pending": status.pending,
        "rejected": status.rejected,
        "conflicts": status.conflicts,
    }), file=out, flush=True)
    database.close()
    return 0


def fork_server(run: Callable[[Path, str, TextIO], int] | None = None) -> int:
    """`run` is the pass to fork (default `sync_pass`; the AliExpress crash tests pass theirs)."""
    run = run or sync_pass
    import sellerdesk.secrets
    import sellerdesk.store
    import sellerdesk.sync.accounts
    import sellerdesk.sync.engine  # noqa: F401  (imported once, before any fork)

    print("ready", flush=True)
    for line in sys.stdin:
        database, url, report, *crash = line.split()
        pid = os.fork()
        if pid == 0:  # the pass: a process of its own
            code = 1
            try:
                if crash:
                    os.environ[CRASH_ENV] = crash[0]
                with open(report, "w", encoding="utf-8") as out:
                    code = run(Path(database), url, out)
            finally:
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {pid} {os.waitstatus_to_exitcode(status)}", flush=True)
    return 0


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    if sys.argv[1] == "--fork-server":
        return fork_server()
    return sync_pass(Path(sys.argv[1]), sys.argv[2], sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
