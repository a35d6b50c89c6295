"""Every string the Orders screens and documents show has its Italian, handed in through
`i18n/strings-orders.json` (or already in the shipped translation), with the same placeholders;
and the JSON holds nothing the code no longer says."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SOURCES = [*sorted((ROOT / "sellerdesk" / "ui" / "orders").glob("*.py")),
           ROOT / "sellerdesk" / "ui" / "main_window.py",
           ROOT / "sellerdesk" / "ui" / "labels.py"]  # shipment states, statuses


def lupdate() -> str | None:
    name = "pyside6-lupdate"
    return shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))


def messages(ts: Path) -> dict[tuple[str, str], tuple[bool, list[str]]]:
    """(context, source) → (plural?, finished translations) of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: list[str] = []
            if translation is not None and translation.get("type") != "unfinished":
                forms = [f.text or "" for f in translation.iter("numerusform")] or (
                    [translation.text] if translation.text else [])
            found[(name, message.findtext("source") or "")] = (
                message.get("numerus") == "yes", [f for f in forms if f.strip()])
    return found


@pytest.mark.skipif(lupdate() is None, reason="needs pyside6-lupdate")
def test_every_orders_string_has_its_italian(tmp_path: Path) -> None:
    ts = tmp_path / "orders.ts"
    subprocess.run([lupdate(), *map(str, SOURCES), "-no-obsolete", "-locations", "none",
                    "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    wanted = messages(ts)
    shipped = messages(ROOT / "i18n" / "sellerdesk_it.ts")
    strings = json.loads((ROOT / "i18n" / "strings-orders.json").read_text(encoding="utf-8"))
    italian = strings["it"]
    missing, wrong = [], []
    for (context, source), (plural, _forms) in wanted.items():
        given = italian.get(context, {}).get(source)
        if given is None:
            if not shipped.get((context, source), (False, []))[1]:
                missing.append(f"{context}: {source}")
            continue
        forms = given if isinstance(given, list) else [given]
        if plural and len(forms) != 2:
            wrong.append(f"{context}: {source} needs singular and plural")
        for form in forms:
            if set(re.findall(r"%\d|%n", form)) != set(re.findall(r"%\d|%n", source)) and not (
                    plural and "%n" not in form):
                wrong.append(f"{context}: {source!r} → {form!r}: placeholders differ")
        if plural and not (context in strings["en"] and source in strings["en"][context]):
            wrong.append(f"{context}: {source} needs its English plural forms")
    stale = [f"{context}: {source}" for context, table in italian.items()
             for source in table if (context, source) not in wanted]
    assert missing == [] and wrong == [] and stale == []
