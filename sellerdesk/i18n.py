"""The user's language and locale, and Babel formatting of money, numbers and dates.

The UI speaks Italian or English (the languages with a Qt translation); formatting follows the
full locale, so an Italian user sees `1.234,50 €` and `24 nov 2026`.
"""

from __future__ import annotations

import locale as pylocale
import os
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_decimal

from sellerdesk.money import format_money

UI_LANGUAGES: tuple[str, ...] = ("it", "en")
# Listing languages shown first in the editor and the detail pane (any other may be added).
LISTING_LANGUAGES: tuple[str, ...] = ("it", "en", "fr", "de", "es")
DEFAULT_REGION = {"it": "IT", "en": "GB", "fr": "FR", "de": "DE", "es": "ES"}


QtSystem = Callable[[], tuple[str, list[str]]]


def system_locale(environ: Mapping[str, str] | None = None,
                  qt_system: QtSystem | None = None,
                  os_locale: Callable[[], str | None] | None = None) -> str:
    """The system's locale as Babel spells it (`it_IT`).

    `LANG`/`LC_*` first (a terminal's choice); then Qt's view of the system, which asks
    Windows and macOS themselves: an app started from the Start menu or the Finder has no
    `LANG`, and there `locale.getlocale()` says `Italian_Italy` (Windows) or None (macOS).
    The arguments let tests play any of those systems.
    """
    environ = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = babel_name(environ.get(variable, "").split(":")[0])
        if found:
            return found
    name, ui_languages = (qt_system or _qt_system)()
    found = _from_qt(name, ui_languages)
    if found:
        return found
    return babel_name((os_locale or _os_locale)() or "") or "en_GB"


def babel_name(value: str) -> str | None:
    """`it_IT.UTF-8`, `it-IT`, `Italian_Italy.1252` or `Italian` as Babel spells it, or None
    for nothing, `C`/`POSIX` or a name no one knows."""
    value = value.strip().split(".")[0].split("@")[0]
    if not value or value in ("C", "POSIX"):
        return None
    try:
        return str(Locale.parse(value.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        return _windows_name(value)


def _windows_name(value: str) -> str | None:
    """Windows' `Language_Country` (`Italian_Italy`, `English_United Kingdom`), read with the
    English names Babel knows; a country it does not know leaves just the language."""
    language_name, _, country_name = value.partition("_")
    english = Locale("en")
    language = _code_for(english.languages, language_name)
    if language is None:
        return None
    territory = _code_for(english.territories, country_name)
    for candidate in ((f"{language}_{territory}",) if territory else ()) + (language,):
        try:
            return str(Locale.parse(candidate))
        except (ValueError, UnknownLocaleError):
            continue
    return None


def _code_for(names: Mapping[str, str], wanted: str) -> str | None:
    wanted = re.sub(r"\s*\(.*\)$", "", wanted).strip().casefold()
    if not wanted:
        return None
    return next((code for code, name in names.items() if name.casefold() == wanted), None)


def _from_qt(name: str, ui_languages: list[str]) -> str | None:
    """The first UI language the system lists (macOS and Windows keep it apart from the
    formats' region); with the region of the formats when they share the language."""
    formats = babel_name(name)
    for candidate in ui_languages:
        found = babel_name(candidate)
        if found:
            if formats and formats.split("_")[0] == found.split("_")[0]:
                return formats
            return found
    return formats


def _qt_system() -> tuple[str, list[str]]:
    """QLocale.system(): Qt asks the OS (Windows' user locale, macOS's preferences)."""
    try:
        from PySide6.QtCore import QLocale
    except ImportError:  # pragma: no cover - PySide6 ships with every build
        return "", []
    system = QLocale.system()
    return system.name(), list(system.uiLanguages())


def _os_locale() -> str | None:
    try:
        return pylocale.getlocale()[0]
    except ValueError:  # an unparsable locale in the environment
        return None


def resolve_locale(choice: str | None = None) -> str:
    """The formatting locale for an explicit choice (`it`, `it_CH`) or, if None, the system."""
    wanted = choice or system_locale()
    try:
        parsed = Locale.parse(wanted.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        parsed = Locale.parse("en_GB")
    if parsed.territory is None:
        region = DEFAULT_REGION.get(parsed.language)
        if region:
            parsed = Locale.parse(f"{parsed.language}_{region}")
    return str(parsed)


def ui_language(locale: str) -> str:
    """The translation to load for a locale: Italian or English (the fallback)."""
    language = locale.split("_")[0]
    return language if language in UI_LANGUAGES else "en"


class Formatter:
    """Babel formatting bound to one locale, handed to whoever shows figures to the user."""

    def __init__(self, locale: str) -> None:
        self.locale = locale

    def money(self, minor: int | None, currency: str | None) -> str:
        if minor is None or not currency:
            return ""
        return format_money(minor, currency, self.locale)

    def number(self, value: int | float) -> str:
        return format_decimal(value, locale=self.locale)

    def date(self, value: datetime) -> str:
        return format_date(value.astimezone(), format="medium", locale=self.locale)

    def datetime(self, value: datetime) -> str:
        return format_datetime(value.astimezone(), format="short", locale=self.locale)

    def ago(self, value: datetime, now: datetime | None = None) -> str:
        """'2 minuti fa' / '2 minutes ago'."""
        delta: timedelta = value - (now or datetime.now(UTC))
        return format_timedelta(
            delta, add_direction=True, threshold=1.0, locale=self.locale, format="long"
        )
