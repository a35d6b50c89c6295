"""Refresh the translation sources and compile them into the package.

    python i18n/update_translations.py           # lupdate (keeps existing translations) + lrelease
    python i18n/update_translations.py --check   # exit 1 if .ts or .qm are out of date (tests)

`i18n/sellerdesk_<lang>.ts` are the sources translators edit (Qt Linguist). The compiled `.qm`
files live in `sellerdesk/translations/` so that `pip install` and the frozen app ship them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "sellerdesk" / "translations"
LANGUAGES = ("it", "en")
# The sandbox marketplace is a developer tool with no user-facing window.
EXCLUDED = ("sandbox",)


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "sellerdesk").rglob("*.py"))
    return [str(f) for f in files if not any(part in EXCLUDED for part in f.parts)]


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
         "-ts", str(ts_file)],
        check=True, capture_output=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True,
                   capture_output=True)


def update() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = TS_DIR / f"sellerdesk_{language}.ts"
        lupdate(ts_file)
        lrelease(ts_file, QM_DIR / f"sellerdesk_{language}.qm")


def check() -> list[str]:
    """What is stale: .ts files missing strings from the code, .qm files older than their .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            ts_file = TS_DIR / f"sellerdesk_{language}.ts"
            copy = Path(folder) / ts_file.name
            shutil.copy(ts_file, copy)
            lupdate(copy)
            if copy.read_bytes() != ts_file.read_bytes():
                problems.append(f"{ts_file.name} is out of date with the code")
            qm = Path(folder) / f"sellerdesk_{language}.qm"
            lrelease(ts_file, qm)
            if qm.read_bytes() != (QM_DIR / qm.name).read_bytes():
                problems.append(f"{qm.name} is out of date with {ts_file.name}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    if parser.parse_args().check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
