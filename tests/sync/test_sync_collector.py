"""The garbage collector during a sync pass: collected less often, and set back after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from sellerdesk.sync.engine import PASS_GC_THRESHOLD, _young_objects_only


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_a_pass_raises_the_first_threshold_and_gives_it_back(
        thresholds: tuple[int, int, int]) -> None:
    with _young_objects_only():
        assert gc.get_threshold() == (PASS_GC_THRESHOLD, 10, 10)
    assert gc.get_threshold() == thresholds


def test_overlapping_passes_give_it_back_after_the_last(
        thresholds: tuple[int, int, int]) -> None:
    first, second = _young_objects_only(), _young_objects_only()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold() == (PASS_GC_THRESHOLD, 10, 10)  # the other pass still runs
    second.__exit__(None, None, None)
    assert gc.get_threshold() == thresholds


def test_a_failing_pass_gives_it_back_too(thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(RuntimeError), _young_objects_only():
        raise RuntimeError("the marketplace went away")
    assert gc.get_threshold() == thresholds
