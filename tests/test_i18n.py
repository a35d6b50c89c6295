"""Languages: the Italian translation is complete and compiled; Babel formats per locale."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sellerdesk.i18n import Formatter, resolve_locale, ui_language

ROOT = Path(__file__).resolve().parent.parent


def unfinished(ts_file: Path) -> list[str]:
    tree = ET.parse(ts_file)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        empty = translation is None or (
            not (translation.text or "").strip()
            and not any((form.text or "").strip() for form in translation.iter("numerusform"))
        )
        if empty or (translation is not None and translation.get("type") == "unfinished"):
            missing.append(source)
    return missing


def test_italian_translation_is_complete() -> None:
    assert unfinished(ROOT / "i18n" / "sellerdesk_it.ts") == []


def test_translations_are_current_with_the_code() -> None:
    """Every string in the code is in the .ts files and the shipped .qm files match them."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "i18n" / "update_translations.py"), "--check"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_translations_are_in_the_package() -> None:
    import sellerdesk

    folder = Path(sellerdesk.__file__).parent / "translations"
    assert (folder / "sellerdesk_it.qm").stat().st_size > 0
    assert (folder / "sellerdesk_en.qm").stat().st_size > 0


def test_italian_user_sees_italian_money() -> None:
    fmt = Formatter(resolve_locale("it"))
    assert fmt.money(123450, "EUR") == "1.234,50\xa0€"
    assert fmt.number(1234567) == "1.234.567"
    assert fmt.date(datetime(2026, 11, 24, 12, tzinfo=UTC)) == "24 nov 2026"


@pytest.mark.parametrize(
    ("choice", "locale", "language"),
    [("it", "it_IT", "it"), ("en", "en_GB", "en"), ("it_CH", "it_CH", "it"),
     ("de", "de_DE", "en"), ("xx-nonsense", "en_GB", "en")],
)
def test_language_choice(choice: str, locale: str, language: str) -> None:
    assert resolve_locale(choice) == locale
    assert ui_language(resolve_locale(choice)) == language


def test_system_language_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "it_IT.UTF-8")
    assert resolve_locale(None) == "it_IT"
