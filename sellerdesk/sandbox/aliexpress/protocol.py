"""The wire rules every gateway call shares: signatures, timestamps, errors, Pacific time.

The signature check is written here independently of the app's signer on purpose: a shared
helper would make a wrong rule pass both sides' tests.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from ..schemas import INT64_MAX

PACIFIC = ZoneInfo("America/Los_Angeles")
TIMESTAMP_TOLERANCE = 7200.0
"""Seconds a request's timestamp may be off the gateway's clock."""
FILE_PARAMS = frozenset({"image_bytes", "file_data"})
"""Multipart file fields: never part of the signature."""


class ApiError(Exception):
    """A failed call, answered as AliExpress does: a code, a message, a sub code and sub message.

    ``http_status`` stays 200 for business failures (they arrive inside HTTP 200, as on the real
    platform); only protocol-level trouble uses another status.
    """

    def __init__(self, code: str, msg: str, sub_code: str = "", sub_msg: str = "",
                 *, kind: str = "ISV", http_status: int = 200) -> None:
        super().__init__(f"{code}: {msg} ({sub_code}: {sub_msg})")
        self.code = code
        self.msg = msg
        self.sub_code = sub_code
        self.sub_msg = sub_msg
        self.kind = kind
        self.http_status = http_status

    def error_response(self, request_id: str) -> dict[str, Any]:
        """The TOP-style envelope of the business gateway."""
        body: dict[str, Any] = {"code": self.code, "msg": self.msg, "request_id": request_id}
        if self.sub_code:
            body["sub_code"] = self.sub_code
        if self.sub_msg:
            body["sub_msg"] = self.sub_msg
        return {"error_response": body}

    def iop(self, request_id: str) -> dict[str, Any]:
        """The IOP-style envelope of the /rest gateway (``code`` "0" would mean success)."""
        message = self.msg + (f": {self.sub_msg}" if self.sub_msg else "")
        return {"type": self.kind, "code": self.sub_code or self.code, "message": message,
                "request_id": request_id}


def business(sub_code: str, sub_msg: str) -> ApiError:
    """A business failure (bad input, wrong state): code 15, inside HTTP 200."""
    return ApiError("15", "Remote service error", f"isv.{sub_code}", sub_msg)


def expected_signature(params: dict[str, str], secret: str, api_path: str | None) -> str:
    """The rule as the platform publishes it: every parameter but ``sign`` and files, sorted by
    name, concatenated as name+value, the /rest API path in front, HMAC-SHA256, upper hex."""
    text = "".join(f"{name}{params[name]}" for name in sorted(params)
                   if name != "sign" and name not in FILE_PARAMS)
    if api_path:
        text = api_path + text
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest().upper()


def check_signature(params: dict[str, str], secret: str, api_path: str | None) -> None:
    given = params.get("sign", "")
    if not hmac.compare_digest(given.upper(), expected_signature(params, secret, api_path)):
        raise ApiError("IncompleteSignature",
                       "The request signature does not conform to platform standards",
                       "IncompleteSignature", "The sign does not match the parameters.")


def check_timestamp(params: dict[str, str], now: float) -> None:
    raw = params.get("timestamp", "")
    try:
        sent = int(raw) / 1000.0
    except (ValueError, OverflowError):
        raise ApiError("MissingTimestamp", "Missing or malformed timestamp",
                       "MissingTimestamp", "timestamp must be epoch milliseconds") from None
    if abs(sent - now) > TIMESTAMP_TOLERANCE:
        raise ApiError("InvalidTimestamp", "Invalid timestamp", "InvalidTimestamp",
                       f"The timestamp is {abs(sent - now):.0f} s off the server's clock"
                       f" (at most {TIMESTAMP_TOLERANCE:.0f} s).")


def out_of_range(detail: str = "") -> ApiError:
    """The refusal of a number the shop cannot store (beyond SQLite's 64-bit integers)."""
    return business("param-invalid", detail or f"A number is out of range (at most {INT64_MAX}).")


def decimal_of(value: Any, name: str, scale: int, low: int = 0, high: int = INT64_MAX) -> int:
    """A decimal parameter in whole units of ``1/scale`` (a price in cents, kilograms in grams),
    refused unless it is a finite number whose scaled value lies in ``low..high``. JSON numbers
    and strings both arrive here; ``bool`` is no number."""
    try:
        amount = Decimal("NaN") if isinstance(value, bool) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        amount = Decimal("NaN")
    if not amount.is_finite() or not low <= amount * scale <= high:
        raise out_of_range(f"{name} must be a number from {Decimal(low) / scale}"
                           f" to {Decimal(high) / scale}, not {str(value)[:40]!r}")
    return round(amount * scale)


def whole(value: Any, name: str, low: int = 0, high: int = INT64_MAX) -> int:
    """A whole-number parameter in ``low..high``, else ``param-invalid`` (never a 500)."""
    number = decimal_of(value, name, 1, low, high)
    if Decimal(str(value)) != number:
        raise out_of_range(f"{name} must be a whole number, not {str(value)[:40]!r}")
    return number


def price_minor(text: Any) -> int:
    """A price as the platform writes it (``"12.50"``) in cents: finite, not negative, at most
    two decimals, within the shop's range."""
    minor = decimal_of(text, "price", 100)
    if Decimal(str(text)) * 100 != minor:
        raise business("param-invalid", f"price {text!r}: at most two decimals, not negative")
    return minor


def price_text(minor: int) -> str:
    return f"{Decimal(minor) / 100:.2f}"


def page_params(query: dict[str, Any], max_size: int) -> tuple[int, int]:
    """``current_page`` and ``page_size`` of a list query, each in its range."""
    size = whole(query.get("page_size") or 20, "page_size", 1, max_size)
    page = whole(query.get("current_page") or 1, "current_page", 1, INT64_MAX // max_size)
    return page, size


def pacific(ts: float) -> str:
    """An instant as AliExpress writes it: US Pacific wall time, seconds."""
    return datetime.fromtimestamp(ts, tz=PACIFIC).strftime("%Y-%m-%d %H:%M:%S")


def from_pacific(text: str) -> float:
    try:
        moment = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        raise business("param-invalid", f"{text!r} is not 'YYYY-MM-DD HH:MM:SS' (US Pacific)"
                       ) from None
    return moment.replace(tzinfo=PACIFIC).timestamp()


def from_iso(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).timestamp()


def ban(seconds: float) -> ApiError:
    wait = max(1, math.ceil(seconds))
    return ApiError("7", "App Call Limited", "isp.call-limited",
                    f"This ban will last for {wait} more seconds")


_COUNTRY = {"en": "US", "ja": "JP", "ko": "KR", "zh": "CN", "he": "IL", "ar": "MA",
            "pt": "BR", "uk": "UA", "vi": "VN", "cs": "CZ", "sv": "SE", "da": "DK"}


def locale_of(language: str) -> str:
    return f"{language}_{_COUNTRY.get(language, language.upper())}"


def language_of(locale: str) -> str:
    return locale.split("_", 1)[0].lower()
