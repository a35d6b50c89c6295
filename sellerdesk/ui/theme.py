"""The window's few signal colours (fine, needs attention, wrong, quiet) in one place.

Each tone has a shade for light windows and one for dark ones, chosen from the palette in use,
so a red that reads on white is not lost on a dark window (dark mode follows the system).
Widgets are tinted through their palette, not with inline style sheets, so no markup is needed
to colour a label: it can stay plain text.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


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


# -- the few more the tables and the sidebar need ---------------------------------------------

SYNC_TONES = {"synced": Tone.OK, "pending": Tone.QUIET, "conflict": Tone.WARNING,
              "rejected": Tone.ERROR}
_ICON_STROKE = 'stroke="#5f6b7a"'  # the one ink colour of the line icons in ui/icons


def muted_text(palette: QPalette | None = None) -> QColor:
    """Text for rows that wait on someone else (an unpaid order): halfway between the text and
    the background, so it reads as quieter in light and dark alike, yet stays legible."""
    palette = palette if palette is not None else QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor((text.red() * 11 + base.red() * 9) // 20,
                  (text.green() * 11 + base.green() * 9) // 20,
                  (text.blue() * 11 + base.blue() * 9) // 20)


def line_icon(svg: Path, palette: QPalette | None = None, size: int = 22,
              ratio: float = 2.0) -> QIcon:
    """A line icon inked in the palette's text colour, and in its highlighted-text colour when
    selected: a fixed grey vanishes on a dark window and on the selection's blue."""
    palette = palette if palette is not None else QApplication.palette()
    source = svg.read_text(encoding="utf-8")
    icon = QIcon()
    for mode, role in ((QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
                       (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
                       (QIcon.Mode.Active, QPalette.ColorRole.WindowText)):
        ink = palette.color(role).name()
        renderer = QSvgRenderer(QByteArray(source.replace(_ICON_STROKE,
                                                          f'stroke="{ink}"').encode()))
        pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap, mode)
    return icon


def show_focus(view: QAbstractItemView, focused: bool) -> None:
    """The selection of a list or table in the highlight colour while it has the keyboard
    focus, in the palette's grey when it has not: which list the keys act on is always seen.
    Only the two roles are set on the view, so every other colour follows the desktop's (a
    style sheet would pin the palette it was polished with and miss a switch to dark)."""
    palette = view.palette()
    app = QApplication.palette(view)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        if focused:
            palette.setColor(group, QPalette.ColorRole.Highlight,
                             app.color(group, QPalette.ColorRole.Highlight))
            palette.setColor(group, QPalette.ColorRole.HighlightedText,
                             app.color(group, QPalette.ColorRole.HighlightedText))
        else:
            palette.setColor(group, QPalette.ColorRole.Highlight,
                             app.color(QPalette.ColorRole.Mid))
            palette.setColor(group, QPalette.ColorRole.HighlightedText,
                             app.color(QPalette.ColorRole.Text))
    view.setPalette(palette)
