"""Filling Qt's `%1 %2` placeholders in the command line's texts, and its plurals."""

from __future__ import annotations

from PySide6.QtCore import QObject


def fill(template: str, *args: object) -> str:
    """Qt's `%1 %2` placeholders, filled in one pass (an argument holding `%2` stays as is)."""
    out, index = [], 0
    while index < len(template):
        char = template[index]
        if char == "%" and index + 1 < len(template) and template[index + 1].isdigit():
            number = int(template[index + 1])
            if 1 <= number <= len(args):
                out.append(str(args[number - 1]))
                index += 2
                continue
        out.append(char)
        index += 1
    return "".join(out)


class CommandCounts(QObject):
    """The command line's texts with a count, as plural forms. lupdate marks a text as
    plural only inside `self.tr(text, "", n)`, so they live in this QObject (context
    `CommandCounts`) rather than in `QCoreApplication.translate` calls."""

    def pages(self, n: int) -> str:
        return self.tr("%n page(s)", "", n)

    def sent(self, n: int) -> str:
        return self.tr("sent %n change(s)", "", n)

    def received(self, n: int) -> str:
        return self.tr("received %n", "", n)

    def requests(self, n: int) -> str:
        return self.tr("%n request(s)", "", n)

    def refused(self, n: int) -> str:
        return self.tr("%n refused by the marketplace", "", n)
