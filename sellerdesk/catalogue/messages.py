"""What the catalogue tells the owner when it refuses something: codes with English templates.

The catalogue has no Qt, so its refusals are `CatalogueMessage`s (DESIGN §13): the window
translates them in the `CatalogueMessages` context and points at the message's `field`
(`texts.it.title`, `variants.2.sku`, `price`…); the command line prints the same template in its
`--lang` language.
"""

from __future__ import annotations

from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.messages import QT_TRANSLATE_NOOP, Arg, Message

CONTEXT = "CatalogueMessages"

TEMPLATES: dict[str, str] = {
    # -- what the owner asked for is not there
    "no_product_id": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "This product no longer exists (it may have been deleted)."),
    "no_sku": QT_TRANSLATE_NOOP("CatalogueMessages", "No product has the SKU “%1”."),
    "no_variant_id": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "This variant no longer exists (it may have been deleted)."),
    "no_deleted_product": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "This product is not deleted, so there is nothing to restore."),
    "no_deleted_variant": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "This variant is not deleted, so there is nothing to restore."),
    # -- the product as a whole
    "no_title": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "Give the product a title in its main language (%1)."),
    "title_too_long": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "The title (%1) has %2 characters; %3 accepts at most %4. Shorten it, or keep the "
        "product as a draft."),
    "description_too_long": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "The description (%1) has %2 characters; %3 accepts at most %4. Shorten it, or keep "
        "the product as a draft."),
    "no_variants": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "A product needs at least one variant: add one with its SKU."),
    "bad_language": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "“%1” is not a language code (use e.g. it, en, fr)."),
    "language_spelling": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "“%1” is not a language code (use %2)."),
    "bad_status": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "Unknown status “%1”; use one of %2."),
    "bad_tags": QT_TRANSLATE_NOOP("CatalogueMessages", "Tags must be a list of words."),
    "bad_measure": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "Weight and dimensions must be whole numbers of at least 0."),
    "unknown_field": QT_TRANSLATE_NOOP("CatalogueMessages", "Unknown field “%1”."),
    # -- variants
    "bad_sku": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "“%1” is not a valid SKU: use up to 64 letters, digits, '-', '_', '.' or '/'."),
    "bad_sku_row": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "The SKU in row %1 (“%2”) is not valid: use up to 64 letters, digits, '-', '_', '.' "
        "or '/'."),
    "sku_taken": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "The SKU “%1” is already used by another product: choose another one."),
    "sku_twice": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "The SKU “%1” is used twice in this product (rows %2 and %3): each variant needs its "
        "own."),
    "skus_not_unique": QT_TRANSLATE_NOOP("CatalogueMessages", "Each variant needs its own SKU."),
    "negative_price": QT_TRANSLATE_NOOP("CatalogueMessages", "A price cannot be negative."),
    "negative_price_row": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "The price in row %1 (%2) cannot be negative."),
    "negative_stock": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "Stock must be a whole number of at least 0."),
    "negative_stock_row": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "The stock in row %1 (%2) must be a whole number of at least 0."),
    "too_much_stock": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "The stock in row %1 (%2) is %3; %4 accepts at most %5. Lower it, or keep the product "
        "as a draft."),
    "too_many_variants": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "The product has %1 variants; %2 accepts at most %3. Remove some, or keep the product "
        "as a draft."),
    "bad_currency": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "“%1” is not a currency code (use e.g. EUR)."),
    "bad_options": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "Options must map names (colour, size) to values."),
    "only_variant": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "%1 is the product's only variant: delete the product instead."),
    "product_deleted": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "The product of %1 was deleted: restore the product instead."),
    "stock_move_zero": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "A stock movement must be a whole number other than 0."),
    "stock_below_zero": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "Stock of %1 cannot go below zero (it is %2)."),
    # -- bulk edits
    "price_change_missing": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "Enter a number for the price change."),
    "price_down_too_far": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "A price cannot go down by 100 % or more."),
    "prices_below_zero": QT_TRANSLATE_NOOP(
        "CatalogueMessages",
        "%1 prices would fall below zero: change less, or leave those products out."),
    # -- undo
    "cannot_undo": QT_TRANSLATE_NOOP(
        "CatalogueMessages", "This change cannot be undone here (%1 %2)."),
}


class CatalogueMessage(Message):
    """A catalogue message: `CatalogueMessage("sku_taken", "ABC-1", field="variants.0.sku")`."""

    CONTEXT = CONTEXT
    TEMPLATES = TEMPLATES
    __slots__ = ()


def invalid(code: str, *args: Arg, field: str | None = None) -> ValidationError:
    """A refusal of what the owner typed, ready to raise."""
    return ValidationError(CatalogueMessage(code, *args, field=field))


def missing(code: str, *args: Arg) -> NotFoundError:
    """Something asked for that is not (or no longer) there, ready to raise."""
    return NotFoundError(CatalogueMessage(code, *args))
