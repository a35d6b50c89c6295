"""The ids the bulk path gives new rows: valid UUIDs, unique, and in the order they are made."""

from __future__ import annotations

import uuid

from sellerdesk.sync.bulk import id_source


def test_ids_are_version_7_uuids_increasing_across_many_milliseconds() -> None:
    next_id = id_source()
    ids = [next_id() for _ in range(20_000)]  # more than four sequences' worth

    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    parsed = uuid.UUID(ids[-1])
    assert (parsed.version, parsed.variant) == (7, uuid.RFC_4122)
    assert str(parsed) == ids[-1]


def test_two_sources_in_the_same_millisecond_do_not_collide() -> None:
    first, second = id_source(), id_source()
    made = [first() for _ in range(100)] + [second() for _ in range(100)]

    assert len(set(made)) == 200

