"""Refresh the translation sources and compile them into the package.

    python i18n/update_translations.py           # lupdate (keeps existing translations) + lrelease
    python i18n/update_translations.py --check   # exit 1 if .ts or .qm are out of date (tests)
    python i18n/update_translations.py --apply i18n/strings-*.json   # fill, then compile

`--apply` takes {"it": {"Context": {"source": "traduzione" or ["singolare", "plurale"]}},
"en": {...}}: a way to hand translations in without Qt Linguist. English is the source
language, so an English message without an entry gets its source text (plural forms need one).

`i18n/sellerdesk_<lang>.ts` are the sources translators edit (Qt Linguist). The compiled `.qm`
files live in `sellerdesk/translations/` so that `pip install` and the frozen app ship them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
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


def apply(strings: dict[str, dict[str, dict[str, str | list[str]]]]) -> list[str]:
    """Fill translations from `strings`; returns the messages still untranslated in Italian."""
    missing: list[str] = []
    for language in LANGUAGES:
        ts_file = TS_DIR / f"sellerdesk_{language}.ts"
        lupdate(ts_file)
        given = strings.get(language, {})
        tree = ET.parse(ts_file)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                value = given.get(name, {}).get(source)
                if value is None and language == "en" and message.get("numerus") != "yes":
                    value = source
                if value is None:
                    if translation.get("type") == "unfinished":
                        missing.append(f"{language}: {name}: {source}")
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = [value] * 2 if isinstance(value, str) else value
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[0]
        ET.indent(tree, space="    ")
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    update()  # let lupdate write its own canonical layout, then compile
    return missing


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
    parser.add_argument("--apply", metavar="JSON", type=Path, nargs="+")
    args = parser.parse_args()
    if args.apply:
        merged: dict[str, dict[str, dict[str, str | list[str]]]] = {}
        for path in args.apply:
            for language, contexts in json.loads(path.read_text(encoding="utf-8")).items():
                for context, messages in contexts.items():
                    merged.setdefault(language, {}).setdefault(context, {}).update(messages)
        missing = apply(merged)
        for message in missing:
            print("untranslated:", message)
        return 1 if missing else 0
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
