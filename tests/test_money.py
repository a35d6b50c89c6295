"""Prices as the owner types and reads them, stored exactly as integer minor units."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from sellerdesk.errors import ValidationError
from sellerdesk.money import (
    format_amount,
    format_money,
    from_minor,
    parse_amount,
    parse_money,
    precision,
    to_minor,
)


def _spaces(shown: str) -> str:
    """CLDR puts no-break spaces (U+00A0, U+202F) where a reader sees a space."""
    return shown.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "shown"),
    [
        (123450, "EUR", "it_IT", "1.234,50 €"),
        (123450, "EUR", "de_DE", "1.234,50 €"),
        (123450, "EUR", "en_US", "€1,234.50"),
        (123450, "EUR", "en_GB", "€1,234.50"),
        (123450, "EUR", "fr_FR", "1 234,50 €"),
        (5, "EUR", "it_IT", "0,05 €"),
        (0, "EUR", "it_IT", "0,00 €"),
        (123456789, "EUR", "it_IT", "1.234.567,89 €"),
        (1234, "JPY", "en_US", "¥1,234"),  # no decimals in yen
        (1234, "JPY", "de_DE", "1.234 ¥"),
        (1234, "JPY", "it_IT", "1.234 JPY"),
        (999, "USD", "en_US", "$9.99"),
    ],
)
def test_format_money_in_the_owners_locale(
    minor: int, currency: str, locale: str, shown: str
) -> None:
    assert _spaces(format_money(minor, currency, locale)) == shown


@pytest.mark.parametrize(
    ("minor", "currency", "locale", "shown"),
    [
        (123450, "EUR", "it_IT", "1.234,50"),
        (123450, "EUR", "en_US", "1,234.50"),
        (123450, "EUR", "de_DE", "1.234,50"),
        (1200, "EUR", "it_IT", "12,00"),  # always the currency's decimals, as in an editor
        (7, "EUR", "en_US", "0.07"),
        (1234, "JPY", "it_IT", "1.234"),
        (1234, "JPY", "en_US", "1,234"),
    ],
)
def test_format_amount_is_the_number_alone(
    minor: int, currency: str, locale: str, shown: str
) -> None:
    assert _spaces(format_amount(minor, currency, locale)) == shown


@pytest.mark.parametrize(
    ("typed", "locale", "minor"),
    [
        # Italian: dot for thousands, comma for decimals.
        ("1.234,50", "it_IT", 123450),
        ("1234,5", "it_IT", 123450),
        ("12,50", "it_IT", 1250),
        ("0,1", "it_IT", 10),
        ("1.234", "it_IT", 123400),
        ("1.234.567,89", "it_IT", 123456789),
        ("1.234,50 €", "it_IT", 123450),
        ("€ 1.234,50", "it_IT", 123450),
        ("1.234,50\u00a0€", "it_IT", 123450),
        ("  12,5  ", "it_IT", 1250),
        ("12 EUR", "it_IT", 1200),
        ("0", "it_IT", 0),
        # A dot with one or two decimals is a decimal point typed on a numeric keypad.
        ("12.50", "it_IT", 1250),
        ("12.5", "it_IT", 1250),
        (".5", "it_IT", 50),
        # English: comma for thousands, dot for decimals.
        ("1,234.50", "en_US", 123450),
        ("1234.5", "en_US", 123450),
        ("$1,234.50", "en_US", 123450),
        ("1,234", "en_US", 123400),
        ("12,50", "en_US", 1250),  # the comma, on a continental keyboard
        ("£12", "en_GB", 1200),
        # German: as Italian.
        ("1.234,50", "de_DE", 123450),
        ("12,5", "de_DE", 1250),
        ("12.50", "de_DE", 1250),
        ("1.234,50 €", "de_DE", 123450),
        # French and Swiss grouping.
        ("1 234,50", "fr_FR", 123450),
        ("1\u202f234,50", "fr_FR", 123450),
        ("1’234.50", "de_CH", 123450),
        # Both apostrophes, whatever the installed CLDR data gives de_CH (Babel 2.19 changed
        # it from ’ to '), and no-break and ordinary spaces in French.
        ("1'234.50", "de_CH", 123450),
        ("12'345'678.90", "de_CH", 1234567890),
        ("1\u00a0234,50", "fr_FR", 123450),
        ("1 234 567,50", "fr_FR", 123456750),
    ],
)
def test_parse_money_reads_what_the_owner_typed(typed: str, locale: str, minor: int) -> None:
    assert parse_money(typed, "EUR", locale) == minor


@pytest.mark.parametrize(
    ("typed", "locale", "minor"),
    [("1.234", "it_IT", 1234), ("1,234", "en_US", 1234), ("500", "it_IT", 500), ("0", "it_IT", 0)],
)
def test_yen_have_no_decimals(typed: str, locale: str, minor: int) -> None:
    assert parse_money(typed, "JPY", locale) == minor
    assert precision("JPY") == 0
    assert precision("jpy") == 0


@pytest.mark.parametrize(
    ("typed", "currency", "locale", "message"),
    [
        ("12,345", "EUR", "it_IT", "12.345 has more than 2 decimals, too many for EUR"),
        ("12.505", "EUR", "en_US", "more than 2 decimals, too many for EUR"),
        ("0,001", "EUR", "it_IT", "too many for EUR"),
        ("12,5", "JPY", "it_IT", "too many for JPY"),
        ("1.234,50", "JPY", "it_IT", "too many for JPY"),
        ("-5", "EUR", "it_IT", "A price cannot be negative"),
        ("-5,00", "EUR", "it_IT", "A price cannot be negative"),
        ("-0,01", "EUR", "it_IT", "A price cannot be negative"),
        ("-$1.00", "EUR", "en_US", "A price cannot be negative"),
        ("", "EUR", "it_IT", "Enter a price"),
        ("   ", "EUR", "it_IT", "Enter a price"),
        ("€", "EUR", "it_IT", "Enter a price"),
        ("abc", "EUR", "it_IT", "“abc” is not a price"),
        ("12,50,3", "EUR", "it_IT", "is not a price"),
        ("1,234.50", "EUR", "it_IT", "is not a price"),  # English grouping in Italian
        ("1.234,5", "EUR", "en_US", "is not a price"),  # and the reverse
        ("12.", "EUR", "it_IT", "is not a price"),
        # Typos with several separators are refused, not read as a different amount.
        ("12.5.0", "EUR", "it_IT", "is not a price"),
        ("1..2", "EUR", "it_IT", "is not a price"),
        ("12.34.56", "EUR", "it_IT", "is not a price"),
        ("1,,5", "EUR", "en_US", "is not a price"),
        ("12,5,0", "EUR", "en_US", "is not a price"),
        # Words Python's Decimal would accept are no prices either.
        ("NaN", "EUR", "en_US", "is not a price"),
        ("Infinity", "EUR", "en_US", "is not a price"),
        ("-Infinity", "EUR", "en_US", "is not a price"),
        ("sNaN", "EUR", "it_IT", "is not a price"),
    ],
)
def test_parse_money_refuses_with_a_message(
    typed: str, currency: str, locale: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_money(typed, currency, locale)

    assert message in str(refused.value)


def test_parse_amount_keeps_the_exact_decimal() -> None:
    assert parse_amount("1.234,50", "it_IT") == Decimal("1234.50")
    assert parse_amount("0,1", "it_IT") == Decimal("0.1")
    assert isinstance(parse_amount("3", "en_US"), Decimal)


def test_minor_units_conversions_are_exact() -> None:
    assert to_minor(Decimal("1234.50"), "EUR") == 123450
    assert to_minor(Decimal("0.10"), "eur") == 10
    assert to_minor(Decimal("1234"), "JPY") == 1234
    assert to_minor(Decimal("1.234"), "KWD") == 1234
    assert from_minor(123450, "EUR") == Decimal("1234.50")
    assert from_minor(1234, "JPY") == Decimal("1234")
    assert from_minor(1, "KWD") == Decimal("0.001")
    with pytest.raises(ValidationError, match="more than 2 decimals"):
        to_minor(Decimal("0.005"), "EUR")
    # A float never enters: 0.1 + 0.2 is exactly 0.30 here.
    assert to_minor(Decimal("0.1") + Decimal("0.2"), "EUR") == 30


@pytest.mark.parametrize("locale", ["it_IT", "en_US", "en_GB", "de_DE", "fr_FR", "de_CH"])
@pytest.mark.parametrize("currency", ["EUR", "USD", "JPY", "KWD"])
def test_what_is_shown_in_the_editor_reads_back_as_the_same_amount(
    locale: str, currency: str
) -> None:
    rng = random.Random(f"{locale}-{currency}")
    amounts = [0, 1, 9, 10, 99, 100, 1000, 123450, 99999999] + [
        rng.randrange(0, 10 ** rng.randrange(1, 10)) for _ in range(200)
    ]
    for minor in amounts:
        shown = format_amount(minor, currency, locale)
        assert parse_money(shown, currency, locale) == minor, (shown, minor)


@pytest.mark.parametrize("locale", ["it_IT", "en_US", "de_DE", "fr_FR"])
def test_a_displayed_euro_price_pasted_back_reads_the_same(locale: str) -> None:
    rng = random.Random(locale)
    for minor in [0, 5, 123450, *(rng.randrange(0, 10**8) for _ in range(100))]:
        shown = format_money(minor, "EUR", locale)
        assert parse_money(shown, "EUR", locale) == minor, shown
