"""Issue #15 as the owner meets it: a pass that fails is said in words in the status bar and
under "Last error" until one succeeds, "Sync now" always comes back (after a pass that raised,
or one that runs past its time budget), and with no account the window says changes stay here.

A real SyncEngine on a real sandbox over 127.0.0.1; faults are put inside the real pass."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from sellerdesk.catalogue.inputs import ProductInput, VariantInput
from sellerdesk.paths import DataDir
from sellerdesk.sandbox.embedded import RunningSandbox, start_sandbox
from sellerdesk.secrets import SecretStore
from sellerdesk.sync import accounts
from sellerdesk.sync.engine import SyncEngine
from sellerdesk.sync.push import Pusher
from sellerdesk.ui.main_window import SYNC
from sellerdesk.ui.sync.setup import start_sync
from tests.keyrings import MemoryKeyring
from tests.ui.conftest import wait_until

NO_ACCOUNT = "No marketplace connected: changes stay on this computer"


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    with start_sandbox(seed="empty", audit_delay=0.0) as running:
        yield running


def _line(window: Any) -> str:
    bar = window.status
    return " ".join(label.text() for label in (bar.connection, bar.problem, bar.pending,
                                               bar.last_sync) if not label.isHidden())


def _add_product(window: Any, sku: str) -> None:
    window.ctx.catalogue.create_product(ProductInput(
        texts={"it": {"title": f"Vaso {sku}", "description": ""}},
        variants=[VariantInput(sku=sku, price_minor=2_500)]))


def _stop(window: Any, run: Any) -> None:
    controller = window.sync_controller
    if controller is not None:
        controller.stop()
        run(wait_until(lambda: not controller.engine.status.running, timeout=30))


def test_no_account_says_changes_stay_on_this_computer(data_dir: DataDir, make_window: Any,
                                                       run: Any) -> None:
    window = make_window(data_dir)
    page = window.sync

    async def scenario() -> None:
        assert await start_sync(window.ctx, window) is None  # no account in this shop
        window.sidebar.setCurrentRow(SYNC)
        assert window.status.connection.text() == NO_ACCOUNT
        assert page.account.text() == NO_ACCOUNT
        assert not page.sync_now.isEnabled() and page.connect_button.isVisible()
        empty = page.listing.empty
        await wait_until(lambda: page.listing.currentWidget() is empty
                         and empty.title.text() == "No changes waiting")
        assert empty.body.text() == NO_ACCOUNT  # not "all changes are on the marketplace"
        _add_product(window, "NOACC-1")
        window.refresh_status()
        await wait_until(lambda: "1 change(s) waiting" in _line(window))
        line = _line(window)
        assert "All changes saved" not in line and "Online" not in line, line

    run(scenario())


def test_a_failed_pass_is_shown_in_words_until_a_pass_succeeds(
        data_dir: DataDir, make_window: Any, run: Any, sandbox: RunningSandbox,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's IntegrityError, met inside a real pass: the engine reports it, and the
    window shows it (kind and message) on the status bar and under "Last error"."""
    window = make_window(data_dir)
    ctx, page = window.ctx, window.sync
    accounts.connect(ctx.database, SecretStore(), sandbox.url, "Bottega Rossi")
    _add_product(window, "FAIL-1")
    broken = True
    push = Pusher.push

    def failing_push(self: Pusher) -> Any:
        if broken:
            raise sqlite3.IntegrityError("UNIQUE constraint failed: variants.sku")
        return push(self)

    monkeypatch.setattr(Pusher, "push", failing_push)

    async def scenario() -> None:
        nonlocal broken
        controller = await start_sync(ctx, window, interval=3600)
        assert controller is not None
        window.sidebar.setCurrentRow(SYNC)
        await wait_until(lambda: page.problem.isVisible())
        await wait_until(page.sync_now.isEnabled)
        words = "Unexpected error: SellerDesk met an unexpected problem; the details are in the log"
        assert page.problem.text().startswith(words)
        assert page.sync_now.text() == "Sync now"
        line = _line(window)
        assert "Sync failed" in line and words in line, line
        assert "1 change(s) waiting" in line and "All changes saved" not in line

        broken = False
        page.sync_now.click()
        assert not page.sync_now.isEnabled() and page.sync_now.text() == "Syncing…"
        await wait_until(lambda: controller.status.last_error is None
                         and not controller.status.running, timeout=30)
        await wait_until(lambda: page.problem.isHidden() and page.sync_now.isEnabled())
        window.refresh_status()
        await wait_until(lambda: "All changes saved" in _line(window))
        assert "Sync failed" not in _line(window)

    try:
        run(scenario())
    finally:
        _stop(window, run)


def test_sync_now_comes_back_after_a_pass_that_raised(
        data_dir: DataDir, make_window: Any, run: Any, sandbox: RunningSandbox,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defence in depth: should a pass ever raise out of the engine, the button and the
    status still end, the error is shown, and the next "Sync now" does run a pass."""
    window = make_window(data_dir)
    ctx, page = window.ctx, window.sync
    accounts.connect(ctx.database, SecretStore(), sandbox.url, "Bottega Rossi")
    raising = True
    sync_once = SyncEngine.sync_once

    def raising_pass(self: SyncEngine, *args: Any) -> Any:
        if raising:
            raise RuntimeError("the pass fell over")
        return sync_once(self, *args)

    monkeypatch.setattr(SyncEngine, "sync_once", raising_pass)

    async def scenario() -> None:
        nonlocal raising
        controller = await start_sync(ctx, window, interval=3600)
        assert controller is not None
        window.sidebar.setCurrentRow(SYNC)
        await wait_until(lambda: page.problem.isVisible())
        assert "unexpected problem" in page.problem.text()  # in words; the class is logged
        empty = page.listing.empty
        await wait_until(lambda: page.listing.currentWidget() is empty)
        assert empty.title.text() == "No changes waiting"  # no pass has said "all sent"
        page.sync_now.click()
        assert not page.sync_now.isEnabled()
        await wait_until(page.sync_now.isEnabled)  # the second raise ends the wait too
        assert page.sync_now.text() == "Sync now" and page.problem.isVisible()

        raising = False
        page.sync_now.click()
        await wait_until(lambda: controller.status.last_success is not None, timeout=30)
        await wait_until(lambda: page.problem.isHidden() and page.sync_now.isEnabled())
        await wait_until(lambda: empty.title.text() == "All changes are on the marketplace")

    try:
        run(scenario())
    finally:
        _stop(window, run)


def test_a_pass_past_its_budget_says_so_and_gives_the_button_back(
        data_dir: DataDir, make_window: Any, run: Any, sandbox: RunningSandbox,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(data_dir)
    ctx, page = window.ctx, window.sync
    accounts.connect(ctx.database, SecretStore(), sandbox.url, "Bottega Rossi")
    release = threading.Event()
    push = Pusher.push

    def stuck_push(self: Pusher) -> Any:
        release.wait(30)  # a marketplace that never answers, bounded for the test
        return push(self)

    monkeypatch.setattr(Pusher, "push", stuck_push)

    async def scenario() -> None:
        controller = await start_sync(ctx, window, interval=3600, pass_budget=0.3)
        assert controller is not None
        window.sidebar.setCurrentRow(SYNC)
        await wait_until(lambda: controller.status.running)
        await wait_until(page.notice.isVisible)
        assert page.sync_now.isEnabled() and page.sync_now.text() == "Sync now"
        assert "taking longer than usual" in page.notice.text()
        assert window.status.connection.text() == "Syncing… (taking longer than usual)"
        release.set()
        await wait_until(lambda: controller.status.last_success is not None, timeout=30)
        await wait_until(page.notice.isHidden)
        assert window.status.connection.text() == "Online"

    try:
        run(scenario())
    finally:
        release.set()
        _stop(window, run)


def test_a_scheduler_that_died_is_shown_and_started_again(
        data_dir: DataDir, make_window: Any, run: Any, sandbox: RunningSandbox,
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defence in depth: the scheduler task itself dies (a bug outside any pass). The window
    says so, and the controller starts it again, so syncing goes on without a restart."""
    from sellerdesk.sync.scheduler import SyncScheduler
    from sellerdesk.ui.sync import controller as controller_module

    monkeypatch.setattr(controller_module, "RESTART_PAUSE", 0.05, raising=False)
    run_scheduler = SyncScheduler.run
    deaths = 0

    async def dies_once(self: SyncScheduler) -> None:
        nonlocal deaths
        if deaths == 0:
            deaths += 1
            raise RuntimeError("the scheduler fell over")
        await run_scheduler(self)

    monkeypatch.setattr(SyncScheduler, "run", dies_once)
    window = make_window(data_dir)
    ctx, page = window.ctx, window.sync
    accounts.connect(ctx.database, SecretStore(), sandbox.url, "Bottega Rossi")
    seen: list[str] = []

    async def scenario() -> None:
        controller = await start_sync(ctx, window, interval=3600)
        assert controller is not None
        controller.status_changed.connect(lambda s: seen.append(s.last_error or ""))
        window.sidebar.setCurrentRow(SYNC)
        await wait_until(lambda: controller.status.last_success is not None, timeout=30)
        await wait_until(lambda: page.problem.isHidden() and page.sync_now.isEnabled())
        assert deaths == 1 and controller.restarts == 0
        assert any("(RuntimeError)" in error for error in seen)  # it was said meanwhile

    try:
        run(scenario())
    finally:
        _stop(window, run)
