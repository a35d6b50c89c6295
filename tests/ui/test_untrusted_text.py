"""Text from outside is shown as text (issue #23): a buyer who names themselves
`<img src="file:///…">` must not make the window read a file (with `/dev/zero` it aborted).

End to end: a buyer orders on the sandbox marketplace with markup in every field, the shop
pulls the order over HTTP, ships it with a carrier code the marketplace refuses (its error
message quotes the code back) and flags a problem with markup in it. Then every label, text box
and tooltip of the order detail pane, the ship dialog and the connect dialog (fed a login refused
by a server whose message is markup) is painted, and the trap files the markup points at, watched
with inotify, must never have been opened; the markup must be on screen as the characters it is.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget

from sellerdesk.paths import DataDir
from sellerdesk.ui.main_window import ORDERS, MainWindow
from sellerdesk.ui.orders.order_model import STATUS
from sellerdesk.ui.orders.ship_dialog import ShipDialog
from sellerdesk.ui.sync.connect_dialog import ConnectDialog
from tests.keyrings import MemoryKeyring
from tests.sandboxes import SYNC_DEFAULTS, sandboxes
from tests.sync.sync_helpers import Client, Server
from tests.ui import file_traps
from tests.ui.conftest import wait_until
from tests.ui.orders.test_orders_page import open_order

pytestmark = pytest.mark.skipif(not file_traps.SUPPORTED,
                                reason="watches file opens with Linux inotify")


@pytest.fixture
def trap() -> Iterator[file_traps.FileTrap]:
    """Trap files under a short path: a product title holds at most 200 characters."""
    folder = Path(tempfile.mkdtemp(prefix="trap-"))
    watched = file_traps.FileTrap(folder)
    yield watched
    watched.close()
    shutil.rmtree(folder, ignore_errors=True)


class Hostile:
    """What the buyer, the marketplace and staff wrote, each a different piece of markup."""

    def __init__(self, trap: file_traps.FileTrap) -> None:
        self.buyer = trap.hostile_markup("Mario Rossi")
        self.email = trap.hostile_markup("mario@example.com")
        self.street = trap.hostile_markup("Via Roma 1")
        self.city = trap.hostile_markup("Firenze")
        self.title = f'<img src="{trap.png}"><b>Divano</b>'  # the marketplace's product title
        self.carrier = f'<img src="{trap.png}">Poste'  # a code the marketplace does not know
        self.problem = trap.hostile_markup("Indirizzo incompleto")
        self.notes = trap.hostile_markup("Chiamare prima")


def shop_with_hostile_order(data: DataDir, words: Hostile) -> str:
    """The order placed on the sandbox, pulled into `data`'s database over HTTP, shipped with
    a carrier the marketplace refuses, flagged, noted. Returns its number."""
    with sandboxes(SYNC_DEFAULTS) as start:
        server = Server(start())
        server.create_product("DIV-1", words.title)
        order = server.admin("POST", "/orders", json={
            "lines": [{"sku": "DIV-1", "quantity": 2}],
            "buyer": {"name": words.buyer, "email": words.email, "country": "IT"},
            "shipping_address": {"name": words.buyer, "street": words.street,
                                 "city": words.city, "postal_code": "50100", "country": "IT"}})
        server.admin("POST", f"/orders/{order['id']}/pay")
        client = Client.connect(data.database, server.url, "shop")
        try:
            assert client.sync().error is None
            number = str(order["number"])
            client.orders.ship(number, words.carrier, "AB123", lines={"DIV-1": 1})
            report = client.sync()
            assert report.pushed.rejected == 1  # the marketplace's words come back
            client.orders.flag_problem(number, words.problem)
            local = client.order_by_number(number)
            assert local is not None
            client.orders.set_notes(local.id, words.notes)
        finally:
            client.close()
    return number


# -- what a person sees ----------------------------------------------------------------------


def shown(widget: QWidget) -> str:
    """The characters a person reads in a label or text box."""
    if isinstance(widget, QLabel):
        text, kind = widget.text(), widget.textFormat()
        if kind == GuiQt.TextFormat.PlainText or (
                kind == GuiQt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
            return text
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    assert isinstance(widget, (QTextEdit, QPlainTextEdit))
    return widget.toPlainText()


def paint_everything(root: QWidget, keep: list[QWidget]) -> list[QWidget]:
    """Paint `root`, each label and text box in it, and each tooltip as QToolTip would (a
    label left to guess the format). Returns the painted text widgets; tooltip labels are kept
    alive in `keep` until the caller has read them."""
    root.grab()
    painted: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QTextEdit, QPlainTextEdit)):
            widget.grab()
            painted.append(widget)
        if widget.toolTip():
            tip = QLabel(widget.toolTip())
            tip.grab()
            keep.append(tip)
            painted.append(tip)
    return painted


def assert_inert(trap: file_traps.FileTrap, painted: list[QWidget], *expected: str) -> None:
    assert trap.opened() == [], "a widget read a file named in outside text"
    texts = [shown(widget) for widget in painted]
    for words in expected:
        assert any(words in text for text in texts), f"not shown literally: {words}"


# -- the test --------------------------------------------------------------------------------


class RefusingMarketplace:
    """A marketplace on 127.0.0.1 whose login page sends the browser back with a refusal whose
    description is markup (OAuth's `error_description`, shown to the owner)."""

    def __init__(self, description: str) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                back = (f"{query.get('redirect_uri', '')}?state={quote(query.get('state', ''))}"
                        f"&error=access_denied&error_description={quote(owner.description)}")
                self.send_response(302)
                self.send_header("Location", back)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        self.description = description
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def test_outside_text_is_shown_as_text_and_loads_nothing(
        data_dir: DataDir, make_window: Any, run: Any, memory_keyring: MemoryKeyring,
        trap: file_traps.FileTrap) -> None:
    words = Hostile(trap)
    number = shop_with_hostile_order(data_dir, words)
    assert trap.opened() == []  # nothing so far has any reason to read the trap files
    window: MainWindow = make_window(data_dir)
    page = window.orders
    keep: list[QWidget] = []
    refusing = RefusingMarketplace(trap.hostile_markup("Access denied"))

    async def scenario() -> None:
        window.sidebar.setCurrentRow(ORDERS)
        await wait_until(lambda: page.model.rowCount() == 1)
        await open_order(window, number)
        detail = page.detail
        await wait_until(lambda: detail.sync_banner.isVisibleTo(detail))

        # The detail pane: buyer, address, items, the refused shipment, the problem, history.
        painted = paint_everything(detail, keep)
        status_tip = page.model.data(page.model.index(0, STATUS), GuiQt.ItemDataRole.ToolTipRole)
        tip = QLabel(status_tip)
        tip.grab()
        keep.append(tip)
        # (an Italian label writes the town in capitals)
        assert_inert(trap, [*painted, tip], words.buyer, words.email, words.street,
                     words.city.upper(), words.title, words.problem, words.notes, words.carrier,
                     f"unknown carrier '{words.carrier}'")
        assert "<img" in shown(detail.buyer) and "<img" in shown(tip)

        # The ship dialog, for the unit left to ship and to correct the refused shipment.
        page.ship_current()
        await wait_until(lambda: isinstance(page.actions.dialog, ShipDialog))
        dialog = page.actions.dialog
        assert_inert(trap, paint_everything(dialog, keep), words.buyer, words.city)
        dialog.reject()
        await wait_until(lambda: page.actions.dialog is None)
        detail.edit_shipment.emit(detail.order.shipments[0].id)
        await wait_until(lambda: isinstance(page.actions.dialog, ShipDialog))
        dialog = page.actions.dialog
        assert dialog.carrier_code() == words.carrier
        assert_inert(trap, paint_everything(dialog, keep), words.buyer, words.carrier)
        dialog.reject()
        await wait_until(lambda: page.actions.dialog is None)

        # The connect dialog, told "no" by a marketplace whose message is markup.
        connect = ConnectDialog(window.ctx, window)
        keep.append(connect)
        connect.select("rest")
        connect.url.setText(refusing.url)
        connect.show()
        connect.connect_button.click()
        await wait_until(lambda: "Not connected" in connect.message.text(), timeout=30)
        assert_inert(trap, paint_everything(connect, keep), "Access denied",
                     refusing.description)
        connect.reject()

    try:
        run(scenario())
    finally:
        refusing.close()
