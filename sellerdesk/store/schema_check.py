"""Is a database file exactly what SellerDesk's own migrations make, and sound? Asked before a
file from outside (a backup being restored) replaces the shop's.

A SQLite file carries code as well as data: a trigger runs on every later write, a view on
every read that names it. A restored file that only *says* it is at schema 0007 could hold
extra triggers, views or tables, or miss tables the app needs. So its `sqlite_master` is
compared, object by object, with a database freshly migrated to the same revision by the
app's Alembic scripts (`store.migrate.upgrade`): triggers, views and virtual tables by their
SQL text, tables and indexes by their structure (columns, keys, indexed columns), which does
not depend on how a SQLAlchemy version happened to word a `CREATE TABLE`. Then
`PRAGMA integrity_check` and `PRAGMA foreign_key_check` must pass.

Every connection here is read-only and opened with `trusted_schema=OFF`: the file under
examination never gets to run anything of its own.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
import threading
from pathlib import Path

from sellerdesk.store.migrate import upgrade

Schema = dict[tuple[str, str], tuple[object, ...]]
# Tables SQLite makes by itself (AUTOINCREMENT, ANALYZE / PRAGMA optimize): they hold no code.
SQLITE_OWN_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3",
                     "sqlite_stat4"}
MAX_PROBLEMS = 5

_references: dict[str, Schema] = {}
_references_lock = threading.Lock()


def _read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _words(sql: str | None) -> str:
    return " ".join((sql or "").split())


def read_schema(conn: sqlite3.Connection) -> Schema:
    """Each object of `sqlite_master` by (type, name), described so that two files made by the
    same migrations compare equal."""
    schema: Schema = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table" and name in SQLITE_OWN_TABLES:
            continue
        if kind in ("trigger", "view") or _words(sql).upper().startswith("CREATE VIRTUAL"):
            schema[(kind, name)] = (table, _words(sql))
        elif kind == "table":
            columns = conn.execute(f"PRAGMA table_xinfo({_quoted(name)})").fetchall()
            keys = conn.execute(f"PRAGMA foreign_key_list({_quoted(name)})").fetchall()
            schema[(kind, name)] = (tuple(c[1:] for c in columns),
                                    tuple(sorted(k[2:] for k in keys)))
        elif kind == "index":
            columns = conn.execute(f"PRAGMA index_xinfo({_quoted(name)})").fetchall()
            listed = {r[1]: r[2:] for r in conn.execute(
                f"PRAGMA index_list({_quoted(table)})").fetchall()}
            schema[(kind, name)] = (table, tuple(c[1:] for c in columns), listed.get(name),
                                    _words(sql).partition(" WHERE ")[2])
        else:
            schema[(kind, name)] = (table, _words(sql))
    return schema


def reference_schema(revision: str) -> Schema:
    """The schema SellerDesk's migrations make at `revision` (built once per process, in a
    temporary folder, by the same `upgrade` that migrates the shop)."""
    with _references_lock:
        known = _references.get(revision)
        if known is None:
            with tempfile.TemporaryDirectory(prefix="sellerdesk-schema-") as folder:
                path = Path(folder) / "reference.db"
                upgrade(path, revision)
                with contextlib.closing(_read_only(path)) as conn:
                    known = read_schema(conn)
            _references[revision] = known
        return known


def _ordered(keys: set[tuple[str, str]], first: tuple[str, ...] = ("trigger", "view", "table")
             ) -> list[tuple[str, str]]:
    """The kinds in `first` before the others (indexes last): what matters most is named."""
    return sorted(keys, key=lambda key: (first.index(key[0]) if key[0] in first else 9, key[1]))


def schema_problems(path: Path, revision: str) -> list[str]:
    """How the file's schema differs from `revision`'s (at most MAX_PROBLEMS); [] if it
    matches exactly."""
    wanted = reference_schema(revision)
    with contextlib.closing(_read_only(path)) as conn:
        found = read_schema(conn)
        versions = conn.execute("SELECT COUNT(*) FROM alembic_version").fetchone()[0]
    problems = [f"unknown {kind} {name!r}" for kind, name in _ordered(set(found) - set(wanted))]
    problems += [f"missing {kind} {name!r}" for kind, name in _ordered(set(wanted) - set(found),
                                                                       ("table",))]
    problems += [f"{kind} {name!r} differs from schema {revision}"
                 for kind, name in _ordered(set(found) & set(wanted))
                 if found[(kind, name)] != wanted[(kind, name)]]
    if versions != 1:
        problems.append(f"alembic_version holds {versions} rows")
    return problems[:MAX_PROBLEMS]


def soundness_problems(path: Path) -> list[str]:
    """`PRAGMA integrity_check` (the full one: indexes against tables too) and
    `PRAGMA foreign_key_check`; [] when both pass."""
    with contextlib.closing(_read_only(path)) as conn:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
        if rows != ["ok"]:
            return rows
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS)
    return [f"row {rowid} of {table!r} refers to a missing row of {parent!r}"
            for table, rowid, parent, _key in broken]
