"""The user's language and locale, and Babel formatting of money, numbers and dates.

The UI speaks Italian or English (the languages with a Qt translation); formatting follows the
full locale, so an Italian user sees `1.234,50 €` and `24 nov 2026`.
"""

from __future__ import annotations

import locale as pylocale
import os
from datetime import UTC, datetime, timedelta

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_timedelta
from babel.numbers import format_decimal

from sellerdesk.money import format_money

UI_LANGUAGES: tuple[str, ...] = ("it", "en")
# Listing languages shown first in the editor and the detail pane (any other may be added).
LISTING_LANGUAGES: tuple[str, ...] = ("it", "en", "fr", "de", "es")
DEFAULT_REGION = {"it": "IT", "en": "GB", "fr": "FR", "de": "DE", "es": "ES"}


def system_locale() -> str:
    """The system's locale as Babel spells it (`it_IT`), from the environment or the OS."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0].split(":")[0]
    found = pylocale.getlocale()[0]
    return found or "en_GB"


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
