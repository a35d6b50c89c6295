"""The three-way merge: base (as last agreed), mine (local), theirs (the marketplace's).

Per field: changed on one side only, that side wins; changed on both sides to the same value,
nothing to do; changed on both sides to different values, a conflict the owner resolves.
Nothing is ever overwritten silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_MISSING = object()


@dataclass
class MergeResult:
    take_theirs: dict[str, Any] = field(default_factory=dict)  # apply locally
    keep_mine: dict[str, Any] = field(default_factory=dict)  # still to push
    conflicts: dict[str, tuple[Any, Any, Any]] = field(default_factory=dict)  # base, mine, theirs


def three_way(
    base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any], changed_locally: set[str]
) -> MergeResult:
    """Merge per field. `changed_locally` are the fields with local changes not yet pushed: only
    those can be "mine"; for every other field the marketplace's value is simply taken (a field
    the owner did not touch since the last agreement)."""
    result = MergeResult()
    for name in set(mine) | set(theirs) | set(base):
        b = base.get(name, _MISSING)
        m = mine.get(name, _MISSING)
        t = theirs.get(name, _MISSING)
        if t is _MISSING:
            continue  # the marketplace says nothing about it (e.g. a language it dropped)
        if name not in changed_locally:
            if m != t:
                result.take_theirs[name] = t
            continue
        if m == t:
            continue  # both sides agree
        if m == b:
            # Changed here and back, or already agreed (our own change came back): only their
            # side differs from the agreement, so theirs stands.
            result.take_theirs[name] = t
            continue
        if t == b or (b is _MISSING and m is not _MISSING and t in (None, "")):
            result.keep_mine[name] = m
        else:
            result.conflicts[name] = (None if b is _MISSING else b,
                                      None if m is _MISSING else m, t)
    return result
