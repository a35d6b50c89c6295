"""Tracking numbers are checked where the carrier's format is known, and only there."""

from __future__ import annotations

import pytest

from sellerdesk.orders.tracking import Verdict, check, normalise, s10_ok


@pytest.mark.parametrize(("carrier", "number", "verdict"), [
    ("dhl", "1234567890", Verdict.OK),
    ("DHL Express", "12345 67890", Verdict.OK),  # grouped as on the label, any spelling
    ("dhl", "123456789", Verdict.MISMATCH),
    ("dhl", "JJD014600003828394512", Verdict.OK),
    ("ups", "1z999aa10123456784", Verdict.OK),
    ("ups", "1Z999AA1012345678", Verdict.MISMATCH),
    ("fedex", "449044304137821", Verdict.OK),
    ("fedex", "4490443041378", Verdict.MISMATCH),
    ("poste-italiane", "RR123456785IT", Verdict.OK),
    ("poste-italiane", "RR123456784IT", Verdict.MISMATCH),  # wrong check digit
    ("Poste", "3UW1A23456789", Verdict.OK),  # a domestic parcel code
    ("cainiao", "LP00123456789012", Verdict.OK),
    ("brt", "anything at all", Verdict.NOT_CHECKED),  # format not public: not guessed
    ("gls", "", Verdict.EMPTY),
])
def test_formats(carrier: str, number: str, verdict: Verdict) -> None:
    assert check(carrier, number).verdict == verdict


def test_the_mismatch_names_an_example_and_the_number_keeps_its_case() -> None:
    result = check("dhl", "12-34")
    assert result.example == "1234567890" and not result.acceptable
    assert normalise(" 1z 999 AA1\t0123 4567 84 ") == "1z999AA10123456784"


def test_s10_check_digit() -> None:
    assert s10_ok("RR123456785IT")
    assert s10_ok("CP000000005IT")  # check 11 becomes 5
    assert not s10_ok("RR12345678XIT")
