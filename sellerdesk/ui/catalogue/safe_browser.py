"""A text browser that shows sanitised descriptions and refuses to fetch anything.

The catalogue's sanitiser already removes images, styles and scripts; this is the second wall.
Qt's rich text would load `<img src>` from a local file or a `qrc:` path and would follow links
inside the widget; here every resource request is refused (and counted, so tests can prove it),
links neither navigate nor open a browser, and the document has no default style sheet to import
from. Nothing the browser shows can reach the network or the disk.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafeTextBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDefaultStyleSheet("")
        # An unbreakable megabyte ("xxxx…") costs seconds to lay out at word boundaries and
        # milliseconds when lines may break anywhere.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.refused: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Refuse every image, style sheet and document the HTML asks for.

        The refusal is an empty value of the asked kind, never None: for None Qt goes on to
        read the file itself (a `file:` URL, a bare path, `/dev/zero`), which is what this
        class exists to prevent."""
        self.refused.append(name.toString() if isinstance(name, QUrl) else str(name))
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            return QImage()
        return ""

    def setSource(self, name: QUrl, kind: Any = None) -> None:
        """Never navigate: a description is a page of its own, not a web browser."""
        self.refused.append(name.toString())
