"""What undo and redo outside the window tell the owner: codes with English templates.

Like `photos/messages.py`: the service has no Qt, yet its messages must be translatable, so each
is a code plus a template marked with `QT_TRANSLATE_NOOP` (context `HistoryMessages`, extracted
by `pyside6-lupdate`) and `%1`, `%2`… arguments; the command line prints it in `--lang`.
"""

from __future__ import annotations

from sellerdesk.errors import SellerDeskError
from sellerdesk.messages import QT_TRANSLATE_NOOP, Message

CONTEXT = "HistoryMessages"


TEMPLATES: dict[str, str] = {
    "nothing_to_undo": QT_TRANSLATE_NOOP("HistoryMessages", "Nothing to undo."),
    "nothing_to_redo": QT_TRANSLATE_NOOP("HistoryMessages", "Nothing to redo."),
    "redo_cleared": QT_TRANSLATE_NOOP(
        "HistoryMessages",
        "Nothing to redo: the catalogue was changed after “%1” was undone. Give the step's id "
        "to redo it anyway."),
    "unknown_group": QT_TRANSLATE_NOOP(
        "HistoryMessages",
        "No step that can be undone has the id “%1” (see “sellerdesk history list”)."),
    "ambiguous_group": QT_TRANSLATE_NOOP(
        "HistoryMessages", "“%1” is the start of several steps' ids: give more of it."),
    "already_undone": QT_TRANSLATE_NOOP("HistoryMessages", "“%1” is already undone."),
    "already_done": QT_TRANSLATE_NOOP(
        "HistoryMessages", "“%1” is not undone, so there is nothing to redo."),
    "undo_refused": QT_TRANSLATE_NOOP("HistoryMessages", "“%1” could not be undone: %2"),
    "redo_refused": QT_TRANSLATE_NOOP("HistoryMessages", "“%1” could not be redone: %2"),
}


class HistoryMessage(Message):
    """An undo or redo message, on the shared `sellerdesk.messages.Message`."""

    CONTEXT = CONTEXT
    TEMPLATES = TEMPLATES
    __slots__ = ()


class HistoryError(SellerDeskError):
    """A refused undo or redo: `code` names the template, `args_` fill its `%1`, `%2`…"""

    def __init__(self, code: str, *args: str) -> None:
        self.args_ = tuple(args)
        super().__init__(HistoryMessage(code, *args))
