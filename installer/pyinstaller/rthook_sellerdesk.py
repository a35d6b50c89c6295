"""PyInstaller runtime hook: runs in the frozen app before any SellerDesk code.

1. No bytecode files: Alembic imports the migration scripts from real `.py` files, and Python
   would write `__pycache__` beside them - into a read-only install folder, or into a signed
   macOS `.app` whose code seal that write breaks.
2. Keyring backends: keyring finds its backends (Secret Service, Windows Credential Manager,
   macOS Keychain) through the entry points in its package metadata. The spec bundles that
   metadata and fails the build without it; should it still be missing at run time, import this
   system's backends here so they register themselves, and say so on stderr. Without this a
   frozen app falls back to the `fail` backend in silence. Cheap: one directory listing.
"""

import importlib
import os
import sys

sys.dont_write_bytecode = True

_PLATFORM_BACKENDS = {
    "win32": ("keyring.backends.Windows",),
    "darwin": ("keyring.backends.macOS",),
}


def _ensure_keyring_backends() -> None:
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return
    try:
        names = os.listdir(bundle)
    except OSError:
        names = []
    if any(n.startswith("keyring-") and n.endswith(".dist-info") for n in names):
        return
    sys.stderr.write("SellerDesk: keyring metadata is missing from this build; loading the "
                     "system keyring backends directly\n")
    modules = _PLATFORM_BACKENDS.get(
        sys.platform, ("keyring.backends.SecretService", "keyring.backends.kwallet"))
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:
            sys.stderr.write(f"SellerDesk: keyring backend {name} cannot load: {exc}\n")


_ensure_keyring_backends()
