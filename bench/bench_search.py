"""Search-as-you-type latency: the app's code path beside the raw FTS5 query it is built on.

    python -m bench.bench_search --db bench/data [--words 100] [--rounds 3] [--seed 1]

Prefixes are what an owner types: 2, 3, 4 and 5 characters of real words sampled (seeded) from the
shop's titles, descriptions, tags and SKUs, so a word `perché` is searched as `pe`, `per`, `perc`,
`perch`, as the search box sends them keystroke by keystroke.

Paths measured, each on every prefix, in a rotating order so none always runs on a cache the one
before it warmed:

- raw FTS5: `SELECT rowid FROM product_search WHERE product_search MATCH ?` on a plain sqlite3
  connection, with the app's own `fts_query()` quoting: the floor any search can reach;
- table: `CatalogueBrowser.ids(ProductFilter(search=prefix))`, what the product table runs on
  each keystroke: the full-text query, then a filter of the listing the table already holds
  (read once before the timings, as the table shows it before anything is typed);
- SQL search: `catalogue.queries.product_ids(session, ProductFilter(search=prefix))`, the same
  answer sorted by SQLite (what the table did before; the CLI's `products list --search`);
- SQL search via sqlite3: the very statement it sent (captured from SQLAlchemy), re-run on a
  plain sqlite3 connection, which splits its time into SQLite work and Python work;
- search_product_ids: the ranked, limited search (`store.search.search_product_ids`).

With `--what-if`, the same prefixes also run through two proposed fixes on a scratch copy of the
database (see `what_if`), so a change to the app can be judged before it is made.

Figures are printed, never asserted: this is not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from sellerdesk.catalogue.queries import CatalogueBrowser, ProductFilter, product_ids
from sellerdesk.store import Database
from sellerdesk.store.search import fts_query, search_product_ids

DB_NAME = "sellerdesk.db"
RAW_SQL = "SELECT rowid FROM product_search WHERE product_search MATCH ?"
WORD = re.compile(r"\w{5,}", re.UNICODE)
PREFIX_LENGTHS = (2, 3, 4, 5)
BUCKETS = ((0, 1_000), (1_000, 10_000), (10_000, 10**9))  # matches per prefix

RAW = "raw FTS5"
TABLE = "table: browser.ids()"
SQL = "SQL search: product_ids()"
TABLE_SQL = "SQL search via sqlite3"
RANKED = "search_product_ids()"
PATHS = (RAW, TABLE, SQL, TABLE_SQL, RANKED)


@dataclass
class Timings:
    """Milliseconds per path and prefix, plus how many products each prefix matched."""

    samples: dict[str, list[float]] = field(default_factory=lambda: {p: [] for p in PATHS})
    by_prefix: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    matches: dict[str, int] = field(default_factory=dict)

    def add(self, path: str, prefix: str, ms: float) -> None:
        self.samples[path].append(ms)
        self.by_prefix.setdefault(prefix, {p: [] for p in PATHS})[path].append(ms)


def percentile(values: Sequence[float], pct: float) -> float:
    """Percentile by linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def sample_prefixes(path: Path, words: int, seed: int) -> list[str]:
    """`words` distinct words of 5+ characters from random products, each typed as 2-5 chars.

    Words come from titles and descriptions in every language, tags and SKU parts, lower-cased as
    people type them; accents are kept (the index folds them, so `perché` and `perche` agree).
    """
    rng = random.Random(f"prefixes-{seed}")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(rowid) FROM products").fetchone()[0] or 0
        picks = sorted({rng.randint(1, top) for _ in range(400)}) if top else []
        marks = ",".join("?" * len(picks))
        vocabulary: set[str] = set()
        for (value,) in conn.execute(
            f"SELECT t.title || ' ' || t.description || ' ' || p.tags FROM products p "
            f"JOIN product_texts t ON t.product_id = p.id WHERE p.rowid IN ({marks}) "
            f"UNION ALL SELECT v.sku FROM products p JOIN variants v ON v.product_id = p.id "
            f"WHERE p.rowid IN ({marks})",
            picks + picks,
        ):
            vocabulary.update(word.lower() for word in WORD.findall(value))
    finally:
        conn.close()
    if not vocabulary:
        raise SystemExit(f"{path} has no products to take words from")
    chosen = rng.sample(sorted(vocabulary), min(words, len(vocabulary)))
    return [word[:n] for word in chosen for n in PREFIX_LENGTHS]


@contextmanager
def captured_sql() -> Iterator[list[tuple[str, Any]]]:
    """Every statement SQLAlchemy sends while the block runs, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def listener(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", listener)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", listener)


def _timed(call: Callable[[], Sequence[Any]]) -> tuple[float, int]:
    started = time.perf_counter_ns()
    found = call()
    return (time.perf_counter_ns() - started) / 1e6, len(found)


def run(db_dir: Path, *, words: int = 100, rounds: int = 3, seed: int = 1) -> dict[str, Any]:
    """Measure every path on every prefix; returns the figures `report` prints."""
    path = db_dir / DB_NAME
    if not path.exists():
        raise SystemExit(f"{path} not found: run bench.generate_shop first")
    prefixes = sample_prefixes(path, words, seed)
    database = Database.open(path)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    plain = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    table_sql: dict[str, tuple[str, Any]] = {}

    browser = CatalogueBrowser(database)
    browser.ids(ProductFilter())  # the listing on screen before typing

    def table(prefix: str) -> list[str]:
        return browser.ids(ProductFilter(search=prefix))

    def sql(prefix: str) -> list[str]:
        with database.read() as session:
            return product_ids(session, ProductFilter(search=prefix))

    def ranked(prefix: str) -> list[str]:
        with database.read() as session:
            return search_product_ids(session, prefix)

    calls: dict[str, Callable[[str], Sequence[Any]]] = {
        RAW: lambda p: raw.execute(RAW_SQL, (fts_query(p),)).fetchall(),
        TABLE: table,
        SQL: sql,
        TABLE_SQL: lambda p: plain.execute(*table_sql[p]).fetchall(),
        RANKED: ranked,
    }
    timings = Timings()
    try:
        # Warm-up: pages into the OS cache and the statement the table sends, per prefix.
        for prefix in prefixes:
            with captured_sql() as seen:
                found = sql(prefix)
            if table(prefix) != found:
                raise SystemExit(f"{prefix!r}: the table and the SQL search disagree")
            statement, parameters = next(s for s in seen if "product_search" in s[0])
            table_sql[prefix] = (statement, parameters)
            timings.matches[prefix] = len(found)
            raw_count = len(calls[RAW](prefix))
            if raw_count < len(found):
                raise SystemExit(f"{prefix!r}: the table found more than FTS5 itself")
        plan = [row[3] for row in plain.execute("EXPLAIN QUERY PLAN " + table_sql[prefixes[0]][0],
                                                table_sql[prefixes[0]][1])]
        rotation = list(PATHS)
        for _round in range(rounds):
            for prefix in prefixes:
                rotation.append(rotation.pop(0))
                for name in rotation:
                    ms, _n = _timed(lambda name=name, prefix=prefix: calls[name](prefix))
                    timings.add(name, prefix, ms)
    finally:
        raw.close()
        plain.close()
        database.close()
    return {
        "prefixes": prefixes,
        "rounds": rounds,
        "timings": timings,
        "plan": plan,
        "statement": table_sql[prefixes[0]][0],
    }


def summary(result: dict[str, Any]) -> dict[str, dict[str, float]]:
    """p50/p95/max per path in milliseconds."""
    timings: Timings = result["timings"]
    return {
        name: {
            "p50": statistics.median(values),
            "p95": percentile(values, 95),
            "max": max(values),
        }
        for name, values in timings.samples.items()
    }


def report(result: dict[str, Any]) -> dict[str, float]:
    """Print the figures; returns the headline ones for run_all."""
    timings: Timings = result["timings"]
    figures = summary(result)
    prefixes = result["prefixes"]
    print(f"{len(prefixes)} prefixes ({len(prefixes) // len(PREFIX_LENGTHS)} words x lengths "
          f"{PREFIX_LENGTHS[0]}-{PREFIX_LENGTHS[-1]}), {result['rounds']} rounds each; "
          f"median matches {statistics.median(timings.matches.values()):,.0f}, "
          f"max {max(timings.matches.values()):,}")
    raw = figures[RAW]
    print(f"{'path':26} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'p50/raw':>8} {'p95/raw':>8}")
    for name in PATHS:
        row = figures[name]
        print(f"{name:26} {row['p50']:8.2f} {row['p95']:8.2f} {row['max']:8.1f} "
              f"{row['p50'] / raw['p50']:8.1f} {row['p95'] / raw['p95']:8.1f}")

    print("\nby prefix length (p50 / p95 ms):")
    print(f"{'len':>4} " + " ".join(f"{name[:24]:>24}" for name in PATHS))
    for length in PREFIX_LENGTHS:
        cells = []
        for name in PATHS:
            values = [ms for p, per in timings.by_prefix.items() if len(p) == length
                      for ms in per[name]]
            cells.append(f"{statistics.median(values):10.1f} / {percentile(values, 95):9.1f}")
        print(f"{length:>4} " + " ".join(f"{c:>24}" for c in cells))

    print("\nby number of matching products (p50 / p95 ms):")
    print(f"{'matches':>15} {'distinct':>8} " + " ".join(f"{name[:24]:>24}" for name in PATHS))
    for low, high in BUCKETS:
        members = [p for p, n in timings.matches.items() if low <= n < high]
        if not members:
            continue
        cells = []
        for name in PATHS:
            values = [ms for p in members for ms in timings.by_prefix[p][name]]
            cells.append(f"{statistics.median(values):10.1f} / {percentile(values, 95):9.1f}")
        label = f"{low:,}-{high - 1:,}" if high < 10**9 else f">= {low:,}"
        print(f"{label:>15} {len(members):>8} " + " ".join(f"{c:>24}" for c in cells))

    slowest = sorted(timings.by_prefix, key=lambda p: -statistics.median(
        timings.by_prefix[p][TABLE]))[:5]
    print("\nslowest prefixes for the table (median ms: table / raw, matches):")
    for prefix in slowest:
        per = timings.by_prefix[prefix]
        print(f"  {prefix!r:9} {statistics.median(per[TABLE]):7.1f} / "
              f"{statistics.median(per[RAW]):5.1f}  {timings.matches[prefix]:>7,}")
    print("\nthe SQL search's statement:\n  " + " ".join(result["statement"].split()))
    print("its plan:\n  " + "\n  ".join(result["plan"]))
    return {
        "raw_p50": raw["p50"],
        "raw_p95": raw["p95"],
        "table_p50": figures[TABLE]["p50"],
        "table_p95": figures[TABLE]["p95"],
        "sql_p95": figures[SQL]["p95"],
        "table_sql_p95": figures[TABLE_SQL]["p95"],
        "ranked_p50": figures[RANKED]["p50"],
        "ranked_p95": figures[RANKED]["p95"],
    }


# A covering index for the table's default order over live products: the unfiltered listing
# becomes an index-only scan, and a search can walk it in order instead of sorting.
PROPOSED_INDEX = (
    "CREATE INDEX ix_products_live_primary_sku ON products (primary_sku, id) "
    "WHERE deleted_at IS NULL"
)
MATCHING_IDS = (
    "SELECT k.product_id FROM product_search s JOIN search_keys k ON k.doc = s.rowid "
    "WHERE product_search MATCH ?"
)
HELD_DOCS = (
    "SELECT k.doc FROM products JOIN search_keys k ON k.product_id = products.id "
    "WHERE products.deleted_at IS NULL ORDER BY products.primary_sku ASC, products.id"
)
LISTING = (
    "SELECT products.id FROM products WHERE products.deleted_at IS NULL "
    "ORDER BY products.primary_sku ASC, products.id"
)
SCAN_IN_ORDER = (
    "SELECT products.id FROM products WHERE products.deleted_at IS NULL "
    f"AND +products.id IN ({MATCHING_IDS}) ORDER BY products.primary_sku ASC, products.id"
)


def what_if(db_dir: Path, prefixes: Sequence[str]) -> dict[str, float]:
    """Time two proposed fixes on a scratch copy of the database (removed afterwards).

    - "filter held list": the table already holds the ordered ids of the unfiltered view (it
      shows them before anything is typed), so a keystroke needs only the unordered matching ids
      from FTS5 and an order-preserving filter of that list in Python: no product row is visited.
    - "filter held docs": the same, but the table holds each row's search document number
      (`search_keys.doc`, one join when the list is loaded) beside its id, so a keystroke runs
      the raw FTS5 query itself and filters integers: the best this design can do.
    - "index walk": with PROPOSED_INDEX, `+products.id IN (...)` stops SQLite from looking up
      each match by its text key and sorting; it walks the covering index in order and tests
      membership. Better for big match sets, worse for small ones.
    Also the unfiltered listing (what the table runs at start-up) without and with the index.
    """
    source = sqlite3.connect(f"file:{db_dir / DB_NAME}?mode=ro", uri=True)
    with tempfile.TemporaryDirectory(dir=db_dir, prefix="what-if-") as scratch:
        copy_path = Path(scratch) / DB_NAME
        copy = sqlite3.connect(copy_path)
        try:
            source.backup(copy)
            source.close()

            def listing_ms() -> float:
                copy.execute(LISTING).fetchall()
                return min(_timed(lambda: copy.execute(LISTING).fetchall())[0] for _ in range(5))

            listing_before = listing_ms()
            copy.execute(PROPOSED_INDEX)
            copy.commit()
            listing_after = listing_ms()
            held = [row[0] for row in copy.execute(LISTING)]
            held_docs = [row[0] for row in copy.execute(HELD_DOCS)]

            def held_filter(prefix: str) -> list[str]:
                matched = {row[0] for row in copy.execute(MATCHING_IDS, (fts_query(prefix),))}
                return [pid for pid in held if pid in matched]

            def held_docs_filter(prefix: str) -> list[int]:
                matched = {row[0] for row in copy.execute(RAW_SQL, (fts_query(prefix),))}
                return [doc for doc in held_docs if doc in matched]

            calls: dict[str, Callable[[str], Sequence[Any]]] = {
                RAW: lambda p: copy.execute(RAW_SQL, (fts_query(p),)).fetchall(),
                "filter held list": held_filter,
                "filter held docs": held_docs_filter,
                "index walk": lambda p: copy.execute(SCAN_IN_ORDER, (fts_query(p),)).fetchall(),
            }
            samples: dict[str, list[float]] = {name: [] for name in calls}
            for prefix in prefixes:
                for name, call in calls.items():
                    call(prefix)
                    samples[name].append(_timed(lambda c=call, p=prefix: c(p))[0])
        finally:
            copy.close()
    print("\nwhat if (scratch copy, one timed run per prefix after one warm-up):")
    print(f"  unfiltered listing (start-up): {listing_before:.1f} ms now, "
          f"{listing_after:.1f} ms with the covering index")
    raw = samples[RAW]
    for name, values in samples.items():
        p95 = percentile(values, 95)
        print(f"  {name:18} p50 {statistics.median(values):7.2f} ms  p95 {p95:7.2f} ms  "
              f"p95/raw {p95 / percentile(raw, 95):5.1f}")
    return {
        "listing_before_ms": listing_before,
        "listing_after_ms": listing_after,
        "held_p95": percentile(samples["filter held list"], 95),
        "held_docs_p95": percentile(samples["filter held docs"], 95),
        "walk_p95": percentile(samples["index walk"], 95),
        "raw_p95": percentile(raw, 95),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="folder holding sellerdesk.db")
    parser.add_argument("--words", type=int, default=100, help="words sampled (x4 prefixes)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--what-if", action="store_true",
                        help="also time the proposed fixes on a scratch copy (needs disk space)")
    args = parser.parse_args(argv)
    result = run(args.db, words=args.words, rounds=args.rounds, seed=args.seed)
    report(result)
    if args.what_if:
        what_if(args.db, result["prefixes"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
