"""Which orders the printed documents cover: one choice, made once, for the pick list and the
packing slips alike (no layout, no Qt).

Both documents of one selection must agree: a parcel packed for an order nobody picked for (or
picked for an order that may not ship) is a mistake in the warehouse. So an order chosen in the
window or with `--orders` is left out of both when it is cancelled, has shipped already, is not
paid yet, or is flagged with a problem, and each left-out order keeps its reason. The owner may
ask for unpaid, flagged or shipped orders explicitly (`include`); a shipped order then prints as
a slip of its latest parcel again. When nothing is left, `NothingToPrint` says why in words
("order BR-7 is flagged: item damaged"), never just "nothing left to ship".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from sellerdesk.orders.details import OrderDetail
from sellerdesk.orders.messages import problem_text
from sellerdesk.owner_errors import QT_TRANSLATE_NOOP, OwnerError
from sellerdesk.store.models import OrderStatus

CANCELLED, SHIPPED, UNPAID, FLAGGED = "cancelled", "shipped", "unpaid", "flagged"
INCLUDABLE = (UNPAID, FLAGGED, SHIPPED)  # what the owner may ask for; a cancelled order never
NAMED = 3  # left-out orders named one by one in a message; the rest are counted
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class LeftOut:
    """An order chosen but not printed, and why (`problem`: the flag as stored, a preset's
    code or the staff's own words, when flagged)."""

    number: str
    reason: str
    problem: str = ""


@dataclass(frozen=True)
class PrintSelection:
    """The orders both documents cover (in the order given) and those left out."""

    orders: list[OrderDetail]
    left_out: list[LeftOut] = field(default_factory=list)
    chosen: bool = True  # False: nothing was chosen, so every ready order was taken

    @property
    def order_ids(self) -> list[str]:
        return [order.id for order in self.orders]

    def nothing_to_print(self) -> NothingToPrint:
        """The error to show when `orders` is empty: why each chosen order was left out."""
        if not self.chosen or not self.left_out:
            return NothingToPrint("none_ready")
        return NothingToPrint("left_out", *self.left_out)


class NothingToPrint(OwnerError):
    """Nothing to print for a selection; the text names each left-out order and its reason."""

    context: ClassVar[str] = "PrintingSelection"
    templates: ClassVar[dict[str, str]] = {
        "none_ready": QT_TRANSLATE_NOOP(
            "PrintingSelection", "Nothing to print: no paid order is waiting to be shipped."),
        "left_out": QT_TRANSLATE_NOOP("PrintingSelection", "Nothing to print: %1."),
    }
    reasons: ClassVar[dict[str, str]] = {
        CANCELLED: QT_TRANSLATE_NOOP("PrintingSelection", "order %1 is cancelled"),
        SHIPPED: QT_TRANSLATE_NOOP("PrintingSelection", "order %1 has shipped already"),
        UNPAID: QT_TRANSLATE_NOOP("PrintingSelection", "order %1 is not paid yet"),
        FLAGGED: QT_TRANSLATE_NOOP("PrintingSelection", "order %1 is flagged: %2"),
        "more": QT_TRANSLATE_NOOP("PrintingSelection", "%1 more orders left out"),
    }

    def __init__(self, code: str, *left_out: LeftOut) -> None:
        self.left_out = tuple(left_out)
        super().__init__(code)

    def text(self, translate: Translate | None = None) -> str:
        """The message in the window's language (`translate`) or in English."""
        words = translate or (lambda _context, text: text)
        template = words(self.context, self.templates[self.code])
        return template.replace("%1", describe(self.left_out, words)) if self.left_out \
            else template


def describe(left_out: Sequence[LeftOut], translate: Translate | None = None) -> str:
    """'order BR-7 is flagged: item damaged; order BR-9 is not paid yet; 4 more orders left
    out': each reason in words, the first few orders by number."""
    words = translate or (lambda _context, text: text)
    context, reasons = NothingToPrint.context, NothingToPrint.reasons
    shown = list(left_out) if len(left_out) <= NAMED + 1 else list(left_out[:NAMED])
    parts = [words(context, reasons[item.reason])
             .replace("%2", problem_text(item.problem, translate)).replace("%1", item.number)
             for item in shown]
    if len(shown) < len(left_out):
        parts.append(words(context, reasons["more"]).replace("%1", str(len(left_out) - NAMED)))
    return "; ".join(parts)


def waivable(left_out: Sequence[LeftOut]) -> tuple[str, ...]:
    """The reasons among `left_out` the owner may set aside (`include`): all but cancelled."""
    return tuple(dict.fromkeys(item.reason for item in left_out
                               if item.reason in INCLUDABLE))


def reason_for(order: OrderDetail, include: Collection[str] = ()) -> LeftOut | None:
    """Why `order` stays off both documents, or None when it is printed. The first reason the
    owner did not waive counts: cancelled, shipped, unpaid, flagged."""
    nothing_left = not any(line.left > 0 for line in order.lines)
    checks = (
        (CANCELLED, order.status == OrderStatus.CANCELLED),
        (SHIPPED, nothing_left or order.status in (OrderStatus.SHIPPED,
                                                   OrderStatus.COMPLETED)),
        (UNPAID, order.status == OrderStatus.PLACED),
        (FLAGGED, bool(order.problem)),
    )
    for reason, applies in checks:
        if applies and (reason == CANCELLED or reason not in include):
            return LeftOut(order.number, reason, order.problem or "")
    return None


def choose(orders: Sequence[OrderDetail], include: Collection[str] = (),
           chosen: bool = True) -> PrintSelection:
    """Split the chosen orders into those printed and those left out (with their reasons).
    Unknown `include` words are refused, so a typo never prints what the owner did not ask."""
    unknown = set(include) - set(INCLUDABLE)
    if unknown:
        raise ValueError(f"cannot include {', '.join(sorted(unknown))}: only "
                         f"{', '.join(INCLUDABLE)}")
    printed: list[OrderDetail] = []
    left_out: list[LeftOut] = []
    seen: set[str] = set()
    for order in orders:
        if order.id in seen:
            continue
        seen.add(order.id)
        reason = reason_for(order, include)
        if reason is None:
            printed.append(order)
        else:
            left_out.append(reason)
    return PrintSelection(printed, left_out, chosen)
