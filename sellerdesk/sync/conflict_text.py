"""A conflict in the owner's words: field names, prices as money, lists as lists (no Qt).

The Sync page, the resolve dialog and `sellerdesk conflicts list` all show conflicts through
these functions, so `price_minor` 95500 reads "955,00 €" and `title.it` reads "Titolo
(italiano)" wherever the owner looks. The templates are marked with `QT_TRANSLATE_NOOP` under the
contexts the window already used for them (ConflictDialog, Labels), so their translations carry
over; `translate` is Qt's in the window, the command line's translator there, or English.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from babel import Locale, UnknownLocaleError

from sellerdesk.i18n import Formatter
from sellerdesk.owner_errors import QT_TRANSLATE_NOOP
from sellerdesk.sync.conflicts import ConflictView

Translate = Callable[[str, str], str]
ONE_LINE = 80  # characters: a value longer than this (or with a line break) gets a text box

FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Title"),
    "description": QT_TRANSLATE_NOOP("ConflictDialog", "Description"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    "category": QT_TRANSLATE_NOOP("ConflictDialog", "Category"),
    "brand": QT_TRANSLATE_NOOP("ConflictDialog", "Brand"),
    "tags": QT_TRANSLATE_NOOP("ConflictDialog", "Tags"),
    "price_minor": QT_TRANSLATE_NOOP("ConflictDialog", "Price"),
    "stock": QT_TRANSLATE_NOOP("ConflictDialog", "Stock"),
    "sku": QT_TRANSLATE_NOOP("ConflictDialog", "SKU"),
    "options": QT_TRANSLATE_NOOP("ConflictDialog", "Options"),
    "_deleted": QT_TRANSLATE_NOOP("ConflictDialog", "Deleted"),
}
STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "auditing": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "inactive": QT_TRANSLATE_NOOP("Labels", "Inactive"),
}
DELETED = QT_TRANSLATE_NOOP("ConflictDialog", "Deleted")
STILL_LISTED = QT_TRANSLATE_NOOP("ConflictDialog", "Still listed")


def english(context: str, text: str) -> str:
    """The untranslated template: what `translate` is when no translator is at hand."""
    return text


def language_name(code: str, locale: str) -> str:
    """'italiano' in Italian, 'Italian' in English (Babel's names, for any listing language)."""
    try:
        name = Locale.parse(code).get_display_name(locale)
    except (ValueError, UnknownLocaleError, TypeError):
        return code
    return name or code


def field_label(field: str, locale: str, translate: Translate = english) -> str:
    """`title.it` → 'Titolo (italiano)', `price_minor` → 'Prezzo'; an unknown field as it is."""
    kind, _dot, language = field.partition(".")
    name = translate("ConflictDialog", FIELDS[kind]) if kind in FIELDS else kind
    return f"{name} ({language_name(language, locale)})" if language else name


def value_text(conflict: ConflictView, value: Any, formatter: Formatter,
               translate: Translate = english) -> str:
    """One side's value as the owner reads it: money in the locale, counts as numbers, a
    listing status in words, tags and options as lists, a delete as a word."""
    kind = conflict.field.partition(".")[0]
    if kind == "_deleted":
        return translate("ConflictDialog", DELETED if value else STILL_LISTED)
    if value is None or value == "":
        return "—"
    if kind == "price_minor" and isinstance(value, int) and not isinstance(value, bool):
        if conflict.currency:
            return formatter.money(value, conflict.currency)
        return formatter.number(value)
    if kind == "stock" and isinstance(value, int | float) and not isinstance(value, bool):
        return formatter.number(value)
    if kind == "status" and isinstance(value, str) and value in STATUSES:
        return translate("Labels", STATUSES[value])
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return " · ".join(f"{name}: {option}" for name, option in value.items())
    return json.dumps(value, ensure_ascii=False)


def fits_one_line(conflict: ConflictView, formatter: Formatter,
                  translate: Translate = english) -> bool:
    """True when every side is a short single line (a price, a count, a status, a short title):
    the dialog then shows one line per side instead of text boxes."""
    return all(
        len(text) <= ONE_LINE and "\n" not in text
        for text in (value_text(conflict, value, formatter, translate)
                     for value in (conflict.base, conflict.mine, conflict.theirs)))
