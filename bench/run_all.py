"""Generate the synthetic shop (when needed) and run every benchmark, in one command.

    python -m bench.run_all [--data bench/data] [--regenerate] [--runs 5] [--words 100]
                            [--what-if] [--wait-for-app MINUTES] [--json FILE]

The shop is regenerated when it is missing, when it was made with other parameters, or when its
schema is older than this build's (the app would otherwise migrate it on the first start, back it
up first, and the start-up figure would measure a migration). The machine's load is printed with
the figures because other work on a 2-core machine moves them by tens of percent.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import bench_search, bench_startup
from bench.generate_shop import DB_NAME, generate
from sellerdesk.store.migrate import HEAD, current_revision

DEFAULT_DATA = Path(__file__).resolve().parent / "data"
MARKER = "generated.json"


def _needs_generation(data: Path, params: dict[str, Any]) -> str | None:
    """Why the shop must be (re)generated, or None when the existing one will do."""
    path = data / DB_NAME
    if not path.exists():
        return "no shop yet"
    try:
        made_with = json.loads((data / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "unknown parameters"
    if made_with != params:
        return f"made with {made_with}"
    revision = current_revision(path)
    if revision != HEAD:
        return f"schema {revision}, this build is at {HEAD}"
    return None


def _machine() -> str:
    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # pragma: no cover - the app needs it anyway
        pyside = "absent"
    return (f"{os.cpu_count()} CPUs, Python {platform.python_version()}, PySide6 {pyside}, "
            f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}")


def _load() -> str:
    return "load average " + " / ".join(f"{v:.2f}" for v in os.getloadavg())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--runs", type=int, default=5, help="measured starts per program")
    parser.add_argument("--words", type=int, default=100, help="search words (x4 prefixes)")
    parser.add_argument("--rounds", type=int, default=3, help="search rounds")
    parser.add_argument("--what-if", action="store_true", help="also time the proposed fixes")
    parser.add_argument("--wait-for-app", type=float, default=0.0, metavar="MINUTES")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    data: Path = args.data.resolve()

    print(f"SellerDesk benchmarks, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {_machine()}")
    print(f"command: python -m bench.run_all {' '.join(sys.argv[1:] if argv is None else argv)}")
    print(_load(), flush=True)

    params = {"products": args.products, "orders": args.orders, "seed": args.seed}
    why = "--regenerate" if args.regenerate else _needs_generation(data, params)
    if why:
        print(f"\n== generating the shop into {data} ({why})", flush=True)
        (data / MARKER).unlink(missing_ok=True)
        counts = generate(data, force=True, **params)
        (data / MARKER).write_text(json.dumps(params), encoding="utf-8")
        print(f"generated in {counts['seconds']} s: " + ", ".join(
            f"{table} {count:,}" for table, count in counts.items() if table != "seconds"))
    else:
        print(f"\n== using the shop in {data} ({params})")

    print("\n== start-up: process start to main window painted", flush=True)
    started = time.perf_counter()
    startup = bench_startup.run(data, runs=args.runs, wait_for_app=args.wait_for_app)
    bench_startup.report(startup)
    print(f"({time.perf_counter() - started:.0f} s; {_load()})", flush=True)

    print("\n== search as you type", flush=True)
    started = time.perf_counter()
    result = bench_search.run(data, words=args.words, rounds=args.rounds, seed=args.seed)
    search = bench_search.report(result)
    what_if = bench_search.what_if(data, result["prefixes"]) if args.what_if else None
    print(f"({time.perf_counter() - started:.0f} s; {_load()})", flush=True)

    print("\n== against the targets")
    verdicts: list[tuple[str, str, bool | None]] = []
    floor, app = startup.get("floor"), startup.get("app")
    if floor and app and floor["external_s"] and app["external_s"]:
        ratio = app["external_s"] / floor["external_s"]
        verdicts.append((
            "start to window, 100k products <= 3x empty window",
            f"{app['external_s']:.2f} s vs {floor['external_s']:.2f} s = {ratio:.1f}x", ratio <= 3,
        ))
    else:
        verdicts.append(("start to window, 100k products <= 3x empty window", "not measured",
                         None))
    ratio = search["table_p95"] / search["raw_p95"]
    verdicts.append((
        "search p95 <= 2x raw FTS5 (the table, browser.ids)",
        f"{search['table_p95']:.1f} ms vs {search['raw_p95']:.1f} ms = {ratio:.1f}x", ratio <= 2,
    ))
    ratio = search["ranked_p95"] / search["raw_p95"]
    verdicts.append((
        "search p95 <= 2x raw FTS5 (search_product_ids)",
        f"{search['ranked_p95']:.1f} ms vs {search['raw_p95']:.1f} ms = {ratio:.1f}x", ratio <= 2,
    ))
    rss = app["max_rss_mb"] if app else None
    verdicts.append(("peak RSS <= 250 MB", "not measured" if rss is None else f"{rss:.0f} MB",
                     None if rss is None else rss <= 250))
    for target, measured, ok in verdicts:
        mark = {True: "met", False: "MISSED", None: "-"}[ok]
        print(f"  {mark:7} {target:52} {measured}")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "when": datetime.now(UTC).isoformat(), "machine": _machine(), "params": params,
            "startup": startup, "search": search, "what_if": what_if,
        }, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
