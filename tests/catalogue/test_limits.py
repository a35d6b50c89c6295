"""Marketplace limits live in one place and the editor's completeness follows them."""

from __future__ import annotations

from sellerdesk.catalogue.limits import (
    MARKETPLACE_LIMITS,
    Completeness,
    TextProblem,
    check_text,
    effective_limits,
)


def test_aliexpress_titles_are_limited_to_128_characters() -> None:
    assert MARKETPLACE_LIMITS["aliexpress"].title_max == 128
    limits = effective_limits(["aliexpress"])
    assert limits.title_max == 128 and limits.title_by == "AliExpress"


def test_without_accounts_the_strictest_limits_apply() -> None:
    limits = effective_limits([])
    assert limits.title_max == 128
    assert limits.description_max == 20_000


def test_only_the_shops_marketplaces_count() -> None:
    limits = effective_limits(["rest"])
    assert limits.title_max == 200
    assert limits.title_by == "SellerDesk Marketplace"
    assert effective_limits(["unknown-market"]).title_max == 128  # unknown: be safe


def test_completeness() -> None:
    limits = effective_limits(["aliexpress"])
    assert check_text("Divano", "Tre posti", limits).completeness == Completeness.COMPLETE
    partial = check_text("Divano", "", limits)
    assert partial.completeness == Completeness.PARTIAL
    assert partial.problems == (TextProblem.NO_DESCRIPTION,)
    long = check_text("x" * 129, "ok", limits)
    assert long.completeness == Completeness.PARTIAL
    assert long.problems == (TextProblem.TITLE_TOO_LONG,)
    assert long.title_length == 129
    assert check_text("  ", "desc", limits).completeness == Completeness.MISSING
