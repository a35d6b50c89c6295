"""Options (colour × size × …) into variants: every combination, each with a readable SKU.

The owner types "Colore: rosso, blu, verde" and "Taglia: S, M" and gets six variants named
`BORSA-ROS-S`, `BORSA-ROS-M`, …; combinations that exist already are kept as they are (their SKU,
price and stock), so generating again after adding a colour only adds the new rows.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sellerdesk.catalogue.inputs import SKU_PATTERN

MAX_COMBINATIONS = 500  # beyond this the owner surely mistyped a list; marketplaces take 100
SKU_MAX = 64
_NOT_SKU = re.compile(r"[^A-Za-z0-9]+")


@dataclass(frozen=True)
class OptionSpec:
    """One option and its values, in the order the owner typed them."""

    name: str
    values: tuple[str, ...]


def parse_values(typed: str) -> tuple[str, ...]:
    """"rosso, blu; verde" → ("rosso", "blu", "verde"): commas or semicolons, no duplicates."""
    seen: dict[str, str] = {}
    for part in re.split(r"[,;\n]", typed):
        value = " ".join(part.split())
        if value and value.casefold() not in seen:
            seen[value.casefold()] = value
    return tuple(seen.values())


def combinations(options: Sequence[OptionSpec]) -> list[dict[str, str]]:
    """Every combination of the options' values, first option varying slowest."""
    used = [option for option in options if option.name.strip() and option.values]
    if not used:
        return []
    count = 1
    for option in used:
        count *= len(option.values)
    if count > MAX_COMBINATIONS:
        raise ValueError(f"{count} combinations is more than {MAX_COMBINATIONS}")
    names = [option.name.strip() for option in used]
    return [dict(zip(names, values, strict=True))
            for values in itertools.product(*(option.values for option in used))]


def sku_part(value: str, length: int = 3) -> str:
    """A short SKU-safe code for an option value: "Rosso" → "ROS", "XL" → "XL", "Blu navy" →
    "BLUNAV", "40" → "40". Accents are folded, so "Verde scuro (è)" stays ASCII."""
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    words = [w for w in _NOT_SKU.split(folded.upper()) if w]
    if not words:
        return "X"
    if len(words) == 1 and (len(words[0]) <= length + 1 or words[0].isdigit()):
        return words[0][:8]
    return "".join(word[:length] for word in words[:3])


def suggest_sku(base: str, values: Iterable[str], taken: set[str]) -> str:
    """`base` plus a code per option value, unique among `taken` (which it extends)."""
    stem = _NOT_SKU.sub("-", base.strip().upper()).strip("-") or "SKU"
    parts = [sku_part(value) for value in values]
    candidate = "-".join([stem, *parts])[:SKU_MAX].rstrip("-")
    number = 2
    unique = candidate
    while unique.upper() in {t.upper() for t in taken} or not SKU_PATTERN.match(unique):
        suffix = f"-{number}"
        unique = candidate[: SKU_MAX - len(suffix)] + suffix
        number += 1
    taken.add(unique)
    return unique


def options_of(variants: Iterable[dict[str, str]]) -> list[OptionSpec]:
    """The options in use by existing variants, values in first-seen order (to prefill the
    generator when the owner opens a product that already has variants)."""
    found: dict[str, dict[str, None]] = {}
    for options in variants:
        for name, value in options.items():
            found.setdefault(name, {})[value] = None
    return [OptionSpec(name, tuple(values)) for name, values in found.items()]


def key_of(options: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """A comparable identity for a combination, whatever the order or case of its names."""
    return tuple(sorted((name.strip().casefold(), value.strip().casefold())
                        for name, value in options.items()))
