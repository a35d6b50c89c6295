"""Text from outside (buyers, marketplaces, servers) shown as text, never read as markup.

Qt guesses a format: a label or tooltip whose text looks like HTML is rendered as rich text, and
rich text loads `<img src>` from local files (a buyer named `<img src="/dev/zero">` aborted the
app, issue #23). Labels showing such text are switched to plain text; a tooltip has no switch, so
outside text in a tooltip becomes HTML that says exactly that text.
"""

from __future__ import annotations

from PySide6.QtGui import Qt  # QtCore's Qt plus mightBeRichText and convertFromPlainText
from PySide6.QtWidgets import QLabel


def plain(*labels: QLabel) -> None:
    """Show whatever these labels are given as the characters it is made of."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that shows it literally (a tooltip would render it as HTML when it
    looks like HTML); ordinary text is returned as it is."""
    if Qt.mightBeRichText(text):
        return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
    return text
