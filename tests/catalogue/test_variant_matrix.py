"""The option generator: colour × size becomes every combination with a readable SKU."""

from __future__ import annotations

import pytest

from sellerdesk.catalogue.inputs import SKU_PATTERN
from sellerdesk.catalogue.variant_matrix import (
    OptionSpec,
    combinations,
    key_of,
    options_of,
    parse_values,
    sku_part,
    suggest_sku,
)


def test_values_are_split_and_deduplicated() -> None:
    assert parse_values(" rosso, Blu;verde ,rosso,, ") == ("rosso", "Blu", "verde")


def test_three_colours_by_two_sizes_make_six_variants() -> None:
    found = combinations([OptionSpec("Colore", ("Rosso", "Blu", "Verde")),
                          OptionSpec("Taglia", ("S", "M"))])
    assert found == [
        {"Colore": "Rosso", "Taglia": "S"}, {"Colore": "Rosso", "Taglia": "M"},
        {"Colore": "Blu", "Taglia": "S"}, {"Colore": "Blu", "Taglia": "M"},
        {"Colore": "Verde", "Taglia": "S"}, {"Colore": "Verde", "Taglia": "M"},
    ]


def test_empty_options_are_ignored_and_huge_matrices_refused() -> None:
    assert combinations([OptionSpec("", ("a",)), OptionSpec("Taglia", ())]) == []
    with pytest.raises(ValueError):
        combinations([OptionSpec(str(n), tuple(str(v) for v in range(10))) for n in range(3)])


def test_sku_codes_are_short_and_ascii() -> None:
    assert sku_part("Rosso") == "ROS"
    assert sku_part("XL") == "XL"
    assert sku_part("Blu navy") == "BLUNAV"
    assert sku_part("Perché") == "PER"
    assert sku_part("42") == "42"
    assert sku_part("…") == "X"


def test_suggested_skus_are_valid_and_unique() -> None:
    taken: set[str] = {"BORSA-ROS-S"}
    first = suggest_sku("borsa", ["Rosso", "S"], taken)
    second = suggest_sku("borsa", ["Rosso", "S"], taken)
    assert first == "BORSA-ROS-S-2" and second == "BORSA-ROS-S-3"
    long = suggest_sku("X" * 80, ["Rosso"], set())
    assert len(long) <= 64 and SKU_PATTERN.match(long)


def test_options_of_existing_variants() -> None:
    specs = options_of([{"Colore": "Rosso", "Taglia": "S"}, {"Colore": "Blu", "Taglia": "S"}])
    assert specs == [OptionSpec("Colore", ("Rosso", "Blu")), OptionSpec("Taglia", ("S",))]
    assert key_of({"Taglia": "s", "Colore": "Rosso"}) == key_of({"colore": "rosso", "taglia": "S"})
