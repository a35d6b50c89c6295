"""Tracking-number formats of the carriers whose format is public and stable.

A mistyped tracking number is the most common shipping mistake and the most expensive to find
later (the buyer writes, the parcel cannot be followed), so the ship dialog checks it while it is
typed. Only carriers with a documented format are checked; for the others the number is taken
as typed ("not checked" is an honest answer, a guessed pattern is not). Where the format carries
a check digit (UPU S10, used by national posts for international parcels) it is verified too.

A mismatch is not a wall: carriers introduce new formats, and staff holding the label know
better than a pattern. But it is not a soft hint either: it needs the owner's explicit "use it
anyway" (`TrackingCheck.needs_confirmation`). For carriers whose format is not known, a number
that cannot be any carrier's ("!!", "A1": punctuation, or too few letters and digits) is
`Verdict.IMPLAUSIBLE` and needs the same confirmation (issue #16, item 6).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Check = Callable[[str], bool]
MIN_CHARACTERS = 5  # the shortest tracking numbers in use have 8; "A1" is a slip of the hand
PLAUSIBLE = re.compile(r"[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*")  # letters and digits, maybe grouped

S10 = r"[A-Z]{2}\d{9}[A-Z]{2}"
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_ok(number: str) -> bool:
    """The UPU S10 check digit (the ninth digit of e.g. RR123456785IT)."""
    digits = number[2:11]
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return check == int(digits[8])


@dataclass(frozen=True)
class Format:
    """One accepted shape of a carrier's numbers, with its check digit if it has one."""

    pattern: str
    check: Check | None = None

    def matches(self, number: str) -> bool:
        if re.fullmatch(self.pattern, number) is None:
            return False
        return self.check is None or self.check(number)


@dataclass(frozen=True)
class CarrierFormat:
    formats: tuple[Format, ...]
    example: str


KNOWN: dict[str, CarrierFormat] = {
    "ups": CarrierFormat((Format(r"1Z[0-9A-Z]{16}"),), "1Z999AA10123456784"),
    "fedex": CarrierFormat((Format(r"\d{12}|\d{15}|\d{20}|\d{22}"),), "449044304137821"),
    # DHL Express: a 10-digit waybill, or the JJD piece number on the label.
    "dhl": CarrierFormat((Format(r"\d{10}"), Format(r"JJD\d{16,20}")), "1234567890"),
    # International parcels: UPU S10 (whose check digit must hold). Domestic parcels: 12 or 13
    # letters and digits in any other shape.
    "poste-italiane": CarrierFormat(
        (Format(S10, s10_ok), Format(rf"(?!{S10}$)(?=.*\d)[0-9A-Z]{{12,13}}")), "RR123456785IT"),
    "royal-mail": CarrierFormat((Format(S10, s10_ok),), "RR123456785GB"),
    "usps": CarrierFormat((Format(r"9[1-5]\d{20}|9[1-5]\d{18}"), Format(S10, s10_ok)),
                          "9400111899223197428490"),
    "dpd": CarrierFormat((Format(r"\d{14}"),), "05212345678901"),
    "cainiao": CarrierFormat((Format(r"LP\d{14}"), Format(S10, s10_ok)), "LP00123456789012"),
}
ALIASES = {
    "dhl-express": "dhl", "dhlexpress": "dhl", "poste": "poste-italiane",
    "posteitaliane": "poste-italiane", "royalmail": "royal-mail", "fed-ex": "fedex",
    "federal-express": "fedex", "united-parcel-service": "ups",
    "aliexpress-standard-shipping": "cainiao",
}


class Verdict(StrEnum):
    OK = "ok"  # matches the carrier's format
    NOT_CHECKED = "not_checked"  # the carrier's format is not known here
    MISMATCH = "mismatch"  # the carrier's format is known and this is not it
    IMPLAUSIBLE = "implausible"  # the format is not known, and this is no carrier's number
    EMPTY = "empty"


@dataclass(frozen=True)
class TrackingCheck:
    verdict: Verdict
    number: str  # normalised: no spaces
    example: str = ""

    @property
    def acceptable(self) -> bool:
        return self.verdict in (Verdict.OK, Verdict.NOT_CHECKED)

    @property
    def needs_confirmation(self) -> bool:
        """Usable only if the owner explicitly overrides the check ("use it anyway")."""
        return self.verdict in (Verdict.MISMATCH, Verdict.IMPLAUSIBLE)


def normalise(number: str) -> str:
    """Labels print numbers in groups ("1Z 999 AA1 …"); carriers' systems want them joined.
    The case is kept as typed (formats are checked without regard to it)."""
    return re.sub(r"\s+", "", number)


def carrier_key(carrier: str) -> str:
    key = re.sub(r"[\s_]+", "-", carrier.strip().lower())
    return ALIASES.get(key, ALIASES.get(key.replace("-", ""), key))


def format_of(carrier: str) -> CarrierFormat | None:
    return KNOWN.get(carrier_key(carrier))


def plausible(number: str) -> bool:
    """Could this be some carrier's number? Letters and digits (hyphens between groups), at
    least `MIN_CHARACTERS` of them. Says nothing about any one carrier."""
    return (PLAUSIBLE.fullmatch(number) is not None
            and len(number.replace("-", "")) >= MIN_CHARACTERS)


def check(carrier: str, number: str) -> TrackingCheck:
    clean = normalise(number)
    if not clean:
        return TrackingCheck(Verdict.EMPTY, clean)
    known = format_of(carrier)
    if known is None:
        return TrackingCheck(Verdict.NOT_CHECKED if plausible(clean) else Verdict.IMPLAUSIBLE,
                             clean)
    bare = clean.replace("-", "").upper()  # some labels hyphenate the groups instead
    if any(f.matches(bare) for f in known.formats):
        return TrackingCheck(Verdict.OK, clean, known.example)
    return TrackingCheck(Verdict.MISMATCH, clean, known.example)
