"""Process start to main window painted, for the app on a large shop and for an empty window.

    python -m bench.bench_startup --db bench/data [--runs 5] [--wait-for-app MINUTES]

The floor is a tiny script (FLOOR_SCRIPT) that creates a QApplication and an empty QMainWindow,
shows it and reports its first paint: no Python program with a Qt window can start faster on this
machine, so the app is judged against it (target: at most 3x the floor).

The app is run as `python -m sellerdesk --data-dir DIR` with `SELLERDESK_EXIT_AFTER_PAINT=1`: it
prints `painted <seconds since the process was created>` once the main window has painted its
first frame with the product table filled, then quits with status 0. Both programs are measured
twice over:
- internal: the seconds the process reports, counted from its creation time (/proc), which
  includes the interpreter's own start;
- external: wall time from just before `Popen` to the moment the `painted` line is read.
Peak RSS is the child's own high-water mark (VmHWM in /proc), polled every 10 ms until it exits.
CPU is the child's user + system time to its exit (all threads, from `wait4()`): on a shared
2-core machine wall times swing with other people's work, CPU time far less, so it is printed as
a steadier second opinion on the ratio.
The app backs up its database at quit when it thinks the file changed, and opening it is enough
(see README): the automatic backups the measured starts leave in DIR/backups are removed again.
A third program, the app on a tiny shop (10 products - the app reports its paint only once the
table shows rows, so it cannot be empty), splits the app's time into "being the app" (imports,
widgets) and "having 100,000 products".

Runs use `QT_QPA_PLATFORM=offscreen` and throwaway XDG folders, so no user setting is read or
written; the first run of each program is a discarded warm-up (files into the OS cache), so the
figures are warm starts. They are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.generate_shop import generate

DB_NAME = "sellerdesk.db"
TINY_SHOP = 10
PAINTED_ENV = "SELLERDESK_EXIT_AFTER_PAINT"
TIMEOUT_S = 120.0
POLL_S = 0.01

# Kept minimal on purpose: anything added here raises the floor the app is compared against.
FLOOR_SCRIPT = r"""
import os, sys, time

def since_creation():
    with open("/proc/self/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime, in ticks
    return time.clock_gettime(time.CLOCK_BOOTTIME) - started

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("floor")
window.resize(1280, 800)

class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.report)  # after this paint has been processed
        return False

    def report(self):
        print(f"painted {since_creation():.4f}", flush=True)
        app.quit()

first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Run:
    """One start of a program, measured."""

    internal_s: float | None  # what the process reported, since its creation
    external_s: float  # Popen to the `painted` line
    exit_s: float  # `painted` line to process exit (clean quit)
    max_rss_mb: float
    cpu_s: float  # user + system CPU of the whole run, all threads: hardly moved by load
    returncode: int


class NotReady(Exception):
    """The program did not report a painted window (app not there yet, or it failed)."""


def _env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_CACHE_HOME=str(scratch / "cache"),
        XDG_STATE_HOME=str(scratch / "state"),
        XDG_RUNTIME_DIR=str(scratch / "runtime"),
        **{PAINTED_ENV: "1"},
    )
    (scratch / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def _pump(stream: object, lines: queue.Queue[tuple[float, str | None]]) -> None:
    """Hand each line to the measuring thread with the moment it was read."""
    for line in stream:  # type: ignore[attr-defined]
        lines.put((time.perf_counter(), line))
    lines.put((time.perf_counter(), None))


def _peak_rss_mb(pid: int) -> float | None:
    """The process's high-water RSS (VmHWM) so far; None once it has exited.

    Not `wait4()`'s ru_maxrss: Linux folds the parent's RSS at fork time into the child's
    ru_maxrss, so a child of a large parent (run_all, after generating the shop) would report
    the parent's size. VmHWM belongs to the child's own address space, created by exec.
    """
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def measure(command: Sequence[str], env: dict[str, str], timeout: float = TIMEOUT_S) -> Run:
    """Start `command` once and time it to its `painted` line and to its exit."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL,
    )
    lines: queue.Queue[tuple[float, str | None]] = queue.Queue()
    errors: list[str] = []
    reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
    err_reader = threading.Thread(
        target=lambda: errors.extend(child.stderr), daemon=True  # type: ignore[arg-type]
    )
    reader.start()
    err_reader.start()
    painted_at: float | None = None
    internal: float | None = None
    peak = 0.0
    deadline = started + timeout
    try:
        # Until the `painted` line (or the end of output): poll the RSS high-water mark.
        while painted_at is None:
            if time.perf_counter() > deadline:
                raise NotReady(f"no 'painted' line within {timeout:.0f} s")
            peak = max(peak, _peak_rss_mb(child.pid) or 0.0)
            try:
                at, line = lines.get(timeout=POLL_S)
            except queue.Empty:
                continue
            if line is None:
                break
            if line.startswith("painted"):
                painted_at = at
                try:
                    internal = float(line.split()[1])
                except (IndexError, ValueError):
                    internal = None
        # Then until it exits: keep the last high-water mark read before it went away.
        while True:
            peak = max(peak, _peak_rss_mb(child.pid) or 0.0)
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                raise NotReady(f"painted but did not exit within {timeout:.0f} s")
            time.sleep(POLL_S / 2)
        exited = time.perf_counter()
        child.returncode = os.waitstatus_to_exitcode(status)
    except BaseException:
        if child.returncode is None:
            child.kill()
            child.wait()
        raise
    reader.join(timeout=5)
    err_reader.join(timeout=5)
    if painted_at is None:
        tail = "".join(errors[-5:]).strip() or "(no output on stderr)"
        raise NotReady(f"exited with {child.returncode} before painting: {tail}")
    return Run(
        internal_s=internal,
        external_s=painted_at - started,
        exit_s=exited - painted_at,
        max_rss_mb=peak,
        cpu_s=usage.ru_utime + usage.ru_stime,
        returncode=child.returncode,
    )


def app_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "sellerdesk", "--data-dir", str(data_dir)]


def floor_command() -> list[str]:
    return [sys.executable, "-c", FLOOR_SCRIPT]


def app_ready(data_dir: Path, env: dict[str, str]) -> str | None:
    """None when the app starts and honours PAINTED_ENV, else why not."""
    helped = subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--help"], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )
    if helped.returncode != 0:
        last = (helped.stderr.strip().splitlines() or ["no output"])[-1]
        return f"`python -m sellerdesk --help` failed: {last}"
    try:
        measure(app_command(data_dir), env, timeout=60)
    except NotReady as exc:
        return f"the app does not report its first paint yet: {exc}"
    return None


def interleaved(
    programs: dict[str, Sequence[str]], env: dict[str, str], runs: int
) -> dict[str, list[Run]]:
    """A warm-up start of each program, then `runs` rounds starting each program once.

    Rounds rather than one program's runs back to back: on a shared machine the load changes
    from minute to minute, and interleaving spreads it over all programs alike, so their ratio
    stays meaningful even when the absolute figures move.
    """
    for command in programs.values():
        measure(command, env)
    results: dict[str, list[Run]] = {label: [] for label in programs}
    for index in range(runs):
        for label, command in programs.items():
            run = measure(command, env)
            results[label].append(run)
            internal = f"{run.internal_s:.3f}" if run.internal_s is not None else "-"
            print(f"  round {index + 1} {label:18} internal {internal} s, external "
                  f"{run.external_s:.3f} s, exit {run.exit_s:.3f} s, CPU {run.cpu_s:.2f} s, "
                  f"peak RSS "
                  f"{run.max_rss_mb:.0f} MB, status {run.returncode}", flush=True)
    return results


def _median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def summarise(runs: Sequence[Run]) -> dict[str, float | None]:
    return {
        "internal_s": _median([r.internal_s for r in runs]),
        "external_s": _median([r.external_s for r in runs]),
        "exit_s": _median([r.exit_s for r in runs]),
        "cpu_s": _median([r.cpu_s for r in runs]),
        "max_rss_mb": max(r.max_rss_mb for r in runs),
        "failed_exits": float(sum(1 for r in runs if r.returncode != 0)),
    }


def run(
    db_dir: Path, *, runs: int = 5, wait_for_app: float = 0.0, poll_s: float = 180.0
) -> dict[str, dict[str, float | None]]:
    """Measure the floor, the app on a tiny shop and the app on `db_dir`, interleaved."""
    if not (db_dir / DB_NAME).exists():
        raise SystemExit(f"{db_dir / DB_NAME} not found: run bench.generate_shop first")
    with tempfile.TemporaryDirectory(prefix="sellerdesk-bench-") as scratch_name:
        scratch = Path(scratch_name)
        env = _env(scratch)
        programs: dict[str, Sequence[str]] = {"floor": floor_command()}
        backups_before = _auto_backups(db_dir)
        give_up = time.monotonic() + wait_for_app * 60
        while (why := app_ready(db_dir, env)) is not None:
            if time.monotonic() >= give_up:
                print(f"app not measured: {why}", flush=True)
                break
            print(f"waiting for the app ({why}); next try in {poll_s:.0f} s", flush=True)
            time.sleep(poll_s)
        else:
            tiny_shop = scratch / "tiny-shop"
            generate(tiny_shop, products=TINY_SHOP, orders=TINY_SHOP, log=lambda _line: None)
            programs["app_tiny"] = app_command(tiny_shop)
            programs["app"] = app_command(db_dir)
        print(f"programs: floor = empty QMainWindow; app_tiny = app on {TINY_SHOP} products; "
              f"app = app on {db_dir}", flush=True)
        try:
            measured = interleaved(programs, env, runs)
        finally:
            _remove_new_backups(db_dir, backups_before)
    return {label: summarise(values) for label, values in measured.items()}


def _auto_backups(db_dir: Path) -> set[Path]:
    folder = db_dir / "backups"
    return set(folder.glob("*-auto.*")) if folder.is_dir() else set()


def _remove_new_backups(db_dir: Path, before: set[Path]) -> None:
    """Delete the automatic backups the measured starts caused, and say how much they were.

    The app backs up at quit when the file changed since its newest backup, and opening the
    database (re)creates its `-wal` file, which counts as a change: every measured start of the
    large shop can leave a full copy of it. They are the benchmark's litter, not the owner's.
    """
    new = sorted(_auto_backups(db_dir) - before)
    if not new:
        return
    size = sum(path.stat().st_size for path in new if path.exists())
    copies = sum(1 for path in new if path.suffix == ".db")
    print(f"the measured starts left {copies} automatic backup(s), {size / 2**30:.1f} GiB: "
          "removed", flush=True)
    for path in new:
        path.unlink(missing_ok=True)


def report(results: dict[str, dict[str, float | None]]) -> None:
    def cell(value: float | None, unit: str = "s") -> str:
        return "-" if value is None else (f"{value:.3f} {unit}" if unit == "s"
                                          else f"{value:.0f} {unit}")

    print(f"\n{'program (medians)':18} {'internal':>10} {'external':>10} {'exit':>10} "
          f"{'CPU':>10} {'peak RSS':>9}")
    for name, label in (("floor", "empty QMainWindow"), ("app_tiny", "app, tiny shop"),
                        ("app", "app, large shop")):
        if name not in results:
            continue
        row = results[name]
        print(f"{label:18} {cell(row['internal_s']):>10} {cell(row['external_s']):>10} "
              f"{cell(row['exit_s']):>10} {cell(row['cpu_s']):>10} "
              f"{cell(row['max_rss_mb'], 'MB'):>9}")
        if row["failed_exits"]:
            print(f"  ! {row['failed_exits']:.0f} run(s) exited with a non-zero status")
    floor, app = results.get("floor"), results.get("app")
    if floor and app:
        for key in ("internal_s", "external_s", "cpu_s"):
            if floor[key] and app[key]:
                print(f"app / floor ({key.split('_')[0]}): {app[key] / floor[key]:.1f}x "
                      f"(target <= 3x)")
        rss = app["max_rss_mb"]
        if rss is not None:
            print(f"app peak RSS {rss:.0f} MB (target <= 250 MB)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="folder holding sellerdesk.db")
    parser.add_argument("--runs", type=int, default=5, help="measured starts per program")
    parser.add_argument("--wait-for-app", type=float, default=0.0, metavar="MINUTES",
                        help="keep polling until the app reports its first paint")
    args = parser.parse_args(argv)
    report(run(args.db.resolve(), runs=args.runs, wait_for_app=args.wait_for_app))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
