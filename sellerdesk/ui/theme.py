"""The window's few signal colours (fine, needs attention, wrong, quiet) in one place.

Each tone has a shade for light windows and one for dark ones, chosen from the palette in use,
so a red that reads on white is not lost on a dark window (dark mode follows the system).
Widgets are tinted through their palette, not with inline style sheets, so no markup is needed
to colour a label: it can stay plain text.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


class Tone(Enum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    QUIET = "quiet"


_LIGHT = {Tone.OK: "#2e7d32", Tone.WARNING: "#e65100", Tone.ERROR: "#c62828"}
_DARK = {Tone.OK: "#81c784", Tone.WARNING: "#ffb74d", Tone.ERROR: "#ef9a9a"}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The shade of `tone` that reads on `palette` (the application's by default)."""
    palette = palette if palette is not None else QApplication.palette()
    if tone is Tone.QUIET:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return QColor((_DARK if is_dark(palette) else _LIGHT)[tone])


def tint(widget: QWidget, tone: Tone | None) -> None:
    """Colour a widget's text with `tone`, or give it back the palette's own (None)."""
    palette = QApplication.palette(widget)
    if tone is not None:
        palette.setColor(QPalette.ColorRole.WindowText, colour(tone, palette))
    widget.setPalette(palette)
