"""Numbers that can be no carrier's are not waved through because the carrier's format is not
known here (issue #16, item 6): they need the owner's explicit confirmation, like a mismatch."""

from __future__ import annotations

import pytest

from sellerdesk.orders.tracking import Verdict, check, plausible


@pytest.mark.parametrize(("carrier", "number", "verdict"), [
    ("brt", "!!", Verdict.IMPLAUSIBLE),
    ("gls", "A1", Verdict.IMPLAUSIBLE),  # too short for any carrier
    ("gls", "12?45678", Verdict.IMPLAUSIBLE),
    ("gls", "--", Verdict.IMPLAUSIBLE),
    ("brt", "0123 4567 8901", Verdict.NOT_CHECKED),
    ("gls", "GLS-12345", Verdict.NOT_CHECKED),  # hyphenated groups are fine
    ("dhl", "!!", Verdict.MISMATCH),  # a known format says more: it shows an example
])
def test_implausible_numbers(carrier: str, number: str, verdict: Verdict) -> None:
    assert check(carrier, number).verdict == verdict


def test_only_ok_and_not_checked_pass_without_confirmation() -> None:
    assert check("brt", "!!").needs_confirmation and not check("brt", "!!").acceptable
    assert check("dhl", "12345").needs_confirmation
    assert not check("dhl", "1234567890").needs_confirmation
    assert not check("brt", "012345678901").needs_confirmation
    assert plausible("JJD-0146") and not plausible("-JJD0146") and not plausible("AB12")
