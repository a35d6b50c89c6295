"""Messages the owner reads, as codes with arguments that either side can word (DESIGN §13).

Services have no Qt (layers point one way), yet what they tell the owner must reach the window
and the command line in the owner's language. So a message is a code, an English template
marked with a local `QT_TRANSLATE_NOOP` (which `pyside6-lupdate` extracts like Qt's own, into the
message family's context), its `%1`, `%2`… arguments and the field it concerns, so a form can
point at the field without reading the wording. Each family (photos, catalogue, orders, sync…)
subclasses `Message` with its own context and templates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

Arg = str | int | float
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation in `context` and returns it unchanged."""
    return text


def plain_number(value: int | float) -> str:
    """A number without locale: the fallback when no formatter is given."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}"
    return str(int(value))


def fill(template: str, args: tuple[Arg, ...],
         number: Callable[[int | float], str] = plain_number) -> str:
    """`%1`, `%2`… replaced by the arguments, highest index first so %1 never eats %10."""
    for index in range(len(args), 0, -1):
        value = args[index - 1]
        template = template.replace(f"%{index}", value if isinstance(value, str)
                                    else number(value))
    return template


def _rebuild(cls: type[Message], code: str, args: tuple[Arg, ...],
             field: str | None) -> Message:
    return cls(code, *args, field=field)


class Message:
    """A message code, its arguments and the field it concerns (None: the whole form).

    `field` is a dotted path a form can follow: `texts.it.title`, `variants.2.sku`, `price`.
    Immutable and picklable, so it crosses thread and process pools.
    """

    CONTEXT: ClassVar[str] = ""
    TEMPLATES: ClassVar[dict[str, str]] = {}
    __slots__ = ("args", "code", "field")

    code: str
    args: tuple[Arg, ...]
    field: str | None

    def __init__(self, code: str, *args: Arg, field: str | None = None) -> None:
        if code not in self.TEMPLATES:
            raise KeyError(f"no message {code!r} in {self.CONTEXT or type(self).__name__}")
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "args", tuple(args))
        object.__setattr__(self, "field", field)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Message is immutable")

    def _key(self) -> tuple[object, ...]:
        return (self.CONTEXT, self.code, self.args, self.field)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        shown = ", ".join(repr(x) for x in (self.code, *self.args))
        if self.field is not None:
            shown += f", field={self.field!r}"
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.code, self.args, self.field))

    @property
    def template(self) -> str:
        return self.TEMPLATES[self.code]

    def text(self, translate: Translate | None = None,
             number: Callable[[int | float], str] = plain_number) -> str:
        """The message in English, or through `translate(context, source)` when given."""
        template = self.template
        if translate is not None:
            template = translate(self.CONTEXT, template)
        return fill(template, self.args, number)

    def __str__(self) -> str:
        return self.text()


def families() -> list[type[Message]]:
    """Every message family defined so far (the tests translate each of their templates)."""
    found: list[type[Message]] = []
    pending = list(Message.__subclasses__())
    while pending:
        family = pending.pop()
        pending.extend(family.__subclasses__())
        if family.TEMPLATES:
            found.append(family)
    return found
