"""Money as integer minor units plus an ISO 4217 currency, exact from keyboard to database.

Prices are typed and shown in the user's locale (`1.234,50` in Italy) and stored as integers, so
no float ever touches an amount; the number of decimals comes from the currency (JPY has none).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_currency_precision,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from sellerdesk.errors import ValidationError
from sellerdesk.messages import QT_TRANSLATE_NOOP, Arg, Message


class MoneyMessage(Message):
    """Why a typed amount is refused; the examples are written in the owner's locale, so the
    message never offers as an example the very thing it refused."""

    CONTEXT = "MoneyMessages"
    TEMPLATES = {
        "no_price": QT_TRANSLATE_NOOP("MoneyMessages", "Enter a price."),
        "not_a_price": QT_TRANSLATE_NOOP(
            "MoneyMessages", "“%1” is not a price: type it as you would write it, e.g. %2 or %3."),
        "negative_price": QT_TRANSLATE_NOOP("MoneyMessages", "A price cannot be negative."),
        "too_many_decimals": QT_TRANSLATE_NOOP(
            "MoneyMessages", "%1 has more than %2 decimals, too many for %3."),
    }
    __slots__ = ()


def _refused(code: str, *args: Arg) -> ValidationError:
    return ValidationError(MoneyMessage(code, *args, field="price"))

# What people type between thousands: CLDR has changed its mind on de_CH between releases
# (’ then '), and French uses a narrow no-break space. Each is accepted whatever the data says.
APOSTROPHES = ("'", "\u2019")
NARROW_NBSP = "\u202f"


def precision(currency: str) -> int:
    return get_currency_precision(currency.upper())


def to_minor(amount: Decimal, currency: str) -> int:
    """`Decimal('1234.50')`, EUR → 123450. Refuses amounts finer than the currency allows."""
    places = precision(currency)
    scaled = amount.scaleb(places)
    if scaled != scaled.to_integral_value():
        raise _refused("too_many_decimals", str(amount), places, currency)
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-precision(currency))


def _ungrouped(cleaned: str, locale: str) -> str:
    """`cleaned` without its thousands separators when they sit where thousands do (Babel's
    strict check refuses some well-grouped Swiss amounts, e.g. 1'234'567.50)."""
    group, point = get_group_symbol(locale), get_decimal_symbol(locale)
    whole, found, fraction = cleaned.partition(point)
    head, *groups = whole.lstrip("-").split(group)
    if groups and head.isdigit() and len(head) <= 3 and all(
            len(part) == 3 and part.isdigit() for part in groups):
        sign = "-" if whole.startswith("-") else ""
        return sign + head + "".join(groups) + found + fraction
    return cleaned


def parse_amount(typed: str, locale: str) -> Decimal:
    """Read an amount as the user typed it in their locale; a plain `12.50` is accepted too."""
    cleaned = "".join(typed.split()).replace(NARROW_NBSP, "").replace("\u00a0", "")
    group = get_group_symbol(locale)
    if group in APOSTROPHES:  # Swiss: whichever apostrophe the keyboard (or CLDR) has
        cleaned = cleaned.translate({ord(a): group for a in APOSTROPHES})
    for symbol in ("€", "$", "£", "EUR", "USD", "GBP"):
        cleaned = cleaned.replace(symbol, "")
    if not cleaned:
        raise _refused("no_price")
    try:
        amount = parse_decimal(_ungrouped(cleaned, locale), locale=locale, strict=True)
    except NumberFormatError as exc:
        # Strict parsing rejects "12.50" in Italian and "12,50" in English. A single separator
        # followed by one or two digits is a decimal point whatever the locale: nobody writes
        # thousands that way, and shop staff type prices on whatever keyboard is at hand.
        for separator, other in ((".", ","), (",", ".")):
            head, found, tail = cleaned.rpartition(separator)
            if (
                found
                and other not in cleaned
                and separator not in head  # "12.5.0" is a typo, not 125
                and tail.isdigit()
                and len(tail) <= 2
            ):
                try:
                    return Decimal(f"{head or '0'}.{tail}")
                except InvalidOperation:
                    break
        raise _not_a_price(typed, locale) from exc
    if not amount.is_finite():  # Decimal reads "NaN" and "Infinity"; no price is either
        raise _not_a_price(typed, locale)
    return amount


def _not_a_price(typed: str, locale: str) -> ValidationError:
    """Examples as this locale writes them: `1,234.50` in English, `1.234,50` in Italian."""
    return _refused("not_a_price", typed, format_amount(123450, "EUR", locale),
                    format_amount(1250, "EUR", locale))


def parse_money(typed: str, currency: str, locale: str) -> int:
    amount = parse_amount(typed, locale)
    if amount < 0:
        raise _refused("negative_price")
    return to_minor(amount, currency)


def format_money(minor: int, currency: str, locale: str) -> str:
    """123450, EUR, it_IT → '1.234,50 €'."""
    return format_currency(from_minor(minor, currency), currency, locale=locale)


def format_amount(minor: int, currency: str, locale: str) -> str:
    """The number alone, as typed back into an editor: '1.234,50'."""
    places = precision(currency)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(from_minor(minor, currency), format=pattern, locale=locale)
