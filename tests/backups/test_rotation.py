"""The rotation policy as a pure function: what survives two years of half-hourly backups."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sellerdesk.backups.rotation import Policy, to_keep

START = datetime(2024, 11, 24, 9, 0, tzinfo=UTC)


def half_hourly(days: int) -> list[datetime]:
    return [START + timedelta(minutes=30 * n) for n in range(days * 48)]


def test_two_years_of_backups_keep_the_promised_spread() -> None:
    stamps = half_hourly(730)
    kept = sorted(to_keep(stamps), reverse=True)
    newest = max(stamps)
    assert newest in kept
    assert len(kept) <= 12 + 10 + 9 + 4
    days = {s.date() for s in kept if newest - s < timedelta(days=12)}
    assert len(days) == 12  # one per day for the last 12 days
    weeks = {s.isocalendar()[:2] for s in kept}
    assert len(weeks) >= 10
    months = {(s.year, s.month) for s in kept}
    assert len(months) == 9
    assert min(kept) < newest - timedelta(days=230)  # reaches back about nine months


def test_a_long_pause_does_not_delete_everything() -> None:
    old = half_hourly(3)
    after_a_year = [START + timedelta(days=400)]
    kept = to_keep(old + after_a_year)
    assert max(old) in kept  # the newest before the pause survives
    assert after_a_year[0] in kept


def test_few_backups_are_all_kept_and_the_function_is_deterministic() -> None:
    stamps = [START + timedelta(hours=n) for n in range(3)]
    assert to_keep(stamps, Policy(daily=1, weekly=0, monthly=0, recent=3)) == set(stamps)
    assert to_keep(reversed(half_hourly(40))) == to_keep(half_hourly(40))


def test_zero_policy_keeps_nothing() -> None:
    assert to_keep(half_hourly(2), Policy(0, 0, 0, 0)) == set()
