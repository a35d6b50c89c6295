"""Filling Qt's `%1 %2` placeholders in the command line's translated texts."""

from __future__ import annotations


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
