"""A tracking number that can be no carrier's ("!!") is an error in the ship dialog, not a soft
hint (issue #16, item 6): for a carrier whose format is not known, Ship stays disabled until
the owner explicitly ticks "use it anyway", and the request then says the check was overridden.
The real window on the demo shop, the dialog opened as staff open it."""

from __future__ import annotations

from typing import Any

from sellerdesk.ui.main_window import MainWindow
from sellerdesk.ui.orders.ship_dialog import ShipDialog
from tests.ui.conftest import wait_until
from tests.ui.orders.test_orders_page import open_order, ready_number


def test_bang_bang_needs_an_explicit_override_for_an_unchecked_carrier(
        orders_window: MainWindow, run: Any) -> None:
    window, page = orders_window, orders_window.orders

    async def scenario() -> None:
        await wait_until(lambda: page.model.rowCount() > 0)
        await open_order(window, ready_number(window))
        page.ship_current()
        await wait_until(lambda: isinstance(page.actions.dialog, ShipDialog))
        dialog: ShipDialog = page.actions.dialog
        dialog.carrier.setCurrentIndex(dialog.carrier.findData("brt"))  # format not public
        dialog.tracking.setText("!!")
        assert not dialog.ok.isEnabled(), "“!!” was accepted as a BRT tracking number"
        assert dialog.hint.text() == ("“!!” is not a tracking number: they are letters and "
                                      "digits, at least 5 of them. Check it against the label.")
        assert dialog.anyway.isVisibleTo(dialog) and not dialog.anyway.isChecked()
        dialog.anyway.setChecked(True)  # the owner insists: theirs to decide, explicitly
        assert dialog.ok.isEnabled()
        assert dialog.request().format_confirmed
        dialog.anyway.setChecked(False)
        dialog.tracking.setText("0123 4567 8901")  # a BRT-like number: only a calm hint
        assert dialog.ok.isEnabled() and not dialog.anyway.isVisibleTo(dialog)
        assert "not known here" in dialog.hint.text()
        assert not dialog.request().format_confirmed
        dialog.reject()

    run(scenario())
