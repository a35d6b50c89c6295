"""What the command line itself refuses, as codes with English templates (DESIGN §13).

Raised by `cli.py` and `commands/`; the command line prints them in the `--lang` language.
Templates live under the `CliMessages` translation context.
"""

from __future__ import annotations

from sellerdesk.owner_errors import QT_TRANSLATE_NOOP, OwnerError


class CliMessage(OwnerError):
    """A command refused before it changed anything; the text says what to do instead."""

    context = "CliMessages"
    templates = {
        "no_demo_shop": QT_TRANSLATE_NOOP(
            "CliMessages",
            "There is no demo shop in %1 yet: start `sellerdesk --demo` once (the window "
            "creates it), then run this command again."),
        "price_zero": QT_TRANSLATE_NOOP(
            "CliMessages",
            "A price of 0 gives the item away. If that is what you mean, add --free; "
            "otherwise give the price, e.g. --price 12.50."),
    }
