"""`sellerdesk doctor`: what this installation is made of, and whether each part works.

Support asks a shop owner to run it and paste the output; the installer smoke test runs it on the
frozen build. Frozen apps fail in ways the source tree never shows: keyring backends vanish
because they are found through package metadata that the freezer dropped, Alembic cannot find
its scripts on disk, a Qt plugin or translation was trimmed away. Each of those is a check here.

The report only reads: the database revision comes from `store.migrate.current_revision` (no
migration, no backup), and the keyring is asked which backend it would use, never for a secret.
`--keyring-test` writes, reads back and deletes one throw-away entry; `--gui` starts Qt's GUI
layer in a child process (Qt aborts a process whose platform plugin cannot load, and that
failure is itself the answer). Exit 0 when nothing is wrong, 1 when something is.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sellerdesk
from sellerdesk import __version__
from sellerdesk.errors import SellerDeskError

if TYPE_CHECKING:
    from sellerdesk.cli import Context

OK, WARNING, PROBLEM = "ok", "warning", "problem"
MARKS = {OK: "ok  ", WARNING: "WARN", PROBLEM: "FAIL"}

# Backends that keep secrets in the operating system's own store.
SYSTEM_KEYRINGS = {
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring, KWallet, KeePassXC)",
    "keyring.backends.libsecret.Keyring": "libsecret",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet 4",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
}
NO_KEYRING = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}
# The backend modules each system should offer (the frozen build must carry them).
PLATFORM_BACKENDS = {
    "win32": ("keyring.backends.Windows",),
    "darwin": ("keyring.backends.macOS",),
    "linux": ("keyring.backends.SecretService", "keyring.backends.kwallet",
              "keyring.backends.libsecret"),
}
TEST_SERVICE = "SellerDesk-doctor"


@dataclass
class Check:
    name: str
    status: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)


def register(sub: Callable[..., argparse.ArgumentParser]) -> None:
    doctor = sub("doctor", help="check this installation: database, keyring, Qt, translations")
    doctor.add_argument("--require-keyring", action="store_true",
                        help="fail unless the system keyring is usable")
    doctor.add_argument("--keyring-test", action="store_true",
                        help="store, read back and delete a throw-away secret in the keyring")
    doctor.add_argument("--gui", action="store_true",
                        help="also start Qt's GUI layer (in a child process) and report it")
    doctor.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    # No Qt application before the command: the GUI probe must start the real platform itself.
    doctor.set_defaults(func=run_doctor, qt_app="none")


def run_doctor(ctx: Context) -> int:
    if ctx.args.qt_probe:
        return _qt_probe()
    checks = gather(ctx.data.root, require_keyring=ctx.args.require_keyring,
                    keyring_test=ctx.args.keyring_test, gui=ctx.args.gui,
                    data_dir_arg=ctx.args.data_dir)
    problems = [c.name for c in checks if c.status == PROBLEM]
    data = {"sellerdesk": __version__, "ok": not problems,
            "checks": {c.name: {"status": c.status, "summary": c.summary, **c.details}
                       for c in checks}}
    lines = [f"{c.name:<13} {MARKS[c.status]} {c.summary}" for c in checks]
    ctx.emit(data, "\n".join(lines))
    if problems:
        raise SellerDeskError(f"doctor found {len(problems)} problem(s): {', '.join(problems)}")
    return 0


def gather(root: Path, *, require_keyring: bool = False, keyring_test: bool = False,
           gui: bool = False, data_dir_arg: str | None = None) -> list[Check]:
    """Every check, each guarded so that one broken part never hides the others."""
    steps: list[tuple[str, Callable[[], Check]]] = [
        ("app", check_app),
        ("database", lambda: check_database(root)),
        ("migrations", check_migrations),
        ("keyring", lambda: check_keyring(require=require_keyring, roundtrip=keyring_test)),
        ("qt", lambda: check_qt(gui=gui, data_dir_arg=data_dir_arg)),
        ("translations", check_translations),
        ("icons", check_icons),
        ("sqlite", check_sqlite),
    ]
    checks = []
    for name, step in steps:
        try:
            checks.append(step())
        except Exception as exc:  # a check that crashes is a finding, not a crash
            checks.append(Check(name, PROBLEM, f"the check itself failed: {exc!r}"))
    return checks


def check_app() -> Check:
    frozen = bool(getattr(sys, "frozen", False))
    bundle = getattr(sys, "_MEIPASS", None)
    details = {"version": __version__, "frozen": frozen, "executable": sys.executable,
               "bundle": bundle, "python": platform.python_version(),
               "os": platform.platform(), "machine": platform.machine()}
    source = Path(sellerdesk.__file__).parent
    kind = f"frozen build in {bundle}" if frozen else f"from source, {source}"
    return Check("app", OK, f"SellerDesk {__version__} ({kind}); Python "
                 f"{details['python']} on {details['os']}", details)


def check_database(root: Path) -> Check:
    from sellerdesk.paths import DataDir
    from sellerdesk.store.migrate import HEAD, KNOWN_REVISIONS, current_revision

    data = DataDir(root)
    details: dict[str, Any] = {"data_dir": str(root), "path": str(data.database), "head": HEAD}
    try:
        revision = current_revision(data.database)
    except SellerDeskError as exc:
        return Check("database", PROBLEM, str(exc), details)
    details["revision"] = revision
    if revision is None:
        return Check("database", OK, f"{data.database}: not created yet (made and migrated to "
                     f"{HEAD} at first start)", details)
    if revision == HEAD:
        return Check("database", OK, f"{data.database}: schema {revision} (current)", details)
    if revision in KNOWN_REVISIONS:
        return Check("database", OK, f"{data.database}: schema {revision}, migrated to {HEAD} "
                     "(after a backup) at next start", details)
    return Check("database", PROBLEM, f"{data.database}: schema {revision} is newer than this "
                 f"build ({HEAD}): update SellerDesk", details)


def check_migrations() -> Check:
    """Alembic reads its scripts from files on disk; load them exactly as a migration would."""
    from alembic.script import ScriptDirectory

    from sellerdesk.store.migrate import HEAD, KNOWN_REVISIONS, MIGRATIONS_DIR, alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    found = sorted(script.revision for script in scripts.walk_revisions())
    heads = list(scripts.get_heads())
    details = {"folder": str(MIGRATIONS_DIR), "revisions": found, "heads": heads}
    if heads == [HEAD] and set(found) == set(KNOWN_REVISIONS):
        return Check("migrations", OK, f"{len(found)} Alembic scripts, head {HEAD}, in "
                     f"{MIGRATIONS_DIR}", details)
    return Check("migrations", PROBLEM, f"Alembic scripts in {MIGRATIONS_DIR} give revisions "
                 f"{found or 'none'} (heads {heads}); this build needs {list(KNOWN_REVISIONS)}",
                 details)


def backend_name(backend: object) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def classify(backend: object) -> tuple[str, str]:
    """('system' | 'none' | 'insecure' | 'other', a description) for a keyring backend."""
    name = backend_name(backend)
    if name in NO_KEYRING:
        return "none", "no keyring"
    if name == "keyring.backends.chainer.ChainerBackend":
        chained = [classify(b) for b in getattr(backend, "backends", [])]
        systems = [text for kind, text in chained if kind == "system"]
        return ("system", " + ".join(systems)) if systems else ("none", "empty chain")
    if name.startswith("keyrings.alt") or "plaintext" in name.lower():
        return "insecure", "secrets in a file on disk"
    if name in SYSTEM_KEYRINGS:
        return "system", SYSTEM_KEYRINGS[name]
    return "other", "not a system keyring"


def unavailable_reasons() -> dict[str, str]:
    """Why each of this system's keyrings cannot be used (empty when they all can)."""
    import importlib

    from keyring.backend import KeyringBackend

    reasons: dict[str, str] = {}
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    for module_name in PLATFORM_BACKENDS.get(system, ()):
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:
            reasons[module_name] = f"not in this build ({exc})"
            continue
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, KeyringBackend)
                    and value.__module__ == module_name):
                try:
                    value.priority  # noqa: B018 - raises with the reason when unusable
                except Exception as exc:
                    reasons[f"{module_name}.{value.__name__}"] = str(exc)
    return reasons


def check_keyring(*, require: bool = False, roundtrip: bool = False) -> Check:
    from importlib.metadata import entry_points

    import keyring
    from keyring.backend import get_all_keyring

    backend = keyring.get_keyring()
    name = backend_name(backend)
    kind, description = classify(backend)
    details: dict[str, Any] = {
        "backend": name, "kind": kind, "real": kind == "system",
        "entry_points": sorted(ep.name for ep in entry_points(group="keyring.backends")),
        "available": [backend_name(b) for b in get_all_keyring()],
    }
    if not details["entry_points"] and kind != "system":
        return Check("keyring", PROBLEM, "keyring's list of backends (package metadata) is "
                     "missing from this build: no system keyring can ever be found", details)
    if kind == "insecure":
        return Check("keyring", PROBLEM, f"{name} keeps secrets in a file on disk; SellerDesk "
                     "must not use it (uninstall keyrings.alt or unset PYTHON_KEYRING_BACKEND)",
                     details)
    if kind != "system":
        reasons = unavailable_reasons()
        details["reasons"] = reasons
        why = "; ".join(f"{k.split('.', 2)[-1]}: {v}" for k, v in reasons.items()) or description
        return Check("keyring", PROBLEM if require else WARNING,
                     f"NO system keyring available ({name}: {why}). Marketplace logins will "
                     "last for this session only; SellerDesk never writes them to disk.", details)
    summary = f"{name} - {description}"
    if not details["entry_points"]:
        summary += " (loaded without keyring's metadata, by the frozen app's runtime hook)"
    if roundtrip:
        details["roundtrip"] = _roundtrip(keyring)
        if details["roundtrip"] != "ok":
            return Check("keyring", PROBLEM, f"{summary}, but a test secret could not be stored "
                         f"and read back: {details['roundtrip']}", details)
        summary += "; a test secret was stored, read back and deleted"
    return Check("keyring", OK, summary, details)


def _roundtrip(keyring: Any) -> str:
    value = os.urandom(8).hex()
    try:
        keyring.set_password(TEST_SERVICE, "check", value)
        try:
            back = keyring.get_password(TEST_SERVICE, "check")
        finally:
            keyring.delete_password(TEST_SERVICE, "check")
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return "ok" if back == value else "read back a different value"


def check_qt(*, gui: bool = False, data_dir_arg: str | None = None) -> Check:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo, qVersion

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    folder = plugins / "platforms"
    available = sorted(
        entry.name.split(".")[0].removeprefix("lib").removeprefix("q")
        for entry in (folder.iterdir() if folder.is_dir() else [])
    )
    requested = os.environ.get("QT_QPA_PLATFORM", "")
    details: dict[str, Any] = {"qt": qVersion(), "pyside6": pyside_version,
                               "plugins": str(plugins), "platform_plugins": available,
                               "requested_platform": requested or None}
    summary = (f"Qt {qVersion()} (PySide6 {pyside_version}); platform "
               f"{requested or 'Qt default'}; plugins: {', '.join(available) or 'none'}")
    if not available:
        return Check("qt", PROBLEM, f"{summary} - no platform plugin in {folder}", details)
    if gui:
        probe = _run_qt_probe(data_dir_arg)
        details["gui"] = probe
        if "error" in probe:
            return Check("qt", PROBLEM, f"{summary}; the GUI layer failed: {probe['error']}",
                         details)
        summary += f"; GUI started on '{probe['platform']}' with {probe['screens']} screen(s)"
    return Check("qt", OK, summary, details)


def _self_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "sellerdesk"]


def _run_qt_probe(data_dir_arg: str | None) -> dict[str, Any]:
    command = [*_self_command(), "doctor", "--qt-probe"]
    if data_dir_arg:
        command += ["--data-dir", data_dir_arg]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return {"error": str(exc)}
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or [f"exit code {result.returncode}"])[-1]
        return {"error": f"{tail} (exit code {result.returncode})"}
    try:
        answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": f"unexpected answer: {result.stdout[-200:]!r}"}
    return answer


def _qt_probe() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    screens = QGuiApplication.screens()
    print(json.dumps({"platform": QGuiApplication.platformName(), "screens": len(screens),
                      "style_hints_ok": app.styleHints() is not None}))
    return 0


def check_translations() -> Check:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from sellerdesk.i18n import UI_LANGUAGES
    from sellerdesk.ui.translators import TRANSLATIONS_DIR

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    app_found, qt_found, missing = [], [], []
    for language in UI_LANGUAGES:
        for name, folder, found in ((f"sellerdesk_{language}", TRANSLATIONS_DIR, app_found),
                                    (f"qtbase_{language}", qt_dir, qt_found)):
            if QTranslator().load(name, str(folder)):
                found.append(language)
            else:
                missing.append(name)
    details = {"folder": str(TRANSLATIONS_DIR), "qt_folder": str(qt_dir), "app": app_found,
               "qt": qt_found, "missing": missing}
    summary = (f"SellerDesk: {', '.join(app_found) or 'none'}; Qt dialogs: "
               f"{', '.join(qt_found) or 'none'}")
    app_missing = [lang for lang in UI_LANGUAGES if lang not in app_found and lang != "en"]
    if app_missing:
        return Check("translations", PROBLEM, f"{summary}; missing {', '.join(missing)}",
                     details)
    if missing:
        return Check("translations", WARNING, f"{summary}; missing {', '.join(missing)}",
                     details)
    return Check("translations", OK, summary, details)


def check_icons() -> Check:
    folder = Path(sellerdesk.__file__).resolve().parent / "ui" / "icons"
    found = sorted(p.name for p in folder.glob("*.svg"))
    details = {"folder": str(folder), "icons": found}
    if "app.svg" not in found:
        return Check("icons", PROBLEM, f"the app icon is missing from {folder}", details)
    return Check("icons", OK, f"{len(found)} icons in {folder}", details)


def check_sqlite() -> Check:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
        fts5 = True
    except sqlite3.OperationalError:
        fts5 = False
    finally:
        connection.close()
    details = {"version": sqlite3.sqlite_version, "fts5": fts5}
    if not fts5:
        return Check("sqlite", PROBLEM, f"SQLite {sqlite3.sqlite_version} lacks FTS5 (product "
                     "search needs it)", details)
    return Check("sqlite", OK, f"SQLite {sqlite3.sqlite_version} with FTS5", details)
