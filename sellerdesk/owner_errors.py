"""Errors the owner reads, as a code plus an English template marked for translation.

The same idea as `photos/messages.py` (DESIGN §13), for errors raised by services with no Qt:
a subclass lists its templates under one translation context; `str()` is the English text the
command line prints and the log keeps, `text(translate)` the words the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from sellerdesk.errors import SellerDeskError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation in `context` and returns it unchanged."""
    return text


class OwnerError(SellerDeskError):
    """A SellerDeskError with a `code`, arguments for `%1`, `%2`… and the `field` it concerns."""

    context: ClassVar[str] = ""
    templates: ClassVar[dict[str, str]] = {}

    def __init__(self, code: str, *args: str, field: str = "") -> None:
        if code not in self.templates:
            raise KeyError(f"no message {code!r} in {type(self).__name__}")
        self.code = code
        self.arguments = tuple(str(a) for a in args)
        self.field = field
        super().__init__(self.text())

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = self.templates[self.code]
        if translate is not None:
            template = translate(self.context, template)
        for index in range(len(self.arguments), 0, -1):  # %10 before %1
            template = template.replace(f"%{index}", self.arguments[index - 1])
        return template
