"""Shipping addresses laid out the way the destination country's post expects them.

A label that follows the local convention is read by the sorting machines and the last-mile
courier without guessing: Germans write the postcode before the town, the British give the
postcode a line of its own, Americans put the state between town and ZIP code, Japanese
addresses written in Japanese go from the largest unit to the smallest, with the recipient last.

The formats follow Google's libaddressinput data (the source Android and Chrome use), in its
notation: %N name, %O company, %A street lines, %C city, %S region, %Z postal code, %n a new line.
Fields listed in `upper` are capitalised, as the national posts ask. The destination country's
name is added, in capitals and in the sender's language (what the sender's post reads), only
when the parcel leaves the sender's country. No Qt here: the window, the packing slips and the
command line share it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from babel import Locale, UnknownLocaleError


@dataclass(frozen=True)
class Layout:
    fmt: str
    upper: str = ""  # the fields written in capitals, e.g. "CS"


DEFAULT = Layout("%N%n%O%n%A%n%Z %C")
LAYOUTS: dict[str, Layout] = {
    "IT": Layout("%N%n%O%n%A%n%Z %C %S", upper="CS"),
    "DE": Layout("%N%n%O%n%A%n%Z %C"),
    "AT": Layout("%O%n%N%n%A%n%Z %C"),
    "CH": Layout("%O%n%N%n%A%n%Z %C"),
    "FR": Layout("%O%n%N%n%A%n%Z %C", upper="C"),
    "BE": Layout("%O%n%N%n%A%n%Z %C"),
    "NL": Layout("%O%n%N%n%A%n%Z %C"),
    "ES": Layout("%N%n%O%n%A%n%Z %C %S", upper="CS"),
    "PT": Layout("%N%n%O%n%A%n%Z %C"),
    "SE": Layout("%O%n%N%n%A%n%Z %C", upper="C"),
    "DK": Layout("%N%n%O%n%A%n%Z %C"),
    "PL": Layout("%N%n%O%n%A%n%Z %C"),
    "IE": Layout("%N%n%O%n%A%n%C%n%S%n%Z", upper="CZ"),
    "GB": Layout("%N%n%O%n%A%n%C%n%Z", upper="CZ"),
    "US": Layout("%N%n%O%n%A%n%C, %S %Z", upper="CS"),
    "CA": Layout("%N%n%O%n%A%n%C %S %Z", upper="CSZ"),
    "AU": Layout("%O%n%N%n%A%n%C %S %Z", upper="CS"),
    "BR": Layout("%O%n%N%n%A%n%C-%S%n%Z", upper="CS"),
    # Japanese addresses in Latin script (as marketplaces export them for abroad).
    "JP": Layout("%N%n%O%n%A, %C%n%S %Z", upper="S"),
    "CN": Layout("%N%n%O%n%A%n%C%n%S, %Z", upper="S"),
}
# Written in the country's own script: largest unit first, the recipient last.
NATIVE_LAYOUTS: dict[str, Layout] = {
    "JP": Layout("〒%Z%n%S%C%n%A%n%O%n%N 様"),
    "CN": Layout("%Z%n%S%C%n%A%n%O%n%N"),
}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_FIELDS = {"N": "name", "O": "company", "C": "city", "S": "region", "Z": "postal_code"}


def _street_lines(address: Mapping[str, Any]) -> list[str]:
    lines = []
    for key in ("street", "street2", "line1", "line2"):
        value = str(address.get(key) or "").strip()
        if value:
            lines.extend(part.strip() for part in value.splitlines() if part.strip())
    return lines


def _fill(layout: Layout, address: Mapping[str, Any]) -> list[str]:
    def value(code: str) -> str:
        text = str(address.get(_FIELDS[code]) or "").strip()
        return text.upper() if code in layout.upper else text

    lines: list[str] = []
    for template in layout.fmt.split("%n"):
        if template == "%A":
            lines.extend(_street_lines(address))
            continue
        text = re.sub(r"%([NOCSZA])", lambda m: ", ".join(_street_lines(address))
                      if m.group(1) == "A" else value(m.group(1)), template)
        # Separators left dangling by an empty field ("Berlin ," / "-SP") go too.
        text = re.sub(r"\s+", " ", text).strip(" ,-")
        if text and text != "〒" and text != "様":
            lines.append(text)
    return lines


def country_name(code: str, locale: str) -> str:
    """The country's name in the reader's language (Babel's CLDR data); the code if unknown."""
    try:
        names = Locale.parse(locale).territories
    except (ValueError, UnknownLocaleError):
        return code
    return str(names.get(code.upper(), code))


def format_address(address: Mapping[str, Any], *, locale: str = "en_GB",
                   origin: str | None = None) -> list[str]:
    """The lines of a shipping label for `address` (keys name, company, street, street2, city,
    region, postal_code, country). `origin` is the sender's country (default: the locale's);
    the country line is added when the destination differs."""
    country = str(address.get("country") or "").upper()
    written = " ".join(str(v) for v in address.values() if isinstance(v, str))
    if country in NATIVE_LAYOUTS and _CJK.search(written):
        layout = NATIVE_LAYOUTS[country]
    else:
        layout = LAYOUTS.get(country, DEFAULT)
    lines = _fill(layout, address)
    sender = (origin or _territory(locale) or "").upper()
    if country and country != sender:
        lines.append(country_name(country, locale).upper())
    return lines


def one_line(address: Mapping[str, Any], *, locale: str = "en_GB") -> str:
    """A short "town, country" for lists, where the full label does not fit."""
    city = str(address.get("city") or "").strip()
    country = str(address.get("country") or "").upper()
    name = country_name(country, locale) if country else ""
    return ", ".join(part for part in (city, name) if part)


def _territory(locale: str) -> str | None:
    try:
        return Locale.parse(locale).territory
    except (ValueError, UnknownLocaleError):
        return None
