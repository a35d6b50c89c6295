"""Connecting a marketplace account from the window: the login page opens in the browser, the
window waits (cancellable) for it to come back, the tokens go to the keyring.

What goes wrong is said in the dialog, often in the marketplace's own words: plain text, never
markup (issue #23)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.errors import SellerDeskError
from sellerdesk.marketplaces.base import MarketplaceError
from sellerdesk.secrets import SecretStore
from sellerdesk.sync.accounts import remember
from sellerdesk.sync.addresses import secure_enough
from sellerdesk.sync.login import AliExpressLogin, BrowserLogin
from sellerdesk.ui.context import AppContext
from sellerdesk.ui.plain_text import plain

translate = QCoreApplication.translate
ALIEXPRESS_URL = "https://api-sg.aliexpress.com"  # the IOP gateway for sellers outside China


def valid_url(text: str) -> bool:
    """https, or plain http on this computer only (the login would refuse it later anyway)."""
    return secure_enough(text)


class ConnectDialog(QDialog):
    """Emits `connected(account_id)` once the account is stored; the window starts the sync."""

    connected = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("ConnectDialog", "Connect a marketplace account"))
        self.setMinimumWidth(520)
        self._cancel = threading.Event()
        self._login: BrowserLogin | None = None

        self.marketplace = QComboBox(self)
        self.marketplace.addItem("AliExpress", "aliexpress")
        self.marketplace.addItem(translate("ConnectDialog", "Marketplace with the SellerDesk API "
                                                            "(e.g. the sandbox)"), "rest")
        self.marketplace.setAccessibleName(translate("ConnectDialog", "Marketplace"))
        self.url = QLineEdit(ALIEXPRESS_URL, self)
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(translate("ConnectDialog", "Marketplace address"))
        self.app_key = QLineEdit(self)
        self.app_key.setAccessibleName(translate("ConnectDialog", "App key"))
        self.app_secret = QLineEdit(self)
        self.app_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_secret.setAccessibleName(translate("ConnectDialog", "App secret"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("ConnectDialog", "e.g. Bottega Rossi on the "
                                                                "marketplace"))
        self.form = QFormLayout()
        self.form.addRow(translate("ConnectDialog", "Marketplace:"), self.marketplace)
        self.form.addRow(translate("ConnectDialog", "Address:"), self.url)
        self.form.addRow(translate("ConnectDialog", "App key:"), self.app_key)
        self.form.addRow(translate("ConnectDialog", "App secret:"), self.app_secret)
        self.form.addRow(translate("ConnectDialog", "Name:"), self.name)
        self.marketplace.currentIndexChanged.connect(self._kind_changed)
        form = self.form

        self.explain = QLabel(translate(
            "ConnectDialog",
            "The marketplace's login page opens in your web browser. Log in there and allow "
            "SellerDesk; this window carries on by itself. Passwords and tokens are kept in "
            "the system's keyring, never in the shop's files."), self)
        self.explain.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        plain(self.message)
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(
            translate("ConnectDialog", "Log in…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.start_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._kind_changed()

    @property
    def kind(self) -> str:
        return str(self.marketplace.currentData())

    def select(self, kind: str) -> None:
        self.marketplace.setCurrentIndex(self.marketplace.findData(kind))

    def _kind_changed(self) -> None:
        aliexpress = self.kind == "aliexpress"
        for field in (self.app_key, self.app_secret):
            self.form.setRowVisible(field, aliexpress)
        if aliexpress and not self.url.text().strip():
            self.url.setText(ALIEXPRESS_URL)
        elif not aliexpress and self.url.text().strip() == ALIEXPRESS_URL:
            self.url.clear()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828" if error else "")
        self.message.setText(text)
        self.message.show()

    def _busy(self, busy: bool) -> None:
        for widget in (self.marketplace, self.url, self.app_key, self.app_secret, self.name,
                       self.connect_button):
            widget.setEnabled(not busy)

    def start_login(self) -> None:
        url = self.url.text().strip()
        if not valid_url(url):
            self._say(translate("ConnectDialog", "Enter the marketplace's address, starting "
                                                 "with https://"), error=True)
            self.url.setFocus()
            return
        key, secret = self.app_key.text().strip(), self.app_secret.text().strip()
        if self.kind == "aliexpress" and not (key and secret):
            self._say(translate("ConnectDialog", "Enter the app key and app secret of your "
                                                 "AliExpress app (from the AliExpress Open "
                                                 "Platform console)."), error=True)
            (self.app_secret if key else self.app_key).setFocus()
            return
        self._cancel.clear()
        self._busy(True)
        try:
            login = (AliExpressLogin(url, key, secret) if self.kind == "aliexpress"
                     else BrowserLogin(url))
        except OSError as exc:  # no loopback port: very unusual, but say so
            self._busy(False)
            self._say(str(exc), error=True)
            return
        self._login = login
        if not login.automatic:
            if not QDesktopServices.openUrl(QUrl(login.page)):
                self._say(translate("ConnectDialog", "No web browser could be opened. Open "
                                                     "this address in one to log in:\n%1")
                          .replace("%1", login.page))
            else:
                self._say(translate("ConnectDialog", "Waiting for you to log in in the web "
                                                     "browser…"))
        else:
            self._say(translate("ConnectDialog", "Logging in…"))
        self.ctx.jobs.start(self._finish(login, url, self.name.text().strip()),
                            name="account-login")

    async def _finish(self, login: BrowserLogin, url: str, name: str) -> None:
        try:
            if login.automatic:
                await self.ctx.jobs.in_thread(login.approve_here)
            tokens = await self.ctx.jobs.in_thread(login.finish, self._cancel)
            if not name and login.marketplace == "aliexpress":
                name = f"AliExpress {tokens.get('user_nick', '')}".strip()
            account_id = await self.ctx.jobs.in_thread(
                lambda: remember(self.ctx.database, SecretStore(), url, tokens, name,
                                 marketplace=login.marketplace))
        except (SellerDeskError, MarketplaceError) as exc:
            if not self._cancel.is_set():
                self._busy(False)
                self._say(translate("ConnectDialog", "Not connected: %1").replace("%1", str(exc)),
                          error=True)
            return
        finally:
            login.close()
            self._login = None
        self.connected.emit(account_id)
        self.accept()

    def done(self, result: Any) -> None:
        self._cancel.set()  # closed while waiting for the browser: the login stops at once
        super().done(result)
