"""Which automatic backups to keep: a pure function, so the policy is tested without files.

A grandfather-father-son scheme: the newest backup of each of the last `daily` days, of each of
the last `weekly` ISO weeks and of each of the last `monthly` months, plus the `recent` newest
ones whatever their age. The `recent` floor matters when the machine was off for a long time:
without it a shop reopened after a year would see every backup fall outside the windows, and the
first rotation would delete them all.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Policy:
    daily: int = 12
    weekly: int = 10
    monthly: int = 9
    recent: int = 4


DEFAULT_POLICY = Policy()


def _newest_per_bucket(
    stamps: list[datetime], key: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    """The newest stamp in each of the `count` most recent buckets that hold a backup."""
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for stamp in stamps:  # newest first
        bucket = key(stamp)
        if bucket in seen:
            continue
        if len(seen) == count:
            break
        seen.add(bucket)
        kept.add(stamp)
    return kept


def to_keep(stamps: Iterable[datetime], policy: Policy = DEFAULT_POLICY) -> set[datetime]:
    """The stamps to keep; every other automatic backup may be deleted.

    Buckets count the days, weeks and months that *have* a backup, not calendar time, so a
    holiday does not age the backups taken before it."""
    ordered = sorted(set(stamps), reverse=True)
    kept = set(ordered[: policy.recent])
    kept |= _newest_per_bucket(ordered, lambda s: s.date(), policy.daily)
    kept |= _newest_per_bucket(ordered, lambda s: s.isocalendar()[:2], policy.weekly)
    kept |= _newest_per_bucket(ordered, lambda s: (s.year, s.month), policy.monthly)
    return kept
