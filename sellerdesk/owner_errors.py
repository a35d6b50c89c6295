"""Errors the owner reads, declared as an exception class with its own codes and templates.

A shorthand over `sellerdesk.messages` (DESIGN §13) for errors that are their message: a
subclass lists `context` and `templates`, and gets a `Message` family of its own (`family`), so
it is worded, translated and covered by the translation tests exactly like every other family.
`str()` is the English the log keeps, `text(translate)` the words the window shows.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sellerdesk.errors import SellerDeskError
from sellerdesk.messages import QT_TRANSLATE_NOOP, Message

__all__ = ["QT_TRANSLATE_NOOP", "OwnerError"]


class OwnerError(SellerDeskError):
    """A SellerDeskError with a `code`, arguments for `%1`, `%2`… and the `field` it concerns."""

    context: ClassVar[str] = ""
    templates: ClassVar[dict[str, str]] = {}
    family: ClassVar[type[Message]] = Message

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "templates" in cls.__dict__:  # a class that declares codes gets their family
            cls.family = type("family", (Message,), {
                "CONTEXT": cls.context, "TEMPLATES": cls.templates, "__slots__": (),
                "__module__": cls.__module__, "__qualname__": f"{cls.__qualname__}.family"})

    def __init__(self, code: str, *args: object, field: str = "") -> None:
        self.arguments = tuple(str(a) for a in args)
        super().__init__(self.family(code, *self.arguments, field=field or None))
        self.args = (self.text(),)  # str(): the English, as a subclass may word it
