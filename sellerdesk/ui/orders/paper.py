"""Laying printed pages out: millimetres, a calm type scale, tables that break across pages
with their header repeated, checkboxes and photo cells, and "page x of y" footers.

Layout happens before painting: blocks are measured and placed on pages first, so every footer
knows the page count, and a table row never splits across a page break. Works on any paged
device (QPdfWriter for "save as PDF", the QPrinter a print dialog configured), at any resolution.
Greys rather than colours: most workshop printers are black and white.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
)

FAMILIES = ["Noto Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "DejaVu Sans"]
MONO = ["Noto Sans Mono", "Consolas", "Menlo", "DejaVu Sans Mono", "Courier New"]
INK = QColor("#1d1d1f")
MUTED = QColor("#63666a")
RULE = QColor("#c9cbce")
BAND = QColor("#f2f2f3")
ACCENT = QColor("#3a3a3c")
MARGIN_MM = 14.0
WRAP = int(Qt.TextFlag.TextWordWrap)


def font(points: float, *, bold: bool = False, mono: bool = False,
         spacing: float = 0.0) -> QFont:
    result = QFont()
    result.setFamilies(MONO if mono else FAMILIES)
    result.setPointSizeF(points)
    result.setBold(bold)
    if spacing:
        result.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
    return result


class Fonts:
    title = font(17, bold=True)
    shop = font(13, bold=True)
    heading = font(7.5, bold=True, spacing=0.6)
    body = font(9.5)
    body_bold = font(9.5, bold=True)
    big = font(11)
    number = font(13, bold=True)
    small = font(8)
    mono = font(8.5, mono=True)


class Canvas:
    """A painter on a paged device, measured in millimetres."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.dpmm = device.logicalDpiX() / 25.4
        self.width = device.width() / self.dpmm
        self.height = device.height() / self.dpmm
        self.left = MARGIN_MM
        self.right = self.width - MARGIN_MM
        self.top = MARGIN_MM
        self.bottom = self.height - MARGIN_MM

    def px(self, mm: float) -> float:
        return mm * self.dpmm

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.px(x), self.px(y), self.px(w), self.px(h))

    def metrics(self, which: QFont) -> QFontMetricsF:
        return QFontMetricsF(which, self.device)

    def text_height(self, text: str, which: QFont, width: float) -> float:
        """Height in mm of `text` wrapped to `width` mm (0 for no text)."""
        if not text:
            return 0.0
        box = self.metrics(which).boundingRect(QRectF(0, 0, self.px(width), 1e7), WRAP, text)
        return box.height() / self.dpmm

    def text(self, x: float, y: float, w: float, text: str, which: QFont, *,
             color: QColor = INK, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        """Draw wrapped text from its top-left corner; returns its height in mm."""
        height = self.text_height(text, which, w)
        if height:
            self.painter.setFont(which)
            self.painter.setPen(color)
            self.painter.drawText(self.rect(x, y, w, height + 0.5),
                                  int(align | Qt.AlignmentFlag.AlignTop) | WRAP, text)
        return height

    def line(self, x1: float, y1: float, x2: float, y2: float, *, color: QColor = RULE,
             width: float = 0.25) -> None:
        self.painter.setPen(QPen(color, self.px(width)))
        self.painter.drawLine(QPointF(self.px(x1), self.px(y1)), QPointF(self.px(x2), self.px(y2)))

    def fill(self, x: float, y: float, w: float, h: float, color: QColor) -> None:
        self.painter.fillRect(self.rect(x, y, w, h), color)

    def checkbox(self, x: float, y: float, size: float = 4.2) -> None:
        path = QPainterPath()
        path.addRoundedRect(self.rect(x, y, size, size), self.px(0.6), self.px(0.6))
        self.painter.setPen(QPen(INK, self.px(0.3)))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawPath(path)

    def photo(self, x: float, y: float, size: float, image: QImage | None) -> None:
        """A product photo fitted in a square, or a quiet placeholder where there is none."""
        box = self.rect(x, y, size, size)
        if image is not None and not image.isNull():
            scaled = image.scaled(int(box.width()), int(box.height()),
                                  Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            left = box.left() + (box.width() - scaled.width()) / 2
            top = box.top() + (box.height() - scaled.height()) / 2
            self.painter.drawImage(QPointF(left, top), scaled)
            return
        path = QPainterPath()
        path.addRoundedRect(box, self.px(1), self.px(1))
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(BAND)
        self.painter.drawPath(path)
        # a small "picture" glyph: a frame, a sun and a hill
        glyph = self.rect(x + size * 0.3, y + size * 0.32, size * 0.4, size * 0.34)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.setPen(QPen(RULE, self.px(0.3)))
        self.painter.drawRoundedRect(glyph, self.px(0.4), self.px(0.4))
        hill = QPainterPath()
        hill.moveTo(glyph.left(), glyph.bottom())
        hill.lineTo(glyph.left() + glyph.width() * 0.4, glyph.top() + glyph.height() * 0.45)
        hill.lineTo(glyph.left() + glyph.width() * 0.65, glyph.top() + glyph.height() * 0.7)
        hill.lineTo(glyph.right(), glyph.top() + glyph.height() * 0.5)
        self.painter.drawPath(hill)
        self.painter.drawEllipse(QPointF(glyph.left() + glyph.width() * 0.75,
                                         glyph.top() + glyph.height() * 0.28),
                                 self.px(size * 0.035), self.px(size * 0.035))


Paint = Callable[[Canvas, float], None]  # (canvas, top in mm)


@dataclass
class Block:
    height: float
    paint: Paint
    repeat: Block | None = None  # a table's header, repeated on each page the table reaches


@dataclass
class Page:
    section: int
    blocks: list[tuple[float, Block]] = field(default_factory=list)


@dataclass
class Frame:
    """What every page carries: header and footer painters and the height they take."""

    header_height: float
    header: Callable[[Canvas, Page, int, int], None]
    footer_height: float
    footer: Callable[[Canvas, Page, int, int], None]  # (page, number in section, of)


class Flow:
    """Places blocks on pages top to bottom; `new_section` starts a page (and numbering)."""

    GAP = 0.0

    def __init__(self, canvas: Canvas, frame: Frame) -> None:
        self.canvas = canvas
        self.frame = frame
        self.pages: list[Page] = []
        self._section = -1
        self._y = 0.0
        self.new_section()

    @property
    def top(self) -> float:
        return self.canvas.top + self.frame.header_height

    @property
    def limit(self) -> float:
        return self.canvas.bottom - self.frame.footer_height

    def new_section(self) -> None:
        self._section += 1
        self._new_page()

    def _new_page(self) -> None:
        self.pages.append(Page(self._section))
        self._y = self.top

    def space(self, mm: float) -> None:
        self._y += mm

    def room(self) -> float:
        return self.limit - self._y

    def add(self, block: Block, *, keep: float = 0.0) -> None:
        """Place `block`; it moves to a new page when it (plus `keep` mm that must follow it
        on the same page) does not fit."""
        page = self.pages[-1]
        if self._y + block.height + keep > self.limit and page.blocks:
            self._new_page()
            if block.repeat is not None:
                self.add(block.repeat)
        self.pages[-1].blocks.append((self._y, block))
        self._y += block.height

    def paint(self) -> int:
        """Paint every page (the device's first page is already open); returns the count."""
        in_section: dict[int, int] = {}
        for page in self.pages:
            in_section[page.section] = in_section.get(page.section, 0) + 1
        seen: dict[int, int] = {}
        for index, page in enumerate(self.pages):
            if index:
                self.canvas.device.newPage()
            seen[page.section] = seen.get(page.section, 0) + 1
            of = in_section[page.section]
            self.frame.header(self.canvas, page, seen[page.section], of)
            for top, block in page.blocks:
                block.paint(self.canvas, top)
            self.frame.footer(self.canvas, page, seen[page.section], of)
        return len(self.pages)


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # mm; 0 takes what the others leave
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    kind: str = "text"  # text | check | photo


@dataclass(frozen=True)
class Cell:
    text: str = ""
    detail: str = ""  # a smaller grey line (or lines) under the text
    code: str = ""  # a monospaced line, for SKUs
    strong: bool = False
    big: bool = False
    image: QImage | None = None


PAD = 1.6
PHOTO = 11.0


class Table:
    """A table of the full content width whose rows never split across pages."""

    def __init__(self, canvas: Canvas, columns: Sequence[Column]) -> None:
        self.canvas = canvas
        self.columns = list(columns)
        fixed = sum(c.width for c in columns)
        flexible = [c for c in columns if not c.width] or [columns[-1]]
        share = (canvas.right - canvas.left - fixed) / len(flexible)
        self.widths = [c.width or share for c in columns]

    def _x(self, index: int) -> float:
        return self.canvas.left + sum(self.widths[:index])

    def header(self) -> Block:
        c = self.canvas
        height = max(c.text_height(column.title.upper() or "A", Fonts.heading, width - 2 * PAD)
                     for column, width in zip(self.columns, self.widths, strict=True)) + 2 * PAD

        def paint(canvas: Canvas, top: float) -> None:
            for index, column in enumerate(self.columns):
                canvas.text(self._x(index) + PAD, top + PAD, self.widths[index] - 2 * PAD,
                            column.title.upper(), Fonts.heading, color=MUTED,
                            align=column.align)
            canvas.line(canvas.left, top + height, canvas.right, top + height, color=INK,
                        width=0.35)

        return Block(height, paint)

    def _cell_height(self, cell: Cell, column: Column, width: float) -> float:
        c = self.canvas
        if column.kind == "check":
            return 4.2
        if column.kind == "photo":
            return PHOTO
        inner = width - 2 * PAD
        main = Fonts.number if cell.big else (Fonts.body_bold if cell.strong else Fonts.body)
        height = c.text_height(cell.text, main, inner)
        if cell.detail:
            height += 0.6 + c.text_height(cell.detail, Fonts.small, inner)
        if cell.code:
            height += 0.6 + c.text_height(cell.code, Fonts.mono, inner)
        return height

    def row(self, cells: Sequence[Cell], *, shaded: bool = False, header: Block | None = None
            ) -> Block:
        heights = [self._cell_height(cell, column, width)
                   for cell, column, width in zip(cells, self.columns, self.widths, strict=True)]
        height = max(heights) + 2 * PAD + 0.6

        def paint(canvas: Canvas, top: float) -> None:
            if shaded:
                canvas.fill(canvas.left, top, canvas.right - canvas.left, height, BAND)
            for index, (cell, column) in enumerate(zip(cells, self.columns, strict=True)):
                x, width = self._x(index), self.widths[index]
                inner = width - 2 * PAD
                y = top + PAD + 0.3
                if column.kind == "check":
                    canvas.checkbox(x + (width - 4.2) / 2, y)
                    continue
                if column.kind == "photo":
                    canvas.photo(x + (width - PHOTO) / 2, y, PHOTO, cell.image)
                    continue
                main = Fonts.number if cell.big else (
                    Fonts.body_bold if cell.strong else Fonts.body)
                y += canvas.text(x + PAD, y, inner, cell.text, main, align=column.align)
                if cell.detail:
                    y += 0.6 + canvas.text(x + PAD, y + 0.6, inner, cell.detail, Fonts.small,
                                           color=MUTED, align=column.align)
                if cell.code:
                    canvas.text(x + PAD, y + 0.6, inner, cell.code, Fonts.mono, color=MUTED,
                                align=column.align)
            canvas.line(canvas.left, top + height, canvas.right, top + height)

        return Block(height, paint, repeat=header)
