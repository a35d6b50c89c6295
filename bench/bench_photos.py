"""Importing 200 photos of 12 MP: the app's import beside the floor it is built on.

    python -m bench.bench_photos [--photos 200] [--rounds 2] [--workers N] [--out bench/PHOTOS.md]

- floor: JPEG draft decode + the 1024 and 256 px thumbnails (encoded in memory), nothing else,
  on the same pool (same size, same low priority): what any import must pay at least;
- import: `PhotoLibrary.import_paths` end to end - SKU matching, copy and SHA-256, fsync,
  content-addressed storage, thumbnails written, marketplace checks, database rows with their
  history and outbox entries;
- both with a thread pool and with a process pool (spawn), alternating, in the same run, as
  whole 200-photo runs and as paired chunks of 10 (robust when other work loads the machine);
- the window's case: the import started from the gallery's progress widget on a qasync loop,
  with a 5 ms Qt timer whose lateness is the event-loop stall the owner would feel.

The photos are camera-like JPEGs (`tests/photos/pictures.py`: light, edges, sensor noise;
~3.7 MB each), eight different scenes, each file made distinct by a JPEG comment so every file
has its own hash. Figures are printed and written to a Markdown file, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.photos import PhotoLibrary
from sellerdesk.photos.library import default_workers
from sellerdesk.photos.pool import make_executor
from sellerdesk.store import Database
from tests.photos import pictures

SIZES = (1024, 256)
SKU = "SOFA-001"
IDLE_SECONDS = 10.0


def floor_one(path: str) -> int:
    """Draft decode and thumbnails, as cheap as Pillow makes them (module level: picklable)."""
    with Image.open(path) as image:
        width, height = image.size
        scale = min(1.0, SIZES[0] / max(width, height))
        image.draft("RGB", (round(width * scale), round(height * scale)))
        current = image.convert("RGB")
    total = 0
    for size in SIZES:
        current.thumbnail((size, size), Image.Resampling.BICUBIC, reducing_gap=2.0)
        buffer = io.BytesIO()
        current.save(buffer, "JPEG", quality=85)
        total += len(buffer.getvalue())
    return total


def make_photos(folder: Path, count: int) -> list[Path]:
    scenes = [pictures.photo(pictures.TWELVE_MP, seed=seed) for seed in range(8)]
    paths = []
    for n in range(count):
        path = folder / f"{SKU}_{n + 1}.jpg"
        path.write_bytes(pictures.distinct(scenes[n % len(scenes)], n))
        paths.append(path)
    return paths


def new_shop(root: Path) -> tuple[DataDir, Database]:
    data = DataDir(root).ensure()
    database = Database.open(data.database)
    Catalogue(database).create_product(ProductInput(
        texts={"it": {"title": "Divano"}}, variants=[VariantInput(sku=SKU, price_minor=1)]))
    return data, database


def cpu_seconds() -> float:
    """CPU time of this process, its threads and its finished child processes."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


@dataclass
class Measure:
    rate: float  # photos per second (wall clock)
    cpu_ms: float  # CPU milliseconds per photo, all threads and worker processes
    start_ms: float = 0.0  # the pool's start-up, not included in the rate


def run_floor(paths: list[Path], kind: str, workers: int) -> Measure:
    """A process pool is started and warmed first: its start-up is not decoding."""
    cpu = cpu_seconds()
    with make_executor(kind, workers) as pool:
        started = time.perf_counter()
        list(pool.map(floor_one, [str(paths[0])] * workers))
        warm = time.perf_counter() - started
        started = time.perf_counter()
        list(pool.map(floor_one, [str(p) for p in paths]))
        elapsed = time.perf_counter() - started
    return Measure(len(paths) / elapsed, (cpu_seconds() - cpu) / len(paths) * 1000,
                   warm * 1000)


def run_import(paths: list[Path], folder: Path, scratch: Path, kind: str, workers: int
               ) -> Measure:
    """`import_paths` of the folder on a fresh shop, its pool started first."""
    data, database = new_shop(Path(tempfile.mkdtemp(dir=scratch)))
    library = PhotoLibrary(database, data.photos, workers=workers, pool=kind)
    cpu = cpu_seconds()
    try:
        started = time.perf_counter()
        list(library.executor.map(int, range(workers)))  # the pool's start-up, timed apart
        warm = time.perf_counter() - started
        started = time.perf_counter()
        report = library.import_paths([folder])
        elapsed = time.perf_counter() - started
        assert len(report.imported) == len(paths), report.refused[:3]
    finally:
        library.close()
        database.close()
    return Measure(len(paths) / elapsed, (cpu_seconds() - cpu) / len(paths) * 1000,
                   warm * 1000)


def run_paired(paths: list[Path], scratch: Path, kind: str, workers: int, chunk: int = 10
               ) -> tuple[float, float, float]:
    """Floor and import alternating every `chunk` photos (ABBA), so both see the same machine:
    on a shared machine, load that comes and goes in seconds swamps whole-run comparisons.
    Returns (floor photos/s, import photos/s, their ratio) over all the photos."""
    data, database = new_shop(Path(tempfile.mkdtemp(dir=scratch)))
    library = PhotoLibrary(database, data.photos, workers=workers, pool=kind)
    spent = {"floor": 0.0, "import": 0.0}
    try:
        with make_executor(kind, workers) as pool:
            list(pool.map(floor_one, [str(paths[0])] * workers))
            list(library.executor.map(int, range(workers)))
            for number, start in enumerate(range(0, len(paths), chunk)):
                part = paths[start : start + chunk]
                steps = ["floor", "import"] if number % 2 == 0 else ["import", "floor"]
                for step in steps:
                    started = time.perf_counter()
                    if step == "floor":
                        list(pool.map(floor_one, [str(p) for p in part]))
                    else:
                        report = library.import_paths(part)
                        assert len(report.imported) == len(part), report.refused[:3]
                    spent[step] += time.perf_counter() - started
    finally:
        library.close()
        database.close()
    floor, imported = len(paths) / spent["floor"], len(paths) / spent["import"]
    return floor, imported, imported / floor


def ui_stall(folder: Path, scratch: Path, count: int, workers: int, kind: str,
             freeze: bool = False) -> dict[str, float]:
    """The import as the gallery runs it, on a qasync loop, timed by a 5 ms Qt timer; with
    `freeze`, after `gc.freeze()` (what an app can do once started: a full garbage collection
    then no longer walks the objects Qt and SQLAlchemy made at start-up)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from sellerdesk.i18n import Formatter
    from sellerdesk.ui.jobs import Jobs
    from sellerdesk.ui.photos.import_progress import ImportProgress

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    data, database = new_shop(Path(tempfile.mkdtemp(dir=scratch)))
    library = PhotoLibrary(database, data.photos, workers=workers, pool=kind)
    jobs = Jobs()
    widget = ImportProgress(library, jobs, Formatter("en_GB"))
    widget.resize(600, 40)
    widget.show()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    async def scenario() -> tuple[float, float, list[float]]:
        if freeze:
            gc.collect()
            gc.freeze()
        timer.start()
        await asyncio.sleep(IDLE_SECONDS)  # the same loop with nothing to do: the baseline
        idle = list(gaps)
        gaps.clear()
        plan = await jobs.in_thread(library.plan, [folder])
        started = time.perf_counter()
        report = await widget.start(plan)
        elapsed = time.perf_counter() - started
        timer.stop()
        assert report is not None and len(report.imported) == count
        return elapsed, max(idle), list(gaps)

    try:
        elapsed, idle_max, busy = loop.run_until_complete(scenario())
        loop.run_until_complete(jobs.shutdown())
    finally:
        gc.unfreeze()
        library.close()
        database.close()
        loop.close()
        asyncio.set_event_loop(None)
    stalls = sorted(gap - 0.005 for gap in busy)
    return {
        "rate": count / elapsed,
        "idle_max_ms": (idle_max - 0.005) * 1000,
        "max_ms": stalls[-1] * 1000,
        "p99_ms": stalls[int(len(stalls) * 0.99)] * 1000,
        "median_ms": statistics.median(stalls) * 1000,
        "ticks": len(stalls),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("PHOTOS.md"))
    args = parser.parse_args(argv)
    workers = args.workers

    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "camera"
        folder.mkdir()
        started = time.perf_counter()
        paths = make_photos(folder, args.photos)
        size = sum(p.stat().st_size for p in paths) / len(paths) / 1e6
        print(f"{len(paths)} photos of 12 MP, {size:.1f} MB each, made in "
              f"{time.perf_counter() - started:.0f} s; pool of {workers}", flush=True)
        floor_one(str(paths[0]))  # warm imports and the page cache of the first file

        load_before = os.getloadavg()[0]
        results: dict[tuple[str, str], list[Measure]] = {}
        measures: list[tuple[str, str]] = [(kind, what) for kind in ("thread", "process")
                                           for what in ("floor", "import")]
        for round_number in range(args.rounds):
            # ABBA: each measure runs early in one round and late in the next.
            for kind, what in measures if round_number % 2 == 0 else measures[::-1]:
                if what == "floor":
                    found = run_floor(paths, kind, workers)
                else:
                    found = run_import(paths, folder, scratch, kind, workers)
                results.setdefault((kind, what), []).append(found)
                print(f"  round {round_number + 1}: {kind:<7} {what:<6} {found.rate:6.2f} "
                      f"photos/s, {found.cpu_ms:5.0f} ms CPU/photo", flush=True)
        paired = {}
        for kind in ("thread", "process"):
            paired[kind] = run_paired(paths, scratch, kind, workers)
            print(f"  paired, {kind}: floor {paired[kind][0]:.2f}, import {paired[kind][1]:.2f} "
                  f"photos/s: {paired[kind][2]:.2f}×", flush=True)
        stalls = {kind: ui_stall(folder, scratch, len(paths), workers, kind)
                  for kind in ("thread", "process")}
        stalls["thread, gc.freeze()"] = ui_stall(folder, scratch, len(paths), workers,
                                                 "thread", freeze=True)
        for kind, stall in stalls.items():
            print(f"  window, {kind} pool: {stall['rate']:.2f} photos/s, event loop stall max "
                  f"{stall['max_ms']:.0f} ms, p99 {stall['p99_ms']:.1f} ms (idle max "
                  f"{stall['idle_max_ms']:.1f} ms)", flush=True)
        load = (load_before, os.getloadavg()[0])

    report = markdown(results, paired, stalls, args, size, workers, load)
    args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


def markdown(results: dict[tuple[str, str], list[Measure]],
             paired: dict[str, tuple[float, float, float]],
             stalls: dict[str, dict[str, float]], args: argparse.Namespace, size: float,
             workers: int, load: tuple[float, float]) -> str:
    def rates(kind: str, what: str) -> str:
        return " / ".join(f"{m.rate:.2f}" for m in results[(kind, what)])

    def median(kind: str, what: str, field: str) -> float:
        return statistics.median(getattr(m, field) for m in results[(kind, what)])

    rows = []
    for kind in ("thread", "process"):
        ratios = [i.rate / f.rate for f, i in zip(results[(kind, "floor")],
                                                  results[(kind, "import")], strict=True)]
        rows.append(
            f"| {kind} | {rates(kind, 'floor')} | {rates(kind, 'import')} | "
            f"{statistics.median(ratios):.2f}× ({', '.join(f'{r:.2f}' for r in ratios)}) | "
            f"{median(kind, 'floor', 'cpu_ms'):.0f} / {median(kind, 'import', 'cpu_ms'):.0f} | "
            f"{median(kind, 'import', 'start_ms'):.0f} ms |")
    window = [
        f"| {kind} | {stall['rate']:.2f} | **{stall['max_ms']:.0f} ms** | "
        f"{stall['p99_ms']:.1f} ms | {stall['median_ms']:.1f} ms | {stall['idle_max_ms']:.1f} ms |"
        for kind, stall in stalls.items()
    ]
    cpu = {kind: (median(kind, "floor", "cpu_ms"), median(kind, "import", "cpu_ms"))
           for kind in ("thread", "process")}
    return "\n".join([
        f"# Photo import: {args.photos} photos of 12 MP",
        "",
        f"`python -m bench.bench_photos --photos {args.photos} --rounds {args.rounds}` on "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, Pillow "
        f"{Image.__version__} (libjpeg-turbo), pool of {workers} (the library's default: "
        f"one worker per core, at most 4), workers at lower CPU priority as in the window. "
        f"Photos: camera-like JPEGs (light, edges, sensor noise) of {size:.1f} MB. "
        f"**The machine was shared**: load average {load[0]:.1f} before, {load[1]:.1f} after "
        "(other test suites and benchmarks), which is why the paired figures below matter.",
        "",
        "- *floor*: JPEG draft decode plus the 1024 and 256 px thumbnails, encoded in memory, "
        "on the same pool (same size, same priority);",
        "- *import*: `PhotoLibrary.import_paths` end to end - SKU matching, read and SHA-256, "
        "copy, fsync and rename into the content store, thumbnails written, marketplace "
        "checks, photo rows with their history and outbox entries.",
        "",
        "## Import vs floor",
        "",
        "Paired (the headline): the same photos in chunks of 10, floor and import alternating "
        "chunk by chunk (ABBA) on pools kept warm, so load that comes and goes hits both "
        "alike. Target ≥ 0.8×.",
        "",
        "| pool | floor, photos/s | import, photos/s | import ÷ floor |",
        "|---|---|---|---|",
        *(f"| {kind} | {p[0]:.2f} | {p[1]:.2f} | **{p[2]:.2f}×** |"
          for kind, p in paired.items()),
        "",
        f"Whole runs of all {args.photos} photos, rounds alternating (ABBA); on a quiet "
        "machine these agree with the paired figures, on a busy one a single run swings by "
        "2× with the neighbours' load. CPU time per photo (all threads and worker processes) "
        "does not depend on the neighbours:",
        "",
        "| pool | floor, photos/s | import, photos/s | import ÷ floor, per round | CPU ms/photo "
        "floor / import | pool start-up |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
        f"By CPU time the import reaches {cpu['thread'][0] / cpu['thread'][1]:.2f}× the "
        f"floor's throughput with threads: the extra "
        f"{cpu['thread'][1] - cpu['thread'][0]:.0f} ms per photo are reading, hashing and "
        "copying the file, its fsync and rename, and ~3 ms of database work (measured apart).",
        "",
        "## Threads or processes",
        "",
        "The library uses a **thread pool** by default. Pillow releases the GIL while it "
        "decodes, resizes and encodes, and hashing and file I/O release it too, so threads "
        "keep both cores busy; the Python left between those calls is a few ms per photo. "
        "A process pool does the same work for more CPU "
        f"({cpu['process'][1]:.0f} vs {cpu['thread'][1]:.0f} ms per photo: each spawned "
        "worker imports Pillow and the app, and results are pickled), costs "
        f"{median('process', 'import', 'start_ms'):.0f} ms to start (spawn: fork is unsafe "
        "in a process running Qt, and spawn needs an import-safe main module and "
        "`freeze_support()` in a frozen app), holds a Python interpreter per worker, and in "
        f"the window its worst stall was {stalls['process']['max_ms']:.0f} ms against "
        f"{stalls['thread']['max_ms']:.0f} ms for threads. Where CPU is the limit - two "
        "cores - less CPU per photo is more photos per second; in the wall-clock figures "
        "here (paired: thread "
        f"{paired['thread'][1]:.2f}, process {paired['process'][1]:.2f} photos/s) the "
        "neighbours' load is larger than the difference. `PhotoLibrary(pool=\"process\")` "
        "remains available.",
        "",
        "## The window's event loop during the import",
        "",
        "The import started from the gallery's `ImportProgress` (progress signals to a "
        "visible bar, at most 20 a second) on a qasync loop; a 5 ms `QTimer`'s lateness is "
        "the stall. Target: ≤ 100 ms. *Idle max* is the same loop's worst lateness over "
        f"{IDLE_SECONDS:.0f} s with no import: what the machine's other work costs by itself.",
        "",
        "| pool | photos/s | max stall | p99 | median | idle max |",
        "|---|---|---|---|---|---|",
        *window,
        "",
        "What was done about stalls, each measured on this machine: pool workers lower their "
        "own CPU priority (`photos/pool.py`; worst stall under load 75-300 ms before, 30-80 ms "
        "after); Pillow's readers are imported up front (`Image.init()` on first use held the "
        "GIL ~100 ms in a worker); decoders get the whole file in one call instead of 60 "
        "GIL round trips. What is left is mostly the machine's other work and Python's full "
        "garbage collections: measured apart with `gc.callbacks`, a full collection took "
        "35-77 ms in this process during an import, and after `gc.freeze()` none ran during "
        "a 150-photo import. Freezing once the window is up is a one-line change in "
        "`app.py`, which this work does not own." + _freeze_note(stalls),
        "",
    ])


def _freeze_note(stalls: dict[str, dict[str, float]]) -> str:
    frozen, plain = stalls.get("thread, gc.freeze()"), stalls["thread"]
    if frozen and frozen["idle_max_ms"] > 3 * max(plain["idle_max_ms"], 5.0):
        return (f" In this run the `gc.freeze()` row was taken while the machine's other work "
                f"stalled even the idle loop ({frozen['idle_max_ms']:.0f} ms), so it shows the "
                "neighbours rather than the freeze.")
    return ""


if __name__ == "__main__":
    sys.exit(main())
