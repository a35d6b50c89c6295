"""Reading a marketplace's JSON by its contract: types and ranges checked before anything is used.

A reply is a stranger's text. A value of the wrong type, a number no shop has, a string SQLite
cannot store (a lone surrogate, a NUL) must stop at the door with a message that names the field,
not deep in a pass as an exception nobody can read - or, worse, be stored (DESIGN §12).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

MAX_INT = 2**63 - 1  # what SQLite stores; the canonical API's counters and versions fit
MAX_MONEY = 10**13  # minor units: a hundred billion in any currency is no shop's price
MAX_STOCK = 10**9
MAX_TEXT = 100_000  # a description's characters
MAX_ID = 128


class Invalid(ValueError):
    """A value that breaks the contract; `field` is its path in the object, e.g. variants[0].sku."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field} {problem}")
        self.field = field
        self.problem = problem


def obj(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Invalid(field, "is not an object")
    return value


def items(value: Any, field: str, *, empty: bool = True) -> list[Any]:
    if not isinstance(value, list):
        raise Invalid(field, "is missing or not a list")
    if not empty and not value:
        raise Invalid(field, "is empty")
    return value


def text(value: Any, field: str, *, max_length: int = MAX_TEXT, empty: bool = True) -> str:
    if not isinstance(value, str):
        raise Invalid(field, "is not text")
    if len(value) > max_length:
        raise Invalid(field, f"is longer than {max_length} characters")
    if not empty and not value:
        raise Invalid(field, "is empty")
    if "\x00" in value:
        raise Invalid(field, "contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Invalid(field, "is not valid Unicode (a lone surrogate)") from exc
    return value


def optional_text(value: Any, field: str, *, max_length: int = MAX_TEXT) -> str:
    return "" if value is None else text(value, field, max_length=max_length)


def ident(value: Any, field: str) -> str:
    return text(value, field, max_length=MAX_ID, empty=False)


def integer(value: Any, field: str, *, low: int = 0, high: int = MAX_INT) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(field, "is not a whole number")
    if not low <= value <= high:
        raise Invalid(field, f"is out of range ({value})")
    return value


def optional_integer(value: Any, field: str, *, low: int = 0, high: int = MAX_INT) -> int | None:
    return None if value is None else integer(value, field, low=low, high=high)


def flag(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise Invalid(field, "is not true or false")
    return value


def strings(value: Any, field: str) -> dict[str, str]:
    """A flat object of texts (options, a buyer, an address); null values read as empty."""
    return {text(key, f"{field} key", max_length=200): optional_text(item, f"{field}.{key}")
            for key, item in obj(value, field).items()}


def text_list(value: Any, field: str) -> list[str]:
    return [text(item, f"{field}[{n}]", max_length=1000)
            for n, item in enumerate(items(value, field))]


def timestamp(value: Any, field: str) -> str:
    """An ISO 8601 time, kept as the text it came as (the store parses it)."""
    value = text(value, field, max_length=64, empty=False)
    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        raise Invalid(field, f"is not a time ({value!r})") from exc
    return value


def money(value: Any, field: str) -> tuple[int, str]:
    amount = obj(value, field)
    minor = integer(amount.get("amount_minor"), f"{field}.amount_minor", high=MAX_MONEY)
    currency = text(amount.get("currency"), f"{field}.currency", max_length=3, empty=False)
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        raise Invalid(f"{field}.currency", f"is not a currency code ({currency!r})")
    return minor, currency


def feed_cursor(value: Any, field: str = "next") -> str:
    """A position in the canonical change feed: a whole number from 0 to 2^63 - 1, as a
    number or as its digits. Anything else is never stored as a cursor."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 20:
        value = int(value)
    return str(integer(value, field))
