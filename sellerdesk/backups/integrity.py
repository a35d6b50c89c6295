"""The start-up health check, quarantine of a damaged file, and the flag that stops the sync.

A damaged database can still open and still hold outbox rows: syncing from it could upload
garbage over good listings. So a file that fails `PRAGMA quick_check` is moved aside (never
deleted: a specialist may recover more from it than any backup holds) and a marker file is left
where it was. The sync engine refuses to run while the marker exists; only restoring a backup
(or the owner choosing to start afresh) removes it. `quick_check` skips the index-versus-table
comparison of `integrity_check`, which is what keeps it fast enough for every start.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sellerdesk.paths import DataDir

MARKER_SUFFIX = ".damaged"
DAMAGED, CHECKING, RESTORING = "damaged", "checking", "restoring"
BLOCKED = {
    DAMAGED: "The shop's database is damaged: restore a backup (Settings) before syncing.",
    CHECKING: "The shop's database is being checked; the sync starts when the check is done.",
    RESTORING: "A backup is being restored; the sync starts when it is done.",
}
SIDE_FILES = ("-wal", "-shm", "-journal")


def read_only_uri(path: Path) -> str:
    """A read-only URI; as_uri() escapes what a URI would misread in a folder (`#`, `?`, `%`)."""
    return f"{path.absolute().as_uri()}?mode=ro"


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + MARKER_SUFFIX)


def sync_blocked(database: Path) -> bool:
    """True while the file at `database` (or the one it replaced) is known to be damaged."""
    return marker_path(database).exists()


def blocked_reason(database: Path) -> str | None:
    """Why the sync must not run on this file now, in words for the owner; None if it may."""
    if not sync_blocked(database):
        return None
    return BLOCKED.get(read_marker(database).get("kind", DAMAGED), BLOCKED[DAMAGED])


def clear_marker(database: Path) -> None:
    marker_path(database).unlink(missing_ok=True)


def read_marker(database: Path) -> dict[str, str]:
    try:
        raw = json.loads(marker_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def quick_check(path: Path) -> str | None:
    """None when SQLite finds the file sound, else its first complaint."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
        return str(exc)
    finally:
        conn.close()
    messages = [str(row[0]) for row in rows]
    return None if messages == ["ok"] else "; ".join(messages)


def hold_sync(database: Path, kind: str) -> bool:
    """Flag the file for the length of an operation (CHECKING, RESTORING); False if it was
    flagged already (then the flag is not ours to lift)."""
    if sync_blocked(database):
        return False
    _write_marker(marker_path(database), {"kind": kind})
    return True


def release_sync(database: Path, kind: str) -> None:
    """Lift a flag set by `hold_sync`, unless it became something else (damage) meanwhile."""
    if read_marker(database).get("kind") == kind:
        clear_marker(database)


def _write_marker(path: Path, details: dict[str, str]) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(details, indent=1), encoding="utf-8")
    os.replace(partial, path)


def quarantine(data: DataDir, reason: str) -> Path:
    """Move the database and its side files to `quarantine/<time>/` and flag the folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = data.root / "quarantine" / stamp
    folder.mkdir(parents=True, exist_ok=True)
    moved = folder / data.database.name
    details = {"kind": DAMAGED, "quarantined": str(moved), "reason": reason, "at": stamp}
    # The marker beside the copy goes first: whoever opens the quarantined file later must
    # not be able to sync from it either.
    _write_marker(marker_path(moved), details)
    _write_marker(marker_path(data.database), details)
    for suffix in ("", *SIDE_FILES):
        source = data.database.with_name(data.database.name + suffix)
        if source.exists():
            os.replace(source, moved.with_name(moved.name + suffix))
    return moved


@dataclass(frozen=True)
class StartCheck:
    ok: bool
    seconds: float  # what the check cost
    problem: str = ""
    quarantined: Path | None = None  # where the damaged file is now


def pending_damage(data: DataDir) -> StartCheck | None:
    """What an earlier run left: damage the owner has not yet decided about (quarantined now if
    it was found while the window ran), or None. A stale "checking" or "restoring" flag (the app
    was closed or crashed meanwhile) is lifted: the caller checks the file again."""
    if not sync_blocked(data.database):
        return None
    details = read_marker(data.database)
    if details.get("kind", DAMAGED) != DAMAGED:
        clear_marker(data.database)
        return None
    where = details.get("quarantined")
    problem = details.get("reason", "damaged")
    if not where and data.database.exists():
        return StartCheck(False, 0.0, problem, quarantine(data, problem))
    return StartCheck(False, 0.0, problem, Path(where) if where else None)


def check_file(data: DataDir) -> StartCheck:
    """`PRAGMA quick_check` of the shop's file; moves nothing."""
    started = time.perf_counter()
    if not data.database.exists() or data.database.stat().st_size == 0:
        return StartCheck(True, time.perf_counter() - started)
    problem = quick_check(data.database)
    return StartCheck(problem is None, time.perf_counter() - started, problem or "")


def settle(data: DataDir, check: StartCheck) -> StartCheck:
    """Quarantine the file a check found damaged (only while nothing has it open)."""
    if check.ok or check.quarantined is not None:
        return check
    return StartCheck(False, check.seconds, check.problem, quarantine(data, check.problem))


def check_at_start(data: DataDir) -> StartCheck:
    """Check the shop's file before anything opens it; quarantine it when damaged.

    A marker left by an earlier start (the owner closed the window without choosing) keeps the
    shop flagged: the choice is still owed."""
    return pending_damage(data) or settle(data, check_file(data))


def record_damage(data: DataDir, problem: str) -> None:
    """Damage found while the window has the file open: flag it (the sync stops at once); the
    next start moves it aside and offers a backup."""
    _write_marker(marker_path(data.database), {"kind": DAMAGED, "reason": problem})


def start_integrity_check(data: DataDir) -> Future[StartCheck]:
    """`pending_damage` or `check_file` in a thread started before Qt loads. SQLite releases the
    GIL while it reads, so the check overlaps Qt's own start-up; a daemon thread, because a
    check still running on a huge file must not hold up quitting."""
    future: Future[StartCheck] = Future()

    def run() -> None:
        try:
            future.set_result(pending_damage(data) or check_file(data))
        except BaseException as exc:  # handed to whoever waits
            future.set_exception(exc)

    threading.Thread(target=run, name="integrity", daemon=True).start()
    return future


def start_afresh(data: DataDir) -> None:
    """The owner's choice when no backup helps: an empty shop; the damaged file stays put."""
    clear_marker(data.database)
