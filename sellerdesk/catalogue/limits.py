"""What each marketplace accepts in a listing, in one place, and how complete a translation is.

The editor checks these limits while the owner types, so a title that AliExpress would refuse
is shortened here, calmly, instead of coming back hours later as a rejected change. A product
over a limit can be saved only as a draft (`editing.check_limits`): the local store keeps what
the owner wrote, and nothing the marketplace would refuse is published.

Figures come from the marketplaces' documentation (AliExpress: `subject` up to 128 characters,
SKU stock 0-999,999) and from the sandbox's OpenAPI schema for the canonical REST API.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class ListingLimits:
    """Maximum sizes of a listing's parts; None means the marketplace sets no limit."""

    name: str  # shown to the owner: "AliExpress"
    title_max: int | None = None
    description_max: int | None = None
    tags_max: int | None = None
    variants_max: int | None = None
    stock_max: int | None = None
    sku_max: int = 64


MARKETPLACE_LIMITS: dict[str, ListingLimits] = {
    "rest": ListingLimits(
        "SellerDesk Marketplace",
        title_max=200,
        description_max=20_000,
        tags_max=30,
        variants_max=100,
    ),
    "aliexpress": ListingLimits(
        "AliExpress",
        title_max=128,
        # The API documents what it filters from `detail`, not a length: until it does, the
        # canonical API's limit applies, so a description never fits one and not the other.
        description_max=20_000,
        variants_max=100,
        stock_max=999_999,
    ),
}


def _smallest(values: Iterable[int | None]) -> int | None:
    known = [value for value in values if value is not None]
    return min(known) if known else None


def _strictest_name(limits: list[ListingLimits], field: str) -> str:
    """Which marketplace imposes the smallest value of `field` (named in messages)."""
    best = min(
        (item for item in limits if getattr(item, field) is not None),
        key=lambda item: getattr(item, field),
        default=None,
    )
    return best.name if best else ""


@dataclass(frozen=True)
class EffectiveLimits:
    """The strictest limits over the marketplaces the shop sells on, with who set each one."""

    title_max: int | None
    title_by: str
    description_max: int | None
    description_by: str
    tags_max: int | None
    variants_max: int | None
    stock_max: int | None
    variants_by: str = ""
    stock_by: str = ""


def effective_limits(marketplaces: Iterable[str] = ()) -> EffectiveLimits:
    """Limits for a listing sold on `marketplaces`; with none connected yet, on all we know,
    so that what the owner writes today fits wherever the shop opens tomorrow."""
    chosen = [MARKETPLACE_LIMITS[name] for name in marketplaces if name in MARKETPLACE_LIMITS]
    if not chosen:
        chosen = list(MARKETPLACE_LIMITS.values())
    return EffectiveLimits(
        title_max=_smallest(item.title_max for item in chosen),
        title_by=_strictest_name(chosen, "title_max"),
        description_max=_smallest(item.description_max for item in chosen),
        description_by=_strictest_name(chosen, "description_max"),
        tags_max=_smallest(item.tags_max for item in chosen),
        variants_max=_smallest(item.variants_max for item in chosen),
        stock_max=_smallest(item.stock_max for item in chosen),
        variants_by=_strictest_name(chosen, "variants_max"),
        stock_by=_strictest_name(chosen, "stock_max"),
    )


class Completeness(StrEnum):
    """How ready one language's text is to be listed."""

    COMPLETE = "complete"  # title and description, both within the limits
    PARTIAL = "partial"  # a title, but no description, or something over a limit
    MISSING = "missing"  # no title: the listing cannot show in this language


class TextProblem(StrEnum):
    NO_TITLE = "no_title"
    NO_DESCRIPTION = "no_description"
    TITLE_TOO_LONG = "title_too_long"
    DESCRIPTION_TOO_LONG = "description_too_long"


@dataclass(frozen=True)
class TextCheck:
    completeness: Completeness
    problems: tuple[TextProblem, ...]
    title_length: int
    description_length: int


def check_text(title: str, description: str, limits: EffectiveLimits) -> TextCheck:
    """Check one language's title and description; cheap enough to run on every keystroke."""
    title_length = len(title.strip())
    description_length = len(description.strip())
    problems: list[TextProblem] = []
    if not title_length:
        problems.append(TextProblem.NO_TITLE)
    elif limits.title_max is not None and title_length > limits.title_max:
        problems.append(TextProblem.TITLE_TOO_LONG)
    if not description_length:
        problems.append(TextProblem.NO_DESCRIPTION)
    elif limits.description_max is not None and description_length > limits.description_max:
        problems.append(TextProblem.DESCRIPTION_TOO_LONG)
    if not title_length:
        completeness = Completeness.MISSING
    elif problems:
        completeness = Completeness.PARTIAL
    else:
        completeness = Completeness.COMPLETE
    return TextCheck(completeness, tuple(problems), title_length, description_length)
