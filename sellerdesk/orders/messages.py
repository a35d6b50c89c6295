"""What the orders tell the owner: refusals, and the preset problems a staff member can flag.

Codes with English templates marked for translation (DESIGN §13), like the catalogue's: the
window words them with `QCoreApplication.translate`, the command line in its `--lang` language.
A preset problem is stored as its code (`item_damaged`), never as the words of the language the
flag was set in, so an English window never shows "Problem: Un articolo è danneggiato"; a
problem the staff wrote themselves is stored and shown as written.
"""

from __future__ import annotations

from sellerdesk.errors import NotFoundError, ValidationError
from sellerdesk.messages import QT_TRANSLATE_NOOP, Arg, Message, Translate
from sellerdesk.store.models import OrderStatus

CONTEXT = "OrderMessages"

TEMPLATES: dict[str, str] = {
    "no_order": QT_TRANSLATE_NOOP("OrderMessages", "No order is numbered %1."),
    "order_gone": QT_TRANSLATE_NOOP(
        "OrderMessages", "This order no longer exists (it may have been removed)."),
    "shipment_gone": QT_TRANSLATE_NOOP("OrderMessages", "This shipment no longer exists."),
    "shipment_arrived": QT_TRANSLATE_NOOP(
        "OrderMessages",
        "This shipment has reached the marketplace already: correct it on the marketplace."),
    "shipment_on_its_way": QT_TRANSLATE_NOOP(
        "OrderMessages",
        "This shipment is on its way to the marketplace and may have arrived already: wait "
        "for the sync, then correct it on the marketplace."),
    "needs_carrier_and_number": QT_TRANSLATE_NOOP(
        "OrderMessages", "A shipment needs a carrier and a tracking number."),
    "tracking_format": QT_TRANSLATE_NOOP(
        "OrderMessages", "%1 does not look like a %2 tracking number (for example %3)."),
    "tracking_implausible": QT_TRANSLATE_NOOP(
        "OrderMessages",
        "%1 is not a tracking number: they are letters and digits, at least %2 of them."),
    "check_or_no_check": QT_TRANSLATE_NOOP(
        "OrderMessages", "%1 Check it; if it is right, add --no-check."),
    "negative_quantity": QT_TRANSLATE_NOOP(
        "OrderMessages", "A quantity cannot be negative (%1)."),
    "only_left": QT_TRANSLATE_NOOP("OrderMessages", "Only %1 of %2 are left to ship."),
    "no_such_line": QT_TRANSLATE_NOOP("OrderMessages", "Order %1 has no line %2."),
    "nothing_left": QT_TRANSLATE_NOOP("OrderMessages", "Order %1 has nothing left to ship."),
    "not_paid": QT_TRANSLATE_NOOP(
        "OrderMessages",
        "Order %1 is not paid yet: ship it once the marketplace reports the payment."),
    "already_shipped": QT_TRANSLATE_NOOP(
        "OrderMessages", "Order %1 has shipped already: nothing to ship."),
    "is_cancelled": QT_TRANSLATE_NOOP(
        "OrderMessages", "Order %1 is cancelled: nothing to ship."),
    "not_cancellable": QT_TRANSLATE_NOOP(
        "OrderMessages",
        "Order %1 cannot be cancelled: only orders nothing of which has shipped can be."),
    "being_cancelled": QT_TRANSLATE_NOOP(
        "OrderMessages", "Order %1 is being cancelled already."),
}

# The problems offered in the flag dialog, stored by code (see the module's docstring).
PROBLEMS: dict[str, str] = {
    "address_incomplete": QT_TRANSLATE_NOOP("OrderProblems", "The address is incomplete"),
    "item_damaged": QT_TRANSLATE_NOOP("OrderProblems", "An item is damaged"),
    "out_of_stock": QT_TRANSLATE_NOOP("OrderProblems", "An item is out of stock"),
    "buyer_change": QT_TRANSLATE_NOOP("OrderProblems", "The buyer asked for a change"),
}


class OrderMessage(Message):
    """An orders message: `OrderMessage("not_paid", "1001", field="order")`."""

    CONTEXT = CONTEXT
    TEMPLATES = TEMPLATES
    __slots__ = ()


class ProblemMessage(Message):
    """A preset problem, as the window and the command line word it."""

    CONTEXT = "OrderProblems"
    TEMPLATES = PROBLEMS
    __slots__ = ()


def invalid(code: str, *args: Arg, field: str | None = None) -> ValidationError:
    return ValidationError(OrderMessage(code, *args, field=field))


def missing(code: str, *args: Arg) -> NotFoundError:
    return NotFoundError(OrderMessage(code, *args))


def not_shippable(number: str, status: str) -> ValidationError:
    """Why an order in `status` cannot be shipped, without naming the status by its code."""
    if status == OrderStatus.PLACED:
        return invalid("not_paid", number)
    if status == OrderStatus.CANCELLED:
        return invalid("is_cancelled", number)
    return invalid("already_shipped", number)


def problem_text(stored: str | None, translate: Translate | None = None) -> str:
    """A stored problem in words: a preset's code in the current language, else as written."""
    if not stored:
        return ""
    if stored in PROBLEMS:
        return ProblemMessage(stored).text(translate)
    return stored


def problem_code(typed: str, translate: Translate | None = None) -> str:
    """What to store for what the staff chose or typed: a preset's code when the words are a
    preset's (in English or in the window's language), else the words themselves."""
    words = typed.strip()
    for code, english in PROBLEMS.items():
        shown = translate("OrderProblems", english) if translate else english
        if words in (english, shown, code):
            return code
    return words
